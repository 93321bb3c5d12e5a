//! The order in which names and wordings are listed: the order of matches
//! with equal priority, and of a catalog's rated pairs.

use super::RecommendationVerb;

/// A sort key that follows the Swedish alphabet closely enough for names:
/// case folded, å, ä, ö after z in that order, é as e.
pub(crate) fn swedish_key(name: &str) -> Vec<u32> {
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

/// The order key of a pair's wording between equal priorities: `bör`
/// (should) before `kan` (may) before none.
pub(crate) fn verb_strength(verb: Option<RecommendationVerb>) -> u8 {
    match verb {
        Some(RecommendationVerb::Should) => 0,
        Some(RecommendationVerb::May) => 1,
        Some(RecommendationVerb::Exceptionally) => 2,
        None => 3,
    }
}

/// The number of wording strengths [`verb_strength`] gives.
pub(crate) const STRENGTHS: usize = 4;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swedish_letters_follow_z_in_their_order() {
        let mut names = ["Öppenvård", "Ärende", "Återfall", "Zon", "adam", "Émile", "Eva"];
        names.sort_by_key(|name| swedish_key(name));
        assert_eq!(names, ["adam", "Émile", "Eva", "Zon", "Återfall", "Ärende", "Öppenvård"]);
    }
}
