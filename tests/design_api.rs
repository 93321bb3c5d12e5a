//! The public API as ../shared/DESIGN.md writes it ("The public API
//! (binding names)"): if a name or signature drifts, this stops compiling.

use insats::strum::IntoEnumIterator;
use insats::{
    AgeGroup, Catalog, Condition, Error, Intervention, Matcher, NrPriority, Profile, Provider,
    Role, Schedule, Severity, Substance, TagSet, Tags, TreatmentType, catalog,
};

fn seed(name: &str) -> String {
    let path = format!("{}/../shared/seeds/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_design_documents_api_holds() -> Result<(), Box<dyn std::error::Error>> {
    // vocabularies
    let p: Provider = "Primärvård | Första linje".parse()?;
    let r: Role = "Undersköterska | Behandlingsassistent | Skötare".parse()?;
    assert_eq!(p.label_sv(), "Primärvård | Första linje");
    assert_eq!(Provider::iter().next(), Some(Provider::MaternalAndChildHealthCare));
    assert_eq!(AgeGroup::from_age(17u8), AgeGroup::Children);
    let e: Error = "Hjärtkirurgi".parse::<Provider>().unwrap_err();
    assert!(e.to_string().contains("Utförare") && e.to_string().contains("Hjärtkirurgi"));
    assert_eq!(TreatmentType::iter().count(), 1);

    // priorities and schedules
    let p4 = NrPriority::rank(4)?;
    assert!(NrPriority::rank(0).is_err() && NrPriority::rank(11).is_err());
    assert!(
        NrPriority::rank(1)? < p4
            && p4 < NrPriority::ResearchOnly
            && NrPriority::ResearchOnly < NrPriority::DontDo
    );
    let s = Schedule::weekly(24, 2)?;
    assert!(Schedule::weekly(0, 2).is_err() && Schedule::weekly(24, 0).is_err());
    assert_eq!(s.total_sessions(), Some(48));
    assert_eq!(s.to_string().parse::<Schedule>()?, s);
    let met = Schedule::sessions(5)?;
    assert_eq!(met.total_sessions(), Some(5));
    let cra = Schedule::session_range(16, 20)?;
    assert_eq!(cra.total_sessions(), None);
    assert_eq!(cra.session_bounds(), (16, 20));

    // pages
    let text = seed("natverksterapi.txt");
    let nt: Intervention = insats::page::parse(&text)?;
    let again = insats::page::parse(&insats::page::render(&nt))?;
    assert_eq!(again, nt);
    assert_eq!(nt.id(), "natverksterapi");
    assert_eq!(nt.name(), "Nätverksterapi");
    assert!(nt.tags().providers().contains(Provider::IndividualAndFamilyCare));
    assert_eq!(nt.tags().roles().len(), 8);
    let tags: &Tags = nt.tags();
    let ages: TagSet<AgeGroup> = tags.age_groups();
    assert_eq!(ages.len(), 3);
    assert_eq!(nt.best_priority(), Some(p4));
    assert_eq!(nt.recommendations().len(), 1);
    let rec = &nt.recommendations()[0];
    assert_eq!(rec.priority(), p4);
    assert!(rec.substances().contains(Substance::Alcohol));
    let _population = rec.population();
    assert!(nt.is_add_on());
    assert_eq!(nt.schedule().and_then(Schedule::total_sessions), Some(48));
    assert_eq!(nt.phases().len(), 3);

    // catalogs
    let built_in: &'static Catalog = catalog();
    assert!(built_in.get("psykosocial-behandling").is_some());
    assert_eq!(
        built_in.by_name("CRA").map(|e| e.id()),
        Some("community-reinforcement-approach-cra")
    );
    assert_eq!(built_in.iter().count(), built_in.len());
    let own = Catalog::from_pages([text.clone(), seed("psykosocial-behandling.txt")])?;
    let json = own.to_json()?;
    let back = Catalog::from_json(&json)?;
    assert_eq!(back, own);
    assert_eq!(own.clone(), own);

    // matching
    let profile = Profile::builder()
        .age(34u8)
        .severity(Severity::Moderate)
        .condition(Condition::SubstanceUseAndDependence)
        .substance(Substance::Alcohol)
        .provider(Provider::IndividualAndFamilyCare)
        .role(r)
        .in_other_treatment(true)
        .build();
    let matcher = Matcher::new(built_in);
    let recs = matcher.recommend(&profile);
    let best = recs.primary().first().ok_or("a primary recommendation")?;
    assert_eq!(best.priority(), Some(NrPriority::rank(1)?));
    assert_eq!(best.intervention().id(), "motivationshojande-behandling-met");
    assert!(recs.add_ons().iter().any(|m| m.intervention().id() == "natverksterapi"));
    let decisions = matcher.explain(&profile);
    assert_eq!(decisions.len(), built_in.len());
    for (decision, entry) in decisions.iter().zip(built_in.iter()) {
        assert_eq!(decision.intervention().id(), entry.id());
        let _ = (decision.is_included(), decision.reasons());
    }
    Ok(())
}
