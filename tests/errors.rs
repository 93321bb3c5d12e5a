//! Every kind of error, in both languages: each reads in its language
//! (quoted labels and values aside), names what was refused, and stays
//! short whatever the input. One exact message per kind; the other tests
//! match on the variants.

use insats::{
    AgeGroup, Catalog, Diagnosis, Error, Intervention, Label, Language, NrPriority, Provider,
    Schedule, Severity, Span, SpanUnit,
};

use crate::util::{assert_english, assert_swedish};

/// An ambiguous label, built by hand: no vocabulary of the guide has a
/// part that two values share.
fn ambiguous_psychiatric_care() -> Error {
    Error::from(insats::ErrorKind::AmbiguousLabel {
        vocabulary: "Utförare",
        vocabulary_en: "provider",
        text: "Psykiatrisk vård".to_owned(),
        candidates: vec![
            Label::of(Provider::PsychiatricOutpatientCare),
            Label::of(Provider::PsychiatricInpatientCare),
        ],
    })
}

/// An entry of 65 536 pairs, one more than the matcher can number.
fn too_many_pairs() -> Error {
    let pair = insats::Recommendation::new(
        insats::TagSet::only(insats::Substance::Alcohol),
        insats::Population::Anyone,
        NrPriority::rank(3).unwrap(),
    );
    let entry = (0..65_536).fold(Intervention::builder("X"), |b, _| b.recommendation(pair.clone()));
    let just_enough =
        (0..255).fold(Intervention::builder("X"), |b, _| b.recommendation(pair.clone()));
    assert!(just_enough.build().is_ok());
    entry.build().unwrap_err()
}

/// One error of every kind the crate gives, built through the public API
/// where it can be (an ambiguous label cannot: no vocabulary of the guide
/// has a part that two values share).
fn every_kind() -> Vec<Error> {
    let cra = Intervention::builder("CRA").youth_version("a-cra").build().unwrap();
    let twice = Intervention::builder("MET").build().unwrap();
    let catalog_json =
        |entries: &str| format!(r#"{{"schema": 1, "version": "t", "entries": [{entries}]}}"#);
    vec![
        "Hjärtkirurgi".parse::<Provider>().unwrap_err(),
        "Psykiatrisk".parse::<Provider>().unwrap_err(),
        ambiguous_psychiatric_care(),
        NrPriority::rank(11).unwrap_err(),
        "hög".parse::<NrPriority>().unwrap_err(),
        Schedule::weekly(0, 2).unwrap_err(),
        Span::new(10, 2, SpanUnit::Months).unwrap_err(),
        "24 dagar".parse::<Schedule>().unwrap_err(),
        "".parse::<Schedule>().unwrap_err(),
        "minst 2–3 sessioner".parse::<Schedule>().unwrap_err(),
        "minst sessioner".parse::<Schedule>().unwrap_err(),
        "x sessioner per vecka".parse::<Schedule>().unwrap_err(),
        "boostersessioner".parse::<Schedule>().unwrap_err(),
        Intervention::builder("").build().unwrap_err(),
        Intervention::builder("X").id("Bad Id").build().unwrap_err(),
        Intervention::builder("X").add_on(true).component("y").build().unwrap_err(),
        Intervention::builder("X").phase(insats::Phase::new(2, "a", "b")).build().unwrap_err(),
        Intervention::builder("X").component("Not an id").build().unwrap_err(),
        Intervention::builder("X").abbreviation(" ").build().unwrap_err(),
        too_many_pairs(),
        Catalog::from_pages(["Exempel\nMissbruk och beroende"]).unwrap_err(),
        Catalog::from_pages([""]).unwrap_err(),
        Catalog::new("t", vec![cra]).unwrap_err(),
        Catalog::new("t", vec![twice.clone(), twice]).unwrap_err(),
        Catalog::from_json(&catalog_json(r#"{"id": "u", "name": "U", "components": ["u"]}"#)).unwrap_err(),
        Catalog::from_json(&catalog_json(
            r#"{"id": "u", "name": "U", "components": ["a", "a"]}, {"id": "a", "name": "A"}"#,
        ))
        .unwrap_err(),
        Catalog::from_json(&catalog_json(
            r#"{"id": "cra", "name": "CRA", "youth_version": "a-cra"}, {"id": "a-cra", "name": "A-CRA"}"#,
        ))
        .unwrap_err(),
        Catalog::from_json(&catalog_json(
            r#"{"id": "a", "name": "A", "adult_version": "b"}, {"id": "b", "name": "B", "adult_version": "a"}"#,
        ))
        .unwrap_err(),
        Catalog::from_json(&catalog_json(
            r#"{"id": "a", "name": "A", "youth_version": "b"}, {"id": "b", "name": "B", "youth_version": "a"}"#,
        ))
        .unwrap_err(),
        Catalog::from_json(&catalog_json(
            r#"{"id": "a", "name": "A", "youth_version": "b"}, {"id": "b", "name": "B", "adult_version": "a", "youth_version": "c"}, {"id": "c", "name": "C", "adult_version": "b"}"#,
        ))
        .unwrap_err(),
        Catalog::from_json(&catalog_json(
            r#"{"id": "a", "name": "A", "adult_version": "b"}, {"id": "b", "name": "B", "adult_version": "c"}, {"id": "c", "name": "C"}"#,
        ))
        .unwrap_err(),
        Catalog::from_json(r#"{"schema": 2, "version": "t", "entries": []}"#).unwrap_err(),
        Catalog::from_json(&catalog_json(r#"{"name": "X"}"#)).unwrap_err(),
        Catalog::from_json(&catalog_json(r#"{"id": "x", "name": "X", "extra": 1}"#)).unwrap_err(),
        Catalog::from_json(&catalog_json(r#"{"id": "x", "name": "X", "name": "Y"}"#)).unwrap_err(),
        Catalog::from_json(&catalog_json(r#"{"id": "x", "name": "X", "add_on": 1}"#)).unwrap_err(),
        Catalog::from_json(&catalog_json(r#"{"id": "x", "name": "X", "add_on": [1]}"#)).unwrap_err(),
        Catalog::from_json(&catalog_json(r#"{"id": "x", "name": "X", "add_on": {}}"#)).unwrap_err(),
        Catalog::from_json(&catalog_json(r#"{"id": "x", "name": "X", "add_on": null}"#)).unwrap_err(),
        Catalog::from_json(&catalog_json(r#"{"id": "x", "name": "X", "tags": {"providers": ["x"]}}"#))
            .unwrap_err(),
        Catalog::from_json(&catalog_json(r#"{"id": "x", "name": "X", "schedule": {}}"#)).unwrap_err(),
        Catalog::from_json(&catalog_json(r#"5"#)).unwrap_err(),
        Catalog::from_json(&catalog_json(r#"{"id": "x", "name": "X", "target": {"population": "with-need"}}"#))
            .unwrap_err(),
        Catalog::from_json("{").unwrap_err(),
        Catalog::from_json("[]").unwrap_err(),
        "".parse::<Diagnosis>().unwrap_err(),
        "F1".parse::<Diagnosis>().unwrap_err(),
        "F17.2".parse::<Diagnosis>().unwrap_err(),
        "F32.1".parse::<Diagnosis>().unwrap_err(),
        "F13".parse::<Diagnosis>().unwrap_err(),
        "F10.A".parse::<Diagnosis>().unwrap_err(),
        Severity::from_dsm5_criteria(1).unwrap_err(),
        Severity::from_dsm5_criteria(12).unwrap_err(),
    ]
}

#[test]
fn every_error_reads_in_both_languages() {
    for error in every_kind() {
        let english = error.describe(Language::English);
        // Display is the English of this layer of the source chain.
        assert!(english.starts_with(&error.to_string()), "{english}");
        assert_english(&english);
        let swedish = error.describe(Language::Swedish);
        assert_swedish(&swedish);
        assert_ne!(swedish, english, "{english}");
        assert!(english.chars().count() < 400, "{english}");
    }
}

#[track_caller]
fn assert_messages(error: Error, english: &str, swedish: &str) {
    assert_eq!(error.describe(Language::English), english);
    assert_eq!(error.describe(Language::Swedish), swedish);
}

#[test]
fn one_exact_message_per_kind() {
    assert_messages(
        "Barn (0-18 år)".parse::<AgeGroup>().unwrap_err(),
        r#"unknown age group "Barn (0-18 år)" (the vocabulary "Åldersgrupp"); did you mean "Barn (0-17 år)" (children (0-17 years))?"#,
        r#""Barn (0-18 år)" finns inte bland värdena för Åldersgrupp; menade du "Barn (0-17 år)"?"#,
    );
    assert_messages(
        ambiguous_psychiatric_care(),
        r#"ambiguous provider "Psykiatrisk vård" (the vocabulary "Utförare"): it could be "Psykiatrisk öppenvård" (psychiatric outpatient care) or "Psykiatrisk heldygnsvård" (psychiatric inpatient care); write the whole label"#,
        r#""Psykiatrisk vård" kan vara flera värden för Utförare: "Psykiatrisk öppenvård" eller "Psykiatrisk heldygnsvård"; skriv hela etiketten"#,
    );
    assert_messages(
        NrPriority::rank(0).unwrap_err(),
        r#"NR priority "0" is not on the scale: expected a rank 1–10, "FoU" (only within research and development) or "Icke-göra" (should not be offered)"#,
        r#"NR-prioriteten "0" finns inte på skalan: ange prioritet 1–10, FoU eller Icke-göra"#,
    );
    assert_messages(
        Schedule::weekly(24, 0).unwrap_err(),
        r#"invalid schedule: sessions per week "0": must be at least 1"#,
        r#"ogiltigt upplägg: sessioner per vecka "0": måste vara minst 1"#,
    );
    assert_messages(
        Intervention::builder("X").id("Bad Id").build().unwrap_err(),
        r#"invalid intervention: field "id" ("Bad Id"): must be ASCII kebab-case (a-z, 0-9, single dashes)"#,
        r#"ogiltig insats: fältet "id" ("Bad Id"): måste vara ASCII-kebab-case (a–z, 0–9, enkla bindestreck)"#,
    );
    assert_messages(
        too_many_pairs(),
        r#"invalid intervention: field "recommendations" ("65536"): at most 65 535 pairs per entry"#,
        r#"ogiltig insats: fältet "recommendations" ("65536"): högst 65 535 par per post"#,
    );
    let page = "Exempel\nMissbruk och beroende";
    assert_messages(
        Catalog::from_pages([page]).unwrap_err(),
        "page #0 (\"Exempel\"): line 3: expected the breadcrumb under the title (the area, then \
         \"Behandling och stöd\" (treatment and support), then the title again), found the end of \
         the page",
        "sida #0 (\"Exempel\"): rad 3: brödsmulan under titeln saknas (först området, sedan \
         \"Behandling och stöd\" och sist titeln igen), sidan tog slut",
    );
    let cra = Intervention::builder("CRA").youth_version("a-cra").build().unwrap();
    assert_messages(
        Catalog::new("t", vec![cra]).unwrap_err(),
        r#"catalog entry "cra": youth version "a-cra" is not in the catalog"#,
        r#"katalogposten "cra": ungdomsversionen "a-cra" finns inte i katalogen"#,
    );
    assert_messages(
        Catalog::from_json(r#"{"schema": 1, "version": "t", "entries": [{"name": "X"}]}"#)
            .unwrap_err(),
        r#"catalog entry #0: field "id" is missing"#,
        r#"katalogposten #0: fältet "id" saknas"#,
    );
    assert_messages(
        Catalog::from_json(r#"{"schema": 1"#).unwrap_err(),
        "the JSON text cannot be read: EOF while parsing an object (line 1, column 12)",
        "JSON-texten kan inte läsas: texten tar slut mitt i ett värde (rad 1, kolumn 12)",
    );
    assert_messages(
        "F10".parse::<Diagnosis>().unwrap_err(),
        "ICD-10 code \"F10\": names only the substance group (F10: use of alcohol); add the fourth \
         character, the kind of disorder, e.g. F10.2 for dependence",
        "ICD-10-koden \"F10\": anger bara substansgruppen (F10: alkohol); lägg till det fjärde \
         tecknet, typen av störning, till exempel F10.2 för beroende",
    );
    assert_messages(
        Severity::from_dsm5_criteria(12).unwrap_err(),
        "DSM-5 criteria met: 12; DSM-5 has 11 criteria for a substance use disorder, so at most 11 \
         can be met",
        "uppfyllda DSM-5-kriterier: 12; DSM-5 har 11 kriterier för substansbrukssyndrom, så högst \
         11 kan vara uppfyllda",
    );
}

/// The source chain reaches the underlying error, one layer per link.
#[test]
fn sources_lead_to_the_underlying_error() {
    use std::error::Error as _;
    let err = Catalog::from_json(
        r#"{"schema": 1, "version": "t", "entries": [{"id": "x", "name": "X", "schedule": {}}]}"#,
    )
    .unwrap_err();
    assert_eq!(err.to_string(), "catalog entry \"x\"");
    let field = err.source().expect("the catalog problem");
    assert_eq!(field.to_string(), "field \"schedule\"");
    let invalid = field.source().expect("the field's problem");
    assert_eq!(invalid.to_string(), "is invalid");
    let schedule = invalid.source().expect("the schedule's error");
    assert!(schedule.to_string().starts_with("invalid schedule"), "{schedule}");
    assert!(schedule.source().is_none());
    // serde_json's error is worded by the JSON error itself, not repeated
    // as its source.
    let err = Catalog::from_json("{").unwrap_err();
    assert!(err.source().is_none());
    assert!(err.to_string().starts_with("the JSON text cannot be read"), "{err}");
}
