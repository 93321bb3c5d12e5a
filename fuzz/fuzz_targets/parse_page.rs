//! Feeds arbitrary bytes to `insats::page::parse` and `parse_lenient`:
//! neither may panic, whatever parses must read back the same after
//! `render`, every error is a page error with its line and every error
//! and warning message is at most 300 characters in both languages; a
//! page that parses strictly gives no warning leniently.
//!
//! Run from `fuzz/` (needs nightly and `cargo install cargo-fuzz`; seed
//! the corpus with the pages in ../tests/fixtures/, and ../../shared/seeds/
//! where the project's source documents are at hand; see README.md for
//! `-max_len`):
//! `cargo +nightly fuzz run parse_page corpus/parse_page -- -max_len=1100000 -max_total_time=1800`
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    match insats::page::parse_bytes(data) {
        Ok(_) => {}
        Err(error) => {
            assert!(matches!(error.kind(), insats::ErrorKind::Page { .. }), "{error:?}");
            common::check_error(&error);
        }
    }
    let Ok(text) = std::str::from_utf8(data) else { return };
    let strict = insats::page::parse(text);
    match &strict {
        Ok(entry) => {
            let rendered = insats::page::render(entry);
            assert_eq!(insats::page::parse(&rendered).ok().as_ref(), Some(entry), "{rendered}");
        }
        Err(error) => {
            assert!(matches!(error.kind(), insats::ErrorKind::Page { .. }), "{error:?}");
            common::check_error(error);
        }
    }
    match insats::page::parse_lenient(text) {
        Ok((entry, warnings)) => {
            for warning in &warnings {
                common::check_warning(warning);
            }
            if strict.is_ok() {
                assert!(warnings.is_empty(), "{warnings:?}");
            }
            let rendered = insats::page::render(&entry);
            let again = insats::page::parse_lenient(&rendered).ok().map(|(entry, _)| entry);
            assert_eq!(again, Some(entry), "{rendered}");
        }
        Err(error) => {
            assert!(matches!(error.kind(), insats::ErrorKind::Page { .. }), "{error:?}");
            common::check_error(&error);
        }
    }
});
