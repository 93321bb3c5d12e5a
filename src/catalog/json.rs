//! Catalogs as JSON: the schema, reading and writing.

use super::{Catalog, decode};
use crate::error::Error;
use crate::error::{CatalogProblem, WHOLE_CATALOG};
use crate::model::Intervention;
use crate::terms::Language;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The version of the JSON schema that [`Catalog::to_json`] writes.
pub const SCHEMA_VERSION: u32 = 1;

/// The JSON form of a catalog, as written.
#[derive(Serialize)]
struct CatalogFile<'a> {
    schema: u32,
    version: &'a str,
    entries: &'a [Intervention],
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
    /// // a rank off the scale names the entry, the field and the value
    /// let bad = json.replace(r#""priority": 4"#, r#""priority": 4.5"#);
    /// let err = Catalog::from_json(&bad).unwrap_err();
    /// assert!(matches!(err.kind(), insats::ErrorKind::Catalog { entry, .. } if entry == "vart-boendestod"));
    /// assert_eq!(
    ///     err.describe(insats::Language::English),
    ///     "catalog entry \"vart-boendestod\": field \"recommendations[0].priority\" is invalid: \
    ///      NR priority \"4.5\" is not on the scale: expected a rank 1–10, \"FoU\" (only \
    ///      within research and development) or \"Icke-göra\" (should not be offered)"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// Values are checked as the constructors check them (a span of 10 to
    /// 2 weeks, 0 sessions or an empty schedule `{}` are refused as
    /// [`Span::new`](crate::Span::new) and [`Schedule`](crate::Schedule)
    /// refuse them), a key given twice in one object is an error, and so
    /// are youth and adult links that go more than one step (two entries
    /// that are each other's youth version, or a youth version with a
    /// youth version of its own).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Json`](crate::ErrorKind::Json) for text that is not JSON (with its line and
    /// column); [`ErrorKind::Catalog`](crate::ErrorKind::Catalog) naming the entry (its id, or `#n` for
    /// its position) for an entry that does not decode, with a
    /// [`CatalogProblem::Field`] that gives the field's path
    /// (`recommendations[0].priority`), the value as written and what was
    /// expected, or that fails validation; and naming `(catalog)` for the
    /// file's own fields (`schema`, `version`, `entries`: missing,
    /// repeated, of the wrong kind, or unknown) and an unsupported schema
    /// version. The schema is checked as soon as it is read: a file that
    /// gives it first, as [`Catalog::to_json`] does, is refused before its
    /// entries are read.
    pub fn from_json(json: &str) -> Result<Catalog, Error> {
        let file = decode::file(json, SCHEMA_VERSION)?;
        // Checked again for a file that gives its entries before its
        // schema (the reader checks it at once otherwise).
        if file.schema != u64::from(SCHEMA_VERSION) {
            return Err(Error::catalog(
                WHOLE_CATALOG,
                CatalogProblem::UnsupportedSchema { found: file.schema, expected: SCHEMA_VERSION },
            ));
        }
        Catalog::new(file.version, file.entries)
    }

    /// Writes the catalog as JSON (the schema of [`Catalog::from_json`]),
    /// pretty-printed.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Json`](crate::ErrorKind::Json) should serialization fail (it does not for a valid
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

/// The same form as [`Catalog::to_json`], for a catalog stored inside an
/// application's own serde data.
impl Serialize for Catalog {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        CatalogFile { schema: SCHEMA_VERSION, version: &self.version, entries: &self.entries }
            .serialize(serializer)
    }
}

/// The JSON form of a catalog, as read by [`Deserialize`] for `Catalog`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OwnedCatalogFile {
    schema: u32,
    version: String,
    entries: Vec<Intervention>,
}

/// Reads the schema of [`Catalog::from_json`] from any serde format, and
/// validates the catalog as [`Catalog::new`] does. The error is the
/// format's, carrying the text of the crate's [`Error`]; for JSON text,
/// [`Catalog::from_json`] gives the typed error with the field's path.
///
/// ```
/// use insats::{Catalog, catalog};
///
/// let value = serde_json::to_value(catalog()).unwrap();
/// let back: Catalog = serde_json::from_value(value).unwrap();
/// assert_eq!(&back, catalog());
/// let wrong = serde_json::json!({"schema": 2, "version": "x", "entries": []});
/// let err = serde_json::from_value::<Catalog>(wrong).unwrap_err();
/// assert!(err.to_string().contains("schema"), "{err}");
/// ```
impl<'de> Deserialize<'de> for Catalog {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let file = OwnedCatalogFile::deserialize(deserializer)?;
        if file.schema != SCHEMA_VERSION {
            let problem = CatalogProblem::UnsupportedSchema {
                found: u64::from(file.schema),
                expected: SCHEMA_VERSION,
            };
            let error = Error::catalog(WHOLE_CATALOG, problem);
            return Err(serde::de::Error::custom(error.describe(Language::English)));
        }
        // The whole chain in one text: serde keeps a text, not a source.
        Catalog::new(file.version, file.entries)
            .map_err(|error| serde::de::Error::custom(error.describe(Language::English)))
    }
}
