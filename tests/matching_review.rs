//! Review of the matching engine on the built-in catalog: cases a
//! caseworker meets, each once wrong.

use insats::{AgeGroup, Matcher, NrPriority, Population, Profile, Reason, Substance};

fn rank(n: u8) -> NrPriority {
    NrPriority::rank(n).unwrap()
}

fn kinds(reasons: &[Reason]) -> Vec<&'static str> {
    reasons.iter().map(Reason::kind).collect()
}

/// KBT is primary for central stimulants (4) and an add-on to
/// benzodiazepine tapering (3). A person using both gets KBT as a primary
/// treatment, so at the stimulant priority: the 3 belongs to the add-on
/// role, which is not what is offered.
#[test]
fn a_primary_match_does_not_take_its_priority_from_an_add_on_pair() {
    let matcher = Matcher::new(insats::catalog());
    let profile = Profile::builder()
        .substance(Substance::CentralStimulants)
        .substance(Substance::Benzodiazepines)
        .build();
    let recs = matcher.recommend(&profile);
    let kbt = recs.get("kognitiv-beteendeterapi").unwrap();
    assert!(!kbt.is_add_on());
    assert_eq!(kbt.priority(), Some(rank(4)));
    let rec = kbt.recommendation().unwrap();
    assert!(!rec.is_add_on());
    assert!(rec.substances().contains(Substance::CentralStimulants));
    let decisions = matcher.explain(&profile);
    let d = decisions.iter().find(|d| d.intervention().id() == "kognitiv-beteendeterapi").unwrap();
    assert_eq!(d.priority(), Some(rank(4)));
    assert_eq!(d.reasons(), &kbt.reasons()[..]);

    // Benzodiazepines alone: the add-on pair, as an add-on.
    let benzo = Profile::builder().substance(Substance::Benzodiazepines).build();
    let recs = matcher.recommend(&benzo);
    let kbt = recs.get("kognitiv-beteendeterapi").unwrap();
    assert!(kbt.is_add_on());
    assert_eq!(kbt.priority(), Some(rank(3)));
}

/// Someone in no other treatment is not in LARO, so the LARO-context
/// pairs (KBT 3, ÅP 4, CRA 4, PDT 5 for opioids) do not apply.
#[test]
fn a_person_in_no_other_treatment_gets_no_laro_context_pairs() {
    let matcher = Matcher::new(insats::catalog());
    let profile =
        Profile::builder().age(35).substance(Substance::Opioids).in_other_treatment(false).build();
    assert!(!profile.fits(Population::InMedicationAssistedTreatment));
    let recs = matcher.recommend(&profile);
    for id in [
        "kognitiv-beteendeterapi",
        "aterfallsprevention",
        "community-reinforcement-approach-cra",
        "psykodynamisk-terapi-pdt",
    ] {
        assert!(recs.get(id).is_none(), "{id} offered: {recs:?}");
        let decisions = matcher.explain(&profile);
        let d = decisions.iter().find(|d| d.intervention().id() == id).unwrap();
        assert_eq!(
            d.reasons()[0],
            Reason::Population { required: Population::InMedicationAssistedTreatment }
        );
    }
    // Still offered: naloxone and LARO itself.
    assert!(recs.get("naloxon-och-utbildningsinsats").is_some());
    assert!(recs.get("lakemedelsassisterad-behandling-vid-opioidberoende-laro").is_some());
    // Unknown treatment status: the pairs may apply.
    let unknown = profile.without(insats::ProfileField::InOtherTreatment);
    assert_eq!(
        matcher.recommend(&unknown).get("kognitiv-beteendeterapi").and_then(|m| m.priority()),
        Some(rank(3))
    );
}

#[test]
fn profile_serde_refuses_laro_without_other_treatment() {
    let err = serde_json::from_str::<Profile>(r#"{"in_laro": true, "in_other_treatment": false}"#)
        .unwrap_err();
    assert!(err.to_string().contains("LARO"), "{err}");
    for ok in [
        r#"{"in_laro": true, "in_other_treatment": true}"#,
        r#"{"in_laro": false, "in_other_treatment": false}"#,
        r#"{"in_laro": true}"#,
    ] {
        let p: Profile = serde_json::from_str(ok).unwrap();
        assert_eq!(
            serde_json::from_str::<Profile>(&serde_json::to_string(&p).unwrap()).unwrap(),
            p
        );
    }
}

/// An entry excluded because none of its pairs applies has priorities in
/// the guidelines; "states no priority" would be false.
#[test]
fn an_excluded_entry_with_priorities_is_not_said_to_have_none() {
    let matcher = Matcher::new(insats::catalog());
    let adult_alcohol =
        Profile::builder().age(40).substance(Substance::Alcohol).relative(false).build();
    let decisions = matcher.explain(&adult_alcohol);
    for id in [
        "haschavvanjningsprogrammet-hap",
        "naloxon-och-utbildningsinsats",
        "funktionell-familjeterapi-fft",
    ] {
        let d = decisions.iter().find(|d| d.intervention().id() == id).unwrap();
        assert!(!d.is_included());
        assert!(!d.reasons().contains(&Reason::PriorityNotStated), "{id}: {:?}", d.reasons());
    }
    // An entry that states no number still says so, included or not.
    let craft = decisions.iter().find(|d| d.intervention().id() == "craft").unwrap();
    assert_eq!(kinds(craft.reasons()), ["population", "priority-not-stated"]);
}

/// For a child using alcohol, HAP gives way to CPU, which is itself not
/// offered (cannabis only): the reason must not say CPU is offered.
#[test]
fn the_youth_version_reason_does_not_promise_an_offer() {
    let matcher = Matcher::new(insats::catalog());
    let child =
        Profile::builder().age_group(AgeGroup::Children).substance(Substance::Alcohol).build();
    let decisions = matcher.explain(&child);
    let cpu =
        decisions.iter().find(|d| d.intervention().id() == "cannabisprogram-for-ungdomar-cpu");
    assert!(!cpu.unwrap().is_included());
    let hap = decisions.iter().find(|d| d.intervention().id() == "haschavvanjningsprogrammet-hap");
    let reason =
        hap.unwrap().reasons().iter().find(|r| r.kind() == "replaced-by-youth-version").unwrap();
    assert!(!reason.describe_sv().contains("erbjuds"), "{}", reason.describe_sv());
    assert!(!reason.describe_en().contains("is offered"), "{}", reason.describe_en());
}
