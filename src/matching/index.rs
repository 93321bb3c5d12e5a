//! The bit-mask index: per facet value, one bit per catalog entry.
//!
//! Bit `i` stands for the entry at position `i` of the matcher's order
//! (name, then id), so walking the set bits of a word visits candidates
//! in name order. An entry that leaves a facet unstated has its bit set in
//! every value's mask of that facet: it excludes nobody.

use super::explain::Facet;
use super::rules::{
    FacetBits, pairs_cover_substance, priority_key, priority_of_key, verb_strength,
};
use crate::vocab::{
    AgeGroup, Condition, Need, Provider, Role, Severity, Substance, TagSet, Vocabulary,
};
use crate::{Catalog, Intervention, NrPriority, Population};

/// One mask (a row of `words` 64-bit words) per value of a vocabulary.
#[derive(Clone, Debug)]
pub(crate) struct Masks {
    words: usize,
    rows: Vec<u64>,
}

impl Masks {
    fn new<T: Vocabulary>(words: usize) -> Masks {
        Masks { words, rows: vec![0; words * T::ALL.len()] }
    }

    fn set(&mut self, value: usize, position: usize) {
        if let Some(word) = self.rows.get_mut(value * self.words + position / 64) {
            *word |= 1 << (position % 64);
        }
    }

    /// The mask of `value`; empty (all zero) when out of range, which
    /// cannot happen for a value of the vocabulary the masks were built
    /// for.
    pub(crate) fn row(&self, value: usize) -> &[u64] {
        let start = value * self.words;
        self.rows.get(start..start + self.words).unwrap_or(&[])
    }

    fn fill<T: Vocabulary>(
        words: usize,
        entries: &[&Intervention],
        facet: impl Fn(&Intervention) -> TagSet<T>,
    ) -> Masks {
        let mut masks = Masks::new::<T>(words);
        for (position, entry) in entries.iter().enumerate() {
            let set = facet(entry);
            for value in T::ALL {
                if set.is_empty() || set.contains(*value) {
                    masks.set(value.index(), position);
                }
            }
        }
        masks
    }
}

/// The masks of a catalog, in the matcher's order.
#[derive(Clone, Debug)]
pub(crate) struct Index {
    pub(crate) words: usize,
    /// Every entry: the tail bits of the last word are clear.
    pub(crate) all: Vec<u64>,
    pub(crate) providers: Masks,
    pub(crate) roles: Masks,
    pub(crate) age_groups: Masks,
    pub(crate) severities: Masks,
    pub(crate) conditions: Masks,
    /// Per substance: the entries with a recommendation (or, lacking any,
    /// a target group) that covers it; population is checked per entry.
    pub(crate) substances: Masks,
    /// The entries that a child's profile exchanges for their youth
    /// version.
    pub(crate) has_youth_version: Vec<u64>,
    /// Per entry, in the matcher's order: what the rules read beyond the
    /// masks, so that checking a candidate reads two flat arrays instead
    /// of chasing pointers into its `Intervention`.
    pub(crate) summaries: Vec<EntrySummary>,
    /// Every entry's pairs, contiguous; see [`EntrySummary::pairs`].
    pub(crate) pairs: Vec<PairSummary>,
}

/// One entry's facts for the rules, beside the masks. Kept to 8 bytes,
/// like [`PairSummary`]: at 10^6 entries the matcher's sparse walk over
/// these arrays waits on memory, so every byte saved is time saved.
#[derive(Clone, Copy, Debug)]
pub(crate) struct EntrySummary {
    /// Where the entry's pairs start in `Index::pairs`; they end where the
    /// next entry's start (see [`Index::pairs_of`]).
    start: u32,
    /// The facets the entry leaves unstated.
    pub(crate) unstated: FacetBits,
    /// Whether the entry is an add-on by its own wording.
    pub(crate) add_on: bool,
    /// Whether the pairs are recommendations (rather than the target
    /// group, which has no priority and never makes the entry an add-on).
    pub(crate) has_recommendations: bool,
}

/// One recommendation (or the target group) of an entry, for the rules.
#[derive(Clone, Copy, Debug)]
pub(crate) struct PairSummary {
    /// The profile substances it applies to (`applies_to_substance`,
    /// broader terms and "names none" expanded), as `TagSet` bits.
    pub(crate) covers: u16,
    /// The population, as a bit number of [`population_bit`].
    pub(crate) population: u8,
    /// `priority_key` of the priority: the order and the admission.
    pub(crate) key: u8,
    /// `rules::strength` of its wording.
    pub(crate) strength: u8,
    pub(crate) add_on: bool,
    /// Whether the pair names no substance at all.
    pub(crate) names_no_substance: bool,
}

impl PairSummary {
    /// The pair's priority (the key is all the record keeps of it).
    pub(crate) fn priority(self) -> Option<NrPriority> {
        priority_of_key(self.key)
    }
}

const _: () = assert!(<Substance as Vocabulary>::ALL.len() <= 16, "covers is a u16");
const _: () = assert!(std::mem::size_of::<PairSummary>() <= 8);
const _: () = assert!(std::mem::size_of::<EntrySummary>() <= 8);

/// The populations' bit numbers in a profile's fit mask: the fixed ones,
/// then one per need.
pub(crate) fn population_bit(population: Population) -> u8 {
    match population {
        Population::Anyone => 0,
        Population::Youth => 1,
        Population::Adults => 2,
        Population::InMedicationAssistedTreatment => 3,
        Population::Relatives => 4,
        Population::WithCohabitingPartner => 5,
        // Need has fewer than 58 values, so every bit fits a u64.
        Population::WithNeed(need) => 6 + need.index() as u8,
    }
}

/// Every population, in [`population_bit`] order.
pub(crate) fn populations() -> impl Iterator<Item = Population> {
    [
        Population::Anyone,
        Population::Youth,
        Population::Adults,
        Population::InMedicationAssistedTreatment,
        Population::Relatives,
        Population::WithCohabitingPartner,
    ]
    .into_iter()
    .chain(Need::ALL.iter().map(|need| Population::WithNeed(*need)))
}

const _: () = assert!(6 + <Need as Vocabulary>::ALL.len() <= 64);

fn covered_substances(applies: impl Fn(Substance) -> bool) -> u16 {
    Substance::ALL.iter().filter(|s| applies(**s)).map(|s| 1u16 << s.index()).fold(0, |a, b| a | b)
}

fn summarize(entry: &Intervention, pairs: &mut Vec<PairSummary>) -> EntrySummary {
    // Positions and pair counts fit u32: a catalog of 2^32 entries would
    // not fit in memory (each entry is hundreds of bytes).
    let start = pairs.len() as u32;
    let recommendations = entry.recommendations();
    if recommendations.is_empty() {
        let target = entry.target();
        pairs.push(PairSummary {
            covers: covered_substances(|s| target.applies_to_substance(s)),
            population: population_bit(target.population()),
            key: priority_key(None),
            strength: verb_strength(target.verb()),
            add_on: false,
            names_no_substance: target.substances().is_empty(),
        });
    }
    for rec in recommendations {
        pairs.push(PairSummary {
            covers: covered_substances(|s| rec.applies_to_substance(s)),
            population: population_bit(rec.population()),
            key: priority_key(Some(rec.priority())),
            strength: verb_strength(rec.verb()),
            add_on: rec.is_add_on(),
            names_no_substance: rec.substances().is_empty(),
        });
    }
    let tags = entry.tags();
    let mut unstated = FacetBits::default();
    for (facet, empty) in [
        (Facet::Provider, tags.providers().is_empty()),
        (Facet::Role, tags.roles().is_empty()),
        (Facet::AgeGroup, tags.age_groups().is_empty()),
        (Facet::Severity, tags.severities().is_empty()),
        (Facet::Condition, entry.conditions().is_empty()),
    ] {
        if empty {
            unstated.insert(facet);
        }
    }
    EntrySummary {
        start,
        unstated,
        add_on: entry.is_add_on(),
        has_recommendations: !recommendations.is_empty(),
    }
}

impl Index {
    /// The pairs of the entry at `position`.
    pub(crate) fn pairs_of(&self, position: usize) -> Option<&[PairSummary]> {
        let start = self.summaries.get(position)?.start as usize;
        let end =
            self.summaries.get(position + 1).map_or(self.pairs.len(), |next| next.start as usize);
        self.pairs.get(start..end)
    }

    pub(crate) fn new(catalog: &Catalog, ordered: &[&Intervention]) -> Index {
        let words = ordered.len().div_ceil(64);
        let mut all = vec![0u64; words];
        let mut has_youth_version = vec![0u64; words];
        let mut substances = Masks::new::<Substance>(words);
        let mut pairs = Vec::with_capacity(ordered.len() * 2);
        let summaries = ordered.iter().map(|entry| summarize(entry, &mut pairs)).collect();
        for (position, entry) in ordered.iter().enumerate() {
            let word = position / 64;
            let bit = 1u64 << (position % 64);
            if let Some(w) = all.get_mut(word) {
                *w |= bit;
            }
            if entry.youth_version().is_some_and(|id| catalog.get(id).is_some()) {
                if let Some(w) = has_youth_version.get_mut(word) {
                    *w |= bit;
                }
            }
            for substance in Substance::ALL {
                if pairs_cover_substance(entry, *substance) {
                    substances.set(substance.index(), position);
                }
            }
        }
        Index {
            words,
            all,
            providers: Masks::fill::<Provider>(words, ordered, |e| e.tags().providers()),
            roles: Masks::fill::<Role>(words, ordered, |e| e.tags().roles()),
            age_groups: Masks::fill::<AgeGroup>(words, ordered, |e| e.tags().age_groups()),
            severities: Masks::fill::<Severity>(words, ordered, |e| e.tags().severities()),
            conditions: Masks::fill::<Condition>(words, ordered, Intervention::conditions),
            substances,
            has_youth_version,
            summaries,
            pairs,
        }
    }
}
