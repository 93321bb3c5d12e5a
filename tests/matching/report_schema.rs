//! The reports' JSON, version 4: what a reader of a stored report may rely
//! on (each point of the wording review's section H), and that a report
//! written by a newer version, with fields this one does not know, still
//! reads.

use crate::util::{catalog, rank};
use insats::{
    ExplainReport, Intervention, Matcher, NrPriority, PatternOfUse, Population, Profile,
    REPORT_SCHEMA, ReasonEffect, Recommendation, Recommendations, RecommendationsReport, Substance,
    TagSet,
};
use serde_json::{Value, json};

fn alcohol_dependence() -> Profile {
    Profile::builder()
        .age(45)
        .substance(Substance::Alcohol)
        .pattern(PatternOfUse::Dependence)
        .build()
        .unwrap()
}

/// A field added anywhere (at the top, in the profile, in a match, in a
/// reason, in a decision) is read past; the rest reads as written.
#[test]
fn a_report_with_fields_this_version_does_not_know_still_reads() {
    let matcher = Matcher::new(insats::catalog());
    let report = matcher.report(&alcohol_dependence());
    let mut value = serde_json::to_value(&report).unwrap();
    value["written_by"] = json!("insats 9.0");
    value["profile"]["shoe_size"] = json!(44);
    value["primary"][0]["colour"] = json!({"nested": [1, 2]});
    value["primary"][0]["reasons"][0]["weight"] = json!(0.5);
    value["package"] = json!([]);
    let read: RecommendationsReport = serde_json::from_value(value).unwrap();
    assert_eq!(read, report);

    let explained = matcher.explain_report(&alcohol_dependence());
    let mut value = serde_json::to_value(&explained).unwrap();
    value["decisions"][0]["new_flag"] = json!(true);
    value["profile"]["later"] = json!("x");
    let read: ExplainReport = serde_json::from_value(value).unwrap();
    assert_eq!(read, explained);
}

/// The profile a caseworker gives is still read strictly: an unknown key
/// there is a misspelling, not a newer field.
#[test]
fn a_profile_given_as_input_still_refuses_an_unknown_key() {
    let err = serde_json::from_str::<Profile>(r#"{"age": 40, "substanses": ["alcohol"]}"#);
    assert!(err.unwrap_err().to_string().contains("substanses"));
}

/// J1: the reasons of a conditional match wait; none of them excludes.
/// A reader that counts exclusions counts none there.
#[test]
fn a_conditional_match_is_not_an_exclusion() {
    let profile = Profile::builder().age(45).substance(Substance::Alcohol).build().unwrap();
    let value = serde_json::to_value(Matcher::new(insats::catalog()).report(&profile)).unwrap();
    let conditional = value["conditional"].as_array().unwrap();
    assert!(!conditional.is_empty());
    for m in conditional {
        let effects: Vec<&str> = m["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["effect"].as_str().unwrap())
            .collect();
        assert!(effects.contains(&"waits"), "{m}");
        assert!(!effects.contains(&"excludes"), "{m}");
    }
    for list in ["primary", "add_ons", "assessments"] {
        for m in value[list].as_array().unwrap() {
            assert!(m["reasons"].as_array().unwrap().iter().all(|r| r["effect"] == "notes"), "{m}");
        }
    }
    let explained =
        serde_json::to_value(Matcher::new(insats::catalog()).explain_report(&profile)).unwrap();
    for d in explained["decisions"].as_array().unwrap() {
        let excludes = d["reasons"].as_array().unwrap().iter().any(|r| r["effect"] == "excludes");
        let waits = d["reasons"].as_array().unwrap().iter().any(|r| r["effect"] == "waits");
        assert_eq!(d["conditional"], waits && !excludes, "{d}");
        assert_eq!(d["included"], !waits && !excludes, "{d}");
    }
}

/// J2: a reason names the facet, population and profile fact it is about
/// as fields, so that no system parses the sentence.
#[test]
fn a_reason_names_its_facts_as_fields() {
    let relative = Profile::builder()
        .age(45)
        .substance(Substance::Alcohol)
        .pattern(PatternOfUse::Dependence)
        .relative(true)
        .build()
        .unwrap();
    let value =
        serde_json::to_value(Matcher::new(insats::catalog()).explain_report(&relative)).unwrap();
    let met = value["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == "motivationshojande-behandling-met")
        .unwrap();
    let reason = &met["reasons"][0];
    assert_eq!(reason["code"], "population");
    assert_eq!(reason["effect"], "excludes");
    assert_eq!(reason["fact"], json!({"fact": "is-relative"}));
    assert_eq!(reason["population"], "anyone");

    let at_dental = Profile::builder()
        .age(45)
        .substance(Substance::Alcohol)
        .provider(insats::Provider::DentalCare)
        .build()
        .unwrap();
    let value =
        serde_json::to_value(Matcher::new(insats::catalog()).explain_report(&at_dental)).unwrap();
    let facet = value["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["reasons"].as_array().unwrap())
        .find(|r| r["code"] == "provider")
        .unwrap();
    assert_eq!(facet["facet"], "provider");
}

/// J3: the priority is a string or null, never a number in one report and
/// a string in another.
#[test]
fn the_priority_is_always_a_string() {
    let entry = |name: &str, priority| {
        Intervention::builder(name)
            .recommendation(Recommendation::new(
                TagSet::only(Substance::Alcohol),
                Population::Anyone,
                priority,
            ))
            .build()
            .unwrap()
    };
    let catalog = catalog(vec![
        entry("Forskningsinsats", NrPriority::ResearchOnly),
        entry("Avrådd insats", NrPriority::DontDo),
        entry("Rangordnad insats", rank(3)),
        Intervention::builder("Insats utan siffra").build().unwrap(),
    ]);
    let profile = alcohol_dependence().to_builder().include_research(true).build().unwrap();
    let value = serde_json::to_value(Matcher::new(&catalog).explain_report(&profile)).unwrap();
    let priorities: Vec<&Value> =
        value["decisions"].as_array().unwrap().iter().map(|d| &d["priority"]).collect();
    // In catalog order.
    assert_eq!(priorities, [&json!("fou"), &json!("icke-gora"), &json!("3"), &Value::Null]);
    let read: ExplainReport = serde_json::from_value(value).unwrap();
    assert_eq!(read.decisions[0].entry.priority, Some(NrPriority::ResearchOnly));
}

/// Ties: matches of equal standing share a place, in the result and in the
/// report; the next place skips as many.
#[test]
fn level_matches_share_a_place() {
    let matcher = Matcher::new(insats::catalog());
    let recs = matcher.recommend(&alcohol_dependence());
    let primary = recs.primary();
    let places: Vec<usize> = Recommendations::places(primary).collect();
    assert_eq!(places.len(), primary.len());
    for (i, pair) in primary.windows(2).enumerate() {
        let level = pair[0].is_level_with(&pair[1]);
        assert_eq!(level, places[i] == places[i + 1], "{} / {}", i, i + 1);
        if !level {
            assert_eq!(places[i + 1], i + 2);
        }
        // Level means the same number and wording, nothing else.
        let verb = |m: &insats::Match<'_>| m.recommendation().map(|r| r.verb());
        assert_eq!(
            level,
            pair[0].priority() == pair[1].priority() && verb(&pair[0]) == verb(&pair[1])
        );
    }
    assert!(places.windows(2).any(|w| w[0] == w[1]), "the sample has ties: {places:?}");
    let report = matcher.report(&alcohol_dependence());
    let written: Vec<usize> = report.primary.iter().map(|m| m.place).collect();
    assert_eq!(written, places);
    assert_eq!(report.schema, REPORT_SCHEMA);
}

/// J7: the package and the unmet needs carry their words.
#[test]
fn the_package_and_the_unmet_needs_are_worded() {
    let profile = alcohol_dependence()
        .to_builder()
        .need(insats::Need::Work)
        .need(insats::Need::School)
        .build()
        .unwrap();
    let report = Matcher::new(insats::catalog()).report_in(&profile, insats::Language::Swedish);
    for served in &report.package {
        let sv = served.words.sv.as_deref().unwrap();
        assert!(sv.ends_with(&format!("tillgodoses av {}", served.name)), "{sv}");
        assert!(served.words.en.is_none());
    }
    assert!(!report.package.is_empty() || !report.unmet_needs.is_empty());
    for unmet in &report.unmet_needs {
        assert!(
            unmet
                .words
                .get(insats::Language::Swedish)
                .unwrap()
                .ends_with("ingen rekommenderad insats tillgodoser behovet")
        );
    }
    let effects: Vec<ReasonEffect> =
        report.primary.iter().flat_map(|m| m.entry.reasons.iter().map(|r| r.effect)).collect();
    assert!(effects.iter().all(|e| *e == ReasonEffect::Notes));
}

/// J2, each kind that names a fact: a waiting situation names its
/// population, the fact that fitted names the row's population, and an
/// age outside the row's scope names the profile's fact.
#[test]
fn each_reason_that_names_a_fact_carries_it() {
    use insats::{AgeScope, Population, ProfileFact, Reason, ReasonReport};
    let written = |reason: Reason| ReasonReport::from(&reason);
    let waits = written(Reason::SituationNotStated { required: Population::Relatives });
    assert_eq!((waits.population, waits.fact), (Some(Population::Relatives), None));
    let need = Population::WithNeed(insats::Need::Housing);
    let fits = written(Reason::Fits { population: need });
    assert_eq!((fits.population, fits.fact), (Some(need), None));
    let young =
        written(Reason::AgeScope { scope: AgeScope::Adults, fact: ProfileFact::UnderEighteen });
    assert_eq!((young.population, young.fact), (None, Some(ProfileFact::UnderEighteen)));
    let pattern = written(Reason::Pattern {
        required: insats::PatternRequirement::Dependence,
        fact: ProfileFact::PatternIs(PatternOfUse::RiskyUse),
    });
    assert_eq!(pattern.fact, Some(ProfileFact::PatternIs(PatternOfUse::RiskyUse)));
    let none = written(Reason::AddOn);
    assert_eq!((none.facet, none.population, none.fact), (None, None, None));
}
