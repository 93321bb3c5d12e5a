//! Page parser and renderer throughput, in bytes of page text per second,
//! over the pages of the built-in catalog (rendered from it: a user's crate
//! has no copy of the guide's pages). Run: `cargo bench --bench page --
//! --quick`.

#[path = "../tests/page/adversarial.rs"]
mod adversarial;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

fn pages() -> Vec<String> {
    insats::catalog().iter().map(insats::page::render).collect()
}

fn parse(c: &mut Criterion) {
    let pages = pages();
    let bytes: usize = pages.iter().map(String::len).sum();
    for page in &pages {
        // Only what parses is measured: a failure would be measured as fast.
        insats::page::parse(page).expect("a rendered page parses");
    }
    let mut group = c.benchmark_group("page");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("parse/built_in", |b| {
        b.iter(|| {
            for page in &pages {
                let _ = black_box(insats::page::parse(black_box(page)));
            }
        })
    });
    let entries = insats::catalog().entries();
    group.bench_function("render/built_in", |b| {
        b.iter(|| {
            for entry in entries {
                black_box(insats::page::render(black_box(entry)));
            }
        })
    });
    group.finish();
    eprintln!("{} pages, {bytes} bytes per iteration", pages.len());
}

/// The bodies that were once quadratic, at 100 kB and 1 MB: linear
/// parsing reads both at about the same MB/s.
fn adversarial(c: &mut Criterion) {
    let mut group = c.benchmark_group("page_adversarial");
    group.sample_size(10);
    for scale in [10_000, 100_000] {
        for (name, body) in adversarial::bodies(scale) {
            let text = format!(
                "Exempel\n\nMissbruk och beroende\n\nBehandling och stöd\n\nExempel\n\n{body}"
            );
            insats::page::parse(&text).expect("an adversarial page parses");
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(name, text.len()), &text, |b, text| {
                b.iter(|| insats::page::parse(black_box(text)))
            });
        }
    }
    group.finish();
}

/// The bodies that were once slow without being quadratic (unknown and
/// empty tag values and off-scale markers read leniently, bullets of prose
/// that start like tag lines, short lines against the headings), at 1 MB:
/// each reads about as fast as the others.
fn slow(c: &mut Criterion) {
    let mut group = c.benchmark_group("page_slow");
    group.sample_size(10);
    for (name, body, reading) in adversarial::slow_bodies(100_000) {
        let text =
            format!("Exempel\n\nMissbruk och beroende\n\nBehandling och stöd\n\nExempel\n\n{body}");
        let read = |text: &str| match reading {
            adversarial::Reading::Strict => insats::page::parse(text).map(|_| ()),
            adversarial::Reading::Lenient => insats::page::parse_lenient(text).map(|_| ()),
        };
        read(&text).expect("a slow page reads");
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new(name, text.len()), &text, |b, text| {
            b.iter(|| read(black_box(text)))
        });
    }
    group.finish();
}

criterion_group!(benches, parse, adversarial, slow);
criterion_main!(benches);
