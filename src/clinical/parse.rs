//! Reading a diagnosis code, and why a text is refused.

use super::{Diagnosis, DiagnosisKind, SubstanceGroup};
use crate::error::{Error, ErrorKind};
use crate::terms::quote::cut;
use crate::terms::{Language, Term};
use std::str::FromStr;

/// Why a text is not a [`Diagnosis`], carried by [`ErrorKind::Diagnosis`](crate::ErrorKind::Diagnosis).
///
/// A text that is not written as an ICD-10 code at all
/// ([`Malformed`](Self::Malformed)) is kept apart from a well-formed code
/// that the guide's area does not cover
/// ([`OutsideArea`](Self::OutsideArea), [`Tobacco`](Self::Tobacco)).
///
/// # Examples
///
/// ```
/// use insats::{Diagnosis, DiagnosisProblem, Error};
///
/// let err = "F32.1".parse::<Diagnosis>().err().ok_or("F32.1 is refused")?;
/// assert!(matches!(err.kind(), insats::ErrorKind::Diagnosis { problem: DiagnosisProblem::OutsideArea, .. }));
/// assert_eq!(
///     err.to_string(),
///     "ICD-10 code \"F32.1\": outside the guide's substance-use area, which covers the \
///      codes F10–F19 except F17 (tobacco)"
/// );
/// let err = "F1".parse::<Diagnosis>().err().ok_or("F1 is refused")?;
/// assert!(matches!(err.kind(), insats::ErrorKind::Diagnosis { problem: DiagnosisProblem::Malformed, .. }));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
#[error("{}", self.describe(Language::English))]
pub enum DiagnosisProblem {
    /// The text is empty or only white space.
    Empty,
    /// The text is not written as an ICD-10 code: a letter, two digits, an
    /// optional dot, then one or two letters or digits.
    Malformed,
    /// A tobacco code (F17): outside the guide's substance-use area, as
    /// Socialstyrelsen treats tobacco in its separate guideline on unhealthy
    /// lifestyle habits (levnadsvanor).
    Tobacco,
    /// An ICD-10 code outside the chapter F10–F19, e.g. `F32.1` (a
    /// depressive episode): outside the guide's substance-use area.
    OutsideArea,
    /// A code of F10–F19 without its fourth character, the kind of
    /// disorder, e.g. `F10`.
    MissingKind {
        /// The substance group that the code does name.
        group: SubstanceGroup,
    },
    /// A fourth character that is not a digit, e.g. `F10.A`.
    UnknownKind,
}

impl DiagnosisProblem {
    /// Why the text is refused, in `language`.
    ///
    /// ```
    /// use insats::{DiagnosisProblem, Language};
    ///
    /// assert_eq!(
    ///     DiagnosisProblem::UnknownKind.describe(Language::Swedish),
    ///     "det fjärde tecknet, typen av störning, måste vara en siffra 0–9, till exempel F10.2"
    /// );
    /// ```
    pub fn describe(&self, language: Language) -> String {
        let term = match self {
            DiagnosisProblem::Empty => Term::DiagnosisEmpty,
            DiagnosisProblem::Malformed => Term::DiagnosisMalformed,
            DiagnosisProblem::Tobacco => Term::DiagnosisTobacco,
            DiagnosisProblem::OutsideArea => Term::DiagnosisOutsideArea,
            DiagnosisProblem::MissingKind { group } => {
                let text = match language {
                    Language::Swedish => group.text_sv(),
                    Language::English => group.text_en(),
                };
                return Term::DiagnosisMissingKind
                    .fill(language, &[("code", &group.code()), ("group", &text)]);
            }
            DiagnosisProblem::UnknownKind => Term::DiagnosisUnknownKind,
        };
        term.text(language).to_owned()
    }
}

/// The refusal of `text` (trimmed), for `problem`.
pub(super) fn problem(text: &str, problem: DiagnosisProblem) -> Error {
    Error::from(ErrorKind::Diagnosis { text: cut(text), problem })
}

impl FromStr for Diagnosis {
    type Err = Error;

    /// Reads `F10.2`, `F102` or `F10.24`, in any case, with surrounding
    /// white space.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let code = text.trim();
        if code.is_empty() {
            return Err(problem(code, DiagnosisProblem::Empty));
        }
        // The shape of any ICD-10 code: a letter, two digits, an optional
        // dot, then at most two letters or digits (none after a bare
        // category such as `F32`, but something after a dot).
        let malformed = || problem(code, DiagnosisProblem::Malformed);
        let [letter, tens, units, rest @ ..] = code.as_bytes() else {
            return Err(malformed());
        };
        if !letter.is_ascii_alphabetic() || !tens.is_ascii_digit() || !units.is_ascii_digit() {
            return Err(malformed());
        }
        let (dotted, tail) = match rest {
            [b'.', tail @ ..] => (true, tail),
            tail => (false, tail),
        };
        if (dotted && tail.is_empty())
            || tail.len() > 2
            || !tail.iter().all(u8::is_ascii_alphanumeric)
        {
            return Err(malformed());
        }
        // A well-formed code: is it one of the guide's?
        if !letter.eq_ignore_ascii_case(&b'F') || *tens != b'1' {
            return Err(problem(code, DiagnosisProblem::OutsideArea));
        }
        let Some(group) = SubstanceGroup::from_digit(*units) else {
            // F10–F19 with no group: only F17, tobacco.
            return Err(problem(code, DiagnosisProblem::Tobacco));
        };
        let [kind, fifth @ ..] = tail else {
            return Err(problem(code, DiagnosisProblem::MissingKind { group }));
        };
        let fifth = fifth.first().map(u8::to_ascii_uppercase);
        let Some(kind) = DiagnosisKind::from_digit(*kind) else {
            return Err(problem(code, DiagnosisProblem::UnknownKind));
        };
        Ok(Diagnosis::from_parts(group, kind, fifth))
    }
}
