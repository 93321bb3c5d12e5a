//! Issue 6, acceptance 1, on the seed pages themselves (through the page
//! parser): the same checks as `tests/matching.rs` runs on hand-built
//! entries.

mod util;

use insats::Catalog;
use util::*;

#[test]
fn acceptance_1_on_the_seed_pages() {
    let nt = seed("natverksterapi.txt");
    let pb = seed("psykosocial-behandling.txt");
    let both = Catalog::from_pages([&pb, &nt]).unwrap();
    let alone = Catalog::from_pages([&nt]).unwrap();
    check_acceptance_1(&both, &alone);
}
