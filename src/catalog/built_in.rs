//! The built-in catalog, compiled into the crate and built once.

use super::{Catalog, data, decode};
use crate::error::CatalogProblem;
use crate::error::Error;
use once_cell::sync::Lazy;

impl Catalog {
    /// Loads the built-in data afresh, reporting any problem instead of
    /// hiding it. [`catalog()`](crate::catalog()) caches the result of this
    /// (and falls back to an empty catalog should it ever fail, so that it
    /// never panics; the crate's tests check that it does not fail).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Catalog`](crate::ErrorKind::Catalog) naming the data file or entry at fault.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::{Catalog, catalog};
    ///
    /// assert_eq!(&Catalog::load_built_in()?, catalog());
    /// # Ok::<(), insats::Error>(())
    /// ```
    pub fn load_built_in() -> Result<Catalog, Error> {
        let entries = data::ENTRIES
            .iter()
            .enumerate()
            .map(|(index, &(file, text))| {
                let entry = decode::entry_text(file, index, text)?;
                // The file name is how a maintainer finds an entry; a
                // mismatch means a renamed id or a misplaced file.
                if file.strip_suffix(".json") != Some(entry.id()) {
                    return Err(Error::catalog(
                        entry.id(),
                        CatalogProblem::StoredInWrongFile { file },
                    ));
                }
                Ok(entry)
            })
            .collect::<Result<Vec<_>, Error>>()?;
        Catalog::new(version(), entries)
    }
}

fn version() -> String {
    format!("{}+insats-{}", data::SOURCES_DATE, env!("CARGO_PKG_VERSION"))
}

static BUILT_IN: Lazy<Catalog> = Lazy::new(|| {
    // The data is compiled in and checked by the test suite; should it ever
    // fail to load, an empty catalog is safer than a panic in a user's
    // process.
    Catalog::load_built_in().unwrap_or_else(|_| Catalog::empty(version()))
});

/// The built-in catalog, built once on first use from the data compiled
/// into the crate, and shared (`&'static`, `Sync`) from then on.
///
/// # Examples
///
/// ```
/// use insats::{NrPriority, catalog};
///
/// let nt = catalog().get("natverksterapi").ok_or("missing")?;
/// assert_eq!(nt.best_priority(), Some(NrPriority::rank(4)?));
/// assert!(nt.is_add_on());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn catalog() -> &'static Catalog {
    &BUILT_IN
}

#[cfg(test)]
mod conditions_in_english {
    /// Every condition a built-in row words (its own, or the nearest stated
    /// row's) and every measure it names has its English in the table, so
    /// English output never quotes the Swedish alone (issue 23: Swedish
    /// quotes of the source translated or glossed).
    #[test]
    fn every_condition_of_the_built_in_catalog_is_in_english() {
        for entry in super::catalog() {
            for pair in entry.recommendations() {
                if let Some(condition) = pair.condition() {
                    let english = crate::terms::conditions::english(condition);
                    assert!(english.is_some(), "{}: {condition:?}", entry.id());
                }
                // The measure a row rates, and another row's condition a
                // row without a number names, are quoted the same way.
                if let Some(measure) = pair.measure() {
                    let english = crate::terms::conditions::measure_english(measure);
                    assert!(english.is_some(), "{}: {measure:?}", entry.id());
                }
                if let Some(nearest) = pair.nearest_stated() {
                    let english = crate::terms::conditions::english(nearest.condition());
                    assert!(english.is_some(), "{}: {:?}", entry.id(), nearest.condition());
                }
            }
        }
    }
}
