//! Catalogs of interventions: the built-in one and one's own.

mod data;

use crate::{Error, Intervention};
use once_cell::sync::Lazy;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{HashMap, HashSet};

/// The version of the JSON schema that [`Catalog::to_json`] writes.
pub const SCHEMA_VERSION: u32 = 1;

/// A validated collection of interventions, in a stable order.
///
/// Every catalog, built-in or loaded, holds entries with unique ids whose
/// links (components, youth and adult versions) resolve within it; a youth
/// version names its adult form back, and no entry is both an add-on and an
/// umbrella. Loading never panics: a bad catalog is an
/// [`Error::Catalog`] naming the entry and the problem.
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
/// assert_eq!(for_stimulants.priority(), NrPriority::rank(3)?);
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
/// # JSON schema (version 1)
///
/// [`Catalog::to_json`] writes, and [`Catalog::from_json`] reads, one
/// object with three fields: `schema` (the number `1`; any other is
/// refused), `version` (a string), and `entries` (the interventions in
/// catalog order). Unknown fields are errors, at every level. Vocabulary
/// values are written as their serde ids (`"individual-and-family-care"`),
/// never as Swedish labels, so rewording a label does not break a file.
///
/// An entry is an object; only `id` and `name` are required, every other
/// field may be left out (an empty list, `false` or "not stated"):
///
/// | field | JSON | meaning |
/// | --- | --- | --- |
/// | `id` | string | ASCII kebab-case, unique in the catalog |
/// | `name` | string | the Swedish name, one line |
/// | `abbreviation`, `lede` | string | e.g. `"CRA"`; the one-sentence lede |
/// | `breadcrumb` | `{"home"?, "area", "section"}` | the page's breadcrumb lines as written |
/// | `sections` | `{"target_group"?, "knowledge"?, "competence"?, "summary"?, "implementation"?}` | the prose sections |
/// | `tags` | `{"providers"?, "roles"?, "treatment_types"?, "age_groups"?, "severities"?, "conditions"?}` | lists of serde ids; a missing or empty list = not stated |
/// | `target` | `{"substances"?, "population"}` | who the entry is for where no recommendation says it |
/// | `recommendations` | list of `{"substances", "population", "priority", "add_on"?, "verb"?, "edition"?, "condition"?, "source"?}` | NR pairs with a stated priority |
/// | `add_on`, `manual_based` | bool | |
/// | `schedule` | `{"span"?, "sessions"?, "boosters"?, "pattern"?}` | see below |
/// | `phases` | list of `{"ordinal", "name", "aims"}` | ordinals 1, 2, 3, … in order |
/// | `assessment_areas`, `needs_served` | list of need ids | |
/// | `components` | list of entry ids | for an umbrella entry |
/// | `youth_versions_named` | list of strings | names the page gives |
/// | `youth_version`, `adult_version` | entry id | links between entries |
/// | `source` | string | a URL |
/// | `notes` | list of strings | caveats, disagreeing sources |
///
/// - `priority`: a number 1–10, `"fou"` or `"icke-gora"`; 0 or 11 is an
///   error.
/// - `population`: `"anyone"`, `"youth"`, `"adults"`, `"in-laro"`,
///   `"relatives"`, `"with-cohabiting-partner"`, or `{"with-need": need}`
///   with a [`Need`](crate::Need) id such as `"housing"`.
/// - `verb`: `"should"` (bör) or `"may"` (kan); `edition`: the NR year.
/// - `schedule`: `span` is `{"min", "max", "unit": "weeks" | "months"}`;
///   `sessions` is one of `{"total": {"min", "max"}}`,
///   `{"at-least": {"min"}}`, `{"per-week": {"min", "max"}}`; `boosters`
///   a bool; `pattern` `"alternating-individual-and-network"`.
///
/// ```
/// use insats::{Catalog, Error, NrPriority, Population, Need};
///
/// let json = r#"{
///   "schema": 1,
///   "version": "my-municipality-2026",
///   "entries": [
///     {
///       "id": "vart-boendestod",
///       "name": "Vårt boendestöd",
///       "tags": { "providers": ["individual-and-family-care"] },
///       "target": { "substances": ["alcohol", "narcotics"], "population": { "with-need": "housing" } },
///       "recommendations": [
///         { "substances": ["alcohol"], "population": "anyone", "priority": 4, "verb": "may" }
///       ],
///       "schedule": { "span": { "min": 6, "max": 8, "unit": "weeks" }, "sessions": { "at-least": { "min": 18 } } },
///       "needs_served": ["housing"]
///     }
///   ]
/// }"#;
/// let own = Catalog::from_json(json)?;
/// let entry = own.get("vart-boendestod").ok_or("missing")?;
/// assert_eq!(entry.best_priority(), Some(NrPriority::rank(4)?));
/// assert_eq!(entry.target().population(), Population::WithNeed(Need::Housing));
/// assert_eq!(Catalog::from_json(&own.to_json()?)?, own);
///
/// // a rank off the scale names the entry
/// let bad = json.replace(r#""priority": 4"#, r#""priority": 11"#);
/// let err = Catalog::from_json(&bad).unwrap_err();
/// assert!(matches!(&err, Error::Catalog { entry, .. } if entry == "vart-boendestod"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Catalog {
    version: String,
    entries: Vec<Intervention>,
    by_id: HashMap<String, usize>,
}

/// The JSON form of a catalog, as written.
#[derive(Serialize)]
struct CatalogFile<'a> {
    schema: u32,
    version: &'a str,
    entries: &'a [Intervention],
}

/// The JSON form of a catalog, as read: the entries stay raw JSON so that
/// each is decoded on its own and a failure can name its entry (serde's
/// error for the whole file would not).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCatalogFile {
    schema: u32,
    version: String,
    entries: Vec<Value>,
}

/// Decodes one entry; a failure names the entry by its id, or by its
/// position (`#0` is the first) when it has no readable id.
fn entry_from_value(index: usize, value: Value) -> Result<Intervention, Error> {
    let name = match value.get("id").and_then(Value::as_str) {
        Some(id) if !id.trim().is_empty() => id.to_owned(),
        _ => format!("#{index}"),
    };
    serde_json::from_value(value).map_err(|e| Error::catalog(name, e.to_string()))
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
    /// [`Error::Catalog`] naming the first entry at fault (its id, or `#n`
    /// for its position when it has no id) and the problem.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::{Catalog, Error, Intervention};
    ///
    /// let cra = Intervention::builder("CRA").youth_version("a-cra").build()?;
    /// let err = Catalog::new("mine", vec![cra]).unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     r#"catalog entry "cra": youth version "a-cra" is not in the catalog"#
    /// );
    ///
    /// let twice = Intervention::builder("MET").build()?;
    /// let err = Catalog::new("mine", vec![twice.clone(), twice]).unwrap_err();
    /// assert!(matches!(err, Error::Catalog { entry, .. } if entry == "met"));
    /// # Ok::<(), insats::Error>(())
    /// ```
    pub fn new(version: impl Into<String>, entries: Vec<Intervention>) -> Result<Catalog, Error> {
        let mut by_id = HashMap::with_capacity(entries.len());
        for (index, entry) in entries.iter().enumerate() {
            entry
                .validate()
                .map_err(|e| Error::catalog(entry_name(entry, index), e.to_string()))?;
            if let Some(first) = by_id.insert(entry.id().to_owned(), index) {
                return Err(Error::catalog(
                    entry.id(),
                    format!("duplicate id (entries #{first} and #{index})"),
                ));
            }
        }
        let catalog = Catalog { version: version.into(), entries, by_id };
        catalog.check_links()?;
        Ok(catalog)
    }

    fn check_links(&self) -> Result<(), Error> {
        for entry in &self.entries {
            let fail = |problem: String| Err(Error::catalog(entry.id(), problem));
            let links = entry
                .components()
                .iter()
                .map(|id| ("component", id.as_str()))
                .chain(entry.youth_version().map(|id| ("youth version", id)))
                .chain(entry.adult_version().map(|id| ("adult version", id)));
            for (kind, id) in links {
                if id == entry.id() {
                    return fail(format!("{kind} {id:?} is the entry itself"));
                }
                if !self.by_id.contains_key(id) {
                    return fail(format!("{kind} {id:?} is not in the catalog"));
                }
            }
            let mut seen = HashSet::new();
            if let Some(twice) = entry.components().iter().find(|id| !seen.insert(id.as_str())) {
                return fail(format!("component {twice:?} is listed twice"));
            }
            // A matcher swaps in the youth version for a child; the swap
            // must be reversible, or the adult form would be lost.
            if let Some(youth_id) = entry.youth_version() {
                let back = self.get(youth_id).and_then(Intervention::adult_version);
                if back != Some(entry.id()) {
                    return fail(format!(
                        "youth version {youth_id:?} does not name {:?} as its adult version",
                        entry.id()
                    ));
                }
            }
        }
        Ok(())
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

    /// Reads a catalog from JSON (the schema described on [`Catalog`]) and
    /// validates it.
    ///
    /// # Errors
    ///
    /// [`Error::Json`] for text that is not JSON or lacks the catalog's
    /// fields; [`Error::Catalog`] naming the entry for an entry that does
    /// not decode (an unknown label, a rank of 11, …) or fails validation,
    /// and naming `(catalog)` for an unsupported schema version.
    pub fn from_json(json: &str) -> Result<Catalog, Error> {
        let file: RawCatalogFile = serde_json::from_str(json)?;
        if file.schema != SCHEMA_VERSION {
            return Err(Error::catalog(
                "(catalog)",
                format!("schema {} is not supported; expected {SCHEMA_VERSION}", file.schema),
            ));
        }
        let entries = file
            .entries
            .into_iter()
            .enumerate()
            .map(|(index, value)| entry_from_value(index, value))
            .collect::<Result<Vec<_>, _>>()?;
        Catalog::new(file.version, entries)
    }

    /// Writes the catalog as JSON (the schema described on [`Catalog`]),
    /// pretty-printed.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::{Catalog, catalog};
    ///
    /// let json = catalog().to_json()?;
    /// assert!(json.starts_with("{\n  \"schema\": 1,"));
    /// assert_eq!(&Catalog::from_json(&json)?, catalog());
    /// # Ok::<(), insats::Error>(())
    /// ```
    pub fn to_json(&self) -> Result<String, Error> {
        let file =
            CatalogFile { schema: SCHEMA_VERSION, version: &self.version, entries: &self.entries };
        Ok(serde_json::to_string_pretty(&file)?)
    }

    /// Loads the built-in data afresh, reporting any problem instead of
    /// hiding it. [`catalog()`](crate::catalog()) caches the result of this
    /// (and falls back to an empty catalog should it ever fail, so that it
    /// never panics; the crate's tests check that it does not fail).
    ///
    /// # Errors
    ///
    /// [`Error::Catalog`] naming the data file or entry at fault.
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
                let value: Value =
                    serde_json::from_str(text).map_err(|e| Error::catalog(file, e.to_string()))?;
                let entry = entry_from_value(index, value)?;
                // The file name is how a maintainer finds an entry; a
                // mismatch means a renamed id or a misplaced file.
                if file.strip_suffix(".json") != Some(entry.id()) {
                    return Err(Error::catalog(entry.id(), format!("stored in {file}")));
                }
                Ok(entry)
            })
            .collect::<Result<Vec<_>, Error>>()?;
        Catalog::new(built_in_version(), entries)
    }

    /// Builds a validated catalog from page texts of the guide, in the
    /// given order; its version is `pages`.
    ///
    /// # Errors
    ///
    /// [`Error::Page`] for the first page that does not parse, or
    /// [`Error::Catalog`] when the entries do not form a valid catalog
    /// (for example two pages with the same title).
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
    /// replaces the one with the same id in place, new ones are appended in
    /// `other`'s order. The result is validated again, so a replacement
    /// that breaks a link of the base catalog is an error. The version is
    /// `"{self}+{other}"`.
    ///
    /// # Errors
    ///
    /// [`Error::Catalog`] naming the entry whose link no longer holds.
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

fn built_in_version() -> String {
    format!("{}+insats-{}", data::SOURCES_DATE, env!("CARGO_PKG_VERSION"))
}

static BUILT_IN: Lazy<Catalog> = Lazy::new(|| {
    // The data is compiled in and checked by the test suite; should it ever
    // fail to load, an empty catalog is safer than a panic in a user's
    // process.
    Catalog::load_built_in().unwrap_or_else(|_| Catalog {
        version: built_in_version(),
        entries: Vec::new(),
        by_id: HashMap::new(),
    })
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
/// assert!(std::ptr::eq(catalog(), catalog()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn catalog() -> &'static Catalog {
    &BUILT_IN
}
