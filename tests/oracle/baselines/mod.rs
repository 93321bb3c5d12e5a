//! The two baselines the engine is measured against, and the independent
//! statement of the matching rules that the tests hold the engine to
//! (tests/matching/engine_vs_baselines.rs, tests/matching/invariants.rs).
//!
//! Nothing here calls the engine's rule helpers (`Profile::fit`,
//! `Profile::pattern_fit`, `Profile::stated_patterns`, `Substance::covers`,
//! `AgeGroup::from_age`, `Pair::age_scope`, `ConditionPattern::requirement`,
//! the matcher's pair selector): the rules are written again, from the
//! crate's documentation and issue 21, on strings and plain data. Only the
//! catalog's and the profile's data are read, through the crate's
//! accessors.
//!
//! - A, [`StringScan`]: the catalog as a user who scraped the guide's pages
//!   would hold it: every facet, each pair's substances and population as
//!   the guide's label strings (or ids), compared as strings. Written as a
//!   competent developer would (issue 24): what depends only on the catalog
//!   (the name order, each pair's age scope, pattern requirement, priority
//!   key) is worked out once at set-up, and a call allocates only its
//!   result.
//! - B, [`TypedScan`]: the typed model scanned entry by entry, with
//!   `TagSet::contains` on substances and a `match` on populations; the
//!   same set-up; no index.
//! - The baselines of a report and an explanation: A's result
//!   ([`ScanResult`]) and its plain decisions ([`StringScan::explain`]),
//!   serialized to JSON as they are (ids, numbers and codes, no words).
//!
//! [`disagreement`] compares the engine's result with a baseline's, list
//! by list and row by row, for the tests and for the bench before it
//! times a case.
//!
//! The rule, as both state it: for each entry whose facets admit the
//! profile (a child's entry with a youth version gives way to it), each
//! pair is judged on its substances, add-on role, ages, pattern of use and
//! population, and the best pair decides (applies, before would apply if
//! unstated facts held, before not rated for the person's age, before
//! refused; within one of these, a primary pair first, the better priority
//! as the person gets it, the stronger wording, the source's order).
//! Add-ons need a primary treatment (an assessment is none) or a person
//! stated to be in other treatment (LARO is one); otherwise each entry
//! whose choice is an add-on is chosen again, its add-on pairs refused
//! when the person is stated to be in no other treatment, waiting for it
//! when that is not stated, and goes where that choice belongs.

#![allow(dead_code)] // the tests use part of this module, the bench another

mod compare;
mod explain;
mod labels;
mod lists;
mod order;
mod rules;
mod strings;
mod typed_scan;

// The tests use part of these, the bench another.
#[allow(unused_imports)]
pub use compare::{Row, disagreement, engine_row, scan_row};
#[allow(unused_imports)]
pub use explain::PlainDecision;
#[allow(unused_imports)]
pub use labels::population_id;
#[allow(unused_imports)]
pub use lists::{Found, ScanResult, Waits};
#[allow(unused_imports)]
pub use order::{priority_key, swedish_key};
#[allow(unused_imports)]
pub use rules::{Band, Person, Standing};
#[allow(unused_imports)]
pub use strings::{StringProfile, StringScan, StringSituation};
#[allow(unused_imports)]
pub use typed_scan::TypedScan;
