//! Catalogs of interventions: the built-in one and one's own.

use crate::{Error, Intervention};
use once_cell::sync::Lazy;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The version of the JSON schema that [`Catalog::to_json`] writes.
pub const SCHEMA_VERSION: u32 = 1;

/// A validated collection of interventions, in a stable order.
///
/// Every catalog, built-in or loaded, holds entries with unique ids whose
/// links (components, youth and adult versions) resolve within it.
///
/// # Examples
///
/// ```
/// use insats::{Catalog, Intervention};
///
/// let nt = Intervention::builder("Nätverksterapi").abbreviation("NT").build()?;
/// let catalog = Catalog::new("example", vec![nt])?;
/// assert_eq!(catalog.get("natverksterapi").map(|e| e.name()), Some("Nätverksterapi"));
/// assert!(catalog.by_name("nt").is_some());
/// # Ok::<(), insats::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Catalog {
    version: String,
    entries: Vec<Intervention>,
    by_id: HashMap<String, usize>,
}

/// The JSON form of a catalog.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogFile {
    schema: u32,
    version: String,
    entries: Vec<Intervention>,
}

impl Catalog {
    /// A catalog of `entries`, validated: unique ids, every link resolves,
    /// no entry both an add-on and an umbrella.
    pub fn new(version: impl Into<String>, entries: Vec<Intervention>) -> Result<Catalog, Error> {
        let mut by_id = HashMap::with_capacity(entries.len());
        for (index, entry) in entries.iter().enumerate() {
            entry
                .validate()
                .map_err(|e| Error::catalog(entry_name(entry, index), e.to_string()))?;
            if by_id.insert(entry.id().to_owned(), index).is_some() {
                return Err(Error::catalog(entry.id(), "duplicate id"));
            }
        }
        let catalog = Catalog { version: version.into(), entries, by_id };
        catalog.check_links()?;
        Ok(catalog)
    }

    fn check_links(&self) -> Result<(), Error> {
        for entry in &self.entries {
            let links = entry
                .components()
                .iter()
                .map(|id| ("component", id.as_str()))
                .chain(entry.youth_version().map(|id| ("youth version", id)))
                .chain(entry.adult_version().map(|id| ("adult version", id)));
            for (kind, id) in links {
                if !self.by_id.contains_key(id) {
                    return Err(Error::catalog(
                        entry.id(),
                        format!("{kind} {id:?} is not in the catalog"),
                    ));
                }
            }
        }
        Ok(())
    }

    /// The catalog's version (for the built-in one, the date of its
    /// sources).
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The entry with id `id`.
    pub fn get(&self, id: &str) -> Option<&Intervention> {
        self.by_id.get(id).and_then(|&i| self.entries.get(i))
    }

    /// The first entry whose name or abbreviation is `name` (ignoring case).
    pub fn by_name(&self, name: &str) -> Option<&Intervention> {
        self.entries.iter().find(|e| e.is_named(name))
    }

    /// The entries, in catalog order.
    pub fn iter(&self) -> std::slice::Iter<'_, Intervention> {
        self.entries.iter()
    }

    /// The entries as a slice, in catalog order.
    pub fn entries(&self) -> &[Intervention] {
        &self.entries
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the catalog has no entry.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Reads a catalog from JSON (the schema of [`Catalog::to_json`]) and
    /// validates it.
    pub fn from_json(json: &str) -> Result<Catalog, Error> {
        let file: CatalogFile = serde_json::from_str(json)?;
        if file.schema != SCHEMA_VERSION {
            return Err(Error::catalog(
                "(catalog)",
                format!("schema {} is not supported; expected {SCHEMA_VERSION}", file.schema),
            ));
        }
        Catalog::new(file.version, file.entries)
    }

    /// Writes the catalog as JSON.
    pub fn to_json(&self) -> Result<String, Error> {
        let file = CatalogFile {
            schema: SCHEMA_VERSION,
            version: self.version.clone(),
            entries: self.entries.clone(),
        };
        Ok(serde_json::to_string_pretty(&file)?)
    }

    /// Builds a validated catalog from page texts of the guide.
    pub fn from_pages<I>(pages: I) -> Result<Catalog, Error>
    where
        I: IntoIterator,
        I::Item: AsRef<str>,
    {
        let entries = pages
            .into_iter()
            .map(|page| crate::page::parse(page.as_ref()))
            .collect::<Result<Vec<_>, _>>()?;
        Catalog::new("pages", entries)
    }

    /// This catalog with `other`'s entries over it: an entry of `other`
    /// replaces the one with the same id, new ones are appended. The result
    /// is validated again.
    pub fn merge(&self, other: &Catalog) -> Result<Catalog, Error> {
        let mut entries = self.entries.clone();
        for entry in other.iter() {
            match self.by_id.get(entry.id()) {
                Some(&i) => {
                    if let Some(slot) = entries.get_mut(i) {
                        *slot = entry.clone();
                    }
                }
                None => entries.push(entry.clone()),
            }
        }
        Catalog::new(format!("{}+{}", self.version, other.version), entries)
    }
}

fn entry_name(entry: &Intervention, index: usize) -> String {
    if entry.id().is_empty() { format!("#{index}") } else { entry.id().to_owned() }
}

impl<'a> IntoIterator for &'a Catalog {
    type Item = &'a Intervention;
    type IntoIter = std::slice::Iter<'a, Intervention>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

static BUILT_IN: Lazy<Catalog> = Lazy::new(|| {
    // The data is compiled in and checked by the test suite; should it ever
    // fail to load, an empty catalog is safer than a panic in a user's
    // process.
    Catalog::from_json(include_str!("data/catalog.json")).unwrap_or_else(|_| Catalog {
        version: String::new(),
        entries: Vec::new(),
        by_id: HashMap::new(),
    })
});

/// The built-in catalog, built once on first use from the data compiled
/// into the crate.
pub fn catalog() -> &'static Catalog {
    &BUILT_IN
}
