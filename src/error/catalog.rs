//! What can be wrong with a catalog.

use super::Error;
use std::fmt;

/// The kind of link between entries that a [`CatalogProblem`] names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LinkKind {
    /// An umbrella entry's component.
    Component,
    /// An entry's youth version.
    YouthVersion,
    /// A youth version's adult form.
    AdultVersion,
}

impl fmt::Display for LinkKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            LinkKind::Component => "component",
            LinkKind::YouthVersion => "youth version",
            LinkKind::AdultVersion => "adult version",
        })
    }
}

/// What is wrong with a catalog entry, carried by [`Error::Catalog`].
///
/// # Examples
///
/// ```
/// use insats::{Catalog, CatalogProblem, Error, Intervention};
///
/// let met = Intervention::builder("MET").build()?;
/// let err = Catalog::new("mine", vec![met.clone(), met]).unwrap_err();
/// assert!(matches!(
///     err,
///     Error::Catalog { ref entry, problem: CatalogProblem::DuplicateId { first: 0, second: 1 } }
///         if entry == "met"
/// ));
/// # Ok::<(), insats::Error>(())
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CatalogProblem {
    /// Two entries have the same id.
    #[error("duplicate id (entries #{first} and #{second})")]
    DuplicateId {
        /// The position of the first entry with the id.
        first: usize,
        /// The position of the second.
        second: usize,
    },
    /// A link names the entry itself.
    #[error("{link} {id:?} is the entry itself")]
    LinksItself {
        /// The kind of link.
        link: LinkKind,
        /// The id linked to.
        id: String,
    },
    /// A link names an id that is not in the catalog.
    #[error("{link} {id:?} is not in the catalog")]
    DanglingLink {
        /// The kind of link.
        link: LinkKind,
        /// The id linked to.
        id: String,
    },
    /// An umbrella lists a component twice.
    #[error("component {id:?} is listed twice")]
    ComponentTwice {
        /// The component's id.
        id: String,
    },
    /// A youth version does not name the entry back as its adult form.
    #[error("youth version {youth:?} does not name {adult:?} as its adult version")]
    YouthVersionNotReturned {
        /// The youth version's id.
        youth: String,
        /// The entry that links to it.
        adult: String,
    },
    /// The file's schema version is not one this crate reads.
    #[error("schema {found} is not supported; expected {expected}")]
    UnsupportedSchema {
        /// The version found.
        found: u32,
        /// The version this crate reads.
        expected: u32,
    },
    /// A built-in entry stored under a file name that is not its id.
    #[error("stored in {file}")]
    StoredInWrongFile {
        /// The file name.
        file: &'static str,
    },
    /// The entry fails the checks of [`Intervention::builder`](crate::Intervention::builder).
    #[error("{0}")]
    Invalid(#[source] Box<Error>),
    /// The entry's JSON does not decode.
    #[error("{0}")]
    Json(#[source] serde_json::Error),
}
