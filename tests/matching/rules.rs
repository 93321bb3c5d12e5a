//! The rules of `Matcher::recommend`, each on a small catalog, the fixture
//! pages or the built-in one: the umbrella and its add-on for an adult in
//! individ- och familjeomsorg, priorities per substance, relatives, needs,
//! FoU and Icke-göra, add-on pairs, LARO, and benzodiazepines beside
//! narcotics. The age rules are in `ages.rs`, the order of results in
//! `order.rs`, the ways to call the matcher in `calls.rs`.

use insats::{
    Catalog, Fit, Intervention, Matcher, Need, NrPriority, Population, Profile, ProfileFact,
    Provider, Reason, Recommendation, RecommendationVerb, Role, Severity, Substance, TagSet,
    Target,
};

use super::ages::ranked;
use crate::util;
use crate::util::*;

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
    #[cfg_attr(not(insats_sources), ignore = "conformance: needs ../shared or $INSATS_SOURCES")]
    fn umbrella_and_add_on_on_the_seed_pages() {
        let sources = util::sources();
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

pub(super) fn need_gated() -> Catalog {
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
