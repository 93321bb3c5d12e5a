//! The error of the catalog's deserializer: a typed [`FieldProblem`] and
//! the path to it, built on the way out of the tree.

use crate::error::FieldProblem;
use crate::error::de::take;
use crate::terms::quote::{cut, cut_to};
use crate::vocab::closest_names;
use serde::de;
use std::fmt;

/// The longest key a path copies: a key the schema does not have may be
/// anything.
pub(super) const KEY_CHARS: usize = 40;

/// The longest stretch of serde's own words that an error keeps.
const OTHER_CHARS: usize = 160;

/// One step of a path.
#[derive(Debug)]
enum Step {
    Key(String),
    Index(usize),
}

/// A problem with its path, innermost step first (steps are added on the
/// way out).
#[derive(Debug, thiserror::Error)]
#[error("{}", self.problem)]
pub(crate) struct FieldError {
    steps: Vec<Step>,
    problem: FieldProblem,
}

impl FieldError {
    pub(super) fn new(problem: FieldProblem) -> Self {
        FieldError { steps: Vec::new(), problem }
    }

    pub(super) fn at_key(mut self, key: &str) -> Self {
        self.steps.push(Step::Key(cut_to(key, KEY_CHARS)));
        self
    }

    pub(super) fn at_index(mut self, index: usize) -> Self {
        self.steps.push(Step::Index(index));
        self
    }

    /// The path (`recommendations[0].priority`) and the problem.
    pub(crate) fn into_parts(self) -> (String, FieldProblem) {
        let mut path = String::new();
        for step in self.steps.iter().rev() {
            match step {
                Step::Key(key) if path.is_empty() => path.push_str(key),
                Step::Key(key) => {
                    path.push('.');
                    path.push_str(key);
                }
                Step::Index(index) => {
                    path.push('[');
                    path.push_str(&index.to_string());
                    path.push(']');
                }
            }
        }
        (path, self.problem)
    }
}

impl de::Error for FieldError {
    fn custom<T: fmt::Display>(message: T) -> Self {
        let text = message.to_string();
        FieldError::new(match take(&text) {
            Some(typed) => FieldProblem::Invalid(typed),
            None => FieldProblem::Other(cut_to(&text, OTHER_CHARS)),
        })
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        FieldError::new(FieldProblem::UnknownId {
            found: cut(variant),
            closest: closest_names(variant, expected),
        })
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        // The path gains the field's name where the key is read.
        FieldError::new(FieldProblem::UnknownField { closest: closest_names(field, expected) })
    }

    fn missing_field(field: &'static str) -> Self {
        FieldError::new(FieldProblem::Missing).at_key(field)
    }

    fn duplicate_field(field: &'static str) -> Self {
        FieldError::new(FieldProblem::Repeated).at_key(field)
    }
}
