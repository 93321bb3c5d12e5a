//! Reading a catalog's JSON: entries decoded one at a time, straight from
//! the text, with errors that name the entry, the field's path, the value
//! as written and what was expected.
//!
//! serde_json streams the file; each entry is read into a [`Node`] tree
//! that borrows the text's strings, decoded by the crate's own
//! deserializer ([`de`]) and dropped before the next is read. Nothing
//! holds the whole file as a tree: the peak of memory is the entries
//! decoded so far and one entry's tree (`tests/memory/main.rs` measures it).
//! The tree also gives the entry's id for its errors before the entry
//! decodes, and the deserializer's typed errors give the path.

mod de;
mod field_error;
mod node;

use crate::error::Error;
use crate::error::{CatalogProblem, FieldProblem, JsonExpected, JsonFound, WHOLE_CATALOG};
use crate::model::Intervention;
use crate::terms::Language;
use crate::terms::quote::{cut, cut_to};
use crate::vocab::closest_names;
use de::NodeDe;
use field_error::{FieldError, KEY_CHARS};
use node::{Key, Node};
use serde::Deserialize;
use serde::de::{self as serde_de, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::cell::RefCell;
use std::fmt;

/// The fields of a catalog file.
const FILE_FIELDS: &[&str] = &["schema", "version", "entries"];

/// A catalog file as read: its schema version, version and entries.
pub(super) struct File {
    pub(super) schema: u64,
    pub(super) version: String,
    pub(super) entries: Vec<Intervention>,
}

/// The name an error gives the entry at `index`: its id, when it has a
/// readable one, or `#index`.
fn entry_name(index: usize, node: &Node<'_>) -> String {
    match node.str_field("id") {
        Some(id) if !id.trim().is_empty() => id.to_owned(),
        _ => format!("#{index}"),
    }
}

fn field_error(entry: &str, error: FieldError) -> Error {
    let (path, problem) = error.into_parts();
    Error::catalog(entry, CatalogProblem::Field { path, problem: Box::new(problem) })
}

/// Decodes the entry at `index` from its tree.
pub(super) fn entry(index: usize, node: &Node<'_>) -> Result<Intervention, Error> {
    Intervention::deserialize(NodeDe(node)).map_err(|e| field_error(&entry_name(index, node), e))
}

/// Decodes a built-in entry, stored alone in the file `file`.
pub(super) fn entry_text(
    file: &'static str,
    index: usize,
    text: &str,
) -> Result<Intervention, Error> {
    let node: Node<'_> =
        serde_json::from_str(text).map_err(|e| Error::catalog(file, CatalogProblem::Json(e)))?;
    entry(index, &node)
}

/// Reads a catalog file; the schema version is checked by the caller
/// unless it is read before the entries (as `to_json` writes it), when an
/// unsupported one stops the reading at once.
pub(super) fn file(json: &str, supported: u32) -> Result<File, Error> {
    let failure = RefCell::new(None);
    let mut reader = serde_json::Deserializer::from_str(json);
    let read = FileSeed { failure: &failure, supported }
        .deserialize(&mut reader)
        .and_then(|file| reader.end().map(|()| file));
    // A typed failure left by the visitors comes first: serde_json's error
    // is then only the text that stopped it.
    read.map_err(|e| failure.take().unwrap_or_else(|| Error::from(e)))
}

/// The catalog-wide error for the file's field `field` (cut as a path
/// cuts a key: an unknown one may be anything).
fn file_error(field: &str, problem: FieldProblem) -> Error {
    let (path, problem) = (cut_to(field, KEY_CHARS), Box::new(problem));
    Error::catalog(WHOLE_CATALOG, CatalogProblem::Field { path, problem })
}

/// Keeps `error` for [`file`] and stops serde_json.
fn fail<E: serde_de::Error>(failure: &RefCell<Option<Error>>, error: Error) -> E {
    // The whole chain in one text: serde keeps a text, not a source.
    let text = error.describe(Language::English);
    *failure.borrow_mut() = Some(error);
    E::custom(text)
}

struct FileSeed<'f> {
    failure: &'f RefCell<Option<Error>>,
    supported: u32,
}

impl<'de> DeserializeSeed<'de> for FileSeed<'_> {
    type Value = File;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<File, D::Error> {
        // `any`: a value that is not an object is read to say what it is.
        deserializer.deserialize_any(self)
    }
}

/// Refuses a value of the wrong kind, with what it is (`found`) and what
/// the place takes: `path` of the file, or the file itself (`""`).
fn wrong_kind<E: serde_de::Error>(
    failure: &RefCell<Option<Error>>,
    path: &str,
    found: JsonFound,
    expected: JsonExpected,
) -> E {
    fail(failure, file_error(path, FieldProblem::Unexpected { found, expected }))
}

/// The `visit_*` methods of a visitor of one kind of value at
/// `$path`, which refuse every other kind, saying what the value is.
macro_rules! refuse_other_kinds {
    ($path:literal, $expected:expr, [$($other:ident),*]) => {
        fn visit_bool<E: serde_de::Error>(self, b: bool) -> Result<Self::Value, E> {
            Err(wrong_kind(self.failure, $path, JsonFound::Bool(b), $expected))
        }
        fn visit_u64<E: serde_de::Error>(self, n: u64) -> Result<Self::Value, E> {
            Err(wrong_kind(self.failure, $path, JsonFound::Number(n.to_string()), $expected))
        }
        fn visit_i64<E: serde_de::Error>(self, n: i64) -> Result<Self::Value, E> {
            Err(wrong_kind(self.failure, $path, JsonFound::Number(n.to_string()), $expected))
        }
        fn visit_f64<E: serde_de::Error>(self, n: f64) -> Result<Self::Value, E> {
            let found = JsonFound::Number(format!("{n:?}"));
            Err(wrong_kind(self.failure, $path, found, $expected))
        }
        fn visit_str<E: serde_de::Error>(self, s: &str) -> Result<Self::Value, E> {
            Err(wrong_kind(self.failure, $path, JsonFound::Text(cut(s)), $expected))
        }
        fn visit_unit<E: serde_de::Error>(self) -> Result<Self::Value, E> {
            Err(wrong_kind(self.failure, $path, JsonFound::Null, $expected))
        }
        $(refuse_other_kinds!(@$other $path, $expected);)*
    };
    (@seq $path:literal, $expected:expr) => {
        fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
            Err(wrong_kind(self.failure, $path, JsonFound::List, $expected))
        }
    };
    (@map $path:literal, $expected:expr) => {
        fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
            Err(wrong_kind(self.failure, $path, JsonFound::Object, $expected))
        }
    };
}

impl<'de> Visitor<'de> for FileSeed<'_> {
    type Value = File;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a catalog: an object with \"schema\", \"version\" and \"entries\"")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<File, A::Error> {
        let fail = |error| fail::<A::Error>(self.failure, error);
        let (mut schema, mut version, mut entries) = (None, None, None);
        while let Some(key) = map.next_key_seed(Key)? {
            let repeated = match key.as_ref() {
                "schema" => schema.is_some(),
                "version" => version.is_some(),
                "entries" => entries.is_some(),
                other => {
                    let closest = closest_names(other, FILE_FIELDS);
                    return Err(fail(file_error(other, FieldProblem::UnknownField { closest })));
                }
            };
            if repeated {
                return Err(fail(file_error(&key, FieldProblem::Repeated)));
            }
            match key.as_ref() {
                "schema" => {
                    let node: Node<'de> = map.next_value()?;
                    let found = u64::deserialize(NodeDe(&node))
                        .map_err(|e| fail(file_error("schema", e.into_parts().1)))?;
                    if found != u64::from(self.supported) {
                        let expected = self.supported;
                        let problem = CatalogProblem::UnsupportedSchema { found, expected };
                        return Err(fail(Error::catalog(WHOLE_CATALOG, problem)));
                    }
                    schema = Some(found);
                }
                "version" => {
                    let node: Node<'de> = map.next_value()?;
                    let read = String::deserialize(NodeDe(&node))
                        .map_err(|e| fail(file_error("version", e.into_parts().1)))?;
                    version = Some(read);
                }
                _ => entries = Some(map.next_value_seed(Entries { failure: self.failure })?),
            }
        }
        let missing = |field| fail(file_error(field, FieldProblem::Missing));
        Ok(File {
            schema: schema.ok_or_else(|| missing("schema"))?,
            version: version.ok_or_else(|| missing("version"))?,
            entries: entries.ok_or_else(|| missing("entries"))?,
        })
    }

    refuse_other_kinds!("", JsonExpected::Object, [seq]);
}

/// The `entries` list, decoded entry by entry.
struct Entries<'f> {
    failure: &'f RefCell<Option<Error>>,
}

impl<'de> DeserializeSeed<'de> for Entries<'_> {
    type Value = Vec<Intervention>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        // `any`: a value that is not a list is read to say what it is.
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Entries<'_> {
    type Value = Vec<Intervention>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of entries")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut entries = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
        while let Some(node) = seq.next_element::<Node<'de>>()? {
            let decoded = entry(entries.len(), &node).map_err(|e| fail(self.failure, e))?;
            entries.push(decoded);
        }
        Ok(entries)
    }

    refuse_other_kinds!("entries", JsonExpected::List, [map]);
}
