//! The case to match: who the person is, where and by whom they are met,
//! and what the assessment found.

use crate::Population;
use crate::vocab::{AgeGroup, Condition, Need, Provider, Role, Severity, Substance, TagSet};
use serde::{Deserialize, Serialize};

/// One case, as a caseworker or clinician describes it.
///
/// Every field is optional: a field left out constrains nothing, so a
/// profile with fewer fields never gets fewer recommendations (the
/// exception is [`include_research`](ProfileBuilder::include_research),
/// which is a request rather than a fact about the person).
///
/// Serialized as a JSON object whose keys are the builder's method names
/// (`age` or `age_group`, `substances`, `in_other_treatment`, …) and whose
/// values are serde ids; keys left out mean "not stated".
///
/// # Examples
///
/// ```
/// use insats::{AgeGroup, Need, Profile, Provider, Substance};
///
/// let profile = Profile::builder()
///     .age(34)
///     .substance(Substance::Alcohol)
///     .provider(Provider::IndividualAndFamilyCare)
///     .in_other_treatment(true)
///     .need(Need::Housing)
///     .build();
/// assert_eq!(profile.age_group(), Some(AgeGroup::Adults));
/// assert!(profile.substances().contains(Substance::Alcohol));
/// assert_eq!(profile.needs().map(|n| n.len()), Some(1));
/// assert_eq!(profile.severity(), None);
///
/// let json = serde_json::to_string(&profile)?;
/// assert_eq!(serde_json::from_str::<Profile>(&json)?, profile);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "ProfileFields", into = "ProfileFields")]
pub struct Profile {
    age: Option<u8>,
    age_group: Option<AgeGroup>,
    severity: Option<Severity>,
    condition: Option<Condition>,
    substances: TagSet<Substance>,
    provider: Option<Provider>,
    role: Option<Role>,
    in_other_treatment: Option<bool>,
    in_laro: Option<bool>,
    relative: Option<bool>,
    cohabiting_partner: Option<bool>,
    needs: Option<TagSet<Need>>,
    include_research: bool,
}

/// The serde form of a [`Profile`]: the same fields, checked on the way in
/// (an age and a contradicting age group are refused, and so is being in
/// LARO but in no other treatment).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProfileFields {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    age: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    age_group: Option<AgeGroup>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    severity: Option<Severity>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    condition: Option<Condition>,
    #[serde(default, skip_serializing_if = "TagSet::is_empty")]
    substances: TagSet<Substance>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    provider: Option<Provider>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    role: Option<Role>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    in_other_treatment: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    in_laro: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    relative: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    cohabiting_partner: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    needs: Option<TagSet<Need>>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    include_research: bool,
}

impl TryFrom<ProfileFields> for Profile {
    // serde wraps the message in its own error, with the position.
    type Error = String;

    fn try_from(f: ProfileFields) -> Result<Profile, String> {
        if let (Some(age), Some(group)) = (f.age, f.age_group) {
            if AgeGroup::from_age(age) != group {
                return Err(format!("age group {:?} contradicts age {age}", group.id()));
            }
        }
        if f.in_laro == Some(true) && f.in_other_treatment == Some(false) {
            return Err(
                "in_laro: LARO is a treatment, so in_other_treatment cannot be false".to_owned()
            );
        }
        Ok(Profile {
            age: f.age,
            age_group: f.age_group.or(f.age.map(AgeGroup::from_age)),
            severity: f.severity,
            condition: f.condition,
            substances: f.substances,
            provider: f.provider,
            role: f.role,
            in_other_treatment: f.in_other_treatment,
            in_laro: f.in_laro,
            relative: f.relative,
            cohabiting_partner: f.cohabiting_partner,
            needs: f.needs,
            include_research: f.include_research,
        })
    }
}

impl From<Profile> for ProfileFields {
    fn from(p: Profile) -> ProfileFields {
        ProfileFields {
            age: p.age,
            // The group follows from the age; writing both would repeat it.
            age_group: if p.age.is_some() { None } else { p.age_group },
            severity: p.severity,
            condition: p.condition,
            substances: p.substances,
            provider: p.provider,
            role: p.role,
            in_other_treatment: p.in_other_treatment,
            in_laro: p.in_laro,
            relative: p.relative,
            cohabiting_partner: p.cohabiting_partner,
            needs: p.needs,
            include_research: p.include_research,
        }
    }
}

/// A field of a [`Profile`], to leave out with [`Profile::without`]
/// ("what if we did not know this?").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProfileField {
    /// The age in years and the age group.
    Age,
    /// The severity of the condition.
    Severity,
    /// The condition.
    Condition,
    /// The substances used.
    Substances,
    /// The provider setting that asks.
    Provider,
    /// The practitioner's role.
    Role,
    /// Whether the person is already in another treatment.
    InOtherTreatment,
    /// Whether the person is already in medication-assisted treatment.
    InLaro,
    /// Whether the person asking is a relative.
    Relative,
    /// Whether the person lives with a partner.
    CohabitingPartner,
    /// The needs found in the assessment.
    Needs,
    /// Whether interventions recommended only within research are asked for.
    IncludeResearch,
}

impl ProfileField {
    /// Every field, in the order of the builder's methods.
    pub const ALL: [ProfileField; 12] = [
        ProfileField::Age,
        ProfileField::Severity,
        ProfileField::Condition,
        ProfileField::Substances,
        ProfileField::Provider,
        ProfileField::Role,
        ProfileField::InOtherTreatment,
        ProfileField::InLaro,
        ProfileField::Relative,
        ProfileField::CohabitingPartner,
        ProfileField::Needs,
        ProfileField::IncludeResearch,
    ];
}

impl Profile {
    /// A builder for a profile; every field starts unstated.
    pub fn builder() -> ProfileBuilder {
        ProfileBuilder::default()
    }

    /// A builder that starts from this profile, to change some fields.
    ///
    /// ```
    /// use insats::{Profile, Provider};
    ///
    /// let ifo = Profile::builder().age(40).provider(Provider::IndividualAndFamilyCare).build();
    /// let dental = ifo.to_builder().provider(Provider::DentalCare).build();
    /// assert_eq!(dental.age(), Some(40));
    /// assert_eq!(dental.provider(), Some(Provider::DentalCare));
    /// ```
    pub fn to_builder(&self) -> ProfileBuilder {
        ProfileBuilder { profile: self.clone() }
    }

    /// The same profile with `field` left out (unstated).
    ///
    /// ```
    /// use insats::{Profile, ProfileField, Severity};
    ///
    /// let p = Profile::builder().severity(Severity::Severe).build();
    /// assert_eq!(p.without(ProfileField::Severity), Profile::default());
    /// ```
    #[must_use]
    pub fn without(&self, field: ProfileField) -> Profile {
        let mut p = self.clone();
        match field {
            ProfileField::Age => {
                p.age = None;
                p.age_group = None;
            }
            ProfileField::Severity => p.severity = None,
            ProfileField::Condition => p.condition = None,
            ProfileField::Substances => p.substances = TagSet::new(),
            ProfileField::Provider => p.provider = None,
            ProfileField::Role => p.role = None,
            ProfileField::InOtherTreatment => p.in_other_treatment = None,
            ProfileField::InLaro => p.in_laro = None,
            ProfileField::Relative => p.relative = None,
            ProfileField::CohabitingPartner => p.cohabiting_partner = None,
            ProfileField::Needs => p.needs = None,
            ProfileField::IncludeResearch => p.include_research = false,
        }
        p
    }

    /// The age in years, when given as such.
    pub fn age(&self) -> Option<u8> {
        self.age
    }
    /// The age group: given, or derived from the age.
    pub fn age_group(&self) -> Option<AgeGroup> {
        self.age_group
    }
    /// The severity of the condition.
    pub fn severity(&self) -> Option<Severity> {
        self.severity
    }
    /// The condition.
    pub fn condition(&self) -> Option<Condition> {
        self.condition
    }
    /// The substances used; empty when unknown.
    pub fn substances(&self) -> TagSet<Substance> {
        self.substances
    }
    /// The provider setting that asks.
    pub fn provider(&self) -> Option<Provider> {
        self.provider
    }
    /// The practitioner's role.
    pub fn role(&self) -> Option<Role> {
        self.role
    }
    /// Whether the person is already in another treatment.
    pub fn in_other_treatment(&self) -> Option<bool> {
        self.in_other_treatment
    }
    /// Whether the person is already in medication-assisted treatment
    /// (LARO).
    pub fn in_laro(&self) -> Option<bool> {
        self.in_laro
    }
    /// Whether the person asking for help is a relative (anhörig) of
    /// someone with the condition.
    pub fn relative(&self) -> Option<bool> {
        self.relative
    }
    /// Whether the person lives with a partner.
    pub fn cohabiting_partner(&self) -> Option<bool> {
        self.cohabiting_partner
    }
    /// The needs found in the assessment: `None` when there was no
    /// assessment, a set (maybe empty) when there was.
    pub fn needs(&self) -> Option<TagSet<Need>> {
        self.needs
    }
    /// Whether interventions recommended only within research (FoU) are
    /// asked for.
    pub fn include_research(&self) -> bool {
        self.include_research
    }

    /// Whether a recommendation for `population` fits this person. What
    /// the profile does not state does not exclude; a relative is helped
    /// only by the programmes for relatives, and they only by those.
    ///
    /// ```
    /// use insats::{Population, Profile};
    ///
    /// let relative = Profile::builder().relative(true).build();
    /// assert!(relative.fits(Population::Relatives));
    /// assert!(!relative.fits(Population::Anyone));
    /// assert!(Profile::default().fits(Population::Relatives));
    /// ```
    pub fn fits(&self, population: Population) -> bool {
        let not_relative = self.relative != Some(true);
        match population {
            Population::Anyone => not_relative,
            Population::Youth => {
                not_relative && matches!(self.age_group, None | Some(AgeGroup::Children))
            }
            Population::Adults => {
                not_relative && !matches!(self.age_group, Some(AgeGroup::Children))
            }
            // LARO is a treatment: someone in no other treatment is not in it.
            Population::InMedicationAssistedTreatment => {
                not_relative
                    && self.in_laro != Some(false)
                    && self.in_other_treatment != Some(false)
            }
            Population::Relatives => self.relative != Some(false),
            Population::WithNeed(need) => {
                not_relative && self.needs.is_none_or(|needs| needs.contains(need))
            }
            Population::WithCohabitingPartner => {
                not_relative && self.cohabiting_partner != Some(false)
            }
        }
    }
}

/// Builds a [`Profile`]; see [`Profile::builder`]. Setting a field again
/// replaces it, except [`substance`](Self::substance) and
/// [`need`](Self::need), which add.
#[derive(Clone, Debug, Default)]
#[must_use]
pub struct ProfileBuilder {
    profile: Profile,
}

impl ProfileBuilder {
    /// The age in years (sets the age group too).
    pub fn age(mut self, years: u8) -> Self {
        self.profile.age = Some(years);
        self.profile.age_group = Some(AgeGroup::from_age(years));
        self
    }
    /// The age group, when the exact age is not known (clears the age).
    pub fn age_group(mut self, group: AgeGroup) -> Self {
        self.profile.age = None;
        self.profile.age_group = Some(group);
        self
    }
    /// The severity of the condition.
    pub fn severity(mut self, severity: Severity) -> Self {
        self.profile.severity = Some(severity);
        self
    }
    /// The condition.
    pub fn condition(mut self, condition: Condition) -> Self {
        self.profile.condition = Some(condition);
        self
    }
    /// Adds a substance the person uses.
    pub fn substance(mut self, substance: Substance) -> Self {
        self.profile.substances.insert(substance);
        self
    }
    /// The substances the person uses (empty: unknown).
    pub fn substances(mut self, substances: TagSet<Substance>) -> Self {
        self.profile.substances = substances;
        self
    }
    /// The provider setting that asks.
    pub fn provider(mut self, provider: Provider) -> Self {
        self.profile.provider = Some(provider);
        self
    }
    /// The practitioner's role.
    pub fn role(mut self, role: Role) -> Self {
        self.profile.role = Some(role);
        self
    }
    /// Whether the person is already in another treatment.
    pub fn in_other_treatment(mut self, yes: bool) -> Self {
        self.profile.in_other_treatment = Some(yes);
        self
    }
    /// Whether the person is already in medication-assisted treatment
    /// (LARO).
    pub fn in_laro(mut self, yes: bool) -> Self {
        self.profile.in_laro = Some(yes);
        self
    }
    /// Whether the person asking for help is a relative (anhörig).
    pub fn relative(mut self, yes: bool) -> Self {
        self.profile.relative = Some(yes);
        self
    }
    /// Whether the person lives with a partner.
    pub fn cohabiting_partner(mut self, yes: bool) -> Self {
        self.profile.cohabiting_partner = Some(yes);
        self
    }
    /// Adds a need found in the assessment.
    pub fn need(mut self, need: Need) -> Self {
        self.profile.needs.get_or_insert_with(TagSet::new).insert(need);
        self
    }
    /// The needs found in the assessment (an empty set: assessed, no need
    /// found).
    pub fn needs(mut self, needs: TagSet<Need>) -> Self {
        self.profile.needs = Some(needs);
        self
    }
    /// Asks for interventions recommended only within research (FoU) too.
    pub fn include_research(mut self, yes: bool) -> Self {
        self.profile.include_research = yes;
        self
    }
    /// The profile.
    pub fn build(self) -> Profile {
        self.profile
    }
}
