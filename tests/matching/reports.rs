//! The results as data: the versioned JSON reports of `recommend` and
//! `explain`, the serialized result types, and an application that keeps
//! an owning matcher in its state, shares it across threads and stores a
//! report.

use crate::util::*;
use insats::{
    Catalog, Decision, ExplainReport, Matcher, Need, OwnedMatcher, Profile, REPORT_SCHEMA,
    RecommendationsReport, Substance, Withdrawal,
};
use std::sync::Arc;

#[test]
fn the_report_round_trips_and_holds_every_match() {
    let catalog = seed_like_catalog();
    let profile = ifo_adult().to_builder().need(Need::Housing).build().unwrap();
    let matcher = Matcher::new(&catalog);
    let report = matcher.report(&profile);
    let json = serde_json::to_string_pretty(&report).unwrap();
    let back: RecommendationsReport = serde_json::from_str(&json).unwrap();
    assert_eq!(back, report);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["schema"], REPORT_SCHEMA);
    assert_eq!(value["catalog_version"], "test");
    assert_eq!(value["primary"][0]["id"], "psykosocial-behandling");
    assert_eq!(value["primary"][0]["priority"], serde_json::Value::Null);
    assert_eq!(value["add_ons"][0]["id"], "natverksterapi");
    assert_eq!(value["add_ons"][0]["priority"], "4");
    assert_eq!(value["add_ons"][0]["band"], "may-offer");
    // The row behind the priority, by its index among the entry's rows.
    let row = value["add_ons"][0]["row"].as_u64().unwrap() as usize;
    let nt = catalog.get("natverksterapi").unwrap();
    assert_eq!(nt.recommendations()[row].priority(), Some(rank(4)));
    assert_eq!(value["add_ons"][0]["reasons"][0]["code"], "priority");
    assert_eq!(
        value["add_ons"][0]["reasons"][0]["sv"],
        "NR-prioritet 4 (kan erbjudas) för alkohol eller narkotika; radens villkor framgår inte \
         av de källor katalogen bygger på"
    );
    assert_eq!(value["unmet_needs"][0]["need"], "housing");
    assert_eq!(
        value["unmet_needs"][0]["sv"],
        "Bostad: ingen rekommenderad insats tillgodoser behovet"
    );
    assert_eq!(value["unmet_needs"][0]["en"], "Housing: no recommended intervention meets it");
    assert_eq!(value["profile"]["provider"], "individual-and-family-care");
}

#[test]
fn conditional_matches_say_what_they_require() {
    let matcher = Matcher::new(insats::catalog());
    let profile = Profile::builder().age(45).substance(Substance::Alcohol).build().unwrap();
    let report = matcher.report(&profile);
    let withdrawal = report
        .conditional
        .iter()
        .find(|m| m.entry.id == "lakemedelsbehandling-vid-alkoholabstinens")
        .unwrap();
    assert_eq!(
        withdrawal.entry.requires,
        Some(insats::Population::InAlcoholWithdrawalWithRaisedRisk)
    );
    let value = serde_json::to_value(&report).unwrap();
    let listed = value["conditional"].as_array().unwrap();
    assert!(listed.iter().any(|m| m["requires"] == "in-alcohol-withdrawal-with-raised-risk"));
    // Stated, it is a recommendation at rank 1.
    let stated = profile.to_builder().withdrawal(Withdrawal::RaisedRisk).build().unwrap();
    let report = matcher.report(&stated);
    assert_eq!(report.primary[0].entry.id, "lakemedelsbehandling-vid-alkoholabstinens");
    assert_eq!(report.primary[0].entry.priority, Some(rank(1)));
}

#[test]
fn the_explain_report_has_one_decision_per_entry() {
    let matcher = Matcher::new(insats::catalog());
    let profile = Profile::builder().age(15).substance(Substance::Alcohol).build().unwrap();
    let report = matcher.explain_report(&profile);
    assert_eq!(report.schema, REPORT_SCHEMA);
    assert_eq!(report.decisions.len(), insats::catalog().len());
    let back: ExplainReport =
        serde_json::from_str(&serde_json::to_string(&report).unwrap()).unwrap();
    assert_eq!(back, report);
    let naltrexone = report
        .decisions
        .iter()
        .find(|d| d.entry.id == "lakemedelsbehandling-vid-alkoholberoende-naltrexon")
        .unwrap();
    assert!(!naltrexone.included);
    assert_eq!(naltrexone.entry.reasons[0].code, "age-scope");
    // A decision serializes as its report.
    let decisions: Vec<Decision<'_>> = matcher.explain(&profile);
    assert_eq!(
        serde_json::to_value(&decisions[0]).unwrap(),
        serde_json::to_value(&report.decisions[0]).unwrap()
    );
}

#[test]
fn the_result_types_serialize_as_the_reports_parts() {
    let matcher = Matcher::new(insats::catalog());
    let profile = Profile::builder()
        .age(40)
        .substance(Substance::Cannabis)
        .pattern(insats::PatternOfUse::Misuse)
        .build()
        .unwrap();
    let recs = matcher.recommend(&profile);
    let report = matcher.report(&profile);
    let value = serde_json::to_value(&recs).unwrap();
    assert_eq!(value["primary"], serde_json::to_value(&report.primary).unwrap());
    assert_eq!(value["conditional"], serde_json::to_value(&report.conditional).unwrap());
    assert_eq!(value["catalog_version"], insats::catalog().version());
    let first = &recs.primary()[0];
    assert_eq!(
        serde_json::to_value(first).unwrap(),
        serde_json::to_value(&report.primary[0]).unwrap()
    );
    let reason = &first.reasons()[0];
    let written = serde_json::to_value(reason).unwrap();
    assert_eq!(written["code"], reason.kind());
    assert_eq!(written["sv"], reason.describe_sv());
    assert_eq!(written["en"], reason.describe_en());
}

/// What an application keeps for its life: a matcher that owns the catalog
/// it loaded at start-up.
struct AppState {
    matcher: OwnedMatcher,
    name: &'static str,
}

#[test]
fn an_application_keeps_an_owning_matcher_and_stores_reports() {
    let loaded = Catalog::from_json(&insats::catalog().to_json().unwrap()).unwrap();
    let state = Arc::new(AppState { matcher: OwnedMatcher::new(loaded), name: "caseworker-ui" });
    let profiles = [
        Profile::builder()
            .age(45)
            .substance(Substance::Alcohol)
            .pattern(insats::PatternOfUse::Dependence)
            .build()
            .unwrap(),
        Profile::builder().age(15).substance(Substance::Cannabis).relative(false).build().unwrap(),
        Profile::builder()
            .age(33)
            .substance(Substance::Opioids)
            .pattern(insats::PatternOfUse::Dependence)
            .in_laro(true)
            .build()
            .unwrap(),
    ];
    let handles: Vec<_> = profiles
        .into_iter()
        .map(|profile| {
            let state = Arc::clone(&state);
            std::thread::spawn(move || {
                let report = state.matcher.report(&profile);
                (profile, serde_json::to_string(&report).unwrap())
            })
        })
        .collect();
    for handle in handles {
        let (profile, stored) = handle.join().unwrap();
        let back: RecommendationsReport = serde_json::from_str(&stored).unwrap();
        assert_eq!(back, state.matcher.report(&profile));
        assert_eq!(back, Matcher::new(insats::catalog()).report(&profile));
        assert!(!back.primary.is_empty(), "{}: {profile:?}", state.name);
    }
}

#[test]
fn the_catalog_is_a_reference() {
    let built_in = insats::catalog();
    assert_eq!(built_in.find("bostad först").map(|e| e.id()), Some("bostad-forst"));
    assert_eq!(built_in.find("Bostad Först").map(|e| e.id()), Some("bostad-forst"));
    assert_eq!(built_in.find("HAP").map(|e| e.id()), Some("haschavvanjningsprogrammet-hap"));
    assert_eq!(built_in.find("craft").map(|e| e.id()), Some("craft"));
    assert_eq!(built_in.find("  "), None);
    let youth = built_in.rated_for(Substance::Cannabis, insats::Population::Youth);
    let ids: Vec<(&str, u8)> = youth
        .iter()
        .map(|(e, p)| (e.id(), p.priority().and_then(|p| p.rank_number()).unwrap()))
        .collect();
    assert_eq!(
        ids,
        [
            ("adolescent-community-reinforcement-approach-eller-assertive-continuing-care", 3),
            ("funktionell-familjeterapi-fft", 3),
            ("kort-intervention-eller-motivationshojande-behandling", 3),
            ("motivationshojande-behandling-i-kombination-med-kognitiv-beteendeterapi", 3),
            ("multidimensionell-familjeterapi-mdft", 3),
            ("kort-strategisk-familjeterapi-bsft", 4),
            ("multisystemisk-terapi-mst", 4),
        ]
    );
    let adults = built_in.rated_for(Substance::Cannabis, insats::Population::Adults);
    assert_eq!(
        adults.iter().map(|(e, _)| e.id()).collect::<Vec<_>>(),
        // The instruments rated for adults come first: ASI 1, DUDIT 3.
        ["asi-addiction-severity-index", "dudit", "haschavvanjningsprogrammet-hap"]
    );
}

/// `OwnedMatcher::built_in` borrows the built-in catalog (no copy) and
/// answers as a `Matcher` over it does; `Intervention::to_builder` edits
/// an entry without JSON (issue 25).
#[test]
fn the_built_in_catalog_is_owned_without_a_copy_and_entries_edit_without_json() {
    let owned = OwnedMatcher::built_in();
    assert!(std::ptr::eq(owned.catalog(), insats::catalog()));
    let profile = Profile::builder().age(40).build().unwrap();
    assert_eq!(owned.report(&profile), Matcher::new(insats::catalog()).report(&profile));

    let entry = insats::catalog().get("natverksterapi").unwrap();
    assert_eq!(&entry.to_builder().build().unwrap(), entry);
    let renamed = entry.to_builder().name("Nätverksterapi (lokal)").build().unwrap();
    assert_eq!((renamed.id(), renamed.name()), ("natverksterapi", "Nätverksterapi (lokal)"));
    assert!(entry.to_builder().name("").build().is_err());
}

/// A report for a user interface in one language writes no other (issue
/// 24), and its words are the two-language report's.
#[test]
fn a_report_in_one_language_writes_only_that_language() {
    let matcher = Matcher::new(insats::catalog());
    let profile = Profile::builder()
        .age(30)
        .substance(Substance::Alcohol)
        .audit(insats::Audit::new(22, insats::Sex::Male).unwrap())
        .build()
        .unwrap();
    let both = matcher.report(&profile);
    for language in [insats::Language::Swedish, insats::Language::English] {
        let one = matcher.report_in(&profile, language);
        let json = serde_json::to_string(&one).unwrap();
        let other = if language == insats::Language::Swedish { "\"en\"" } else { "\"sv\"" };
        assert!(!json.contains(other), "{language:?}: {json}");
        let texts = |r: &RecommendationsReport, sv: bool| -> Vec<Option<String>> {
            let lists = [&r.primary, &r.add_ons, &r.conditional, &r.assessments];
            let reasons = lists.into_iter().flatten().flat_map(|m| &m.entry.reasons);
            let pick =
                |s: &Option<String>, e: &Option<String>| if sv { s.clone() } else { e.clone() };
            reasons
                .map(|x| pick(&x.words.sv, &x.words.en))
                .chain(r.indications.iter().map(|i| pick(&i.words.sv, &i.words.en)))
                .collect()
        };
        let sv = language == insats::Language::Swedish;
        assert_eq!(texts(&one, sv), texts(&both, sv));
        assert!(!one.indications.is_empty());
        let back: RecommendationsReport = serde_json::from_str(&json).unwrap();
        assert_eq!(back, one);
    }
    let one = matcher.explain_report_in(&profile, insats::Language::English);
    assert!(
        one.decisions
            .iter()
            .flat_map(|d| &d.entry.reasons)
            .all(|r| r.words.sv.is_none() && r.words.en.is_some())
    );
}
