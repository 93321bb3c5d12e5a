//! The JSON form of a [`Profile`], checked on the way in like the builder.

use super::Profile;
use crate::clinical::{Audit, Diagnosis, Dudit};
use crate::vocab::{
    AgeGroup, Condition, Need, PatternOfUse, Provider, Role, Severity, Situation, Substance,
    TagSet, Withdrawal,
};
use serde::{Deserialize, Serialize};

/// The serde form of a [`Profile`]: the same fields, checked on the way in
/// by the rule the builder's `build` applies (`Profile::check`).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ProfileFields {
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
    withdrawal: Option<Withdrawal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    severe_mental_illness: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    needs: Option<TagSet<Need>>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    include_research: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pattern: Option<PatternOfUse>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    dsm5_criteria: Option<u8>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    diagnoses: Vec<Diagnosis>,
    #[serde(default, skip_serializing_if = "TagSet::is_empty")]
    situations: TagSet<Situation>,
    #[serde(default, skip_serializing_if = "TagSet::is_empty")]
    situations_absent: TagSet<Situation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    audit: Option<Audit>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    dudit: Option<Dudit>,
}

impl TryFrom<ProfileFields> for Profile {
    // serde wraps the message in its own error, with the position.
    type Error = String;

    fn try_from(f: ProfileFields) -> Result<Profile, String> {
        let profile = Profile {
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
            withdrawal: f.withdrawal,
            severe_mental_illness: f.severe_mental_illness,
            needs: f.needs,
            include_research: f.include_research,
            pattern: f.pattern,
            dsm5_criteria: f.dsm5_criteria,
            diagnoses: f.diagnoses,
            situations: f.situations,
            situations_absent: f.situations_absent,
            audit: f.audit,
            dudit: f.dudit,
        };
        profile.check().map_err(|e| e.to_string())?;
        Ok(profile)
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
            withdrawal: p.withdrawal,
            severe_mental_illness: p.severe_mental_illness,
            needs: p.needs,
            include_research: p.include_research,
            pattern: p.pattern,
            dsm5_criteria: p.dsm5_criteria,
            diagnoses: p.diagnoses,
            situations: p.situations,
            situations_absent: p.situations_absent,
            audit: p.audit,
            dudit: p.dudit,
        }
    }
}
