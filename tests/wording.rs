//! The words of every reason, fact and situation, pinned in both
//! languages: a sentence a caseworker may paste into a record cannot lose
//! its "inte", turn "no raised risk" into "a raised risk", or word a
//! raised-risk withdrawal as plain withdrawal, without a test failing. Also
//! the rules of the Swedish (a subordinate clause's word order, "för"
//! before people, lists joined with "och"/"eller"), each reason kind's
//! exclusion flag, and one test per sentence the wording review found
//! false (F1–F5).

use insats::{
    AgeScope, Diagnosis, Dispute, FacetValue, Language, Matcher, NearestStated, Need, NrPriority,
    PatternOfUse, PatternRequirement, Population, Profile, ProfileFact, Reason, RecommendationVerb,
    Role, Situation, Substance, TagSet, Withdrawal,
};

use crate::util;

/// `reason` reads `sv` in Swedish and `en` in English, each in its
/// language.
#[track_caller]
fn pin(reason: &Reason, sv: &str, en: &str) {
    let (got_sv, got_en) = (reason.describe(Language::Swedish), reason.describe(Language::English));
    assert_eq!(got_sv, sv, "Swedish of {reason:?}");
    assert_eq!(got_en, en, "English of {reason:?}");
    util::assert_swedish(&got_sv);
    util::assert_english(&got_en);
}

fn rank(n: u8) -> NrPriority {
    NrPriority::rank(n).unwrap()
}

fn priority(
    priority: NrPriority,
    substances: TagSet<Substance>,
    population: Population,
    condition: Option<&str>,
) -> Reason {
    Reason::Priority {
        priority,
        recommendation: 0,
        substances,
        population,
        condition: condition.map(str::to_owned),
        measure: None,
        disputes: Vec::new(),
    }
}

fn alcohol() -> TagSet<Substance> {
    TagSet::only(Substance::Alcohol)
}

mod false_sentences;
mod misleading;
mod priorities;
mod reasons;
mod rules;
