//! Feeds arbitrary bytes to `Catalog::from_json`: a catalog that loads
//! writes JSON that reads back equal, its schedules' text reads back, and
//! matching it with a few fixed profiles gives what `explain` gives; an
//! error's message stays short in both languages.
//!
//! Run from `fuzz/` (needs nightly and `cargo install cargo-fuzz`; seed
//! the corpus with the built-in catalog, `cargo run --example catalog --
//! --json > fuzz/corpus/catalog_json/built-in.json`):
//! `cargo +nightly fuzz run catalog_json corpus/catalog_json -- -max_len=1100000 -max_total_time=1800`
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match insats::Catalog::from_json(text) {
        Ok(catalog) => common::check_catalog(&catalog),
        Err(error) => common::check_error(&error),
    }
});
