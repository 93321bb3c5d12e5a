//! The crate's one error type.

use std::fmt;

/// Everything that can go wrong in `insats`, one variant per failure that a
/// caller can act on.
///
/// Every message names the field or vocabulary and the rejected value, so it
/// can be shown to a person as it is.
///
/// # Examples
///
/// ```
/// use insats::{Error, Provider};
///
/// let err = "Hjärtkirurgi".parse::<Provider>().unwrap_err();
/// assert!(matches!(err, Error::UnknownLabel { vocabulary: "Utförare", .. }));
/// assert_eq!(err.to_string(), r#"unknown Utförare (provider): "Hjärtkirurgi""#);
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A text that is not a label (nor a serde id) of the vocabulary.
    #[error("unknown {vocabulary} ({vocabulary_en}): {text:?}")]
    UnknownLabel {
        /// The vocabulary's Swedish facet name, e.g. `Utförare`.
        vocabulary: &'static str,
        /// The vocabulary's English name, e.g. `provider`.
        vocabulary_en: &'static str,
        /// The rejected text, as given.
        text: String,
    },
    /// An NR priority outside the guideline's scale (ranks 1–10, FoU,
    /// Icke-göra).
    #[error("NR priority {text:?} is not on the scale: expected a rank 1–10, FoU or Icke-göra")]
    Priority {
        /// The rejected value, as given.
        text: String,
    },
    /// A schedule that cannot describe a course of treatment (zero weeks,
    /// zero sessions, a range whose minimum exceeds its maximum, or a text
    /// that is not a schedule).
    #[error("invalid schedule: {field} {value:?}: {problem}")]
    Schedule {
        /// The part of the schedule that is wrong, e.g. `weeks`.
        field: &'static str,
        /// The rejected value, as given.
        value: String,
        /// What is wrong with it.
        problem: &'static str,
    },
    /// An intervention that the builder refuses (an empty name, an id that
    /// is not a slug, …).
    #[error("invalid intervention: {field} {value:?}: {problem}")]
    Intervention {
        /// The field that is wrong, e.g. `id`.
        field: &'static str,
        /// The rejected value, as given.
        value: String,
        /// What is wrong with it.
        problem: &'static str,
    },
    /// A page of the guide that does not follow the page format.
    #[error("line {line}: {problem}")]
    Page {
        /// 1-based line number of the offending line.
        line: usize,
        /// What was found and what was expected.
        problem: PageProblem,
    },
    /// A catalog that fails validation.
    #[error("catalog entry {entry:?}: {problem}")]
    Catalog {
        /// The id of the entry at fault (or its position, when it has no id).
        entry: String,
        /// What is wrong with it.
        problem: String,
    },
    /// JSON that could not be read or written.
    #[error("JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// A text that is not a [`Diagnosis`](crate::Diagnosis): not an ICD-10
    /// code, or a code outside the guide's substance-use area.
    #[error("ICD-10 code {text:?}: {problem}")]
    Diagnosis {
        /// The text as given, trimmed and cut to 60 characters (`…`).
        text: String,
        /// Why it is refused.
        problem: crate::DiagnosisProblem,
    },
    /// A number of DSM-5 criteria met that gives no severity: fewer than 2
    /// (no substance use disorder) or more than 11 (DSM-5 has 11).
    #[error("DSM-5 criteria met: {count}; {}", crate::clinical::dsm5_count_problem(.count))]
    Dsm5Criteria {
        /// The number given.
        count: u8,
    },
}

/// What is wrong with a page of the guide, carried by [`Error::Page`].
///
/// A malformed page (wrong structure) and a well-formed label that is not
/// in a vocabulary ([`PageProblem::UnknownValue`]) are kept apart: only the
/// latter can be read past, with
/// [`page::parse_lenient`](crate::page::parse_lenient).
///
/// # Examples
///
/// ```
/// use insats::{Error, PageProblem};
///
/// let err = insats::page::parse("").unwrap_err();
/// assert!(matches!(err, Error::Page { line: 1, problem: PageProblem::Empty }));
/// assert_eq!(err.to_string(), "line 1: the page is empty; expected the title on the first line");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PageProblem {
    /// The text is empty or only white space.
    Empty,
    /// The first line is not a title (it is a breadcrumb line, a section
    /// heading or a tag line).
    MissingTitle {
        /// The line found instead (shortened).
        found: String,
    },
    /// The breadcrumb lines under the title (the area, then the section,
    /// then the title again) are missing.
    MissingBreadcrumb {
        /// The line found instead (shortened), or empty at the end of the
        /// page.
        found: String,
    },
    /// The breadcrumb names an area that is not a [`Condition`](crate::Condition).
    UnknownArea {
        /// The area line as written.
        area: String,
    },
    /// Something else was found where the format requires a given element.
    Expected {
        /// What the format requires here.
        expected: &'static str,
        /// What was found (the line, shortened), or empty at the end of the
        /// page.
        found: String,
    },
    /// A `Märkning` facet that the guide does not have.
    UnknownFacet {
        /// The facet name as written.
        facet: String,
    },
    /// A facet value that is not in the facet's vocabulary.
    UnknownValue {
        /// The facet, e.g. `Utförare`.
        facet: &'static str,
        /// The rejected value.
        value: String,
    },
    /// A facet line with no value after the colon.
    EmptyFacet {
        /// The facet, e.g. `Utförare`.
        facet: &'static str,
    },
    /// A facet written twice.
    DuplicateFacet {
        /// The facet, e.g. `Utförare`.
        facet: &'static str,
        /// The 1-based line where it was first given.
        first_line: usize,
    },
    /// A section heading after a heading that must follow it.
    SectionOutOfPlace {
        /// The heading found.
        section: &'static str,
        /// The heading it came after, which must follow it.
        after: &'static str,
    },
    /// A section heading given a second time.
    DuplicateSection {
        /// The heading.
        section: &'static str,
        /// The 1-based line where it was first given.
        first_line: usize,
    },
}

/// The order the page format requires, for messages.
const SECTION_ORDER: &str = "Målgrupp eller situation, Kunskapsläge, Kompetenskrav, \
                             Sammanfattning, Genomförande, Märkning";

/// Writes `found {text:?}`, or `found the end of the page` for an empty text.
fn found(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    if text.is_empty() {
        f.write_str("found the end of the page")
    } else {
        write!(f, "found {text:?}")
    }
}

impl fmt::Display for PageProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PageProblem::Empty => {
                f.write_str("the page is empty; expected the title on the first line")
            }
            PageProblem::MissingTitle { found: text } => {
                f.write_str("expected the page title, ")?;
                found(f, text)
            }
            PageProblem::MissingBreadcrumb { found: text } => {
                f.write_str(
                    "expected the breadcrumb under the title (the area, e.g. \
                     \"Missbruk och beroende\", then \"Behandling och stöd\", then the title \
                     again), ",
                )?;
                found(f, text)
            }
            PageProblem::UnknownArea { area } => write!(
                f,
                "unknown area {area:?} in the breadcrumb; expected a Tillstånd such as \
                 \"Missbruk och beroende\""
            ),
            PageProblem::Expected { expected, found: text } => {
                write!(f, "expected {expected}, ")?;
                found(f, text)
            }
            PageProblem::UnknownFacet { facet } => write!(
                f,
                "unknown Märkning facet {facet:?}; expected one of Utförare, Yrkesroll, \
                 Typ av behandling/stöd, Åldersgrupp, Tillståndets svårighetsgrad, Tillstånd"
            ),
            PageProblem::UnknownValue { facet, value } => write!(
                f,
                "unknown value {value:?} in facet {facet} (values are separated by \", \"; \
                 page::parse_lenient reads past values not in the vocabulary)"
            ),
            PageProblem::EmptyFacet { facet } => {
                write!(
                    f,
                    "facet {facet} has no value; give values after \"{facet}: \" or drop the line"
                )
            }
            PageProblem::DuplicateFacet { facet, first_line } => {
                write!(f, "facet {facet} is given twice (first on line {first_line})")
            }
            PageProblem::SectionOutOfPlace { section, after } => write!(
                f,
                "section heading {section:?} out of place: it must come before {after:?} \
                 (sections go in the order {SECTION_ORDER})"
            ),
            PageProblem::DuplicateSection { section, first_line } => {
                write!(f, "section heading {section:?} is given twice (first on line {first_line})")
            }
        }
    }
}

impl Error {
    pub(crate) fn catalog(entry: impl Into<String>, problem: impl Into<String>) -> Self {
        Error::Catalog { entry: entry.into(), problem: problem.into() }
    }
}
