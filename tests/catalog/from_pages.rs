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
//! Pages written one by one (`page::render`) state a link between entries
//! by the linked entry's id, which a page written alone is the only one to
//! know; where the linked page's title does not give that id, loading
//! them is refused, naming the link: never a catalog that would recommend
//! differently.

use crate::oracle as common;

use insats::page::{self, EntryFact, LeftOut};
use insats::{Catalog, Match, Matcher, Profile, Recommendations, catalog};

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

/// Every page loads in the built-in order, and what differs between an
/// entry and the one loaded from its page is what `to_pages` reports:
/// facts that no page carries (ids, sources, notes, the source's words
/// of the Kompetenskrav) and the links to entries whose ids are not the
/// slugs of their titles, which resolve to the same entries all the same.
#[test]
fn every_page_loads_and_names_what_it_leaves_out() {
    let pages = catalog().to_pages();
    let texts: Vec<String> = pages.iter().map(|(text, _)| text.clone()).collect();
    let loaded = load(&texts);
    assert_eq!(loaded.len(), catalog().len());
    for ((entry, back), (text, left_out)) in catalog().iter().zip(loaded.iter()).zip(&pages) {
        assert_eq!(entry.name(), back.name());
        assert_eq!(&page::parse(text).unwrap(), back);
        let custom = |id: Option<&str>| {
            id.and_then(|id| catalog().get(id)).is_some_and(|e| e.id() != insats::slug(e.name()))
        };
        for fact in left_out {
            let by_value = match fact {
                LeftOut::Entry(EntryFact::YouthVersion) => custom(entry.youth_version()),
                LeftOut::Entry(EntryFact::AdultVersion) => custom(entry.adult_version()),
                LeftOut::Entry(EntryFact::Components) => {
                    entry.components().iter().any(|id| custom(Some(id)))
                }
                _ => false,
            };
            assert!(fact.is_never_on_a_page() || by_value, "{}: {fact}", entry.id());
        }
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

/// Pages written alone carry the links by id, and the catalog of them is
/// refused where a linked page's title does not give that id: never
/// loaded to recommend differently.
#[test]
fn pages_written_alone_carry_the_links_by_id() {
    let mut texts = Vec::new();
    for entry in catalog().iter() {
        let (text, left_out) = page::render_checked(entry);
        let back = page::parse(&text).unwrap();
        assert_eq!(back.youth_version(), entry.youth_version());
        assert_eq!(back.adult_version(), entry.adult_version());
        assert_eq!(back.components(), entry.components());
        assert!(left_out.iter().all(LeftOut::is_never_on_a_page), "{}: {left_out:?}", entry.id());
        texts.push(text);
    }
    let error = Catalog::from_pages(&texts).unwrap_err();
    assert_eq!(
        error.describe(insats::Language::English),
        r#"catalog entry "psykosocial-behandling": component "motivationshojande-behandling-met" is not in the catalog"#
    );
}
