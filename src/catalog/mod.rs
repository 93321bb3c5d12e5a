//! Catalogs of interventions: the built-in one and one's own.

mod built_in;
mod data;
mod decode;
mod json;
mod links;
mod pages;
mod reference;

pub use built_in::catalog;
pub use json::SCHEMA_VERSION;

use crate::error::CatalogProblem;
use crate::error::{Error, ErrorKind};
use crate::model::Intervention;
use crate::terms::quote::cut;
use std::collections::HashMap;

/// A validated collection of interventions, in a stable order.
///
/// Every catalog, built-in or loaded, holds entries with unique ids whose
/// links (components, youth and adult versions) resolve within it; a youth
/// version names its adult form back, and no entry is both an add-on and an
/// umbrella. Loading never panics: a bad catalog is an
/// [`ErrorKind::Catalog`](crate::ErrorKind::Catalog) naming the entry and the problem.
///
/// The built-in catalog ([`catalog()`](crate::catalog())) holds the two seed
/// pages of the guide and every intervention of the project's fact sheet,
/// each with its source and the NR priorities the sources state, and no
/// others: a priority that no text states stays unknown.
///
/// # Examples
///
/// ```
/// use insats::{NrPriority, Population, Substance, catalog};
///
/// let built_in = catalog();
/// let cra = built_in.by_name("CRA").ok_or("no CRA")?;
/// assert_eq!(cra.id(), "community-reinforcement-approach-cra");
/// let for_stimulants = cra
///     .recommendations()
///     .iter()
///     .find(|r| r.substances().contains(Substance::CentralStimulants))
///     .ok_or("no stimulants pair")?;
/// assert_eq!(for_stimulants.priority(), Some(NrPriority::rank(3)?));
/// assert_eq!(for_stimulants.population(), Population::Anyone);
///
/// // the youth version links back to its adult form
/// let youth = built_in.get(cra.youth_version().ok_or("no youth version")?).ok_or("dangling")?;
/// assert_eq!(youth.adult_version(), Some(cra.id()));
///
/// // a priority the sources leave blank stays unknown
/// assert_eq!(built_in.get("craft").ok_or("no CRAFT")?.best_priority(), None);
/// assert!(built_in.version().starts_with("2026-11-23"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// Catalogs are read from and written to JSON by [`Catalog::from_json`]
/// and [`Catalog::to_json`], whose docs describe the schema.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Catalog {
    version: String,
    entries: Vec<Intervention>,
    by_id: HashMap<String, usize>,
}

impl Catalog {
    /// A catalog of `entries`, validated: every entry as the builder checks
    /// it, unique ids, every link resolves (and links no entry to itself),
    /// no component listed twice, every youth version names its adult form
    /// back, and no entry both an add-on and an umbrella. NR priorities are
    /// in range by construction.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Catalog`](crate::ErrorKind::Catalog) naming the first entry at fault (its id, or `#n`
    /// for its position when it has no id) and the [`CatalogProblem`].
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::{Catalog, Error, Intervention};
    ///
    /// let cra = Intervention::builder("CRA").youth_version("a-cra").build()?;
    /// let err = Catalog::new("mine", vec![cra]).unwrap_err();
    /// assert_eq!(
    ///     err.describe(insats::Language::English),
    ///     r#"catalog entry "cra": youth version "a-cra" is not in the catalog"#
    /// );
    ///
    /// let twice = Intervention::builder("MET").build()?;
    /// let err = Catalog::new("mine", vec![twice.clone(), twice]).unwrap_err();
    /// assert!(matches!(err.kind(), insats::ErrorKind::Catalog { entry, .. } if entry == "met"));
    /// # Ok::<(), insats::Error>(())
    /// ```
    pub fn new(version: impl Into<String>, entries: Vec<Intervention>) -> Result<Catalog, Error> {
        let mut by_id = HashMap::with_capacity(entries.len());
        for (index, entry) in entries.iter().enumerate() {
            entry.validate().map_err(|e| {
                Error::catalog(&entry_name(entry, index), CatalogProblem::Invalid(e))
            })?;
            if let Some(first) = by_id.insert(entry.id().to_owned(), index) {
                return Err(Error::catalog(
                    entry.id(),
                    CatalogProblem::DuplicateId { first, second: index },
                ));
            }
        }
        let catalog = Catalog { version: version.into(), entries, by_id };
        links::check(&catalog)?;
        Ok(catalog)
    }

    /// The catalog's version. For the built-in one: the date of the fact
    /// sheet its entries come from and the crate version, e.g.
    /// `2026-11-23+insats-0.1.0`; a merged catalog joins both versions with
    /// `+`.
    ///
    /// # Examples
    ///
    /// ```
    /// let version = insats::catalog().version();
    /// assert!(version.starts_with("2026-11-23+insats-"), "{version}");
    /// ```
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

    /// Builds a validated catalog from page texts of the guide, in the
    /// given order; its version is `pages`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InPage`](crate::ErrorKind::InPage) for the first page that does not parse: its
    /// position, its title once the page has one, and its
    /// [`ErrorKind::Page`](crate::ErrorKind::Page) with the line; or [`ErrorKind::Catalog`](crate::ErrorKind::Catalog) when the
    /// entries do not form a valid catalog (for example two pages with the
    /// same title).
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::{Catalog, Error};
    ///
    /// let page = "Exempel\nMissbruk och beroende\nBehandling och stöd\nExempel\nMärkning\n  • Okänd: x";
    /// let err = Catalog::from_pages(["", page]).unwrap_err();
    /// assert!(matches!(err.kind(), insats::ErrorKind::InPage { index: 0, title: None, .. }));
    /// let err = Catalog::from_pages([page]).unwrap_err();
    /// let insats::ErrorKind::InPage { index: 0, title: Some(title), error } = err.kind() else {
    ///     return Err(err.into());
    /// };
    /// assert_eq!(title, "Exempel");
    /// assert!(matches!(error.kind(), insats::ErrorKind::Page { line: 6, .. }));
    /// assert_eq!(err.to_string(), "page #0 (\"Exempel\")");
    /// assert!(err.describe(insats::Language::English).starts_with("page #0 (\"Exempel\"): line 6: "));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_pages<I>(pages: I) -> Result<Catalog, Error>
    where
        I: IntoIterator,
        I::Item: AsRef<str>,
    {
        let entries = pages
            .into_iter()
            .enumerate()
            .map(|(index, page)| {
                let text = page.as_ref();
                crate::page::parse(text).map_err(|error| {
                    let title = match error.kind() {
                        ErrorKind::Page { line, .. } => known_title(text, *line),
                        _ => None,
                    };
                    Error::from(ErrorKind::InPage { index, title, error })
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        Catalog::new("pages", entries)
    }

    /// This catalog with `other`'s entries over it: an entry of `other`
    /// replaces the one with the same id in place, new ones are appended in
    /// `other`'s order. The result is validated again, so a replacement
    /// that breaks a link of the base catalog is an error. The version is
    /// `"{self}+{other}"`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Catalog`](crate::ErrorKind::Catalog) naming the entry whose link no longer holds.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::{Catalog, Intervention, catalog};
    ///
    /// let own_nt = Intervention::builder("Nätverksterapi").note("our local variant").build()?;
    /// let local = Intervention::builder("Vårt stödprogram").build()?;
    /// let own = Catalog::new("kommun-2026", vec![own_nt, local])?;
    ///
    /// let merged = catalog().merge(&own)?;
    /// assert_eq!(merged.len(), catalog().len() + 1);
    /// let nt = merged.get("natverksterapi").ok_or("missing")?;
    /// assert_eq!(nt.notes(), ["our local variant"]);
    /// assert_eq!(merged.iter().last().map(|e| e.id()), Some("vart-stodprogram"));
    /// assert!(merged.version().ends_with("+kommun-2026"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
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

    /// An empty catalog of version `version`: what the built-in catalog
    /// falls back on should its data ever fail to load.
    fn empty(version: String) -> Catalog {
        Catalog { version, entries: Vec::new(), by_id: HashMap::new() }
    }
}

/// The title of a page whose error is on line `error_line`: its first
/// line that is not blank, once the error is past it.
fn known_title(text: &str, error_line: usize) -> Option<String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (index, line) = text.lines().enumerate().find(|(_, line)| !line.trim().is_empty())?;
    (index + 1 < error_line).then(|| cut(line.trim()))
}

/// How an error names an entry: its id, or `#n` for its position when it
/// has no id.
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
