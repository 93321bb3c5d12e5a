//! The matcher: an index over a catalog, and the walk that answers a
//! profile.

use super::explain::{Decision, decide};
use super::index::Index;
use super::lanes::Lane;
use super::order::{Hit, sort_hits};
use super::pairs::AddOns;
use super::pairs::{ProfileView, Waits};
use super::profile::Profile;
use super::report::{ExplainReport, RecommendationsReport};
use super::result::{Facts, Match, Recommendations};
use super::select::{Chosen, Judged, Selection, add_ons, select};
use crate::catalog::Catalog;
use crate::model::Intervention;
use crate::terms::Language;
use crate::vocab::{Facet, Role};
use std::cell::RefCell;
use std::sync::Arc;

/// Matches profiles against one catalog.
///
/// Built once per catalog (the index costs a few passes over the entries),
/// then shared freely: `Matcher` is `Send + Sync`, and matching takes
/// `&self`. [`recommend`](Self::recommend) walks the index;
/// [`explain`](Self::explain) decides every entry with the same pair rule
/// and says why.
///
/// # Rules
///
/// For each entry, a profile's stated value must be in the entry's facet
/// (provider, role, age group, severity, condition) unless the entry leaves
/// the facet unstated. A pair (a row of NR, or the target group) applies
/// only when the profile states every fact its condition names: the
/// substances it covers, the age for an age-scoped row, the pattern of use
/// ([`Profile::pattern_fit`]) and the situation ([`Profile::fit`]). A fact
/// the profile contradicts excludes the pair; one it leaves unstated makes
/// the match conditional ([`Recommendations::conditional`], with every
/// missing fact in [`Match::unstated`]). Of the pairs that apply, the best
/// is the match's: a primary pair before an add-on pair, then the better
/// priority, then `bör` before `kan`. Icke-göra is never recommended, FoU
/// only when asked for. A child gets no general row (NR rates its youth
/// set for under-18s) and no adults-only pair: the general rows go to
/// [`Recommendations::not_rated_for_age`]; an entry with a youth version
/// gives way to it. Assessment instruments and tests are listed in
/// [`Recommendations::assessments`]. An add-on needs something to be added
/// to: it is offered with a primary recommendation (an assessment is none)
/// or when the profile states other treatment (LARO is one), refused when
/// it states none, and otherwise conditional, waiting for other treatment
/// ([`Reason::OtherTreatmentNotStated`](crate::Reason::OtherTreatmentNotStated)).
///
/// # Examples
///
/// ```
/// use insats::{Catalog, Intervention, Matcher, NrPriority, Population, Profile,
///              Recommendation, Substance, TagSet};
///
/// let met = Intervention::builder("Motivationshöjande behandling")
///     .recommendation(Recommendation::new(
///         TagSet::only(Substance::Alcohol), Population::Anyone, NrPriority::rank(1)?))
///     .build()?;
/// let nt = Intervention::builder("Nätverksterapi")
///     .add_on(true)
///     .recommendation(Recommendation::new(
///         TagSet::from([Substance::Alcohol, Substance::Narcotics]),
///         Population::Anyone,
///         NrPriority::rank(4)?,
///     ).with_add_on(true))
///     .build()?;
/// let catalog = Catalog::new("example", vec![nt, met])?;
/// let matcher = Matcher::new(&catalog);
///
/// let recs = matcher.recommend(&Profile::builder().substance(Substance::Alcohol).build()?);
/// assert_eq!(recs.primary()[0].intervention().id(), "motivationshojande-behandling");
/// assert_eq!(recs.primary()[0].priority(), Some(NrPriority::rank(1)?));
/// assert_eq!(recs.add_ons()[0].intervention().id(), "natverksterapi");
///
/// // Cannabis is a narcotic: only Nätverksterapi covers it, and alone it
/// // is offered only to a person in other treatment.
/// let cannabis = |other_treatment| {
///     Profile::builder().substance(Substance::Cannabis).in_other_treatment(other_treatment)
/// };
/// assert!(matcher.recommend(&cannabis(false).build()?).is_empty());
/// assert_eq!(matcher.recommend(&cannabis(true).build()?).add_ons().len(), 1);
/// // Not stated: it would apply if the person is in other treatment.
/// let unstated = Profile::builder().substance(Substance::Cannabis).build()?;
/// assert_eq!(matcher.recommend(&unstated).conditional()[0].intervention().id(), "natverksterapi");
/// # Ok::<(), insats::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Matcher<'c> {
    catalog: &'c Catalog,
    /// Its own, or the one an owning matcher keeps (shared, so that a
    /// decision can read it for the reasons it is asked for).
    index: Arc<Index>,
}

/// The buffers one thread's matching reuses, so that `recommend_into`
/// allocates nothing once they have grown.
#[derive(Default)]
struct Scratch {
    /// The lane words with candidates, walked.
    walked: Vec<Walked>,
    /// Whether each entry (in name order) is listed yet.
    listed: Vec<bool>,
    not_rated: Vec<Hit>,
    sorted: Vec<Hit>,
    /// The lanes of the assessments listed, in order.
    assessed: Vec<u32>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::default();
}

const _: fn() = || {
    fn shareable<T: Send + Sync>() {}
    shareable::<Matcher<'static>>();
    shareable::<Recommendations<'static>>();
    shareable::<Decision<'static>>();
    shareable::<crate::matching::OwnedMatcher>();
    shareable::<crate::matching::Profile>();
    shareable::<crate::matching::RecommendationsReport>();
    shareable::<crate::matching::ExplainReport>();
    shareable::<crate::catalog::Catalog>();
    shareable::<crate::error::Error>();
    shareable::<crate::model::Intervention>();
};

impl<'c> Matcher<'c> {
    /// Builds the index over `catalog`.
    pub fn new(catalog: &'c Catalog) -> Matcher<'c> {
        Matcher { catalog, index: Arc::new(Index::new(catalog)) }
    }

    /// A matcher over `catalog` reading an index built for it.
    pub(crate) fn with_index(catalog: &'c Catalog, index: &Arc<Index>) -> Matcher<'c> {
        Matcher { catalog, index: Arc::clone(index) }
    }

    /// The catalog matched against.
    pub fn catalog(&self) -> &'c Catalog {
        self.catalog
    }

    /// The interventions that apply to `profile`, best first, and those
    /// that would apply if a situation it leaves unstated held.
    ///
    /// Allocates the result only; see [`recommend_into`](Self::recommend_into)
    /// to reuse one.
    pub fn recommend(&self, profile: &Profile) -> Recommendations<'c> {
        let mut out = Recommendations::new();
        self.recommend_into(profile, &mut out);
        out
    }

    /// Like [`recommend`](Self::recommend), into `out`, reusing its
    /// buffers.
    ///
    /// ```
    /// use insats::{AgeScope, Matcher, PatternOfUse, Profile, Recommendations, Substance};
    ///
    /// let matcher = Matcher::new(insats::catalog());
    /// let youth_pair = |m: &insats::Match<'_>| {
    ///     m.recommendation().is_some_and(|r| r.age_scope() == AgeScope::Under18)
    /// };
    /// let mut out = Recommendations::new();
    /// let drinking = |age| {
    ///     Profile::builder().age(age).substance(Substance::Alcohol).pattern(PatternOfUse::Misuse).build()
    /// };
    /// matcher.recommend_into(&drinking(15)?, &mut out);
    /// assert!(youth_pair(&out.primary()[0]));
    /// // The same buffers, and nothing of the last answer left in them.
    /// matcher.recommend_into(&drinking(40)?, &mut out);
    /// assert!(!out.is_empty() && !out.iter().any(youth_pair));
    /// # Ok::<(), insats::Error>(())
    /// ```
    pub fn recommend_into(&self, profile: &Profile, out: &mut Recommendations<'c>) {
        // `try_with`: a call from a thread-local destructor finds the
        // scratch gone; a nested call finds it borrowed. Both get fresh
        // buffers rather than a panic.
        let done = SCRATCH.try_with(|scratch| match scratch.try_borrow_mut() {
            Ok(mut scratch) => {
                self.recommend_with(profile, &mut scratch, out);
                true
            }
            Err(_) => false,
        });
        if done != Ok(true) {
            self.recommend_with(profile, &mut Scratch::default(), out);
        }
    }

    /// The walk. The lanes are in the result order, and within one entry
    /// in the rule's order ([`select`]'s), so the first lane of an entry
    /// met among those that apply is the pair `select` would choose for
    /// it, and the entries are met in the order of the results: one pass
    /// over the lanes that apply lists the recommendations, one over those
    /// that would apply if unstated facts held lists the conditional
    /// matches of the entries not listed yet. Only the entries whose best
    /// pair is not rated for the person's age (a child's general rows)
    /// are chosen by `select` entry by entry, and ordered apart.
    fn recommend_with(
        &self,
        profile: &Profile,
        scratch: &mut Scratch,
        out: &mut Recommendations<'c>,
    ) {
        out.clear();
        out.catalog_version = self.catalog.version();
        let index = &*self.index;
        let lanes = &index.lanes;
        let mut view = ProfileView::new(profile, index.populations);
        let Scratch { walked, listed, not_rated, sorted, assessed } = scratch;
        // The facets and the youth versions, as masks over the lanes.
        let mut stated: [(Facet, u8); FACETS] = [(Facet::Provider, 0); FACETS];
        let mut count = 0;
        for &facet in Facet::ALL {
            if let (Some(value), Some(slot)) = (profile.facet_value(facet), stated.get_mut(count)) {
                *slot = (facet, value);
                count += 1;
            }
        }
        let stated = stated.get(..count).unwrap_or(&[]);
        walked.clear();
        // Add-ons are added to treatment, not to an assessment.
        let mut has_primary = false;
        for w in 0..lanes.words {
            let mut candidates = lanes.all.word(w);
            for &(facet, value) in stated {
                candidates &= lanes.facet_word(facet, value, w);
            }
            if view.child {
                candidates &= !lanes.has_youth_version.word(w);
            }
            if candidates != 0 {
                let word = Walked::new(lanes, w, &view, candidates);
                has_primary |=
                    word.applies & !lanes.add_on.word(w) & !lanes.assessment.word(w) != 0;
                // A word none of whose pairs is listed needs no second look:
                // choosing again, add-ons refused or waiting, lists no
                // more.
                if word.applies | word.unstated | word.not_rated != 0 {
                    walked.push(word);
                }
            }
        }
        let add_ons = add_ons(has_primary, profile);
        if add_ons != AddOns::Offered {
            // Add-ons have nothing to be added to: every entry is chosen
            // again with its add-on pairs refused (it may then be
            // conditional, or not rated for the age, as a primary) or
            // waiting for other treatment (conditional). An entry whose
            // best pair is a primary one keeps it.
            view = view.with_add_ons(add_ons);
            for word in walked.iter_mut() {
                *word = Walked::new(lanes, word.w, &view, word.candidates);
            }
        }
        let upper_bound: u32 =
            walked.iter().map(|j| (j.applies | j.unstated | j.not_rated).count_ones()).sum();
        out.all.reserve(upper_bound as usize);
        let person = Person { asker: profile.role(), wanted: view.wanted != 0, age: view.age };
        let lists = Lists { walked, view: &view, person: &person, not_rated, sorted, assessed };
        listed.clear();
        listed.resize(index.entries.len(), false);
        self.list_all(lists, listed, out);
        let matches = out.all.get(..out.matches_end).unwrap_or(&[]);
        out.package.fill(profile.needs(), matches);
    }

    /// Lists the walked words' matches into `out`, each entry once.
    fn list_all(&self, lists: Lists<'_>, listed: &mut [bool], out: &mut Recommendations<'c>) {
        let Lists { walked, view, person, not_rated, sorted, assessed } = lists;
        let index = &*self.index;
        let lanes = &index.lanes;
        // The recommendations, then the assessments, met in one pass (the
        // assessments' lanes kept aside).
        assessed.clear();
        for word in walked.iter() {
            let kind = lanes.assessment.word(word.w);
            self.list(word.w, word.applies, listed, |lane, bit| {
                if kind >> bit & 1 == 1 {
                    assessed.push((word.w * 64) as u32 + bit);
                } else if let Some(found) = person.found(self.catalog, lane, 0) {
                    out.all.push(found);
                }
            });
        }
        out.matches_end = out.all.len();
        for &bit in assessed.iter() {
            let found = lanes.get(bit as usize).and_then(|l| person.found(self.catalog, l, 0));
            out.all.extend(found);
        }
        out.assessments_end = out.all.len();
        out.primary_len =
            out.all.iter().take_while(|m| !m.facts.add_on).count().min(out.matches_end);
        for word in walked.iter() {
            self.list(word.w, word.unstated, listed, |lane, bit| {
                if let Some(found) = person.found(self.catalog, lane, word.waits.of(bit)) {
                    out.all.push(found);
                }
            });
        }
        out.conditional_end = out.all.len();
        not_rated.clear();
        let mut judged: Option<Judged> = None;
        for word in walked.iter() {
            self.list(word.w, word.not_rated, listed, |lane, _| {
                let pairs = index.lanes_of(lane.position() as usize).iter().filter_map(|&bit| {
                    let record = *lanes.record(bit as usize)?;
                    let w = bit as usize / 64;
                    let judged = match judged {
                        Some(j) if j.w == w => j,
                        _ => *judged.insert(Judged::new(lanes, w, view)),
                    };
                    let (fit, standing) = judged.pair(bit % 64, &record);
                    Some((record, fit, standing))
                });
                if let Selection::NotRatedForAge(chosen) = select(pairs, view) {
                    not_rated.push(Hit::new(lane.position(), chosen));
                }
            });
        }
        if !not_rated.is_empty() {
            // Met in lane order; the counting pass keeps the order it is
            // given within a bucket, and the last key is the name order.
            not_rated.sort_unstable_by_key(Hit::position);
            for hit in sort_hits(not_rated, sorted) {
                out.all.extend(self.to_match(hit, person));
            }
        }
    }

    /// Calls `found(lane, bit)` for each pair of `bits` (of `word`) whose
    /// entry is not listed yet, in lane order, and lists the entry.
    fn list(
        &self,
        w: usize,
        mut bits: u64,
        listed: &mut [bool],
        mut found: impl FnMut(&Lane, u32),
    ) {
        while bits != 0 {
            let bit = bits.trailing_zeros();
            bits &= bits - 1;
            let Some(lane) = self.index.lanes.get(w * 64 + bit as usize) else { continue };
            let Some(entry) = listed.get_mut(lane.position() as usize) else { continue };
            if !*entry {
                *entry = true;
                found(lane, bit);
            }
        }
    }

    fn to_match(&self, hit: &Hit, person: &Person) -> Option<Match<'c>> {
        let position = hit.position();
        let summary = self.index.entries.get(position as usize)?;
        let entry = self.catalog.entries().get(summary.catalog_position as usize)?;
        Some(person.chosen(entry, position, &hit.chosen()))
    }

    /// [`recommend`](Self::recommend) for each profile, lazily, in order:
    /// for bulk runs (every open case of a region, say).
    ///
    /// ```
    /// use insats::{Matcher, PatternOfUse, Profile, Substance};
    ///
    /// let matcher = Matcher::new(insats::catalog());
    /// let dependent = |age| {
    ///     Profile::builder().age(age).substance(Substance::Alcohol).pattern(PatternOfUse::Dependence).build()
    /// };
    /// let results: Vec<_> = matcher.recommend_batch(&[dependent(15)?, dependent(40)?]).collect();
    /// // The 15-year-old gets no medicine; the 40-year-old may.
    /// let medicine = |id: &str| id.starts_with("lakemedelsbehandling-vid-alkoholberoende");
    /// assert!(!results[0].iter().any(|m| medicine(m.intervention().id())));
    /// assert!(results[1].iter().any(|m| medicine(m.intervention().id())));
    /// # Ok::<(), insats::Error>(())
    /// ```
    pub fn recommend_batch<'m, 'p>(
        &'m self,
        profiles: &'p [Profile],
    ) -> impl Iterator<Item = Recommendations<'c>> + use<'c, 'm, 'p> {
        profiles.iter().map(|profile| self.recommend(profile))
    }

    /// The [`RecommendationsReport`] of [`recommend`](Self::recommend): the
    /// result as plain data, for JSON, every reason in Swedish and English.
    pub fn report(&self, profile: &Profile) -> RecommendationsReport {
        RecommendationsReport::new(profile, &self.recommend(profile))
    }

    /// [`report`](Self::report) with its words in `language` only: what a
    /// user interface in one language stores and shows.
    ///
    /// ```
    /// use insats::{Language, Matcher, Profile, Substance};
    ///
    /// let profile = Profile::builder().age(40).substance(Substance::Alcohol).build()?;
    /// let report = Matcher::new(insats::catalog()).report_in(&profile, Language::Swedish);
    /// let json = serde_json::to_string(&report)?;
    /// assert!(json.contains("\"sv\"") && !json.contains("\"en\""));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn report_in(&self, profile: &Profile, language: Language) -> RecommendationsReport {
        RecommendationsReport::in_language(profile, &self.recommend(profile), language)
    }

    /// The [`ExplainReport`] of [`explain`](Self::explain): every decision
    /// as plain data, for JSON, every reason in Swedish and English.
    pub fn explain_report(&self, profile: &Profile) -> ExplainReport {
        ExplainReport::new(profile, self.catalog.version(), &self.explain(profile))
    }

    /// [`explain_report`](Self::explain_report) with its words in
    /// `language` only.
    pub fn explain_report_in(&self, profile: &Profile, language: Language) -> ExplainReport {
        ExplainReport::in_language(
            profile,
            self.catalog.version(),
            &self.explain(profile),
            language,
        )
    }

    /// Every catalog entry, in catalog order, with whether `recommend`
    /// includes it and every reason. Decides each entry with the same pair
    /// rule as `recommend`, so the two always agree.
    pub fn explain(&self, profile: &Profile) -> Vec<Decision<'c>> {
        decide(self.catalog, &self.index, profile)
    }
}

/// The number of facets, for fixed-size arrays over them.
const FACETS: usize = Facet::ALL.len();

/// What a match says of the person, beside its pair.
struct Person {
    asker: Option<Role>,
    /// Whether the profile states a substance.
    wanted: bool,
    age: Option<u8>,
}

impl Person {
    /// The match of the pair in `lane`, which applies or waits for the
    /// `missing` facts.
    fn found<'c>(&self, catalog: &'c Catalog, lane: &Lane, missing: u8) -> Option<Match<'c>> {
        let entry = catalog.entries().get(lane.catalog_position as usize)?;
        Some(Match { entry, facts: lane.facts_for(missing, self.wanted, self.age, self.asker) })
    }

    /// The match of the pair `chosen` for the entry at `position`.
    fn chosen<'c>(&self, entry: &'c Intervention, position: u32, chosen: &Chosen) -> Match<'c> {
        let facts = Facts {
            position,
            // An entry holds at most `u16::MAX` pairs.
            pair: chosen.pair as u16,
            key: chosen.stated_key,
            strength: chosen.strength,
            population: chosen.population,
            missing: chosen.missing,
            add_on: chosen.add_on_pair,
            withheld: chosen.withheld,
            below_usual_age: chosen.below_usual_age,
            below_stated_age: chosen.below_stated_age,
            substance_not_named: self.wanted && chosen.names_no_substance,
            asker: self.asker,
        };
        Match { entry, facts }
    }
}

/// One lane word of the walk: the pairs of the entries whose facets admit
/// the profile, by the standings the walk lists, and what those that would
/// apply wait for.
#[derive(Clone, Copy, Debug)]
struct Walked {
    w: usize,
    candidates: u64,
    applies: u64,
    unstated: u64,
    not_rated: u64,
    waits: Waits,
}

impl Walked {
    /// Lane word `w` judged for `view`, for the pairs of `candidates`.
    fn new(lanes: &super::lanes::Lanes, w: usize, view: &ProfileView, candidates: u64) -> Walked {
        let Judged { classes, standings, .. } = Judged::new(lanes, w, view);
        Walked {
            w,
            candidates,
            applies: standings.applies & candidates,
            unstated: standings.unstated & candidates,
            not_rated: standings.not_rated() & candidates,
            waits: classes.waits,
        }
    }
}

/// What the walk hands on to the listing.
struct Lists<'s> {
    walked: &'s [Walked],
    view: &'s ProfileView,
    person: &'s Person,
    not_rated: &'s mut Vec<Hit>,
    sorted: &'s mut Vec<Hit>,
    assessed: &'s mut Vec<u32>,
}
