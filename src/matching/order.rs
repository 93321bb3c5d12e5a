//! The order of results: primary matches before add-ons, then the
//! priority, then the wording, then the entry's place in name order.

use super::pairs::{KEYS, STRENGTHS};
use super::select::Chosen;

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
pub(crate) struct Hit {
    sort: SortKey,
    /// `sort.bucket()`, worked out once.
    bucket: u8,
    chosen: Chosen,
}

const _: () = assert!(BUCKETS <= u8::MAX as usize, "a bucket is a u8");

impl Hit {
    pub(crate) fn new(position: u32, chosen: Chosen) -> Hit {
        let sort = SortKey {
            add_on: chosen.add_on_pair,
            key: chosen.key,
            strength: chosen.strength,
            position,
        };
        Hit { sort, bucket: sort.bucket() as u8, chosen }
    }

    /// The entry's place in the matcher's order.
    pub(crate) fn position(&self) -> u32 {
        self.sort.position
    }

    /// The pair chosen.
    pub(crate) fn chosen(&self) -> Chosen {
        self.chosen
    }
}

/// Hits (collected in position order) in result order, written to
/// `sorted`: every key but the position has few values and positions
/// already ascend, so one stable counting pass over the buckets is linear,
/// and cheaper than a comparison sort even for a few hits.
pub(crate) fn sort_hits<'s>(hits: &[Hit], sorted: &'s mut Vec<Hit>) -> &'s [Hit] {
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
