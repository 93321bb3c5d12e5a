//! What a result says the profile left out (issue 25): the facts that a
//! conditional match waits for, so that an application can ask for them.

use insats::{Matcher, PatternOfUse, Profile, ProfileField, RecommendationsReport, Substance};

#[test]
fn a_profile_without_a_substance_names_the_substance_as_unstated() {
    let matcher = Matcher::new(insats::catalog());
    let profile = Profile::builder().age(40).pattern(PatternOfUse::Dependence).build().unwrap();
    let recs = matcher.recommend(&profile);
    assert!(recs.unstated().contains(&ProfileField::Substances), "{:?}", recs.unstated());
    // every conditional match's facts are in the list, and only those
    let mut from_matches: Vec<ProfileField> =
        recs.conditional().iter().flat_map(|m| m.unstated_fields()).collect();
    from_matches.sort_by_key(|f| ProfileField::all().position(|g| g == *f));
    from_matches.dedup();
    assert_eq!(recs.unstated(), from_matches);
    // the report carries it, and reads back
    let report = matcher.report(&profile);
    assert!(report.unstated.contains(&ProfileField::Substances));
    let json = serde_json::to_string(&report).unwrap();
    assert!(json.contains(r#""unstated":["#), "{json}");
    let back: RecommendationsReport = serde_json::from_str(&json).unwrap();
    assert_eq!(back, report);
}

#[test]
fn stating_the_substance_takes_it_off_the_list() {
    let matcher = Matcher::new(insats::catalog());
    let profile = Profile::builder()
        .age(40)
        .substance(Substance::Alcohol)
        .pattern(PatternOfUse::Dependence)
        .build()
        .unwrap();
    let unstated = matcher.recommend(&profile).unstated();
    assert!(!unstated.contains(&ProfileField::Substances), "{unstated:?}");
    assert!(!unstated.contains(&ProfileField::Age), "{unstated:?}");
    assert!(!unstated.contains(&ProfileField::Pattern), "{unstated:?}");
}

#[test]
fn each_match_names_the_fields_of_its_unstated_reasons() {
    let matcher = Matcher::new(insats::catalog());
    let recs = matcher.recommend(&Profile::default());
    assert!(!recs.conditional().is_empty());
    for m in recs.conditional() {
        let fields = m.unstated_fields();
        assert!(!fields.is_empty(), "{}", m.intervention().id());
        let reasons = m.unstated();
        let names = |code: &str| reasons.iter().any(|r| r.kind() == code);
        assert_eq!(fields.contains(&ProfileField::Substances), names("substance-not-stated"));
        assert_eq!(fields.contains(&ProfileField::Pattern), names("pattern-not-stated"));
    }
    for m in recs.iter() {
        assert!(m.unstated_fields().is_empty());
    }
}

#[test]
fn an_old_report_without_the_list_still_reads() {
    let matcher = Matcher::new(insats::catalog());
    let report = matcher.report(&Profile::default());
    let mut value = serde_json::to_value(&report).unwrap();
    value.as_object_mut().unwrap().remove("unstated");
    let back: RecommendationsReport = serde_json::from_value(value).unwrap();
    assert!(back.unstated.is_empty());
}
