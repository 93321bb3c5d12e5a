//! The rules of `Matcher::recommend`, each on a small catalog, the fixture
//! pages or the built-in one: the umbrella and its add-on for an adult in
//! individ- och familjeomsorg, priorities per substance, relatives, needs,
//! youth versions, FoU and Icke-göra, the order of results, add-ons, and
//! LARO.

use crate::util;

use crate::util::*;
use insats::{
    AgeGroup, AgeScope, Catalog, FacetValue, Fit, Intervention, Matcher, Need, NrPriority,
    Population, Profile, ProfileFact, Provider, Reason, Recommendation, RecommendationVerb,
    Recommendations, Role, Severity, Substance, TagSet, Tags, Target,
};

#[test]
fn umbrella_and_add_on_on_seed_entries_built_by_hand() {
    check_umbrella_and_add_on(&seed_like_catalog(), &catalog(vec![natverksterapi()]));
}

/// The same, on the fixture pages (through the page reader).
#[test]
fn umbrella_and_add_on_on_the_fixture_pages() {
    let (nt, pb) = (util::fixtures::NATVERKSTERAPI, util::fixtures::PSYKOSOCIAL_BEHANDLING);
    let both = Catalog::from_pages([pb, nt]).unwrap();
    let alone = Catalog::from_pages([nt]).unwrap();
    check_umbrella_and_add_on(&both, &alone);
}

/// The fixture pages of Nätverksterapi, Psykosocial behandling and CRA
/// as one catalog: CRA's priority follows the person's substance and LARO
/// status, the add-on stays apart, and each facet of the pages excludes
/// with its reason.
#[test]
fn rules_on_the_fixture_pages() {
    let pages = [
        util::fixtures::NATVERKSTERAPI,
        util::fixtures::PSYKOSOCIAL_BEHANDLING,
        util::fixtures::CRA,
    ];
    let catalog = Catalog::from_pages(pages).unwrap();
    let matcher = Matcher::new(&catalog);
    let cra = "community-reinforcement-approach-cra";
    let adult = Profile::builder()
        .age(34)
        .severity(Severity::Moderate)
        .provider(Provider::IndividualAndFamilyCare)
        .role(Role::SocialWorker)
        .in_other_treatment(true)
        .build()
        .unwrap();
    let with = |s: Substance| adult.to_builder().substance(s).build().unwrap();

    let recs = matcher.recommend(&with(Substance::Alcohol));
    assert_ids(recs.primary(), &[cra, "psykosocial-behandling"]);
    assert_ids(recs.add_ons(), &["natverksterapi"]);
    let priorities: Vec<_> = recs.iter().map(|m| m.priority()).collect();
    assert_eq!(priorities, [Some(rank(2)), None, Some(rank(4))]);
    assert_eq!(
        recs.primary()[0].recommendation().and_then(|r| r.verb()),
        Some(RecommendationVerb::Should)
    );

    let stimulants = matcher.recommend(&with(Substance::CentralStimulants));
    assert_ids(stimulants.primary(), &[cra, "psykosocial-behandling"]);
    assert_eq!(stimulants.primary()[0].priority(), Some(rank(3)));

    let laro = adult.to_builder().substance(Substance::Opioids).in_laro(true).build().unwrap();
    let recs = matcher.recommend(&laro);
    assert_eq!(recs.get(cra).and_then(|m| m.priority()), Some(rank(4)));
    assert_eq!(
        recs.get(cra).and_then(|m| m.recommendation()).map(|r| r.population()),
        Some(Population::InMedicationAssistedTreatment)
    );

    let excluded = |profile: &Profile, id: &str| {
        let decisions = matcher.explain(profile);
        exclusion_kinds(decision(&decisions, id))
    };
    let not_in_laro =
        adult.to_builder().substance(Substance::Opioids).in_laro(false).build().unwrap();
    assert_eq!(excluded(&not_in_laro, cra), ["population"]);
    assert_eq!(excluded(&with(Substance::Cannabis), cra), ["substance"]);
    let child = with(Substance::Alcohol).to_builder().age(15).build().unwrap();
    // Tagged for adults, and a general row, which is not a child's.
    assert_eq!(excluded(&child, cra), ["age-group", "no-number-for-children"]);
    // The umbrella's target group is a general row: for a child it is
    // listed apart, never recommended.
    let for_child = matcher.recommend(&child);
    assert!(for_child.primary().is_empty());
    assert!(ids(for_child.not_rated_for_age()).contains(&"psykosocial-behandling"));
    let mild = with(Substance::Alcohol).to_builder().severity(Severity::Mild).build().unwrap();
    assert_eq!(excluded(&mild, cra), ["severity"]);
    let dental =
        with(Substance::Alcohol).to_builder().provider(Provider::DentalCare).build().unwrap();
    assert_eq!(excluded(&dental, cra), ["provider"]);
    assert_eq!(excluded(&dental, "natverksterapi"), ["provider"]);
    assert_ids(matcher.recommend(&dental).iter(), &["psykosocial-behandling"]);
}

/// The conformance tests: they read the seeds (see `util::sources`).
mod conformance {
    use super::*;

    /// The same, on the seed pages themselves (through the page reader).
    #[test]
    fn umbrella_and_add_on_on_the_seed_pages() {
        let Some(sources) = util::sources() else { return };
        let nt = sources.seed("natverksterapi.txt");
        let pb = sources.seed("psykosocial-behandling.txt");
        let both = Catalog::from_pages([&pb, &nt]).unwrap();
        let alone = Catalog::from_pages([&nt]).unwrap();
        check_umbrella_and_add_on(&both, &alone);
    }
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
    assert_eq!(priority_for(with(Substance::Alcohol).build().unwrap()), Some(Some(rank(2))));
    assert_eq!(
        priority_for(with(Substance::CentralStimulants).build().unwrap()),
        Some(Some(rank(3)))
    );
    assert_eq!(
        priority_for(
            with(Substance::CentralStimulants).substance(Substance::Alcohol).build().unwrap()
        ),
        Some(Some(rank(2)))
    );
    assert_eq!(
        priority_for(with(Substance::Opioids).in_laro(true).build().unwrap()),
        Some(Some(rank(4)))
    );
    // In LARO status unknown: the LARO pair would apply if the person is
    // in LARO, so it is a conditional match, not a recommendation.
    let unknown = with(Substance::Opioids).build().unwrap();
    assert_eq!(priority_for(unknown.clone()), None);
    let recs = matcher.recommend(&unknown);
    let [conditional] = recs.conditional() else { panic!("{recs:?}") };
    assert_eq!(conditional.priority(), Some(rank(4)));
    assert_eq!(conditional.requires(), Some(Population::InMedicationAssistedTreatment));
    // Cannabis: no pair is rated for it, so no priority at all.
    assert_eq!(priority_for(with(Substance::Cannabis).build().unwrap()), None);
    let decisions = matcher.explain(&with(Substance::Cannabis).build().unwrap());
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
    let not_in_laro = with(Substance::Opioids).in_laro(false).build().unwrap();
    assert_eq!(priority_for(not_in_laro.clone()), None);
    assert_eq!(exclusion_kinds(&matcher.explain(&not_in_laro)[0]), ["population"]);
    assert_eq!(
        matcher.explain(&not_in_laro)[0].reasons()[0],
        Reason::Population {
            required: Population::InMedicationAssistedTreatment,
            fact: ProfileFact::NotInLaro
        }
    );
    // The LARO pair's own source is cited, not the entry's.
    let recs = matcher.recommend(&with(Substance::Opioids).in_laro(true).build().unwrap());
    assert_eq!(recs.primary()[0].source(), Some("https://example.org/laro"));
    let recs = matcher.recommend(&with(Substance::Alcohol).build().unwrap());
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
    let relative = Profile::builder().relative(true).substance(Substance::Alcohol).build().unwrap();
    assert_ids(matcher.recommend(&relative).primary(), &["craft"]);
    assert_eq!(exclusion_kinds(decision(&matcher.explain(&relative), "met")), ["population"]);

    let person = Profile::builder().relative(false).substance(Substance::Alcohol).build().unwrap();
    assert_ids(matcher.recommend(&person).primary(), &["met"]);
    assert_eq!(
        decision(&matcher.explain(&person), "craft").reasons()[0],
        Reason::Population { required: Population::Relatives, fact: ProfileFact::IsNotRelative }
    );
    // Unknown: the relatives' programme would apply if the person asking
    // were a relative; the person-directed one if the person used alcohol.
    let unknown = matcher.recommend(&Profile::default());
    assert!(unknown.primary().is_empty());
    assert_ids(unknown.conditional(), &["met", "craft"]);
    assert_eq!(unknown.conditional()[1].requires(), Some(Population::Relatives));
    assert_eq!(unknown.conditional()[0].requires(), None);
    assert_eq!(
        unknown.conditional()[0].unstated(),
        [Reason::SubstanceNotStated { substances: only(Substance::Alcohol) }]
    );
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
        .build()
        .unwrap();
    let recs = matcher.recommend(&housing);
    assert_ids(recs.primary(), &["aterfallsprevention", "bostad-forst"]);
    assert_eq!(
        decision(&matcher.explain(&housing), "ips-modellen").reasons()[0],
        Reason::Population {
            required: Population::WithNeed(Need::Work),
            fact: ProfileFact::NeedNotFound(Need::Work)
        }
    );
    let package = recs.package();
    assert_eq!(package.get(Need::Housing).map(|m| m.intervention().id()), Some("bostad-forst"));
    assert_eq!(package.unmet(), only(Need::School));
    assert_eq!(package.served().len(), 1);
    assert!(!package.is_empty());
    // A need met and none unmet, or a need unmet and none met: not empty.
    let met = matcher.recommend(
        &Profile::builder().substance(Substance::Alcohol).need(Need::Housing).build().unwrap(),
    );
    assert!(met.package().unmet().is_empty() && !met.package().is_empty());
    let unmet = matcher.recommend(&Profile::builder().need(Need::School).build().unwrap());
    assert!(unmet.package().served().is_empty() && !unmet.package().is_empty());

    // Work: IPS (no priority) and relapse prevention (rank 2) both serve
    // it; the better priority wins.
    let work = Profile::builder().substance(Substance::Alcohol).need(Need::Work).build().unwrap();
    let recs = matcher.recommend(&work);
    assert_ids(recs.primary(), &["aterfallsprevention", "ips-modellen"]);
    assert_eq!(
        recs.package().get(Need::Work).map(|m| m.intervention().id()),
        Some("aterfallsprevention")
    );
    // No assessment: the need-gated support would apply if the need were
    // found; it is not recommended, and there is no package.
    let drinking = Profile::builder().substance(Substance::Alcohol).build().unwrap();
    let recs = matcher.recommend(&drinking);
    assert_ids(recs.primary(), &["aterfallsprevention"]);
    assert_ids(recs.conditional(), &["bostad-forst", "ips-modellen"]);
    assert!(recs.package().is_empty());
    // Assessed, nothing found: need-gated support is not offered.
    let none =
        Profile::builder().substance(Substance::Alcohol).needs(TagSet::new()).build().unwrap();
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
    let child = Profile::builder().age(15).substance(Substance::Alcohol).build().unwrap();
    let recs = matcher.recommend(&child);
    assert_ids(recs.primary(), &["a-cra"]);
    assert_eq!(recs.primary()[0].priority(), Some(rank(3)));
    assert_eq!(
        decision(&matcher.explain(&child), "cra").reasons()[0],
        Reason::ReplacedByYouthVersion { id: "a-cra".to_owned(), name: "A-CRA".to_owned() }
    );
    let adult = Profile::builder().age(30).substance(Substance::Alcohol).build().unwrap();
    assert_ids(matcher.recommend(&adult).primary(), &["cra"]);
    // The youth set's pair names its population, young people under 18:
    // its age scope, which the adult is outside.
    assert_eq!(
        exclusion_kinds(decision(&matcher.explain(&adult), "a-cra")),
        ["age-group", "age-scope"]
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
    // The decision keeps the number that kept the entry out.
    assert_eq!(decision(&decisions, "avradd").priority(), Some(NrPriority::DontDo));
    assert_eq!(decision(&decisions, "forskning").priority(), Some(NrPriority::ResearchOnly));
    let research = Profile::builder().include_research(true).build().unwrap();
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
fn add_ons_need_a_primary_or_possible_other_treatment() {
    let catalog = seed_like_catalog();
    let matcher = Matcher::new(&catalog);
    // Not in other treatment, but a primary is recommended: offered.
    let with_primary = ifo_adult().to_builder().in_other_treatment(false).build().unwrap();
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

/// What the need-gated catalog gives each profile of
/// [`recommend_into_a_used_buffer_and_batch_give_each_profile_its_own_result`]:
/// primary ids, conditional ids, and the entry that meets housing.
type NeedGatedResult = (&'static [&'static str], &'static [&'static str], Option<&'static str>);

#[track_caller]
fn check_need_gated(recs: &Recommendations<'_>, (primary, conditional, housing): NeedGatedResult) {
    assert_ids(recs.primary(), primary);
    assert!(recs.add_ons().is_empty(), "{recs:?}");
    assert_ids(recs.conditional(), conditional);
    let package = recs.package();
    assert_eq!(package.get(Need::Housing).map(|m| m.intervention().id()), housing);
    assert_eq!(package.served().len(), usize::from(housing.is_some()));
    assert!(package.unmet().is_empty());
}

/// `recommend_into` into a buffer that held another profile's result, and
/// `recommend_batch`: each result is checked against what the rules give
/// (not against `recommend`), largest first, so that a leftover of the
/// previous result (a match, a conditional match, the package) would show.
#[test]
fn recommend_into_a_used_buffer_and_batch_give_each_profile_its_own_result() {
    let catalog = need_gated();
    let matcher = Matcher::new(&catalog);
    let profiles = [
        Profile::builder().substance(Substance::Alcohol).need(Need::Housing).build().unwrap(),
        Profile::builder().substance(Substance::Cannabis).build().unwrap(),
        Profile::default(),
    ];
    let expected: [NeedGatedResult; 3] = [
        // Assessed, housing found: relapse prevention and housing first.
        (&["aterfallsprevention", "bostad-forst"], &[], Some("bostad-forst")),
        // Cannabis: relapse prevention is rated for alcohol only; the
        // need-gated support covers narcotics, conditional on the need.
        (&[], &["bostad-forst", "ips-modellen"], None),
        // Nothing stated: every pair names a substance, so each waits for it.
        (&[], &["aterfallsprevention", "bostad-forst", "ips-modellen"], None),
    ];
    let mut out = Recommendations::new();
    for (profile, want) in profiles.iter().zip(expected) {
        matcher.recommend_into(profile, &mut out);
        check_need_gated(&out, want);
    }
    let batch: Vec<_> = matcher.recommend_batch(&profiles).collect();
    assert_eq!(batch.len(), 3);
    for (recs, want) in batch.iter().zip(expected) {
        check_need_gated(recs, want);
    }
}

/// One matcher shared by threads that alternate between two profiles
/// (each thread reuses its own scratch buffers): every result is the one
/// the rules give.
#[test]
fn one_matcher_serves_many_threads() {
    let catalog = seed_like_catalog();
    let matcher = Matcher::new(&catalog);
    let ifo = ifo_adult();
    let dental = ifo.to_builder().provider(Provider::DentalCare).build().unwrap();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..4)
            .map(|_| {
                scope.spawn(|| {
                    (0..50)
                        .map(|i| {
                            let profile = if i % 2 == 0 { &ifo } else { &dental };
                            let recs = matcher.recommend(profile);
                            (i, ids(recs.primary()).join(","), ids(recs.add_ons()).join(","))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for handle in handles {
            for (i, primary, add_ons) in handle.join().unwrap() {
                assert_eq!(primary, "psykosocial-behandling");
                // Nätverksterapi is not offered in dental care.
                let expected = if i % 2 == 0 { "natverksterapi" } else { "" };
                assert_eq!(add_ons, expected, "call {i}");
            }
        }
    });
}

/// KBT is primary for central stimulants (4) and an add-on to
/// benzodiazepine tapering (3). A person using both gets KBT as a primary
/// treatment, so at the stimulant priority: the 3 belongs to the add-on
/// role, which is not what is offered.
#[test]
fn a_primary_match_does_not_take_its_priority_from_an_add_on_pair() {
    let matcher = Matcher::new(insats::catalog());
    let stated = Profile::builder()
        .age(40)
        .pattern(insats::PatternOfUse::Dependence)
        .situation(insats::Situation::UsualDiscontinuationNotPossible, true)
        .in_other_treatment(true);
    let profile = stated
        .clone()
        .substance(Substance::CentralStimulants)
        .substance(Substance::Benzodiazepines)
        .build()
        .unwrap();
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
    let benzo = stated.substance(Substance::Benzodiazepines).build().unwrap();
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
    let profile = Profile::builder()
        .age(35)
        .substance(Substance::Opioids)
        .pattern(insats::PatternOfUse::Dependence)
        .in_other_treatment(false)
        .build()
        .unwrap();
    assert_eq!(
        profile.fit(Population::InMedicationAssistedTreatment),
        Fit::Fails(ProfileFact::InNoOtherTreatment)
    );
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
            Reason::Population {
                required: Population::InMedicationAssistedTreatment,
                fact: ProfileFact::InNoOtherTreatment
            }
        );
    }
    // Still offered: LARO itself; naloxone waits for a stated risk of
    // overdose.
    assert!(recs.get("lakemedelsassisterad-behandling-vid-opioidberoende-laro").is_some());
    let naloxone = recs
        .conditional()
        .iter()
        .find(|m| m.intervention().id() == "naloxon-och-utbildningsinsats");
    assert!(naloxone.is_some());
    // Unknown treatment and LARO status: the pairs would apply if the
    // person is in LARO.
    let unknown = profile.without(insats::ProfileField::InOtherTreatment);
    let recs = matcher.recommend(&unknown);
    let kbt =
        recs.conditional().iter().find(|m| m.intervention().id() == "kognitiv-beteendeterapi");
    assert_eq!(kbt.and_then(|m| m.priority()), Some(rank(3)));
    assert_eq!(kbt.and_then(|m| m.requires()), Some(Population::InMedicationAssistedTreatment));
}

/// The entries the age rules are checked on, each stating one fact:
///
/// - `cra`: a general row (alcohol, 2) with a youth version `a-cra`;
/// - `a-cra`: NR's youth set (young people under 18, 3), tagged Barn;
/// - `medicin`: an adults-only pair (alcohol, 1), as the medicines are;
/// - `allman`: a general row (alcohol, 4) with no youth version;
/// - `vuxeninsats` and `aldreinsats`: no pairs, tagged Vuxna only and
///   Äldre only (the age-group facet).
fn age_rules_catalog() -> Catalog {
    let alcohol = only(Substance::Alcohol);
    let cra = Intervention::builder("CRA")
        .id("cra")
        .recommendation(Recommendation::new(alcohol, Population::Anyone, rank(2)))
        .youth_version("a-cra")
        .build()
        .unwrap();
    let a_cra = Intervention::builder("A-CRA")
        .id("a-cra")
        .recommendation(
            Recommendation::new(alcohol, Population::Youth, rank(3))
                .with_age_scope(AgeScope::Under18),
        )
        .tags(Tags::new().with_age_groups(only(AgeGroup::Children)))
        .adult_version("cra")
        .build()
        .unwrap();
    let medicine = Intervention::builder("Medicin")
        .recommendation(
            Recommendation::new(alcohol, Population::Anyone, rank(1))
                .with_age_scope(AgeScope::Adults),
        )
        .build()
        .unwrap();
    let general = Intervention::builder("Allmän")
        .recommendation(Recommendation::new(alcohol, Population::Anyone, rank(4)))
        .build()
        .unwrap();
    let adults = Intervention::builder("Vuxeninsats")
        .tags(Tags::new().with_age_groups(only(AgeGroup::Adults)))
        .build()
        .unwrap();
    let older = Intervention::builder("Äldreinsats")
        .tags(Tags::new().with_age_groups(only(AgeGroup::Older)))
        .build()
        .unwrap();
    catalog(vec![cra, a_cra, medicine, general, adults, older])
}

/// Each recommended id with its priority, in order.
fn ranked<'a>(recs: &'a Recommendations<'a>) -> Vec<(&'a str, Option<NrPriority>)> {
    recs.iter().map(|m| (m.intervention().id(), m.priority())).collect()
}

fn drinking(age: Option<u8>) -> Profile {
    let b = Profile::builder().substance(Substance::Alcohol);
    match age {
        Some(age) => b.age(age).build().unwrap(),
        None => b.build().unwrap(),
    }
}

/// 17 is a child (Barn 0-17 år): the youth version replaces CRA, the youth
/// set keeps its number, the adults-only pair is out of its age scope, a
/// general row gives no number, and the entry tagged Vuxna only is out.
#[test]
fn age_17_is_a_child() {
    let catalog = age_rules_catalog();
    let matcher = Matcher::new(&catalog);
    let seventeen = drinking(Some(17));
    assert_eq!(seventeen.age_group(), Some(AgeGroup::Children));
    let recs = matcher.recommend(&seventeen);
    assert_eq!(ranked(&recs), [("a-cra", Some(rank(3)))]);
    // The general row is not a child's: listed apart, with no number.
    assert_ids(recs.not_rated_for_age(), &["allman"]);
    assert_eq!(recs.not_rated_for_age()[0].priority(), None);
    assert_eq!(recs.not_rated_for_age()[0].reasons()[0], Reason::NoNumberForChildren);
    let decisions = matcher.explain(&seventeen);
    assert_eq!(
        decision(&decisions, "cra").reasons()[0],
        Reason::ReplacedByYouthVersion { id: "a-cra".to_owned(), name: "A-CRA".to_owned() }
    );
    assert_eq!(
        decision(&decisions, "medicin").reasons(),
        [Reason::AgeScope { scope: AgeScope::Adults, fact: ProfileFact::UnderEighteen }]
    );
    // Why it is not the child's: the general row names no age.
    assert_eq!(kinds(decision(&decisions, "allman").reasons()), ["no-number-for-children"]);
    assert!(!decision(&decisions, "allman").is_included());
    assert_eq!(
        exclusion_kinds(decision(&decisions, "vuxeninsats")),
        ["age-group", "no-number-for-children"]
    );
}

/// 18 is an adult (Vuxna 18-64 år): no youth swap, the adults-only pair
/// and the general rows at their numbers, the youth set out of its age
/// scope.
#[test]
fn age_18_is_an_adult() {
    let catalog = age_rules_catalog();
    let matcher = Matcher::new(&catalog);
    let eighteen = drinking(Some(18));
    assert_eq!(eighteen.age_group(), Some(AgeGroup::Adults));
    assert_eq!(eighteen.fit(Population::Youth), Fit::Fails(ProfileFact::EighteenOrOlder));
    assert_eq!(eighteen.fit(Population::Adults), Fit::Fits);
    assert_eq!(drinking(Some(17)).fit(Population::Youth), Fit::Fits);
    let recs = matcher.recommend(&eighteen);
    assert_eq!(
        ranked(&recs),
        [
            ("medicin", Some(rank(1))),
            ("cra", Some(rank(2))),
            ("allman", Some(rank(4))),
            ("vuxeninsats", None)
        ]
    );
    let decisions = matcher.explain(&eighteen);
    assert_eq!(exclusion_kinds(decision(&decisions, "a-cra")), ["age-group", "age-scope"]);
    assert!(decision(&decisions, "a-cra").reasons().contains(&Reason::AgeScope {
        scope: AgeScope::Under18,
        fact: ProfileFact::EighteenOrOlder
    }));
}

/// 64 and 65 both get the adults-only pair: older people are adults.
#[test]
fn ages_64_and_65_both_get_the_adults_only_pairs() {
    let catalog = age_rules_catalog();
    let matcher = Matcher::new(&catalog);
    for age in [64, 65] {
        let recs = matcher.recommend(&drinking(Some(age)));
        assert_eq!(recs.get("medicin").and_then(|m| m.priority()), Some(rank(1)), "{age}");
        assert_eq!(recs.get("cra").and_then(|m| m.priority()), Some(rank(2)), "{age}");
        assert!(recs.get("a-cra").is_none(), "{age}");
    }
}

/// 65 is Äldre (65- år) for the age-group facet: an entry tagged Vuxna
/// only takes 64 and not 65, one tagged Äldre only the other way round,
/// and the reason names the person's age group.
#[test]
fn age_65_is_older_for_the_age_group_facet() {
    let catalog = age_rules_catalog();
    let matcher = Matcher::new(&catalog);
    let (sixty_four, sixty_five) = (drinking(Some(64)), drinking(Some(65)));
    assert_eq!(sixty_four.age_group(), Some(AgeGroup::Adults));
    assert_eq!(sixty_five.age_group(), Some(AgeGroup::Older));
    let tagged = |profile: &Profile| -> Vec<&str> {
        let recs = matcher.recommend(profile);
        ["vuxeninsats", "aldreinsats"].into_iter().filter(|id| recs.get(id).is_some()).collect()
    };
    assert_eq!(tagged(&sixty_four), ["vuxeninsats"]);
    assert_eq!(tagged(&sixty_five), ["aldreinsats"]);
    let decisions = matcher.explain(&sixty_five);
    assert!(matches!(
        decision(&decisions, "vuxeninsats").reasons()[0],
        Reason::Facet { profile, .. } if profile == FacetValue::new(AgeGroup::Older)
    ));
}

/// Older people match adult pairs: 65 and over fit the population Adults
/// and an adults-only age scope, whether the age is given in years or as
/// the group Äldre.
#[test]
fn older_people_match_adult_pairs() {
    let adults_population = Intervention::builder("Vuxenpar")
        .recommendation(Recommendation::new(TagSet::new(), Population::Adults, rank(5)))
        .build()
        .unwrap();
    let mut entries: Vec<Intervention> = age_rules_catalog().iter().cloned().collect();
    entries.push(adults_population);
    let catalog = catalog(entries);
    let matcher = Matcher::new(&catalog);
    let older = [
        drinking(Some(65)),
        drinking(Some(90)),
        Profile::builder()
            .age_group(AgeGroup::Older)
            .substance(Substance::Alcohol)
            .build()
            .unwrap(),
    ];
    for profile in &older {
        assert_eq!(profile.fit(Population::Adults), Fit::Fits);
        assert_eq!(profile.outside_age_scope(AgeScope::Adults), None);
        let recs = matcher.recommend(profile);
        assert_eq!(recs.get("vuxenpar").and_then(|m| m.priority()), Some(rank(5)), "{profile:?}");
        assert_eq!(recs.get("medicin").and_then(|m| m.priority()), Some(rank(1)), "{profile:?}");
    }
    // A child is outside both; a pair for the population Adults has the
    // adults' age scope, and the reason says so.
    let child = drinking(Some(12));
    assert_eq!(child.fit(Population::Adults), Fit::Fails(ProfileFact::UnderEighteen));
    let decisions = matcher.explain(&child);
    for id in ["vuxenpar", "medicin"] {
        assert_eq!(
            decision(&decisions, id).reasons(),
            [Reason::AgeScope { scope: AgeScope::Adults, fact: ProfileFact::UnderEighteen }]
        );
    }
}

/// The youth swap needs a known child. With no age stated the adult form
/// stands, at its own number, and is not replaced; the age group Barn
/// alone is enough for the swap.
#[test]
fn youth_swap_does_not_happen_when_the_age_is_unknown() {
    let catalog = age_rules_catalog();
    let matcher = Matcher::new(&catalog);
    let unknown = drinking(None);
    let recs = matcher.recommend(&unknown);
    assert_eq!(recs.get("cra").and_then(|m| m.priority()), Some(rank(2)));
    let decisions = matcher.explain(&unknown);
    assert!(decision(&decisions, "cra").is_included());
    assert!(
        decision(&decisions, "cra")
            .reasons()
            .iter()
            .all(|r| r.kind() != "replaced-by-youth-version")
    );
    let group = Profile::builder().age_group(AgeGroup::Children).substance(Substance::Alcohol);
    let recs = matcher.recommend(&group.build().unwrap());
    assert!(recs.get("cra").is_none());
    assert_eq!(recs.get("a-cra").and_then(|m| m.priority()), Some(rank(3)));

    // The built-in catalog: CRA and MET stand at their numbers (for
    // misuse or dependence, which the profile states); their youth
    // versions wait for an age.
    let builtin = Matcher::new(insats::catalog());
    let misuse = unknown.to_builder().pattern(insats::PatternOfUse::Misuse).build().unwrap();
    let recs = builtin.recommend(&misuse);
    for (id, priority) in
        [("community-reinforcement-approach-cra", 2), ("motivationshojande-behandling-met", 1)]
    {
        assert_eq!(recs.get(id).and_then(|m| m.priority()), Some(rank(priority)), "{id}");
    }
    for id in [
        "adolescent-community-reinforcement-approach-eller-assertive-continuing-care",
        "kort-intervention-eller-motivationshojande-behandling",
    ] {
        let waiting = recs.conditional().iter().find(|m| m.intervention().id() == id);
        let waits_for = waiting.map(|m| kinds(&m.unstated()));
        assert_eq!(waits_for, Some(vec!["age-not-stated"]), "{id}");
    }
}

/// A row whose scope is an age needs the age: with none stated, the youth
/// pair and the adults-only pair are conditional on it, while the general
/// rows (which name no age) apply at their numbers; a stated adult age
/// excludes the youth pair.
#[test]
fn age_scoped_pairs_wait_for_an_unstated_age() {
    let catalog = age_rules_catalog();
    let matcher = Matcher::new(&catalog);
    let unknown = drinking(None);
    assert_eq!(unknown.fit(Population::Youth), Fit::Fits);
    assert_eq!(unknown.outside_age_scope(AgeScope::Under18), None);
    assert_eq!(unknown.outside_age_scope(AgeScope::Adults), None);
    let recs = matcher.recommend(&unknown);
    assert_eq!(
        ranked(&recs),
        [
            ("cra", Some(rank(2))),
            ("allman", Some(rank(4))),
            ("vuxeninsats", None),
            ("aldreinsats", None)
        ]
    );
    assert_ids(recs.conditional(), &["medicin", "a-cra"]);
    for waiting in recs.conditional() {
        assert_eq!(kinds(&waiting.unstated()), ["age-not-stated"]);
    }
    let adult = Profile::builder().age_group(AgeGroup::Adults).substance(Substance::Alcohol);
    assert!(matcher.recommend(&adult.build().unwrap()).get("a-cra").is_none());
}

/// NR gives long-term benzodiazepine use rows of its own, and no source
/// says that its rows worded "narkotika" cover it (fact sheet 8.4): a pair
/// for Narkotika does not cover a person using benzodiazepines, and a pair
/// for benzodiazepines does not cover a person whose profile says only
/// Narkotika.
#[test]
fn benzodiazepines_and_narcotics_do_not_cover_each_other() {
    let narcotics = Intervention::builder("Narkotikainsats")
        .recommendation(Recommendation::new(
            only(Substance::Narcotics),
            Population::Anyone,
            rank(4),
        ))
        .build()
        .unwrap();
    let benzo = Intervention::builder("Nedtrappning")
        .recommendation(Recommendation::new(
            only(Substance::Benzodiazepines),
            Population::Anyone,
            rank(2),
        ))
        .build()
        .unwrap();
    let catalog = catalog(vec![narcotics, benzo]);
    let matcher = Matcher::new(&catalog);
    let uses = |s: Substance| Profile::builder().substance(s).build().unwrap();
    let recs = matcher.recommend(&uses(Substance::Benzodiazepines));
    assert_eq!(ranked(&recs), [("nedtrappning", Some(rank(2)))]);
    assert_eq!(
        decision(&matcher.explain(&uses(Substance::Benzodiazepines)), "narkotikainsats").reasons(),
        [Reason::Substance {
            profile: only(Substance::Benzodiazepines),
            rated: only(Substance::Narcotics)
        }]
    );
    let recs = matcher.recommend(&uses(Substance::Narcotics));
    assert_eq!(ranked(&recs), [("narkotikainsats", Some(rank(4)))]);
    assert_eq!(
        decision(&matcher.explain(&uses(Substance::Narcotics)), "nedtrappning").reasons(),
        [Reason::Substance {
            profile: only(Substance::Narcotics),
            rated: only(Substance::Benzodiazepines)
        }]
    );
    // Alcohol is not narcotic-classed.
    assert!(matcher.recommend(&uses(Substance::Alcohol)).is_empty());

    // The built-in catalog: Nätverksterapi's pair (alkohol och narkotika)
    // does not cover benzodiazepines; the tapering pair does not cover
    // Narkotika.
    let builtin = Matcher::new(insats::catalog());
    let adult = |s: Substance| {
        Profile::builder()
            .age(40)
            .substance(s)
            .pattern(insats::PatternOfUse::Dependence)
            .in_other_treatment(true)
            .build()
            .unwrap()
    };
    let recs = builtin.recommend(&adult(Substance::Benzodiazepines));
    let nt = "natverksterapi";
    assert!(
        recs.get(nt).is_none() && !recs.conditional().iter().any(|m| m.intervention().id() == nt)
    );
    let recs = builtin.recommend(&adult(Substance::Narcotics));
    let taper = "nedtrappning-vid-langvarigt-bruk-av-bensodiazepiner";
    assert!(recs.get(taper).is_none());
    assert!(recs.get(nt).is_some());
}

/// Å comes after z in the Swedish alphabet, whatever letters follow.
#[test]
fn a_name_with_a_ring_sorts_after_z() {
    let entry = |name: &str| {
        Intervention::builder(name)
            .recommendation(Recommendation::new(TagSet::new(), Population::Anyone, rank(2)))
            .build()
            .unwrap()
    };
    let catalog = catalog(vec![entry("Ålderdom"), entry("Zumba")]);
    let recs = Matcher::new(&catalog).recommend(&Profile::default());
    assert_ids(recs.primary(), &["zumba", "alderdom"]);
}

/// An add-on that may not be offered (no primary, in no other treatment)
/// is chosen again without its add-on pair; when its primary pair's
/// situation is unstated it becomes a conditional match, and takes its
/// place among the others in name order.
#[test]
fn an_add_on_turned_conditional_keeps_the_name_order() {
    let entry = |name: &str, add_on_pair: bool| {
        let builder = Intervention::builder(name).recommendation(Recommendation::new(
            TagSet::new(),
            Population::WithCohabitingPartner,
            rank(3),
        ));
        let builder = if add_on_pair {
            builder.recommendation(
                Recommendation::new(TagSet::new(), Population::Anyone, rank(4)).with_add_on(true),
            )
        } else {
            builder
        };
        builder.build().unwrap()
    };
    // Alfa is an add-on for anyone, or a primary treatment for people
    // living with a partner; Beta only the latter.
    let catalog = catalog(vec![entry("Beta", false), entry("Alfa", true)]);
    let matcher = Matcher::new(&catalog);
    let alone = Profile::builder().in_other_treatment(false).build().unwrap();
    let recs = matcher.recommend(&alone);
    assert!(recs.is_empty(), "{recs:?}");
    assert_ids(recs.conditional(), &["alfa", "beta"]);
    assert!(recs.conditional().iter().all(|m| !m.is_add_on()));
    assert!(
        recs.conditional().iter().all(|m| m.requires() == Some(Population::WithCohabitingPartner))
    );
    // In other treatment, Alfa is offered as an add-on.
    let treated = Profile::builder().in_other_treatment(true).build().unwrap();
    let recs = matcher.recommend(&treated);
    assert_ids(recs.add_ons(), &["alfa"]);
    assert_ids(recs.conditional(), &["beta"]);
}

/// An owning matcher answers as the rules say: the umbrella and its add-on
/// for the adult in individ- och familjeomsorg, and every entry decided.
#[test]
fn an_owned_matcher_recommends_and_explains() {
    let owned = insats::OwnedMatcher::new(seed_like_catalog());
    let recs = owned.recommend(&ifo_adult());
    assert_ids(recs.primary(), &["psykosocial-behandling"]);
    assert_ids(recs.add_ons(), &["natverksterapi"]);
    let dental = ifo_adult().to_builder().provider(Provider::DentalCare).build().unwrap();
    let decisions = owned.explain(&dental);
    assert_eq!(decisions.len(), 2);
    assert!(decision(&decisions, "psykosocial-behandling").is_included());
    assert_eq!(exclusion_kinds(decision(&decisions, "natverksterapi")), ["provider"]);
    assert_eq!(owned.catalog().len(), 2);
    assert_ids(owned.matcher().recommend(&dental).iter(), &["psykosocial-behandling"]);
}

/// The index keeps one bit per entry in 64-bit words: in a catalog of 130
/// entries every entry is reached, in name order, the last word's too.
#[test]
fn a_catalog_of_more_than_64_entries_reaches_every_entry() {
    let entries: Vec<Intervention> = (0..130)
        .map(|i| {
            let substance = if i % 2 == 0 { Substance::Alcohol } else { Substance::Cannabis };
            Intervention::builder(format!("Insats {i:03}"))
                .recommendation(Recommendation::new(only(substance), Population::Anyone, rank(3)))
                .build()
                .unwrap()
        })
        .collect();
    let catalog = catalog(entries);
    let matcher = Matcher::new(&catalog);
    let recs =
        matcher.recommend(&Profile::builder().substance(Substance::Cannabis).build().unwrap());
    let expected: Vec<String> =
        (0..130).filter(|i| i % 2 == 1).map(|i| format!("insats-{i:03}")).collect();
    assert_eq!(ids(recs.primary()), expected);
    // Nothing stated: every entry is reached, each waiting for its
    // substance.
    assert_eq!(matcher.recommend(&Profile::default()).conditional().len(), 130);
}
