//! What can be wrong with a catalog.

use super::Error;
use super::field::FieldProblem;
use crate::terms::quote::Quoted;
use crate::terms::{Language, Term};
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

impl LinkKind {
    /// The link in `language`, as errors name it: `youth version` /
    /// `ungdomsversionen`.
    ///
    /// ```
    /// use insats::{Language, LinkKind};
    ///
    /// assert_eq!(LinkKind::YouthVersion.describe(Language::English), "youth version");
    /// assert_eq!(LinkKind::YouthVersion.describe(Language::Swedish), "ungdomsversionen");
    /// ```
    pub fn describe(self, language: Language) -> &'static str {
        match self {
            LinkKind::Component => Term::LinkComponent,
            LinkKind::YouthVersion => Term::LinkYouthVersion,
            LinkKind::AdultVersion => Term::LinkAdultVersion,
        }
        .text(language)
    }
}

impl fmt::Display for LinkKind {
    /// [`describe`](Self::describe) in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.describe(Language::English))
    }
}

/// What is wrong with a catalog entry, carried by [`ErrorKind::Catalog`](crate::ErrorKind::Catalog).
///
/// Ids and texts it copies are cut to 60 characters (`…`).
///
/// # Examples
///
/// ```
/// use insats::{Catalog, CatalogProblem, ErrorKind, Intervention, Language};
///
/// let met = Intervention::builder("MET").build()?;
/// let err = Catalog::new("mine", vec![met.clone(), met]).unwrap_err();
/// assert!(matches!(
///     err.kind(),
///     ErrorKind::Catalog { entry, problem: CatalogProblem::DuplicateId { first: 0, second: 1 } }
///         if entry == "met"
/// ));
/// // `Display` is one layer of the `source()` chain; `describe` the whole.
/// assert_eq!(err.to_string(), "catalog entry \"met\"");
/// assert_eq!(
///     std::error::Error::source(&err).map(|s| s.to_string()).as_deref(),
///     Some("duplicate id (entries #0 and #1)")
/// );
/// assert_eq!(
///     err.describe(Language::English),
///     "catalog entry \"met\": duplicate id (entries #0 and #1)"
/// );
/// assert_eq!(
///     err.describe(Language::Swedish),
///     "katalogposten \"met\": id:t finns två gånger (posterna #0 och #1)"
/// );
/// # Ok::<(), insats::Error>(())
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
#[error("{}", self.describe(Language::English))]
pub enum CatalogProblem {
    /// Two entries have the same id.
    DuplicateId {
        /// The position of the first entry with the id.
        first: usize,
        /// The position of the second.
        second: usize,
    },
    /// A link names the entry itself.
    LinksItself {
        /// The kind of link.
        link: LinkKind,
        /// The id linked to.
        id: String,
    },
    /// A link names an id that is not in the catalog.
    DanglingLink {
        /// The kind of link.
        link: LinkKind,
        /// The id linked to.
        id: String,
    },
    /// An umbrella lists a component twice.
    ComponentTwice {
        /// The component's id.
        id: String,
    },
    /// A youth version does not name the entry back as its adult form.
    YouthVersionNotReturned {
        /// The youth version's id.
        youth: String,
        /// The entry that links to it.
        adult: String,
    },
    /// The entry and `other` are each other's youth version (or each
    /// other's adult version): a child would be sent from one to the other
    /// and get neither.
    MutualVersions {
        /// The other entry.
        other: String,
        /// The link both give.
        link: LinkKind,
    },
    /// The entry is the youth version of `adult` and has a youth version
    /// `youth` of its own: youth versions go one step, from an adult form
    /// to its youth form.
    ChainedVersions {
        /// The entry's adult version.
        adult: String,
        /// The entry's youth version.
        youth: String,
    },
    /// The entry's adult version is itself the youth version of another
    /// entry.
    AdultVersionIsYouthVersion {
        /// The entry's adult version.
        adult: String,
        /// The entry that `adult` names as its own adult version.
        of: String,
    },
    /// The file's schema version is not one this crate reads.
    UnsupportedSchema {
        /// The version found.
        found: u64,
        /// The version this crate reads.
        expected: u32,
    },
    /// A built-in entry stored under a file name that is not its id.
    StoredInWrongFile {
        /// The file name.
        file: &'static str,
    },
    /// A field of the entry's JSON (or of the file, for the entry
    /// `(catalog)`) that does not decode: its path (empty for the entry or
    /// the file itself) and the problem (the `source()`).
    #[error("{}", self.layer(Language::English))]
    Field {
        /// The path within the entry, e.g. `recommendations[0].priority`.
        path: String,
        /// What is wrong there (boxed: it is the largest problem).
        #[source]
        problem: Box<FieldProblem>,
    },
    /// The entry fails the checks of [`Intervention::builder`](crate::Intervention::builder):
    /// their error, as it is.
    #[error(transparent)]
    Invalid(Error),
    /// The entry's JSON text is not JSON (built-in entries, one file each).
    Json(serde_json::Error),
}

impl CatalogProblem {
    /// The problem in `language`.
    ///
    /// ```
    /// use insats::{CatalogProblem, Language};
    ///
    /// let problem = CatalogProblem::ComponentTwice { id: "met".to_owned() };
    /// assert_eq!(problem.describe(Language::English), "component \"met\" is listed twice");
    /// assert_eq!(problem.describe(Language::Swedish), "komponenten \"met\" står två gånger");
    /// ```
    pub fn describe(&self, language: Language) -> String {
        let l = language;
        match self {
            CatalogProblem::DuplicateId { first, second } => {
                Term::CatalogDuplicateId.fill(l, &[("first", first), ("second", second)])
            }
            CatalogProblem::LinksItself { link, id } => Term::CatalogLinksItself
                .fill(l, &[("link", &link.describe(l)), ("id", &Quoted(id))]),
            CatalogProblem::DanglingLink { link, id } => Term::CatalogDanglingLink
                .fill(l, &[("link", &link.describe(l)), ("id", &Quoted(id))]),
            CatalogProblem::ComponentTwice { id } => {
                Term::CatalogComponentTwice.fill(l, &[("id", &Quoted(id))])
            }
            CatalogProblem::YouthVersionNotReturned { youth, adult } => {
                Term::CatalogYouthVersionNotReturned
                    .fill(l, &[("youth", &Quoted(youth)), ("adult", &Quoted(adult))])
            }
            CatalogProblem::MutualVersions { other, link } => {
                let term = match link {
                    LinkKind::AdultVersion => Term::CatalogMutualAdultVersions,
                    _ => Term::CatalogMutualYouthVersions,
                };
                term.fill(l, &[("other", &Quoted(other))])
            }
            CatalogProblem::ChainedVersions { adult, youth } => Term::CatalogChainedVersions
                .fill(l, &[("adult", &Quoted(adult)), ("youth", &Quoted(youth))]),
            CatalogProblem::AdultVersionIsYouthVersion { adult, of } => {
                Term::CatalogAdultVersionIsYouthVersion
                    .fill(l, &[("adult", &Quoted(adult)), ("of", &Quoted(of))])
            }
            CatalogProblem::UnsupportedSchema { found, expected } => {
                Term::CatalogUnsupportedSchema.fill(l, &[("found", found), ("expected", expected)])
            }
            CatalogProblem::StoredInWrongFile { file } => {
                Term::CatalogStoredInWrongFile.fill(l, &[("file", file)])
            }
            // An empty path is the entry (or the file) itself.
            CatalogProblem::Field { path, problem } if path.is_empty() => {
                Term::CatalogValue.fill(l, &[("problem", &problem.describe(l))])
            }
            CatalogProblem::Field { path, problem } => Term::CatalogField
                .fill(l, &[("path", &Quoted(path)), ("problem", &problem.describe(l))]),
            CatalogProblem::Invalid(error) => error.describe(l),
            CatalogProblem::Json(error) => super::describe::json(l, error),
        }
    }

    /// This layer's words, without its source's (see `Display`).
    fn layer(&self, language: Language) -> String {
        match self {
            CatalogProblem::Field { path, .. } if path.is_empty() => {
                Term::CatalogValue.fill_before(language, "problem", &[])
            }
            CatalogProblem::Field { path, .. } => {
                Term::CatalogField.fill_before(language, "problem", &[("path", &Quoted(path))])
            }
            other => other.describe(language),
        }
    }
}
