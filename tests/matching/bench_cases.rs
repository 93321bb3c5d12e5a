//! The engine and both baselines agree on every case the matching bench
//! times (issue 24): the typical profile and the README's sample case on
//! the built-in catalog, the bench's 10 000 profiles, and the typical
//! profile on the synthetic catalogs of 1 000 and 100 000 entries (the
//! bench checks its 1 000 000 before timing it); every list, row by row,
//! in order. The strings baseline's plain explain agrees with the
//! engine's on the sample case.

use crate::oracle as common;

use common::baselines::{StringProfile, StringScan, TypedScan, disagreement};
use insats::{Catalog, Matcher, Profile};

/// The bench's seed and number of profiles (benches/matching.rs).
const SEED: u64 = 0x1a5a75;
const PROFILES: usize = 10_000;

#[track_caller]
fn assert_agree(catalog: &Catalog, profiles: &[Profile]) {
    let matcher = Matcher::new(catalog);
    let (typed, strings) = (TypedScan::new(catalog), StringScan::new(catalog));
    for profile in profiles {
        let recs = matcher.recommend(profile);
        let by_strings = strings.recommend(&StringProfile::new(profile));
        if let Some(diff) = disagreement(&recs, &by_strings) {
            panic!("the strings baseline disagrees, {profile:?}:{diff}");
        }
        if let Some(diff) = disagreement(&recs, &typed.recommend(profile)) {
            panic!("the typed scan disagrees, {profile:?}:{diff}");
        }
    }
}

#[test]
fn the_built_in_cases_agree() {
    let mut profiles = common::profiles(PROFILES, SEED);
    profiles.push(common::typical_profile());
    profiles.push(common::sample_profile());
    assert_agree(insats::catalog(), &profiles);
}

#[test]
fn the_synthetic_cases_agree() {
    for size in [1_000, 100_000] {
        assert_agree(&common::synthetic_catalog(size, SEED), &[common::typical_profile()]);
    }
}

#[test]
fn the_plain_explain_agrees_on_the_sample_case() {
    let catalog = insats::catalog();
    let profile = common::sample_profile();
    let decisions = Matcher::new(catalog).explain(&profile);
    let strings = StringScan::new(catalog);
    let plain = strings.explain(&StringProfile::new(&profile));
    assert_eq!(decisions.len(), plain.len());
    for (d, p) in decisions.iter().zip(&plain) {
        // A priority is the match's when the entry is listed.
        let listed = d.is_included() || d.is_conditional();
        let engine = (d.intervention().id(), d.is_included(), d.is_conditional());
        assert_eq!(engine, (p.id, p.included, p.conditional), "{p:?}");
        assert_eq!(d.priority().filter(|_| listed), p.priority.filter(|_| listed), "{p:?}");
    }
}
