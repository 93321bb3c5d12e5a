//! The rules of the Swedish, over every reason the built-in catalog gives
//! the review's profiles.

use super::*;

// ------------------------------------------------------------ the rules

/// Every reason the built-in catalog gives the review's profiles, in both
/// languages.
fn every_built_in_reason() -> Vec<Reason> {
    let matcher = Matcher::new(insats::catalog());
    let mut out: Vec<Reason> = Vec::new();
    for profile in review_profiles() {
        for decision in matcher.explain(&profile) {
            for reason in decision.reasons() {
                if !out.contains(reason) {
                    out.push(reason.clone());
                }
            }
        }
    }
    out
}

/// The profiles of the wording review (its table, P01–P21, and the sample).
fn review_profiles() -> Vec<Profile> {
    use insats::Provider;
    let b = Profile::builder;
    let d = |code: &str| code.parse::<Diagnosis>().unwrap();
    vec![
        Ok(crate::oracle::sample_profile()),
        b().age(15).substance(Substance::Cannabis).provider(Provider::YouthClinic).build(),
        b().age(40).substance(Substance::Alcohol).in_other_treatment(true).build(),
        b().relative(true).substance(Substance::Alcohol).age(50).build(),
        b().age(35).substance(Substance::Opioids).in_laro(true).build(),
        b().age(70).substance(Substance::Benzodiazepines).build(),
        b().age(55).substance(Substance::Alcohol).withdrawal(Withdrawal::RaisedRisk).build(),
        b().diagnosis(d("F10.4")).age(50).build(),
        b().diagnosis(d("F12.1")).age(25).build(),
        b().diagnosis(d("F11.2")).age(40).build(),
        b().age(30).substance(Substance::CentralStimulants).severe_mental_illness(true).build(),
        b().age(16).substance(Substance::Alcohol).role(Role::Teacher).build(),
        b().age(30).build(),
        b().age(28)
            .substance(Substance::Alcohol)
            .substance(Substance::Cannabis)
            .substance(Substance::CentralStimulants)
            .build(),
        b().age(45)
            .substance(Substance::Alcohol)
            .need(Need::Housing)
            .need(Need::Work)
            .in_other_treatment(false)
            .build(),
        b().age(19).substance(Substance::Opioids).in_laro(true).build(),
        b().in_other_treatment(false).build(),
        b().age(62)
            .substance(Substance::Alcohol)
            .role(Role::Nurse)
            .withdrawal(Withdrawal::General)
            .build(),
        b().age(16).relative(true).substance(Substance::Alcohol).build(),
        b().age(16).substance(Substance::Alcohol).withdrawal(Withdrawal::RaisedRisk).build(),
        b().age(40)
            .substance(Substance::Alcohol)
            .need(Need::School)
            .need(Need::Loneliness)
            .need(Need::Coordination)
            .need(Need::FamilySituation)
            .in_other_treatment(true)
            .build(),
        b().age(40)
            .substance(Substance::Alcohol)
            .pattern(PatternOfUse::Misuse)
            .cohabiting_partner(true)
            .in_other_treatment(true)
            .build(),
    ]
    .into_iter()
    .map(Result::unwrap)
    .collect()
}

/// In a Swedish subordinate clause the adverb stands before the finite
/// verb: "om personen också har", never "om personen har också".
#[test]
fn a_subordinate_clause_has_its_adverb_before_the_verb() {
    let verbs = ["har", "är", "får", "bor", "visar", "använder"];
    let adverbs = ["också", "inte", "redan"];
    for reason in every_built_in_reason() {
        let sv = reason.describe(Language::Swedish);
        for clause in sv.split("om ").skip(1) {
            let words: Vec<&str> = clause.split_whitespace().take(3).collect();
            if let [_, verb, adverb] = words[..] {
                assert!(
                    !(verbs.contains(&verb) && adverbs.contains(&adverb)),
                    "main-clause order after \"om\": {sv:?}"
                );
            }
        }
    }
    pin(
        &Reason::SituationNotStated { required: Population::WithSevereMentalIllness },
        "skulle gälla om personen också har en svår psykisk sjukdom; uppgift om det saknas",
        "would apply if the person also has a severe mental illness; this is not stated",
    );
}

/// "vid" takes a condition, "för" people; NR's priority is "NR-prioritet"
/// (no särskrivning); no "projektets källor", no "ingen siffra".
#[test]
fn a_population_takes_for_and_the_priority_is_one_word() {
    let people = ["ungdomar", "vuxna", "personer", "individer", "anhörig", "anhöriga"];
    for reason in every_built_in_reason() {
        let sv = reason.describe(Language::Swedish);
        for person in people {
            assert!(!sv.contains(&format!("vid {person} ")), "{sv:?}");
        }
        assert!(!sv.contains("NR prioritet"), "{sv:?}");
        for jargon in ["projektets", "ingen siffra", "vilket profilen inte"] {
            assert!(!sv.contains(jargon), "{sv:?}");
        }
        let en = reason.describe(Language::English);
        for jargon in
            ["project's sources", "no number", "as the source words it", "narcotic-classed"]
        {
            assert!(!en.contains(jargon), "{en:?}");
        }
        util::assert_swedish(&sv);
        util::assert_english(&en);
    }
}

/// A list in a sentence ends in "och" or "eller", never in a comma.
#[test]
fn lists_are_joined_with_och_or_eller() {
    let reason = Reason::Facet {
        profile: FacetValue::new(Role::Teacher),
        allowed: TagSet::from([Role::Physician, Role::Psychologist, Role::Psychotherapist]).into(),
    };
    let sv = reason.describe(Language::Swedish);
    assert!(sv.contains("(\"Läkare\", \"Psykolog\" eller \"Psykoterapeut\")"), "{sv}");
    let en = reason.describe(Language::English);
    assert!(en.contains("(psychologist) or \"Psykoterapeut\""), "{en}");
    let profile = Profile::builder()
        .age(40)
        .substance(Substance::Alcohol)
        .substance(Substance::Cannabis)
        .need(Need::Housing)
        .need(Need::Work)
        .build()
        .unwrap();
    assert_eq!(
        profile.describe(Language::Swedish),
        "40 år (Vuxna (18-64 år)) · Alkohol och Cannabis · behov enligt kartläggningen: bostad \
         och arbete"
    );
    assert_eq!(
        profile.describe(Language::English),
        "40 years (Adults (18-64 years)) · Alcohol and Cannabis · needs found in the assessment: \
         housing and work"
    );
}
