//! Catalogs as JSON: the schema, reading and writing.

use super::Catalog;
use crate::Error;
use crate::error::CatalogProblem;
use crate::model::Intervention;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The version of the JSON schema that [`Catalog::to_json`] writes.
pub const SCHEMA_VERSION: u32 = 1;

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
pub(super) fn entry_from_value(index: usize, value: Value) -> Result<Intervention, Error> {
    let name = match value.get("id").and_then(Value::as_str) {
        Some(id) if !id.trim().is_empty() => id.to_owned(),
        _ => format!("#{index}"),
    };
    serde_json::from_value(value).map_err(|e| Error::catalog(name, CatalogProblem::Json(e)))
}

impl Catalog {
    /// Reads a catalog from JSON and validates it.
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
    /// | `sections` | `{"target_group"?, "knowledge"?, "competence"?, "summary"?, "implementation"?, "headings"?}` | the prose sections; `headings` maps a section's field to its heading as the page worded it, only where that is not the seeds' wording (`{"target_group": "Målgrupp och situation"}`; see [`Section::headings`](crate::Section::headings)) |
    /// | `tags` | `{"providers"?, "roles"?, "treatment_types"?, "age_groups"?, "severities"?, "conditions"?}` | lists of serde ids; a missing or empty list = not stated |
    /// | `target` | `{"substances"?, "population", "age_scope"?, "verb"?, "usual_min_age"?}` | who the entry is for where no recommendation says it |
    /// | `recommendations` | list of `{"substances", "population", "priority", "age_scope"?, "add_on"?, "verb"?, "edition"?, "condition"?, "source"?, "disputes"?}` | NR pairs with a stated priority |
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
    ///   `"relatives"`, `"with-cohabiting-partner"`, `"in-alcohol-withdrawal"`,
    ///   `"in-alcohol-withdrawal-with-raised-risk"`,
    ///   `"with-severe-mental-illness"`, or `{"with-need": need}`
    ///   with a [`Need`](crate::Need) id such as `"housing"`.
    /// - `age_scope`: `"unspecified"` (the default: NR's general rows),
    ///   `"under-18"` (NR's youth set) or `"adults"`; `usual_min_age`: the
    ///   age regulations normally require (LARO: 20).
    /// - `disputes`: list of `{"priority", "source"}`: another number
    ///   another source gives for the same NR row.
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
                CatalogProblem::UnsupportedSchema { found: file.schema, expected: SCHEMA_VERSION },
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

    /// Writes the catalog as JSON (the schema of [`Catalog::from_json`]),
    /// pretty-printed.
    ///
    /// # Errors
    ///
    /// [`Error::Json`] should serialization fail (it does not for a valid
    /// catalog).
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
}
