//! The crate's one error type, with a typed problem per area (pages,
//! catalogs, the fields of a catalog's JSON), each described in Swedish or
//! English from the [term table](crate::terms).

mod catalog;
pub(crate) mod de;
pub(crate) mod describe;
mod field;
mod page;
pub(crate) mod quote;

pub use catalog::{CatalogProblem, LinkKind};
pub use field::{FieldProblem, JsonExpected, JsonFound};
pub use page::PageProblem;

use crate::terms::Language;
use crate::vocab::Label;
use std::fmt;

/// Everything that can go wrong in `insats`, one variant per failure that a
/// caller can act on.
///
/// Every message names the field or vocabulary and the rejected value, so
/// it can be shown to a person as it is: in English by `Display`, in
/// either language by [`describe`](Error::describe). A rejected text is
/// copied cut to 60 characters (`…`), so a message stays short whatever
/// the input.
///
/// # Examples
///
/// ```
/// use insats::{Error, Language, Provider};
///
/// let err = "Hjärtkirurgi".parse::<Provider>().unwrap_err();
/// assert!(matches!(err, Error::UnknownLabel { vocabulary: "Utförare", .. }));
/// assert_eq!(
///     err.to_string(),
///     "unknown provider \"Hjärtkirurgi\" (the vocabulary \"Utförare\"); expected a label of \
///      the guide, its English label or its id"
/// );
/// assert_eq!(
///     err.describe(Language::Swedish),
///     "\"Hjärtkirurgi\" finns inte bland värdena för Utförare; ange guidens etikett, den \
///      engelska etiketten eller id:t"
/// );
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// A text that is not a label (nor an alias or a serde id) of the
    /// vocabulary.
    UnknownLabel {
        /// The vocabulary's Swedish facet name, e.g. `Utförare`.
        vocabulary: &'static str,
        /// The vocabulary's English name, e.g. `provider`.
        vocabulary_en: &'static str,
        /// The rejected text, as given, cut to 60 characters (`…`).
        text: String,
        /// The values whose labels are closest to the text, best first (at
        /// most 3; none when no label is close, and none when a page's value
        /// is read, which the page's own error reports).
        closest: Vec<Label>,
    },
    /// A text that names more than one value of the vocabulary: a part of
    /// piped labels that several values share, or a word that could mean
    /// several values (`Socialtjänsten`, see [`Provider`](crate::Provider)'s
    /// aliases).
    AmbiguousLabel {
        /// The vocabulary's Swedish facet name, e.g. `Utförare`.
        vocabulary: &'static str,
        /// The vocabulary's English name, e.g. `provider`.
        vocabulary_en: &'static str,
        /// The text, as given, cut to 60 characters (`…`).
        text: String,
        /// The values it names, in declaration order.
        candidates: Vec<Label>,
    },
    /// An NR priority outside the guideline's scale (ranks 1–10, FoU,
    /// Icke-göra).
    Priority {
        /// The rejected value, as given, cut to 60 characters (`…`).
        text: String,
    },
    /// A schedule that cannot describe a course of treatment (zero weeks,
    /// zero sessions, a range whose minimum exceeds its maximum, or a text
    /// that is not a schedule).
    Schedule {
        /// The part of the schedule that is wrong, e.g.
        /// [`Term::ScheduleWeeks`](crate::Term::ScheduleWeeks).
        field: crate::terms::Term,
        /// The rejected value, as given, cut to 60 characters (`…`).
        value: String,
        /// What is wrong with it, e.g.
        /// [`Term::ProblemAtLeastOne`](crate::Term::ProblemAtLeastOne).
        problem: crate::terms::Term,
    },
    /// An intervention that the builder refuses (an empty name, an id that
    /// is not a slug, …).
    Intervention {
        /// The field that is wrong, as the JSON schema and the builder name
        /// it, e.g. `id`.
        field: &'static str,
        /// The rejected value, as given, cut to 60 characters (`…`).
        value: String,
        /// What is wrong with it, e.g.
        /// [`Term::InterventionIdNotSlug`](crate::Term::InterventionIdNotSlug).
        problem: crate::terms::Term,
    },
    /// A page of the guide that does not follow the page format.
    Page {
        /// 1-based line number of the offending line.
        line: usize,
        /// What was found and what was expected.
        problem: PageProblem,
    },
    /// A page of several ([`Catalog::from_pages`](crate::Catalog::from_pages))
    /// that fails: which one, and its error.
    InPage {
        /// The page's position among those given (`#0` is the first).
        index: usize,
        /// The page's title (its first line, cut to 60 characters), once
        /// the page has one: `None` when the error is on the first line.
        title: Option<String>,
        /// The page's error, an [`Error::Page`] with its line.
        error: Box<Error>,
    },
    /// A catalog that fails validation.
    Catalog {
        /// The id of the entry at fault (cut to 60 characters), `#n` for
        /// its position when it has no readable id, or `(catalog)` for the
        /// file as a whole.
        entry: String,
        /// What is wrong with it; an underlying error is its `source()`.
        problem: CatalogProblem,
    },
    /// JSON that could not be read or written: text that is not JSON.
    Json(serde_json::Error),
    /// A text that is not a [`Diagnosis`](crate::Diagnosis): not an ICD-10
    /// code, or a code outside the guide's substance-use area.
    Diagnosis {
        /// The text as given, trimmed and cut to 60 characters (`…`).
        text: String,
        /// Why it is refused.
        problem: crate::clinical::DiagnosisProblem,
    },
    /// A profile whose facts contradict each other or leave the ranges a
    /// person can have: what [`ProfileBuilder::build`](crate::ProfileBuilder::build)
    /// and the profile's JSON refuse, so that a profile is always what it
    /// was told.
    Profile {
        /// The field (the builder's method name, also the JSON key).
        field: &'static str,
        /// The value given, quoted cut short.
        value: String,
        /// What is wrong with it.
        problem: crate::terms::Term,
    },
    /// A case ([`CaseInput::read`](crate::CaseInput::read)) with problems:
    /// every one of them, each with its field's path, the value and the
    /// nearest valid values.
    Case {
        /// The problems, in the order of the case's keys, contradictions
        /// last; never empty.
        problems: Vec<crate::matching::CaseProblem>,
    },
    /// A number of DSM-5 criteria met that gives no severity: fewer than 2
    /// (no substance use disorder) or more than 11 (DSM-5 has 11).
    Dsm5Criteria {
        /// The number given.
        count: u8,
    },
}

/// The name [`Error::Catalog`] gives the catalog file as a whole.
pub(crate) const WHOLE_CATALOG: &str = "(catalog)";

impl Error {
    /// An error on the catalog entry `entry` (an id, cut here).
    pub(crate) fn catalog(entry: &str, problem: CatalogProblem) -> Self {
        Error::Catalog { entry: quote::cut(entry), problem }
    }

    /// An error on the 1-based `line` of a page.
    pub(crate) fn page(line: usize, problem: PageProblem) -> Self {
        Error::Page { line, problem }
    }

    /// The error in `language`: the same facts as `Display` (English), in
    /// the words of the [term table](crate::terms).
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::{Language, NrPriority};
    ///
    /// let err = NrPriority::rank(11).unwrap_err();
    /// assert_eq!(
    ///     err.describe(Language::Swedish),
    ///     "NR-prioriteten \"11\" finns inte på skalan: ange prioritet 1–10, FoU eller Icke-göra"
    /// );
    /// ```
    pub fn describe(&self, language: Language) -> String {
        describe::error(self, language)
    }
}

impl fmt::Display for Error {
    /// [`describe`](Error::describe) in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Language::English))
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Json(error) => Some(error),
            Error::Catalog { problem, .. } => Some(problem),
            Error::InPage { error, .. } => Some(error.as_ref()),
            _ => None,
        }
    }
}

impl From<serde_json::Error> for Error {
    fn from(error: serde_json::Error) -> Self {
        Error::Json(error)
    }
}
