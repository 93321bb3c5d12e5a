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
    for paragraph in implementation.split('\n') {
        if !paragraph.contains("fasen") {
            continue;
        }
        let next = found.len() + 1;
        // Only the three words before the first `fasen` matter: a window
        // of them, rather than every word of the paragraph, keeps a long
        // paragraph from costing memory in proportion to its words.
        let mut before: [Option<Word<'_>>; 3] = [None; 3];
        let mut fasen_word = None;
        for word in words(paragraph) {
            if word.is("fasen") {
                fasen_word = Some(word);
                break;
            }
            let [_, second, first] = before;
            before = [second, first, Some(word)];
        }
        let Some(fasen_word) = fasen_word else { continue };
        let [third, second, first] = before;
        let (ordinal, first_word) = match (first, second, third) {
            (Some(sista), Some(och), Some(ord)) if sista.is("sista") && och.is("och") => {
                match phase_ordinal(&ord) {
                    Some(n) => (n, ord),
                    None => (u8::try_from(next).unwrap_or(u8::MAX), sista),
                }
            }
            (Some(sista), _, _) if sista.is("sista") && next > 1 => {
                (u8::try_from(next).unwrap_or(u8::MAX), sista)
            }
            (Some(ord), _, _) => match phase_ordinal(&ord) {
                Some(n) => (n, ord),
                None => continue,
            },
            _ => continue,
        };
        if usize::from(ordinal) != next {
            continue;
        }
        let Some(name) = paragraph.get(first_word.start..fasen_word.end) else { continue };
        found.push(Phase::new(ordinal, capitalise(name), paragraph));
        // `den tredje och sista fasen`: a later mention of `den sista
        // fasen` is about that phase, not a new one.
        if first.is_some_and(|w| w.is("sista")) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phases_named_after_many_words_of_their_paragraph() {
        let filler = "ord ".repeat(5_000);
        let text = format!(
            "{filler}I den inledande fasen samlas nätverket.\n\
             Sedan, {filler}i den andra fasen, övar det.\n\
             {filler}Den tredje och sista fasen blickar framåt; den sista fasen är kort."
        );
        let found = phases(&text);
        let names: Vec<_> = found.iter().map(Phase::name).collect();
        assert_eq!(names, ["Inledande fasen", "Andra fasen", "Tredje och sista fasen"]);
        assert_eq!(found.iter().map(Phase::ordinal).collect::<Vec<_>>(), [1, 2, 3]);
        // A paragraph with one word before `fasen` has no ordinal to read.
        assert!(phases("fasen\nfasen").is_empty());
    }

    #[test]
    fn phases_in_order_only() {
        let names = |text: &str| -> Vec<(u8, String)> {
            phases(text).iter().map(|p| (p.ordinal(), p.name().to_owned())).collect()
        };
        // A later phase named out of turn is prose, whatever words stand
        // before it; `den sista fasen` is the next phase, not the first.
        let text = "Den sista fasen nämns först här.\n\
                    I den inledande fasen samlas nätverket.\n\
                    Sedan berättar vi om den tredje fasen.\n\
                    Om den andra och tredje fasen.\n\
                    I den andra fasen övar det.\n\
                    Den femte och sista fasen hör inte hit.\n\
                    Den sista fasen blickar framåt.";
        assert_eq!(
            names(text),
            [
                (1, "Inledande fasen".to_owned()),
                (2, "Andra fasen".to_owned()),
                (3, "Sista fasen".to_owned())
            ]
        );
        // Two phases are a list; one is not.
        let two = "I den inledande fasen samlas de.\nI den andra fasen övar de.";
        assert_eq!(phases(two).len(), 2);
        assert!(phases("I den inledande fasen samlas de.").is_empty());
    }
}
