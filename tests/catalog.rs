//! The built-in catalog against the project's fact sheet and seeds, and
//! catalog loading and validation.

use insats::{
    AgeGroup, Catalog, Condition, Error, Intervention, Need, NrPriority, Population, Provider,
    Recommendation, RecommendationVerb, Role, Schedule, SessionPattern, Severity, Substance,
    TagSet, TreatmentType, catalog, slug,
};
use std::collections::HashMap;

mod util;

/// One row of interventions.tsv, by column name.
struct Row<'a> {
    fields: HashMap<&'a str, &'a str>,
}

impl<'a> Row<'a> {
    #[track_caller]
    fn get(&self, column: &str) -> &'a str {
        self.fields.get(column).copied().unwrap_or_else(|| panic!("no column {column}"))
    }
    fn id(&self) -> &'a str {
        self.get("id")
    }
}

fn rows() -> Vec<Row<'static>> {
    let mut lines = util::shared("domain/interventions.tsv").lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            assert_eq!(cells.len(), header.len(), "row {line:?}");
            Row { fields: header.iter().copied().zip(cells).collect() }
        })
        .collect()
}

/// Removes parenthesised asides: "centralstimulantia (kokain, amfetamin)"
/// names one substance, and "narkotika (studied: centralstimulantia)" one.
fn without_asides(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0u32;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The substances the `target` column names before its `;`.
#[track_caller]
fn row_substances(row: &Row) -> TagSet<Substance> {
    let target = without_asides(row.get("target"));
    let Some((substances, _)) = target.split_once(';') else {
        // "anhöriga (…)" names no substance; "alkohol, narkotika" no population
        return if target.contains("alkohol") || target.contains("narkotika") {
            substance_words(&target)
        } else {
            TagSet::new()
        };
    };
    substance_words(substances)
}

#[track_caller]
fn substance_words(text: &str) -> TagSet<Substance> {
    text.split(',')
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .map(|word| match word {
            "alkohol" => Substance::Alcohol,
            "narkotika" => Substance::Narcotics,
            "cannabis" => Substance::Cannabis,
            "centralstimulantia" => Substance::CentralStimulants,
            "opioider" => Substance::Opioids,
            "opioidanalgetika" => Substance::OpioidAnalgesics,
            "bensodiazepiner" => Substance::Benzodiazepines,
            other => panic!("unmapped substance word {other:?}"),
        })
        .collect()
}

/// The population the `target` column names after its `;`.
#[track_caller]
fn row_population(row: &Row) -> Population {
    let target = without_asides(row.get("target"));
    let words = target.split_once(';').map_or(target.as_str(), |(_, p)| p).trim().to_owned();
    match words.as_str() {
        _ if words.starts_with("anhöriga") => Population::Relatives,
        "ej åldersspecificerat" | "alla åldrar" => Population::Anyone,
        _ if target.split_once(';').is_none() => Population::Anyone,
        _ if words.starts_with("ungdomar") => Population::Youth,
        _ if words.starts_with("vuxna") => Population::Adults,
        "personer i LARO" => Population::InMedicationAssistedTreatment,
        "person med sammanboende partner" => Population::WithCohabitingPartner,
        "hemlöshet" | "behov av stöd i boendet" => Population::WithNeed(Need::Housing),
        "svag arbetsmarknadsanknytning" => Population::WithNeed(Need::Work),
        "samsjuklighet" => Population::WithNeed(Need::MentalHealth),
        "behov av samordning" => Population::WithNeed(Need::Coordination),
        other => panic!("unmapped population {other:?} in row {}", row.id()),
    }
}

/// The catalog entry of a row: the entry named as the row names it where
/// the row is a distinct intervention on a shared page (the alcohol
/// medicines, the youth forms), else the entry of the row's page.
#[track_caller]
fn entry_of<'c>(row: &Row) -> &'c Intervention {
    let built_in = catalog();
    built_in
        .get(&slug(row.get("name_sv")))
        .or_else(|| built_in.get(row.get("sv_slug")))
        .unwrap_or_else(|| panic!("row {} has no entry", row.id()))
}

#[test]
fn built_in_catalog_loads_without_error() {
    let fresh = Catalog::load_built_in().unwrap();
    assert_eq!(&fresh, catalog());
    assert_eq!(catalog().len(), 40);
    assert_eq!(catalog().version(), concat!("2026-11-23+insats-", env!("CARGO_PKG_VERSION")));
}

/// The row's wording, `bör` or `kan`, if it has one.
fn row_verb(row: &Row) -> Option<RecommendationVerb> {
    match row.get("rec_verb_sv") {
        "bör" => Some(RecommendationVerb::Should),
        "kan" => Some(RecommendationVerb::May),
        _ => None,
    }
}

#[test]
fn every_row_with_a_priority_is_in_the_catalog_with_that_priority() {
    let mut checked = 0;
    for row in rows().iter().filter(|r| !r.get("nr_priority").is_empty()) {
        let entry = entry_of(row);
        let priority: NrPriority = row.get("nr_priority").parse().unwrap();
        let substances = row_substances(row);
        let population = row_population(row);
        let matching: Vec<&Recommendation> = entry
            .recommendations()
            .iter()
            .filter(|r| r.substances() == substances && r.population() == population)
            .collect();
        assert_eq!(matching.len(), 1, "row {} in {}: {matching:?}", row.id(), entry.id());
        let rec = matching[0];
        assert_eq!(rec.priority(), priority, "row {}", row.id());
        assert_eq!(rec.is_add_on(), row.get("complement_only") == "yes", "row {}", row.id());
        assert_eq!(rec.verb(), row_verb(row), "row {}", row.id());
        let edition = row.get("nr_version").get(..4).and_then(|y| y.parse::<u16>().ok());
        assert_eq!(rec.edition(), edition, "row {}", row.id());
        assert_eq!(rec.source(), Some(row.get("source_url")), "row {}", row.id());
        checked += 1;
    }
    assert_eq!(checked, 38, "the fact sheet has 38 rows with a priority");
}

#[test]
fn no_recommendation_without_a_row_that_states_it() {
    let rows = rows();
    let mut stated = 0;
    for entry in catalog() {
        for rec in entry.recommendations() {
            let sourced = rows.iter().any(|row| {
                !row.get("nr_priority").is_empty()
                    && std::ptr::eq(entry_of(row), entry)
                    && row_substances(row) == rec.substances()
                    && row_population(row) == rec.population()
            });
            assert!(sourced, "{} has an unsourced pair {rec:?}", entry.id());
            stated += 1;
        }
    }
    assert_eq!(stated, 38);
}

#[test]
fn rows_without_a_priority_get_none() {
    let rows = rows();
    let blank: Vec<&Row> = rows.iter().filter(|r| r.get("nr_priority").is_empty()).collect();
    assert_eq!(blank.len(), 15);
    for row in blank {
        let entry = entry_of(row);
        assert_eq!(entry.best_priority(), None, "row {} ({})", row.id(), entry.id());
        assert!(entry.recommendations().is_empty(), "row {}", row.id());
        let target = entry.target();
        assert_eq!(target.population(), row_population(row), "row {}", row.id());
        assert_eq!(target.verb(), row_verb(row), "row {}", row.id());
        for substance in row_substances(row).iter() {
            assert!(target.applies_to_substance(substance), "row {}: {substance:?}", row.id());
        }
        let complement = row.get("complement_only") == "yes";
        assert_eq!(entry.is_add_on(), complement, "row {}", row.id());
    }
}

#[test]
fn every_page_of_the_fact_sheet_has_an_entry_with_its_source() {
    for row in rows() {
        let entry = entry_of(&row);
        let sources: Vec<&str> = entry
            .source()
            .into_iter()
            .chain(entry.recommendations().iter().filter_map(|r| r.source()))
            .collect();
        let named = sources.contains(&row.get("source_url"))
            || entry.notes().iter().any(|n| n.contains(row.get("source_url")));
        assert!(named, "row {}: source not kept in {}", row.id(), entry.id());
    }
}

#[test]
fn youth_rows_link_to_their_adult_forms_and_back() {
    let rows = rows();
    for row in rows.iter().filter(|r| !r.get("youth_version_of").is_empty()) {
        let youth = entry_of(row);
        let adult_row = rows.iter().find(|r| r.id() == row.get("youth_version_of")).unwrap();
        let adult = entry_of(adult_row);
        assert_eq!(youth.adult_version(), Some(adult.id()), "row {}", row.id());
        assert_eq!(youth.tags().age_groups(), TagSet::only(AgeGroup::Children));
        let back = catalog().get(adult.youth_version().unwrap()).unwrap();
        assert_eq!(back.adult_version(), Some(adult.id()));
    }
    let pairs = [
        (
            "community-reinforcement-approach-cra",
            "adolescent-community-reinforcement-approach-eller-assertive-continuing-care",
        ),
        (
            "motivationshojande-behandling-met",
            "kort-intervention-eller-motivationshojande-behandling",
        ),
        ("haschavvanjningsprogrammet-hap", "cannabisprogram-for-ungdomar-cpu"),
    ];
    for (adult, youth) in pairs {
        assert_eq!(catalog().get(adult).unwrap().youth_version(), Some(youth));
    }
}

#[test]
fn need_gated_entries_serve_their_need() {
    let gated = [
        ("bostad-forst", Need::Housing),
        ("vardkedja", Need::Housing),
        ("personellt-boendestod", Need::Housing),
        ("ips-modellen", Need::Work),
        ("arbetsforberedande-traningsmodeller", Need::Work),
        ("case-management", Need::Coordination),
    ];
    for (id, need) in gated {
        let entry = catalog().get(id).unwrap();
        assert_eq!(entry.target().population(), Population::WithNeed(need), "{id}");
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
        assert_eq!(entry.tags().roles(), TagSet::only(Role::Physician), "{id}");
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
                r.priority().rank_number().unwrap(),
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
            (vec![Opioids], InMedicationAssistedTreatment, 3, false, None),
            (vec![Benzodiazepines], Anyone, 3, true, Some(2017)),
        ]
    );
    assert!(!kbt.is_add_on());
    assert_eq!(kbt.best_priority(), Some(NrPriority::rank(2).unwrap()));
}

#[test]
fn seed_natverksterapi_carries_the_seed_facts() {
    let nt = catalog().get("natverksterapi").unwrap();
    assert_eq!(nt.name(), "Nätverksterapi");
    let tags = nt.tags();
    assert_eq!(
        tags.providers().iter().map(|p| p.label_sv()).collect::<Vec<_>>(),
        [
            "Psykiatrisk öppenvård",
            "Individ- och familjeomsorg",
            "Ungdomsmottagning",
            "Mariamottagning"
        ]
    );
    assert_eq!(
        tags.roles().iter().map(|r| r.label_sv()).collect::<Vec<_>>(),
        [
            "Psykolog",
            "Sjuksköterska",
            "Undersköterska | Behandlingsassistent | Skötare",
            "Fysioterapeut",
            "Arbetsterapeut",
            "Kurator",
            "Psykoterapeut",
            "Socialsekreterare | Biståndshandläggare"
        ]
    );
    assert_eq!(tags.treatment_types(), TagSet::only(TreatmentType::Psychosocial));
    assert_eq!(tags.age_groups(), TagSet::<AgeGroup>::all());
    assert_eq!(tags.severities(), TagSet::<Severity>::all());
    assert_eq!(tags.conditions(), TagSet::only(Condition::SubstanceUseAndDependence));

    let crumb = nt.breadcrumb();
    assert_eq!(crumb.home(), Some("Missbruk och beroende"));
    assert_eq!(crumb.area(), "Missbruk och beroende");
    assert_eq!(crumb.section(), "Behandling och stöd");

    let both = TagSet::from([Substance::Alcohol, Substance::Narcotics]);
    assert_eq!(nt.target().substances(), both);
    assert_eq!(nt.target().population(), Population::Anyone);
    let [rec] = nt.recommendations() else { panic!("{:?}", nt.recommendations()) };
    assert_eq!(rec.substances(), both);
    assert_eq!(rec.population(), Population::Anyone);
    assert_eq!(rec.priority(), NrPriority::rank(4).unwrap());
    assert!(rec.is_add_on());
    assert_eq!(rec.verb(), Some(RecommendationVerb::May));

    assert!(nt.is_add_on());
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
    let tags = umbrella.tags();
    assert_eq!(tags.providers(), TagSet::<Provider>::all());
    assert_eq!(tags.roles(), TagSet::<Role>::all());
    assert_eq!(tags.providers().len(), 18);
    assert_eq!(tags.roles().len(), 18);
    assert_eq!(tags.treatment_types(), TagSet::only(TreatmentType::Psychosocial));
    assert_eq!(tags.age_groups().len(), 3);
    assert_eq!(tags.severities().len(), 3);
    assert!(tags.conditions().is_empty(), "the seed has no Tillstånd line");
    assert_eq!(umbrella.conditions(), TagSet::only(Condition::SubstanceUseAndDependence));

    assert_eq!(
        umbrella.target().substances(),
        TagSet::from([Substance::Alcohol, Substance::Narcotics])
    );
    assert_eq!(umbrella.target().population(), Population::Anyone);
    assert!(umbrella.recommendations().is_empty());
    assert_eq!(umbrella.best_priority(), None);
    assert_eq!(
        umbrella.assessment_areas().iter().collect::<Vec<_>>(),
        [Need::FamilySituation, Need::ExtentOfUse, Need::MentalHealth, Need::SocialSituation]
    );
    assert_eq!(umbrella.youth_versions_named(), ["CRA", "MET"]);
    assert!(!umbrella.is_add_on());

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
        not_components, 11,
        "the umbrella itself, the other one, 6 medicines, naloxone, LARO, LAB"
    );
}

#[test]
fn adults_only_and_youth_entries_state_their_age_groups() {
    for id in [
        "haschavvanjningsprogrammet-hap",
        "lakemedelsassisterad-behandling-vid-opioidberoende-laro",
    ] {
        let entry = catalog().get(id).unwrap();
        assert_eq!(
            entry.tags().age_groups(),
            TagSet::from([AgeGroup::Adults, AgeGroup::Older]),
            "{id}"
        );
    }
    for entry in catalog() {
        let youth = entry.target().population() == Population::Youth;
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

#[test]
fn every_entry_has_a_source_and_own_words() {
    for entry in catalog() {
        assert!(entry.source().is_some_and(|s| !s.is_empty()), "{}", entry.id());
        assert!(!entry.target_group().is_empty(), "{}", entry.id());
        assert!(!entry.knowledge().is_empty(), "{}", entry.id());
    }
    // the seed texts are summarised, not copied
    for id in ["natverksterapi", "psykosocial-behandling"] {
        let seed = util::seed(&format!("{id}.txt"));
        let entry = catalog().get(id).unwrap();
        let phases = entry.phases().iter().map(|p| p.aims());
        for text in entry.sections().texts().into_iter().chain(entry.lede()).chain(phases) {
            for sentence in text.split(['.', ',']).map(str::trim).filter(|s| s.len() > 30) {
                assert!(!seed.contains(sentence), "{id} copies the seed: {sentence:?}");
            }
        }
    }
}

#[test]
fn json_round_trip_equals_the_built_in_catalog() {
    let json = catalog().to_json().unwrap();
    let back = Catalog::from_json(&json).unwrap();
    assert_eq!(&back, catalog());
    assert_eq!(back.to_json().unwrap(), json);
    let order: Vec<&str> = back.iter().map(Intervention::id).collect();
    let original: Vec<&str> = catalog().iter().map(Intervention::id).collect();
    assert_eq!(order, original);
}

fn catalog_json(entries: &str) -> String {
    format!(r#"{{"schema": 1, "version": "test", "entries": [{entries}]}}"#)
}

#[track_caller]
fn assert_catalog_error(result: Result<Catalog, Error>, entry_name: &str, problem_part: &str) {
    match result {
        Err(Error::Catalog { entry, problem }) => {
            assert_eq!(entry, entry_name, "{problem}");
            assert!(problem.contains(problem_part), "{problem:?} lacks {problem_part:?}");
        }
        other => panic!("expected a catalog error, got {other:?}"),
    }
}

#[test]
fn a_rank_of_11_names_the_entry() {
    let json = catalog_json(
        r#"{"id": "x", "name": "X", "recommendations": [{"substances": ["alcohol"], "population": "anyone", "priority": 11}]}"#,
    );
    assert_catalog_error(Catalog::from_json(&json), "x", r#"NR priority "11" is not on the scale"#);
}

#[test]
fn an_unknown_label_names_the_entry() {
    let json = catalog_json(r#"{"id": "x", "name": "X", "tags": {"providers": ["hjartkirurgi"]}}"#);
    assert_catalog_error(Catalog::from_json(&json), "x", "hjartkirurgi");
    let json = catalog_json(
        r#"{"id": "y", "name": "Y", "target": {"population": {"with-need": "pengar"}}}"#,
    );
    assert_catalog_error(Catalog::from_json(&json), "y", "pengar");
}

#[test]
fn an_entry_without_an_id_is_named_by_position() {
    let json = catalog_json(r#"{"id": "a", "name": "A"}, {"name": "B"}"#);
    assert_catalog_error(Catalog::from_json(&json), "#1", "missing field `id`");
}

#[test]
fn a_duplicate_id_names_the_entry() {
    let json = catalog_json(r#"{"id": "a", "name": "A"}, {"id": "a", "name": "Ä"}"#);
    assert_catalog_error(Catalog::from_json(&json), "a", "duplicate id (entries #0 and #1)");
}

#[test]
fn a_dangling_link_names_the_entry() {
    let json = catalog_json(r#"{"id": "cra", "name": "CRA", "youth_version": "a-cra"}"#);
    assert_catalog_error(
        Catalog::from_json(&json),
        "cra",
        r#"youth version "a-cra" is not in the catalog"#,
    );
    let json = catalog_json(r#"{"id": "u", "name": "U", "components": ["gone"]}"#);
    assert_catalog_error(
        Catalog::from_json(&json),
        "u",
        r#"component "gone" is not in the catalog"#,
    );
}

#[test]
fn links_must_be_consistent() {
    let json = catalog_json(r#"{"id": "u", "name": "U", "components": ["u"]}"#);
    assert_catalog_error(Catalog::from_json(&json), "u", "is the entry itself");
    let json = catalog_json(
        r#"{"id": "cra", "name": "CRA", "youth_version": "a-cra"}, {"id": "a-cra", "name": "A-CRA"}"#,
    );
    assert_catalog_error(
        Catalog::from_json(&json),
        "cra",
        "does not name \"cra\" as its adult version",
    );
    let json = catalog_json(
        r#"{"id": "u", "name": "U", "components": ["a", "a"]}, {"id": "a", "name": "A"}"#,
    );
    assert_catalog_error(Catalog::from_json(&json), "u", "listed twice");
    let json = catalog_json(
        r#"{"id": "u", "name": "U", "add_on": true, "components": ["a"]}, {"id": "a", "name": "A"}"#,
    );
    assert_catalog_error(Catalog::from_json(&json), "u", "umbrella");
}

#[test]
fn schema_and_syntax_errors_are_typed() {
    let json = r#"{"schema": 2, "version": "t", "entries": []}"#;
    assert_catalog_error(Catalog::from_json(json), "(catalog)", "schema 2 is not supported");
    assert!(matches!(Catalog::from_json("{"), Err(Error::Json(_))));
    assert!(matches!(
        Catalog::from_json(r#"{"schema": 1, "version": "t", "entries": [], "extra": 1}"#),
        Err(Error::Json(_))
    ));
}

#[test]
fn merge_puts_own_entries_over_the_built_in_ones() {
    let own_met = Intervention::builder("Motivationshöjande behandling")
        .id("motivationshojande-behandling-met")
        .abbreviation("MET")
        .build()
        .unwrap();
    let own = Catalog::new("own", vec![own_met]).unwrap();
    // the built-in MET links its youth version; dropping the link is fine,
    // the youth entries still name MET as their adult form
    let merged = catalog().merge(&own).unwrap();
    assert_eq!(merged.len(), catalog().len());
    assert_eq!(merged.get("motivationshojande-behandling-met").unwrap().best_priority(), None);
    assert_eq!(
        merged.iter().position(|e| e.id() == "motivationshojande-behandling-met"),
        catalog().iter().position(|e| e.id() == "motivationshojande-behandling-met")
    );

    let breaking = Intervention::builder("Kort intervention eller motivationshöjande behandling")
        .build()
        .unwrap();
    let own = Catalog::new("own", vec![breaking]).unwrap();
    assert_catalog_error(
        catalog().merge(&own),
        "motivationshojande-behandling-met",
        "does not name",
    );
}

#[test]
fn by_name_finds_names_and_abbreviations_ignoring_case() {
    let built_in = catalog();
    assert_eq!(built_in.by_name("cra").unwrap().id(), "community-reinforcement-approach-cra");
    assert_eq!(built_in.by_name("MET").unwrap().id(), "motivationshojande-behandling-met");
    assert_eq!(built_in.by_name("NÄTVERKSTERAPI").unwrap().id(), "natverksterapi");
    assert_eq!(built_in.by_name("åp").unwrap().id(), "aterfallsprevention");
    assert!(built_in.by_name("Hjärtkirurgi").is_none());
}

#[test]
fn catalog_is_sync_and_built_once() {
    fn assert_sync<T: Sync + Send>() {}
    assert_sync::<Catalog>();
    // Threads released together race to the first use; all must see the
    // same instance.
    let start = std::sync::Arc::new(std::sync::Barrier::new(8));
    let threads: Vec<_> = (0..8)
        .map(|_| {
            let start = std::sync::Arc::clone(&start);
            std::thread::spawn(move || {
                start.wait();
                catalog() as *const Catalog as usize
            })
        })
        .collect();
    let seen: Vec<usize> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    let here = catalog() as *const Catalog as usize;
    assert!(seen.iter().all(|&p| p == here), "{seen:?} vs {here}");
}
