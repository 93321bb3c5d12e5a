//! Feeds arbitrary bytes, split into pages at each NUL byte, to
//! `Catalog::from_pages`: a catalog that builds writes JSON that reads back
//! equal and matches as `explain` says; an error names a page that was
//! given (or an entry of the catalog) and stays short in both languages.
//!
//! Run from `fuzz/` (needs nightly and `cargo install cargo-fuzz`; seed
//! the corpus with the pages of ../tests/fixtures/, alone and joined with
//! a NUL byte):
//! `cargo +nightly fuzz run from_pages corpus/from_pages -- -max_len=1100000 -max_total_time=1800`
#![no_main]

use insats::Catalog;
use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let pages: Vec<&str> = text.split('\0').collect();
    match Catalog::from_pages(&pages) {
        Ok(catalog) => {
            assert_eq!(catalog.len(), pages.len());
            common::check_catalog(&catalog);
        }
        Err(error) => {
            common::check_error(&error);
            match error.kind() {
                insats::ErrorKind::InPage { index, error, .. } => {
                    assert!(*index < pages.len());
                    assert!(matches!(error.kind(), insats::ErrorKind::Page { .. }), "{error:?}");
                }
                insats::ErrorKind::Catalog { .. } => {}
                other => panic!("unexpected error {other:?}"),
            }
        }
    }
});
