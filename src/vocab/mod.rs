//! The closed vocabularies of the guide's `Märkning` facets, and the other
//! value sets the model needs (substances, assessment needs).
//!
//! Each vocabulary is declared once, in its own file, with the
//! [`vocabulary!`](crate::vocab) macro: a variant carries its exact Swedish
//! label, an English label and a stable serde id, and every method is
//! derived from that one table.

use crate::Error;
use std::fmt::{Debug, Display};
use std::hash::Hash;
use std::str::FromStr;

mod age_group;
mod condition;
mod facet;
mod need;
mod provider;
mod role;
mod severity;
mod substance;
mod tag_set;
mod treatment_type;
mod withdrawal;

pub use age_group::AgeGroup;
pub use condition::Condition;
pub(crate) use facet::facet_table;
pub use facet::{Facet, FacetSet, FacetValue, FacetVocabulary, Tags};
pub use need::Need;
pub use provider::Provider;
pub use role::Role;
pub use severity::Severity;
pub use substance::Substance;
pub use tag_set::{TagSet, TagSetIter};
pub use treatment_type::TreatmentType;
pub use withdrawal::Withdrawal;

/// What every vocabulary offers: labels, ids and a dense index.
///
/// Implemented by each vocabulary enum; [`TagSet`] is generic over it.
/// The trait is sealed: the vocabularies are the guide's, not the user's.
///
/// # Examples
///
/// ```
/// use insats::{Provider, Vocabulary};
///
/// let p = Provider::IndividualAndFamilyCare;
/// assert_eq!(p.label_sv(), "Individ- och familjeomsorg");
/// assert_eq!(p.id(), "individual-and-family-care");
/// assert_eq!(Provider::NAME_SV, "Utförare");
/// assert_eq!(Provider::from_index(p.index()), Some(p));
/// ```
pub trait Vocabulary:
    Copy
    + Eq
    + Ord
    + Hash
    + Debug
    + Display
    + FromStr<Err = Error>
    + Send
    + Sync
    + 'static
    + sealed::Sealed
{
    /// The facet's name on the guide's pages, e.g. `Utförare`.
    const NAME_SV: &'static str;
    /// The vocabulary's English name, e.g. `provider`.
    const NAME_EN: &'static str;
    /// Every value, in declaration order (the order the guide prints them).
    const ALL: &'static [Self];

    /// The exact label of the guide.
    fn label_sv(self) -> &'static str;
    /// An English label.
    fn label_en(self) -> &'static str;
    /// The stable serde id (kebab-case English), which never changes when a
    /// label is reworded.
    fn id(self) -> &'static str;
    /// The value's position in declaration order, `0..Self::ALL.len()`.
    fn index(self) -> usize;
    /// The value at a position in declaration order.
    fn from_index(index: usize) -> Option<Self> {
        Self::ALL.get(index).copied()
    }
}

pub(crate) mod sealed {
    pub trait Sealed {}
}

/// Whether two labels are equal ignoring case. `char::to_lowercase` folds
/// å, ä and ö too, which ASCII folding (and strum's) does not; comparing
/// the folded characters as they come allocates nothing.
fn eq_folded(a: &str, b: &str) -> bool {
    a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase))
}

/// Looks `text` up among the labels, aliases and ids of a vocabulary: the
/// exact Swedish label first (the common case when reading pages), then the
/// same ignoring case and surrounding white space, then the serde id.
pub(crate) fn lookup<T: Vocabulary>(text: &str, aliases: &[(&'static str, T)]) -> Result<T, Error> {
    if let Some(v) = T::ALL.iter().find(|v| v.label_sv() == text) {
        return Ok(*v);
    }
    let trimmed = text.trim();
    let found = T::ALL
        .iter()
        .copied()
        .find(|v| eq_folded(v.label_sv(), trimmed) || v.id().eq_ignore_ascii_case(trimmed))
        .or_else(|| aliases.iter().find(|(alias, _)| eq_folded(alias, trimmed)).map(|(_, v)| *v));
    found.ok_or_else(|| Error::UnknownLabel {
        vocabulary: T::NAME_SV,
        vocabulary_en: T::NAME_EN,
        text: text.to_owned(),
    })
}

/// Declares a vocabulary: the enum, its labels and ids, and the trait,
/// `Display`, `FromStr` and serde implementations that follow from them.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $name:ident : $name_sv:literal, $name_en:literal {
            $(
                $(#[$vmeta:meta])*
                $variant:ident = ($sv:literal, $en:literal, $id:literal)
            ),+ $(,)?
        }
        $(aliases { $($alias:literal => $target:ident),* $(,)? })?
    ) => {
        $(#[$meta])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash,
            serde::Serialize, serde::Deserialize,
            strum::EnumIter, strum::EnumCount, strum::IntoStaticStr, strum::AsRefStr,
        )]
        #[non_exhaustive]
        pub enum $name {
            $(
                $(#[$vmeta])*
                #[doc = ""]
                #[doc = concat!("Guide label: `", $sv, "`; serde id: `", $id, "`.")]
                #[serde(rename = $id)]
                #[strum(serialize = $id)]
                $variant,
            )+
        }

        impl $name {
            /// The exact label of the guide, e.g. as printed under `Märkning`.
            pub const fn label_sv(self) -> &'static str {
                match self { $($name::$variant => $sv,)+ }
            }

            /// An English label, for user interfaces in English.
            pub const fn label_en(self) -> &'static str {
                match self { $($name::$variant => $en,)+ }
            }

            /// The stable serde id (kebab-case English).
            pub const fn id(self) -> &'static str {
                match self { $($name::$variant => $id,)+ }
            }
        }

        impl $crate::vocab::sealed::Sealed for $name {}

        impl $crate::vocab::Vocabulary for $name {
            const NAME_SV: &'static str = $name_sv;
            const NAME_EN: &'static str = $name_en;
            const ALL: &'static [Self] = &[$($name::$variant),+];

            fn label_sv(self) -> &'static str { $name::label_sv(self) }
            fn label_en(self) -> &'static str { $name::label_en(self) }
            fn id(self) -> &'static str { $name::id(self) }
            fn index(self) -> usize { self as usize }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.label_sv())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::Error;

            /// Accepts the Swedish label (any case, surrounding white space
            /// ignored) or the serde id.
            fn from_str(text: &str) -> Result<Self, Self::Err> {
                $crate::vocab::lookup(text, &[$($(($alias, $name::$target)),*)?])
            }
        }
    };
}
pub(crate) use vocabulary;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_folds_swedish_letters_and_trims() {
        assert_eq!(" äldreomsorg ".parse::<Provider>().unwrap(), Provider::ElderlyCare);
        assert_eq!("ÄLDREOMSORG".parse::<Provider>().unwrap(), Provider::ElderlyCare);
        assert_eq!("elderly-care".parse::<Provider>().unwrap(), Provider::ElderlyCare);
    }

    #[test]
    fn unknown_label_names_vocabulary_and_text() {
        let err = "Hjärtkirurgi".parse::<Provider>().unwrap_err();
        assert_eq!(err.to_string(), "unknown Utförare (provider): \"Hjärtkirurgi\"");
    }
}
