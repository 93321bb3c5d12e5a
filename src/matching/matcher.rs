//! The matcher: an index over a catalog, and the results it gives.

use super::explain::Facet;
use super::explain::{Decision, Reason, push_notes, reasons};
use super::index::{Index, population_bit, populations};
use super::profile::Profile;
use super::rules::{FacetBits, add_ons_admitted, priority_admits, priority_key, verdict};
use crate::vocab::{AgeGroup, Need, TagSet, Vocabulary};
use crate::{Catalog, Intervention, NrPriority, Recommendation};

/// Matches profiles against one catalog.
///
/// Built once per catalog (the index costs a few passes over the entries),
/// then shared freely: `Matcher` is `Send + Sync`, and matching takes
/// `&self`. [`recommend`](Self::recommend) uses the index;
/// [`explain`](Self::explain) evaluates every entry with the same rules and
/// says why.
///
/// # Rules
///
/// For each entry, a profile's stated value must be in the entry's facet
/// (provider, role, age group, severity, condition) unless the entry leaves
/// the facet unstated. The entry's recommendations that cover the person's
/// substances (all, when none is named) and fit the person's situation
/// ([`Profile::fits`]) apply, and the best of their priorities is the
/// match's: a primary pair's when one admits the entry, else an add-on
/// pair's (and the match is an add-on); an entry without recommendations
/// is matched on its [`target`](Intervention::target) and has no
/// priority. Icke-göra is never
/// recommended, FoU only when asked for. An add-on is offered only with a
/// primary recommendation or when the person may be in other treatment.
/// For a child, an entry with a youth version gives way to it.
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
    /// The entries in result order for equal priorities: Swedish
    /// alphabetical order of the name, then the name, then the id. Bit `i`
    /// of every mask stands for `ordered[i]`.
    ordered: Vec<&'c Intervention>,
    index: Index,
}

/// `Match::recommendation`'s "none": matched on the target group.
const NO_RECOMMENDATION: u32 = u32::MAX;

/// A candidate that the rules admit, compact so that ordering moves
/// 24-byte records keyed by one integer.
#[derive(Clone, Copy, Debug)]
struct Hit {
    /// `add_on` (bit 38), priority key (bits 34–37), strength (32–33),
    /// position (0–31): the result order is the order of this number.
    order: u64,
    recommendation: u32,
    priority: Option<NrPriority>,
    not_stated: FacetBits,
}

impl Hit {
    fn bucket(&self) -> usize {
        (self.order >> 32) as usize
    }
    fn is_add_on(&self) -> bool {
        self.bucket() >= 64
    }
    fn strength(&self) -> u8 {
        (self.bucket() & 3) as u8
    }
    fn position(&self) -> u32 {
        self.order as u32
    }
}

/// The buffers one thread's matching reuses, so that `recommend`
/// allocates only its result.
#[derive(Default)]
struct Scratch {
    hits: Vec<Hit>,
    sorted: Vec<Hit>,
}

thread_local! {
    static HITS: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

/// Puts `hits` (collected in position order) in result order: the order
/// of their `order` numbers. Small results: a comparison sort of
/// integers, in place. Large ones: the order has only 128 buckets before
/// the position and positions already ascend, so one stable counting pass
/// into `sorted` is linear.
fn sort_hits(scratch: &mut Scratch) -> &[Hit] {
    const BUCKETS: usize = 128;
    let Scratch { hits, sorted } = scratch;
    if hits.len() <= 256 {
        hits.sort_unstable_by_key(|hit| hit.order);
        return hits;
    }
    let mut starts = [0usize; BUCKETS + 1];
    for hit in hits.iter() {
        if let Some(count) = starts.get_mut(hit.bucket() + 1) {
            *count += 1;
        }
    }
    for b in 1..=BUCKETS {
        starts[b] += starts[b - 1];
    }
    sorted.clear();
    let Some(&first) = hits.first() else { return sorted };
    sorted.resize(hits.len(), first);
    for hit in hits.iter() {
        if let Some(start) = starts.get_mut(hit.bucket()) {
            if let Some(slot) = sorted.get_mut(*start) {
                *slot = *hit;
            }
            *start += 1;
        }
    }
    sorted
}

/// What the rules need of a profile, worked out once per call.
struct ProfileRules {
    /// Bit `population_bit(p)` set when the profile fits population `p`.
    fits: u64,
    /// Bit `priority_key(p)` set when priority `p` may be recommended.
    admitted: u16,
    /// The facets the profile states a value for.
    stated: FacetBits,
}

impl ProfileRules {
    fn new(profile: &Profile) -> ProfileRules {
        let fits = populations()
            .filter(|p| profile.fits(*p))
            .fold(0u64, |mask, p| mask | 1 << population_bit(p));
        // Ranks and "no stated priority" are always admitted.
        let admitted = [NrPriority::ResearchOnly, NrPriority::DontDo]
            .into_iter()
            .filter(|p| !priority_admits(Some(*p), profile))
            .fold(!0u16, |mask, p| mask & !(1 << priority_key(Some(p))));
        let mut stated = FacetBits::default();
        for (facet, is_stated) in [
            (Facet::Provider, profile.provider().is_some()),
            (Facet::Role, profile.role().is_some()),
            (Facet::AgeGroup, profile.age_group().is_some()),
            (Facet::Severity, profile.severity().is_some()),
            (Facet::Condition, profile.condition().is_some()),
        ] {
            if is_stated {
                stated.insert(facet);
            }
        }
        ProfileRules { fits, admitted, stated }
    }
}

const _: fn() = || {
    fn shareable<T: Send + Sync>() {}
    shareable::<Matcher<'static>>();
    shareable::<Recommendations<'static>>();
    shareable::<Decision<'static>>();
};

/// A sort key that follows the Swedish alphabet closely enough for names:
/// case folded, å, ä, ö after z in that order, é as e.
fn swedish_key(name: &str) -> Vec<u32> {
    const AFTER_Z: u32 = 'z' as u32;
    name.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'å' => AFTER_Z + 1,
            'ä' | 'æ' => AFTER_Z + 2,
            'ö' | 'ø' => AFTER_Z + 3,
            'é' | 'è' => 'e' as u32,
            c => c as u32,
        })
        .collect()
}

impl<'c> Matcher<'c> {
    /// Builds the index over `catalog`.
    pub fn new(catalog: &'c Catalog) -> Matcher<'c> {
        let mut ordered: Vec<&'c Intervention> = catalog.iter().collect();
        ordered.sort_by_cached_key(|e| (swedish_key(e.name()), e.name(), e.id()));
        let index = Index::new(catalog, &ordered);
        Matcher { catalog, ordered, index }
    }

    /// The catalog matched against.
    pub fn catalog(&self) -> &'c Catalog {
        self.catalog
    }

    /// The interventions that apply to `profile`, best first.
    ///
    /// Allocates the result only; see [`recommend_into`](Self::recommend_into)
    /// to reuse one.
    pub fn recommend(&self, profile: &Profile) -> Recommendations<'c> {
        let mut out = Recommendations::new();
        self.recommend_into(profile, &mut out);
        out
    }

    /// Like [`recommend`](Self::recommend), into `out`, reusing its
    /// buffers: after the first few calls, matching allocates nothing.
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
        HITS.with(|scratch| {
            // Not reentrant: nothing called below matches again.
            let Ok(mut scratch) = scratch.try_borrow_mut() else {
                self.recommend_with(profile, &mut Scratch::default(), out);
                return;
            };
            self.recommend_with(profile, &mut scratch, out);
        });
    }

    fn recommend_with(
        &self,
        profile: &Profile,
        scratch: &mut Scratch,
        out: &mut Recommendations<'c>,
    ) {
        out.clear();
        let hits = &mut scratch.hits;
        hits.clear();
        self.collect_hits(profile, hits);
        let has_primary = hits.iter().any(|hit| !hit.is_add_on());
        if !add_ons_admitted(has_primary, profile) {
            hits.retain(|hit| !hit.is_add_on());
        }
        let sorted = sort_hits(scratch);
        out.matches.reserve_exact(sorted.len());
        out.matches.extend(sorted.iter().filter_map(|hit| self.to_match(hit)));
        out.primary_len = out.matches.iter().take_while(|m| !m.add_on).count();
        out.package.fill(profile.needs(), &out.matches);
    }

    /// Every entry that the rules admit, before the add-on rule, in the
    /// matcher's order.
    fn collect_hits(&self, profile: &Profile, hits: &mut Vec<Hit>) {
        let index = &self.index;
        let all: &[u64] = &index.all;
        let rows: [&[u64]; 5] = [
            profile.provider().map_or(all, |v| index.providers.row(v.index())),
            profile.role().map_or(all, |v| index.roles.row(v.index())),
            profile.age_group().map_or(all, |v| index.age_groups.row(v.index())),
            profile.severity().map_or(all, |v| index.severities.row(v.index())),
            profile.condition().map_or(all, |v| index.conditions.row(v.index())),
        ];
        let children = profile.age_group() == Some(AgeGroup::Children);
        let substances = profile.substances();
        let wanted = substances.bits();
        let rules = ProfileRules::new(profile);
        for word_index in 0..index.words {
            let word = |row: &[u64]| row.get(word_index).copied().unwrap_or(0);
            let mut bits = rows.iter().fold(word(all), |bits, row| bits & word(row));
            if children {
                bits &= !word(&index.has_youth_version);
            }
            if wanted != 0 {
                bits &=
                    substances.iter().fold(0, |any, s| any | word(index.substances.row(s.index())));
            }
            while bits != 0 {
                let position = word_index * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                if let Some(hit) = self.check_candidate(position, wanted, &rules) {
                    hits.push(hit);
                }
            }
        }
    }

    /// The rules the masks do not hold: the pairs' substances and
    /// population, and the priority (`rules::pairs` and friends, on the
    /// index's summary of the entry).
    fn check_candidate(&self, position: usize, wanted: u64, rules: &ProfileRules) -> Option<Hit> {
        let summary = *self.index.summaries.get(position)?;
        let pairs = self.index.pairs_of(position)?;
        let mut best_primary: Option<(u8, usize)> = None;
        let mut best_add_on: Option<(u8, usize)> = None;
        for (i, pair) in pairs.iter().enumerate() {
            if (wanted != 0 && u64::from(pair.covers) & wanted == 0)
                || rules.fits >> pair.population & 1 == 0
            {
                continue;
            }
            let best = if pair.add_on { &mut best_add_on } else { &mut best_primary };
            // Strictly better only: on a tie the first pair the source gives wins.
            if best.is_none_or(|(key, _)| pair.key < key) {
                *best = Some((pair.key, i));
            }
        }
        // As `rules::pairs`: the add-on pair only when no primary pair admits.
        let admits =
            |best: Option<(u8, usize)>| best.is_some_and(|(key, _)| rules.admitted >> key & 1 != 0);
        let (key, i) = if admits(best_primary) { best_primary? } else { best_add_on? };
        if rules.admitted >> key & 1 == 0 {
            return None;
        }
        let pair = pairs.get(i)?;
        let add_on = summary.add_on || (summary.has_recommendations && pair.add_on);
        let mut not_stated = summary.unstated.intersection(rules.stated);
        if wanted != 0 && pair.names_no_substance {
            not_stated.insert(Facet::Substance);
        }
        let bucket = (u64::from(add_on) << 6) | (u64::from(key) << 2) | u64::from(pair.strength);
        Some(Hit {
            order: bucket << 32 | position as u64,
            recommendation: if summary.has_recommendations { i as u32 } else { NO_RECOMMENDATION },
            priority: pair.priority(),
            not_stated,
        })
    }

    fn to_match(&self, hit: &Hit) -> Option<Match<'c>> {
        let position = hit.position();
        Some(Match {
            entry: *self.ordered.get(position as usize)?,
            position,
            priority: hit.priority,
            recommendation: hit.recommendation,
            strength: hit.strength(),
            add_on: hit.is_add_on(),
            not_stated: hit.not_stated,
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
    /// assert_eq!(results[1], matcher.recommend(&profiles[1]));
    /// ```
    pub fn recommend_batch<'m, 'p>(
        &'m self,
        profiles: &'p [Profile],
    ) -> impl Iterator<Item = Recommendations<'c>> + use<'c, 'm, 'p> {
        profiles.iter().map(|profile| self.recommend(profile))
    }

    /// Every catalog entry, in catalog order, with whether `recommend`
    /// includes it and every reason. Evaluates each entry without the
    /// index, with the same rules, so the two always agree.
    pub fn explain(&self, profile: &Profile) -> Vec<Decision<'c>> {
        let verdicts: Vec<_> =
            self.catalog.iter().map(|e| (e, verdict(self.catalog, e, profile))).collect();
        let has_primary = verdicts.iter().any(|(_, v)| v.eligible(profile) && !v.add_on);
        let add_ons = add_ons_admitted(has_primary, profile);
        verdicts
            .into_iter()
            .map(|(entry, v)| {
                let blocked = v.add_on && !add_ons;
                Decision {
                    entry,
                    included: v.eligible(profile) && !blocked,
                    reasons: reasons(entry, profile, &v, blocked),
                    priority: v.priority(),
                    recommendation: v.recommendation(),
                    add_on: v.add_on,
                }
            })
            .collect()
    }
}

/// One recommended intervention, with the priority that applies to the
/// profile and where it comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match<'c> {
    entry: &'c Intervention,
    /// In the matcher's order; u32 keeps a match at 24 bytes.
    position: u32,
    priority: Option<NrPriority>,
    /// The index of the pair behind the priority, or `NO_RECOMMENDATION`.
    recommendation: u32,
    /// Between equal priorities, `bör` (should) before `kan` (may) before
    /// an unworded one: the wording is the evidence signal the guide gives.
    strength: u8,
    add_on: bool,
    not_stated: FacetBits,
}

impl<'c> Match<'c> {
    /// The intervention.
    pub fn intervention(&self) -> &'c Intervention {
        self.entry
    }
    /// The best priority among the intervention's recommendations that
    /// apply to the profile's substances and situation; `None` when the
    /// guidelines state no number for it.
    pub fn priority(&self) -> Option<NrPriority> {
        self.priority
    }
    /// The recommendation behind [`priority`](Self::priority): its
    /// substances, population, NR edition and source.
    pub fn recommendation(&self) -> Option<&'c Recommendation> {
        self.recommendation_index().and_then(|i| self.entry.recommendations().get(i))
    }
    fn recommendation_index(&self) -> Option<usize> {
        (self.recommendation != NO_RECOMMENDATION).then_some(self.recommendation as usize)
    }
    /// Where to cite: the recommendation's source, else the entry's.
    pub fn source(&self) -> Option<&'c str> {
        self.recommendation().and_then(Recommendation::source).or(self.entry.source())
    }
    /// Whether the intervention is offered as an add-on to other treatment.
    pub fn is_add_on(&self) -> bool {
        self.add_on
    }
    /// Why it is included: the priority and where it comes from, facets
    /// the entry does not state, its add-on role. The same reasons as the
    /// entry's [`Decision`]; built when asked, so matching allocates
    /// nothing per match.
    pub fn reasons(&self) -> Vec<Reason> {
        let mut out = Vec::new();
        push_notes(
            self.entry,
            self.not_stated,
            self.priority,
            self.recommendation_index(),
            self.add_on,
            &mut out,
        );
        out
    }
}

/// What one need of the assessment is met by, in a [`Package`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Served<'c> {
    need: Need,
    by: Match<'c>,
}

impl<'c> Served<'c> {
    /// The need.
    pub fn need(&self) -> Need {
        self.need
    }
    /// The best recommended intervention that serves it.
    pub fn by(&self) -> &Match<'c> {
        &self.by
    }
}

/// A treatment package: for each need found in the assessment, the best
/// recommended intervention that serves it, and the needs that none does.
///
/// The *Psykosocial behandling* entry describes such packages: relapse
/// prevention combined with job coaching, school measures or help with
/// housing, as the mapping finds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Package<'c> {
    served: Vec<Served<'c>>,
    unmet: TagSet<Need>,
}

impl<'c> Package<'c> {
    fn fill(&mut self, needs: Option<TagSet<Need>>, matches: &[Match<'c>]) {
        self.served.clear();
        self.unmet = TagSet::new();
        for need in needs.unwrap_or_default() {
            let best = matches
                .iter()
                .filter(|m| m.entry.needs_served().contains(need))
                .min_by_key(|m| (priority_key(m.priority), m.strength, m.position));
            match best {
                Some(by) => self.served.push(Served { need, by: *by }),
                None => {
                    self.unmet.insert(need);
                }
            }
        }
    }

    /// The needs met, in the declaration order of [`Need`].
    pub fn served(&self) -> &[Served<'c>] {
        &self.served
    }
    /// The intervention that meets `need`, if any does.
    pub fn get(&self, need: Need) -> Option<&Match<'c>> {
        self.served.iter().find(|s| s.need == need).map(|s| &s.by)
    }
    /// The needs of the profile that no recommended intervention serves.
    pub fn unmet(&self) -> TagSet<Need> {
        self.unmet
    }
    /// Whether the package neither serves nor misses any need (the profile
    /// names none).
    pub fn is_empty(&self) -> bool {
        self.served.is_empty() && self.unmet.is_empty()
    }
}

/// The result of [`Matcher::recommend`]: primary interventions and add-ons,
/// each best first, and the package for the profile's needs.
///
/// Order: priority (rank 1 first, then FoU, then an unknown priority),
/// then name in Swedish alphabetical order, then id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Recommendations<'c> {
    /// Primary interventions first, then add-ons.
    matches: Vec<Match<'c>>,
    primary_len: usize,
    package: Package<'c>,
}

impl<'c> Recommendations<'c> {
    /// An empty result, to fill with [`Matcher::recommend_into`].
    pub fn new() -> Recommendations<'c> {
        Recommendations::default()
    }

    fn clear(&mut self) {
        self.matches.clear();
        self.primary_len = 0;
        self.package.served.clear();
        self.package.unmet = TagSet::new();
    }

    /// The interventions recommended on their own, best first.
    pub fn primary(&self) -> &[Match<'c>] {
        self.matches.get(..self.primary_len).unwrap_or(&[])
    }
    /// The add-ons to other treatment, best first.
    pub fn add_ons(&self) -> &[Match<'c>] {
        self.matches.get(self.primary_len..).unwrap_or(&[])
    }
    /// Every match: the primary ones, then the add-ons.
    pub fn iter(&self) -> std::slice::Iter<'_, Match<'c>> {
        self.matches.iter()
    }
    /// The match of the entry with id `id`, if recommended.
    pub fn get(&self, id: &str) -> Option<&Match<'c>> {
        self.matches.iter().find(|m| m.entry.id() == id)
    }
    /// The package for the profile's needs.
    pub fn package(&self) -> &Package<'c> {
        &self.package
    }
    /// The number of matches, primary and add-ons.
    pub fn len(&self) -> usize {
        self.matches.len()
    }
    /// Whether nothing is recommended.
    pub fn is_empty(&self) -> bool {
        self.matches.is_empty()
    }
}

impl<'r, 'c> IntoIterator for &'r Recommendations<'c> {
    type Item = &'r Match<'c>;
    type IntoIter = std::slice::Iter<'r, Match<'c>>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}
