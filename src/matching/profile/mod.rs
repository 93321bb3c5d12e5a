//! The case to match: who the person is, where and by whom they are met,
//! what the assessment found, and the situations that some pairs require.

mod builder;
mod describe;
mod fit;
mod serde_form;

pub use builder::ProfileBuilder;
pub use fit::{Fit, ProfileFact};

use crate::clinical::{Audit, Diagnosis, Dudit, Indication};
use crate::vocab::{
    AgeGroup, Condition, Facet, Need, PatternOfUse, Provider, Role, Severity, Situation, Substance,
    TagSet, Vocabulary, Withdrawal, facet_table,
};

/// One case, as a caseworker or clinician describes it.
///
/// Every field is optional, and what is left out is read in one of two
/// ways:
///
/// - a **tag facet** left out (provider, role, severity, and the age group
///   and condition as page tags) constrains nothing;
/// - a **fact a row's condition names** left out is not assumed: the
///   substances, the age (for a row whose scope is an age), the pattern of
///   use (told, or stated by the condition, a DSM-5 count or a diagnosis)
///   and the situations (being a relative, in LARO, in alcohol withdrawal,
///   living with a partner, a severe mental illness, a need found in the
///   assessment, a [`Situation`](crate::Situation)). A pair that names it
///   becomes a *conditional* match ("would apply if …"), listed apart from
///   the recommendations ([`Recommendations::conditional`](crate::Recommendations::conditional)).
///
/// Serialized as a JSON object whose keys are the builder's method names
/// (`age` or `age_group`, `substances`, `in_other_treatment`, …) and whose
/// values are serde ids; keys left out mean "not stated". The builder and
/// the JSON form accept the same profiles: whatever
/// [`build`](ProfileBuilder::build) returns reads back from its own JSON.
///
/// # Examples
///
/// ```
/// use insats::{AgeGroup, Need, Profile, Provider, Substance, Withdrawal};
///
/// let profile = Profile::builder()
///     .age(34)
///     .substance(Substance::Alcohol)
///     .provider(Provider::IndividualAndFamilyCare)
///     .in_other_treatment(true)
///     .withdrawal(Withdrawal::General)
///     .need(Need::Housing)
///     .build()?;
/// assert_eq!(profile.age_group(), Some(AgeGroup::Adults));
/// assert!(profile.substances().contains(Substance::Alcohol));
/// assert_eq!(profile.withdrawal(), Some(Withdrawal::General));
/// assert_eq!(profile.needs().map(|n| n.len()), Some(1));
/// assert_eq!(profile.severity(), None);
///
/// let json = serde_json::to_string(&profile)?;
/// assert_eq!(serde_json::from_str::<Profile>(&json)?, profile);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "serde_form::ProfileFields", into = "serde_form::ProfileFields")]
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
    withdrawal: Option<Withdrawal>,
    severe_mental_illness: Option<bool>,
    needs: Option<TagSet<Need>>,
    include_research: bool,
    pattern: Option<PatternOfUse>,
    dsm5_criteria: Option<u8>,
    diagnoses: Vec<Diagnosis>,
    situations: TagSet<Situation>,
    situations_absent: TagSet<Situation>,
    audit: Option<Audit>,
    dudit: Option<Dudit>,
}

/// A field of a [`Profile`], to leave out with [`Profile::without`]
/// ("what if we did not know this?"), or that a result names as unstated
/// ([`Recommendations::unstated`](crate::Recommendations::unstated)).
///
/// Serialized as the profile's JSON key (`"substances"`, `"in_laro"`;
/// `"instruments"` for the AUDIT and DUDIT scores).
///
/// ```
/// use insats::ProfileField;
///
/// assert_eq!(serde_json::to_string(&ProfileField::InLaro)?, "\"in_laro\"");
/// assert_eq!(ProfileField::Dsm5Criteria.key(), "dsm5_criteria");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
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
    /// Whether the person is in alcohol withdrawal.
    Withdrawal,
    /// Whether the person has a severe mental illness.
    SevereMentalIllness,
    /// The needs found in the assessment.
    Needs,
    /// Whether interventions recommended only within research are asked for.
    IncludeResearch,
    /// The pattern of use.
    Pattern,
    /// The number of DSM-5 criteria met.
    Dsm5Criteria,
    /// The ICD-10 diagnoses.
    Diagnoses,
    /// The situations stated to hold or not.
    Situations,
    /// The scores of screening instruments (AUDIT, DUDIT).
    Instruments,
}

impl ProfileField {
    /// Every field, in the order of the builder's methods.
    pub fn all() -> impl Iterator<Item = ProfileField> {
        [
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
            ProfileField::Withdrawal,
            ProfileField::SevereMentalIllness,
            ProfileField::Needs,
            ProfileField::IncludeResearch,
            ProfileField::Pattern,
            ProfileField::Dsm5Criteria,
            ProfileField::Diagnoses,
            ProfileField::Situations,
            ProfileField::Instruments,
        ]
        .into_iter()
    }

    /// The field's key in the profile's JSON (`"instruments"` stands for
    /// `audit` and `dudit`).
    pub fn key(self) -> &'static str {
        match self {
            ProfileField::Age => "age",
            ProfileField::Severity => "severity",
            ProfileField::Condition => "condition",
            ProfileField::Substances => "substances",
            ProfileField::Provider => "provider",
            ProfileField::Role => "role",
            ProfileField::InOtherTreatment => "in_other_treatment",
            ProfileField::InLaro => "in_laro",
            ProfileField::Relative => "relative",
            ProfileField::CohabitingPartner => "cohabiting_partner",
            ProfileField::Withdrawal => "withdrawal",
            ProfileField::SevereMentalIllness => "severe_mental_illness",
            ProfileField::Needs => "needs",
            ProfileField::IncludeResearch => "include_research",
            ProfileField::Pattern => "pattern",
            ProfileField::Dsm5Criteria => "dsm5_criteria",
            ProfileField::Diagnoses => "diagnoses",
            ProfileField::Situations => "situations",
            ProfileField::Instruments => "instruments",
        }
    }

    /// Whether the field is a situation: left out, it is not assumed, and
    /// a pair that requires it is conditional (see [`Profile`]).
    pub fn is_situation(self) -> bool {
        matches!(
            self,
            ProfileField::InLaro
                | ProfileField::Relative
                | ProfileField::CohabitingPartner
                | ProfileField::Withdrawal
                | ProfileField::SevereMentalIllness
                | ProfileField::Needs
                | ProfileField::Situations
        )
    }
}

impl Profile {
    /// The oldest age a profile takes, in years: an age above it is not a
    /// person's age. The JSON form and [`ProfileBuilder::build`] refuse a
    /// larger one.
    pub const MAX_AGE: u8 = 130;

    /// A builder for a profile; every field starts unstated.
    pub fn builder() -> ProfileBuilder {
        ProfileBuilder::default()
    }

    /// A builder that starts from this profile, to change some fields.
    ///
    /// ```
    /// use insats::{Profile, Provider};
    ///
    /// let ifo = Profile::builder().age(40).provider(Provider::IndividualAndFamilyCare).build()?;
    /// let dental = ifo.to_builder().provider(Provider::DentalCare).build()?;
    /// assert_eq!(dental.age(), Some(40));
    /// assert_eq!(dental.provider(), Some(Provider::DentalCare));
    /// # Ok::<(), insats::Error>(())
    /// ```
    pub fn to_builder(&self) -> ProfileBuilder {
        ProfileBuilder { profile: self.clone() }
    }

    /// The same profile with `field` left out (unstated).
    ///
    /// ```
    /// use insats::{Profile, ProfileField, Severity};
    ///
    /// let p = Profile::builder().severity(Severity::Severe).build()?;
    /// assert_eq!(p.without(ProfileField::Severity), Profile::default());
    /// # Ok::<(), insats::Error>(())
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
            ProfileField::Withdrawal => p.withdrawal = None,
            ProfileField::SevereMentalIllness => p.severe_mental_illness = None,
            ProfileField::Needs => p.needs = None,
            ProfileField::IncludeResearch => p.include_research = false,
            ProfileField::Pattern => p.pattern = None,
            ProfileField::Dsm5Criteria => p.dsm5_criteria = None,
            ProfileField::Diagnoses => p.diagnoses.clear(),
            ProfileField::Situations => {
                p.situations = TagSet::new();
                p.situations_absent = TagSet::new();
            }
            ProfileField::Instruments => {
                p.audit = None;
                p.dudit = None;
            }
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
    /// The severity of the condition: as told, or as the DSM-5 count gives
    /// it (2–3 mild, 4–5 moderate, 6 or more severe).
    pub fn severity(&self) -> Option<Severity> {
        self.severity
            .or_else(|| self.dsm5_criteria.and_then(|n| Severity::from_dsm5_criteria(n).ok()))
    }
    /// The condition.
    pub fn condition(&self) -> Option<Condition> {
        self.condition
    }
    /// The substances used, as told, as the diagnoses state them and as
    /// an instrument's indication names them; empty when unknown.
    pub fn substances(&self) -> TagSet<Substance> {
        let told = self.diagnoses.iter().fold(self.substances, |all, d| all.union(d.substances()));
        self.each_indication().fold(told, |mut all, i| {
            all.insert(i.substance());
            all
        })
    }
    /// The substances as told, without those the diagnoses state.
    pub fn substances_told(&self) -> TagSet<Substance> {
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
    /// Whether the person is already in another treatment: as told, or
    /// yes when the person is in LARO (a treatment).
    pub fn in_other_treatment(&self) -> Option<bool> {
        match (self.in_other_treatment, self.in_laro) {
            (None, Some(true)) => Some(true),
            (told, _) => told,
        }
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
    /// Whether the person is in alcohol withdrawal, and with what risk:
    /// as told, or as a diagnosis states it (F10.3 withdrawal, F10.4
    /// delirium tremens); of two states the graver one.
    pub fn withdrawal(&self) -> Option<Withdrawal> {
        self.diagnoses
            .iter()
            .filter_map(|d| d.withdrawal())
            .chain(self.withdrawal)
            .max_by_key(|w| withdrawal_gravity(*w))
    }
    /// Whether the person has a severe mental illness (svår psykisk
    /// sjukdom) besides the substance use.
    pub fn severe_mental_illness(&self) -> Option<bool> {
        self.severe_mental_illness
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
    /// The pattern of use as told.
    pub fn pattern(&self) -> Option<PatternOfUse> {
        self.pattern
    }
    /// The number of DSM-5 criteria met, when told.
    pub fn dsm5_criteria(&self) -> Option<u8> {
        self.dsm5_criteria
    }
    /// The ICD-10 diagnoses, in the order given.
    pub fn diagnoses(&self) -> &[Diagnosis] {
        &self.diagnoses
    }
    /// Whether `situation` is stated to hold (`Some(true)`), not to hold
    /// (`Some(false)`), or not stated.
    pub fn situation(&self, situation: Situation) -> Option<bool> {
        if self.situations.contains(situation) {
            Some(true)
        } else if self.situations_absent.contains(situation) {
            Some(false)
        } else {
            None
        }
    }
    /// The AUDIT score, when stated.
    pub fn audit(&self) -> Option<Audit> {
        self.audit
    }
    /// The DUDIT score, when stated.
    pub fn dudit(&self) -> Option<Dudit> {
        self.dudit
    }
    /// What the instruments' scores indicate, as their sources state it
    /// (AUDIT first): facts marked as an instrument's indication, never a
    /// diagnosis. An indication adds its substance to
    /// [`substances`](Self::substances), and states no pattern of use.
    pub fn indications(&self) -> Vec<Indication> {
        self.each_indication().collect()
    }
    /// The indications without a list: matching reads them on every call.
    fn each_indication(&self) -> impl Iterator<Item = Indication> {
        let audit = self.audit.and_then(|a| a.indication());
        let dudit = self.dudit.and_then(|d| d.indication(self.age));
        audit.into_iter().chain(dudit)
    }
    /// The situations stated to hold.
    pub fn situations(&self) -> TagSet<Situation> {
        self.situations
    }
    /// The situations stated not to hold.
    pub fn situations_absent(&self) -> TagSet<Situation> {
        self.situations_absent
    }
    /// Whether the person is known to be a child (age group Barn).
    pub(crate) fn is_child(&self) -> bool {
        self.age_group == Some(AgeGroup::Children)
    }

    /// The first contradiction or out-of-range value, if any: the one rule
    /// that the builder and the JSON form both apply.
    pub(crate) fn check(&self) -> Result<(), crate::error::Error> {
        let bad = |field, value: String, problem| {
            Err(crate::error::Error::from(crate::error::ErrorKind::Profile {
                field,
                value: crate::terms::quote::cut(&value),
                problem,
            }))
        };
        if let Some(age) = self.age.filter(|&age| age > Profile::MAX_AGE) {
            return bad("age", age.to_string(), crate::error::ProfileProblem::AgeAboveMax);
        }
        if let (Some(age), Some(group)) = (self.age, self.age_group) {
            if AgeGroup::from_age(age) != group {
                return bad(
                    "age_group",
                    group.id().to_owned(),
                    crate::error::ProfileProblem::AgeGroupContradicts,
                );
            }
        }
        if self.in_laro == Some(true) && self.in_other_treatment == Some(false) {
            return bad(
                "in_laro",
                "true".to_owned(),
                crate::error::ProfileProblem::LaroWithoutTreatment,
            );
        }
        if let Some(count) = self.dsm5_criteria {
            let from_count = Severity::from_dsm5_criteria(count)?;
            if self.severity.is_some_and(|told| told != from_count) {
                let told = self.severity.map_or("", |s| s.id());
                return bad(
                    "severity",
                    told.to_owned(),
                    crate::error::ProfileProblem::SeverityContradictsDsm5,
                );
            }
        }
        if let Some(both) = self.situations.intersection(self.situations_absent).iter().next() {
            return bad(
                "situations",
                both.id().to_owned(),
                crate::error::ProfileProblem::SituationBothWays,
            );
        }
        let from_diagnosis = self.diagnoses.iter().find(|d| d.withdrawal().is_some());
        if let (Some(Withdrawal::NotPresent), Some(d)) = (self.withdrawal, from_diagnosis) {
            return bad(
                "withdrawal",
                d.to_string(),
                crate::error::ProfileProblem::SituationBothWays,
            );
        }
        Ok(())
    }
}

/// How grave a withdrawal state is, for choosing between two statements
/// of it.
fn withdrawal_gravity(withdrawal: Withdrawal) -> u8 {
    match withdrawal {
        Withdrawal::NotPresent => 0,
        Withdrawal::General => 1,
        Withdrawal::RaisedRisk => 2,
        Withdrawal::DeliriumTremens => 3,
    }
}

/// Generates [`Profile::facet_value`] from the facet table's `profile`
/// column.
macro_rules! profile_facets {
    ($(
        $(#[$doc:meta])*
        $facet:ident($ty:ident) {
            id: $id:literal, tags: $field:ident, with: $with:ident,
            the: ($the_sv:literal, $the_en:literal),
            plural: ($plural_sv:literal, $plural_en:literal), profile: $profile:tt
        }
    ),+ $(,)?) => {
        impl Profile {
            /// The index of the value the profile states for `facet`; `None`
            /// when it states none (or a profile has no such value).
            pub(crate) fn facet_value(&self, facet: Facet) -> Option<u8> {
                match facet {
                    $(Facet::$facet => profile_facets!(@get self $profile),)+
                }
            }
        }
    };
    (@get $self:ident none) => { None };
    (@get $self:ident $accessor:ident) => {
        // Vocabularies hold at most 64 values (see `TagSet`).
        $self.$accessor().map(|value| value.index() as u8)
    };
}

facet_table!(profile_facets);
