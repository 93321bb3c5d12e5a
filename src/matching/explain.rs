//! Every entry decided, with its reasons: [`Decision`].

use super::index::Index;
use super::notes::{NoteFacts, push_notes, unstated_reasons};
use super::pairs::{
    PairFit, PairRecord, ProfileView, classify, missing, population_of_bit, priority_key,
    priority_of_key,
};
use super::profile::{Fit, Profile};
use super::reason::Reason;
use super::select::{Chosen, Selection, add_ons_admitted, select};
use crate::catalog::Catalog;
use crate::model::{Intervention, NrPriority, Pair, Population, Recommendation};
use crate::vocab::{ConditionPattern, Facet, FacetValue, TagSet};

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
#[derive(Clone, Debug, PartialEq)]
pub struct Decision<'c> {
    pub(crate) entry: &'c Intervention,
    pub(crate) included: bool,
    pub(crate) conditional: bool,
    pub(crate) requires: Option<Population>,
    pub(crate) reasons: Vec<Reason>,
    pub(crate) priority: Option<NrPriority>,
    pub(crate) recommendation: Option<usize>,
    pub(crate) add_on: bool,
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
    /// Every reason: the exclusions first, then the notes.
    pub fn reasons(&self) -> &[Reason] {
        &self.reasons
    }
    /// The exclusions only; empty exactly when the entry is recommended.
    pub fn exclusions(&self) -> impl Iterator<Item = &Reason> {
        self.reasons.iter().filter(|r| r.is_exclusion())
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

/// Decides every entry of `catalog` (in catalog order): `positions[i]` is
/// the entry's position in the index. Each entry's pairs are chosen by
/// [`select`], as `recommend` chooses them: once, and again without the
/// add-on pairs when add-ons may not be offered.
pub(crate) fn decide<'c>(
    catalog: &'c Catalog,
    index: &Index,
    profile: &Profile,
    positions: &[usize],
) -> Vec<Decision<'c>> {
    let view = ProfileView::new(profile, index.populations);
    // What the facets and the youth version say, and what the pairs say.
    let first: Vec<(&Intervention, usize, Vec<Reason>, Selection)> = catalog
        .iter()
        .zip(positions)
        .map(|(entry, &position)| {
            let exclusions = entry_exclusions(catalog, entry, profile);
            (entry, position, exclusions, select(index.records(position), &view))
        })
        .collect();
    // Add-ons are added to treatment, not to an assessment.
    let has_primary = first.iter().any(|(entry, _, exclusions, selection)| {
        exclusions.is_empty()
            && !entry.is_assessment_step()
            && matches!(selection, Selection::Match(c) if !c.add_on_pair)
    });
    let add_ons = add_ons_admitted(has_primary, profile);
    first
        .into_iter()
        .map(|(entry, position, mut reasons, mut selection)| {
            let records = index.records(position);
            let is_add_on = |s: &Selection| {
                matches!(
                    s,
                    Selection::Match(c) | Selection::Conditional(c) | Selection::NotRatedForAge(c)
                        if c.add_on_pair
                )
            };
            // An add-on that may not be offered: a primary pair whose
            // situation is unstated may still make a conditional match.
            let mut blocked = false;
            if !add_ons && reasons.is_empty() && is_add_on(&selection) {
                match select(records, &view.without_add_ons()) {
                    again @ (Selection::Conditional(_) | Selection::NotRatedForAge(_)) => {
                        selection = again;
                    }
                    _ => blocked = true,
                }
            }
            reasons.extend(selection_exclusions(entry, records, profile, &view, selection));
            if blocked {
                reasons.push(Reason::RequiresOtherTreatment);
            }
            let included = reasons.is_empty() && matches!(selection, Selection::Match(_));
            let conditional = !blocked
                && matches!(selection, Selection::Conditional(_))
                && reasons.iter().all(Reason::is_unstated);
            let chosen = chosen_of(selection);
            let priority =
                chosen.filter(|c| !c.withheld).and_then(|c| priority_of_key(c.stated_key));
            let recommendation =
                chosen.filter(|c| !c.withheld && !entry.recommendations().is_empty());
            let add_on = chosen.is_some_and(|c| c.add_on_pair) || entry.is_add_on();
            let facts = NoteFacts {
                priority,
                pair: chosen.map(|c| c.pair),
                withheld: chosen.is_some_and(|c| c.withheld),
                below_usual_age: chosen.is_some_and(|c| c.below_usual_age),
                add_on,
                substance_not_named: (included || conditional)
                    && view.wanted != 0
                    && chosen.is_some_and(|c| c.names_no_substance),
                situation_stated: chosen.is_some_and(|c| c.missing & missing::SITUATION == 0),
            };
            push_notes(entry, &facts, &mut reasons);
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
                reasons,
                priority,
                recommendation: recommendation.map(|c| c.pair),
                add_on,
            }
        })
        .collect()
}

/// What keeps an entry out whatever its pairs say: the facets, and a youth
/// version that replaces it for a child.
fn entry_exclusions(catalog: &Catalog, entry: &Intervention, profile: &Profile) -> Vec<Reason> {
    let mut exclusions = facet_exclusions(entry, profile);
    let youth = entry.youth_version().filter(|_| profile.is_child()).and_then(|id| catalog.get(id));
    if let Some(youth) = youth {
        exclusions.push(Reason::ReplacedByYouthVersion {
            id: youth.id().to_owned(),
            name: youth.name().to_owned(),
        });
    }
    exclusions
}

/// What the pairs' selection says against the entry: the situation a
/// conditional match requires, a priority that does not admit it, the
/// substances no pair covers, or the fact that puts the person outside each
/// pair.
fn selection_exclusions(
    entry: &Intervention,
    records: &[PairRecord],
    profile: &Profile,
    view: &ProfileView,
    selection: Selection,
) -> Vec<Reason> {
    match selection {
        Selection::Match(_) => Vec::new(),
        Selection::Conditional(chosen) => {
            let mut out = Vec::new();
            unstated_reasons(entry, &chosen, &mut out);
            out
        }
        Selection::NotRatedForAge(chosen) => {
            let pair = entry.pairs().nth(chosen.pair);
            let mut out = vec![match pair.and_then(Pair::min_age) {
                Some(min_age) if chosen.below_stated_age => Reason::BelowStatedAge { min_age },
                _ => Reason::NoNumberForChildren,
            }];
            unstated_reasons(entry, &chosen, &mut out);
            out
        }
        Selection::NotAdmitted(chosen) => {
            vec![if chosen.no_effect {
                Reason::NoEstablishedEffect
            } else if chosen.stated_key == priority_key(Some(NrPriority::DontDo)) {
                Reason::AdvisedAgainst
            } else {
                Reason::ResearchOnly
            }]
        }
        Selection::NoSubstance => {
            let rated = entry.pairs().fold(TagSet::new(), |all, p| all.union(p.substances()));
            vec![Reason::Substance { profile: profile.substances(), rated }]
        }
        Selection::NoFit => {
            let pairs: Vec<Pair<'_>> = entry.pairs().collect();
            let mut out: Vec<Reason> = Vec::new();
            for &record in records {
                let Some(&pair) = pairs.get(usize::from(record.source)) else { continue };
                let reason = match classify(record, view) {
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
                if let Some(reason) = reason.filter(|r| !out.contains(r)) {
                    out.push(reason);
                }
            }
            out
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
