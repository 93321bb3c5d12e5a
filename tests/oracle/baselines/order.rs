//! The orders every list of a baseline is sorted by: names (Swedish), NR
//! priorities, the wording's strength.

use insats::{Catalog, NrPriority, RecommendationVerb};

/// The tie order of names: case folded, å, ä, ö after z, é as e.
pub fn swedish_key(name: &str) -> Vec<u32> {
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

pub(super) const FOU: u8 = 11;
pub(super) const DONT_DO: u8 = 12;
pub(super) const NO_NUMBER: u8 = 13;

/// Ranks 1–10, then FoU, then Icke-göra, then no number.
pub fn priority_key(priority: Option<NrPriority>) -> u8 {
    match priority {
        Some(NrPriority::Rank(rank)) => rank.get(),
        Some(NrPriority::ResearchOnly) => FOU,
        Some(NrPriority::DontDo) => DONT_DO,
        None => NO_NUMBER,
    }
}

/// `bör` before `kan` before `kan i undantagsfall` before no wording.
pub(super) fn strength(verb: Option<RecommendationVerb>) -> u8 {
    match verb {
        Some(RecommendationVerb::Should) => 0,
        Some(RecommendationVerb::May) => 1,
        Some(RecommendationVerb::Exceptionally) => 2,
        None => 3,
        Some(other) => panic!("verb {other:?} unknown to the baselines"),
    }
}

/// Each entry's place in name order (Swedish key, then name, then id):
/// the last tie-break of every list, worked out once.
pub(super) fn name_ranks(catalog: &Catalog) -> Vec<u32> {
    let mut order: Vec<(Vec<u32>, &str, &str, usize)> = catalog
        .iter()
        .enumerate()
        .map(|(i, e)| (swedish_key(e.name()), e.name(), e.id(), i))
        .collect();
    order.sort();
    let mut ranks = vec![0; order.len()];
    for (rank, (.., i)) in order.into_iter().enumerate() {
        ranks[i] = rank as u32;
    }
    ranks
}
