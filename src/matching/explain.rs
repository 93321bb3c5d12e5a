//! Every entry decided, with its reasons: [`Decision`]. A decision holds
//! what decided it (the pair chosen, the facts it waits for); the reasons
//! are built from that when they are first asked for.

use super::index::Index;
use super::notes::{NoteFacts, push_notes, unstated_reasons};
use super::pairs::{
    AddOns, PairFit, ProfileView, missing, population_of_bit, priority_key, priority_of_key,
};
use super::profile::{Fit, Profile};
use super::reason::Reason;
use super::select::{Chosen, Judged, Selection, add_ons, select};
use crate::catalog::Catalog;
use crate::model::{Intervention, NrPriority, Pair, Population, Recommendation};
use crate::vocab::{ConditionPattern, Facet, FacetValue, TagSet};
use std::fmt;
use std::sync::{Arc, OnceLock};

/// The decision on one catalog entry for one profile: recommended,
/// conditional or not, and every reason.
/// [`Matcher::explain`](crate::Matcher::explain) returns one per entry.
///
/// # Examples
///
/// ```
/// use insats::{Catalog, Intervention, Matcher, Profile, Provider, Reason, Tags, TagSet};
///
/// let entry = Intervention::builder("Nätverksterapi")
///     .tags(Tags::new().with_providers(TagSet::from([Provider::IndividualAndFamilyCare])))
///     .build()?;
/// let catalog = Catalog::new("example", vec![entry])?;
/// let profile = Profile::builder().provider(Provider::DentalCare).build()?;
/// let decisions = Matcher::new(&catalog).explain(&profile);
/// assert!(!decisions[0].is_included());
/// assert!(matches!(decisions[0].reasons()[0], Reason::Facet { .. }));
/// # Ok::<(), insats::Error>(())
/// ```
#[derive(Clone)]
pub struct Decision<'c> {
    pub(crate) entry: &'c Intervention,
    pub(crate) included: bool,
    pub(crate) conditional: bool,
    pub(crate) requires: Option<Population>,
    pub(crate) priority: Option<NrPriority>,
    pub(crate) recommendation: Option<usize>,
    pub(crate) add_on: bool,
    /// What decided it.
    why: Why<'c>,
    /// The reasons, built from `why` when first asked for.
    reasons: OnceLock<Vec<Reason>>,
}

/// What decided an entry, for its reasons.
#[derive(Clone)]
struct Why<'c> {
    asked: Arc<Asked>,
    /// The entry's position in name order.
    position: usize,
    /// The youth version that replaces the entry for a child.
    youth: Option<&'c Intervention>,
    /// What the pairs say (chosen again, for an add-on with nothing to be
    /// added to, with its add-on pairs refused, when that gives a
    /// conditional match, or waiting for other treatment).
    selection: Selection,
    /// An add-on that is refused: nothing to add it to, and the person in
    /// no other treatment.
    blocked: bool,
}

/// The profile one `explain` call decided, shared by its decisions.
struct Asked {
    profile: Profile,
    index: Arc<Index>,
    /// Every lane word judged for the profile, add-ons offered: what the
    /// exclusions of a pair read.
    judged: Vec<Judged>,
}

/// The decision's facts and reasons.
impl fmt::Debug for Decision<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Decision")
            .field("entry", &self.entry.id())
            .field("included", &self.included)
            .field("conditional", &self.conditional)
            .field("requires", &self.requires)
            .field("priority", &self.priority)
            .field("recommendation", &self.recommendation)
            .field("add_on", &self.add_on)
            .field("reasons", &self.reasons())
            .finish()
    }
}

/// Decisions are equal when they say the same: the entry, the facts and
/// the reasons.
impl PartialEq for Decision<'_> {
    fn eq(&self, other: &Decision<'_>) -> bool {
        self.entry == other.entry
            && self.included == other.included
            && self.conditional == other.conditional
            && self.requires == other.requires
            && self.priority == other.priority
            && self.recommendation == other.recommendation
            && self.add_on == other.add_on
            && self.reasons() == other.reasons()
    }
}

impl<'c> Decision<'c> {
    /// The catalog entry.
    pub fn intervention(&self) -> &'c Intervention {
        self.entry
    }
    /// Whether `recommend` recommends the entry (as a primary or an
    /// add-on).
    pub fn is_included(&self) -> bool {
        self.included
    }
    /// Whether the entry is a conditional match: it would apply if the
    /// facts its reasons name as not stated held.
    pub fn is_conditional(&self) -> bool {
        self.conditional
    }
    /// For a conditional match waiting for a situation, the population the
    /// person must be in (as [`Match::requires`](crate::Match::requires)).
    pub fn requires(&self) -> Option<Population> {
        self.requires
    }
    /// Every reason: the exclusions first, then the notes. Built when
    /// first asked for.
    pub fn reasons(&self) -> &[Reason] {
        self.reasons.get_or_init(|| self.build_reasons())
    }
    /// The exclusions only; empty exactly when the entry is recommended.
    pub fn exclusions(&self) -> impl Iterator<Item = &Reason> {
        self.reasons().iter().filter(|r| r.is_exclusion())
    }
    /// The priority of the pair that applies to the profile (or would, for
    /// a conditional match, or does but is not admitted: FoU, Icke-göra);
    /// `None` when no pair applies, none states a number, or the number is
    /// a general row's and the person is a child.
    pub fn priority(&self) -> Option<NrPriority> {
        self.priority
    }
    /// The recommendation behind [`priority`](Self::priority).
    pub fn recommendation(&self) -> Option<&'c Recommendation> {
        self.recommendation.and_then(|i| self.entry.recommendations().get(i))
    }
    /// Whether the entry is an add-on to other treatment for this profile.
    pub fn is_add_on(&self) -> bool {
        self.add_on
    }
}

impl Decision<'_> {
    /// The reasons: what keeps the entry out (its facets, a youth version,
    /// what its pairs say, an add-on refused), then the
    /// notes of the pair chosen.
    fn build_reasons(&self) -> Vec<Reason> {
        let (entry, why) = (self.entry, &self.why);
        let profile = &why.asked.profile;
        let mut reasons = facet_exclusions(entry, profile);
        if let Some(youth) = why.youth {
            reasons.push(Reason::ReplacedByYouthVersion {
                id: youth.id().to_owned(),
                name: youth.name().to_owned(),
            });
        }
        selection_exclusions(entry, why, &mut reasons);
        if why.blocked {
            reasons.push(Reason::RequiresOtherTreatment);
        }
        let chosen = chosen_of(why.selection);
        let facts = NoteFacts {
            priority: self.priority,
            pair: chosen.map(|c| c.pair),
            withheld: chosen.is_some_and(|c| c.withheld),
            below_usual_age: chosen.is_some_and(|c| c.below_usual_age),
            add_on: self.add_on,
            substance_not_named: (self.included || self.conditional)
                && !profile.substances().is_empty()
                && chosen.is_some_and(|c| c.names_no_substance),
            situation_stated: chosen.is_some_and(|c| c.missing & missing::SITUATION == 0),
        };
        push_notes(entry, &facts, &mut reasons);
        reasons
    }
}

/// Decides every entry of `catalog` (in catalog order), whose index is
/// `index`. Each entry's pairs are chosen by [`select`], as `recommend`
/// chooses them: once, and again, for an entry whose choice is an add-on,
/// with its add-on pairs refused or waiting when the result has nothing to
/// add them to ([`add_ons`]).
pub(crate) fn decide<'c>(
    catalog: &'c Catalog,
    index: &Arc<Index>,
    profile: &Profile,
) -> Vec<Decision<'c>> {
    let lanes = &index.lanes;
    let view = ProfileView::new(profile, index.populations);
    let judge = |view: &ProfileView| -> Vec<Judged> {
        (0..lanes.words).map(|w| Judged::new(lanes, w, view)).collect()
    };
    let judged = judge(&view);
    let choose = |judged: &[Judged], position: usize| {
        let pairs = index.lanes_of(position).iter().filter_map(|&bit| {
            let record = *lanes.record(bit as usize)?;
            let (fit, standing) = judged.get(bit as usize / 64)?.pair(bit % 64, &record);
            Some((record, fit, standing))
        });
        select(pairs, &view)
    };
    let child = profile.is_child();
    // What the facets and the youth version say, and what the pairs say.
    let first: Vec<(&Intervention, usize, bool, Option<&Intervention>, Selection)> = catalog
        .iter()
        .enumerate()
        .map(|(i, entry)| {
            let position = index.position(i);
            let youth = entry.youth_version().filter(|_| child).and_then(|id| catalog.get(id));
            let facets_pass = Facet::ALL.iter().all(|&facet| {
                profile.facet_value(facet).is_none_or(|value| entry.facet(facet).admits(value))
            });
            (entry, position, facets_pass && youth.is_none(), youth, choose(&judged, position))
        })
        .collect();
    // Add-ons are added to treatment, not to an assessment.
    let has_primary = first.iter().any(|(entry, _, admitted, _, selection)| {
        *admitted
            && !entry.is_assessment_step()
            && matches!(selection, Selection::Match(c) if !c.add_on_pair)
    });
    let add_ons = add_ons(has_primary, profile);
    let strict = (add_ons != AddOns::Offered).then(|| {
        let strict_view = view.with_add_ons(add_ons);
        let judged = judge(&strict_view);
        (strict_view, judged)
    });
    let asked = Arc::new(Asked { profile: profile.clone(), index: Arc::clone(index), judged });
    first
        .into_iter()
        .map(|(entry, position, admitted, youth, mut selection)| {
            let is_add_on = |s: &Selection| {
                matches!(
                    s,
                    Selection::Match(c) | Selection::Conditional(c) | Selection::NotRatedForAge(c)
                        if c.add_on_pair
                )
            };
            // An add-on with nothing to be added to: refused, a primary pair
            // whose situation is unstated may still make a conditional
            // match; waiting, the add-on pair does (or a primary pair that
            // waits, as the rule prefers).
            let mut blocked = false;
            if let Some((strict_view, strict)) = &strict {
                if admitted && is_add_on(&selection) {
                    let pairs = index.lanes_of(position).iter().filter_map(|&bit| {
                        let record = *lanes.record(bit as usize)?;
                        let judged = strict.get(bit as usize / 64)?;
                        let (fit, standing) = judged.pair(bit % 64, &record);
                        Some((record, fit, standing))
                    });
                    match select(pairs, strict_view) {
                        again @ (Selection::Conditional(_) | Selection::NotRatedForAge(_)) => {
                            selection = again;
                        }
                        _ => blocked = true,
                    }
                }
            }
            let included = admitted && !blocked && matches!(selection, Selection::Match(_));
            let conditional =
                admitted && !blocked && matches!(selection, Selection::Conditional(_));
            let chosen = chosen_of(selection);
            let priority =
                chosen.filter(|c| !c.withheld).and_then(|c| priority_of_key(c.stated_key));
            let recommendation =
                chosen.filter(|c| !c.withheld && !entry.recommendations().is_empty());
            let add_on = chosen.is_some_and(|c| c.add_on_pair) || entry.is_add_on();
            // As a match's: the situation, when it is among the facts
            // waited for.
            let requires = chosen
                .filter(|c| conditional && c.missing & missing::SITUATION != 0)
                .and_then(|c| population_of_bit(c.population));
            Decision {
                entry,
                included,
                conditional,
                requires,
                priority,
                recommendation: recommendation.map(|c| c.pair),
                add_on,
                why: Why { asked: Arc::clone(&asked), position, youth, selection, blocked },
                reasons: OnceLock::new(),
            }
        })
        .collect()
}

/// What the pairs' selection says against the entry: the situation a
/// conditional match requires, a priority that does not admit it, the
/// substances no pair covers, or the fact that puts the person outside each
/// pair.
fn selection_exclusions(entry: &Intervention, why: &Why<'_>, out: &mut Vec<Reason>) {
    let profile = &why.asked.profile;
    match why.selection {
        Selection::Match(_) => {}
        Selection::Conditional(chosen) => unstated_reasons(entry, &chosen, out),
        Selection::NotRatedForAge(chosen) => {
            let pair = entry.pairs().nth(chosen.pair);
            out.push(match pair.and_then(Pair::min_age) {
                Some(min_age) if chosen.below_stated_age => Reason::BelowStatedAge { min_age },
                _ => Reason::NoNumberForChildren,
            });
            unstated_reasons(entry, &chosen, out);
        }
        Selection::NotAdmitted(chosen) => out.push(if chosen.no_effect {
            Reason::NoEstablishedEffect
        } else if chosen.stated_key == priority_key(Some(NrPriority::DontDo)) {
            Reason::AdvisedAgainst
        } else {
            Reason::ResearchOnly
        }),
        Selection::NoSubstance => {
            let rated = entry.pairs().fold(TagSet::new(), |all, p| all.union(p.substances()));
            out.push(Reason::Substance { profile: profile.substances(), rated });
        }
        Selection::NoFit => {
            let index = &why.asked.index;
            let pairs: Vec<Pair<'_>> = entry.pairs().collect();
            let start = out.len();
            for &bit in index.lanes_of(why.position) {
                let Some(record) = index.lanes.record(bit as usize) else { continue };
                let Some(judged) = why.asked.judged.get(bit as usize / 64) else { continue };
                let Some(&pair) = pairs.get(usize::from(record.source)) else { continue };
                let reason = match judged.classes.fit(bit % 64, record) {
                    PairFit::OutsideAgeScope => profile
                        .outside_age_scope(pair.age_scope())
                        .map(|fact| Reason::AgeScope { scope: pair.age_scope(), fact }),
                    PairFit::OutsidePattern => {
                        let required = ConditionPattern::requirement(pair.patterns());
                        match profile.pattern_fit(required) {
                            Fit::Fails(fact) => Some(Reason::Pattern { required, fact }),
                            _ => None,
                        }
                    }
                    PairFit::OutsidePopulation => match profile.fit(pair.population()) {
                        Fit::Fails(fact) => {
                            Some(Reason::Population { required: pair.population(), fact })
                        }
                        _ => None,
                    },
                    _ => None,
                };
                let seen = out.get(start..).unwrap_or(&[]);
                if let Some(reason) = reason.filter(|r| !seen.contains(r)) {
                    out.push(reason);
                }
            }
        }
    }
}

fn chosen_of(selection: Selection) -> Option<Chosen> {
    match selection {
        Selection::Match(c)
        | Selection::Conditional(c)
        | Selection::NotRatedForAge(c)
        | Selection::NotAdmitted(c) => Some(c),
        Selection::NoFit | Selection::NoSubstance => None,
    }
}

/// The facets whose stated value the entry's tags do not let through.
fn facet_exclusions(entry: &Intervention, profile: &Profile) -> Vec<Reason> {
    Facet::ALL
        .iter()
        .filter_map(|&facet| {
            let value = profile.facet_value(facet)?;
            let allowed = entry.facet(facet);
            (!allowed.admits(value))
                .then(|| Reason::Facet { profile: FacetValue::from_index(facet, value), allowed })
        })
        .collect()
}
