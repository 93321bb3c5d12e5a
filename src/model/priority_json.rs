//! The JSON form of an [`NrPriority`]: a rank as a number, FoU and
//! Icke-göra as their ids; anything else refused with the value as
//! written.

use super::NrPriority;
use crate::error::de::de_error;
use crate::error::{Error, ErrorKind};
use crate::terms::quote::cut;
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A rank is written as a JSON number, FoU and Icke-göra as the strings
/// `"fou"` and `"icke-gora"`.
impl Serialize for NrPriority {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            NrPriority::Rank(r) => serializer.serialize_u8(r.get()),
            NrPriority::ResearchOnly => serializer.serialize_str("fou"),
            NrPriority::DontDo => serializer.serialize_str("icke-gora"),
        }
    }
}

/// Reads what `Serialize` writes, and refuses anything else with an
/// [`ErrorKind::Priority`](crate::ErrorKind::Priority) that quotes the value as written (`4.0`, `true`, a
/// number beyond any rank), whatever JSON type it has.
impl<'de> Deserialize<'de> for NrPriority {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(PriorityVisitor)
    }
}

struct PriorityVisitor;

/// The refusal of a value written as `text`.
fn refuse<E: de::Error>(text: &dyn fmt::Display) -> E {
    de_error(Error::from(ErrorKind::Priority { text: cut(&text.to_string()) }))
}

impl<'de> Visitor<'de> for PriorityVisitor {
    type Value = NrPriority;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an NR priority: a rank 1 to 10, \"fou\" or \"icke-gora\"")
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<NrPriority, E> {
        u8::try_from(n).ok().and_then(|n| NrPriority::rank(n).ok()).ok_or_else(|| refuse(&n))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<NrPriority, E> {
        u64::try_from(n).map_or_else(|_| Err(refuse(&n)), |n| self.visit_u64(n))
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<NrPriority, E> {
        // `{:?}` keeps the decimal point: `4.0`, as written, not `4`.
        Err(refuse(&format_args!("{n:?}")))
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> Result<NrPriority, E> {
        Err(refuse(&b))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<NrPriority, E> {
        text.parse().map_err(de_error)
    }

    fn visit_unit<E: de::Error>(self) -> Result<NrPriority, E> {
        Err(refuse(&"null"))
    }

    fn visit_none<E: de::Error>(self) -> Result<NrPriority, E> {
        Err(refuse(&"null"))
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<NrPriority, A::Error> {
        Err(refuse(&"[…]"))
    }

    fn visit_map<A: de::MapAccess<'de>>(self, _: A) -> Result<NrPriority, A::Error> {
        Err(refuse(&"{…}"))
    }
}
