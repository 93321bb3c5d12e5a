//! The strings a baseline gives vocabulary values: population ids,
//! labels and ids.

use insats::{Population, TagSet, Vocabulary};

/// The id a baseline gives a population.
pub fn population_id(population: Population) -> String {
    match population {
        Population::Anyone => "anyone".to_owned(),
        Population::Youth => "youth".to_owned(),
        Population::Adults => "adults".to_owned(),
        Population::InMedicationAssistedTreatment => "in-laro".to_owned(),
        Population::Relatives => "relatives".to_owned(),
        Population::WithNeed(need) => format!("need:{}", need.id()),
        Population::WithCohabitingPartner => "with-cohabiting-partner".to_owned(),
        Population::InAlcoholWithdrawal => "in-alcohol-withdrawal".to_owned(),
        Population::InAlcoholWithdrawalWithRaisedRisk => {
            "in-alcohol-withdrawal-with-raised-risk".to_owned()
        }
        Population::WithSevereMentalIllness => "with-severe-mental-illness".to_owned(),
        Population::InDeliriumTremens => "in-delirium-tremens".to_owned(),
        Population::InSituation(situation) => format!("situation:{}", situation.id()),
        other => panic!("population {other:?} unknown to the baselines"),
    }
}

pub(super) fn labels<T: Vocabulary>(set: TagSet<T>) -> Vec<String> {
    set.iter().map(|v| v.label_sv().to_owned()).collect()
}

pub(super) fn label<T: Vocabulary>(value: Option<T>) -> Option<String> {
    value.map(|v| v.label_sv().to_owned())
}

pub(super) fn ids<T: Vocabulary>(set: TagSet<T>) -> Vec<String> {
    set.iter().map(|v| v.id().to_owned()).collect()
}
