//! One problem of a case ([`CaseInput`](crate::CaseInput)): where and
//! what, in a line of bounded length.

use super::describe::labels;
use super::{ErrorKind, FieldProblem};
use crate::terms::quote::{Quoted, cut_to};
use crate::terms::{Language, Term};

/// The longest line a problem describes itself in, in characters.
const LINE_CHARS: usize = 300;

/// One problem of a case: where (the field's path, e.g. `substances[1]`)
/// and what ([`FieldProblem`], which quotes the value cut short and names
/// the nearest valid values).
///
/// # Examples
///
/// ```
/// use insats::{CaseInput, Error, Language};
///
/// let Err(insats::ErrorKind::Case { problems }) = CaseInput::read(r#"{"provider": "Tandvårdd"}"#).map_err(insats::Error::into_kind) else {
///     return Err("expected a problem".into());
/// };
/// assert_eq!(problems[0].path(), "provider");
/// assert_eq!(problems[0].suggestions(), ["Tandvård"]);
/// assert_eq!(
///     problems[0].describe(Language::Swedish),
///     "fältet \"provider\" är ogiltigt: \"Tandvårdd\" finns inte bland värdena för Utförare; \
///      menade du \"Tandvård\"?"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, thiserror::Error)]
#[error("{}", self.describe(Language::English))]
pub struct CaseProblem {
    path: String,
    problem: FieldProblem,
}

impl CaseProblem {
    pub(crate) fn new(path: String, problem: FieldProblem) -> CaseProblem {
        let mut problem = CaseProblem { path, problem };
        // Drop the last suggestions while the line is too long to show (the
        // values an ambiguous text could mean are never dropped).
        while problem.full_line_too_long() {
            match &mut problem.problem {
                FieldProblem::Invalid(error) => match error.kind_mut() {
                    ErrorKind::UnknownLabel { closest, .. } if !closest.is_empty() => {
                        closest.pop();
                    }
                    _ => break,
                },
                _ => break,
            }
        }
        problem
    }

    fn full_line_too_long(&self) -> bool {
        [Language::Swedish, Language::English]
            .into_iter()
            .any(|l| self.line(l).chars().count() > LINE_CHARS)
    }

    /// The path of the field at fault: a key (`age`), a key and an index
    /// (`substances[1]`) or a key within a key (`audit.score`); empty for
    /// the case as a whole (a list, say, where an object belongs).
    pub fn path(&self) -> &str {
        &self.path
    }
    /// What is wrong with it.
    pub fn problem(&self) -> &FieldProblem {
        &self.problem
    }
    /// The nearest valid values, best first, as the Swedish label (or, for
    /// an unknown key, the key): empty when none is close.
    pub fn suggestions(&self) -> Vec<&'static str> {
        match &self.problem {
            FieldProblem::UnknownField { closest } => closest.clone(),
            FieldProblem::UnknownId { closest, .. } => closest.clone(),
            FieldProblem::Invalid(error) => match error.kind() {
                ErrorKind::UnknownLabel { closest, .. } => closest.iter().map(|l| l.sv()).collect(),
                ErrorKind::AmbiguousLabel { candidates, .. } => {
                    candidates.iter().map(|l| l.sv()).collect()
                }
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }
    /// The problem in `language`, one line of at most 300 characters:
    /// `field "age" is 200, but should be a whole number from 0 to 130`.
    pub fn describe(&self, language: Language) -> String {
        let line = self.line(language);
        if line.chars().count() <= LINE_CHARS {
            return line;
        }
        let mut cut = cut_to(&line, LINE_CHARS - 1);
        if !cut.ends_with('…') {
            cut.push('…');
        }
        cut
    }

    fn line(&self, language: Language) -> String {
        if let FieldProblem::Invalid(error) = &self.problem {
            if let ErrorKind::Profile { value, problem, .. } = error.kind() {
                // A contradiction the builder refuses, without repeating
                // the field: the path is it.
                return Term::CaseRefused.fill(
                    language,
                    &[
                        ("path", &Quoted(&self.path)),
                        ("value", &Quoted(value)),
                        ("problem", &problem.describe(language)),
                    ],
                );
            }
            if let ErrorKind::AmbiguousLabel { text, candidates, .. } = error.kind() {
                // Every value it could mean, in fewer words: the path
                // names the vocabulary.
                return Term::CaseAmbiguousLabel.fill(
                    language,
                    &[
                        ("path", &Quoted(&self.path)),
                        ("text", &Quoted(text)),
                        ("values", &labels(language, candidates)),
                    ],
                );
            }
        }
        let problem = self.problem.describe(language);
        if self.path.is_empty() {
            return Term::CaseWhole.fill(language, &[("problem", &problem)]);
        }
        Term::CatalogField.fill(language, &[("path", &Quoted(&self.path)), ("problem", &problem)])
    }
}
