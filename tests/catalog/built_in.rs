//! The entries of the built-in catalog: the facts of the two seed entries,
//! pairs and priorities as the fact sheet gives them, need-gated support,
//! one entry per alcohol medicine, and age groups.

use insats::{
    AgeGroup, Condition, Need, NrPriority, Population, Schedule, SessionPattern, Substance, TagSet,
    catalog,
};

use crate::util;

#[test]
fn need_gated_entries_serve_their_need() {
    // Homelessness and a need of support in one's housing are different
    // conditions (NR: "… och hemlöshet", "… behov av stöd i boendet").
    let gated = [
        ("bostad-forst", Need::Homelessness),
        ("vardkedja", Need::Homelessness),
        ("personellt-boendestod", Need::SupportInHousing),
        ("boendestod", Need::SupportInDailyLife),
        ("ips-modellen", Need::Work),
        ("arbetsforberedande-traningsmodeller", Need::Work),
        ("case-management", Need::Coordination),
    ];
    for (id, need) in gated {
        let entry = catalog().get(id).unwrap();
        let populations: Vec<Population> =
            entry.recommendations().iter().map(|r| r.population()).collect();
        assert!(populations.contains(&Population::WithNeed(need)), "{id}: {populations:?}");
        assert!(entry.needs_served().contains(need), "{id}");
    }
    let bct = catalog().by_name("BCT").unwrap();
    assert!(bct.is_add_on());
    assert_eq!(bct.recommendations()[0].population(), Population::WithCohabitingPartner);
    let com = catalog().get("contingency-management").unwrap();
    assert!(com.is_add_on() && com.best_priority().is_none());
}

#[test]
fn alcohol_medicines_are_one_entry_each() {
    let expected = [
        ("disulfiram", 1),
        ("akamprosat", 1),
        ("naltrexon", 1),
        ("nalmefen", 4),
        ("baklofen", 7),
        ("topiramat", 7),
    ];
    for (medicine, rank) in expected {
        let id = format!("lakemedelsbehandling-vid-alkoholberoende-{medicine}");
        let entry = catalog().get(&id).unwrap();
        assert_eq!(entry.best_priority(), Some(NrPriority::rank(rank).unwrap()), "{id}");
        // The physician is the Kompetenskrav, not a tag: it routes.
        assert!(entry.tags().roles().is_empty(), "{id}");
        let competence = entry.required_competence().map(|c| c.requirement());
        assert_eq!(competence, Some(insats::CompetenceRequirement::Physician), "{id}");
        assert!(entry.notes().iter().any(|n| n.contains("one entry per medicine")), "{id}");
    }
}

#[test]
fn kbt_keeps_one_priority_per_pair() {
    let kbt = catalog().by_name("kognitiv beteendeterapi").unwrap();
    type Pair = (Vec<Substance>, Population, u8, bool, Option<u16>);
    let summary: Vec<Pair> = kbt
        .recommendations()
        .iter()
        .map(|r| {
            (
                r.substances().iter().collect(),
                r.population(),
                r.priority().and_then(|p| p.rank_number()).unwrap(),
                r.is_add_on(),
                r.edition(),
            )
        })
        .collect();
    use Population::*;
    use Substance::*;
    assert_eq!(
        summary,
        [
            (vec![Alcohol], Anyone, 2, false, None),
            (vec![Cannabis], Anyone, 3, false, None),
            (vec![CentralStimulants], Anyone, 4, false, None),
            // LARO covers dependence on opioid analgesics (fact sheet 8.4).
            (vec![Opioids, OpioidAnalgesics], InMedicationAssistedTreatment, 3, false, None),
            (
                vec![Benzodiazepines],
                InSituation(insats::Situation::UsualDiscontinuationNotPossible),
                3,
                true,
                Some(2017)
            ),
        ]
    );
    assert!(!kbt.is_add_on());
    assert_eq!(kbt.best_priority(), Some(NrPriority::rank(2).unwrap()));
}

#[test]
fn seed_natverksterapi_carries_the_seed_facts() {
    let nt = catalog().get("natverksterapi").unwrap();
    util::assert_natverksterapi_facts(nt);
    // The tags read as the page's labels, in the page's order.
    assert_eq!(
        nt.tags().providers().iter().map(|p| p.label_sv()).collect::<Vec<_>>(),
        [
            "Psykiatrisk öppenvård",
            "Individ- och familjeomsorg",
            "Ungdomsmottagning",
            "Mariamottagning"
        ]
    );

    let crumb = nt.breadcrumb();
    assert_eq!(crumb.home(), Some("Missbruk och beroende"));
    assert_eq!(crumb.area(), "Missbruk och beroende");
    assert_eq!(crumb.section(), "Behandling och stöd");

    assert!(nt.is_manual_based());
    let schedule = Schedule::weekly(24, 2)
        .unwrap()
        .with_pattern(SessionPattern::AlternatingIndividualAndNetwork);
    assert_eq!(nt.schedule(), Some(&schedule));
    let phases: Vec<(u8, &str)> = nt.phases().iter().map(|p| (p.ordinal(), p.name())).collect();
    assert_eq!(phases, [(1, "Inledande fasen"), (2, "Andra fasen"), (3, "Tredje och sista fasen")]);
    assert!(nt.phases().iter().all(|p| !p.aims().is_empty()));
    assert!(!nt.is_umbrella());
}

#[test]
fn seed_psykosocial_behandling_carries_the_seed_facts() {
    let umbrella = catalog().get("psykosocial-behandling").unwrap();
    util::assert_psykosocial_behandling_facts(umbrella);
    assert_eq!(umbrella.tags().providers().len(), 18);
    assert_eq!(umbrella.tags().roles().len(), 18);
    assert!(umbrella.tags().conditions().is_empty(), "the seed has no Tillstånd line");
    assert_eq!(umbrella.conditions(), TagSet::only(Condition::SubstanceUseAndDependence));

    let [row] = umbrella.recommendations() else { panic!("{:?}", umbrella.recommendations()) };
    assert_eq!(row.substances(), TagSet::from([Substance::Alcohol, Substance::Narcotics]));
    assert_eq!(row.population(), Population::Anyone);
    assert_eq!(row.priority(), None, "an unrated row: no text states its number");
    assert_eq!(
        umbrella.assessment_areas().iter().collect::<Vec<_>>(),
        [Need::FamilySituation, Need::ExtentOfUse, Need::MentalHealth, Need::SocialSituation]
    );

    // every component is in the catalog and psychosocial: no medicine,
    // no naloxone, not the other umbrella
    assert!(umbrella.is_umbrella());
    let excluded = ["psykologisk-behandling", "naloxon-och-utbildningsinsats"];
    for id in umbrella.components() {
        let component = catalog().get(id).unwrap();
        assert!(!id.starts_with("lakemedels"), "{id}");
        assert!(!excluded.contains(&id.as_str()), "{id}");
        assert!(!component.is_umbrella(), "{id}");
    }
    for named in ["CRA", "MET", "KBT", "ÅP", "HAP", "CPU", "CRAFT", "IPS", "NT"] {
        let entry = catalog().by_name(named).unwrap();
        assert!(umbrella.components().iter().any(|c| c == entry.id()), "{named}");
    }
    let not_components = catalog().len() - umbrella.components().len();
    assert_eq!(
        not_components, 35,
        "the umbrella itself, the other one, 14 medicines (6 for alcohol dependence, naloxone, \
         LARO, LAB, two taperings, three for withdrawal and delirium tremens), 11 instruments, \
         8 tests"
    );
    for entry in catalog().iter().filter(|e| !umbrella.components().iter().any(|c| c == e.id())) {
        let kind = entry.kind().unwrap();
        let umbrella = ["psykosocial-behandling", "psykologisk-behandling"].contains(&entry.id());
        assert!(umbrella || kind != insats::Kind::Treatment, "{}", entry.id());
    }
}

#[test]
fn adults_only_and_youth_entries_state_their_age_groups() {
    // LARO is from 20 unless there are special reasons, with no floor
    // stated: not an adults-only entry (fact sheet, third edition).
    let hap = catalog().get("haschavvanjningsprogrammet-hap").unwrap();
    assert_eq!(hap.tags().age_groups(), TagSet::from([AgeGroup::Adults, AgeGroup::Older]));
    let laro = catalog().get("lakemedelsassisterad-behandling-vid-opioidberoende-laro").unwrap();
    assert!(laro.tags().age_groups().is_empty());
    assert!(laro.pairs().all(|p| p.age_scope() == insats::AgeScope::From20UnlessSpecialReasons));
    for entry in catalog() {
        let youth = entry.pairs().any(|p| p.age_scope() == insats::AgeScope::Under18);
        if youth {
            assert_eq!(
                entry.tags().age_groups(),
                TagSet::only(AgeGroup::Children),
                "{}",
                entry.id()
            );
        }
    }
}
