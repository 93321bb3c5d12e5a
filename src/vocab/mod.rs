//! The closed vocabularies of the guide (see [`Vocabulary`]).

use crate::error::Error;
use std::fmt::{Debug, Display};
use std::hash::Hash;
use std::str::FromStr;

mod age_group;
mod condition;
mod facet;
mod kind;
mod lookup;
mod need;
mod pattern;
mod provider;
mod role;
mod severity;
mod situation;
mod substance;
mod tag_set;
mod treatment_type;
mod withdrawal;

pub use age_group::AgeGroup;
pub use condition::Condition;
pub(crate) use facet::facet_table;
pub use facet::{Facet, FacetSet, FacetValue, FacetVocabulary, Tags};
pub use kind::{CompetenceRequirement, GuideSection, Kind, Principal};
pub use lookup::Label;
pub use lookup::Wording;
pub(crate) use lookup::{closest_names, lookup, lookup_label, lookup_wording};
pub use need::Need;
pub use pattern::{ConditionPattern, PatternOfUse, PatternRequirement};
pub use provider::Provider;
pub use role::Role;
pub use severity::Severity;
pub use situation::Situation;
pub use substance::Substance;
pub use tag_set::{TagSet, TagSetIter};
pub use treatment_type::TreatmentType;
pub use withdrawal::Withdrawal;

/// The closed vocabularies of the guide's `Märkning` facets, and the other
/// value sets the model needs (substances, assessment needs).
///
/// Each vocabulary is declared once, in its own file, with the
/// `vocabulary!` macro: a variant carries its exact Swedish
/// label, an English label and a stable serde id, and every method is
/// derived from that one table.
///
/// # Labels people type
///
/// `FromStr` of every vocabulary accepts, ignoring case (å, ä, ö
/// included), surrounding white space, the kind of dash (`-`, `–`, `—`, …)
/// and no-break spaces, as word processors write them:
///
/// 1. the guide's Swedish label, the serde id, the English label, or a
///    documented alias (`Kokain` for [`Substance::CentralStimulants`],
///    `IFO` for [`Provider::IndividualAndFamilyCare`]); an alias that
///    could mean several values (`Socialtjänsten`) is an
///    [`ErrorKind::AmbiguousLabel`](crate::ErrorKind::AmbiguousLabel) that lists them;
/// 2. failing those, a label without its parenthesised part (`Vuxna` for
///    `Vuxna (18-64 år)`), or one part of a piped label (`Primärvård` for
///    `Primärvård | Första linje`), when it names exactly one value; a
///    text that names several is an
///    [`ErrorKind::AmbiguousLabel`](crate::ErrorKind::AmbiguousLabel) that lists
///    them.
///
/// A text that names no value is an
/// [`ErrorKind::UnknownLabel`](crate::ErrorKind::UnknownLabel) that lists the (at
/// most three) closest values: those a form of which starts with the text,
/// then those within a few edits of it. Serde reads the ids only.
///
/// ```
/// use insats::{AgeGroup, Error, Provider, Role, Substance};
///
/// assert_eq!("Primärvård".parse::<Provider>()?, Provider::PrimaryCare);
/// assert_eq!("Youth clinic".parse::<Provider>()?, Provider::YouthClinic);
/// assert_eq!("Socialsekreterare".parse::<Role>()?, Role::SocialWorker);
/// assert_eq!("Vuxna (18–64 år)".parse::<AgeGroup>()?, AgeGroup::Adults);
/// assert_eq!("Vuxna".parse::<AgeGroup>()?, AgeGroup::Adults);
/// assert_eq!("Kokain".parse::<Substance>()?, Substance::CentralStimulants);
///
/// let err = "Psykiatrisk".parse::<Provider>().unwrap_err();
/// let insats::ErrorKind::UnknownLabel { closest, .. } = err.kind() else { return Err(err.into()) };
/// assert_eq!(closest.len(), 3);
/// assert!(err.to_string().contains("did you mean \"Psykiatrisk öppenvård\""));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// The page reader is stricter: a page of the guide writes the exact
/// label (any case), or the id; reading a part or an English label there
/// would change the page when it is written back.
///
/// # The trait
///
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

    /// The value `text` names, as `FromStr` reads it (see above), and
    /// how it named it: by one of the value's own labels or by another
    /// wording ([`Wording`]), which a user interface may want to show.
    ///
    /// # Errors
    ///
    /// The errors of `FromStr`: an
    /// [`ErrorKind::UnknownLabel`](crate::ErrorKind::UnknownLabel) that
    /// lists the closest values, or an
    /// [`ErrorKind::AmbiguousLabel`](crate::ErrorKind::AmbiguousLabel).
    ///
    /// ```
    /// use insats::{Substance, Vocabulary, Wording};
    ///
    /// let (value, wording) = Substance::read("Kokain")?;
    /// assert_eq!(value, Substance::CentralStimulants);
    /// assert_eq!(wording, Wording::Alias);
    /// # Ok::<(), insats::Error>(())
    /// ```
    fn read(text: &str) -> Result<(Self, Wording), Error>;
    /// The value at a position in declaration order.
    fn from_index(index: usize) -> Option<Self> {
        Self::ALL.get(index).copied()
    }
}

pub(crate) mod sealed {
    pub trait Sealed {}
}

/// Declares a vocabulary: the enum, its labels and ids, and the trait,
/// `Display`, `FromStr` and serde implementations that follow from them.
///
/// The optional `aliases` block maps a text people type to the value it
/// names (`"IFO" => IndividualAndFamilyCare`), or to the values it could
/// mean, separated by `|` (`"Socialtjänsten" => A | B | C`): such a text
/// reads as an [`ErrorKind::AmbiguousLabel`](crate::ErrorKind::AmbiguousLabel) that lists them. Each alias gets
/// a doc line with its reason in the vocabulary's docs.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $name:ident : $name_sv:literal, $name_en:literal {
            $(
                $(#[$vmeta:meta])*
                $variant:ident = ($sv:literal, $en:literal, $id:literal)
            ),+ $(,)?
        }
        $(aliases { $($alias:literal => $($target:ident)|+),* $(,)? })?
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
            fn read(text: &str) -> Result<(Self, $crate::vocab::Wording), $crate::error::Error> {
                $crate::vocab::lookup_wording(
                    text,
                    &[$($(($alias, &[$($name::$target),+] as &[$name])),*)?],
                )
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.label_sv())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::error::Error;

            /// Accepts the Swedish label, the serde id, the English label,
            /// an alias, a label without its parenthesised part or one part
            /// of a piped label (see the `vocab` module docs); the error
            /// lists the closest values.
            fn from_str(text: &str) -> Result<Self, Self::Err> {
                $crate::vocab::lookup(
                    text,
                    &[$($(($alias, &[$($name::$target),+] as &[$name])),*)?],
                )
            }
        }
    };
}
pub(crate) use vocabulary;

/// A vocabulary value's label in `language`.
pub(crate) fn label<V: Vocabulary>(value: V, language: crate::terms::Language) -> &'static str {
    match language {
        crate::terms::Language::Swedish => value.label_sv(),
        crate::terms::Language::English => value.label_en(),
    }
}

/// A vocabulary value's label in lower case, as it reads inside a
/// sentence (`hemlöshet`); a label that starts with an abbreviation in
/// capitals keeps them (`PTSD`).
pub(crate) fn lower_label<V: Vocabulary>(value: V, language: crate::terms::Language) -> String {
    let text = label(value, language);
    if text.chars().take(2).all(char::is_uppercase) { text.to_owned() } else { text.to_lowercase() }
}
