//! The crate's one error type, with a typed problem per area (pages,
//! catalogs, the fields of a catalog's JSON, profiles, cases), each
//! described in Swedish or English from the term table.
//!
//! `Error` is a box around an [`ErrorKind`] (8 bytes, so that a
//! `Result<Provider, Error>` stays small). Its `Display` writes one layer
//! of the `source()` chain in English, so that a reporter that walks the
//! chain shows each sentence once; [`Error::describe`] writes the whole
//! chain as one sentence, in either language, for a person.

mod case;
mod catalog;
pub(crate) mod de;
pub(crate) mod describe;
mod field;
pub(crate) mod page;
mod problem;

pub use case::CaseProblem;
pub use catalog::{CatalogProblem, LinkKind};
pub use field::{FieldProblem, JsonExpected, JsonFound};
pub use page::{PageElement, PageProblem};
pub use problem::{EntryProblem, ProfileProblem, ScheduleField, ScheduleProblem};

use crate::terms::Language;
use crate::vocab::Label;

/// Everything that can go wrong in `insats`: an [`ErrorKind`] in a box.
///
/// Every message names the field or vocabulary and the rejected value, so
/// it can be shown to a person as it is, in either language, by
/// [`describe`](Error::describe). `Display` writes this layer of the
/// `source()` chain in English (for a catalog entry, the entry; its
/// problem is the source), so a reporter that walks the chain shows each
/// sentence once. A rejected text is
/// copied cut to 60 characters (`…`), so a message stays short whatever
/// the input.
///
/// # Examples
///
/// ```
/// use insats::{ErrorKind, Language, Provider};
///
/// let err = "Hjärtkirurgi".parse::<Provider>().unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::UnknownLabel { vocabulary: "Utförare", .. }));
/// assert_eq!(err.code(), "unknown-label");
/// assert_eq!(
///     err.to_string(),
///     "unknown provider \"Hjärtkirurgi\" (the vocabulary \"Utförare\"); expected one of its \
///      labels (Swedish or English) or its id"
/// );
/// assert_eq!(
///     err.describe(Language::Swedish),
///     "\"Hjärtkirurgi\" finns inte bland värdena för Utförare; ange en av etiketterna (på \
///      svenska eller engelska) eller ett id"
/// );
/// ```
#[derive(Debug, thiserror::Error)]
#[error(transparent)]
pub struct Error(Box<ErrorKind>);

// An error is returned by every fallible call, most of them small values
// (a vocabulary's `FromStr`): it is kept at a pointer's width.
const _: () = assert!(std::mem::size_of::<Error>() <= 16);

/// What went wrong: one variant per failure that a caller can act on,
/// with the facts of it in typed fields ([`Error::kind`]).
///
/// Every text a variant copies is cut to 60 characters as a message
/// writes them (`…`), so a message stays short whatever the input.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
#[error("{}", describe::error(self, Language::English))]
pub enum ErrorKind {
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
        /// The part of the schedule that is wrong.
        field: ScheduleField,
        /// The rejected value, as given, cut to 60 characters (`…`).
        value: String,
        /// What is wrong with it.
        problem: ScheduleProblem,
    },
    /// An intervention that the builder refuses (an empty name, an id that
    /// is not a slug, …).
    Intervention {
        /// The field that is wrong, as the JSON schema and the builder name
        /// it, e.g. `id`.
        field: &'static str,
        /// The rejected value, as given, cut to 60 characters (`…`).
        value: String,
        /// What is wrong with it.
        problem: EntryProblem,
    },
    /// A page of the guide that does not follow the page format.
    Page {
        /// 1-based line number of the offending line.
        line: usize,
        /// What was found and what was expected.
        problem: PageProblem,
    },
    /// A page of several ([`Catalog::from_pages`](crate::Catalog::from_pages))
    /// that fails: which one, and its error (the `source()`).
    #[error("{}", describe::layer(self, Language::English))]
    InPage {
        /// The page's position among those given (`#0` is the first).
        index: usize,
        /// The page's title (its first line, cut to 60 characters), once
        /// the page has one: `None` when the error is on the first line.
        title: Option<String>,
        /// The page's error, an [`ErrorKind::Page`](crate::ErrorKind::Page) with its line.
        #[source]
        error: Error,
    },
    /// A catalog that fails validation.
    #[error("{}", describe::layer(self, Language::English))]
    Catalog {
        /// The id of the entry at fault (cut to 60 characters), `#n` for
        /// its position when it has no readable id, or `(catalog)` for the
        /// file as a whole.
        entry: String,
        /// What is wrong with it (the `source()`).
        #[source]
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
        problem: ProfileProblem,
    },
    /// A case ([`CaseInput::read`](crate::CaseInput::read)) with problems:
    /// every one of them, each with its field's path, the value and the
    /// nearest valid values.
    Case {
        /// The problems, in the order of the case's keys, contradictions
        /// last; never empty.
        problems: Vec<CaseProblem>,
    },
    /// A number of DSM-5 criteria met that gives no severity: fewer than 2
    /// (no substance use disorder) or more than 11 (DSM-5 has 11).
    Dsm5Criteria {
        /// The number given.
        count: u8,
        /// Which: [`ProfileProblem::TooFewDsm5Criteria`] or
        /// [`ProfileProblem::TooManyDsm5Criteria`].
        problem: ProfileProblem,
    },
}

/// The name [`ErrorKind::Catalog`](crate::ErrorKind::Catalog) gives the catalog file as a whole.
pub(crate) const WHOLE_CATALOG: &str = "(catalog)";

impl Error {
    /// What went wrong, with its facts.
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }

    /// What went wrong, to trim before it is shown (a case's problem
    /// drops suggestions that would make its line too long).
    pub(crate) fn kind_mut(&mut self) -> &mut ErrorKind {
        &mut self.0
    }

    /// What went wrong, owned.
    pub fn into_kind(self) -> ErrorKind {
        *self.0
    }

    /// A stable code for the kind of failure, for systems that store a
    /// failed import or match on it (`unknown-label`, `page`, `catalog`,
    /// …): kebab-case, never reworded. The problem kinds carry codes of
    /// their own ([`PageProblem::kind`], [`ProfileProblem::code`], …).
    ///
    /// ```
    /// use insats::NrPriority;
    ///
    /// assert_eq!(NrPriority::rank(11).unwrap_err().code(), "priority");
    /// ```
    pub fn code(&self) -> &'static str {
        self.0.code()
    }

    /// An error on the catalog entry `entry` (an id, cut here).
    pub(crate) fn catalog(entry: &str, problem: CatalogProblem) -> Self {
        ErrorKind::Catalog { entry: crate::terms::quote::cut(entry), problem }.into()
    }

    /// An error on the 1-based `line` of a page.
    pub(crate) fn page(line: usize, problem: PageProblem) -> Self {
        ErrorKind::Page { line, problem }.into()
    }

    /// The whole error in `language`, its chain of sources included, as
    /// one sentence for a person, in the words of the term table.
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
        describe::error(&self.0, language)
    }
}

impl ErrorKind {
    /// The stable code of the kind; see [`Error::code`].
    pub const fn code(&self) -> &'static str {
        match self {
            ErrorKind::UnknownLabel { .. } => "unknown-label",
            ErrorKind::AmbiguousLabel { .. } => "ambiguous-label",
            ErrorKind::Priority { .. } => "priority",
            ErrorKind::Schedule { .. } => "schedule",
            ErrorKind::Intervention { .. } => "intervention",
            ErrorKind::Page { .. } => "page",
            ErrorKind::InPage { .. } => "in-page",
            ErrorKind::Catalog { .. } => "catalog",
            ErrorKind::Json(_) => "json",
            ErrorKind::Diagnosis { .. } => "diagnosis",
            ErrorKind::Profile { .. } => "profile",
            ErrorKind::Case { .. } => "case",
            ErrorKind::Dsm5Criteria { .. } => "dsm5-criteria",
        }
    }

    /// The whole error in `language`; see [`Error::describe`].
    pub fn describe(&self, language: Language) -> String {
        describe::error(self, language)
    }
}

impl From<ErrorKind> for Error {
    #[cold]
    #[inline(never)]
    fn from(kind: ErrorKind) -> Self {
        Error(Box::new(kind))
    }
}

// By hand, not `#[from]`: serde_json's error is a leaf whose message the
// JSON variant already words (bounded), so it is not a `source()` too.
impl From<serde_json::Error> for Error {
    #[cold]
    fn from(error: serde_json::Error) -> Self {
        ErrorKind::Json(error).into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A catalog error three layers deep, as `Catalog::from_json` makes it.
    fn catalog_field_error() -> Error {
        // As `NrPriority::rank(11)` refuses it.
        let priority = Error::from(ErrorKind::Priority { text: "11".to_owned() });
        let problem = CatalogProblem::Field {
            path: "recommendations[0].priority".to_owned(),
            problem: Box::new(FieldProblem::Invalid(priority)),
        };
        Error::catalog("x", problem)
    }

    #[test]
    fn each_sentence_of_a_catalog_error_is_once_along_its_source_chain() {
        let error = catalog_field_error();
        let mut layers = vec![error.to_string()];
        let mut next = std::error::Error::source(&error);
        while let Some(layer) = next {
            layers.push(layer.to_string());
            next = layer.source();
        }
        assert_eq!(
            layers,
            [
                "catalog entry \"x\"",
                "field \"recommendations[0].priority\"",
                "is invalid",
                "NR priority \"11\" is not on the scale: expected a rank 1–10, \"FoU\" (only \
                 within research and development) or \"Icke-göra\" (should not be offered)",
            ]
        );
        // No layer repeats another's words, and together, in order, they
        // are the whole sentence that `describe` writes for a person.
        for (i, layer) in layers.iter().enumerate() {
            for other in layers.iter().skip(i + 1) {
                assert!(!layer.contains(other.as_str()) && !other.contains(layer.as_str()));
            }
        }
        let whole = error.describe(Language::English);
        let mut rest = whole.as_str();
        for layer in &layers {
            let at = rest.find(layer.as_str()).unwrap();
            rest = &rest[at + layer.len()..];
        }
    }

    #[test]
    fn an_error_is_a_pointer_wide_and_its_code_names_its_kind() {
        assert_eq!(std::mem::size_of::<Error>(), std::mem::size_of::<usize>());
        assert_eq!(catalog_field_error().code(), "catalog");
        let json = serde_json::from_str::<u8>("x").map_err(Error::from).unwrap_err();
        assert_eq!(json.code(), "json");
        // serde_json's error is worded by the JSON variant, not a source.
        assert!(std::error::Error::source(&json).is_none());
    }
}
