//! Catalogs: the built-in one loads, one entry per data file; catalogs
//! load from JSON and from pages, loading validates with errors that name
//! the entry, merging, and lookup by name.

use insats::{Catalog, Error, Intervention, catalog};

use crate::util;
use crate::util::rank;

/// The built-in catalog loads, with one entry per data file, each with its
/// file's name as its id: the files are listed here from the folder, not
/// from the crate's own list, so a file left out of that list shows.
#[test]
fn built_in_catalog_loads_one_entry_per_data_file() {
    let loaded = Catalog::load_built_in().unwrap();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/catalog/data/entries");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|x| x == "json"))
        .map(|path| path.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let mut ids: Vec<&str> = loaded.iter().map(Intervention::id).collect();
    ids.sort_unstable();
    assert_eq!(ids, files);
    assert_eq!(files.len(), 68);
    assert_eq!(loaded.version(), concat!("2026-11-23+insats-", env!("CARGO_PKG_VERSION")));
    // The umbrella entry first, as the guide lists it.
    assert_eq!(catalog().iter().next().map(Intervention::id), Some("psykosocial-behandling"));
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

/// A catalog from the fixture pages: entries in page order, found by
/// name, through JSON and back; the same page twice is a duplicate id.
#[test]
fn catalog_from_the_fixture_pages() {
    let (nt, pb, cra) = (
        util::fixtures::NATVERKSTERAPI,
        util::fixtures::PSYKOSOCIAL_BEHANDLING,
        util::fixtures::CRA,
    );
    let catalog = Catalog::from_pages([nt, pb, cra]).unwrap();
    assert_eq!(catalog.len(), 3);
    let ids: Vec<&str> = catalog.iter().map(|e| e.id()).collect();
    assert_eq!(
        ids,
        ["natverksterapi", "psykosocial-behandling", "community-reinforcement-approach-cra"]
    );
    assert_eq!(catalog.version(), "pages");
    assert_eq!(catalog.by_name("nätverksterapi").map(|e| e.best_priority()), Some(Some(rank(4))));
    assert_eq!(catalog.by_name("CRA").map(|e| e.best_priority()), Some(Some(rank(2))));
    assert_eq!(catalog.get("psykosocial-behandling").map(|e| e.best_priority()), Some(None));
    let json = catalog.to_json().unwrap();
    assert_eq!(Catalog::from_json(&json).unwrap(), catalog);
    assert!(matches!(
        Catalog::from_pages([nt, nt]).map_err(insats::Error::into_kind),
        Err(insats::ErrorKind::Catalog { .. })
    ));
    match Catalog::from_pages([nt, "not a page"]).map_err(insats::Error::into_kind) {
        Err(insats::ErrorKind::InPage { index: 1, title: Some(title), error })
            if title == "not a page" =>
        {
            assert!(matches!(error.kind(), insats::ErrorKind::Page { line: 2, .. }), "{error}");
        }
        other => panic!("expected the second page's error, got {other:?}"),
    }
}

fn catalog_json(entries: &str) -> String {
    format!(r#"{{"schema": 1, "version": "test", "entries": [{entries}]}}"#)
}

#[track_caller]
fn assert_catalog_error(result: Result<Catalog, Error>, entry_name: &str, problem_part: &str) {
    match result.map_err(insats::Error::into_kind) {
        Err(insats::ErrorKind::Catalog { entry, problem }) => {
            assert_eq!(entry, entry_name, "{problem}");
            let problem = problem.describe(insats::Language::English);
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
    assert_catalog_error(Catalog::from_json(&json), "#1", r#"field "id" is missing"#);
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
    assert!(matches!(
        Catalog::from_json("{").map_err(insats::Error::into_kind),
        Err(insats::ErrorKind::Json(_))
    ));
    assert_catalog_error(
        Catalog::from_json(r#"{"schema": 1, "version": "t", "entries": [], "extra": 1}"#),
        "(catalog)",
        r#"field "extra" is not a field of the schema"#,
    );
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

/// Threads released together race to the catalog's first use: each gets
/// the whole catalog (68 entries, Nätverksterapi at its number) and can
/// match with it. That `&'static Catalog` is `Sync` is checked at compile
/// time.
#[test]
fn threads_racing_to_the_first_use_each_get_the_whole_catalog() {
    fn shared<T: Sync + ?Sized>(_: &T) {}
    shared(catalog());
    let start = std::sync::Arc::new(std::sync::Barrier::new(8));
    let threads: Vec<_> = (0..8)
        .map(|_| {
            let start = std::sync::Arc::clone(&start);
            std::thread::spawn(move || {
                start.wait();
                let built_in = catalog();
                let nt = built_in.get("natverksterapi").and_then(Intervention::best_priority);
                (built_in.len(), nt)
            })
        })
        .collect();
    for thread in threads {
        assert_eq!(thread.join().unwrap(), (68, Some(rank(4))));
    }
}

/// The conformance tests: they read the seeds (see `util::sources`).
mod conformance {
    use super::*;

    #[test]
    #[cfg_attr(not(insats_sources), ignore = "conformance: needs ../shared or $INSATS_SOURCES")]
    fn catalog_from_both_seeds() {
        let sources = util::sources();
        let catalog = Catalog::from_pages([
            sources.seed("natverksterapi.txt"),
            sources.seed("psykosocial-behandling.txt"),
        ])
        .unwrap();
        assert_eq!(catalog.len(), 2);
        let ids: Vec<&str> = catalog.iter().map(|e| e.id()).collect();
        assert_eq!(ids, ["natverksterapi", "psykosocial-behandling"]);
        assert_eq!(
            catalog.by_name("nätverksterapi").map(|e| e.best_priority()),
            Some(Some(rank(4)))
        );
        let json = catalog.to_json().unwrap();
        assert_eq!(Catalog::from_json(&json).unwrap(), catalog);
        // The same page twice is a duplicate id.
        assert!(matches!(
            Catalog::from_pages([
                sources.seed("natverksterapi.txt"),
                sources.seed("natverksterapi.txt")
            ])
            .map_err(insats::Error::into_kind),
            Err(insats::ErrorKind::Catalog { .. })
        ));
    }
}
