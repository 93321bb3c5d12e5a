//! The matcher: an index over a catalog, and the walk that answers a
//! profile.

use super::explain::{Decision, decide};
use super::index::Index;
use super::order::{Hit, sort_hits};
use super::pairs::{ProfileView, missing, population_of_bit, priority_of_key};
use super::profile::Profile;
use super::report::{ExplainReport, RecommendationsReport};
use super::result::{Match, Recommendations};
use super::select::{Selection, add_ons_admitted, select};
use crate::catalog::Catalog;
use crate::vocab::{Facet, Role};
use std::cell::RefCell;

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
/// [`Recommendations::assessments`]. An add-on is offered only with a
/// primary recommendation or when the person may be in other treatment.
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
/// let cannabis = Profile::builder()
///     .substance(Substance::Cannabis).in_other_treatment(false).build()?;
/// assert!(matcher.recommend(&cannabis).is_empty());
/// # Ok::<(), insats::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Matcher<'c> {
    catalog: &'c Catalog,
    index: IndexRef<'c>,
}

/// The index a matcher reads: its own, or one an owning matcher keeps.
#[derive(Clone, Debug)]
pub(crate) enum IndexRef<'c> {
    Owned(Box<Index>),
    Borrowed(&'c Index),
}

impl std::ops::Deref for IndexRef<'_> {
    type Target = Index;
    fn deref(&self) -> &Index {
        match self {
            IndexRef::Owned(index) => index,
            IndexRef::Borrowed(index) => index,
        }
    }
}

/// The buffers one thread's matching reuses, so that `recommend_into`
/// allocates nothing once they have grown.
#[derive(Default)]
struct Scratch {
    hits: Vec<Hit>,
    conditional: Vec<Hit>,
    not_rated: Vec<Hit>,
    sorted: Vec<Hit>,
    /// The positions of add-on entries to choose again.
    again: Vec<u32>,
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
        Matcher { catalog, index: IndexRef::Owned(Box::new(Index::new(catalog))) }
    }

    /// A matcher over `catalog` reading an index built for it.
    pub(crate) fn with_index(catalog: &'c Catalog, index: &'c Index) -> Matcher<'c> {
        Matcher { catalog, index: IndexRef::Borrowed(index) }
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

    fn recommend_with(
        &self,
        profile: &Profile,
        scratch: &mut Scratch,
        out: &mut Recommendations<'c>,
    ) {
        out.clear();
        out.catalog_version = self.catalog.version();
        let index = &*self.index;
        let view = ProfileView::new(profile, index.populations);
        let Scratch { hits, conditional, not_rated, sorted, again } = scratch;
        hits.clear();
        conditional.clear();
        not_rated.clear();
        self.walk(profile, &view, |position, selection| match selection {
            Selection::Match(chosen) => hits.push(Hit::new(position, chosen)),
            Selection::Conditional(chosen) => conditional.push(Hit::new(position, chosen)),
            Selection::NotRatedForAge(chosen) => not_rated.push(Hit::new(position, chosen)),
            _ => {}
        });
        // Add-ons are added to treatment, not to an assessment.
        let has_primary =
            hits.iter().any(|hit| !hit.is_add_on() && !index.is_assessment(hit.position()));
        if !add_ons_admitted(has_primary, profile) {
            // Add-ons may not be offered: each entry found as an add-on (in
            // any list) is chosen again without its add-on pairs, and may
            // then be conditional, or not rated for the age, as a primary.
            let strict = view.without_add_ons();
            again.clear();
            again.extend(
                hits.iter()
                    .chain(conditional.iter())
                    .chain(not_rated.iter())
                    .filter(|hit| hit.is_add_on())
                    .map(Hit::position),
            );
            for list in [&mut *hits, &mut *conditional, &mut *not_rated] {
                list.retain(|hit| !hit.is_add_on());
            }
            for &position in again.iter() {
                match select(index.records(position as usize), &strict) {
                    Selection::Conditional(chosen) => conditional.push(Hit::new(position, chosen)),
                    Selection::NotRatedForAge(chosen) => {
                        not_rated.push(Hit::new(position, chosen));
                    }
                    _ => {}
                }
            }
            // Appended out of position order: the counting pass below keeps
            // the order it is given within a bucket.
            conditional.sort_by_key(Hit::position);
            not_rated.sort_by_key(Hit::position);
        }
        let wanted = view.wanted != 0;
        let asker = profile.role();
        out.matches.reserve(hits.len());
        for hit in sort_hits(hits, sorted) {
            let found = self.to_match(hit, wanted, asker);
            if index.is_assessment(hit.position()) {
                out.assessments.extend(found);
            } else {
                out.matches.extend(found);
            }
        }
        out.primary_len = out.matches.iter().take_while(|m| !m.add_on).count();
        out.conditional.reserve(conditional.len());
        for hit in sort_hits(conditional, sorted) {
            out.conditional.extend(self.to_match(hit, wanted, asker));
        }
        out.not_rated_for_age.reserve(not_rated.len());
        for hit in sort_hits(not_rated, sorted) {
            out.not_rated_for_age.extend(self.to_match(hit, wanted, asker));
        }
        out.package.fill(profile.needs(), &out.matches);
    }

    /// Calls `found(position, selection)` for every entry that the masks let
    /// through, in the matcher's order.
    fn walk(&self, profile: &Profile, view: &ProfileView, mut found: impl FnMut(u32, Selection)) {
        let index = &*self.index;
        let mut rows: [&[u64]; FACETS] = [&[]; FACETS];
        let mut stated = 0;
        for &facet in Facet::ALL {
            if let (Some(value), Some(slot)) = (profile.facet_value(facet), rows.get_mut(stated)) {
                *slot = index.facet_row(facet, value);
                stated += 1;
            }
        }
        let rows = rows.get(..stated).unwrap_or(&[]);
        let substances = profile.substances();
        let child = profile.is_child();
        for word_index in 0..index.words {
            let word = |row: &[u64]| row.get(word_index).copied().unwrap_or(0);
            let mut bits = rows.iter().fold(word(&index.all), |bits, row| bits & word(row));
            if child {
                bits &= !word(&index.has_youth_version);
            }
            if !substances.is_empty() {
                bits &= substances.iter().fold(0, |any, s| any | word(index.substance_row(s)));
            }
            while bits != 0 {
                let position = word_index * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                found(position as u32, select(index.records(position), view));
            }
        }
    }

    fn to_match(&self, hit: &Hit, wanted: bool, asker: Option<Role>) -> Option<Match<'c>> {
        let position = hit.position();
        let summary = self.index.entries.get(position as usize)?;
        let entry = self.catalog.entries().get(summary.catalog_position as usize)?;
        let chosen = hit.chosen();
        Some(Match {
            entry,
            position,
            priority: if chosen.withheld { None } else { priority_of_key(chosen.stated_key) },
            pair: chosen.pair as u32,
            strength: chosen.strength,
            add_on: hit.is_add_on(),
            withheld: chosen.withheld,
            below_usual_age: chosen.below_usual_age,
            requires: if chosen.missing & missing::SITUATION != 0 {
                population_of_bit(chosen.population)
            } else {
                None
            },
            missing: chosen.missing,
            population: chosen.population,
            below_stated_age: chosen.below_stated_age,
            asker,
            substance_not_named: wanted && chosen.names_no_substance,
        })
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
    /// result as plain data, for JSON.
    pub fn report(&self, profile: &Profile) -> RecommendationsReport {
        RecommendationsReport::new(profile, &self.recommend(profile))
    }

    /// The [`ExplainReport`] of [`explain`](Self::explain): every decision
    /// as plain data, for JSON.
    pub fn explain_report(&self, profile: &Profile) -> ExplainReport {
        ExplainReport::new(profile, self.catalog.version(), &self.explain(profile))
    }

    /// Every catalog entry, in catalog order, with whether `recommend`
    /// includes it and every reason. Decides each entry with the same pair
    /// rule as `recommend`, so the two always agree.
    pub fn explain(&self, profile: &Profile) -> Vec<Decision<'c>> {
        let index = &*self.index;
        let positions: Vec<usize> = (0..self.catalog.len()).map(|i| index.position(i)).collect();
        decide(self.catalog, index, profile, &positions)
    }
}

/// The number of facets, for fixed-size arrays over them.
const FACETS: usize = Facet::ALL.len();
