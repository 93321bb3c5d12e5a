//! What [`parse_lenient`](super::parse_lenient) reads past, and says so.

use crate::error::PageProblem;
use crate::error::page::{place, suggestion};
use crate::format::headings::Section;
use crate::terms::quote::label;
use crate::terms::{Language, Term};
use crate::vocab::{Condition, Facet};
use std::fmt;

/// Something [`parse_lenient`](super::parse_lenient) read past that
/// [`parse`](super::parse) refuses: the line, and the
/// [`PageProblem`] it would be.
///
/// The problems read past, and what the reader does with each:
///
/// - [`PageProblem::UnknownValue`]: the value is skipped, the facet's other
///   values are kept;
/// - [`PageProblem::UnknownArea`]: the area is kept in the breadcrumb as
///   written (the entry's condition stays the guide's area);
/// - [`PageProblem::MisspelledHeading`]: the line is read as the heading it
///   is one edit from;
/// - [`PageProblem::TagLineOutsideTags`]: the line is read as a tag line of
///   `Märkning` and left out of the prose;
/// - [`PageProblem::PriorityOffScale`] and
///   [`PageProblem::MalformedPriority`]: the marker gives no
///   recommendation and stays in the prose.
///
/// # Examples
///
/// ```
/// use insats::{page, Facet, Language, PageProblem};
///
/// let text = "Exempelinsats\n\nMissbruk och beroende\n\nBehandling och stöd\n\n\
///             Exempelinsats\n\nMarkning\n\n  • Utförare: Mariamottagning";
/// let (entry, warnings) = page::parse_lenient(text)?;
/// assert_eq!(entry.tags().providers().len(), 1);
/// assert!(matches!(warnings[0].problem(), PageProblem::MisspelledHeading { .. }));
/// assert_eq!((warnings[0].line(), warnings[0].value()), (9, "Markning"));
/// assert_eq!(
///     warnings[0].to_string(),
///     r#"line 9: "Markning" is not a heading; read as "Märkning" (tags)"#
/// );
/// assert_eq!(
///     warnings[0].describe(Language::Swedish),
///     r#"rad 9: "Markning" är ingen rubrik; raden lästes som "Märkning""#
/// );
/// # Ok::<(), insats::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Warning {
    line: usize,
    problem: PageProblem,
}

impl Warning {
    /// Every kind of problem a warning can carry, as
    /// [`PageProblem::kind`] names it.
    pub const KINDS: &'static [&'static str] = PageProblem::READ_PAST;

    pub(super) fn new(line: usize, problem: PageProblem) -> Warning {
        Warning { line, problem }
    }

    /// The 1-based line.
    pub fn line(&self) -> usize {
        self.line
    }

    /// What [`parse`](super::parse) would refuse.
    pub fn problem(&self) -> &PageProblem {
        &self.problem
    }

    /// The facet the warning is about: the facet of an unknown value or of
    /// a tag line outside `Märkning`, `Tillstånd` for an unknown area, and
    /// `None` for the others.
    pub fn facet(&self) -> Option<Facet> {
        match self.problem {
            PageProblem::UnknownValue { facet, .. } => Some(facet),
            PageProblem::TagLineOutsideTags { facet, .. } => Some(facet),
            PageProblem::UnknownArea { .. } => Some(Facet::Condition),
            _ => None,
        }
    }

    /// The text the warning is about, as written (cut to 60 characters as a message writes them):
    /// the unknown value or area, the line that is not a heading or the
    /// tag line, the priority marker.
    pub fn value(&self) -> &str {
        match &self.problem {
            PageProblem::UnknownValue { value, .. } => value,
            PageProblem::UnknownArea { area, .. } => area,
            PageProblem::MisspelledHeading { found, .. } => found,
            PageProblem::TagLineOutsideTags { found, .. } => found,
            PageProblem::PriorityOffScale { marker } => marker,
            PageProblem::MalformedPriority { marker } => marker,
            _ => "",
        }
    }

    /// The warning in `language`: the line, what was read past and what
    /// the reader did with it.
    pub fn describe(&self, language: Language) -> String {
        let l = language;
        let facet = |f: Facet| label(l, f.label_sv(), f.label_en());
        let tags = label(l, Section::Tags.heading(), Section::Tags.heading_en());
        let suggest = |s: Option<&str>| suggestion(l, s.map(|s| format!("{s:?}")));
        let text = match &self.problem {
            PageProblem::UnknownValue { facet: f, value, suggestion } => Term::WarningUnknownValue
                .fill(
                    l,
                    &[
                        ("value", &format_args!("{value:?}")),
                        ("facet", &facet(*f)),
                        ("suggestion", &suggest(*suggestion)),
                    ],
                ),
            PageProblem::UnknownArea { area, suggestion } => Term::WarningUnknownArea.fill(
                l,
                &[("area", &format_args!("{area:?}")), ("suggestion", &suggest(*suggestion))],
            ),
            PageProblem::MisspelledHeading { found, section, heading } => {
                Term::WarningMisspelledHeading.fill(
                    l,
                    &[
                        ("found", &format_args!("{found:?}")),
                        ("heading", &label(l, heading, section.heading_en())),
                    ],
                )
            }
            PageProblem::TagLineOutsideTags { facet: f, section, .. } => {
                Term::WarningTagLineOutsideTags.fill(
                    l,
                    &[("facet", &facet(*f)), ("place", &place(l, *section)), ("tags", &tags)],
                )
            }
            PageProblem::PriorityOffScale { marker } => {
                Term::WarningPriorityOffScale.fill(l, &[("marker", &format_args!("{marker:?}"))])
            }
            PageProblem::MalformedPriority { marker } => {
                Term::WarningMalformedPriority.fill(l, &[("marker", &format_args!("{marker:?}"))])
            }
            other => other.describe(l),
        };
        Term::PageLine.fill(l, &[("line", &self.line), ("problem", &text)])
    }
}

/// A warning as data, for an application that stores or shows what a page
/// import read past: `{"line", "code", "value", "sv", "en"}`, where `code`
/// is [`PageProblem::kind`] (one of [`Warning::KINDS`]) and `sv`/`en` are
/// [`describe`](Warning::describe) in each language. There is no
/// `Deserialize`: a warning is made by the reader, not read back.
///
/// ```
/// use insats::page;
///
/// let text = "Exempelinsats\n\nMissbruk och beroende\n\nBehandling och stöd\n\n\
///             Exempelinsats\n\nMärkning\n\n  • Utförare: Hjärtkirurgi";
/// let (_, warnings) = page::parse_lenient(text)?;
/// let json = serde_json::to_value(&warnings[0]).unwrap();
/// assert_eq!(json["line"], 11);
/// assert_eq!(json["code"], "unknown-value");
/// assert_eq!(json["value"], "Hjärtkirurgi");
/// assert!(json["sv"].as_str().unwrap().starts_with("rad 11: okänt värde"));
/// assert!(json["en"].as_str().unwrap().starts_with("line 11: unknown value"));
/// # Ok::<(), insats::Error>(())
/// ```
impl serde::Serialize for Warning {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = serializer.serialize_struct("Warning", 5)?;
        out.serialize_field("line", &self.line)?;
        out.serialize_field("code", self.problem.kind())?;
        out.serialize_field("value", self.value())?;
        out.serialize_field("sv", &self.describe(Language::Swedish))?;
        out.serialize_field("en", &self.describe(Language::English))?;
        out.end()
    }
}

impl fmt::Display for Warning {
    /// The warning in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Language::English))
    }
}

/// The unknown area of a breadcrumb, as a warning or an error carries it.
pub(super) fn unknown_area(area: &str) -> PageProblem {
    let labels = <Condition as crate::vocab::Vocabulary>::ALL.iter().map(|c| c.label_sv());
    PageProblem::UnknownArea {
        area: crate::terms::excerpt(area),
        suggestion: crate::format::lines::nearest(area, labels),
    }
}
