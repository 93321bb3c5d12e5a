//! Matching throughput: the engine beside two baselines, in the same
//! criterion group, so that each ratio comes from one run.
//!
//! - `engine`: `Matcher::recommend` as users call it (the result built and
//!   returned, then dropped);
//! - `typed_scan` (baseline B): the typed model scanned entry by entry with
//!   `TagSet::contains`, no index;
//! - `strings` (baseline A): the catalog held as the guide's label strings,
//!   scanned with string comparisons.
//!
//! All three apply the same rules and return the same matches in the same
//! order (tests/matching/engine_vs_baselines.rs). Run: `cargo bench --bench matching --
//! --quick`.

// The synthetic catalogs and the baselines are the tests' (tests/oracle/).
#[path = "../tests/oracle/mod.rs"]
mod common;

use common::baselines::{StringProfile, StringScan, TypedScan};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use insats::{Catalog, Matcher, Profile};
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

impl<'c> Setup<'c> {
    fn new(catalog: &'c Catalog) -> Setup<'c> {
        Setup {
            matcher: Matcher::new(catalog),
            typed: TypedScan::new(catalog),
            strings: StringScan::new(catalog),
        }
    }

    /// Runs the three over `profile` in `group`, after checking they agree.
    fn bench_one(
        &self,
        group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
        parameter: impl std::fmt::Display + Copy,
        profile: &Profile,
    ) {
        let strings_profile = StringProfile::new(profile);
        let matches = self.matcher.recommend(profile).len();
        assert_eq!(self.typed.recommend(profile).len(), matches, "baseline B disagrees");
        assert_eq!(self.strings.recommend(&strings_profile).len(), matches, "baseline A disagrees");
        eprintln!("{parameter}: {matches} matches, in the engine and both baselines");
        group.bench_function(BenchmarkId::new("engine", parameter), |b| {
            b.iter(|| self.matcher.recommend(black_box(profile)))
        });
        // The same with the result's buffers reused, as bulk runs do: the
        // difference is the cost of allocating (and faulting in) the result.
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

fn many_profiles_built_in(c: &mut Criterion) {
    let setup = &*BUILT_IN;
    let profiles = common::profiles(PROFILES, SEED);
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

criterion_group!(benches, one_profile_built_in, many_profiles_built_in, one_profile_synthetic);
criterion_main!(benches);
