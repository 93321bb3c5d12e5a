//! Who a recommendation is for beyond the substance: the population the
//! national guidelines name in the condition, and the age scope of the
//! pair.

use crate::terms::{Language, Term};
use crate::vocab::{Need, Situation, Vocabulary};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Who a recommendation is for, beyond the substance: the situation of the
/// person that the national guidelines name in the condition.
///
/// Serialized as a kebab-case id (`"in-laro"`), or `{"with-need": "housing"}`.
///
/// # Examples
///
/// ```
/// use insats::{Need, Population};
///
/// assert_eq!(serde_json::to_string(&Population::Relatives)?, r#""relatives""#);
/// assert_eq!(
///     serde_json::to_string(&Population::WithNeed(Need::Housing))?,
///     r#"{"with-need":"housing"}"#
/// );
/// assert_eq!(Population::InAlcoholWithdrawal.to_string(), "personer i alkoholabstinens");
/// assert_eq!(Population::InAlcoholWithdrawal.describe_en(), "people in alcohol withdrawal");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Population {
    /// People with the condition; the guideline names no age or situation.
    Anyone,
    /// Young people under 18 (NR's youth set: "ungdomar under 18 år").
    Youth,
    /// Adults, from 18.
    Adults,
    /// People already in medication-assisted treatment for opioid
    /// dependence (LARO).
    #[serde(rename = "in-laro")]
    InMedicationAssistedTreatment,
    /// Relatives (anhöriga) of a person with the condition: the relative is
    /// the one helped.
    Relatives,
    /// People with the condition and a need found in the assessment
    /// (homelessness, weak attachment to work, …).
    WithNeed(Need),
    /// People with the condition who live with a partner.
    WithCohabitingPartner,
    /// People in alcohol withdrawal (alkoholabstinens i allmänhet).
    InAlcoholWithdrawal,
    /// People in alcohol withdrawal with a raised risk of withdrawal
    /// seizures or delirium tremens.
    InAlcoholWithdrawalWithRaisedRisk,
    /// People with the condition who also have a severe mental illness
    /// (svår psykisk sjukdom): a narrower group than anyone with mental
    /// ill-health.
    WithSevereMentalIllness,
    /// People with established delirium tremens (NR's row for "svår
    /// alkoholabstinens (delirium tremens)"), apart from the raised risk of
    /// it.
    InDeliriumTremens,
    /// People in a situation the row's condition names, such as a risk of
    /// overdose or a suspected recent intake.
    InSituation(Situation),
}

impl Population {
    /// Who the population is, in `language`: `personer i alkoholabstinens`.
    pub fn describe(self, language: Language) -> String {
        match self {
            Population::WithNeed(need) => {
                Term::PopulationWithNeed.fill(language, &[("need", &need_phrase(language, need))])
            }
            Population::InSituation(situation) => Term::PopulationInSituation
                .fill(language, &[("situation", &situation_phrase(language, situation))]),
            other => other.term().text(language).to_owned(),
        }
    }

    /// [`describe`](Self::describe) in Swedish; also what `Display` writes.
    pub fn describe_sv(self) -> String {
        self.describe(Language::Swedish)
    }

    /// [`describe`](Self::describe) in English.
    pub fn describe_en(self) -> String {
        self.describe(Language::English)
    }

    /// The fact about a person that puts them in the population, as a
    /// clause that follows *om* / *if* (Swedish word order of a
    /// subordinate clause): `personen är i alkoholabstinens`, `personen
    /// också har en svår psykisk sjukdom`.
    pub fn holds(self, language: Language) -> String {
        match self {
            Population::WithNeed(need) => {
                Term::HoldsNeed.fill(language, &[("need", &need_phrase(language, need))])
            }
            Population::InSituation(situation) => Term::HoldsSituation
                .fill(language, &[("situation", &situation_phrase(language, situation))]),
            other => other.holds_term().text(language).to_owned(),
        }
    }

    /// The same fact as a main clause, stated: why a match for the
    /// population is included (`kartläggningen har visat hemlöshet`,
    /// `personen har också en svår psykisk sjukdom`).
    pub(crate) fn stated(self, language: Language) -> String {
        match self {
            Population::WithNeed(need) => {
                Term::FitsNeed.fill(language, &[("need", &need_phrase(language, need))])
            }
            Population::WithSevereMentalIllness => {
                Term::FitsSevereMentalIllness.text(language).to_owned()
            }
            other => other.holds(language),
        }
    }

    fn term(self) -> Term {
        match self {
            Population::Anyone => Term::PopulationAnyone,
            Population::Youth => Term::PopulationYouth,
            Population::Adults => Term::PopulationAdults,
            Population::InMedicationAssistedTreatment => Term::PopulationInLaro,
            Population::Relatives => Term::PopulationRelatives,
            Population::WithNeed(_) => Term::PopulationWithNeed,
            Population::WithCohabitingPartner => Term::PopulationWithPartner,
            Population::InAlcoholWithdrawal => Term::PopulationInWithdrawal,
            Population::InAlcoholWithdrawalWithRaisedRisk => Term::PopulationInWithdrawalRaisedRisk,
            Population::WithSevereMentalIllness => Term::PopulationWithSevereMentalIllness,
            Population::InDeliriumTremens => Term::PopulationInDeliriumTremens,
            Population::InSituation(_) => Term::PopulationInSituation,
        }
    }

    fn holds_term(self) -> Term {
        match self {
            Population::Anyone => Term::HoldsAnyone,
            Population::Youth => Term::HoldsYouth,
            Population::Adults => Term::HoldsAdults,
            Population::InMedicationAssistedTreatment => Term::HoldsInLaro,
            Population::Relatives => Term::HoldsRelative,
            Population::WithNeed(_) => Term::HoldsNeed,
            Population::WithCohabitingPartner => Term::HoldsPartner,
            Population::InAlcoholWithdrawal => Term::HoldsInWithdrawal,
            Population::InAlcoholWithdrawalWithRaisedRisk => Term::HoldsInWithdrawalRaisedRisk,
            Population::WithSevereMentalIllness => Term::HoldsSevereMentalIllness,
            Population::InDeliriumTremens => Term::HoldsInDeliriumTremens,
            Population::InSituation(_) => Term::HoldsSituation,
        }
    }

    /// Every population, with each need's: for tables and tests.
    pub fn all() -> impl Iterator<Item = Population> {
        [
            Population::Anyone,
            Population::Youth,
            Population::Adults,
            Population::InMedicationAssistedTreatment,
            Population::Relatives,
            Population::WithCohabitingPartner,
            Population::InAlcoholWithdrawal,
            Population::InAlcoholWithdrawalWithRaisedRisk,
            Population::WithSevereMentalIllness,
            Population::InDeliriumTremens,
        ]
        .into_iter()
        .chain(Need::ALL.iter().map(|need| Population::WithNeed(*need)))
        .chain(Situation::ALL.iter().map(|s| Population::InSituation(*s)))
    }
}

/// A need as a sentence names it: `hemlöshet`, `behov av stöd i boendet`,
/// `svag anknytning till arbetsmarknaden` (a label such as *Arbete* is no
/// phrase of a sentence).
pub(crate) fn need_phrase(language: Language, need: Need) -> &'static str {
    let term = match need {
        Need::FamilySituation => Term::NeedFamilySituation,
        Need::ExtentOfUse => Term::NeedExtentOfUse,
        Need::MentalHealth => Term::NeedMentalHealth,
        Need::SocialSituation => Term::NeedSocialSituation,
        Need::Housing => Term::NeedHousing,
        Need::Work => Term::NeedWork,
        Need::School => Term::NeedSchool,
        Need::Loneliness => Term::NeedLoneliness,
        Need::Coordination => Term::NeedCoordination,
        Need::Homelessness => Term::NeedHomelessness,
        Need::SupportInHousing => Term::NeedSupportInHousing,
        Need::SupportInDailyLife => Term::NeedSupportInDailyLife,
    };
    term.text(language)
}

/// A situation as a sentence names it, after *med* / *har* (*with* /
/// *has*): `risk för överdos`, `samtidig PTSD`.
pub(crate) fn situation_phrase(language: Language, situation: Situation) -> &'static str {
    let term = match situation {
        Situation::OverdoseRisk => Term::SituationOverdoseRisk,
        Situation::Ptsd => Term::SituationPtsd,
        Situation::Depression => Term::SituationDepression,
        Situation::TaperingNotSuccessful => Term::SituationTaperingNotSuccessful,
        Situation::UsualDiscontinuationNotPossible => {
            Term::SituationUsualDiscontinuationNotPossible
        }
        Situation::RecentAlcoholIntake => Term::SituationRecentAlcoholIntake,
        Situation::LongTermHeavyAlcoholIntake => Term::SituationLongTermHeavyAlcoholIntake,
        Situation::OngoingOrRecentDrugIntake => Term::SituationOngoingOrRecentDrugIntake,
    };
    term.text(language)
}

impl fmt::Display for Population {
    /// The Swedish description, as the vocabularies display their Swedish
    /// labels.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe_sv())
    }
}

/// The ages an NR pair is rated for, as the project's fact sheet records
/// them (column `age_scope`).
///
/// NR rates a youth set of its own for young people under 18; medicines,
/// the treatment tied to them and HAP are for adults; the other rows are
/// general and name no age. A child is never given a general row's number
/// as if NR had rated the intervention for children, and never an adults
/// row.
///
/// # Examples
///
/// ```
/// use insats::AgeScope;
///
/// assert_eq!(serde_json::to_string(&AgeScope::Under18)?, r#""under-18""#);
/// assert_eq!(AgeScope::default(), AgeScope::Unspecified);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum AgeScope {
    /// NR's general rows: the condition names no age.
    #[default]
    Unspecified,
    /// NR's youth set: "ungdomar under 18 år".
    #[serde(rename = "under-18")]
    Under18,
    /// For adults only (medicines and treatment tied to them, HAP, AUDIT,
    /// ASI).
    Adults,
    /// Young people aged 13 to 21 (ADAD, by the guide's page).
    #[serde(rename = "youth-13-21")]
    Youth13To21,
    /// From 20, unless there are special reasons (the LARO regulations,
    /// which state no lower floor): a younger person still gets the row,
    /// with a note.
    #[serde(rename = "20-unless-special-reasons")]
    From20UnlessSpecialReasons,
}

impl AgeScope {
    /// Whether the scope is the default (for serde's `skip_serializing_if`).
    pub(crate) fn is_unspecified(&self) -> bool {
        matches!(self, AgeScope::Unspecified)
    }
}
