//! The crate's one error type, with a typed problem per area (pages,
//! catalogs).

mod catalog;
mod page;

pub use catalog::{CatalogProblem, LinkKind};
pub use page::PageProblem;

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
        /// The id of the entry at fault (`#n` for its position when it has
        /// no id, `(catalog)` for the file as a whole).
        entry: String,
        /// What is wrong with it; an underlying error is its `source()`.
        #[source]
        problem: CatalogProblem,
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

impl Error {
    pub(crate) fn catalog(entry: impl Into<String>, problem: CatalogProblem) -> Self {
        Error::Catalog { entry: entry.into(), problem }
    }

    pub(crate) fn page(line: usize, problem: PageProblem) -> Self {
        Error::Page { line, problem }
    }
}
