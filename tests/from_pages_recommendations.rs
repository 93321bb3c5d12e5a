//! A catalog loaded from the built-in entries' pages recommends what the
//! built-in catalog recommends: `Catalog::from_pages` over
//! `Catalog::to_pages` of the built-in catalog loads (strictly, every
//! page), and for 10 000 random profiles of the benches' generator every
//! list of the result is the same, match by match: the entry (by name: a
//! page's id is the slug of its title), its priority, add-on role, the
//! row behind it, what it waits for, its reasons, who offers it and
//! whether the asker can deliver it; and the package of needs. Only the
//! source a match cites is left out of the comparison: a page does not
//! cite its own source, and `render_checked` says so.
//!
//! Pages written one by one (`page::render`) state no link between
//! entries, since a link names another entry: such a catalog differs only
//! for children, whom the built-in catalog gives the youth versions that
//! replace three adult entries.

#[path = "../benches/common/mod.rs"]
mod common;
mod util;

use insats::page::{self, EntryFact, LeftOut};
use insats::{AgeGroup, Catalog, Match, Matcher, Profile, Recommendations, catalog};

/// The profiles compared; the seed is fixed, so a failure reproduces.
const PROFILES: usize = 10_000;
const SEED: u64 = 0x2626;

/// One match as compared: everything but the source it cites.
fn row(m: &Match<'_>) -> String {
    let entry = m.intervention();
    let pair =
        m.row().and_then(|r| entry.recommendations().iter().position(|x| std::ptr::eq(x, r)));
    format!(
        "{} | {:?} | add-on {} | pair {:?} | requires {:?} | {:?} | {:?} | {:?} | {:?} | {:?}",
        entry.name(),
        m.priority(),
        m.is_add_on(),
        pair,
        m.requires(),
        m.unstated_fields(),
        m.principal(),
        m.delivery(),
        m.reasons(),
        m.unstated(),
    )
}

/// Every list of a result, one line per match, and the package.
fn lists(recs: &Recommendations<'_>) -> Vec<String> {
    let mut out = Vec::new();
    for (list, matches) in [
        ("primary", recs.primary()),
        ("add-on", recs.add_ons()),
        ("conditional", recs.conditional()),
        ("not rated for age", recs.not_rated_for_age()),
        ("assessment", recs.assessments()),
    ] {
        out.extend(matches.iter().map(|m| format!("{list}: {}", row(m))));
    }
    for served in recs.package().served() {
        out.push(format!("package: {:?} by {}", served.need(), served.by().intervention().name()));
    }
    out.push(format!("unmet: {:?}; unstated: {:?}", recs.package().unmet(), recs.unstated()));
    out
}

/// The profiles for which `a` and `b` recommend differently.
fn differing<'p>(a: &Catalog, b: &Catalog, profiles: &'p [Profile]) -> Vec<&'p Profile> {
    let (a, b) = (Matcher::new(a), Matcher::new(b));
    profiles.iter().filter(|p| lists(&a.recommend(p)) != lists(&b.recommend(p))).collect()
}

fn load(pages: &[String]) -> Catalog {
    Catalog::from_pages(pages).unwrap_or_else(|e| panic!("the pages load: {e}"))
}

/// Whether the person is known to be a child.
fn is_child(profile: &Profile) -> bool {
    profile.age().map_or(profile.age_group() == Some(AgeGroup::Children), |age| age < 18)
}

/// Every page loads in the built-in order, and what differs between an
/// entry and the one loaded from its page is what `to_pages` reports:
/// facts that no page carries (ids, sources, notes, the source's words
/// of the Kompetenskrav).
#[test]
fn every_page_loads_and_names_what_it_leaves_out() {
    let pages = catalog().to_pages();
    let texts: Vec<String> = pages.iter().map(|(text, _)| text.clone()).collect();
    let loaded = load(&texts);
    assert_eq!(loaded.len(), catalog().len());
    for ((entry, back), (text, left_out)) in catalog().iter().zip(loaded.iter()).zip(&pages) {
        assert_eq!(entry.name(), back.name());
        assert_eq!(&page::parse(text).unwrap(), back);
        assert!(left_out.iter().all(LeftOut::is_never_on_a_page), "{}: {left_out:?}", entry.id());
        // The links resolve in the loaded catalog to the same entries.
        fn name<'c>(c: &'c Catalog, id: Option<&str>) -> Option<&'c str> {
            id.and_then(|id| c.get(id)).map(|e| e.name())
        }
        assert_eq!(
            name(&loaded, back.youth_version()),
            name(catalog(), entry.youth_version()),
            "{}",
            entry.id()
        );
        assert_eq!(name(&loaded, back.adult_version()), name(catalog(), entry.adult_version()));
        let components = |c: &Catalog, e: &insats::Intervention| -> Vec<String> {
            e.components().iter().filter_map(|id| c.get(id)).map(|e| e.name().to_owned()).collect()
        };
        assert_eq!(components(&loaded, back), components(catalog(), entry));
    }
}

#[test]
fn the_pages_recommend_what_the_built_in_catalog_does() {
    let texts: Vec<String> = catalog().to_pages().into_iter().map(|(text, _)| text).collect();
    let profiles = common::profiles(PROFILES, SEED);
    let differ = differing(catalog(), &load(&texts), &profiles);
    assert!(differ.is_empty(), "{} of {PROFILES} differ, the first: {:?}", differ.len(), differ[0]);
}

/// Pages written alone: `render_checked` names the links it leaves out,
/// and only children's results differ.
#[test]
fn pages_written_alone_leave_out_the_links_and_differ_only_for_children() {
    let mut texts = Vec::new();
    for entry in catalog().iter() {
        let (text, left_out) = page::render_checked(entry);
        for (fact, linked) in [
            (EntryFact::YouthVersion, entry.youth_version().is_some()),
            (EntryFact::AdultVersion, entry.adult_version().is_some()),
            (EntryFact::Components, !entry.components().is_empty()),
        ] {
            assert_eq!(left_out.contains(&LeftOut::Entry(fact)), linked, "{}", entry.id());
        }
        texts.push(text);
    }
    let profiles = common::profiles(PROFILES, SEED);
    let differ = differing(catalog(), &load(&texts), &profiles);
    assert!(differ.iter().all(|p| is_child(p)), "{:?}", differ.iter().find(|p| !is_child(p)));
    let children = profiles.iter().filter(|p| is_child(p)).count();
    eprintln!(
        "pages written alone: {} of {PROFILES} profiles differ ({children} children)",
        differ.len()
    );
}
