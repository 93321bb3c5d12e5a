//! Building a [`Profile`].

use super::Profile;
use crate::clinical::{Audit, Diagnosis, Dudit};
use crate::error::Error;
use crate::vocab::{
    AgeGroup, Condition, Need, PatternOfUse, Provider, Role, Severity, Situation, Substance,
    TagSet, Withdrawal,
};

/// Builds a [`Profile`]; see [`Profile::builder`]. Setting a field again
/// replaces it, except [`substance`](Self::substance) and
/// [`need`](Self::need), which add.
///
/// The builder never changes what it was told: [`build`](Self::build)
/// refuses what the profile's JSON refuses (an age above
/// [`Profile::MAX_AGE`], being in LARO but in no other treatment, a
/// severity that the DSM-5 count contradicts, a situation stated both ways)
/// instead of resolving it. What follows from a fact is read, not stored:
/// a person in LARO is in a treatment.
///
/// # Examples
///
/// ```
/// use insats::Profile;
///
/// let p = Profile::builder().in_laro(true).build()?;
/// assert_eq!((p.in_laro(), p.in_other_treatment()), (Some(true), Some(true)));
/// assert!(Profile::builder().in_laro(true).in_other_treatment(false).build().is_err());
/// assert!(Profile::builder().age(200).build().is_err());
/// # Ok::<(), insats::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
#[must_use]
pub struct ProfileBuilder {
    pub(super) profile: Profile,
}

impl ProfileBuilder {
    /// The age in years (sets the age group too). An age above
    /// [`Profile::MAX_AGE`] (130) is not a person's age:
    /// [`build`](Self::build) refuses it.
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
    /// Whether the person is already in another treatment (someone in no
    /// other treatment is not in LARO either).
    pub fn in_other_treatment(mut self, yes: bool) -> Self {
        self.profile.in_other_treatment = Some(yes);
        self
    }
    /// Whether the person is already in medication-assisted treatment
    /// (LARO), which is a treatment.
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
    /// Adds an ICD-10 diagnosis of the substance chapter; the profile
    /// keeps it ([`Profile::diagnoses`]) and reads what it states: its
    /// substances, the pattern of use (F1x.1 harmful use, F1x.2
    /// dependence), and for alcohol the withdrawal state (F10.3
    /// withdrawal, F10.4 delirium tremens). Repeatable. See
    /// [`clinical`](crate::Diagnosis) for the table the reading follows.
    ///
    /// ```
    /// use insats::{Profile, Substance, Withdrawal};
    ///
    /// let p = Profile::builder().age(45).diagnosis("F10.3".parse()?).build()?;
    /// assert!(p.substances().contains(Substance::Alcohol));
    /// assert_eq!(p.withdrawal(), Some(Withdrawal::General));
    /// let p = p.to_builder().diagnosis("F10.4".parse()?).diagnosis("F12.1".parse()?).build()?;
    /// assert_eq!(p.withdrawal(), Some(Withdrawal::DeliriumTremens));
    /// assert!(p.substances().contains(Substance::Cannabis));
    /// assert_eq!(p.diagnoses().len(), 3);
    /// # Ok::<(), insats::Error>(())
    /// ```
    pub fn diagnosis(mut self, diagnosis: Diagnosis) -> Self {
        if !self.profile.diagnoses.contains(&diagnosis) {
            self.profile.diagnoses.push(diagnosis);
        }
        self
    }
    /// The pattern of use (riskbruk, skadligt bruk, missbruk, beroende).
    pub fn pattern(mut self, pattern: PatternOfUse) -> Self {
        self.profile.pattern = Some(pattern);
        self
    }
    /// The number of DSM-5 criteria met (2–11): two or more state
    /// "missbruk eller beroende" without saying which, and give the
    /// severity; [`build`](Self::build) refuses a count outside 2–11 or a
    /// [`severity`](Self::severity) that the count contradicts.
    pub fn dsm5_criteria(mut self, count: u8) -> Self {
        self.profile.dsm5_criteria = Some(count);
        self
    }
    /// An AUDIT score ([`Audit::new`] checks its range); what it
    /// indicates is read by [`Profile::indications`].
    pub fn audit(mut self, audit: Audit) -> Self {
        self.profile.audit = Some(audit);
        self
    }
    /// A DUDIT score, read with the profile's age.
    pub fn dudit(mut self, dudit: Dudit) -> Self {
        self.profile.dudit = Some(dudit);
        self
    }
    /// Whether `situation` holds for the person (a risk of overdose, a
    /// suspected recent intake, …); a situation never stated is not
    /// assumed either way.
    pub fn situation(mut self, situation: Situation, holds: bool) -> Self {
        let p = &mut self.profile;
        if holds {
            p.situations.insert(situation);
        } else {
            p.situations_absent.insert(situation);
        }
        self
    }
    /// Asks for interventions recommended only within research (FoU) too.
    pub fn include_research(mut self, yes: bool) -> Self {
        self.profile.include_research = yes;
        self
    }
    /// The profile, exactly as told.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Profile`](crate::ErrorKind::Profile) for an age above [`Profile::MAX_AGE`], LARO
    /// stated beside no other treatment, a severity the DSM-5 count
    /// contradicts, a situation stated both to hold and not, or "no
    /// withdrawal" beside a diagnosis of withdrawal;
    /// [`ErrorKind::Dsm5Criteria`](crate::ErrorKind::Dsm5Criteria) for a DSM-5 count outside 2–11.
    pub fn build(self) -> Result<Profile, Error> {
        self.profile.check()?;
        Ok(self.profile)
    }

    /// The first problem [`build`](Self::build) would refuse, if any: for
    /// a reader that collects every problem of a case.
    pub(crate) fn check(&self) -> Result<(), Error> {
        self.profile.check()
    }

    /// The builder with `field` left out (unstated): what a lenient
    /// reader does with a field at fault, saying so.
    pub(crate) fn leave_out(mut self, field: super::ProfileField) -> Self {
        self.profile = self.profile.without(field);
        self
    }
}
