//! The built-in entries of the two seed pages carry every fact that
//! `page::parse` reads from the seeds (their texts are the crate's own
//! words, so only the facts are compared).

use insats::{Intervention, catalog, page};

fn seed(name: &str) -> String {
    let path = format!("{}/../shared/seeds/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[track_caller]
fn assert_same_facts(parsed: &Intervention, built_in: &Intervention) {
    assert_eq!(built_in.id(), parsed.id());
    assert_eq!(built_in.name(), parsed.name());
    assert_eq!(built_in.lede().is_some(), parsed.lede().is_some());
    assert_eq!(built_in.breadcrumb(), parsed.breadcrumb());
    assert_eq!(built_in.area(), parsed.area());
    assert_eq!(built_in.conditions(), parsed.conditions());
    assert_eq!(built_in.tags(), parsed.tags());
    assert_eq!(built_in.target().substances(), parsed.target().substances());
    assert_eq!(built_in.target().population(), parsed.target().population());
    assert_eq!(built_in.best_priority(), parsed.best_priority());
    assert_eq!(built_in.recommendations().len(), parsed.recommendations().len());
    for (ours, theirs) in built_in.recommendations().iter().zip(parsed.recommendations()) {
        assert_eq!(ours.substances(), theirs.substances());
        assert_eq!(ours.population(), theirs.population());
        assert_eq!(ours.priority(), theirs.priority());
        assert_eq!(ours.is_add_on(), theirs.is_add_on());
        assert_eq!(ours.verb(), theirs.verb());
    }
    assert_eq!(built_in.is_add_on(), parsed.is_add_on());
    assert_eq!(built_in.is_manual_based(), parsed.is_manual_based());
    assert_eq!(built_in.schedule(), parsed.schedule());
    let phase_names = |e: &Intervention| {
        e.phases().iter().map(|p| (p.ordinal(), p.name().to_owned())).collect::<Vec<_>>()
    };
    assert_eq!(phase_names(built_in), phase_names(parsed));
    assert_eq!(built_in.assessment_areas(), parsed.assessment_areas());
    assert_eq!(built_in.youth_versions_named(), parsed.youth_versions_named());
}

#[test]
fn natverksterapi_carries_the_facts_of_its_seed() {
    let parsed = page::parse(&seed("natverksterapi.txt")).unwrap();
    let built_in = catalog().get("natverksterapi").unwrap();
    assert_same_facts(&parsed, built_in);
    // the facts themselves, so that an empty pair of entries cannot pass
    assert_eq!(built_in.best_priority(), Some(insats::NrPriority::rank(4).unwrap()));
    assert_eq!(built_in.schedule().and_then(|s| s.total_sessions()), Some(48));
    assert_eq!(built_in.phases().len(), 3);
}

#[test]
fn psykosocial_behandling_carries_the_facts_of_its_seed() {
    let parsed = page::parse(&seed("psykosocial-behandling.txt")).unwrap();
    let built_in = catalog().get("psykosocial-behandling").unwrap();
    assert_same_facts(&parsed, built_in);
    assert_eq!(built_in.tags().providers().len(), 18);
    assert_eq!(built_in.youth_versions_named(), ["CRA", "MET"]);
    assert!(built_in.tags().conditions().is_empty());
}
