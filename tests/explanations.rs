//! `Matcher::explain` and the reasons of a match: what they say (in
//! Swedish and English), that a match's reasons are the same from
//! `recommend` and `explain`, and what an excluded entry is said to lack.

mod util;

use insats::{
    AgeGroup, Facet, Intervention, Matcher, Profile, Provider, Reason, Recommendation, Role,
    Substance,
};
use util::*;

#[test]
fn seed_like_match_cites_its_source_and_explains_itself() {
    let catalog = seed_like_catalog();
    let matcher = Matcher::new(&catalog);
    let recs = matcher.recommend(&ifo_adult());
    let nt = &recs.add_ons()[0];
    assert_eq!(
        nt.source(),
        Some(
            "https://vardochinsats.se/missbruk-och-beroende/behandling-och-stoed/naetverksterapi/"
        )
    );
    assert_eq!(nt.recommendation().map(Recommendation::priority), Some(rank(4)));
    let reasons = nt.reasons();
    assert_eq!(reasons.iter().map(Reason::kind).collect::<Vec<_>>(), ["priority", "add-on"]);
    assert_eq!(
        reasons[0].describe_sv(),
        "NR prioritet 4 (kan erbjudas) vid alkohol, narkotika, för alla med tillståndet"
    );
    assert_eq!(
        reasons[0].describe_en(),
        "NR priority 4 (may be offered) for alcohol, narcotics, for anyone with the condition"
    );
    // The umbrella states no number: ranked after every ranked entry.
    let pb = &recs.primary()[0];
    assert_eq!(pb.reasons(), [Reason::PriorityNotStated]);
    // explain gives a match the same reasons as recommend.
    let decisions = matcher.explain(&ifo_adult());
    assert_eq!(decision(&decisions, "natverksterapi").reasons(), &reasons[..]);
}

#[test]
fn an_unstated_facet_excludes_nobody_and_says_so() {
    let open = Intervention::builder("Öppen insats").build().unwrap();
    let catalog = catalog(vec![open]);
    let matcher = Matcher::new(&catalog);
    let profile = Profile::builder()
        .provider(Provider::DentalCare)
        .role(Role::Physician)
        .age(70)
        .substance(Substance::Cannabis)
        .build();
    let recs = matcher.recommend(&profile);
    assert_eq!(recs.len(), 1);
    let expected = vec![
        Reason::NotStated { facet: Facet::Provider },
        Reason::NotStated { facet: Facet::Role },
        Reason::NotStated { facet: Facet::AgeGroup },
        Reason::NotStated { facet: Facet::Substance },
        Reason::PriorityNotStated,
    ];
    assert_eq!(recs.primary()[0].reasons(), expected);
    assert_eq!(matcher.explain(&profile)[0].reasons(), &expected[..]);
    assert_eq!(
        expected[0].describe_sv(),
        "Utförare anges inte för insatsen och utesluter därför ingen"
    );
}

#[test]
fn facet_reasons_read_well() {
    let reason = Reason::Role { profile: Role::Physician, allowed: only(Role::Psychologist) };
    assert_eq!(
        reason.describe_sv(),
        "yrkesrollen Läkare finns inte bland insatsens yrkesroller (Psykolog)"
    );
    assert_eq!(
        reason.describe_en(),
        "the role Physician is not among the intervention's roles (Psychologist)"
    );
    let reason =
        Reason::Substance { profile: only(Substance::Cannabis), rated: only(Substance::Alcohol) };
    assert_eq!(reason.describe_sv(), "ingen rekommendation gäller cannabis (bedömd för: alkohol)");
    assert_eq!(reason.describe_en(), "no recommendation covers cannabis (rated for: alcohol)");
    let research = Reason::Priority {
        priority: insats::NrPriority::ResearchOnly,
        recommendation: 0,
        substances: only(Substance::Alcohol),
        population: insats::Population::Anyone,
    };
    assert_eq!(
        research.describe_en(),
        "NR research only (FoU) for alcohol, for anyone with the condition"
    );
    assert!(reason.is_exclusion());
    assert!(!Reason::AddOn.is_exclusion());
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
