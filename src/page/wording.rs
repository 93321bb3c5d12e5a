//! How page problems and warnings quote what they are about: labels of
//! the guide, found text, suggestions, places.

use crate::model::Section;
use crate::terms::{Language, Term};
use std::fmt::Display;

/// A label of the guide as a page message quotes it: `"Utförare"` in
/// Swedish, `"Utförare" (provider)` in English.
pub(crate) fn label(language: Language, sv: &str, en: &str) -> String {
    match language {
        Language::Swedish => format!("\"{sv}\""),
        Language::English => crate::terms::quoted(language, sv, en),
    }
}

/// `found "…"`, or that the page ended where `text` is empty.
pub(crate) fn found(language: Language, text: &str) -> String {
    if text.is_empty() {
        Term::PageFoundEnd.text(language).to_owned()
    } else {
        Term::PageFound.fill(language, &[("found", &format_args!("{text:?}"))])
    }
}

/// `; did you mean …?`, or nothing.
pub(crate) fn suggestion(language: Language, suggestion: Option<impl Display>) -> String {
    match suggestion {
        Some(s) => Term::PageDidYouMean.fill(language, &[("suggestion", &s)]),
        None => String::new(),
    }
}

/// Where a line stands: under a heading, or before the first one.
pub(crate) fn place(language: Language, section: Option<Section>) -> String {
    match section {
        Some(s) => Term::PagePlaceSection
            .fill(language, &[("section", &label(language, s.heading(), s.heading_en()))]),
        None => Term::PagePlaceLede.text(language).to_owned(),
    }
}
