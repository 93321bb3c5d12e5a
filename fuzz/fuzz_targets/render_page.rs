//! Render → parse: feeds arbitrary bytes to `Catalog::from_json` and, for
//! every entry of a catalog that loads, writes its page with
//! `page::render_checked`. The page reads back (strictly and leniently)
//! unless `render_checked` says it does not; an entry of which nothing is
//! left out reads back equal; the page of what was read back is the same
//! page; every message stays short in both languages.
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
        let back = match page::parse(&text) {
            Ok(back) => back,
            Err(error) => {
                common::check_error(&error);
                panic!("{}: the page does not read back: {error}", entry.id());
            }
        };
        if left_out.is_empty() {
            assert_eq!(&back, entry, "{text}");
        }
        assert_eq!(page::render(&back), text, "the page of what was read back differs");
        let (lenient, warnings) = page::parse_lenient(&text).expect("reads leniently");
        assert_eq!(lenient, back);
        assert!(warnings.is_empty(), "{warnings:?}");
    }
});
