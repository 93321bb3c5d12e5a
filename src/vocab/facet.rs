//! The facets of the guide's `Märkning` block, declared once.
//!
//! [`facet_table!`] holds one row per facet: its variant and vocabulary
//! type, its serde id, the field of [`Tags`] that holds it, the words for
//! it in the plural, and the [`Profile`](crate::Profile) accessor that
//! states a person's value (`none` when a profile has no such value). The
//! page reader and writer, [`Tags`], the matcher's index, the profile
//! lookups, the explanations and the error messages all read this table, so
//! adding a facet is a one-row change plus its vocabulary.
//!
//! The Swedish page name and the English name of a facet are its
//! vocabulary's ([`Vocabulary::NAME_SV`], [`Vocabulary::NAME_EN`]).

use super::{AgeGroup, Condition, Provider, Role, Severity, TagSet, TreatmentType, Vocabulary};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Calls `$callback!` with the table of facets, in the order a page lists
/// them. Each row: `Variant(Type) { id, tags: field, with: setter, the:
/// (sv, en), plural: (sv, en), profile: accessor | none }`.
macro_rules! facet_table {
    ($callback:ident) => {
        $callback! {
            /// `Utförare`: the setting that delivers the intervention.
            Provider(Provider) {
                id: "provider", tags: providers, with: with_providers,
                the: ("utföraren", "the provider"), plural: ("utförare", "providers"), profile: provider
            },
            /// `Yrkesroll`: the practitioner's professional role group.
            Role(Role) {
                id: "role", tags: roles, with: with_roles,
                the: ("yrkesrollen", "the role"), plural: ("yrkesroller", "roles"), profile: role
            },
            /// `Typ av behandling/stöd`: the kind of treatment or support.
            TreatmentType(TreatmentType) {
                id: "treatment-type", tags: treatment_types, with: with_treatment_types,
                the: ("typen av behandling eller stöd", "the kind of treatment or support"), plural: ("typer av behandling och stöd", "kinds of treatment or support"),
                profile: none
            },
            /// `Åldersgrupp`: the age bands the intervention is for.
            AgeGroup(AgeGroup) {
                id: "age-group", tags: age_groups, with: with_age_groups,
                the: ("åldersgruppen", "the age group"), plural: ("åldersgrupper", "age groups"), profile: age_group
            },
            /// `Tillståndets svårighetsgrad`: how severe the condition is.
            Severity(Severity) {
                id: "severity", tags: severities, with: with_severities,
                the: ("svårighetsgraden", "the severity"), plural: ("svårighetsgrader", "severities"), profile: severity
            },
            /// `Tillstånd`: the condition the intervention is for.
            Condition(Condition) {
                id: "condition", tags: conditions, with: with_conditions,
                the: ("tillståndet", "the condition"), plural: ("tillstånd", "conditions"), profile: condition
            },
        }
    };
}
pub(crate) use facet_table;

/// Declares [`Facet`] and [`Tags`] from the table.
macro_rules! declare_facets {
    ($(
        $(#[$doc:meta])*
        $facet:ident($ty:ident) {
            id: $id:literal, tags: $field:ident, with: $with:ident,
            the: ($the_sv:literal, $the_en:literal),
            plural: ($plural_sv:literal, $plural_en:literal), profile: $profile:tt
        }
    ),+ $(,)?) => {
        /// A facet of the guide's `Märkning` block.
        ///
        /// # Examples
        ///
        /// ```
        /// use insats::Facet;
        ///
        /// assert_eq!(Facet::Provider.label_sv(), "Utförare");
        /// assert_eq!(Facet::Provider.label_en(), "provider");
        /// assert_eq!(Facet::from_label_sv("Yrkesroll"), Some(Facet::Role));
        /// assert_eq!(Facet::ALL.first(), Some(&Facet::Provider));
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "kebab-case")]
        #[non_exhaustive]
        pub enum Facet {
            $( $(#[$doc])* $facet, )+
        }

        impl Facet {
            /// Every facet, in the order a page lists them.
            pub const ALL: &'static [Facet] = &[$(Facet::$facet),+];

            /// The facet's name on the guide's pages, e.g. `Utförare`.
            pub const fn label_sv(self) -> &'static str {
                match self { $(Facet::$facet => <$ty as Vocabulary>::NAME_SV,)+ }
            }

            /// The facet's English name, e.g. `provider`.
            pub const fn label_en(self) -> &'static str {
                match self { $(Facet::$facet => <$ty as Vocabulary>::NAME_EN,)+ }
            }

            /// The stable kebab-case id, e.g. `provider`.
            pub const fn id(self) -> &'static str {
                match self { $(Facet::$facet => $id,)+ }
            }

            /// The facet named in the definite singular, in Swedish
            /// (`utföraren`).
            pub const fn the_sv(self) -> &'static str {
                match self { $(Facet::$facet => $the_sv,)+ }
            }

            /// The facet named in the definite singular, in English (`the
            /// provider`).
            pub const fn the_en(self) -> &'static str {
                match self { $(Facet::$facet => $the_en,)+ }
            }

            /// The facet's values in the plural, in Swedish (`utförare`).
            pub const fn plural_sv(self) -> &'static str {
                match self { $(Facet::$facet => $plural_sv,)+ }
            }

            /// The facet's values in the plural, in English (`providers`).
            pub const fn plural_en(self) -> &'static str {
                match self { $(Facet::$facet => $plural_en,)+ }
            }

            /// The facet whose page name is `name` (exactly as the guide
            /// writes it).
            pub fn from_label_sv(name: &str) -> Option<Facet> {
                Facet::ALL.iter().copied().find(|f| f.label_sv() == name)
            }

            /// The number of values in the facet's vocabulary.
            pub(crate) fn value_count(self) -> usize {
                match self { $(Facet::$facet => <$ty as Vocabulary>::ALL.len(),)+ }
            }

            /// Parses `text` as a value of the facet as a page of the
            /// guide writes it (the Swedish label in any case, or the serde
            /// id: not the other forms `FromStr` reads) and gives its
            /// index, or `None`: without an error, which the page reader
            /// makes of its own (and which would cost, for nothing, on
            /// every bullet of prose that starts like a tag line).
            pub(crate) fn lookup_value(self, text: &str) -> Option<u8> {
                // No label is blank: an empty value between two commas
                // is none.
                if text.trim().is_empty() {
                    return None;
                }
                match self {
                    $(Facet::$facet => super::lookup_label::<$ty>(text)
                        .map(|v| v.index() as u8),)+
                }
            }

            /// The Swedish label of the value at `index`.
            pub(crate) fn label_sv_of(self, index: u8) -> &'static str {
                match self {
                    $(Facet::$facet => {
                        <$ty>::from_index(usize::from(index)).map_or("", Vocabulary::label_sv)
                    })+
                }
            }

            /// The English label of the value at `index`.
            pub(crate) fn label_en_of(self, index: u8) -> &'static str {
                match self {
                    $(Facet::$facet => {
                        <$ty>::from_index(usize::from(index)).map_or("", Vocabulary::label_en)
                    })+
                }
            }
        }

        $(
            impl FacetVocabulary for $ty {
                const FACET: Facet = Facet::$facet;
            }
        )+

        /// The tags (Märkning) of an entry: one [`TagSet`] per [`Facet`].
        /// An empty set means the page does not state the facet, which
        /// excludes nobody.
        ///
        /// # Examples
        ///
        /// ```
        /// use insats::{AgeGroup, Provider, TagSet, Tags};
        ///
        /// let tags = Tags::new()
        ///     .with_providers(TagSet::from([Provider::YouthClinic]))
        ///     .with_age_groups(TagSet::all());
        /// assert!(tags.providers().contains(Provider::YouthClinic));
        /// assert_eq!(tags.age_groups().len(), 3);
        /// assert!(tags.roles().is_empty());
        /// ```
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct Tags {
            $(
                #[serde(default, skip_serializing_if = "TagSet::is_empty")]
                $field: TagSet<$ty>,
            )+
        }

        impl Tags {
            $(
                #[doc = concat!("The facet `", stringify!($facet), "` (", $id, ").")]
                pub fn $field(&self) -> TagSet<$ty> {
                    self.$field
                }

                #[doc = concat!("The same tags with the facet `", stringify!($facet), "` set to `values`.")]
                #[must_use]
                pub fn $with(mut self, values: TagSet<$ty>) -> Self {
                    self.$field = values;
                    self
                }
            )+

            /// The values of `facet`, as a set of value indices.
            pub fn get(&self, facet: Facet) -> FacetSet {
                let bits = match facet { $(Facet::$facet => self.$field.bits(),)+ };
                FacetSet { facet, bits }
            }

            /// Sets `facet` to the values of `set` (a set of another facet
            /// is ignored).
            pub(crate) fn set(&mut self, set: FacetSet) {
                match set.facet {
                    $(Facet::$facet => self.$field = TagSet::from_bits(set.bits),)+
                }
            }
        }
    };
}

/// A vocabulary that is a facet of the `Märkning` block.
pub trait FacetVocabulary: Vocabulary {
    /// The facet.
    const FACET: Facet;
}

facet_table!(declare_facets);

impl Tags {
    /// No facet stated.
    pub fn new() -> Tags {
        Tags::default()
    }
}

impl fmt::Display for Facet {
    /// The facet's name on the guide's pages.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label_sv())
    }
}

/// One value of some facet, whatever its vocabulary: what an explanation
/// needs to name it in either language.
///
/// # Examples
///
/// ```
/// use insats::{Facet, FacetValue, Provider};
///
/// let value = FacetValue::new(Provider::DentalCare);
/// assert_eq!(value.facet(), Facet::Provider);
/// assert_eq!(value.label_sv(), "Tandvård");
/// assert_eq!(value.get::<Provider>(), Some(Provider::DentalCare));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FacetValue {
    facet: Facet,
    index: u8,
}

impl FacetValue {
    /// The value `value` of its facet.
    pub fn new<T: FacetVocabulary>(value: T) -> FacetValue {
        // Vocabularies hold at most 64 values (see `TagSet`).
        FacetValue { facet: T::FACET, index: value.index() as u8 }
    }

    pub(crate) fn from_index(facet: Facet, index: u8) -> FacetValue {
        FacetValue { facet, index }
    }

    /// The facet.
    pub fn facet(self) -> Facet {
        self.facet
    }

    /// The value as its vocabulary's type, when `T` is that vocabulary.
    pub fn get<T: FacetVocabulary>(self) -> Option<T> {
        if T::FACET == self.facet { T::from_index(usize::from(self.index)) } else { None }
    }

    /// The guide's Swedish label.
    pub fn label_sv(self) -> &'static str {
        self.facet.label_sv_of(self.index)
    }

    /// The English label.
    pub fn label_en(self) -> &'static str {
        self.facet.label_en_of(self.index)
    }
}

/// The values of one facet, whatever its vocabulary: [`Tags::get`].
///
/// # Examples
///
/// ```
/// use insats::{Facet, Provider, TagSet, Tags};
///
/// let tags = Tags::new().with_providers(TagSet::from([Provider::YouthClinic, Provider::DentalCare]));
/// let set = tags.get(Facet::Provider);
/// assert_eq!(set.len(), 2);
/// assert_eq!(set.iter().map(|v| v.label_sv()).collect::<Vec<_>>(), ["Tandvård", "Ungdomsmottagning"]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FacetSet {
    facet: Facet,
    bits: u64,
}

impl FacetSet {
    /// The empty set of `facet`.
    pub const fn empty(facet: Facet) -> FacetSet {
        FacetSet { facet, bits: 0 }
    }

    /// The facet.
    pub fn facet(self) -> Facet {
        self.facet
    }

    /// Whether no value is in the set (the facet is not stated).
    pub fn is_empty(self) -> bool {
        self.bits == 0
    }

    /// The number of values.
    pub fn len(self) -> usize {
        self.bits.count_ones() as usize
    }

    /// Whether `value` is in the set.
    pub fn contains(self, value: FacetValue) -> bool {
        value.facet == self.facet && self.bits >> value.index & 1 == 1
    }

    /// Whether the set lets a profile with the value at `index` through:
    /// an unstated facet (empty set) excludes nobody. The one statement of
    /// the facet rule, read by the matcher's masks and its explanations.
    pub(crate) fn admits(self, index: u8) -> bool {
        self.bits == 0 || self.bits >> index & 1 == 1
    }

    /// Adds `value` (of this set's facet).
    pub(crate) fn insert(&mut self, index: u8) {
        if usize::from(index) < self.facet.value_count() {
            self.bits |= 1 << index;
        }
    }

    /// The values in declaration order.
    pub fn iter(self) -> impl Iterator<Item = FacetValue> {
        let facet = self.facet;
        (0..64u8)
            .filter(move |i| self.bits >> i & 1 == 1)
            .map(move |i| FacetValue::from_index(facet, i))
    }
}

impl<T: FacetVocabulary> From<TagSet<T>> for FacetSet {
    fn from(set: TagSet<T>) -> FacetSet {
        FacetSet { facet: T::FACET, bits: set.bits() }
    }
}
