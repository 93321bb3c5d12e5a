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
            Population::WithNeed(_) => Term::PopulationWithNeed,
            Population::InSituation(_) => Term::PopulationInSituation,
            fixed => fixed.row().map_or(Term::PopulationAnyone, |row| row.who),
        }
    }

    fn holds_term(self) -> Term {
        match self {
            Population::WithNeed(_) => Term::HoldsNeed,
            Population::InSituation(_) => Term::HoldsSituation,
            fixed => fixed.row().map_or(Term::HoldsAnyone, |row| row.holds),
        }
    }

    /// The population's id, as serde writes it: `"in-laro"`; for a need
    /// or a situation, the key of its object (`"with-need"`,
    /// `"in-situation"`).
    ///
    /// ```
    /// use insats::{Need, Population};
    ///
    /// assert_eq!(Population::InMedicationAssistedTreatment.id(), "in-laro");
    /// assert_eq!(Population::WithNeed(Need::Work).id(), "with-need");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            Population::WithNeed(_) => "with-need",
            Population::InSituation(_) => "in-situation",
            fixed => fixed.row().map_or("anyone", |row| row.id),
        }
    }

    /// Where a text of the guide names several populations, the page
    /// reader takes the one that comes first here: relatives (a text about
    /// relatives of young people is for the relatives), then LARO, the
    /// raised risk in alcohol withdrawal, withdrawal, severe mental
    /// illness, a partner one lives with, young people. `None` for the
    /// populations no text is read for.
    ///
    /// ```
    /// use insats::Population;
    ///
    /// assert!(Population::Relatives.text_precedence() < Population::Youth.text_precedence());
    /// assert_eq!(Population::Anyone.text_precedence(), None);
    /// ```
    pub fn text_precedence(self) -> Option<u8> {
        self.row().and_then(|row| row.precedence)
    }

    /// Every population, with each need's: for tables and tests.
    pub fn all() -> impl Iterator<Item = Population> {
        FIXED_POPULATIONS
            .iter()
            .map(|row| row.population)
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

/// One population that is neither a need nor a situation, as every part
/// of the crate reads it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct PopulationRow {
    pub(crate) population: Population,
    /// The serde id.
    id: &'static str,
    /// Its bit in the matcher's population masks (the needs' bits follow
    /// the fixed ones, then the situations').
    pub(crate) bit: u8,
    /// Who the population is ([`Population::describe`]).
    who: Term,
    /// The fact that puts a person in it ([`Population::holds`]).
    holds: Term,
    /// The page reader's precedence ([`Population::text_precedence`]).
    precedence: Option<u8>,
}

/// The table of populations: one row each, read by the descriptions, the
/// matcher's bits and the page reader's precedence.
/// The `match` it builds has no wildcard, so a new population cannot be
/// left without its row.
macro_rules! populations {
    ($($variant:ident {
        id: $id:literal,
        bit: $bit:literal,
        who: $who:ident,
        holds: $holds:ident,
        read: $precedence:expr $(,)?
    })*) => {
        /// Every fixed population, in the order of its bit.
        pub(crate) const FIXED_POPULATIONS: &[PopulationRow] = &[$(PopulationRow {
            population: Population::$variant,
            id: $id,
            bit: $bit,
            who: Term::$who,
            holds: Term::$holds,
            precedence: $precedence,
        }),*];

        impl Population {
            /// The population's row of the table; `None` for a need or a
            /// situation.
            pub(crate) fn row(self) -> Option<&'static PopulationRow> {
                let bit: u8 = match self {
                    $(Population::$variant => $bit,)*
                    Population::WithNeed(_) | Population::InSituation(_) => return None,
                };
                FIXED_POPULATIONS.get(usize::from(bit))
            }
        }
    };
}

populations! {
    Anyone {
        id: "anyone", bit: 0, who: PopulationAnyone, holds: HoldsAnyone,
        read: None,
    }
    Youth {
        id: "youth", bit: 1, who: PopulationYouth, holds: HoldsYouth,
        read: Some(7),
    }
    Adults {
        id: "adults", bit: 2, who: PopulationAdults, holds: HoldsAdults,
        read: None,
    }
    InMedicationAssistedTreatment {
        id: "in-laro", bit: 3, who: PopulationInLaro, holds: HoldsInLaro,
        read: Some(2),
    }
    Relatives {
        id: "relatives", bit: 4, who: PopulationRelatives, holds: HoldsRelative,
        read: Some(1),
    }
    WithCohabitingPartner {
        id: "with-cohabiting-partner", bit: 5, who: PopulationWithPartner, holds: HoldsPartner,
        read: Some(6),
    }
    InAlcoholWithdrawal {
        id: "in-alcohol-withdrawal", bit: 6, who: PopulationInWithdrawal,
        holds: HoldsInWithdrawal, read: Some(4),
    }
    InAlcoholWithdrawalWithRaisedRisk {
        id: "in-alcohol-withdrawal-with-raised-risk", bit: 7,
        who: PopulationInWithdrawalRaisedRisk, holds: HoldsInWithdrawalRaisedRisk,
        read: Some(3),
    }
    WithSevereMentalIllness {
        id: "with-severe-mental-illness", bit: 8, who: PopulationWithSevereMentalIllness,
        holds: HoldsSevereMentalIllness, read: Some(5),
    }
    InDeliriumTremens {
        id: "in-delirium-tremens", bit: 9, who: PopulationInDeliriumTremens,
        holds: HoldsInDeliriumTremens, read: None,
    }
}

// Each row's bit is its place, so that `row` finds it.
const _: () = {
    let mut i = 0;
    while i < FIXED_POPULATIONS.len() {
        assert!(
            FIXED_POPULATIONS[i].bit as usize == i,
            "a population's bit is its place in the table"
        );
        i += 1;
    }
};

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_ids_are_the_serde_names() {
        for population in Population::all() {
            let written = serde_json::to_value(population).unwrap();
            let id = match &written {
                serde_json::Value::String(id) => id.as_str(),
                serde_json::Value::Object(object) => object.keys().next().unwrap().as_str(),
                other => panic!("{population:?} written as {other}"),
            };
            assert_eq!(population.id(), id, "{population:?}");
        }
    }

    #[test]
    fn the_reader_s_precedences_are_distinct() {
        let mut seen: Vec<u8> = Population::all().filter_map(Population::text_precedence).collect();
        let named = seen.len();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), named);
    }
}
