//! Feeds arbitrary bytes to `insats::page::parse` and `parse_lenient`:
//! neither may panic, and whatever parses must read back the same after
//! `render`.
//!
//! Run from `fuzz/` (needs nightly and `cargo install cargo-fuzz`; seed
//! the corpus with the pages in ../tests/fixtures/, and ../../shared/seeds/
//! where the project's source documents are at hand):
//! `cargo +nightly fuzz run parse_page corpus/parse_page -- -max_total_time=300`
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(entry) = insats::page::parse(text) {
        let rendered = insats::page::render(&entry);
        assert_eq!(insats::page::parse(&rendered).ok(), Some(entry), "{rendered}");
    }
    if let Ok((entry, _)) = insats::page::parse_lenient(text) {
        let rendered = insats::page::render(&entry);
        let again = insats::page::parse_lenient(&rendered).ok().map(|(entry, _)| entry);
        assert_eq!(again, Some(entry), "{rendered}");
    }
});
