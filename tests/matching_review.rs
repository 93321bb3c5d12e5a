//! Review of the matching engine on the built-in catalog: cases a
//! caseworker meets, each once wrong.

use insats::{Matcher, NrPriority, Profile, Substance};

fn rank(n: u8) -> NrPriority {
    NrPriority::rank(n).unwrap()
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
