//! The language lint: a small independent oracle of which words belong
//! to which language. Self-contained, so that the library's own unit
//! tests (which check its private term table) include it too.

/// The words of `text` outside double-quoted labels, `{slots}` and
/// web addresses (a source's URL is in no language), in lower case.
fn unquoted_words(text: &str) -> Vec<String> {
    let text: String = text
        .split(' ')
        .filter(|word| !word.trim_start_matches('(').starts_with("http"))
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = String::new();
    let (mut quoted, mut slot) = (false, false);
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '{' => slot = true,
            '}' => slot = false,
            c if !quoted && !slot => out.push(c),
            _ => {}
        }
    }
    out.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Words that only Swedish uses (among those an explanation needs).
const SWEDISH_WORDS: &[&str] = &[
    "och",
    "eller",
    "för",
    "inte",
    "vid",
    "med",
    "som",
    "är",
    "gäller",
    "personen",
    "insatsen",
    "prioritet",
    "riktlinjerna",
    "att",
    "av",
    "till",
    "den",
    "det",
    "har",
    "ingen",
    "bör",
    "inom",
    "utan",
    "anhörig",
    "anhöriga",
    "ungdomar",
    "vuxna",
    "år",
    "behov",
    "erbjudas",
    "erbjuds",
];

/// Words that only English uses (among those an explanation needs).
const ENGLISH_WORDS: &[&str] = &[
    "the",
    "and",
    "or",
    "for",
    "not",
    "with",
    "is",
    "are",
    "which",
    "priority",
    "people",
    "of",
    "to",
    "who",
    "has",
    "no",
    "may",
    "should",
    "would",
    "if",
    "but",
    "it",
    "intervention",
    "recommendation",
    "young",
    "years",
    "only",
    "offered",
    "relative",
    "need",
];

/// Fails unless `text` holds no Swedish word (nor å, ä, ö) outside quoted
/// labels.
#[track_caller]
pub fn assert_english(text: &str) {
    for word in unquoted_words(text) {
        assert!(
            !SWEDISH_WORDS.contains(&word.as_str()) && !word.contains(['å', 'ä', 'ö']),
            "Swedish word {word:?} in English text {text:?}"
        );
    }
}

/// Fails unless `text` holds no English word outside quoted labels.
#[track_caller]
pub fn assert_swedish(text: &str) {
    for word in unquoted_words(text) {
        assert!(
            !ENGLISH_WORDS.contains(&word.as_str()),
            "English word {word:?} in Swedish text {text:?}"
        );
    }
}
