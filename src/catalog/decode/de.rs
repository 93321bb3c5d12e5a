//! A serde deserializer over one entry's [`Node`] tree, whose error
//! ([`FieldError`]) is typed and knows its path.
//!
//! Each `deserialize_*` call says what the field takes (`deserialize_u8`:
//! a whole number 0–255), so a value of another kind is refused here with
//! the value as written and what was expected, in the crate's own words;
//! the crate's checking constructors reach it typed through
//! [`crate::error::de`]. A failure inside a list or an object gains the
//! index or key on its way out, which gives its path.

use super::field_error::FieldError;
use super::node::Node;
use crate::error::{FieldProblem, JsonExpected, JsonFound};
use crate::terms::quote::cut;
use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor,
};
use std::borrow::Cow;

/// The value as an error quotes it.
fn found(node: &Node<'_>) -> JsonFound {
    match node {
        Node::Null => JsonFound::Null,
        Node::Bool(b) => JsonFound::Bool(*b),
        Node::U64(n) => JsonFound::Number(n.to_string()),
        Node::I64(n) => JsonFound::Number(n.to_string()),
        // `{:?}` keeps the decimal point: `4.0`, as written.
        Node::F64(n) => JsonFound::Number(format!("{n:?}")),
        Node::Str(s) => JsonFound::Text(cut(s)),
        Node::List(_) => JsonFound::List,
        Node::Object(_) => JsonFound::Object,
    }
}

fn unexpected(node: &Node<'_>, expected: JsonExpected) -> FieldError {
    FieldError::new(FieldProblem::Unexpected { found: found(node), expected })
}

/// The deserializer of one node.
pub(crate) struct NodeDe<'a, 'de>(pub(crate) &'a Node<'de>);

impl<'a, 'de> NodeDe<'a, 'de> {
    /// A whole number in `min..=max`, handed to the visitor as read.
    fn integer<V: Visitor<'de>>(self, min: i64, max: u64, v: V) -> Result<V::Value, FieldError> {
        let expected = JsonExpected::Integer { min, max };
        match *self.0 {
            Node::U64(n) if n <= max => v.visit_u64(n),
            Node::I64(n) if n >= min => v.visit_i64(n),
            _ => Err(unexpected(self.0, expected)),
        }
    }
}

macro_rules! integers {
    ($($method:ident: $ty:ty),+ $(,)?) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, FieldError> {
            // Lossless: every bound of these types fits the other's range.
            self.integer(<$ty>::MIN as i64, <$ty>::MAX as u64, visitor)
        }
    )+};
}

impl<'a, 'de> Deserializer<'de> for NodeDe<'a, 'de> {
    type Error = FieldError;

    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, FieldError> {
        match self.0 {
            Node::Null => v.visit_unit(),
            Node::Bool(b) => v.visit_bool(*b),
            Node::U64(n) => v.visit_u64(*n),
            Node::I64(n) => v.visit_i64(*n),
            Node::F64(n) => v.visit_f64(*n),
            Node::Str(Cow::Borrowed(s)) => v.visit_borrowed_str(s),
            Node::Str(Cow::Owned(s)) => v.visit_str(s),
            Node::List(items) => visit_list(items, v),
            Node::Object(entries) => v.visit_map(MapDe { entries: entries.iter(), key: None }),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, v: V) -> Result<V::Value, FieldError> {
        match self.0 {
            Node::Bool(b) => v.visit_bool(*b),
            other => Err(unexpected(other, JsonExpected::Bool)),
        }
    }

    integers! {
        deserialize_u8: u8, deserialize_u16: u16, deserialize_u32: u32, deserialize_u64: u64,
        deserialize_i8: i8, deserialize_i16: i16, deserialize_i32: i32, deserialize_i64: i64,
    }

    fn deserialize_f32<V: Visitor<'de>>(self, v: V) -> Result<V::Value, FieldError> {
        self.deserialize_f64(v)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, v: V) -> Result<V::Value, FieldError> {
        match self.0 {
            Node::U64(_) | Node::I64(_) | Node::F64(_) => self.deserialize_any(v),
            other => Err(unexpected(other, JsonExpected::Number)),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, v: V) -> Result<V::Value, FieldError> {
        match self.0 {
            Node::Str(_) => self.deserialize_any(v),
            other => Err(unexpected(other, JsonExpected::Text)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, v: V) -> Result<V::Value, FieldError> {
        self.deserialize_str(v)
    }

    fn deserialize_char<V: Visitor<'de>>(self, v: V) -> Result<V::Value, FieldError> {
        self.deserialize_str(v)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, v: V) -> Result<V::Value, FieldError> {
        self.deserialize_str(v)
    }

    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, FieldError> {
        match self.0 {
            Node::Null => v.visit_none(),
            _ => v.visit_some(self),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, v: V) -> Result<V::Value, FieldError> {
        match self.0 {
            Node::Null => v.visit_unit(),
            other => Err(unexpected(other, JsonExpected::Null)),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        v: V,
    ) -> Result<V::Value, FieldError> {
        self.deserialize_unit(v)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        v: V,
    ) -> Result<V::Value, FieldError> {
        v.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, v: V) -> Result<V::Value, FieldError> {
        match self.0 {
            Node::List(items) => visit_list(items, v),
            other => Err(unexpected(other, JsonExpected::List)),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, v: V) -> Result<V::Value, FieldError> {
        self.deserialize_seq(v)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        v: V,
    ) -> Result<V::Value, FieldError> {
        self.deserialize_seq(v)
    }

    fn deserialize_map<V: Visitor<'de>>(self, v: V) -> Result<V::Value, FieldError> {
        match self.0 {
            Node::Object(entries) => v.visit_map(MapDe { entries: entries.iter(), key: None }),
            other => Err(unexpected(other, JsonExpected::Object)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, FieldError> {
        self.deserialize_map(v)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, FieldError> {
        match self.0 {
            Node::Str(variant) => v.visit_enum(EnumDe { variant, value: None }),
            Node::Object(entries) => match entries.as_slice() {
                [(variant, value)] => v.visit_enum(EnumDe { variant, value: Some(value) }),
                _ => Err(unexpected(self.0, JsonExpected::Id)),
            },
            other => Err(unexpected(other, JsonExpected::Id)),
        }
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, v: V) -> Result<V::Value, FieldError> {
        self.deserialize_any(v)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, v: V) -> Result<V::Value, FieldError> {
        self.deserialize_any(v)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, FieldError> {
        v.visit_unit()
    }
}

/// Visits a list; a visitor that leaves items unread (a tuple) is refused,
/// as serde_json refuses trailing elements.
fn visit_list<'a, 'de, V: Visitor<'de>>(
    items: &'a [Node<'de>],
    v: V,
) -> Result<V::Value, FieldError> {
    let mut seq = SeqDe { items: items.iter().enumerate() };
    let value = v.visit_seq(&mut seq)?;
    match seq.items.len() {
        0 => Ok(value),
        _ => Err(de::Error::invalid_length(items.len(), &"fewer elements in the list")),
    }
}

struct SeqDe<'a, 'de> {
    items: std::iter::Enumerate<std::slice::Iter<'a, Node<'de>>>,
}

impl<'a, 'de> SeqAccess<'de> for SeqDe<'a, 'de> {
    type Error = FieldError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, FieldError> {
        match self.items.next() {
            Some((index, item)) => {
                seed.deserialize(NodeDe(item)).map(Some).map_err(|e| e.at_index(index))
            }
            None => Ok(None),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct MapDe<'a, 'de> {
    entries: std::slice::Iter<'a, (Cow<'de, str>, Node<'de>)>,
    /// The key read last, and its value.
    key: Option<&'a (Cow<'de, str>, Node<'de>)>,
}

impl<'a, 'de> MapAccess<'de> for MapDe<'a, 'de> {
    type Error = FieldError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, FieldError> {
        let Some(entry) = self.entries.next() else { return Ok(None) };
        self.key = Some(entry);
        seed.deserialize(KeyDe(&entry.0)).map(Some).map_err(|e| e.at_key(&entry.0))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, FieldError> {
        match self.key.take() {
            Some((key, value)) => seed.deserialize(NodeDe(value)).map_err(|e| e.at_key(key)),
            None => Err(de::Error::custom("a value asked for before its key")),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

/// The deserializer of a key (or of an enum's variant name).
struct KeyDe<'a, 'de>(&'a Cow<'de, str>);

impl<'a, 'de> Deserializer<'de> for KeyDe<'a, 'de> {
    type Error = FieldError;

    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, FieldError> {
        match self.0 {
            Cow::Borrowed(s) => v.visit_borrowed_str(s),
            Cow::Owned(s) => v.visit_str(s),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

struct EnumDe<'a, 'de> {
    variant: &'a Cow<'de, str>,
    value: Option<&'a Node<'de>>,
}

impl<'a, 'de> EnumAccess<'de> for EnumDe<'a, 'de> {
    type Error = FieldError;
    type Variant = VariantDe<'a, 'de>;

    fn variant_seed<V: DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, VariantDe<'a, 'de>), FieldError> {
        let value = seed.deserialize(KeyDe(self.variant))?;
        Ok((value, VariantDe { variant: self.variant, value: self.value }))
    }
}

struct VariantDe<'a, 'de> {
    variant: &'a Cow<'de, str>,
    value: Option<&'a Node<'de>>,
}

impl<'a, 'de> VariantDe<'a, 'de> {
    /// The variant's value, which a variant with data needs.
    fn value(&self) -> Result<&'a Node<'de>, FieldError> {
        self.value.ok_or_else(|| {
            FieldError::new(FieldProblem::Unexpected {
                found: JsonFound::Text(cut(self.variant)),
                expected: JsonExpected::Object,
            })
        })
    }
}

impl<'a, 'de> VariantAccess<'de> for VariantDe<'a, 'de> {
    type Error = FieldError;

    fn unit_variant(self) -> Result<(), FieldError> {
        match self.value {
            None | Some(Node::Null) => Ok(()),
            Some(other) => Err(unexpected(other, JsonExpected::Null).at_key(self.variant)),
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(
        self,
        seed: T,
    ) -> Result<T::Value, FieldError> {
        let value = self.value()?;
        seed.deserialize(NodeDe(value)).map_err(|e| e.at_key(self.variant))
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, v: V) -> Result<V::Value, FieldError> {
        let value = self.value()?;
        NodeDe(value).deserialize_seq(v).map_err(|e| e.at_key(self.variant))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, FieldError> {
        let value = self.value()?;
        NodeDe(value).deserialize_map(v).map_err(|e| e.at_key(self.variant))
    }
}
