//! Reading a struct while skipping the keys it does not name: how a report
//! written by a newer version, whose profile has a field this one does not
//! know, still reads here ([`REPORT_SCHEMA`](super::REPORT_SCHEMA)'s rule).
//!
//! A profile given as input denies unknown fields, so that a misspelt key
//! is an error rather than a fact silently dropped; the profile inside a
//! report was written by the crate and is read past what it adds. The same
//! `Deserialize` serves both: [`Lenient`] wraps the deserializer and hands
//! the struct's visitor only the keys in the field list that the derive
//! passes to `deserialize_struct`.

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, IntoDeserializer, Visitor};
use std::fmt;

/// `T` read from `deserializer`, its unknown top-level keys skipped.
pub(super) fn deserialize<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: de::Deserialize<'de>,
    D: Deserializer<'de>,
{
    T::deserialize(Lenient(deserializer))
}

/// A deserializer that reads structs past the keys they do not name; every
/// other request goes to the wrapped one unchanged.
struct Lenient<D>(D);

/// Forwards each named `deserialize_*` method to the wrapped deserializer.
macro_rules! forward {
    ($($method:ident($($arg:ident: $ty:ty),*)),* $(,)?) => {$(
        fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
            self.0.$method($($arg,)* visitor)
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Lenient<D> {
    type Error = D::Error;

    forward! {
        deserialize_any(), deserialize_bool(), deserialize_i8(), deserialize_i16(),
        deserialize_i32(), deserialize_i64(), deserialize_u8(), deserialize_u16(),
        deserialize_u32(), deserialize_u64(), deserialize_f32(), deserialize_f64(),
        deserialize_char(), deserialize_str(), deserialize_string(), deserialize_bytes(),
        deserialize_byte_buf(), deserialize_option(), deserialize_unit(), deserialize_seq(),
        deserialize_map(), deserialize_identifier(), deserialize_ignored_any(),
        deserialize_unit_struct(name: &'static str),
        deserialize_newtype_struct(name: &'static str),
        deserialize_tuple(len: usize),
        deserialize_tuple_struct(name: &'static str, len: usize),
        deserialize_enum(name: &'static str, variants: &'static [&'static str]),
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_struct(name, fields, KnownFields { fields, visitor })
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

/// The struct's visitor, given a map that holds only the struct's keys.
struct KnownFields<V> {
    fields: &'static [&'static str],
    visitor: V,
}

impl<'de, V: Visitor<'de>> Visitor<'de> for KnownFields<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.visitor.expecting(f)
    }

    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_map(OnlyKnown { fields: self.fields, map })
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_seq(seq)
    }
}

/// A map that skips the entries whose key is not one of `fields`.
struct OnlyKnown<A> {
    fields: &'static [&'static str],
    map: A,
}

impl<'de, A: de::MapAccess<'de>> de::MapAccess<'de> for OnlyKnown<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        while let Some(key) = self.map.next_key::<String>()? {
            if self.fields.contains(&key.as_str()) {
                return seed.deserialize(key.into_deserializer()).map(Some);
            }
            self.map.next_value::<IgnoredAny>()?;
        }
        Ok(None)
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        self.map.next_value_seed(seed)
    }

    fn size_hint(&self) -> Option<usize> {
        self.map.size_hint()
    }
}

#[cfg(test)]
mod tests {
    use crate::matching::profile::Profile;

    #[test]
    fn a_profile_reads_past_keys_it_does_not_know_only_when_lenient() {
        let json = r#"{"age": 40, "shoe_size": 44, "substances": ["alcohol"]}"#;
        assert!(serde_json::from_str::<Profile>(json).is_err());
        let mut de = serde_json::Deserializer::from_str(json);
        let profile: Profile = super::deserialize(&mut de).unwrap();
        assert_eq!(profile.age(), Some(40));
        assert_eq!(profile.substances().len(), 1);
        // What the profile checks still holds: a bad value is an error.
        let mut bad = serde_json::Deserializer::from_str(r#"{"age": 400, "x": 1}"#);
        assert!(super::deserialize::<Profile, _>(&mut bad).is_err());
    }
}
