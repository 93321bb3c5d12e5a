//! The bit-mask index: per facet value, one bit per catalog entry.
//!
//! Bit `i` stands for the entry at position `i` of the matcher's order
//! (name, then id), so walking the set bits of a word visits candidates
//! in name order. An entry that leaves a facet unstated has its bit set in
//! every value's mask of that facet: it excludes nobody.

use super::rules::pairs_cover_substance;
use crate::vocab::{AgeGroup, Condition, Provider, Role, Severity, Substance, TagSet, Vocabulary};
use crate::{Catalog, Intervention};

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
}

impl Index {
    pub(crate) fn new(catalog: &Catalog, ordered: &[&Intervention]) -> Index {
        let words = ordered.len().div_ceil(64);
        let mut all = vec![0u64; words];
        let mut has_youth_version = vec![0u64; words];
        let mut substances = Masks::new::<Substance>(words);
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
        }
    }
}
