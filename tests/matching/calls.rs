//! The ways to call the matcher give each profile its own result:
//! `recommend_into` a used buffer, `recommend_batch`, one matcher shared by
//! threads, an owning matcher, and a catalog of more than 64 entries (the
//! index's word size).

use insats::{
    Intervention, Matcher, Need, Population, Profile, Provider, Recommendation, Recommendations,
    Substance,
};

use super::rules::need_gated;
use crate::util::*;

/// What the need-gated catalog gives each profile of
/// [`recommend_into_a_used_buffer_and_batch_give_each_profile_its_own_result`]:
/// primary ids, conditional ids, and the entry that meets housing.
type NeedGatedResult = (&'static [&'static str], &'static [&'static str], Option<&'static str>);

#[track_caller]
fn check_need_gated(recs: &Recommendations<'_>, (primary, conditional, housing): NeedGatedResult) {
    assert_ids(recs.primary(), primary);
    assert!(recs.add_ons().is_empty(), "{recs:?}");
    assert_ids(recs.conditional(), conditional);
    let package = recs.package();
    assert_eq!(package.get(Need::Housing).map(|m| m.intervention().id()), housing);
    assert_eq!(package.served().len(), usize::from(housing.is_some()));
    assert!(package.unmet().is_empty());
}

/// `recommend_into` into a buffer that held another profile's result, and
/// `recommend_batch`: each result is checked against what the rules give
/// (not against `recommend`), largest first, so that a leftover of the
/// previous result (a match, a conditional match, the package) would show.
#[test]
fn recommend_into_a_used_buffer_and_batch_give_each_profile_its_own_result() {
    let catalog = need_gated();
    let matcher = Matcher::new(&catalog);
    let profiles = [
        Profile::builder().substance(Substance::Alcohol).need(Need::Housing).build().unwrap(),
        Profile::builder().substance(Substance::Cannabis).build().unwrap(),
        Profile::default(),
    ];
    let expected: [NeedGatedResult; 3] = [
        // Assessed, housing found: relapse prevention and housing first.
        (&["aterfallsprevention", "bostad-forst"], &[], Some("bostad-forst")),
        // Cannabis: relapse prevention is rated for alcohol only; the
        // need-gated support covers narcotics, conditional on the need.
        (&[], &["bostad-forst", "ips-modellen"], None),
        // Nothing stated: every pair names a substance, so each waits for it.
        (&[], &["aterfallsprevention", "bostad-forst", "ips-modellen"], None),
    ];
    let mut out = Recommendations::new();
    for (profile, want) in profiles.iter().zip(expected) {
        matcher.recommend_into(profile, &mut out);
        check_need_gated(&out, want);
    }
    let batch: Vec<_> = matcher.recommend_batch(&profiles).collect();
    assert_eq!(batch.len(), 3);
    for (recs, want) in batch.iter().zip(expected) {
        check_need_gated(recs, want);
    }
}

/// One matcher shared by threads that alternate between two profiles
/// (each thread reuses its own scratch buffers): every result is the one
/// the rules give.
#[test]
fn one_matcher_serves_many_threads() {
    let catalog = seed_like_catalog();
    let matcher = Matcher::new(&catalog);
    let ifo = ifo_adult();
    let dental = ifo.to_builder().provider(Provider::DentalCare).build().unwrap();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..4)
            .map(|_| {
                scope.spawn(|| {
                    (0..50)
                        .map(|i| {
                            let profile = if i % 2 == 0 { &ifo } else { &dental };
                            let recs = matcher.recommend(profile);
                            (i, ids(recs.primary()).join(","), ids(recs.add_ons()).join(","))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for handle in handles {
            for (i, primary, add_ons) in handle.join().unwrap() {
                assert_eq!(primary, "psykosocial-behandling");
                // Nätverksterapi is not offered in dental care.
                let expected = if i % 2 == 0 { "natverksterapi" } else { "" };
                assert_eq!(add_ons, expected, "call {i}");
            }
        }
    });
}

/// An owning matcher answers as the rules say: the umbrella and its add-on
/// for the adult in individ- och familjeomsorg, and every entry decided.
#[test]
fn an_owned_matcher_recommends_and_explains() {
    let owned = insats::OwnedMatcher::new(seed_like_catalog());
    let recs = owned.recommend(&ifo_adult());
    assert_ids(recs.primary(), &["psykosocial-behandling"]);
    assert_ids(recs.add_ons(), &["natverksterapi"]);
    let dental = ifo_adult().to_builder().provider(Provider::DentalCare).build().unwrap();
    let decisions = owned.explain(&dental);
    assert_eq!(decisions.len(), 2);
    assert!(decision(&decisions, "psykosocial-behandling").is_included());
    assert_eq!(exclusion_kinds(decision(&decisions, "natverksterapi")), ["provider"]);
    assert_eq!(owned.catalog().len(), 2);
    assert_ids(owned.matcher().recommend(&dental).iter(), &["psykosocial-behandling"]);
}

/// The index keeps one bit per entry in 64-bit words: in a catalog of 130
/// entries every entry is reached, in name order, the last word's too.
#[test]
fn a_catalog_of_more_than_64_entries_reaches_every_entry() {
    let entries: Vec<Intervention> = (0..130)
        .map(|i| {
            let substance = if i % 2 == 0 { Substance::Alcohol } else { Substance::Cannabis };
            Intervention::builder(format!("Insats {i:03}"))
                .recommendation(Recommendation::new(only(substance), Population::Anyone, rank(3)))
                .build()
                .unwrap()
        })
        .collect();
    let catalog = catalog(entries);
    let matcher = Matcher::new(&catalog);
    let recs =
        matcher.recommend(&Profile::builder().substance(Substance::Cannabis).build().unwrap());
    let expected: Vec<String> =
        (0..130).filter(|i| i % 2 == 1).map(|i| format!("insats-{i:03}")).collect();
    assert_eq!(ids(recs.primary()), expected);
    // Nothing stated: every entry is reached, each waiting for its
    // substance.
    assert_eq!(matcher.recommend(&Profile::default()).conditional().len(), 130);
}
