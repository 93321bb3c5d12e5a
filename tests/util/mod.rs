//! Helpers shared by the integration tests; each reports failures at the
//! calling line.
#![allow(dead_code)]

use insats::{
    AgeGroup, Catalog, Condition, Decision, Intervention, Match, NrPriority, Population, Profile,
    Provider, Reason, Recommendation, Role, Severity, Substance, TagSet, Tags, TreatmentType,
};

/// A file of the project's `../shared/` folder (seeds, fact sheet), read
/// once per test binary. Read at run time, not with `include_str!`, so a
/// checkout without `../shared/` still builds and only these tests fail.
pub fn shared(relative: &str) -> &'static str {
    use std::collections::HashMap;
    use std::sync::{Mutex, PoisonError};
    static READ: Mutex<Option<HashMap<String, &'static str>>> = Mutex::new(None);
    let mut read = READ.lock().unwrap_or_else(PoisonError::into_inner);
    read.get_or_insert_with(HashMap::new).entry(relative.to_owned()).or_insert_with(|| {
        let path = format!("{}/../shared/{relative}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
        Box::leak(text.into_boxed_str())
    })
}

/// The text of a seed page, e.g. `seed("natverksterapi.txt")`.
pub fn seed(name: &str) -> &'static str {
    shared(&format!("seeds/{name}"))
}

#[track_caller]
pub fn rank(n: u8) -> NrPriority {
    NrPriority::rank(n).unwrap()
}

#[track_caller]
pub fn catalog(entries: Vec<Intervention>) -> Catalog {
    Catalog::new("test", entries).unwrap()
}

/// The two seed entries, built by hand with the facts their pages state:
/// the tags of `Märkning`, the target group "alkohol och narkotika", and
/// Nätverksterapi's "(prioritet 4)" "som tillägg till annan behandling".
pub fn seed_like_catalog() -> Catalog {
    catalog(vec![psykosocial_behandling(), natverksterapi()])
}

pub fn natverksterapi() -> Intervention {
    let alcohol_and_narcotics = TagSet::from([Substance::Alcohol, Substance::Narcotics]);
    Intervention::builder("Nätverksterapi")
        .tags(
            Tags::new()
                .with_providers(TagSet::from([
                    Provider::PsychiatricOutpatientCare,
                    Provider::IndividualAndFamilyCare,
                    Provider::YouthClinic,
                    Provider::MariaClinic,
                ]))
                .with_roles(TagSet::from([
                    Role::Psychologist,
                    Role::Nurse,
                    Role::AssistantNurse,
                    Role::Physiotherapist,
                    Role::OccupationalTherapist,
                    Role::Counsellor,
                    Role::Psychotherapist,
                    Role::SocialWorker,
                ]))
                .with_treatment_types(TagSet::only(TreatmentType::Psychosocial))
                .with_age_groups(TagSet::all())
                .with_severities(TagSet::all())
                .with_conditions(TagSet::only(Condition::SubstanceUseAndDependence)),
        )
        .target(insats::Target::new(alcohol_and_narcotics, Population::Anyone))
        .recommendation(
            Recommendation::new(alcohol_and_narcotics, Population::Anyone, rank(4))
                .with_add_on(true),
        )
        .add_on(true)
        .source(
            "https://vardochinsats.se/missbruk-och-beroende/behandling-och-stoed/naetverksterapi/",
        )
        .build()
        .unwrap()
}

pub fn psykosocial_behandling() -> Intervention {
    Intervention::builder("Psykosocial behandling")
        .tags(
            Tags::new()
                .with_providers(TagSet::all())
                .with_roles(TagSet::all())
                .with_treatment_types(TagSet::only(TreatmentType::Psychosocial))
                .with_age_groups(TagSet::all())
                .with_severities(TagSet::all()),
        )
        .target(insats::Target::new(
            TagSet::from([Substance::Alcohol, Substance::Narcotics]),
            Population::Anyone,
        ))
        .youth_version_named("CRA")
        .youth_version_named("MET")
        .build()
        .unwrap()
}

/// An adult in individ- och familjeomsorg, asked by a social worker, in
/// other treatment.
pub fn ifo_adult() -> Profile {
    Profile::builder()
        .age_group(AgeGroup::Adults)
        .provider(Provider::IndividualAndFamilyCare)
        .role(Role::SocialWorker)
        .in_other_treatment(true)
        .build()
}

/// The ids of `matches`, in order.
pub fn ids<'a>(matches: impl IntoIterator<Item = &'a Match<'a>>) -> Vec<&'a str> {
    matches.into_iter().map(|m| m.intervention().id()).collect()
}

#[track_caller]
pub fn assert_ids<'a>(matches: impl IntoIterator<Item = &'a Match<'a>>, expected: &[&str]) {
    assert_eq!(ids(matches), expected);
}

/// The decision on the entry `id`.
#[track_caller]
pub fn decision<'d, 'c>(decisions: &'d [Decision<'c>], id: &str) -> &'d Decision<'c> {
    decisions
        .iter()
        .find(|d| d.intervention().id() == id)
        .unwrap_or_else(|| panic!("no decision on {id:?}"))
}

/// The kinds of `reasons`, in order.
pub fn kinds(reasons: &[Reason]) -> Vec<&'static str> {
    reasons.iter().map(Reason::kind).collect()
}

/// The exclusion kinds of a decision, in order.
pub fn exclusion_kinds(decision: &Decision<'_>) -> Vec<&'static str> {
    decision.exclusions().map(Reason::kind).collect()
}

/// A one-value tag set, for terse entries.
pub fn only<T: insats::Vocabulary>(value: T) -> TagSet<T> {
    TagSet::only(value)
}

pub fn severities(values: &[Severity]) -> TagSet<Severity> {
    values.iter().copied().collect()
}

/// The umbrella entry and its add-on, over a catalog of the two seed
/// entries (`both`) and one of Nätverksterapi alone (`nt_alone`): an adult
/// in individ- och familjeomsorg, asked by a social worker and in other
/// treatment, gets Psykosocial behandling (no priority stated) and
/// Nätverksterapi as an add-on at priority 4; in dental care, asked by a
/// physician, or alone and in no other treatment, Nätverksterapi is left
/// out with the reason that says why.
#[track_caller]
pub fn check_umbrella_and_add_on(both: &Catalog, nt_alone: &Catalog) {
    use insats::Matcher;
    let matcher = Matcher::new(both);

    let recs = matcher.recommend(&ifo_adult());
    assert_ids(recs.primary(), &["psykosocial-behandling"]);
    assert_ids(recs.add_ons(), &["natverksterapi"]);
    assert_eq!(recs.add_ons()[0].priority(), Some(rank(4)));
    assert_eq!(recs.primary()[0].priority(), None);

    let dental = ifo_adult().to_builder().provider(Provider::DentalCare).build();
    let recs = matcher.recommend(&dental);
    assert_ids(recs.primary(), &["psykosocial-behandling"]);
    assert!(recs.add_ons().is_empty());
    let decisions = matcher.explain(&dental);
    assert_eq!(exclusion_kinds(decision(&decisions, "natverksterapi")), ["provider"]);
    assert!(matches!(
        decision(&decisions, "natverksterapi").reasons()[0],
        Reason::Provider { profile: Provider::DentalCare, allowed } if allowed.len() == 4
    ));

    let physician = ifo_adult().to_builder().role(Role::Physician).build();
    let recs = matcher.recommend(&physician);
    assert_ids(recs.primary(), &["psykosocial-behandling"]);
    assert!(recs.add_ons().is_empty());
    let decisions = matcher.explain(&physician);
    assert_eq!(exclusion_kinds(decision(&decisions, "natverksterapi")), ["role"]);

    let alone = Matcher::new(nt_alone);
    let not_treated = ifo_adult().to_builder().in_other_treatment(false).build();
    assert!(alone.recommend(&not_treated).is_empty());
    let decisions = alone.explain(&not_treated);
    assert_eq!(
        exclusion_kinds(decision(&decisions, "natverksterapi")),
        ["requires-other-treatment"]
    );
    assert!(decisions[0].is_add_on());
}
