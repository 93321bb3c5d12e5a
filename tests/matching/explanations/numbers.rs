//! The numbers an explanation shows are the ones the sources state for
//! that person: the row's condition as the source words it, the verb where
//! there is no number, a dispute beside the number, none for a child on a
//! general row, and a known number never said to be missing.

use super::*;

#[test]
fn the_priority_quotes_the_condition_as_the_source_words_it() {
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
    assert_eq!(nt.recommendation().and_then(Recommendation::priority), Some(rank(4)));
    let reasons = nt.reasons();
    assert_eq!(kinds(&reasons), ["priority", "add-on"]);
    // The hand-built pair records no condition: the substances, as
    // alternatives, and no population for anyone.
    says(
        &reasons[0],
        &["NR-prioritet 4 (kan erbjudas) för alkohol eller narkotika"],
        &["NR priority 4 (may be offered) for alcohol or narcotic drugs"],
    );
    assert_eq!(
        reasons[0].describe_sv(),
        "NR-prioritet 4 (kan erbjudas) för alkohol eller narkotika; radens villkor framgår inte \
         av de källor katalogen bygger på"
    );
    // The umbrella states no number: the sources give none.
    let pb = &recs.primary()[0];
    assert_eq!(pb.reasons(), [Reason::NoNumberInSources { verb: None, condition: None }]);
    says(
        &pb.reasons()[0],
        &["prioritetssiffran framgår inte av de källor katalogen bygger på"],
        &["the priority number is not stated in the sources this catalog is built on"],
    );
    // explain gives a match the same reasons as recommend.
    let decisions = matcher.explain(&ifo_adult());
    assert_eq!(decision(&decisions, "natverksterapi").reasons(), &reasons[..]);

    // The built-in pair keeps the guide's wording of its condition.
    let builtin = Matcher::new(insats::catalog());
    let adult = Profile::builder()
        .age(40)
        .substance(Substance::Alcohol)
        .pattern(PatternOfUse::Misuse)
        .in_other_treatment(true)
        .build()
        .unwrap();
    let recs = builtin.recommend(&adult);
    let nt = recs.get("natverksterapi").unwrap();
    let priority = nt.reasons().into_iter().find(|r| r.kind() == "priority").unwrap();
    says(
        &priority,
        &["NR-prioritet 4 (kan erbjudas) vid missbruk eller beroende av alkohol och narkotika"],
        &[
            "NR priority 4 (may be offered) for misuse of or dependence on alcohol and narcotic drugs",
        ],
    );
}

#[test]
fn a_known_verb_is_shown_when_there_is_no_number() {
    let matcher = Matcher::new(insats::catalog());
    let profile = Profile::builder()
        .age(40)
        .substance(Substance::Alcohol)
        .pattern(PatternOfUse::Misuse)
        .needs(TagSet::only(Need::Work))
        .build()
        .unwrap();
    let recs = matcher.recommend(&profile);
    let ips = recs.get("ips-modellen").unwrap();
    let found = ips.reasons().into_iter().find(|r| r.kind() == "no-number-in-sources").unwrap();
    assert_eq!(
        found,
        Reason::NoNumberInSources {
            verb: Some(RecommendationVerb::Should),
            condition: Some(
                "Missbruk eller beroende av alkohol och narkotika och svag arbetsmarknadsanknytning"
                    .to_owned()
            ),
        }
    );
    says(
        &found,
        &["NR anger att den bör erbjudas vid missbruk", "prioritetssiffran framgår inte"],
        &["NR says it should be offered for misuse", "the priority number is not stated"],
    );
    // The need that decided it comes first.
    assert_eq!(ips.reasons()[0], Reason::Fits { population: Population::WithNeed(Need::Work) });
}

#[test]
fn a_dispute_is_shown_beside_the_number() {
    let matcher = Matcher::new(insats::catalog());
    let benzo = Profile::builder()
        .age(40)
        .substance(Substance::Benzodiazepines)
        .situation(insats::Situation::UsualDiscontinuationNotPossible, true)
        .in_other_treatment(true)
        .build()
        .unwrap();
    let recs = matcher.recommend(&benzo);
    let kbt = recs.get("kognitiv-beteendeterapi").unwrap();
    let priority = kbt.reasons().into_iter().find(|r| r.kind() == "priority").unwrap();
    says(
        &priority,
        &["prioritet 3", "för samma rad i riktlinjerna anger en annan källa prioritet 2"],
        &["priority 3", "for the same guideline row another source gives priority 2"],
    );
    let reason = Reason::Priority {
        priority: NrPriority::ResearchOnly,
        recommendation: 0,
        substances: TagSet::only(Substance::Alcohol),
        population: Population::Anyone,
        condition: None,
        measure: None,
        disputes: vec![Dispute::new(rank(4), "https://example.org")],
    };
    says(
        &reason,
        &[
            "NR: FoU (endast inom forskning och utveckling) för alkohol",
            "; för samma rad i riktlinjerna anger en annan källa prioritet 4 (https://example.org)",
        ],
        &[
            "NR: \"FoU\" (only within research and development) for alcohol",
            "; for the same guideline row another source gives priority 4 (https://example.org)",
        ],
    );
    // The dispute on the built-in catalog names the page that differs.
    let source = kbt.recommendation().and_then(|r| r.disputes().first()).unwrap().source();
    assert!(source.starts_with("http"), "{source}");
    assert!(priority.describe(Language::Swedish).contains(&format!("prioritet 2 ({source})")));
}

#[test]
fn a_childs_general_row_gives_no_number_and_says_why() {
    let matcher = Matcher::new(insats::catalog());
    let child =
        Profile::builder().age(15).substance(Substance::Alcohol).relative(false).build().unwrap();
    let recs = matcher.recommend(&child);
    assert!(recs.get("kognitiv-beteendeterapi").is_none(), "a child is not given a general row");
    let kbt = recs
        .not_rated_for_age()
        .iter()
        .find(|m| m.intervention().id() == "kognitiv-beteendeterapi")
        .unwrap();
    assert_eq!(kbt.priority(), None);
    assert_eq!(kbt.recommendation(), None);
    let found = kbt.reasons().into_iter().find(|r| r.kind() == "no-number-for-children").unwrap();
    says(
        &found,
        &["ungdomar under 18 år", "ingen prioritet här"],
        &["under-18s", "no priority is shown here"],
    );
}

#[test]
fn the_usual_age_of_laro_is_a_note() {
    let matcher = Matcher::new(insats::catalog());
    let nineteen = Profile::builder()
        .age(19)
        .substance(Substance::Opioids)
        .pattern(PatternOfUse::Dependence)
        .build()
        .unwrap();
    let recs = matcher.recommend(&nineteen);
    let laro = recs.get("lakemedelsassisterad-behandling-vid-opioidberoende-laro").unwrap();
    let found = laro.reasons().into_iter().find(|r| r.kind() == "below-usual-age").unwrap();
    assert_eq!(found, Reason::BelowUsualAge { min_age: 20 });
    says(&found, &["fyllt 20 år", "särskilda skäl"], &["20 or older", "special reasons"]);
    let twenty = nineteen.to_builder().age(20).build().unwrap();
    let recs = matcher.recommend(&twenty);
    let laro = recs.get("lakemedelsassisterad-behandling-vid-opioidberoende-laro").unwrap();
    assert!(laro.reasons().iter().all(|r| r.kind() != "below-usual-age"));
    // The decision says the same, at 19 and not at 20 (nor with no age).
    let noted = |profile: &Profile| {
        let decisions = matcher.explain(profile);
        let laro = decisions
            .iter()
            .find(|d| {
                d.intervention().id() == "lakemedelsassisterad-behandling-vid-opioidberoende-laro"
            })
            .unwrap();
        assert!(laro.is_included() || laro.is_conditional(), "{laro:?}");
        laro.reasons().contains(&Reason::BelowUsualAge { min_age: 20 })
    };
    assert!(noted(&nineteen));
    assert!(!noted(&twenty));
    let no_age = Profile::builder()
        .age_group(insats::AgeGroup::Adults)
        .substance(Substance::Opioids)
        .pattern(PatternOfUse::Dependence)
        .build()
        .unwrap();
    assert!(!noted(&no_age));
}

/// HAP is rated 6 for cannabis: a 40-year-old at a psychiatric clinic gets
/// that number, and one it does not apply to is told which fact excluded
/// it, never that it has no number.
#[test]
fn a_known_number_is_never_said_to_be_missing() {
    let matcher = Matcher::new(insats::catalog());
    let profile = Profile::builder()
        .age(40)
        .substance(Substance::Cannabis)
        .pattern(PatternOfUse::Misuse)
        .provider(Provider::PsychiatricOutpatientCare)
        .build()
        .unwrap();
    let decisions = matcher.explain(&profile);
    let hap = decision(&decisions, "haschavvanjningsprogrammet-hap");
    assert!(hap.is_included());
    assert_eq!(hap.priority(), Some(rank(6)));
    let teen = profile.to_builder().age(16).build().unwrap();
    let decisions = matcher.explain(&teen);
    let hap = decision(&decisions, "haschavvanjningsprogrammet-hap");
    assert!(!hap.is_included());
    assert!(
        hap.reasons().iter().all(|r| r.kind() != "no-number-in-sources"),
        "{:?}",
        hap.reasons()
    );
    assert!(hap.exclusions().next().is_some());
    // Every entry whose rows all have numbers is told why, never that it
    // has no number.
    let adult =
        Profile::builder().age(40).substance(Substance::Alcohol).relative(false).build().unwrap();
    for d in matcher.explain(&adult) {
        let rows = d.intervention().recommendations();
        if !rows.is_empty() && rows.iter().all(|r| r.priority().is_some()) {
            assert!(
                d.reasons().iter().all(|r| r.kind() != "no-number-in-sources"),
                "{}",
                d.intervention().id()
            );
        }
    }
}
