//! The ordered phases of `Genomförande`.

use crate::model::Phase;
use crate::page::words::{Word, words};

/// The ordinal a word gives a phase.
fn phase_ordinal(word: &Word<'_>) -> Option<u8> {
    const ORDINALS: [(&str, u8); 7] = [
        ("inledande", 1),
        ("första", 1),
        ("andra", 2),
        ("tredje", 3),
        ("fjärde", 4),
        ("femte", 5),
        ("sjätte", 6),
    ];
    ORDINALS.iter().find(|(name, _)| word.is(name)).map(|&(_, n)| n)
}

/// The phases of `Genomförande`: a paragraph that speaks of `den
/// inledande fasen`, `den andra fasen`, `den tredje och sista fasen`, …
/// in order is that phase, and its text is the phase's aims. A lone
/// mention of a phase is prose, not a list of phases.
pub(super) fn phases(implementation: &str) -> Vec<Phase> {
    let mut found: Vec<Phase> = Vec::new();
    if !implementation.contains("fasen") {
        return found;
    }
    let mut ws: Vec<Word<'_>> = Vec::new();
    for paragraph in implementation.split('\n') {
        if !paragraph.contains("fasen") {
            continue;
        }
        ws.clear();
        ws.extend(words(paragraph));
        let next = found.len() + 1;
        let Some(fasen) = ws.iter().position(|w| w.is("fasen")) else { continue };
        let back = |n: usize| fasen.checked_sub(n).and_then(|i| ws.get(i));
        let (ordinal, first_word) = match (back(1), back(2), back(3)) {
            (Some(sista), Some(och), Some(ord)) if sista.is("sista") && och.is("och") => {
                match phase_ordinal(ord) {
                    Some(n) => (n, ord),
                    None => (u8::try_from(next).unwrap_or(u8::MAX), sista),
                }
            }
            (Some(sista), _, _) if sista.is("sista") && next > 1 => {
                (u8::try_from(next).unwrap_or(u8::MAX), sista)
            }
            (Some(ord), _, _) => match phase_ordinal(ord) {
                Some(n) => (n, ord),
                None => continue,
            },
            _ => continue,
        };
        if usize::from(ordinal) != next {
            continue;
        }
        let Some(fasen_word) = ws.get(fasen) else { continue };
        let Some(name) = paragraph.get(first_word.start..fasen_word.end) else { continue };
        found.push(Phase::new(ordinal, capitalise(name), paragraph));
        // `den tredje och sista fasen`: a later mention of `den sista
        // fasen` is about that phase, not a new one.
        if back(1).is_some_and(|w| w.is("sista")) {
            break;
        }
    }
    if found.len() < 2 {
        found.clear();
    }
    found
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
