//! The order of `Matcher::recommend`'s results, and where add-ons go:
//! priority, then the Swedish name (å, ä, ö after z), then the id; an
//! add-on that may not be offered keeps the name order among the
//! conditional matches (the add-on rule itself: `add_ons.rs`).

use insats::{Intervention, Matcher, Population, Profile, Recommendation, TagSet};

use crate::util::*;

#[test]
fn order_is_priority_then_swedish_name_then_id() {
    let entry = |name: &str, id: &str, n: u8| {
        Intervention::builder(name)
            .id(id)
            .recommendation(Recommendation::new(TagSet::new(), Population::Anyone, rank(n)))
            .build()
            .unwrap()
    };
    let catalog = catalog(vec![
        entry("Öppen", "oppen", 2),
        entry("Ärende", "arende", 2),
        entry("Återfall", "aterfall", 2),
        entry("zeta", "zeta", 2),
        entry("Alfa", "alfa-b", 2),
        entry("Alfa", "alfa-a", 2),
        entry("Sist", "sist", 9),
        entry("Först", "forst", 1),
    ]);
    let recs = Matcher::new(&catalog).recommend(&Profile::default());
    assert_ids(
        recs.primary(),
        &["forst", "alfa-a", "alfa-b", "zeta", "aterfall", "arende", "oppen", "sist"],
    );
}

/// Å comes after z in the Swedish alphabet, whatever letters follow.
#[test]
fn a_name_with_a_ring_sorts_after_z() {
    let entry = |name: &str| {
        Intervention::builder(name)
            .recommendation(Recommendation::new(TagSet::new(), Population::Anyone, rank(2)))
            .build()
            .unwrap()
    };
    let catalog = catalog(vec![entry("Ålderdom"), entry("Zumba")]);
    let recs = Matcher::new(&catalog).recommend(&Profile::default());
    assert_ids(recs.primary(), &["zumba", "alderdom"]);
}

/// An add-on that may not be offered (no primary, in no other treatment)
/// is chosen again without its add-on pair; when its primary pair's
/// situation is unstated it becomes a conditional match, and takes its
/// place among the others in name order.
#[test]
fn an_add_on_turned_conditional_keeps_the_name_order() {
    let entry = |name: &str, add_on_pair: bool| {
        let builder = Intervention::builder(name).recommendation(Recommendation::new(
            TagSet::new(),
            Population::WithCohabitingPartner,
            rank(3),
        ));
        let builder = if add_on_pair {
            builder.recommendation(
                Recommendation::new(TagSet::new(), Population::Anyone, rank(4)).with_add_on(true),
            )
        } else {
            builder
        };
        builder.build().unwrap()
    };
    // Alfa is an add-on for anyone, or a primary treatment for people
    // living with a partner; Beta only the latter.
    let catalog = catalog(vec![entry("Beta", false), entry("Alfa", true)]);
    let matcher = Matcher::new(&catalog);
    let alone = Profile::builder().in_other_treatment(false).build().unwrap();
    let recs = matcher.recommend(&alone);
    assert!(recs.is_empty(), "{recs:?}");
    assert_ids(recs.conditional(), &["alfa", "beta"]);
    assert!(recs.conditional().iter().all(|m| !m.is_add_on()));
    assert!(
        recs.conditional().iter().all(|m| m.requires() == Some(Population::WithCohabitingPartner))
    );
    // In other treatment, Alfa is offered as an add-on.
    let treated = Profile::builder().in_other_treatment(true).build().unwrap();
    let recs = matcher.recommend(&treated);
    assert_ids(recs.add_ons(), &["alfa"]);
    assert_ids(recs.conditional(), &["beta"]);
}
