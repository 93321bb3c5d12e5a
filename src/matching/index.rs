//! The index: every pair of a catalog in its lane (see `lanes`), and each
//! entry's place in name order with the lanes of its pairs.
//!
//! An entry's place in *name order* (Swedish alphabetical order of the
//! name, then the name, then the id) is the last tie-break of the results;
//! it is worked out once, here, with every other key of the result order,
//! so that a profile does only the work that depends on it.

use super::lanes::{Lanes, Placed, entry_lanes};
use crate::catalog::Catalog;
use crate::model::Intervention;
use crate::model::name_order::swedish_key;

/// One entry's facts for the rules, beside the lanes.
#[derive(Clone, Copy, Debug)]
pub(crate) struct EntrySummary {
    /// The entry's position in catalog order.
    pub(crate) catalog_position: u32,
    /// Where the entry's lanes start in `Index::entry_lanes`; they end
    /// where the next entry's start.
    start: u32,
}

// Compact summaries keep a walk over a large catalog's entries cheap.
const _: () = assert!(std::mem::size_of::<EntrySummary>() <= 8);

/// The lanes of a catalog, and its entries in name order.
#[derive(Clone, Debug)]
pub(crate) struct Index {
    /// Per entry, in name order.
    pub(crate) entries: Vec<EntrySummary>,
    /// Per entry in catalog order: its position in name order.
    positions: Vec<u32>,
    /// Every entry's lanes, contiguous, each entry's in the rule's order
    /// (ascending lanes).
    entry_lanes: Vec<u32>,
    /// Every pair, in the result order.
    pub(crate) lanes: Lanes,
    /// The populations some pair is for, as `population_bit` bits.
    pub(crate) populations: u32,
}

impl Index {
    /// The index of `catalog`.
    pub(crate) fn new(catalog: &Catalog) -> Index {
        let mut order: Vec<(usize, &Intervention)> = catalog.iter().enumerate().collect();
        order.sort_by_cached_key(|(_, e)| (swedish_key(e.name()), e.name(), e.id()));
        let mut pairs: Vec<(Placed, &Intervention)> = Vec::with_capacity(order.len() * 2);
        let mut entries = Vec::with_capacity(order.len());
        for (position, &(catalog_position, entry)) in order.iter().enumerate() {
            pairs.extend(entry_lanes(entry, position, catalog_position).map(|lane| (lane, entry)));
            entries.push(EntrySummary { catalog_position: catalog_position as u32, start: 0 });
        }
        let lanes = Lanes::new(catalog, pairs);
        // Each entry's lanes, in lane order: counted, then placed.
        let mut counts = vec![0u32; entries.len() + 1];
        for (lane, _) in lanes.iter() {
            if let Some(count) = counts.get_mut(lane.position() as usize + 1) {
                *count += 1;
            }
        }
        let mut total = 0;
        for count in counts.iter_mut() {
            total += *count;
            *count = total;
        }
        for (summary, &start) in entries.iter_mut().zip(&counts) {
            summary.start = start;
        }
        let mut entry_lanes = vec![0u32; lanes.iter().count()];
        for (bit, (lane, _)) in lanes.iter().enumerate() {
            if let Some(next) = counts.get_mut(lane.position() as usize) {
                if let Some(slot) = entry_lanes.get_mut(*next as usize) {
                    *slot = bit as u32;
                }
                *next += 1;
            }
        }
        let mut positions = vec![0u32; entries.len()];
        for (position, summary) in entries.iter().enumerate() {
            if let Some(slot) = positions.get_mut(summary.catalog_position as usize) {
                *slot = position as u32;
            }
        }
        let populations = lanes.iter().fold(0, |all, (_, r)| all | 1 << r.population);
        Index { entries, positions, entry_lanes, lanes, populations }
    }

    /// The position in name order of the entry at `catalog_index` in
    /// catalog order.
    pub(crate) fn position(&self, catalog_index: usize) -> usize {
        self.positions.get(catalog_index).map_or(usize::MAX, |&p| p as usize)
    }

    /// The lanes of the pairs of the entry at `position`, in the rule's
    /// order.
    pub(crate) fn lanes_of(&self, position: usize) -> &[u32] {
        let Some(entry) = self.entries.get(position) else { return &[] };
        let end = self
            .entries
            .get(position + 1)
            .map_or(self.entry_lanes.len(), |next| next.start as usize);
        self.entry_lanes.get(entry.start as usize..end).unwrap_or(&[])
    }
}
