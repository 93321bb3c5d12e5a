//! The words `insats` shows to people, in Swedish and English, in one
//! table.
//!
//! Every fixed word of an explanation, a heading the examples print, a
//! profile description or an error message is a [`Term`]: one row per
//! concept, its Swedish and its English text side by side (in the style of
//! the vocabularies, whose labels are the guide's own). A term may be a
//! template with named `{slots}` that [`Term::fill`] fills with values.
//!
//! The rules the table follows:
//!
//! - one term per concept per language: the 8–10 band is always "kan i
//!   undantagsfall erbjudas" / "may be offered in exceptional cases", FoU
//!   always "FoU (endast inom forskning och utveckling)" / "research only
//!   (FoU)", and so on;
//! - a reason reads as a clause that starts in lower case, so that it fits
//!   after a bullet or a name;
//! - English never shows a Swedish word except a quoted label of the guide
//!   followed by its translation (`the provider "Tandvård" (dental care)`);
//!   Swedish never shows an English word except the names of methods
//!   (`Community reinforcement approach`), which the guide itself uses.

use std::fmt::{self, Display};

pub(crate) mod conditions;
pub(crate) mod quote;
mod table;

pub(crate) use table::Term;

/// A language of the interface: the guide's Swedish, or English.
///
/// # Examples
///
/// ```
/// use insats::Language;
///
/// assert_eq!("sv".parse::<Language>(), Ok(Language::Swedish));
/// assert_eq!(Language::English.code(), "en");
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Language {
    /// Swedish, the language of the guide.
    #[default]
    #[serde(rename = "sv")]
    Swedish,
    /// English.
    #[serde(rename = "en")]
    English,
}

impl Language {
    /// The ISO 639-1 code: `sv` or `en`.
    pub const fn code(self) -> &'static str {
        match self {
            Language::Swedish => "sv",
            Language::English => "en",
        }
    }
}

impl std::str::FromStr for Language {
    type Err = ();

    /// Reads `sv` or `en` (any case).
    fn from_str(text: &str) -> Result<Language, ()> {
        match text.trim().to_ascii_lowercase().as_str() {
            "sv" => Ok(Language::Swedish),
            "en" => Ok(Language::English),
            _ => Err(()),
        }
    }
}

impl Term {
    /// The term's text in `language` (a template keeps its `{slots}`).
    pub const fn text(self, language: Language) -> &'static str {
        match language {
            Language::Swedish => self.sv(),
            Language::English => self.en(),
        }
    }

    /// The term in `language` with each `{name}` slot replaced by the
    /// value given for it; a slot without a value is left as written.
    pub fn fill(self, language: Language, values: &[(&str, &dyn Display)]) -> String {
        // Room for the slots' values, so that a sentence is rarely grown.
        let mut out = String::with_capacity(self.text(language).len() + 64);
        let _ = fill_into(&mut out, self.text(language), values);
        out
    }
}

impl Term {
    /// The part of the term before its `{slot}`, filled, without the
    /// separator before the slot (`katalogposten {entry}: {problem}` up to
    /// `problem` is `katalogposten "x"`): a wrapping error's own layer.
    pub(crate) fn fill_before(
        self,
        language: Language,
        slot: &str,
        values: &[(&str, &dyn Display)],
    ) -> String {
        let template = self.text(language);
        let marker = format!("{{{slot}}}");
        let head = template.find(&marker).and_then(|at| template.get(..at)).unwrap_or(template);
        let head = head.trim_end_matches(|c: char| c == ':' || c.is_whitespace());
        let mut out = String::new();
        let _ = fill_into(&mut out, head, values);
        out
    }
}

/// Writes `template` with its slots filled into `out`.
pub(crate) fn fill_into(
    out: &mut impl fmt::Write,
    template: &str,
    values: &[(&str, &dyn Display)],
) -> fmt::Result {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.write_str(rest.get(..open).unwrap_or(""))?;
        let after = rest.get(open + 1..).unwrap_or("");
        let Some(close) = after.find('}') else {
            out.write_str(rest.get(open..).unwrap_or(""))?;
            return Ok(());
        };
        let name = after.get(..close).unwrap_or("");
        match values.iter().find(|(slot, _)| *slot == name) {
            Some((_, value)) => write!(out, "{value}")?,
            None => write!(out, "{{{name}}}")?,
        }
        rest = after.get(close + 1..).unwrap_or("");
    }
    out.write_str(rest)
}

/// Joins `items` as a list read as alternatives: `a`, `a eller b`,
/// `a, b eller c` (English: `a or b`, `a, b or c`).
pub(crate) fn either<I>(language: Language, items: I) -> String
where
    I: IntoIterator,
    I::Item: Display,
{
    join(items, Term::Or.text(language))
}

/// Joins `items` as a list read together: `a och b`, `a, b och c`
/// (English: `a and b`, `a, b and c`).
pub(crate) fn both<I>(language: Language, items: I) -> String
where
    I: IntoIterator,
    I::Item: Display,
{
    join(items, Term::And.text(language))
}

fn join<I>(items: I, last: &str) -> String
where
    I: IntoIterator,
    I::Item: Display,
{
    let items: Vec<String> = items.into_iter().map(|i| i.to_string()).collect();
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(if i + 1 == items.len() { last } else { ", " });
        }
        out.push_str(item);
    }
    out
}

/// `text` with its first letter in lower case, unless the first word is
/// an abbreviation in capitals (`LARO`, `NR`).
pub(crate) fn lower_first(text: &str) -> String {
    let first_word = text.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let abbreviation =
        first_word.chars().count() > 1 && first_word.chars().all(|c| !c.is_lowercase());
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if !abbreviation => {
            let mut out = String::with_capacity(text.len());
            out.extend(first.to_lowercase());
            out.push_str(chars.as_str());
            out
        }
        _ => text.to_owned(),
    }
}

pub(crate) use quote::excerpt;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_are_filled_by_name() {
        let mut out = String::new();
        fill_into(&mut out, "{a} och {b}, {c}", &[("b", &2), ("a", &"ett")]).unwrap();
        assert_eq!(out, "ett och 2, {c}");
        let mut out = String::new();
        fill_into(&mut out, "open { brace", &[]).unwrap();
        assert_eq!(out, "open { brace");
    }

    #[test]
    fn lists_read_as_alternatives_or_together() {
        assert_eq!(either(Language::Swedish, ["alkohol"]), "alkohol");
        assert_eq!(either(Language::Swedish, ["alkohol", "narkotika"]), "alkohol eller narkotika");
        assert_eq!(either(Language::English, ["a", "b", "c"]), "a, b or c");
        assert_eq!(both(Language::Swedish, ["bostad", "arbete"]), "bostad och arbete");
        assert_eq!(both(Language::English, ["a", "b", "c"]), "a, b and c");
    }

    #[test]
    fn excerpts_are_short() {
        assert_eq!(excerpt("  kort  "), "kort");
        let long = "å".repeat(10_000);
        assert_eq!(excerpt(&long), format!("{}…", "å".repeat(60)));
        // Cut as written: six private-use characters of ten each.
        let private = "\u{10fffd}".repeat(100);
        assert_eq!(excerpt(&private), format!("{}…", "\u{10fffd}".repeat(6)));
    }

    #[test]
    fn lower_first_keeps_abbreviations() {
        assert_eq!(lower_first("Dental care"), "dental care");
        assert_eq!(lower_first("LARO"), "LARO");
        assert_eq!(lower_first("NR row"), "NR row");
    }
}
