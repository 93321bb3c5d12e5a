//! The matcher: an index over a catalog, and the walk that answers a
//! profile.

use super::explain::{Decision, decide};
use super::index::{FacetBits, Index};
use super::pairs::{
    Chosen, KEYS, ProfileView, STRENGTHS, Selection, population_of_bit, priority_of_key, select,
};
use super::profile::Profile;
use super::report::{ExplainReport, RecommendationsReport};
use super::result::{Match, Recommendations};
use crate::catalog::Catalog;
use crate::vocab::Facet;
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
/// the facet unstated. Of the entry's pairs (its recommendations, or its
/// target group), those that cover the person's substances (all, when none
/// is named), whose age scope holds the person, and whose population the
/// person is in ([`Profile::fit`]) apply, and the best of them is the
/// match's: a primary pair before an add-on pair, then the better
/// priority, then `bör` before `kan`. Icke-göra is never recommended, FoU
/// only when asked for. A pair whose situation the profile leaves unstated
/// makes a conditional match instead. A child gets no number from a
/// general row (NR rates its youth set for under-18s) and no adults-only
/// pair; an entry with a youth version gives way to it. An add-on is
/// offered only with a primary recommendation or when the person may be in
/// other treatment.
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
/// let recs = matcher.recommend(&Profile::builder().substance(Substance::Alcohol).build());
/// assert_eq!(recs.primary()[0].intervention().id(), "motivationshojande-behandling");
/// assert_eq!(recs.primary()[0].priority(), Some(NrPriority::rank(1)?));
/// assert_eq!(recs.add_ons()[0].intervention().id(), "natverksterapi");
///
/// // Cannabis is a narcotic: only Nätverksterapi covers it, and alone it
/// // is offered only to a person in other treatment.
/// let cannabis = Profile::builder()
///     .substance(Substance::Cannabis).in_other_treatment(false).build();
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

/// The order of results, by named parts: add-ons after primary matches,
/// then the priority key, then the wording, then the entry's place in
/// name order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct SortKey {
    add_on: bool,
    key: u8,
    strength: u8,
    position: u32,
}

impl SortKey {
    /// The key without the position: hits are collected in position order,
    /// so a stable sort by bucket (or a counting pass over the buckets)
    /// gives the whole order.
    fn bucket(self) -> usize {
        (usize::from(self.add_on) * KEYS + usize::from(self.key)) * STRENGTHS
            + usize::from(self.strength)
    }
}

/// How many buckets [`SortKey::bucket`] gives.
const BUCKETS: usize = 2 * KEYS * STRENGTHS;

/// A candidate that the rules admit: its order and the chosen pair.
#[derive(Clone, Copy, Debug)]
struct Hit {
    sort: SortKey,
    /// `sort.bucket()`, worked out once.
    bucket: u8,
    chosen: Chosen,
}

const _: () = assert!(BUCKETS <= u8::MAX as usize, "a bucket is a u8");

impl Hit {
    fn new(position: u32, chosen: Chosen) -> Hit {
        let sort = SortKey {
            add_on: chosen.add_on_pair,
            key: chosen.key,
            strength: chosen.strength,
            position,
        };
        Hit { sort, bucket: sort.bucket() as u8, chosen }
    }
}

/// The buffers one thread's matching reuses, so that `recommend_into`
/// allocates nothing once they have grown.
#[derive(Default)]
struct Scratch {
    hits: Vec<Hit>,
    conditional: Vec<Hit>,
    sorted: Vec<Hit>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::default();
}

const _: fn() = || {
    fn shareable<T: Send + Sync>() {}
    shareable::<Matcher<'static>>();
    shareable::<Recommendations<'static>>();
    shareable::<Decision<'static>>();
};

/// Whether add-ons may be offered: with a primary intervention, or when the
/// person may be in another treatment (unknown counts as may, so that
/// leaving the field out never removes a recommendation).
pub(crate) fn add_ons_admitted(has_primary: bool, profile: &Profile) -> bool {
    has_primary || profile.in_other_treatment() != Some(false)
}

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
    /// use insats::{Matcher, Profile, Recommendations};
    ///
    /// let matcher = Matcher::new(insats::catalog());
    /// let mut out = Recommendations::new();
    /// for age in [15, 40, 70] {
    ///     matcher.recommend_into(&Profile::builder().age(age).build(), &mut out);
    ///     assert_eq!(out, matcher.recommend(&Profile::builder().age(age).build()));
    /// }
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
        let Scratch { hits, conditional, sorted } = scratch;
        hits.clear();
        conditional.clear();
        self.walk(profile, &view, |position, selection| match selection {
            Selection::Match(chosen) => hits.push(Hit::new(position, chosen)),
            Selection::Conditional(chosen) => conditional.push(Hit::new(position, chosen)),
            _ => {}
        });
        let has_primary = hits.iter().any(|hit| !hit.sort.add_on);
        if !add_ons_admitted(has_primary, profile) {
            // Add-ons may not be offered: each add-on is chosen again
            // without its add-on pairs, and may be conditional as a primary.
            conditional.retain(|hit| !hit.sort.add_on);
            let strict = view.without_add_ons();
            let before = conditional.len();
            for hit in hits.iter().filter(|hit| hit.sort.add_on) {
                let position = hit.sort.position;
                let records = index.records(position as usize);
                if let Selection::Conditional(chosen) = select(records, &strict) {
                    conditional.push(Hit::new(position, chosen));
                }
            }
            if conditional.len() > before {
                // Appended out of position order: the counting pass below
                // keeps the order it is given within a bucket.
                conditional.sort_by_key(|hit| hit.sort.position);
            }
            hits.retain(|hit| !hit.sort.add_on);
        }
        let stated = stated_facets(profile);
        let wanted = !profile.substances().is_empty();
        out.matches.reserve(hits.len());
        for hit in sort_hits(hits, sorted) {
            out.matches.extend(self.to_match(hit, stated, wanted, false));
        }
        out.primary_len = out.matches.iter().take_while(|m| !m.add_on).count();
        out.conditional.reserve(conditional.len());
        for hit in sort_hits(conditional, sorted) {
            out.conditional.extend(self.to_match(hit, stated, wanted, true));
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

    fn to_match(
        &self,
        hit: &Hit,
        stated: FacetBits,
        wanted: bool,
        conditional: bool,
    ) -> Option<Match<'c>> {
        let position = hit.sort.position;
        let summary = self.index.entries.get(position as usize)?;
        let entry = self.catalog.entries().get(summary.catalog_position as usize)?;
        let chosen = hit.chosen;
        Some(Match {
            entry,
            position,
            priority: if chosen.withheld { None } else { priority_of_key(chosen.stated_key) },
            pair: chosen.pair as u32,
            strength: chosen.strength,
            add_on: hit.sort.add_on,
            withheld: chosen.withheld,
            below_usual_age: chosen.below_usual_age,
            requires: if conditional { population_of_bit(chosen.population) } else { None },
            not_tagged: summary.unstated.intersection(stated),
            substance_not_named: wanted && chosen.names_no_substance,
        })
    }

    /// [`recommend`](Self::recommend) for each profile, lazily, in order:
    /// for bulk runs (every open case of a region, say).
    ///
    /// ```
    /// use insats::{Matcher, Profile};
    ///
    /// let matcher = Matcher::new(insats::catalog());
    /// let profiles = [Profile::builder().age(15).build(), Profile::builder().age(40).build()];
    /// let results: Vec<_> = matcher.recommend_batch(&profiles).collect();
    /// assert_eq!(results.len(), 2);
    /// assert_eq!(results[1].len(), matcher.recommend(&profiles[1]).len());
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

/// The facets the profile states a value for.
pub(crate) fn stated_facets(profile: &Profile) -> FacetBits {
    let mut stated = FacetBits::default();
    for &facet in Facet::ALL {
        if profile.facet_value(facet).is_some() {
            stated.insert(facet);
        }
    }
    stated
}

/// The number of facets, for fixed-size arrays over them.
const FACETS: usize = Facet::ALL.len();

/// Hits (collected in position order) in result order, written to
/// `sorted`: every key but the position has few values and positions
/// already ascend, so one stable counting pass over the buckets is linear,
/// and cheaper than a comparison sort even for a few hits.
fn sort_hits<'s>(hits: &[Hit], sorted: &'s mut Vec<Hit>) -> &'s [Hit] {
    let mut starts = [0u32; BUCKETS + 1];
    for hit in hits {
        if let Some(count) = starts.get_mut(usize::from(hit.bucket) + 1) {
            *count += 1;
        }
    }
    for b in 1..=BUCKETS {
        starts[b] += starts[b - 1];
    }
    sorted.clear();
    let Some(&first) = hits.first() else { return sorted };
    sorted.resize(hits.len(), first);
    for hit in hits {
        if let Some(start) = starts.get_mut(usize::from(hit.bucket)) {
            if let Some(slot) = sorted.get_mut(*start as usize) {
                *slot = *hit;
            }
            *start += 1;
        }
    }
    sorted
}
