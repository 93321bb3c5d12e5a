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
            let expected =
                Reason::PatternNotStated { required: insats::PatternRequirement::Dependence };
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

// ---------------------------------------------------------------------
// The rule as properties over random profiles on the built-in catalog.

mod rule_properties {
    use super::*;
    use insats::{AgeGroup, Need, PatternOfUse, PatternRequirement, ProfileBuilder, Vocabulary};
    use proptest::prelude::*;

    /// The facts of a profile that the generator varies, each possibly
    /// unstated.
    #[derive(Clone, Debug)]
    struct Facts {
        age: Option<u8>,
        substances: Vec<Substance>,
        pattern: Option<PatternOfUse>,
        condition: bool,
        in_laro: Option<bool>,
        relative: Option<bool>,
        withdrawal: Option<Withdrawal>,
        needs: Option<Vec<Need>>,
        situations: Vec<(Situation, bool)>,
    }

    fn pick<T: Vocabulary>() -> impl Strategy<Value = T> {
        (0..T::ALL.len()).prop_map(|i| T::ALL[i])
    }

    fn facts() -> impl Strategy<Value = Facts> {
        (
            proptest::option::of(prop_oneof![0u8..25, 25u8..90]),
            proptest::collection::vec(pick::<Substance>(), 0..3),
            proptest::option::of(pick::<PatternOfUse>()),
            any::<bool>(),
            proptest::option::of(any::<bool>()),
            proptest::option::weighted(0.3, any::<bool>()),
            proptest::option::of(pick::<Withdrawal>()),
            proptest::option::of(proptest::collection::vec(pick::<Need>(), 0..3)),
            proptest::collection::vec((pick::<Situation>(), any::<bool>()), 0..3),
        )
            .prop_map(
                |(age, substances, pattern, condition, in_laro, relative, withdrawal, needs, s)| {
                    let mut situations: Vec<(Situation, bool)> = Vec::new();
                    for (situation, holds) in s {
                        if !situations.iter().any(|(o, _)| *o == situation) {
                            situations.push((situation, holds));
                        }
                    }
                    Facts {
                        age,
                        substances,
                        pattern,
                        condition,
                        in_laro,
                        relative,
                        withdrawal,
                        needs,
                        situations,
                    }
                },
            )
    }

    fn build(f: &Facts) -> Profile {
        let mut b: ProfileBuilder = Profile::builder();
        if let Some(age) = f.age {
            b = b.age(age);
        }
        for s in &f.substances {
            b = b.substance(*s);
        }
        if let Some(p) = f.pattern {
            b = b.pattern(p);
        }
        if f.condition {
            b = b.condition(Condition::SubstanceUseAndDependence);
        }
        if let Some(v) = f.in_laro {
            b = b.in_laro(v);
        }
        if let Some(v) = f.relative {
            b = b.relative(v);
        }
        if let Some(w) = f.withdrawal {
            b = b.withdrawal(w);
        }
        if let Some(needs) = &f.needs {
            b = b.needs(needs.iter().copied().collect());
        }
        for (s, holds) in &f.situations {
            b = b.situation(*s, *holds);
        }
        b.build().unwrap()
    }

    /// Whether the profile states every fact the row's condition names,
    /// read from the profile's fields (not from the engine's rule).
    fn states_the_rows_facts(p: &Profile, row: &insats::Recommendation) -> Result<(), String> {
        if !row.substances().is_empty() && p.substances().is_empty() {
            return Err("no substance stated".into());
        }
        if row.age_scope() != AgeScope::Unspecified && p.age_group().is_none() {
            return Err("no age stated".into());
        }
        let dependence = p.pattern() == Some(PatternOfUse::Dependence);
        let misuse =
            p.pattern().is_some_and(|x| x != PatternOfUse::RiskyUse) || p.condition().is_some();
        match insats::ConditionPattern::requirement(row.patterns()) {
            PatternRequirement::Dependence if !dependence => {
                return Err("dependence not stated".into());
            }
            PatternRequirement::MisuseOrDependence if !misuse => {
                return Err("misuse or dependence not stated".into());
            }
            _ => {}
        }
        let situation_stated = match row.population() {
            Population::Anyone | Population::Youth | Population::Adults => true,
            Population::InMedicationAssistedTreatment => p.in_laro() == Some(true),
            Population::Relatives => p.relative() == Some(true),
            Population::WithNeed(need) => p.needs().is_some_and(|n| n.contains(need)),
            Population::WithCohabitingPartner => p.cohabiting_partner() == Some(true),
            Population::WithSevereMentalIllness => p.severe_mental_illness() == Some(true),
            Population::InSituation(s) => p.situation(s) == Some(true),
            Population::InAlcoholWithdrawal
            | Population::InAlcoholWithdrawalWithRaisedRisk
            | Population::InDeliriumTremens => p.withdrawal().is_some(),
            other => return Err(format!("population {other:?} unknown to the test")),
        };
        if !situation_stated {
            return Err(format!("{:?} not stated", row.population()));
        }
        if p.age_group() == Some(AgeGroup::Children) && row.age_scope() == AgeScope::Unspecified {
            return Err("a general row recommended to a child".into());
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: 256,
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        /// Every recommended match (treatment, support or assessment)
        /// states, in the profile, every fact its row's condition names.
        #[test]
        fn a_recommended_number_rests_on_stated_facts(f in facts()) {
            let p = build(&f);
            let recs = recommend(&p);
            for m in recs.iter().chain(recs.assessments()) {
                if let Some(row) = m.row() {
                    if let Err(missing) = states_the_rows_facts(&p, row) {
                        prop_assert!(false, "{} for {p:?}: {missing}", m.intervention().id());
                    }
                }
                prop_assert!(!m.is_conditional() && !m.is_not_rated_for_age());
            }
        }

        /// Stating a fact the profile left out only moves matches out of
        /// the conditional list (or out of the recommendations): nothing
        /// newly recommended was not conditional before, and nothing
        /// recommended gets a worse number.
        #[test]
        fn stating_a_fact_only_moves_conditional_matches(f in facts(), which in 0u8..5, age in 0u8..90) {
            let before = build(&f);
            let mut g = f.clone();
            match which {
                0 if g.age.is_none() => g.age = Some(age),
                1 if g.pattern.is_none() => g.pattern = Some(PatternOfUse::Dependence),
                2 if g.relative.is_none() => g.relative = Some(age % 2 == 0),
                3 if g.withdrawal.is_none() => g.withdrawal = Some(Withdrawal::General),
                4 if g.needs.is_none() => g.needs = Some(vec![Need::Homelessness]),
                _ => return Ok(()),
            }
            let after = build(&g);
            let (old, new) = (recommend(&before), recommend(&after));
            let recommended = |r: &Recommendations<'static>, id: &str| {
                r.iter().chain(r.assessments()).find(|m| m.intervention().id() == id).map(|m| m.priority())
            };
            for m in new.iter().chain(new.assessments()) {
                let id = m.intervention().id();
                match recommended(&old, id) {
                    Some(was) => {
                        let key = |p: Option<NrPriority>| p.map_or(u8::MAX, |p| p.rank_number().unwrap_or(11));
                        prop_assert!(key(m.priority()) <= key(was), "{id}: {was:?} became {:?}", m.priority());
                    }
                    None => prop_assert!(
                        find(old.conditional(), id).is_some(),
                        "{id} newly recommended for {after:?} but not conditional for {before:?}"
                    ),
                }
            }
        }
    }

    #[test]
    fn the_generator_states_every_kind_of_fact() {
        // A profile of each kind is reachable: the properties above are not
        // vacuous.
        let f = Facts {
            age: Some(40),
            substances: vec![Substance::Alcohol],
            pattern: Some(PatternOfUse::Dependence),
            condition: true,
            in_laro: Some(false),
            relative: Some(false),
            withdrawal: Some(Withdrawal::General),
            needs: Some(vec![Need::Homelessness]),
            situations: vec![(Situation::OverdoseRisk, true)],
        };
        let recs = recommend(&build(&f));
        assert!(!recs.is_empty() && !recs.assessments().is_empty());
    }
}

// ---------------------------------------------------------------------
// The whole guide (issue 22): instruments and tests beside treatment.

const AUDIT: &str = "audit-alcohol-use-disorders-identification-test";
const ADAD: &str = "adad-adolescent-drug-abuse-diagnosis";
const ASI: &str = "asi-addiction-severity-index";

#[test]
fn an_adult_with_alcohol_suspected_gets_audit_first() {
    let suspected = profile(|b| b.age(40).substance(Substance::Alcohol));
    let recs = recommend(&suspected);
    let first = recs.assessments().first().expect("an assessment");
    assert_eq!(first.intervention().id(), AUDIT);
    assert_eq!(first.priority(), Some(NrPriority::rank(1).unwrap()));
    assert_eq!(first.intervention().kind(), Some(insats::Kind::Assessment));
    assert_eq!(first.intervention().guide_section(), Some(insats::GuideSection::Assessment));
    // Assessments are kept apart from treatment and support.
    assert!(recs.iter().all(|m| !m.intervention().kind().is_some_and(|k| k.is_assessment_step())));
    assert!(
        recs.assessments()
            .iter()
            .all(|m| m.intervention().kind().is_some_and(|k| k.is_assessment_step()))
    );
    // ASI is for people with misuse or dependence: it waits for the pattern.
    assert!(find(recs.conditional(), ASI).is_some());
}

#[test]
fn a_fifteen_year_old_gets_adad_and_never_asi_or_audit_with_a_number() {
    let teen =
        profile(|b| b.age(15).substance(Substance::Alcohol).pattern(insats::PatternOfUse::Misuse));
    let recs = recommend(&teen);
    let adad = find(recs.assessments(), ADAD).expect("ADAD");
    assert_eq!(adad.priority(), Some(NrPriority::rank(4).unwrap()));
    for adult_only in [ASI, AUDIT] {
        assert!(find(recs.assessments(), adult_only).is_none(), "{adult_only}");
        let numbered = recs
            .iter()
            .chain(recs.conditional())
            .chain(recs.not_rated_for_age())
            .any(|m| m.intervention().id() == adult_only && m.priority().is_some());
        assert!(!numbered, "{adult_only}");
    }
}

#[test]
fn the_medical_tests_are_the_eight_of_the_fact_sheet() {
    let tests: Vec<_> = catalog().iter().filter(|e| e.kind() == Some(insats::Kind::Test)).collect();
    assert_eq!(tests.len(), 8);
    let numbers: Vec<Option<u8>> =
        tests.iter().map(|e| e.best_priority().and_then(|p| p.rank_number())).collect();
    assert_eq!(numbers, [Some(2), Some(2), Some(3), Some(5), Some(1), Some(5), Some(5), None]);
    for test in &tests {
        assert_eq!(
            test.guide_section().is_some(),
            test.id() != "patientnara-drogtest-med-salivprov",
            "{}",
            test.id()
        );
    }
    // A test waits for the suspicion it is for.
    let recs = recommend(&profile(|b| b.age(30).substance(Substance::Cannabis)));
    let urine = find(recs.conditional(), "urinprov").expect("conditional");
    assert_eq!(
        urine.requires(),
        Some(Population::InSituation(Situation::OngoingOrRecentDrugIntake))
    );
    let suspected = profile(|b| {
        b.age(30)
            .substance(Substance::Cannabis)
            .situation(Situation::OngoingOrRecentDrugIntake, true)
    });
    let recs = recommend(&suspected);
    assert_eq!(
        find(recs.assessments(), "urinprov").and_then(|m| m.priority()),
        Some(NrPriority::rank(1).unwrap())
    );
}

#[test]
fn reports_carry_the_kind_and_section_of_every_match() {
    let matcher = Matcher::new(catalog());
    let p = profile(|b| {
        b.age(40).substance(Substance::Alcohol).pattern(insats::PatternOfUse::Dependence)
    });
    let report = matcher.report(&p);
    assert!(!report.assessments.is_empty());
    for m in report.primary.iter().chain(&report.assessments).chain(&report.conditional) {
        assert!(m.kind.is_some(), "{}", m.id);
    }
    let audit = report.assessments.iter().find(|m| m.id == AUDIT).unwrap();
    assert_eq!(audit.section, Some(insats::GuideSection::Assessment));
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["assessments"][0]["kind"], "assessment");
    assert_eq!(json["assessments"][0]["section"], "assessment");
    let explained = matcher.explain_report(&p);
    assert!(explained.decisions.iter().all(|d| d.kind.is_some()));
    let urine = explained.decisions.iter().find(|d| d.id == "urinprov").unwrap();
    assert_eq!(urine.section, Some(insats::GuideSection::EarlySigns));
}

// ---------------------------------------------------------------------
// Who offers it and who can deliver it (issue 28).

mod delivery {
    use super::*;
    use insats::{CompetenceRequirement, Delivery, PatternOfUse, Principal, Provider, Role};

    /// A social worker at individ- och familjeomsorg asking for a person in
    /// raised-risk alcohol withdrawal: the withdrawal treatment is a
    /// referral to hälso- och sjukvården (a physician prescribes), first in
    /// the SIP's health-care group, never excluded for the role.
    #[test]
    fn withdrawal_treatment_is_a_referral_to_health_care_never_excluded_for_the_role() {
        let asking = |b: insats::ProfileBuilder| {
            b.provider(Provider::IndividualAndFamilyCare).role(Role::SocialWorker)
        };
        let raised = profile(|b| {
            asking(b.age(52).substance(Substance::Alcohol).withdrawal(Withdrawal::RaisedRisk))
        });
        let recs = recommend(&raised);
        let found = recs.get(WITHDRAWAL_TREATMENT).expect("in the result");
        assert_eq!(
            found.delivery(),
            Delivery::Referral {
                principal: Principal::HealthCare,
                competence: CompetenceRequirement::Physician
            }
        );
        assert_eq!(
            found.delivery().describe(insats::Language::Swedish),
            "hänvisa till hälso- och sjukvården: legitimerad läkare"
        );
        let sip = recs.sip();
        assert_eq!(sip.group(Principal::HealthCare)[0].intervention().id(), WITHDRAWAL_TREATMENT);
        // F10.4 is delirium tremens: its own row, in the result whatever the
        // role; its sources state neither principal nor competence, and
        // the delivery says so.
        let dt = profile(|b| asking(b.age(52).diagnosis("F10.4".parse().unwrap())));
        let recs = recommend(&dt);
        let found = recs.get("bensodiazepiner-vid-delirium-tremens").expect("in the result");
        assert_eq!(found.delivery(), Delivery::NotStated { principal: Principal::NotStated });
        let decisions = Matcher::new(catalog()).explain(&dt);
        for d in &decisions {
            assert!(d.reasons().iter().all(|r| r.kind() != "role"), "{}", d.intervention().id());
        }
    }

    /// A teacher at a school: KBT, PDT and ITP need a licensed psychologist
    /// or psychotherapist (or health-care staff with psychotherapy
    /// training): referrals naming that; MET and the others whose
    /// competence the employer decides are the teacher's to deliver.
    #[test]
    fn a_teacher_refers_psychotherapy_and_delivers_what_the_employer_decides() {
        let teacher = profile(|b| {
            b.age(40)
                .substance(Substance::Alcohol)
                .pattern(PatternOfUse::Dependence)
                .provider("Skola | Elevhälsa".parse().unwrap())
                .role(Role::Teacher)
        });
        let recs = recommend(&teacher);
        for id in ["kognitiv-beteendeterapi", "psykodynamisk-terapi-pdt", "interaktionell-terapi"] {
            let m = recs.get(id).unwrap_or_else(|| panic!("{id}: {:?}", ids(recs.iter())));
            assert_eq!(
                m.delivery(),
                Delivery::Referral {
                    principal: Principal::Both,
                    competence: CompetenceRequirement::LicensedPsychotherapy
                },
                "{id}"
            );
            assert!(m.delivery().is_referral(), "{id}");
        }
        let employer = recs.iter().filter(|m| {
            m.intervention().required_competence().map(|c| c.requirement())
                == Some(CompetenceRequirement::EmployerDecides)
        });
        let mut seen = 0;
        for m in employer {
            assert!(matches!(m.delivery(), Delivery::ByAsker { .. }), "{}", m.intervention().id());
            seen += 1;
        }
        assert!(seen >= 5, "{seen}");
        assert!(
            recs.get("motivationshojande-behandling-met")
                .is_some_and(|m| !m.delivery().is_referral())
        );
        // A psychologist delivers KBT.
        let psychologist = teacher.to_builder().role(Role::Psychologist).build().unwrap();
        let kbt = recommend(&psychologist).get("kognitiv-beteendeterapi").map(|m| m.delivery());
        assert!(matches!(kbt, Some(Delivery::ByAsker { .. })));
    }

    /// Each principal the fact sheet gives is on the built-in catalog's
    /// matches, and the SIP view loses nothing of the flat one.
    #[test]
    fn each_principal_reaches_the_result_and_the_sip_view_loses_nothing() {
        let person = profile(|b| {
            b.age(40)
                .substance(Substance::Alcohol)
                .pattern(PatternOfUse::Dependence)
                .needs([insats::Need::SupportInDailyLife].into_iter().collect())
        });
        let recs = recommend(&person);
        let principal_of = |id: &str| recs.get(id).map(|m| m.principal());
        assert_eq!(principal_of(MEDICINES[0]), Some(Principal::HealthCare));
        assert_eq!(principal_of("boendestod"), Some(Principal::SocialServices));
        assert_eq!(principal_of("motivationshojande-behandling-met"), Some(Principal::Both));
        assert_eq!(
            principal_of("kort-intervention-brief-intervention"),
            Some(Principal::NotStated)
        );
        let sip = recs.sip();
        let mut grouped: Vec<&str> =
            sip.groups().flat_map(|(_, g)| g.iter().map(|m| m.intervention().id())).collect();
        let mut flat: Vec<&str> =
            recs.iter().chain(recs.assessments()).map(|m| m.intervention().id()).collect();
        grouped.sort_unstable();
        flat.sort_unstable();
        assert_eq!(grouped, flat);
        for (principal, group) in sip.groups() {
            assert!(group.iter().all(|m| m.principal() == principal));
        }
        // The report carries the same groups.
        let report = Matcher::new(catalog()).report(&person);
        let health: Vec<&str> = report
            .sip
            .iter()
            .find(|g| g.principal == Principal::HealthCare)
            .map(|g| g.ids.iter().map(String::as_str).collect())
            .unwrap_or_default();
        let expected: Vec<&str> =
            sip.group(Principal::HealthCare).iter().map(|m| m.intervention().id()).collect();
        assert_eq!(health, expected);
    }
}
