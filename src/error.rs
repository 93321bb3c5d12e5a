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
}

/// What is wrong with a page of the guide, carried by [`Error::Page`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PageProblem {
    /// The text is empty or only white space.
    Empty,
    /// The first line is not a title.
    MissingTitle,
    /// Something else was found where the format requires a given element.
    Expected {
        /// What the format requires here.
        expected: &'static str,
        /// What was found (the line, shortened).
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
    /// A facet written twice.
    DuplicateFacet {
        /// The facet, e.g. `Utförare`.
        facet: &'static str,
    },
    /// A section heading where it may not stand (twice, or out of order).
    SectionOutOfPlace {
        /// The heading as written.
        section: String,
    },
}

impl fmt::Display for PageProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PageProblem::Empty => f.write_str("the page is empty"),
            PageProblem::MissingTitle => f.write_str("expected the page title on the first line"),
            PageProblem::Expected { expected, found } => {
                write!(f, "expected {expected}, found {found:?}")
            }
            PageProblem::UnknownFacet { facet } => write!(f, "unknown Märkning facet {facet:?}"),
            PageProblem::UnknownValue { facet, value } => {
                write!(f, "unknown value {value:?} in facet {facet}")
            }
            PageProblem::DuplicateFacet { facet } => {
                write!(f, "facet {facet} is given more than once")
            }
            PageProblem::SectionOutOfPlace { section } => {
                write!(f, "section heading {section:?} out of place")
            }
        }
    }
}

impl Error {
    pub(crate) fn catalog(entry: impl Into<String>, problem: impl Into<String>) -> Self {
        Error::Catalog { entry: entry.into(), problem: problem.into() }
    }
}
