//! Matching throughput: the engine beside its baselines, in the same
//! criterion group, so that each ratio comes from one run.
//!
//! - `engine`: `Matcher::recommend` as users call it (the result built and
//!   returned, then dropped); `engine_into` reuses the result;
//! - `typed_scan` (baseline B): the typed model scanned entry by entry with
//!   `TagSet::contains`, no index;
//! - `strings` (baseline A): the catalog held as the guide's label strings,
//!   scanned with string comparisons, written as a competent developer
//!   would (what depends only on the catalog worked out once);
//! - `report`: `Matcher::report_in` in Swedish, serialized to JSON, beside
//!   `strings_report`, the strings baseline's result serialized to JSON;
//! - `explain`: `Matcher::explain` (reasons built when asked), and
//!   `explain_report`, `Matcher::explain_report_in` in Swedish as JSON,
//!   beside `strings_explain`, the strings baseline's plain decisions as
//!   JSON.
//!
//! Before a case is timed, the engine's result is checked against both
//! baselines, list by list and row by row (`baselines::disagreement`), and
//! its explain against the strings baseline's; tests/matching/bench_cases.rs checks
//! the same cases. Run: `cargo bench --bench matching -- --quick`.

// The synthetic catalogs and the baselines are the tests' (tests/oracle/).
#[path = "../tests/oracle/mod.rs"]
mod common;

use common::baselines::{StringProfile, StringScan, TypedScan, disagreement};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use insats::{Catalog, Language, Matcher, Profile};
use once_cell::sync::Lazy;
use std::hint::black_box;
use std::time::Duration;

/// The synthetic catalogs' sizes; the largest is built once per run, when
/// its group first asks for it.
const SIZES: [usize; 3] = [1_000, 100_000, 1_000_000];
const SEED: u64 = 0x1a5a75;
const PROFILES: usize = 10_000;

/// A catalog with the engine and both baselines built over it.
struct Setup<'c> {
    matcher: Matcher<'c>,
    typed: TypedScan<'c>,
    strings: StringScan,
}

/// Panics unless the engine and both baselines give the same lists for
/// `profile`; the number of matches, recommended and conditional.
fn check(setup: &Setup<'_>, profile: &Profile) -> (usize, usize) {
    let recs = setup.matcher.recommend(profile);
    let strings = setup.strings.recommend(&StringProfile::new(profile));
    if let Some(diff) = disagreement(&recs, &strings) {
        panic!("the strings baseline disagrees, {profile:?}:{diff}");
    }
    if let Some(diff) = disagreement(&recs, &setup.typed.recommend(profile)) {
        panic!("the typed scan disagrees, {profile:?}:{diff}");
    }
    (recs.len(), recs.conditional().len())
}

impl<'c> Setup<'c> {
    fn new(catalog: &'c Catalog) -> Setup<'c> {
        Setup {
            matcher: Matcher::new(catalog),
            typed: TypedScan::new(catalog),
            strings: StringScan::new(catalog),
        }
    }

    /// Runs the engine and the baselines over `profile` in `group`, after
    /// checking they agree.
    fn bench_one(
        &self,
        group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
        parameter: impl std::fmt::Display + Copy,
        profile: &Profile,
    ) {
        let strings_profile = StringProfile::new(profile);
        let (matches, conditional) = check(self, profile);
        eprintln!(
            "{parameter}: {matches} + {conditional} matches, in the engine and both baselines"
        );
        group.bench_function(BenchmarkId::new("engine", parameter), |b| {
            b.iter(|| self.matcher.recommend(black_box(profile)))
        });
        // The same with the result's buffers reused, as bulk runs do: the
        // difference is the cost of allocating (and freeing) the result.
        let mut reused = insats::Recommendations::new();
        group.bench_function(BenchmarkId::new("engine_into", parameter), |b| {
            b.iter(|| {
                self.matcher.recommend_into(black_box(profile), &mut reused);
                reused.len()
            })
        });
        group.bench_function(BenchmarkId::new("typed_scan", parameter), |b| {
            b.iter(|| self.typed.recommend(black_box(profile)))
        });
        group.bench_function(BenchmarkId::new("strings", parameter), |b| {
            b.iter(|| self.strings.recommend(black_box(&strings_profile)))
        });
    }
}

static BUILT_IN: Lazy<Setup<'static>> = Lazy::new(|| Setup::new(insats::catalog()));

fn one_profile_built_in(c: &mut Criterion) {
    let mut group = c.benchmark_group("built_in/one_profile");
    BUILT_IN.bench_one(&mut group, "typical", &common::typical_profile());
    group.finish();
}

/// A report and an explanation of the README's sample case, each beside
/// the strings baseline's plain result as JSON.
fn report_and_explain_built_in(c: &mut Criterion) {
    let setup = &*BUILT_IN;
    let profile = common::sample_profile();
    let strings_profile = StringProfile::new(&profile);
    check(setup, &profile);
    let decisions = setup.matcher.explain(&profile);
    let plain = setup.strings.explain(&strings_profile);
    for (d, p) in decisions.iter().zip(&plain) {
        let engine = (d.intervention().id(), d.is_included(), d.is_conditional());
        assert_eq!(engine, (p.id, p.included, p.conditional), "explain disagrees");
    }
    let report = serde_json::to_string(&setup.matcher.report_in(&profile, Language::Swedish));
    let both = serde_json::to_string(&setup.matcher.report(&profile));
    let plain_json = serde_json::to_string(&setup.strings.recommend(&strings_profile));
    if let (Ok(report), Ok(both), Ok(plain)) = (report, both, plain_json) {
        eprintln!(
            "sample case: report {} bytes in Swedish, {} in both languages; the baseline's {}",
            report.len(),
            both.len(),
            plain.len()
        );
    }
    let mut group = c.benchmark_group("built_in/sample");
    group.bench_function("report", |b| {
        b.iter(|| {
            let report = setup.matcher.report_in(black_box(&profile), Language::Swedish);
            serde_json::to_string(&report).map(|json| json.len())
        })
    });
    group.bench_function("report_both_languages", |b| {
        b.iter(|| serde_json::to_string(&setup.matcher.report(black_box(&profile))))
    });
    group.bench_function("strings_report", |b| {
        b.iter(|| serde_json::to_string(&setup.strings.recommend(black_box(&strings_profile))))
    });
    group.bench_function("explain", |b| b.iter(|| setup.matcher.explain(black_box(&profile))));
    group.bench_function("explain_report", |b| {
        b.iter(|| {
            let report = setup.matcher.explain_report_in(black_box(&profile), Language::Swedish);
            serde_json::to_string(&report).map(|json| json.len())
        })
    });
    group.bench_function("strings_explain", |b| {
        b.iter(|| serde_json::to_string(&setup.strings.explain(black_box(&strings_profile))))
    });
    group.finish();
}

fn many_profiles_built_in(c: &mut Criterion) {
    let setup = &*BUILT_IN;
    let profiles = common::profiles(PROFILES, SEED);
    for profile in &profiles {
        check(setup, profile);
    }
    let strings_profiles: Vec<StringProfile> = profiles.iter().map(StringProfile::new).collect();
    let mut group = c.benchmark_group("built_in/10k_profiles");
    group.throughput(Throughput::Elements(PROFILES as u64));
    group.sample_size(20);
    group.bench_function("engine", |b| {
        b.iter(|| {
            profiles.iter().map(|p| setup.matcher.recommend(black_box(p)).len()).sum::<usize>()
        })
    });
    group.bench_function("typed_scan", |b| {
        b.iter(|| profiles.iter().map(|p| setup.typed.recommend(black_box(p)).len()).sum::<usize>())
    });
    group.bench_function("strings", |b| {
        b.iter(|| {
            strings_profiles
                .iter()
                .map(|p| setup.strings.recommend(black_box(p)).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

fn one_profile_synthetic(c: &mut Criterion) {
    let profile = common::typical_profile();
    let mut group = c.benchmark_group("synthetic/one_profile");
    for size in SIZES {
        // Leaked: each catalog lives for the run, and the largest is built
        // only here, once.
        let catalog: &'static Catalog = Box::leak(Box::new(common::synthetic_catalog(size, SEED)));
        let setup = Setup::new(catalog);
        group.throughput(Throughput::Elements(size as u64));
        if size >= 100_000 {
            group.sample_size(10);
            group.warm_up_time(Duration::from_millis(500));
        }
        setup.bench_one(&mut group, size, &profile);
    }
    group.finish();
}

criterion_group!(
    benches,
    one_profile_built_in,
    report_and_explain_built_in,
    many_profiles_built_in,
    one_profile_synthetic
);
criterion_main!(benches);
