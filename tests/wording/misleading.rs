//! One test per misleading sentence of the wording review that this file
//! settles (M8–M10), each on the built-in catalog's own output.

use super::*;

/// The reasons of the recommended match of `id` for `profile`.
#[track_caller]
fn reasons_of(profile: &Profile, id: &str) -> Vec<Reason> {
    let matcher = Matcher::new(insats::catalog());
    let recs = matcher.recommend(profile);
    let found = recs.get(id).map(|m| m.reasons());
    found.unwrap_or_else(|| panic!("{id} is not recommended"))
}

/// The reason of `kind` among `reasons`.
#[track_caller]
fn one<'r>(reasons: &'r [Reason], kind: &str) -> &'r Reason {
    let mut found = reasons.iter().filter(|r| r.kind() == kind);
    let reason = found.next().unwrap_or_else(|| panic!("no {kind} in {reasons:?}"));
    assert!(found.next().is_none(), "two {kind} in {reasons:?}");
    reason
}

/// M8: web-based treatment for alcohol is listed with NR's caveat, the
/// fact sheet's "Caveat for display" (`web-treatment-alcohol`): the
/// decisive reason for the row is that the evidence is insufficient. The
/// cannabis row carries no such caveat in the sheet, and gets none.
#[test]
fn m8_web_treatment_for_alcohol_carries_the_evidence_caveat() {
    let adult = |s| {
        Profile::builder().age(40).substance(s).pattern(PatternOfUse::Dependence).build().unwrap()
    };
    let web = "webbaserad-behandling";
    let reasons = reasons_of(&adult(Substance::Alcohol), web);
    pin(
        one(&reasons, "insufficient-evidence"),
        "riktlinjerna anger som avgörande skäl för raden att det vetenskapliga underlaget är \
         otillräckligt, så insatsen ska inte jämställas med de insatser som har en prioritet",
        "the guidelines give as the decisive reason for this row that the scientific evidence is \
         insufficient, so it should not be treated as equal to the interventions that have a \
         priority",
    );
    assert!(!one(&reasons, "insufficient-evidence").is_exclusion());
    // After the line that says the number is not stated.
    let kinds: Vec<&str> = reasons.iter().map(Reason::kind).collect();
    assert_eq!(kinds, ["no-number-in-sources", "insufficient-evidence"]);
    // explain says the same.
    let decision = Matcher::new(insats::catalog())
        .explain(&adult(Substance::Alcohol))
        .into_iter()
        .find(|d| d.intervention().id() == web)
        .unwrap();
    assert!(decision.reasons().contains(&Reason::InsufficientEvidence));
    let cannabis = reasons_of(&adult(Substance::Cannabis), web);
    assert!(!cannabis.contains(&Reason::InsufficientEvidence), "{cannabis:?}");
}
