//! The `Märkning` block of a page: one tag set per facet.

use crate::vocab::{AgeGroup, Condition, Provider, Role, Severity, TagSet, TreatmentType};
use serde::{Deserialize, Serialize};

/// The tags (Märkning) of an entry: one [`TagSet`] per facet. An empty set
/// means the page does not state the facet, which excludes nobody.
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
    #[serde(default, skip_serializing_if = "TagSet::is_empty")]
    providers: TagSet<Provider>,
    #[serde(default, skip_serializing_if = "TagSet::is_empty")]
    roles: TagSet<Role>,
    #[serde(default, skip_serializing_if = "TagSet::is_empty")]
    treatment_types: TagSet<TreatmentType>,
    #[serde(default, skip_serializing_if = "TagSet::is_empty")]
    age_groups: TagSet<AgeGroup>,
    #[serde(default, skip_serializing_if = "TagSet::is_empty")]
    severities: TagSet<Severity>,
    #[serde(default, skip_serializing_if = "TagSet::is_empty")]
    conditions: TagSet<Condition>,
}

macro_rules! facets {
    ($($field:ident: $ty:ty, $with:ident, $doc:literal;)+) => {
        impl Tags {
            $(
                #[doc = concat!("The `", $doc, "` facet.")]
                pub fn $field(&self) -> TagSet<$ty> {
                    self.$field
                }

                #[doc = concat!("The same tags with the `", $doc, "` facet set to `values`.")]
                #[must_use]
                pub fn $with(mut self, values: TagSet<$ty>) -> Self {
                    self.$field = values;
                    self
                }
            )+
        }
    };
}

facets! {
    providers: Provider, with_providers, "Utförare";
    roles: Role, with_roles, "Yrkesroll";
    treatment_types: TreatmentType, with_treatment_types, "Typ av behandling/stöd";
    age_groups: AgeGroup, with_age_groups, "Åldersgrupp";
    severities: Severity, with_severities, "Tillståndets svårighetsgrad";
    conditions: Condition, with_conditions, "Tillstånd";
}

impl Tags {
    /// No facet stated.
    pub fn new() -> Tags {
        Tags::default()
    }
}
