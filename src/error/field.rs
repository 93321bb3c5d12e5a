//! What can be wrong with one field of a catalog entry's JSON.

use super::Error;
use crate::terms::quote::Quoted;
use crate::terms::{Language, Term, either};

/// What is wrong with one field of an entry's JSON, carried by
/// [`CatalogProblem::Field`](crate::CatalogProblem::Field) beside the
/// field's path.
///
/// # Examples
///
/// ```
/// use insats::{Catalog, CatalogProblem, Error, FieldProblem, JsonExpected, JsonFound};
///
/// let json = r#"{"schema": 1, "version": "t", "entries": [
///     {"id": "x", "name": "X", "phases": [{"ordinal": 256, "name": "A", "aims": "B"}]}
/// ]}"#;
/// let err = Catalog::from_json(json).unwrap_err();
/// let insats::ErrorKind::Catalog { problem: CatalogProblem::Field { path, problem }, .. } = err.kind() else {
///     return Err(err.into());
/// };
/// assert_eq!(path, "phases[0].ordinal");
/// assert!(matches!(
///     problem.as_ref(),
///     FieldProblem::Unexpected {
///         found: JsonFound::Number(n),
///         expected: JsonExpected::Integer { min: 0, max: 255 },
///     } if n == "256"
/// ));
/// assert_eq!(
///     err.describe(insats::Language::English),
///     "catalog entry \"x\": field \"phases[0].ordinal\" is 256, but should be a whole number \
///      from 0 to 255"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
#[error("{}", self.describe(Language::English))]
pub enum FieldProblem {
    /// A field the schema requires is missing.
    Missing,
    /// A field the schema does not have (the path ends in its name).
    UnknownField {
        /// The schema's fields that are closest to the name, best first
        /// (at most 3).
        closest: Vec<&'static str>,
    },
    /// A key given twice in one object.
    Repeated,
    /// A value of the wrong kind, or a number out of range.
    Unexpected {
        /// The value found.
        found: JsonFound,
        /// What the field takes.
        expected: JsonExpected,
    },
    /// A text that is none of the ids the field takes (a vocabulary value,
    /// a population, a unit, …).
    UnknownId {
        /// The id found, cut to 60 characters (`…`).
        found: String,
        /// The ids closest to it, best first (at most 3).
        closest: Vec<&'static str>,
    },
    /// A value that a checking constructor of the crate refuses (a span of
    /// 10 to 2 weeks, a priority of 11, …): its error (the `source()`).
    #[error("{}", Term::FieldInvalid.fill_before(Language::English, "error", &[]))]
    Invalid(#[source] Error),
    /// Any other failure, in serde's words (English), cut to a bounded
    /// length.
    Other(String),
}

/// A JSON value as an error quotes it: scalars as written (a text cut to
/// 60 characters), lists and objects by their kind.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum JsonFound {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as the reader read it (`256`, `4.0`, `1e30`).
    Number(String),
    /// A string, cut to 60 characters (`…`).
    Text(String),
    /// A list.
    List,
    /// An object.
    Object,
}

/// What a field of the schema takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum JsonExpected {
    /// `true` or `false`.
    Bool,
    /// A whole number in a range.
    Integer {
        /// The least.
        min: i64,
        /// The greatest.
        max: u64,
    },
    /// Any number.
    Number,
    /// A string.
    Text,
    /// A list.
    List,
    /// An object.
    Object,
    /// An id (a string), or an object of one key for an id that carries a
    /// value (`{"with-need": "housing"}`).
    Id,
    /// `null`.
    Null,
}

/// `"a", "b" eller "c"` / `"a", "b" or "c"`.
pub(super) fn names(language: Language, names: &[&str]) -> String {
    either(language, names.iter().map(|name| Quoted(name)))
}

/// `; menade du "a"?` / `; did you mean "a"?`, or nothing.
pub(super) fn did_you_mean(language: Language, closest: &[&str]) -> String {
    if closest.is_empty() {
        return String::new();
    }
    Term::ErrorDidYouMean.fill(language, &[("values", &names(language, closest))])
}

impl JsonFound {
    /// The value in `language`: `256`, `"abc"`, `a list` / `en lista`.
    ///
    /// ```
    /// use insats::{JsonFound, Language};
    ///
    /// assert_eq!(JsonFound::Number("4.0".to_owned()).describe(Language::English), "4.0");
    /// assert_eq!(JsonFound::Text("x".to_owned()).describe(Language::English), "\"x\"");
    /// assert_eq!(JsonFound::List.describe(Language::Swedish), "en lista");
    /// ```
    pub fn describe(&self, language: Language) -> String {
        match self {
            JsonFound::Null => "null".to_owned(),
            JsonFound::Bool(b) => b.to_string(),
            JsonFound::Number(n) => n.clone(),
            JsonFound::Text(t) => Quoted(t).to_string(),
            JsonFound::List => Term::JsonList.text(language).to_owned(),
            JsonFound::Object => Term::JsonObject.text(language).to_owned(),
        }
    }
}

impl JsonExpected {
    /// What the field takes, in `language`.
    ///
    /// ```
    /// use insats::{JsonExpected, Language};
    ///
    /// let ordinal = JsonExpected::Integer { min: 0, max: 255 };
    /// assert_eq!(ordinal.describe(Language::English), "a whole number from 0 to 255");
    /// assert_eq!(ordinal.describe(Language::Swedish), "ett heltal från 0 till 255");
    /// ```
    pub fn describe(&self, language: Language) -> String {
        let term = match self {
            JsonExpected::Integer { min, max } => {
                return Term::JsonInteger.fill(language, &[("min", min), ("max", max)]);
            }
            JsonExpected::Bool => Term::JsonBool,
            JsonExpected::Number => Term::JsonNumber,
            JsonExpected::Text => Term::JsonText,
            JsonExpected::List => Term::JsonList,
            JsonExpected::Object => Term::JsonObject,
            JsonExpected::Id => Term::JsonId,
            JsonExpected::Null => return "null".to_owned(),
        };
        term.text(language).to_owned()
    }
}

impl FieldProblem {
    /// The problem in `language`, as a predicate of the field: `is
    /// missing`, `is 256, but should be …`.
    ///
    /// ```
    /// use insats::{FieldProblem, Language};
    ///
    /// let unknown = FieldProblem::UnknownField { closest: vec!["youth_version"] };
    /// assert_eq!(
    ///     unknown.describe(Language::English),
    ///     "is not a field of the schema; did you mean \"youth_version\"?"
    /// );
    /// assert_eq!(FieldProblem::Missing.describe(Language::Swedish), "saknas");
    /// ```
    pub fn describe(&self, language: Language) -> String {
        let l = language;
        match self {
            FieldProblem::Missing => Term::FieldMissing.text(l).to_owned(),
            FieldProblem::UnknownField { closest } => {
                let mut out = Term::FieldUnknown.text(l).to_owned();
                out.push_str(&did_you_mean(l, closest));
                out
            }
            FieldProblem::Repeated => Term::FieldRepeated.text(l).to_owned(),
            FieldProblem::Unexpected { found, expected } => Term::FieldUnexpected
                .fill(l, &[("found", &found.describe(l)), ("expected", &expected.describe(l))]),
            FieldProblem::UnknownId { found, closest } => {
                let mut out = Term::FieldUnknownId.fill(l, &[("found", &Quoted(found))]);
                out.push_str(&did_you_mean(l, closest));
                out
            }
            FieldProblem::Invalid(error) => {
                Term::FieldInvalid.fill(l, &[("error", &error.describe(l))])
            }
            FieldProblem::Other(text) => match l {
                // serde's own words are English: quoted in Swedish.
                Language::Swedish => Term::FieldOther.fill(l, &[("text", &Quoted(text))]),
                Language::English => Term::FieldOther.fill(l, &[("text", text)]),
            },
        }
    }
}
