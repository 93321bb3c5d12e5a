//! The matching engine: issue 6 acceptance 1 on hand-built seed entries,
//! and each rule on small catalogs.

mod util;

use insats::{
    AgeGroup, Catalog, Facet, Intervention, Matcher, Need, NrPriority, Population, Profile,
    Provider, Reason, Recommendation, Recommendations, RecommendationsReport, Role, Substance,
    TagSet, Tags, Target,
};
use util::*;

#[test]
fn acceptance_1_on_hand_built_seed_entries() {
    check_acceptance_1(&seed_like_catalog(), &catalog(vec![natverksterapi()]));
}

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

fn cra_like() -> Intervention {
    Intervention::builder("Community reinforcement approach (CRA)")
        .recommendation(Recommendation::new(only(Substance::Alcohol), Population::Anyone, rank(2)))
        .recommendation(Recommendation::new(
            only(Substance::CentralStimulants),
            Population::Anyone,
            rank(3),
        ))
        .recommendation(
            Recommendation::new(
                only(Substance::Opioids),
                Population::InMedicationAssistedTreatment,
                rank(4),
            )
            .with_source("https://example.org/laro"),
        )
        .source("https://example.org/cra")
        .build()
        .unwrap()
}

#[test]
fn priority_follows_the_substance_and_is_never_borrowed() {
    let catalog = catalog(vec![cra_like()]);
    let matcher = Matcher::new(&catalog);
    let priority_for = |profile: Profile| {
        let recs = matcher.recommend(&profile);
        recs.primary().first().map(|m| m.priority())
    };
    let with = |s: Substance| Profile::builder().substance(s);
    assert_eq!(priority_for(with(Substance::Alcohol).build()), Some(Some(rank(2))));
    assert_eq!(priority_for(with(Substance::CentralStimulants).build()), Some(Some(rank(3))));
    assert_eq!(
        priority_for(with(Substance::CentralStimulants).substance(Substance::Alcohol).build()),
        Some(Some(rank(2)))
    );
    assert_eq!(priority_for(with(Substance::Opioids).in_laro(true).build()), Some(Some(rank(4))));
    // In LARO status unknown: the LARO pair may apply.
    assert_eq!(priority_for(with(Substance::Opioids).build()), Some(Some(rank(4))));
    // Cannabis: no pair is rated for it, so no priority at all.
    assert_eq!(priority_for(with(Substance::Cannabis).build()), None);
    let decisions = matcher.explain(&with(Substance::Cannabis).build());
    assert_eq!(
        decisions[0].reasons()[0],
        Reason::Substance {
            profile: only(Substance::Cannabis),
            rated: TagSet::from([
                Substance::Alcohol,
                Substance::CentralStimulants,
                Substance::Opioids
            ]),
        }
    );
    // Opioids outside LARO: the pair exists but is for another population.
    let not_in_laro = with(Substance::Opioids).in_laro(false).build();
    assert_eq!(priority_for(not_in_laro.clone()), None);
    assert_eq!(exclusion_kinds(&matcher.explain(&not_in_laro)[0]), ["population"]);
    assert_eq!(
        matcher.explain(&not_in_laro)[0].reasons()[0],
        Reason::Population { required: Population::InMedicationAssistedTreatment }
    );
    // The LARO pair's own source is cited, not the entry's.
    let recs = matcher.recommend(&with(Substance::Opioids).in_laro(true).build());
    assert_eq!(recs.primary()[0].source(), Some("https://example.org/laro"));
    let recs = matcher.recommend(&with(Substance::Alcohol).build());
    assert_eq!(recs.primary()[0].source(), Some("https://example.org/cra"));
}

fn craft_and_met() -> Catalog {
    let craft = Intervention::builder("CRAFT")
        .target(Target::new(TagSet::new(), Population::Relatives))
        .build()
        .unwrap();
    let met = Intervention::builder("MET")
        .recommendation(Recommendation::new(only(Substance::Alcohol), Population::Anyone, rank(1)))
        .build()
        .unwrap();
    catalog(vec![craft, met])
}

#[test]
fn a_relative_gets_the_programmes_for_relatives_only() {
    let catalog = craft_and_met();
    let matcher = Matcher::new(&catalog);
    let relative = Profile::builder().relative(true).substance(Substance::Alcohol).build();
    assert_ids(matcher.recommend(&relative).primary(), &["craft"]);
    assert_eq!(exclusion_kinds(decision(&matcher.explain(&relative), "met")), ["population"]);

    let person = Profile::builder().relative(false).build();
    assert_ids(matcher.recommend(&person).primary(), &["met"]);
    assert_eq!(
        decision(&matcher.explain(&person), "craft").reasons()[0],
        Reason::Population { required: Population::Relatives }
    );
    // Unknown: both, the ranked one first.
    assert_ids(matcher.recommend(&Profile::default()).primary(), &["met", "craft"]);
}

fn need_gated() -> Catalog {
    let housing_first = Intervention::builder("Bostad först")
        .target(Target::new(
            TagSet::from([Substance::Alcohol, Substance::Narcotics]),
            Population::WithNeed(Need::Housing),
        ))
        .needs_served(only(Need::Housing))
        .build()
        .unwrap();
    let ips = Intervention::builder("IPS-modellen")
        .target(Target::new(
            TagSet::from([Substance::Alcohol, Substance::Narcotics]),
            Population::WithNeed(Need::Work),
        ))
        .needs_served(only(Need::Work))
        .build()
        .unwrap();
    let relapse_prevention = Intervention::builder("Återfallsprevention")
        .recommendation(Recommendation::new(only(Substance::Alcohol), Population::Anyone, rank(2)))
        .needs_served(TagSet::from([Need::ExtentOfUse, Need::Work]))
        .build()
        .unwrap();
    catalog(vec![housing_first, ips, relapse_prevention])
}

#[test]
fn need_gated_support_follows_the_assessment_and_fills_the_package() {
    let catalog = need_gated();
    let matcher = Matcher::new(&catalog);
    let housing = Profile::builder()
        .substance(Substance::Alcohol)
        .need(Need::Housing)
        .need(Need::School)
        .build();
    let recs = matcher.recommend(&housing);
    assert_ids(recs.primary(), &["aterfallsprevention", "bostad-forst"]);
    assert_eq!(
        decision(&matcher.explain(&housing), "ips-modellen").reasons()[0],
        Reason::Population { required: Population::WithNeed(Need::Work) }
    );
    let package = recs.package();
    assert_eq!(package.get(Need::Housing).map(|m| m.intervention().id()), Some("bostad-forst"));
    assert_eq!(package.unmet(), only(Need::School));
    assert_eq!(package.served().len(), 1);

    // Work: IPS (no priority) and relapse prevention (rank 2) both serve
    // it; the better priority wins.
    let work = Profile::builder().substance(Substance::Alcohol).need(Need::Work).build();
    let recs = matcher.recommend(&work);
    assert_ids(recs.primary(), &["aterfallsprevention", "ips-modellen"]);
    assert_eq!(
        recs.package().get(Need::Work).map(|m| m.intervention().id()),
        Some("aterfallsprevention")
    );
    // No assessment: nothing is gated out, and there is no package.
    let recs = matcher.recommend(&Profile::default());
    assert_eq!(recs.len(), 3);
    assert!(recs.package().is_empty());
    // Assessed, nothing found: need-gated support is not offered.
    let none = Profile::builder().needs(TagSet::new()).build();
    assert_ids(matcher.recommend(&none).primary(), &["aterfallsprevention"]);
}

fn with_youth_version() -> Catalog {
    let cra = Intervention::builder("CRA")
        .id("cra")
        .recommendation(Recommendation::new(only(Substance::Alcohol), Population::Anyone, rank(2)))
        .youth_version("a-cra")
        .build()
        .unwrap();
    let a_cra = Intervention::builder("A-CRA")
        .id("a-cra")
        .recommendation(Recommendation::new(
            TagSet::from([Substance::Alcohol, Substance::Narcotics]),
            Population::Youth,
            rank(3),
        ))
        .tags(Tags::new().with_age_groups(only(AgeGroup::Children)))
        .adult_version("cra")
        .build()
        .unwrap();
    catalog(vec![cra, a_cra])
}

#[test]
fn a_child_gets_the_youth_version() {
    let catalog = with_youth_version();
    let matcher = Matcher::new(&catalog);
    let child = Profile::builder().age(15).substance(Substance::Alcohol).build();
    let recs = matcher.recommend(&child);
    assert_ids(recs.primary(), &["a-cra"]);
    assert_eq!(recs.primary()[0].priority(), Some(rank(3)));
    assert_eq!(
        decision(&matcher.explain(&child), "cra").reasons()[0],
        Reason::ReplacedByYouthVersion { youth_version: "a-cra".to_owned() }
    );
    let adult = Profile::builder().age(30).substance(Substance::Alcohol).build();
    assert_ids(matcher.recommend(&adult).primary(), &["cra"]);
    assert_eq!(
        exclusion_kinds(decision(&matcher.explain(&adult), "a-cra")),
        ["age-group", "population"]
    );
}

#[test]
fn dont_do_is_never_recommended_and_research_only_when_asked() {
    let dont = Intervention::builder("Avrådd")
        .recommendation(Recommendation::new(TagSet::new(), Population::Anyone, NrPriority::DontDo))
        .build()
        .unwrap();
    let fou = Intervention::builder("Forskning")
        .recommendation(Recommendation::new(
            TagSet::new(),
            Population::Anyone,
            NrPriority::ResearchOnly,
        ))
        .build()
        .unwrap();
    let unknown = Intervention::builder("Okänd").build().unwrap();
    let ranked = Intervention::builder("Rankad")
        .recommendation(Recommendation::new(TagSet::new(), Population::Anyone, rank(10)))
        .build()
        .unwrap();
    let catalog = catalog(vec![dont, fou, unknown, ranked]);
    let matcher = Matcher::new(&catalog);
    assert_ids(matcher.recommend(&Profile::default()).primary(), &["rankad", "okand"]);
    let decisions = matcher.explain(&Profile::default());
    assert_eq!(exclusion_kinds(decision(&decisions, "avradd")), ["advised-against"]);
    assert_eq!(exclusion_kinds(decision(&decisions, "forskning")), ["research-only"]);
    let research = Profile::builder().include_research(true).build();
    // FoU after every rank, an unknown priority after FoU.
    assert_ids(matcher.recommend(&research).primary(), &["rankad", "forskning", "okand"]);
    assert_eq!(
        exclusion_kinds(decision(&matcher.explain(&research), "avradd")),
        ["advised-against"]
    );
}

#[test]
fn order_is_priority_then_swedish_name_then_id() {
    let entry = |name: &str, id: &str, n: u8| {
        Intervention::builder(name)
            .id(id)
            .recommendation(Recommendation::new(TagSet::new(), Population::Anyone, rank(n)))
            .build()
            .unwrap()
    };
    let catalog = catalog(vec![
        entry("Öppen", "oppen", 2),
        entry("Ärende", "arende", 2),
        entry("Återfall", "aterfall", 2),
        entry("zeta", "zeta", 2),
        entry("Alfa", "alfa-b", 2),
        entry("Alfa", "alfa-a", 2),
        entry("Sist", "sist", 9),
        entry("Först", "forst", 1),
    ]);
    let recs = Matcher::new(&catalog).recommend(&Profile::default());
    assert_ids(
        recs.primary(),
        &["forst", "alfa-a", "alfa-b", "zeta", "aterfall", "arende", "oppen", "sist"],
    );
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
fn add_ons_need_a_primary_or_possible_other_treatment() {
    let catalog = seed_like_catalog();
    let matcher = Matcher::new(&catalog);
    // Not in other treatment, but a primary is recommended: offered.
    let with_primary = ifo_adult().to_builder().in_other_treatment(false).build();
    let recs = matcher.recommend(&with_primary);
    assert_ids(recs.add_ons(), &["natverksterapi"]);

    let alone = catalog_of_nt();
    let matcher = Matcher::new(&alone);
    // Unknown whether in other treatment: offered (leaving the field out
    // never removes a recommendation).
    let unknown = ifo_adult().without(insats::ProfileField::InOtherTreatment);
    assert_ids(matcher.recommend(&unknown).add_ons(), &["natverksterapi"]);
    assert!(matcher.recommend(&unknown).primary().is_empty());
}

fn catalog_of_nt() -> Catalog {
    catalog(vec![natverksterapi()])
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

#[test]
fn recommend_into_and_batch_give_what_recommend_gives() {
    let catalog = need_gated();
    let matcher = Matcher::new(&catalog);
    let profiles = [
        Profile::builder().need(Need::Housing).build(),
        Profile::builder().substance(Substance::Cannabis).build(),
        Profile::default(),
    ];
    let mut out = Recommendations::new();
    for profile in &profiles {
        matcher.recommend_into(profile, &mut out);
        assert_eq!(out, matcher.recommend(profile));
    }
    let batch: Vec<_> = matcher.recommend_batch(&profiles).collect();
    assert_eq!(batch.len(), 3);
    assert_eq!(ids(&batch[1]), ["bostad-forst", "ips-modellen"]);
    assert_eq!(batch[2].len(), 3);
}

#[test]
fn one_matcher_serves_many_threads() {
    let catalog = seed_like_catalog();
    let matcher = Matcher::new(&catalog);
    let expected = matcher.recommend(&ifo_adult());
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..4)
            .map(|_| {
                scope.spawn(|| (0..50).map(|_| matcher.recommend(&ifo_adult())).collect::<Vec<_>>())
            })
            .collect();
        for handle in handles {
            for recs in handle.join().unwrap() {
                assert_eq!(recs, expected);
            }
        }
    });
}

#[test]
fn the_report_round_trips_and_matches_recommend() {
    let catalog = seed_like_catalog();
    let profile = ifo_adult().to_builder().need(Need::Housing).build();
    let recs = Matcher::new(&catalog).recommend(&profile);
    let report = RecommendationsReport::new(&profile, catalog.version(), &recs);
    let json = serde_json::to_string_pretty(&report).unwrap();
    let back: RecommendationsReport = serde_json::from_str(&json).unwrap();
    assert_eq!(back, report);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["primary"][0]["id"], "psykosocial-behandling");
    assert_eq!(value["primary"][0]["priority"], serde_json::Value::Null);
    assert_eq!(value["add_ons"][0]["id"], "natverksterapi");
    assert_eq!(value["add_ons"][0]["priority"], 4);
    assert_eq!(value["add_ons"][0]["priority_sv"], "prioritet 4");
    assert_eq!(value["add_ons"][0]["reasons"][0]["kind"], "priority");
    assert_eq!(value["unmet_needs"][0], "housing");
    assert_eq!(value["profile"]["provider"], "individual-and-family-care");
}

#[test]
fn profiles_read_from_json_are_checked() {
    let profile: Profile =
        serde_json::from_str(r#"{"age": 15, "substances": ["cannabis"], "needs": []}"#).unwrap();
    assert_eq!(profile.age_group(), Some(AgeGroup::Children));
    assert_eq!(profile.needs(), Some(TagSet::new()));
    let err = serde_json::from_str::<Profile>(r#"{"age": 15, "age_group": "adults"}"#).unwrap_err();
    assert!(err.to_string().contains("contradicts age 15"), "{err}");
    let err = serde_json::from_str::<Profile>(r#"{"agee": 15}"#).unwrap_err();
    assert!(err.to_string().contains("unknown field"), "{err}");
}

#[test]
fn the_recommend_example_prints_json_that_matches_recommend() {
    let catalog = seed_like_catalog();
    let dir = std::env::temp_dir().join(format!("insats-matching-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("catalog.json");
    std::fs::write(&path, catalog.to_json().unwrap()).unwrap();
    let output = std::process::Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "recommend", "--", "--json", "--catalog"])
        .arg(&path)
        .args(["--age", "34", "--provider", "Individ- och familjeomsorg"])
        .args(["--role", "Socialsekreterare | Biståndshandläggare", "--in-treatment"])
        .args(["--substance", "Alkohol", "--need", "Bostad", "--need", "arbete"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let report: RecommendationsReport = serde_json::from_slice(&output.stdout).unwrap();
    let profile = Profile::builder()
        .age(34)
        .provider(Provider::IndividualAndFamilyCare)
        .role(Role::SocialWorker)
        .in_other_treatment(true)
        .substance(Substance::Alcohol)
        .need(Need::Housing)
        .need(Need::Work)
        .build();
    assert_eq!(report.profile, profile);
    let recs = Matcher::new(&catalog).recommend(&profile);
    assert_eq!(report, RecommendationsReport::new(&profile, catalog.version(), &recs));
    assert_eq!(report.add_ons[0].id, "natverksterapi");

    let output = std::process::Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "recommend", "--", "--provider", "Hjärtkirurgi"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("unknown Utförare (provider): \"Hjärtkirurgi\""), "{stderr}");
    assert!(stderr.contains("Primärvård | Första linje"), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}
