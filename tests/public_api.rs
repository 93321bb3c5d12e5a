//! The public API as ../shared/DESIGN.md writes it ("The public API
//! (binding names)"): if a name or signature drifts, this stops compiling.

use insats::strum::IntoEnumIterator;
use insats::{
    AgeGroup, Catalog, Condition, Error, Intervention, Matcher, NrPriority, Profile, Provider,
    Role, Schedule, Severity, Substance, TagSet, Tags, TreatmentType, catalog,
};

use crate::util;

/// The design document's API on the fixture pages.
#[test]
fn the_design_documents_api_holds() -> Result<(), Box<dyn std::error::Error>> {
    design_api_holds(util::fixtures::NATVERKSTERAPI, util::fixtures::PSYKOSOCIAL_BEHANDLING)
}

/// The design document's API, with `nt_text` and `pb_text` the pages of
/// Nätverksterapi and Psykosocial behandling.
fn design_api_holds(nt_text: &str, pb_text: &str) -> Result<(), Box<dyn std::error::Error>> {
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
    let text = nt_text;
    let nt: Intervention = insats::page::parse(text)?;
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
    assert_eq!(rec.priority(), Some(p4));
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
    assert_eq!(built_in.len(), 68);
    assert_eq!(built_in.iter().next().map(|e| e.id()), Some("psykosocial-behandling"));
    let own = Catalog::from_pages([text, pb_text])?;
    let json = own.to_json()?;
    let back = Catalog::from_json(&json)?;
    assert_eq!(back, own);
    // Catalog: Clone (checked by the compiler).
    let _: fn(&Catalog) -> Catalog = Catalog::clone;

    // matching
    let profile = Profile::builder()
        .age(34u8)
        .severity(Severity::Moderate)
        .condition(Condition::SubstanceUseAndDependence)
        .substance(Substance::Alcohol)
        .provider(Provider::IndividualAndFamilyCare)
        .role(r)
        .in_other_treatment(true)
        .build()
        .unwrap();
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
        // Included exactly when recommended (an assessment too), with the
        // match's reasons; an entry left out says why.
        let recommended = recs.get(entry.id());
        assert_eq!(decision.is_included(), recommended.is_some(), "{}", entry.id());
        match recommended {
            Some(m) => assert_eq!(decision.reasons(), &m.reasons()[..], "{}", entry.id()),
            None => assert!(!decision.reasons().is_empty(), "{} left out, no reason", entry.id()),
        }
    }
    assert!(
        decisions.iter().any(|d| d.is_included()) && decisions.iter().any(|d| !d.is_included())
    );
    Ok(())
}

/// Every public type can be shared between threads.
#[test]
fn every_public_type_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    use insats::*;
    // vocabularies
    assert_send_sync::<AgeGroup>();
    assert_send_sync::<Condition>();
    assert_send_sync::<Need>();
    assert_send_sync::<Provider>();
    assert_send_sync::<Role>();
    assert_send_sync::<Severity>();
    assert_send_sync::<Substance>();
    assert_send_sync::<TreatmentType>();
    assert_send_sync::<Withdrawal>();
    assert_send_sync::<TagSet<Provider>>();
    // the model
    assert_send_sync::<Breadcrumb>();
    assert_send_sync::<Intervention>();
    assert_send_sync::<InterventionBuilder>();
    assert_send_sync::<NrPriority>();
    assert_send_sync::<Phase>();
    assert_send_sync::<Population>();
    assert_send_sync::<PriorityBand>();
    assert_send_sync::<Rank>();
    assert_send_sync::<Recommendation>();
    assert_send_sync::<RecommendationVerb>();
    assert_send_sync::<Schedule>();
    assert_send_sync::<Sections>();
    assert_send_sync::<SessionCount>();
    assert_send_sync::<SessionPattern>();
    assert_send_sync::<Span>();
    assert_send_sync::<SpanUnit>();
    assert_send_sync::<Tags>();
    assert_send_sync::<Target>();
    // pages, catalogs, errors
    assert_send_sync::<page::Warning>();
    assert_send_sync::<Catalog>();
    assert_send_sync::<Error>();
    assert_send_sync::<PageProblem>();
    // matching
    assert_send_sync::<Decision<'static>>();
    assert_send_sync::<Facet>();
    assert_send_sync::<Match<'static>>();
    assert_send_sync::<MatchReport>();
    assert_send_sync::<Matcher<'static>>();
    assert_send_sync::<Package<'static>>();
    assert_send_sync::<PackageReport>();
    assert_send_sync::<Profile>();
    assert_send_sync::<ProfileBuilder>();
    assert_send_sync::<ProfileField>();
    assert_send_sync::<Reason>();
    assert_send_sync::<ReasonReport>();
    assert_send_sync::<Recommendations<'static>>();
    assert_send_sync::<RecommendationsReport>();
    assert_send_sync::<Served<'static>>();
}

/// The conformance tests: they read the seeds (see `util::sources`).
mod conformance {
    use super::*;

    /// The design document's API on the seed pages.
    #[test]
    #[cfg_attr(not(insats_sources), ignore = "conformance: needs ../shared or $INSATS_SOURCES")]
    fn the_design_documents_api_holds_on_the_seed_pages() -> Result<(), Box<dyn std::error::Error>>
    {
        let sources = util::sources();
        design_api_holds(
            sources.seed("natverksterapi.txt"),
            sources.seed("psykosocial-behandling.txt"),
        )
    }
}
