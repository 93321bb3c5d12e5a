//! Feeds arbitrary bytes to `Profile`'s JSON form: a profile that reads
//! writes JSON that reads back equal, and recommending for it on the
//! built-in catalog gives what `explain` gives; an error's message is at
//! most 300 characters in both languages.
//!
//! Run from `fuzz/` (needs nightly and `cargo install cargo-fuzz`; seed
//! the corpus with the profiles of ../tests/scenarios/*.json):
//! `cargo +nightly fuzz run profile_json corpus/profile_json -- -max_len=1100000 -max_total_time=1800`
#![no_main]

use insats::{Matcher, Profile, catalog};
use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    let profile = match serde_json::from_slice::<Profile>(data) {
        Ok(profile) => profile,
        Err(error) => {
            // The message a caller shows, as insats wraps serde's error.
            common::check_error(&insats::Error::from(error));
            return;
        }
    };
    let json = serde_json::to_string(&profile).expect("a profile writes JSON");
    let back: Profile = serde_json::from_str(&json).expect("a profile's JSON reads back");
    assert_eq!(back, profile, "{json}");
    let built_in = catalog();
    common::check_matching(built_in, &Matcher::new(built_in), &profile);
});
