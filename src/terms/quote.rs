//! How a message copies a text it refuses, and how it quotes a label of
//! the guide: one cutting rule and one quoting rule for every message of
//! the crate (page errors, catalog errors, profile and case errors,
//! warnings), so that a message stays a message whatever the input (a 10
//! MB value makes an error of a few hundred characters, not of 10 MB).

use super::{Language, lower_first};
use std::fmt::{self, Write as _};

/// The longest stretch of a rejected text that an error keeps, counted in
/// characters as the error writes them (escaped, as `{:?}` writes them).
pub(crate) const QUOTED_CHARS: usize = 60;

/// `text` cut so that, written with `{:?}`, it keeps at most
/// [`QUOTED_CHARS`] characters between its quotes, followed by `…` when
/// cut.
///
/// The cut counts characters as they are written: a control character,
/// written `\u{1b}`, counts six, so that no input makes a long message.
pub(crate) fn cut(text: &str) -> String {
    cut_to(text, QUOTED_CHARS)
}

/// `text` cut as [`cut`] cuts it, keeping at most `max` written
/// characters.
pub(crate) fn cut_to(text: &str, max: usize) -> String {
    let mut width = 0;
    for (at, c) in text.char_indices() {
        width += c.escape_debug().count();
        if width > max {
            let mut out = text.get(..at).unwrap_or("").to_owned();
            out.push('…');
            return out;
        }
    }
    text.to_owned()
}

/// A text quoted as errors quote it: in double quotes, escaped as `{:?}`
/// escapes (the text is expected to be [`cut`] already).
pub(crate) struct Quoted<'a>(pub(crate) &'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.0)
    }
}

/// `text` as a message quotes a line of a page: trimmed, then [`cut`].
/// A private-use character, written `\u{10fffd}`, counts ten, so a
/// message about a line of escaped characters stays short too.
pub(crate) fn excerpt(text: &str) -> String {
    cut(text.trim())
}

/// Proper names that keep their capital in a gloss.
const PROPER_NAMES: &[&str] = &["Maria"];

/// An English label as a gloss in running text: each ` | ` part starts in
/// lower case (`social worker | needs assessor`), but for abbreviations
/// and proper names (`Maria clinic`).
pub(crate) fn gloss(label_en: &str) -> String {
    let parts: Vec<String> = label_en
        .split(" | ")
        .map(|part| {
            let first = part.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            if PROPER_NAMES.contains(&first) { part.to_owned() } else { lower_first(part) }
        })
        .collect();
    parts.join(" | ")
}

/// A label of the guide as a message quotes it: `"Utförare"` in
/// Swedish; in English followed by its translation, `"Utförare"
/// (provider)`. Quoted and escaped as [`Quoted`] writes it.
pub(crate) fn label(language: Language, sv: &str, en: &str) -> String {
    match language {
        Language::Swedish => Quoted(sv).to_string(),
        Language::English => format!("{} ({})", Quoted(sv), gloss(en)),
    }
}

/// A label of the guide as a sentence of prose names it (a reason, not a
/// message about a refused text): quoted, as the label it is (`yrkesrollen
/// "Socialsekreterare | Biståndshandläggare"`); in English followed by its
/// translation, `"Tandvård" (dental care)`, since the label stays Swedish.
pub(crate) fn in_prose(language: Language, label_sv: &str, label_en: &str) -> String {
    let mut out = String::with_capacity(label_sv.len() + label_en.len() + 6);
    let _ = match language {
        Language::Swedish => write!(out, "\"{label_sv}\""),
        Language::English => write!(out, "\"{label_sv}\" ({})", gloss(label_en)),
    };
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_texts_are_kept_and_long_ones_cut_with_an_ellipsis() {
        assert_eq!(cut("Hjärtkirurgi"), "Hjärtkirurgi");
        let exact = "x".repeat(QUOTED_CHARS);
        assert_eq!(cut(&exact), exact);
        let long = "å".repeat(10_000);
        let cut_long = cut(&long);
        assert_eq!(cut_long.chars().count(), QUOTED_CHARS + 1);
        assert!(cut_long.ends_with('…'));
    }

    #[test]
    fn a_gloss_is_lower_case_but_for_names() {
        assert_eq!(gloss("Social worker | Needs assessor"), "social worker | needs assessor");
        assert_eq!(
            gloss("Maria clinic (youth substance-use clinic)"),
            "Maria clinic (youth substance-use clinic)"
        );
        assert_eq!(gloss("AUDIT"), "AUDIT");
    }

    #[test]
    fn escaped_characters_count_as_written() {
        let controls = "\u{1b}".repeat(1_000);
        let written = Quoted(&cut(&controls)).to_string();
        // the quotes, the characters kept, the ellipsis
        assert!(written.chars().count() <= QUOTED_CHARS + 3, "{written}");
    }
}
