//! Reading and writing pages of the guide in their text format.

use crate::{Error, Intervention, error::PageProblem};

/// Parses one page of the guide into an [`Intervention`].
pub fn parse(text: &str) -> Result<Intervention, Error> {
    let _ = text;
    Err(Error::Page { line: 1, problem: PageProblem::Empty })
}
