//! What can be wrong with a page of the guide.

use crate::model::Section;
use crate::vocab::Facet;
use std::fmt;

/// What is wrong with a page of the guide, carried by
/// [`Error::Page`](crate::Error::Page).
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
        /// The facet.
        facet: Facet,
        /// The rejected value.
        value: String,
    },
    /// A facet line with no value after the colon.
    EmptyFacet {
        /// The facet.
        facet: Facet,
    },
    /// A facet written twice.
    DuplicateFacet {
        /// The facet.
        facet: Facet,
        /// The 1-based line where it was first given.
        first_line: usize,
    },
    /// A section heading after a heading that must follow it.
    SectionOutOfPlace {
        /// The heading found.
        section: Section,
        /// The heading it came after, which must follow it.
        after: Section,
    },
    /// A section heading given a second time.
    DuplicateSection {
        /// The heading.
        section: Section,
        /// The 1-based line where it was first given.
        first_line: usize,
    },
}

/// Writes the names of `items` separated by `, `.
fn write_list<T>(
    f: &mut fmt::Formatter<'_>,
    items: &[T],
    name: impl Fn(&T) -> &'static str,
) -> fmt::Result {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        f.write_str(name(item))?;
    }
    Ok(())
}

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
            PageProblem::UnknownFacet { facet } => {
                write!(f, "unknown {} facet {facet:?}; expected one of ", Section::Tags)?;
                write_list(f, Facet::ALL, |facet| facet.label_sv())
            }
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
            PageProblem::SectionOutOfPlace { section, after } => {
                write!(
                    f,
                    "section heading {:?} out of place: it must come before {:?} \
                     (sections go in the order ",
                    section.heading(),
                    after.heading()
                )?;
                write_list(f, Section::ALL, |s| s.heading())?;
                f.write_str(")")
            }
            PageProblem::DuplicateSection { section, first_line } => {
                let section = section.heading();
                write!(f, "section heading {section:?} is given twice (first on line {first_line})")
            }
        }
    }
}
