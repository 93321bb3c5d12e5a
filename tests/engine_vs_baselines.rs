//! The indexed matcher returns what the benches' baselines return (the
//! same entries, priorities, add-on split and conditional matches with what
//! they require, in the same order), for random profiles on random
//! synthetic catalogs and on the built-in one. The baselines state the
//! rules again without the engine's helpers or index (see
//! `benches/common/baselines.rs`), so this checks the rules, the index and
//! the engine's compact records at once.

#[path = "../benches/common/mod.rs"]
mod common;
mod util;

use common::baselines::{ScanResult, StringProfile, StringScan, TypedScan, population_id};
use insats::{Matcher, NrPriority, Profile, Recommendations};
use proptest::prelude::*;

type Row<'a> = (&'a str, Option<NrPriority>, bool, Option<String>);

fn engine_rows<'a>(recs: &'a Recommendations<'_>) -> (Vec<Row<'a>>, usize, Vec<Row<'a>>) {
    let row = |m: &insats::Match<'a>| {
        (m.intervention().id(), m.priority(), m.is_add_on(), m.requires().map(population_id))
    };
    (
        recs.iter().map(row).collect(),
        recs.primary().len(),
        recs.conditional().iter().map(row).collect(),
    )
}

fn scan_rows<'a>(found: &'a ScanResult<'_>) -> (Vec<Row<'a>>, usize, Vec<Row<'a>>) {
    let row =
        |m: &'a common::baselines::Found<'_>| (m.id, m.priority, m.add_on, m.requires.clone());
    (
        found.matches.iter().map(row).collect(),
        found.primary_len,
        found.conditional.iter().map(row).collect(),
    )
}

#[track_caller]
fn assert_all_agree(catalog: &insats::Catalog, profiles: &[Profile]) {
    let matcher = Matcher::new(catalog);
    let typed = TypedScan::new(catalog);
    let strings = StringScan::new(catalog);
    let mut reused = Recommendations::new();
    for profile in profiles {
        let recs = matcher.recommend(profile);
        let engine = engine_rows(&recs);
        let b = typed.recommend(profile);
        assert_eq!(engine, scan_rows(&b), "engine vs typed scan, {profile:?}");
        let a = strings.recommend(&StringProfile::new(profile));
        assert_eq!(engine, scan_rows(&a), "engine vs string scan, {profile:?}");
        // Into a buffer that holds the previous profile's result: checked
        // against the baseline too, so a leftover would show.
        matcher.recommend_into(profile, &mut reused);
        assert_eq!(engine_rows(&reused), scan_rows(&a), "recommend_into, {profile:?}");
    }
}

proptest! {
    #![proptest_config(util::proptest_config(64))]

    #[test]
    fn engine_equals_baselines_on_synthetic_catalogs(
        size in 1usize..700,
        catalog_seed in any::<u64>(),
        profile_seed in any::<u64>(),
    ) {
        let catalog = common::synthetic_catalog(size, catalog_seed);
        assert_all_agree(&catalog, &common::profiles(24, profile_seed));
    }

    #[test]
    fn engine_equals_baselines_on_the_built_in_catalog(profile_seed in any::<u64>()) {
        assert_all_agree(insats::catalog(), &common::profiles(32, profile_seed));
    }
}

#[test]
fn synthetic_catalogs_are_deterministic_and_realistic() {
    let a = common::synthetic_catalog(2_000, 7);
    assert_eq!(a, common::synthetic_catalog(2_000, 7));
    assert_ne!(a, common::synthetic_catalog(2_000, 8));
    let with_youth = a.iter().filter(|e| e.youth_version().is_some()).count();
    assert!((20..120).contains(&with_youth), "{with_youth} youth links");
    // A detailed profile gets a few percent of the catalog, a sparse one
    // (few fields stated) much more.
    let matcher = Matcher::new(&a);
    let counts: Vec<usize> =
        common::profiles(200, 1).iter().map(|p| matcher.recommend(p).len()).collect();
    let mean = counts.iter().sum::<usize>() / counts.len();
    assert!((2..400).contains(&mean), "mean {mean} matches of 2000");
    assert!(counts.iter().any(|&c| c < 10) && counts.iter().any(|&c| c > 500), "{counts:?}");
}

#[test]
fn the_typical_profile_matches_on_the_built_in_catalog() {
    let recs = Matcher::new(insats::catalog()).recommend(&common::typical_profile());
    assert!(recs.primary().len() >= 3, "{recs:?}");
}
