//! What the built-in catalog recommends in the situations the guidelines
//! set apart: a teenager who drinks, alcohol withdrawal, relatives and
//! partners, long-term benzodiazepine use, and pairs whose sources
//! disagree.

use insats::{
    AgeScope, Condition, Match, Matcher, NrPriority, Population, Profile, Reason, Recommendations,
    Situation, Substance, TagSet, Withdrawal, catalog,
};

fn recommend(profile: &Profile) -> Recommendations<'static> {
    Matcher::new(catalog()).recommend(profile)
}

fn ids<'a>(matches: impl IntoIterator<Item = &'a Match<'static>>) -> Vec<&'static str> {
    matches.into_iter().map(|m| m.intervention().id()).collect()
}

fn find<'r>(matches: &'r [Match<'static>], id: &str) -> Option<&'r Match<'static>> {
    matches.iter().find(|m| m.intervention().id() == id)
}

const MEDICINES: [&str; 7] = [
    "lakemedelsbehandling-vid-alkoholberoende-disulfiram",
    "lakemedelsbehandling-vid-alkoholberoende-akamprosat",
    "lakemedelsbehandling-vid-alkoholberoende-naltrexon",
    "lakemedelsbehandling-vid-alkoholberoende-nalmefen",
    "lakemedelsbehandling-vid-alkoholberoende-baklofen",
    "lakemedelsbehandling-vid-alkoholberoende-topiramat",
    "lakemedelsassisterad-behandling-vid-opioidberoende-laro",
];

const WITHDRAWAL_TREATMENT: &str = "lakemedelsbehandling-vid-alkoholabstinens";

#[test]
fn every_medicine_id_is_in_the_catalog() {
    // The lists below would pass vacuously on a renamed id.
    for id in MEDICINES.iter().chain([&WITHDRAWAL_TREATMENT]) {
        assert!(catalog().get(id).is_some(), "{id}");
    }
}

#[test]
fn a_teenager_who_drinks_gets_the_youth_set_first_and_no_medicine() {
    let profile =
        Profile::builder().age(15).substance(Substance::Alcohol).relative(false).build().unwrap();
    let recs = recommend(&profile);
    let offered = ids(recs.iter());
    for medicine in MEDICINES {
        assert!(!offered.contains(&medicine), "{medicine} offered to a 15-year-old: {offered:?}");
    }
    let rated: Vec<_> = recs.primary().iter().filter_map(|m| Some((m, m.priority()?))).collect();
    assert!(!rated.is_empty(), "{offered:?}");
    for (m, priority) in &rated {
        assert!(
            [NrPriority::rank(3).unwrap(), NrPriority::rank(4).unwrap()].contains(priority),
            "{} has {priority}, not a number of the youth set",
            m.intervention().id()
        );
        let pair = m.recommendation().expect("a rated match has its pair");
        assert_eq!(pair.age_scope(), AgeScope::Under18, "{}", m.intervention().id());
    }
    let first = recs.primary().first().expect("a primary match");
    let pair = first.recommendation().expect("the first match is rated");
    assert_eq!(pair.age_scope(), AgeScope::Under18, "{}", first.intervention().id());
}

fn withdrawal_profile(withdrawal: Option<Withdrawal>) -> Profile {
    let builder = Profile::builder().age(45).substance(Substance::Alcohol).relative(false);
    match withdrawal {
        Some(state) => builder.withdrawal(state).build().unwrap(),
        None => builder.build().unwrap(),
    }
}

#[test]
fn alcohol_withdrawal_with_raised_risk_puts_its_treatment_first_at_rank_1() {
    let recs = recommend(&withdrawal_profile(Some(Withdrawal::RaisedRisk)));
    let first = recs.primary().first().expect("a primary match");
    assert_eq!(first.intervention().id(), WITHDRAWAL_TREATMENT);
    assert_eq!(first.priority(), Some(NrPriority::rank(1).unwrap()));
}

#[test]
fn alcohol_withdrawal_without_raised_risk_gets_rank_2() {
    let recs = recommend(&withdrawal_profile(Some(Withdrawal::General)));
    let found = find(recs.primary(), WITHDRAWAL_TREATMENT).expect("recommended");
    assert_eq!(found.priority(), Some(NrPriority::rank(2).unwrap()));
}

#[test]
fn unstated_withdrawal_makes_the_treatment_conditional() {
    let recs = recommend(&withdrawal_profile(None));
    assert!(find(recs.primary(), WITHDRAWAL_TREATMENT).is_none());
    let conditional = find(recs.conditional(), WITHDRAWAL_TREATMENT).expect("conditional");
    let requires = conditional.requires().expect("names what it requires");
    assert!(
        matches!(
            requires,
            Population::InAlcoholWithdrawal | Population::InAlcoholWithdrawalWithRaisedRisk
        ),
        "{requires:?}"
    );
    assert!(requires.describe_en().contains("withdrawal"), "{}", requires.describe_en());
}

#[test]
fn no_withdrawal_leaves_the_treatment_out_entirely() {
    let recs = recommend(&withdrawal_profile(Some(Withdrawal::NotPresent)));
    assert!(find(recs.primary(), WITHDRAWAL_TREATMENT).is_none());
    assert!(find(recs.conditional(), WITHDRAWAL_TREATMENT).is_none());
}

const FOR_RELATIVES: [&str; 2] = ["craft", "al-eller-nar-anoninspirerade-stodprogram"];
const FOR_PARTNERS: &str = "parterapi-enligt-behavioral-couples-therapy";

#[test]
fn relatives_and_partners_programmes_are_conditional_while_unstated() {
    let profile = Profile::builder().age(40).substance(Substance::Alcohol).build().unwrap();
    let recs = recommend(&profile);
    for id in FOR_RELATIVES.iter().chain([&FOR_PARTNERS]) {
        assert!(find(recs.conditional(), id).is_some(), "{id} not conditional");
        assert!(find(recs.primary(), id).is_none(), "{id} recommended");
        assert!(find(recs.add_ons(), id).is_none(), "{id} an add-on");
    }
    let craft = find(recs.conditional(), "craft").unwrap();
    assert_eq!(craft.requires(), Some(Population::Relatives));
}

#[test]
fn a_relative_gets_the_relatives_programmes_recommended() {
    // A relative's profile states the use of the person the relative is
    // close to: the programmes are for relatives of a person with misuse or
    // dependence.
    let profile = Profile::builder()
        .age(40)
        .substance(Substance::Alcohol)
        .condition(Condition::SubstanceUseAndDependence)
        .relative(true)
        .build()
        .unwrap();
    let recs = recommend(&profile);
    let offered = ids(recs.iter());
    for id in FOR_RELATIVES {
        assert!(offered.contains(&id), "{id} not recommended to a relative: {offered:?}");
    }
}

/// NR's row is "långvarigt bruk av bensodiazepiner där utsättning på
/// sedvanligt sätt inte varit möjlig": tapering is the person's at 2 when
/// the profile states that stopping in the usual way has not been
/// possible, and conditional on it until then.
#[test]
fn long_term_benzodiazepine_use_gets_tapering_at_rank_2() {
    let taper = "nedtrappning-vid-langvarigt-bruk-av-bensodiazepiner";
    let benzo = Profile::builder().age(50).substance(Substance::Benzodiazepines).relative(false);
    let stated = benzo.clone().situation(Situation::UsualDiscontinuationNotPossible, true);
    let recs = recommend(&stated.build().unwrap());
    let tapering = find(recs.primary(), taper).expect("tapering recommended");
    assert_eq!(tapering.priority(), Some(NrPriority::rank(2).unwrap()));

    let recs = recommend(&benzo.build().unwrap());
    assert!(find(recs.primary(), taper).is_none());
    let waiting = find(recs.conditional(), taper).expect("conditional");
    assert_eq!(
        waiting.unstated(),
        [Reason::SituationNotStated {
            required: Population::InSituation(Situation::UsualDiscontinuationNotPossible)
        }]
    );
}

/// The pair of entry `id` for `substance` and `population`, and its one
/// dispute: the other number and the other page's address.
fn dispute_of(
    id: &str,
    substance: Substance,
    population: Population,
) -> (NrPriority, NrPriority, String) {
    let entry = catalog().get(id).unwrap();
    let pair = entry
        .recommendations()
        .iter()
        .find(|r| r.applies_to_substance(substance) && r.population() == population)
        .unwrap_or_else(|| panic!("{id} has no pair for {substance:?}, {population:?}"));
    let [dispute] = pair.disputes() else { panic!("{id}: {:?}", pair.disputes()) };
    let own = pair.source().expect("a disputed pair names its source");
    assert_ne!(own, dispute.source(), "{id}: the dispute cites the pair's own page");
    (pair.priority().unwrap(), dispute.priority(), dispute.source().to_owned())
}

#[test]
fn kbt_beside_tapering_carries_the_tapering_pages_number() {
    let beside = Population::InSituation(Situation::UsualDiscontinuationNotPossible);
    let (own, other, source) =
        dispute_of("kognitiv-beteendeterapi", Substance::Benzodiazepines, beside);
    assert_eq!((own, other), (NrPriority::rank(3).unwrap(), NrPriority::rank(2).unwrap()));
    assert!(source.contains("nedtrappning"), "{source}");
    let kbt = catalog().get("kognitiv-beteendeterapi").unwrap();
    let beside_tapering =
        kbt.recommendations().iter().find(|r| r.applies_to_substance(Substance::Benzodiazepines));
    assert!(beside_tapering.is_some_and(|r| r.is_add_on()), "{beside_tapering:?}");
}

#[test]
fn kbt_and_relapse_prevention_in_laro_each_carry_their_dispute() {
    let (_, kbt_other, kbt_source) = dispute_of(
        "kognitiv-beteendeterapi",
        Substance::Opioids,
        Population::InMedicationAssistedTreatment,
    );
    assert!(kbt_source.contains("terfallsprevention"), "{kbt_source}");
    let (_, ap_other, ap_source) = dispute_of(
        "aterfallsprevention",
        Substance::Opioids,
        Population::InMedicationAssistedTreatment,
    );
    assert!(ap_source.contains("kognitiv-beteendeterapi"), "{ap_source}");
    assert_ne!(kbt_other, ap_other, "each page states its own number for the other");
}

// ---------------------------------------------------------------------
// Only what the source states for this person (issue 21): each case of
// the fidelity review, on the built-in catalog.

fn profile(build: impl FnOnce(insats::ProfileBuilder) -> insats::ProfileBuilder) -> Profile {
    build(Profile::builder()).build().unwrap()
}

fn diagnosed(age: u8, code: &str) -> Profile {
    profile(|b| b.age(age).diagnosis(code.parse().unwrap()))
}

/// Whether the chosen row of `m` names a substance.
fn names_a_substance(m: &Match<'_>) -> bool {
    m.row().is_some_and(|r| !r.substances().is_empty())
}

#[test]
fn a_diagnosis_that_names_no_substance_recommends_no_substance_specific_row() {
    for (age, code) in [(30, "F19.2"), (13, "F18.2")] {
        let recs = recommend(&diagnosed(age, code));
        let specific: Vec<_> = recs.iter().filter(|m| names_a_substance(m)).collect();
        assert!(specific.is_empty(), "{code}: {:?}", ids(specific));
        assert!(!recs.conditional().is_empty(), "{code}");
        // Each waits for its substance (and whatever else it names).
        let waiting = recs.conditional().iter().filter(|m| names_a_substance(m));
        for m in waiting {
            let unstated = m.unstated();
            assert!(
                unstated.iter().any(|r| matches!(r, Reason::SubstanceNotStated { .. })),
                "{code}: {} waits for {unstated:?}",
                m.intervention().id()
            );
        }
        // The cannabis programme is not offered to a 13-year-old sniffing
        // solvents.
        assert!(recs.get("haschavvanjningsprogrammet-hap").is_none(), "{code}");
        assert!(recs.get("cannabisprogram-for-ungdomar-cpu").is_none(), "{code}");
    }
}

#[test]
fn acute_intoxication_states_no_dependence_so_no_medicine_is_recommended() {
    for code in ["F10.0", "F10.5"] {
        let recs = recommend(&diagnosed(40, code));
        let offered = ids(recs.iter());
        for medicine in &MEDICINES[..6] {
            assert!(!offered.contains(medicine), "{code}: {medicine}");
            let waiting = find(recs.conditional(), medicine).expect("conditional");
            let expected = Reason::PatternNotStated {
                required: insats::PatternRequirement::Dependence,
                substances: TagSet::only(Substance::Alcohol),
                in_laro: false,
            };
            assert!(waiting.unstated().contains(&expected), "{code}: {:?}", waiting.unstated());
        }
    }
    // F10.2 states dependence: the medicines apply.
    let recs = recommend(&diagnosed(40, "F10.2"));
    assert_eq!(
        recs.get(MEDICINES[0]).and_then(|m| m.priority()),
        Some(NrPriority::rank(1).unwrap())
    );
}

#[test]
fn an_unstated_age_recommends_no_age_scoped_row() {
    let recs = recommend(&profile(|b| {
        b.substance(Substance::Alcohol).pattern(insats::PatternOfUse::Dependence)
    }));
    for m in recs.iter() {
        let scope = m.row().map_or(AgeScope::Unspecified, |r| r.age_scope());
        assert_eq!(scope, AgeScope::Unspecified, "{}", m.intervention().id());
    }
    for medicine in &MEDICINES[..6] {
        let waiting = find(recs.conditional(), medicine).expect("conditional on the age");
        assert!(matches!(waiting.unstated()[..], [Reason::AgeNotStated { .. }]), "{medicine}");
    }
    let youth = "adolescent-community-reinforcement-approach-eller-assertive-continuing-care";
    assert!(find(recs.conditional(), youth).is_some());
}

#[test]
fn an_age_alone_recommends_nothing_substance_specific() {
    let recs = recommend(&profile(|b| b.age(30)));
    let specific: Vec<_> = recs.iter().filter(|m| names_a_substance(m)).collect();
    assert!(specific.is_empty(), "{:?}", ids(specific));
    assert!(recs.iter().all(|m| m.priority().is_none()), "{:?}", ids(recs.iter()));
    let waiting = find(recs.conditional(), MEDICINES[0]).expect("disulfiram conditional");
    assert!(
        waiting
            .unstated()
            .contains(&Reason::SubstanceNotStated { substances: TagSet::only(Substance::Alcohol) })
    );
}

#[test]
fn a_child_in_withdrawal_sees_the_treatment_with_its_rows_wording() {
    let child =
        profile(|b| b.age(16).substance(Substance::Alcohol).withdrawal(Withdrawal::RaisedRisk));
    let recs = recommend(&child);
    assert!(find(recs.primary(), WITHDRAWAL_TREATMENT).is_none());
    let listed = find(recs.not_rated_for_age(), WITHDRAWAL_TREATMENT).expect("listed apart");
    assert_eq!(listed.priority(), None);
    let row = listed.row().expect("the row it is rated for");
    assert!(row.condition().is_some_and(|c| c.contains("förhöjd risk")), "{:?}", row.condition());
    assert_eq!(listed.reasons()[0], Reason::NoNumberForChildren);
    // Never excluded by an age the source does not state.
    let decisions = Matcher::new(catalog()).explain(&child);
    let decision = decisions.iter().find(|d| d.intervention().id() == WITHDRAWAL_TREATMENT);
    let reasons = decision.map(|d| d.reasons().to_vec()).unwrap_or_default();
    assert!(!reasons.iter().any(|r| matches!(r, Reason::AgeScope { .. })), "{reasons:?}");
}

#[test]
fn delirium_tremens_gets_its_own_row_and_no_borrowed_number() {
    let recs = recommend(&diagnosed(52, "F10.4"));
    let dt = "bensodiazepiner-vid-delirium-tremens";
    let found = find(recs.primary(), dt).expect("the delirium tremens row");
    assert_eq!(found.priority(), None);
    let nearest = found.reasons().into_iter().find_map(|r| match r {
        Reason::NearestStated(n) => Some(n),
        _ => None,
    });
    let nearest = nearest.expect("the nearest stated number, named as another row's");
    assert_eq!(nearest.priority(), NrPriority::rank(1).unwrap());
    assert!(nearest.condition().contains("förhöjd risk"), "{}", nearest.condition());
    // The raised-risk row is not the person's: established delirium
    // tremens is rated in a row of its own.
    assert!(find(recs.primary(), WITHDRAWAL_TREATMENT).is_none());
    let text = Reason::NearestStated(nearest).describe(insats::Language::English);
    assert!(text.contains("belongs to another row"), "{text}");
}

#[test]
fn a_teenager_gets_no_general_row_as_a_recommendation() {
    let teen =
        profile(|b| b.age(15).substance(Substance::Alcohol).pattern(insats::PatternOfUse::Misuse));
    let recs = recommend(&teen);
    for m in recs.iter() {
        let scope = m.row().map(|r| r.age_scope());
        assert_eq!(scope, Some(AgeScope::Under18), "{}", m.intervention().id());
    }
    for general in ["kognitiv-beteendeterapi", "tolvstegsbehandling-enligt-minnesotamodellen"] {
        let listed = find(recs.not_rated_for_age(), general).expect("listed apart");
        assert_eq!(listed.priority(), None, "{general}");
    }
}

#[test]
fn an_infant_gets_no_youth_set_number() {
    let infant = profile(|b| b.age(0).substance(Substance::Alcohol));
    let recs = recommend(&infant);
    assert!(recs.iter().all(|m| m.priority().is_none()), "{:?}", ids(recs.iter()));
    let youth = "adolescent-community-reinforcement-approach-eller-assertive-continuing-care";
    let listed = find(recs.not_rated_for_age(), youth).expect("listed apart");
    assert!(matches!(listed.reasons()[0], Reason::BelowStatedAge { min_age: 12 }));
}

#[test]
fn benzodiazepine_use_gets_no_row_worded_for_narcotics() {
    let older = profile(|b| {
        b.age(80)
            .substance(Substance::Benzodiazepines)
            .situation(Situation::UsualDiscontinuationNotPossible, true)
    });
    let recs = recommend(&older);
    for m in recs.iter().chain(recs.conditional()) {
        let rated = m.row().map(|r| r.substances()).unwrap_or_default();
        assert!(!rated.contains(Substance::Narcotics), "{}: {rated:?}", m.intervention().id());
    }
}

#[test]
fn opioid_analgesics_in_laro_get_the_laro_rows() {
    let laro = profile(|b| {
        b.age(45)
            .substance(Substance::OpioidAnalgesics)
            .pattern(insats::PatternOfUse::Dependence)
            .in_laro(true)
    });
    let recs = recommend(&laro);
    for id in
        ["kognitiv-beteendeterapi", "aterfallsprevention", "community-reinforcement-approach-cra"]
    {
        let m = recs.get(id).unwrap_or_else(|| panic!("{id}: {:?}", ids(recs.iter())));
        let row = m.row().unwrap();
        assert_eq!(row.population(), Population::InMedicationAssistedTreatment, "{id}");
    }
}

#[test]
fn homelessness_and_support_in_housing_are_different_needs() {
    let base = |need| {
        profile(|b| {
            b.age(40)
                .substance(Substance::Alcohol)
                .condition(Condition::SubstanceUseAndDependence)
                .need(need)
        })
    };
    let (first, support) = ("bostad-forst", "personellt-boendestod");
    let homeless = recommend(&base(insats::Need::Homelessness));
    assert!(homeless.get(first).is_some());
    assert!(homeless.get(support).is_none());
    let in_housing = recommend(&base(insats::Need::SupportInHousing));
    assert!(in_housing.get(support).is_some());
    assert!(in_housing.get(first).is_none());
    // "Bostad" alone says a housing need, not which: both wait.
    let housing = recommend(&base(insats::Need::Housing));
    assert!(housing.get(first).is_none() && housing.get(support).is_none());
    assert!(find(housing.conditional(), first).is_some());
    assert!(find(housing.conditional(), support).is_some());
}

#[test]
fn naloxone_waits_for_a_stated_overdose_risk() {
    let naloxone = "naloxon-och-utbildningsinsats";
    let opioids = |risk: Option<bool>| {
        profile(|b| {
            let b =
                b.age(35).substance(Substance::Opioids).pattern(insats::PatternOfUse::Dependence);
            match risk {
                Some(holds) => b.situation(Situation::OverdoseRisk, holds),
                None => b,
            }
        })
    };
    let recs = recommend(&opioids(None));
    assert!(recs.get(naloxone).is_none());
    let waiting = find(recs.conditional(), naloxone).expect("conditional");
    assert_eq!(waiting.requires(), Some(Population::InSituation(Situation::OverdoseRisk)));
    let recs = recommend(&opioids(Some(true)));
    assert_eq!(recs.get(naloxone).and_then(|m| m.priority()), Some(NrPriority::rank(1).unwrap()));
    let recs = recommend(&opioids(Some(false)));
    assert!(recs.get(naloxone).is_none() && find(recs.conditional(), naloxone).is_none());
}

#[test]
fn a_cannabis_match_cites_the_cannabis_row() {
    let cannabis =
        profile(|b| b.age(30).substance(Substance::Cannabis).pattern(insats::PatternOfUse::Misuse));
    let recs = recommend(&cannabis);
    let web = "webbaserad-behandling";
    let m = recs.get(web).or_else(|| find(recs.conditional(), web)).expect("web treatment");
    let row = m.row().expect("its row");
    assert!(row.substances().contains(Substance::Cannabis));
    assert_eq!(m.source(), row.source());
    assert!(m.source().is_some_and(|s| !s.contains("alkohol")), "{:?}", m.source());
}

mod rule_properties;

mod assessments;

mod delivery;
