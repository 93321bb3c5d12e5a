//! Building a [`Profile`].

use super::Profile;
use crate::clinical::Diagnosis;
use crate::vocab::{
    AgeGroup, Condition, Need, Provider, Role, Severity, Substance, TagSet, Withdrawal,
};

/// Builds a [`Profile`]; see [`Profile::builder`]. Setting a field again
/// replaces it, except [`substance`](Self::substance) and
/// [`need`](Self::need), which add.
///
/// The builder keeps a profile consistent, so that it always reads back
/// from its JSON: LARO is a treatment, so [`in_laro(true)`](Self::in_laro)
/// also states [`in_other_treatment(true)`](Self::in_other_treatment), and
/// `in_other_treatment(false)` also states `in_laro(false)`; the later call
/// wins.
///
/// # Examples
///
/// ```
/// use insats::Profile;
///
/// let p = Profile::builder().in_other_treatment(false).in_laro(true).build();
/// assert_eq!((p.in_laro(), p.in_other_treatment()), (Some(true), Some(true)));
/// let p = Profile::builder().in_laro(true).in_other_treatment(false).build();
/// assert_eq!((p.in_laro(), p.in_other_treatment()), (Some(false), Some(false)));
/// ```
#[derive(Clone, Debug, Default)]
#[must_use]
pub struct ProfileBuilder {
    pub(super) profile: Profile,
}

impl ProfileBuilder {
    /// The age in years (sets the age group too). An age above
    /// [`Profile::MAX_AGE`] (130) is not a person's age and is taken as
    /// 130, which is in the same age group; the profile's JSON refuses it.
    pub fn age(mut self, years: u8) -> Self {
        let years = years.min(Profile::MAX_AGE);
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
    /// Whether the person is already in another treatment; `false` also
    /// states that the person is not in LARO.
    pub fn in_other_treatment(mut self, yes: bool) -> Self {
        self.profile.in_other_treatment = Some(yes);
        if !yes {
            self.profile.in_laro = Some(false);
        }
        self
    }
    /// Whether the person is already in medication-assisted treatment
    /// (LARO); `true` also states that the person is in other treatment.
    pub fn in_laro(mut self, yes: bool) -> Self {
        self.profile.in_laro = Some(yes);
        if yes {
            self.profile.in_other_treatment = Some(true);
        }
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
    /// Whether the person is in alcohol withdrawal, and with what risk.
    pub fn withdrawal(mut self, withdrawal: Withdrawal) -> Self {
        self.profile.withdrawal = Some(withdrawal);
        self
    }
    /// Whether the person has a severe mental illness (svår psykisk
    /// sjukdom) besides the substance use.
    pub fn severe_mental_illness(mut self, yes: bool) -> Self {
        self.profile.severe_mental_illness = Some(yes);
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
    /// Adds what an ICD-10 diagnosis of the substance chapter states: its
    /// substances, the condition (harmful use, dependence and withdrawal
    /// are the guide's *Missbruk och beroende*), and for alcohol withdrawal
    /// the withdrawal state. Repeatable: substances add up, and of two
    /// withdrawal states the raised risk wins. See
    /// [`clinical`](crate::clinical) for the table the mapping follows.
    ///
    /// ```
    /// use insats::{Condition, Profile, Substance, Withdrawal};
    ///
    /// let p = Profile::builder().age(45).diagnosis("F10.3".parse()?).build();
    /// assert!(p.substances().contains(Substance::Alcohol));
    /// assert_eq!(p.condition(), Some(Condition::SubstanceUseAndDependence));
    /// assert_eq!(p.withdrawal(), Some(Withdrawal::General));
    /// let p = p.to_builder().diagnosis("F10.4".parse()?).diagnosis("F12.1".parse()?).build();
    /// assert_eq!(p.withdrawal(), Some(Withdrawal::RaisedRisk));
    /// assert!(p.substances().contains(Substance::Cannabis));
    /// # Ok::<(), insats::Error>(())
    /// ```
    pub fn diagnosis(mut self, diagnosis: Diagnosis) -> Self {
        let profile = &mut self.profile;
        profile.substances = profile.substances.union(diagnosis.substances());
        if let Some(condition) = diagnosis.condition() {
            profile.condition = Some(condition);
        }
        if let Some(withdrawal) = diagnosis.withdrawal() {
            // The stronger state wins: raised risk is withdrawal too.
            let stronger = match profile.withdrawal {
                Some(Withdrawal::RaisedRisk) => Withdrawal::RaisedRisk,
                _ => withdrawal,
            };
            profile.withdrawal = Some(stronger);
        }
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
