//! Whether a person is in the population a pair is for: the one statement
//! of that rule, which the matcher's masks and the explanations both read.

use super::Profile;
use crate::model::population::{need_phrase, situation_phrase};
use crate::model::{AgeScope, Population};
use crate::terms::{Language, Term};
use crate::vocab::lower_label;
use crate::vocab::{
    AgeGroup, Condition, Need, PatternOfUse, PatternRequirement, Situation, TagSet, Withdrawal,
};
use std::fmt;

/// How a person stands to a [`Population`]: see [`Profile::fit`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Fit {
    /// The person is in the population (or, for an age, the profile does
    /// not say they are not).
    Fits,
    /// The population is a situation the profile leaves unstated (being a
    /// relative, in LARO, in withdrawal, …): a pair for it would apply if
    /// the situation holds.
    Unstated,
    /// A fact of the profile puts the person outside the population.
    Fails(ProfileFact),
}

/// A fact of a profile that puts the person outside a pair's population or
/// age scope: what an explanation names instead of restating the
/// population.
///
/// # Examples
///
/// ```
/// use insats::{Fit, Language, Population, Profile, ProfileFact};
///
/// let relative = Profile::builder().age(40).relative(true).build()?;
/// let fit = relative.fit(Population::Anyone);
/// assert_eq!(fit, Fit::Fails(ProfileFact::IsRelative));
/// assert_eq!(
///     ProfileFact::IsRelative.describe(Language::English),
///     "the person asking for help is a relative"
/// );
/// # Ok::<(), insats::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case", tag = "fact", content = "value")]
#[non_exhaustive]
pub enum ProfileFact {
    /// The person asking for help is a relative, and the pair is for the
    /// person with the condition.
    IsRelative,
    /// The person asking for help is not a relative, and the pair is for
    /// relatives.
    IsNotRelative,
    /// The person is under 18.
    UnderEighteen,
    /// The person is 18 or older.
    EighteenOrOlder,
    /// The person's age, in years (outside a scope such as 13–21).
    Age(u8),
    /// The person is 65 or older (the age group Äldre, no exact age).
    SixtyFiveOrOlder,
    /// The person is not in LARO.
    NotInLaro,
    /// The person is in no other treatment, so not in LARO either.
    InNoOtherTreatment,
    /// The assessment found no such need.
    NeedNotFound(Need),
    /// The person does not live with a partner.
    NoCohabitingPartner,
    /// The person is not in alcohol withdrawal.
    NoWithdrawal,
    /// The person is in alcohol withdrawal without a raised risk of
    /// withdrawal seizures or delirium tremens.
    WithdrawalWithoutRaisedRisk,
    /// The person has no severe mental illness.
    NoSevereMentalIllness,
    /// The person has delirium tremens, which NR rates in a row of its
    /// own, apart from withdrawal and its raised risk.
    HasDeliriumTremens,
    /// The person is in a withdrawal state other than delirium tremens (or
    /// in none).
    NoDeliriumTremens,
    /// The situation is stated not to hold.
    SituationAbsent(Situation),
    /// The patterns of use the profile states (told or by a diagnosis) do
    /// not include what the row's condition needs; the pattern named is
    /// the gravest stated.
    PatternIs(PatternOfUse),
}

impl ProfileFact {
    /// The fact as a clause, in `language`.
    pub fn describe(self, language: Language) -> String {
        let term = match self {
            ProfileFact::IsRelative => Term::FactIsRelative,
            ProfileFact::IsNotRelative => Term::FactIsNotRelative,
            ProfileFact::UnderEighteen => Term::FactUnderEighteen,
            ProfileFact::EighteenOrOlder => Term::FactEighteenOrOlder,
            ProfileFact::Age(age) => return Term::FactAge.fill(language, &[("age", &age)]),
            ProfileFact::SixtyFiveOrOlder => Term::FactSixtyFiveOrOlder,
            ProfileFact::NotInLaro => Term::FactNotInLaro,
            ProfileFact::InNoOtherTreatment => Term::FactInNoOtherTreatment,
            ProfileFact::NeedNotFound(need) => {
                return Term::FactNeedNotFound
                    .fill(language, &[("need", &need_phrase(language, need))]);
            }
            ProfileFact::NoCohabitingPartner => Term::FactNoPartner,
            ProfileFact::NoWithdrawal => Term::FactNoWithdrawal,
            ProfileFact::WithdrawalWithoutRaisedRisk => Term::FactWithdrawalWithoutRaisedRisk,
            ProfileFact::NoSevereMentalIllness => Term::FactNoSevereMentalIllness,
            ProfileFact::HasDeliriumTremens => Term::FactHasDeliriumTremens,
            ProfileFact::NoDeliriumTremens => Term::FactNoDeliriumTremens,
            ProfileFact::SituationAbsent(situation) => {
                return Term::FactSituationAbsent
                    .fill(language, &[("situation", &situation_phrase(language, situation))]);
            }
            ProfileFact::PatternIs(pattern) => {
                return Term::FactPatternIs
                    .fill(language, &[("pattern", &lower_label(pattern, language))]);
            }
        };
        term.text(language).to_owned()
    }
}

impl fmt::Display for ProfileFact {
    /// The Swedish clause.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Language::Swedish))
    }
}

impl Profile {
    /// How the person stands to `population`.
    ///
    /// An age the profile does not state does not exclude; a situation it
    /// does not state is [`Fit::Unstated`]. A relative is helped only by
    /// the programmes for relatives, and they only by those. LARO is a
    /// treatment: someone in no other treatment is not in it.
    ///
    /// ```
    /// use insats::{Fit, Population, Profile, ProfileFact, Withdrawal};
    ///
    /// let p = Profile::builder().withdrawal(Withdrawal::General).build()?;
    /// assert_eq!(p.fit(Population::InAlcoholWithdrawal), Fit::Fits);
    /// assert_eq!(
    ///     p.fit(Population::InAlcoholWithdrawalWithRaisedRisk),
    ///     Fit::Fails(ProfileFact::WithdrawalWithoutRaisedRisk)
    /// );
    /// assert_eq!(Profile::default().fit(Population::Relatives), Fit::Unstated);
    /// assert_eq!(Profile::default().fit(Population::Anyone), Fit::Fits);
    /// # Ok::<(), insats::Error>(())
    /// ```
    #[inline]
    pub fn fit(&self, population: Population) -> Fit {
        use ProfileFact as F;
        if population != Population::Relatives && self.relative == Some(true) {
            return Fit::Fails(F::IsRelative);
        }
        let situation = |stated: Option<bool>, fails: ProfileFact| match stated {
            Some(true) => Fit::Fits,
            Some(false) => Fit::Fails(fails),
            None => Fit::Unstated,
        };
        match population {
            Population::Anyone => Fit::Fits,
            Population::Youth => match self.age_group {
                Some(AgeGroup::Adults | AgeGroup::Older) => Fit::Fails(F::EighteenOrOlder),
                _ => Fit::Fits,
            },
            Population::Adults => match self.age_group {
                Some(AgeGroup::Children) => Fit::Fails(F::UnderEighteen),
                _ => Fit::Fits,
            },
            Population::InMedicationAssistedTreatment => {
                if self.in_other_treatment == Some(false) {
                    Fit::Fails(F::InNoOtherTreatment)
                } else {
                    situation(self.in_laro, F::NotInLaro)
                }
            }
            Population::Relatives => situation(self.relative, F::IsNotRelative),
            Population::WithNeed(need) => match self.needs {
                None => Fit::Unstated,
                Some(needs) if needs.contains(need) => Fit::Fits,
                // "Bostad" says there is a housing need, not which one.
                Some(needs)
                    if needs.contains(Need::Housing)
                        && matches!(need, Need::Homelessness | Need::SupportInHousing) =>
                {
                    Fit::Unstated
                }
                Some(_) => Fit::Fails(F::NeedNotFound(need)),
            },
            Population::WithCohabitingPartner => {
                situation(self.cohabiting_partner, F::NoCohabitingPartner)
            }
            Population::InAlcoholWithdrawal => match self.withdrawal() {
                None => Fit::Unstated,
                Some(Withdrawal::DeliriumTremens) => Fit::Fails(F::HasDeliriumTremens),
                Some(Withdrawal::NotPresent) => Fit::Fails(F::NoWithdrawal),
                Some(Withdrawal::General | Withdrawal::RaisedRisk) => Fit::Fits,
            },
            Population::InAlcoholWithdrawalWithRaisedRisk => match self.withdrawal() {
                None => Fit::Unstated,
                Some(Withdrawal::RaisedRisk) => Fit::Fits,
                Some(Withdrawal::General) => Fit::Fails(F::WithdrawalWithoutRaisedRisk),
                Some(Withdrawal::DeliriumTremens) => Fit::Fails(F::HasDeliriumTremens),
                Some(Withdrawal::NotPresent) => Fit::Fails(F::NoWithdrawal),
            },
            Population::InDeliriumTremens => match self.withdrawal() {
                None => Fit::Unstated,
                Some(Withdrawal::DeliriumTremens) => Fit::Fits,
                Some(_) => Fit::Fails(F::NoDeliriumTremens),
            },
            Population::WithSevereMentalIllness => {
                situation(self.severe_mental_illness, F::NoSevereMentalIllness)
            }
            Population::InSituation(s) => situation(self.situation(s), F::SituationAbsent(s)),
        }
    }

    /// The patterns of use the profile states: as told, and as its
    /// diagnoses state them (F1x.1 harmful use, F1x.2 dependence).
    pub fn stated_patterns(&self) -> TagSet<PatternOfUse> {
        let mut patterns: TagSet<PatternOfUse> = self.pattern.into_iter().collect();
        for d in self.diagnoses() {
            if let Some(p) = d.pattern() {
                patterns.insert(p);
            }
        }
        patterns
    }

    /// How the person stands to what a row's condition needs about the
    /// pattern of use.
    ///
    /// "Missbruk eller beroende" is stated by the condition *Missbruk och
    /// beroende*, a pattern other than riskbruk, a DSM-5 count (two or
    /// more criteria) or a diagnosis of harmful use or dependence;
    /// dependence alone only by the pattern or a diagnosis of dependence.
    /// A stated pattern that is not enough is a fact that excludes; nothing
    /// stated is [`Fit::Unstated`].
    ///
    /// ```
    /// use insats::{Fit, PatternOfUse, PatternRequirement, Profile, ProfileFact};
    ///
    /// let risky = Profile::builder().pattern(PatternOfUse::RiskyUse).build()?;
    /// assert_eq!(
    ///     risky.pattern_fit(PatternRequirement::MisuseOrDependence),
    ///     Fit::Fails(ProfileFact::PatternIs(PatternOfUse::RiskyUse))
    /// );
    /// let counted = Profile::builder().dsm5_criteria(4).build()?;
    /// assert_eq!(counted.pattern_fit(PatternRequirement::MisuseOrDependence), Fit::Fits);
    /// assert_eq!(counted.pattern_fit(PatternRequirement::Dependence), Fit::Unstated);
    /// # Ok::<(), insats::Error>(())
    /// ```
    pub fn pattern_fit(&self, requirement: PatternRequirement) -> Fit {
        let patterns = self.stated_patterns();
        let gravest = patterns.iter().last();
        match requirement {
            PatternRequirement::None => Fit::Fits,
            PatternRequirement::MisuseOrDependence => {
                let stated = patterns.iter().any(PatternOfUse::is_misuse_or_dependence)
                    || self.condition() == Some(Condition::SubstanceUseAndDependence)
                    || self.dsm5_criteria().is_some_and(|n| n >= 2);
                match gravest {
                    _ if stated => Fit::Fits,
                    Some(pattern) => Fit::Fails(ProfileFact::PatternIs(pattern)),
                    None => Fit::Unstated,
                }
            }
            PatternRequirement::Dependence => match gravest {
                Some(PatternOfUse::Dependence) => Fit::Fits,
                Some(pattern) => Fit::Fails(ProfileFact::PatternIs(pattern)),
                None => Fit::Unstated,
            },
        }
    }

    /// Whether the person's age is outside a pair's age scope, and the fact
    /// that says so: a child is never given an adults-only pair, nor an
    /// adult a pair of the youth set. An unknown age is outside nothing.
    pub fn outside_age_scope(&self, scope: AgeScope) -> Option<ProfileFact> {
        if scope == AgeScope::Youth13To21 {
            return match (self.age, self.age_group) {
                (Some(age), _) => (!(13..=21).contains(&age)).then_some(ProfileFact::Age(age)),
                (None, Some(AgeGroup::Older)) => Some(ProfileFact::SixtyFiveOrOlder),
                _ => None,
            };
        }
        match (scope, self.age_group?) {
            (AgeScope::Adults, AgeGroup::Children) => Some(ProfileFact::UnderEighteen),
            (AgeScope::Under18, AgeGroup::Adults | AgeGroup::Older) => {
                Some(ProfileFact::EighteenOrOlder)
            }
            _ => None,
        }
    }
}
