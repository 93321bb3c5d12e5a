//! Render → parse: feeds arbitrary bytes to `Catalog::from_json` and, for
//! every entry of a catalog that loads, writes its page with
//! `page::render_checked`. The page reads back leniently unless
//! `render_checked` says it does not, and strictly unless the lenient
//! reading warned (the builder keeps what the strict reader refuses and
//! the lenient one reads past: an area that is no `Tillstånd`, a priority
//! off the scale); an entry of which nothing is left out reads back
//! equal; the page of what was read back is the same page; every message
//! stays short in both languages.
//!
//! Run from `fuzz/` (seed the corpus as for `catalog_json`):
//! `cargo +nightly fuzz run render_page corpus/catalog_json -- -max_len=1100000 -max_total_time=1800`
#![no_main]

use insats::{LeftOut, page};
use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(catalog) = insats::Catalog::from_json(text) else { return };
    for entry in &catalog {
        let (text, left_out) = page::render_checked(entry);
        if left_out.contains(&LeftOut::NotReadBack) {
            continue;
        }
        let (back, warnings) = match page::parse_lenient(&text) {
            Ok(read) => read,
            Err(error) => {
                common::check_error(&error);
                panic!("{}: the page does not read back: {error}", entry.id());
            }
        };
        warnings.iter().for_each(common::check_warning);
        match page::parse(&text) {
            Ok(strict) => assert_eq!(strict, back),
            Err(error) => {
                common::check_error(&error);
                assert!(!warnings.is_empty(), "{}: strict reading refused {error}", entry.id());
            }
        }
        if left_out.is_empty() {
            assert_eq!(&back, entry, "{text}");
        }
        assert_eq!(page::render(&back), text, "the page of what was read back differs");
    }
});
