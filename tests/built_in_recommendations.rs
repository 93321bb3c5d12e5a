//! What the built-in catalog recommends in the situations the guidelines
//! set apart: a teenager who drinks, alcohol withdrawal, relatives and
//! partners, long-term benzodiazepine use, and pairs whose sources
//! disagree.

use insats::{
    Match, Matcher, NrPriority, Population, Profile, Recommendations, Substance, Withdrawal,
    catalog,
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
        assert_eq!(pair.population(), Population::Youth, "{}", m.intervention().id());
    }
    let first = recs.primary().first().expect("a primary match");
    let pair = first.recommendation().expect("the first match is rated");
    assert_eq!(pair.population(), Population::Youth, "{}", first.intervention().id());
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
    let profile =
        Profile::builder().age(40).substance(Substance::Alcohol).relative(true).build().unwrap();
    let recs = recommend(&profile);
    let offered = ids(recs.iter());
    for id in FOR_RELATIVES {
        assert!(offered.contains(&id), "{id} not recommended to a relative: {offered:?}");
    }
}

#[test]
fn long_term_benzodiazepine_use_gets_tapering_at_rank_2() {
    let profile = Profile::builder()
        .age(50)
        .substance(Substance::Benzodiazepines)
        .relative(false)
        .build()
        .unwrap();
    let recs = recommend(&profile);
    let tapering = find(recs.primary(), "nedtrappning-vid-langvarigt-bruk-av-bensodiazepiner")
        .expect("tapering recommended");
    assert_eq!(tapering.priority(), Some(NrPriority::rank(2).unwrap()));
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
    let (own, other, source) =
        dispute_of("kognitiv-beteendeterapi", Substance::Benzodiazepines, Population::Anyone);
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
