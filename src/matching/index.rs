//! The bit-mask index: per facet value, one bit per catalog entry, and
//! each entry's pairs as compact records.
//!
//! Bit `i` stands for the entry at position `i` of the matcher's order
//! (name, then id), so walking the set bits of a word visits candidates in
//! name order. An entry that leaves a facet unstated has its bit set in
//! every value's mask of that facet: it excludes nobody.

use super::pairs::PairRecord;
use crate::catalog::Catalog;
use crate::model::Intervention;
use crate::model::name_order::swedish_key;
use crate::vocab::{Facet, Substance, Vocabulary};

/// One mask (a row of `words` 64-bit words) per value of a vocabulary.
#[derive(Clone, Debug)]
struct Masks {
    words: usize,
    rows: Vec<u64>,
}

impl Masks {
    fn new(values: usize, words: usize) -> Masks {
        Masks { words, rows: vec![0; words * values] }
    }

    fn set(&mut self, value: usize, position: usize) {
        if let Some(word) = self.rows.get_mut(value * self.words + position / 64) {
            *word |= 1 << (position % 64);
        }
    }

    /// The mask of `value`; empty (all zero) when out of range, which
    /// cannot happen for a value of the vocabulary the masks were built
    /// for.
    fn row(&self, value: usize) -> &[u64] {
        let start = value * self.words;
        self.rows.get(start..start + self.words).unwrap_or(&[])
    }
}

/// One entry's facts for the rules, beside the masks.
#[derive(Clone, Copy, Debug)]
pub(crate) struct EntrySummary {
    /// The entry's position in catalog order.
    pub(crate) catalog_position: u32,
    /// Where the entry's pairs start in `Index::records`; they end where
    /// the next entry's start.
    start: u32,
    /// Whether the entry is an assessment instrument or a medical test.
    assessment: bool,
}

// Compact summaries keep the sparse walk over a large catalog cheap.
const _: () = assert!(std::mem::size_of::<EntrySummary>() <= 12);

/// The masks and records of a catalog, in the matcher's order.
#[derive(Clone, Debug)]
pub(crate) struct Index {
    pub(crate) words: usize,
    /// Every entry: the tail bits of the last word are clear.
    pub(crate) all: Vec<u64>,
    /// One set of masks per facet, in `Facet::ALL` order.
    facets: Vec<Masks>,
    /// Per substance: the entries with a pair that covers it.
    substances: Masks,
    /// The entries that a child's profile exchanges for their youth
    /// version.
    pub(crate) has_youth_version: Vec<u64>,
    /// Per entry, in the matcher's order.
    pub(crate) entries: Vec<EntrySummary>,
    /// Per entry in catalog order: its position in the matcher's order.
    positions: Vec<u32>,
    /// Every entry's pairs, contiguous, each entry's in the rule's order.
    records: Vec<PairRecord>,
    /// The populations some pair is for, as `population_bit` bits.
    pub(crate) populations: u32,
}

impl Index {
    /// The index of `catalog`. Positions are in name order (Swedish
    /// alphabetical order of the name, then the name, then the id): the
    /// order of matches with equal priority and wording.
    pub(crate) fn new(catalog: &Catalog) -> Index {
        let mut order: Vec<(usize, &Intervention)> = catalog.iter().enumerate().collect();
        order.sort_by_cached_key(|(_, e)| (swedish_key(e.name()), e.name(), e.id()));
        let words = order.len().div_ceil(64);
        let mut all = vec![0u64; words];
        let mut has_youth_version = vec![0u64; words];
        let mut facets: Vec<Masks> =
            Facet::ALL.iter().map(|f| Masks::new(f.value_count(), words)).collect();
        let mut substances = Masks::new(Substance::ALL.len(), words);
        let mut records = Vec::with_capacity(order.len() * 2);
        let mut entries = Vec::with_capacity(order.len());
        for (position, &(catalog_position, entry)) in order.iter().enumerate() {
            let (word, bit) = (position / 64, 1u64 << (position % 64));
            if let Some(w) = all.get_mut(word) {
                *w |= bit;
            }
            if entry.youth_version().is_some_and(|id| catalog.get(id).is_some()) {
                if let Some(w) = has_youth_version.get_mut(word) {
                    *w |= bit;
                }
            }
            for (&facet, masks) in Facet::ALL.iter().zip(&mut facets) {
                let set = entry.facet(facet);
                for value in 0..facet.value_count() {
                    // Vocabularies hold at most 64 values (see `TagSet`).
                    if set.admits(value as u8) {
                        masks.set(value, position);
                    }
                }
            }
            // Positions and pair counts fit u32: a catalog of 2^32 entries
            // would not fit in memory (each entry is hundreds of bytes).
            let start = records.len() as u32;
            let add_on = entry.is_add_on();
            records.extend(
                entry.pairs().enumerate().map(|(i, pair)| PairRecord::new(pair, i, add_on)),
            );
            if let Some(own) = records.get_mut(start as usize..) {
                own.sort_by_key(PairRecord::rule_order);
            }
            let covered =
                records.get(start as usize..).unwrap_or(&[]).iter().fold(0, |a, r| a | r.covers);
            for substance in Substance::ALL {
                if covered >> substance.index() & 1 == 1 {
                    substances.set(substance.index(), position);
                }
            }
            // A person stated to use "narkotika" may use the kind a row is
            // for: such an entry is walked, and its row is conditional on
            // the kind.
            let own = records.get(start as usize..).unwrap_or(&[]);
            if own.iter().any(|r| r.narcotic_kind) {
                substances.set(Substance::Narcotics.index(), position);
            }
            entries.push(EntrySummary {
                catalog_position: catalog_position as u32,
                start,
                assessment: entry.is_assessment_step(),
            });
        }
        let mut positions = vec![0u32; entries.len()];
        for (position, summary) in entries.iter().enumerate() {
            if let Some(slot) = positions.get_mut(summary.catalog_position as usize) {
                *slot = position as u32;
            }
        }
        let populations = records.iter().fold(0, |all, r| all | 1 << r.population);
        Index {
            words,
            all,
            facets,
            substances,
            has_youth_version,
            entries,
            positions,
            records,
            populations,
        }
    }

    /// The position in the matcher's order of the entry at `catalog_index`
    /// in catalog order.
    pub(crate) fn position(&self, catalog_index: usize) -> usize {
        self.positions.get(catalog_index).map_or(usize::MAX, |&p| p as usize)
    }

    /// Whether the entry at `position` is an assessment instrument or a
    /// medical test.
    pub(crate) fn is_assessment(&self, position: u32) -> bool {
        self.entries.get(position as usize).is_some_and(|e| e.assessment)
    }

    /// The pairs of the entry at `position`.
    pub(crate) fn records(&self, position: usize) -> &[PairRecord] {
        let Some(entry) = self.entries.get(position) else { return &[] };
        let end =
            self.entries.get(position + 1).map_or(self.records.len(), |next| next.start as usize);
        self.records.get(entry.start as usize..end).unwrap_or(&[])
    }

    /// The mask of entries whose `facet` holds the value at `value`.
    pub(crate) fn facet_row(&self, facet: Facet, value: u8) -> &[u64] {
        self.facets.get(facet as usize).map_or(&[], |masks| masks.row(usize::from(value)))
    }

    /// The mask of entries with a pair that covers `substance`.
    pub(crate) fn substance_row(&self, substance: Substance) -> &[u64] {
        self.substances.row(substance.index())
    }
}
