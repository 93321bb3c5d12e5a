//! The whole guide (issue 22): the built-in catalog's instruments and
//! tests beside treatment, each where its section puts it.

use super::*;

const AUDIT: &str = "audit-alcohol-use-disorders-identification-test";
const ADAD: &str = "adad-adolescent-drug-abuse-diagnosis";
const ASI: &str = "asi-addiction-severity-index";

#[test]
fn an_adult_with_alcohol_suspected_gets_audit_first() {
    let suspected = profile(|b| b.age(40).substance(Substance::Alcohol));
    let recs = recommend(&suspected);
    let first = recs.assessments().first().expect("an assessment");
    assert_eq!(first.intervention().id(), AUDIT);
    assert_eq!(first.priority(), Some(NrPriority::rank(1).unwrap()));
    assert_eq!(first.intervention().kind(), Some(insats::Kind::Assessment));
    assert_eq!(first.intervention().guide_section(), Some(insats::GuideSection::Assessment));
    // Assessments are kept apart from treatment and support.
    assert!(recs.iter().all(|m| !m.intervention().kind().is_some_and(|k| k.is_assessment_step())));
    assert!(
        recs.assessments()
            .iter()
            .all(|m| m.intervention().kind().is_some_and(|k| k.is_assessment_step()))
    );
    // ASI is for people with misuse or dependence: it waits for the pattern.
    assert!(find(recs.conditional(), ASI).is_some());
}

#[test]
fn a_fifteen_year_old_gets_adad_and_never_asi_or_audit_with_a_number() {
    let teen =
        profile(|b| b.age(15).substance(Substance::Alcohol).pattern(insats::PatternOfUse::Misuse));
    let recs = recommend(&teen);
    let adad = find(recs.assessments(), ADAD).expect("ADAD");
    assert_eq!(adad.priority(), Some(NrPriority::rank(4).unwrap()));
    for adult_only in [ASI, AUDIT] {
        assert!(find(recs.assessments(), adult_only).is_none(), "{adult_only}");
        let numbered = recs
            .iter()
            .chain(recs.conditional())
            .chain(recs.not_rated_for_age())
            .any(|m| m.intervention().id() == adult_only && m.priority().is_some());
        assert!(!numbered, "{adult_only}");
    }
}

#[test]
fn the_medical_tests_are_the_eight_of_the_fact_sheet() {
    let tests: Vec<_> = catalog().iter().filter(|e| e.kind() == Some(insats::Kind::Test)).collect();
    assert_eq!(tests.len(), 8);
    let numbers: Vec<Option<u8>> =
        tests.iter().map(|e| e.best_priority().and_then(|p| p.rank_number())).collect();
    assert_eq!(numbers, [Some(2), Some(2), Some(3), Some(5), Some(1), Some(5), Some(5), None]);
    for test in &tests {
        assert_eq!(
            test.guide_section().is_some(),
            test.id() != "patientnara-drogtest-med-salivprov",
            "{}",
            test.id()
        );
    }
    // A test waits for the suspicion it is for.
    let recs = recommend(&profile(|b| b.age(30).substance(Substance::Cannabis)));
    let urine = find(recs.conditional(), "urinprov").expect("conditional");
    assert_eq!(
        urine.requires(),
        Some(Population::InSituation(Situation::OngoingOrRecentDrugIntake))
    );
    let suspected = profile(|b| {
        b.age(30)
            .substance(Substance::Cannabis)
            .situation(Situation::OngoingOrRecentDrugIntake, true)
    });
    let recs = recommend(&suspected);
    assert_eq!(
        find(recs.assessments(), "urinprov").and_then(|m| m.priority()),
        Some(NrPriority::rank(1).unwrap())
    );
}

#[test]
fn reports_carry_the_kind_and_section_of_every_match() {
    let matcher = Matcher::new(catalog());
    let p = profile(|b| {
        b.age(40).substance(Substance::Alcohol).pattern(insats::PatternOfUse::Dependence)
    });
    let report = matcher.report(&p);
    assert!(!report.assessments.is_empty());
    for m in report.primary.iter().chain(&report.assessments).chain(&report.conditional) {
        assert!(m.entry.kind.is_some(), "{}", m.entry.id);
    }
    let audit = report.assessments.iter().find(|m| m.entry.id == AUDIT).unwrap();
    assert_eq!(audit.entry.section, Some(insats::GuideSection::Assessment));
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["assessments"][0]["kind"], "assessment");
    assert_eq!(json["assessments"][0]["section"], "assessment");
    let explained = matcher.explain_report(&p);
    assert!(explained.decisions.iter().all(|d| d.entry.kind.is_some()));
    let urine = explained.decisions.iter().find(|d| d.entry.id == "urinprov").unwrap();
    assert_eq!(urine.entry.section, Some(insats::GuideSection::EarlySigns));
}
