//! The integration tests, in one test binary (the crate's `[[test]]`
//! `insats`): one link instead of one per file. Each area of the crate is
//! a module, each file a topic; `cargo test page::` runs an area,
//! `cargo test conformance` the conformance tests (see [`util`]).
//!
//! `tests/memory/main.rs` is the one other test binary: it counts the heap
//! through a global allocator, so no other test may run in its process.

mod util;

/// The differential oracle: the rules stated again on strings and plain
/// data (`baselines`), and the synthetic catalogs and profiles it is
/// compared on. The benches include it too.
mod oracle;

mod catalog {
    mod built_in;
    mod from_pages;
    mod json;
    mod load;
    mod sources;
}

mod clinical;
mod errors;
mod example_outputs;
mod examples;
mod long_inputs;

mod matching {
    mod add_ons;
    mod ages;
    mod bench_cases;
    mod built_in;
    mod calls;
    mod case_input;
    mod destructors;
    mod engine_vs_baselines;
    mod explanations;
    mod inclusion_reasons;
    mod invariants;
    mod order;
    mod profiles;
    mod report_schema;
    mod reports;
    mod rules;
    mod unstated;
}

mod page {
    mod adversarial;
    mod brief;
    mod errors;
    mod format;
    mod messages;
    mod props;
    mod prose;
    mod round_trip;
    mod sections;
    mod strict;
}

mod priorities_and_schedules;
mod public_api;
mod scenarios;
mod vocabularies;
mod wording;
