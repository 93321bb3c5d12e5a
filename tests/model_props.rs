//! Invariants of the vocabularies and the treatment model.

use insats::{
    AgeGroup, Condition, Need, NrPriority, Provider, Role, Schedule, SessionPattern, Severity,
    Span, SpanUnit, Substance, TagSet, TreatmentType, Vocabulary,
};
use proptest::prelude::*;
use std::collections::BTreeSet;

/// Checks, for every value of `T`, the label, id and JSON round trips.
fn labels_ids_and_json_round_trip<
    T: Vocabulary + serde::Serialize + serde::de::DeserializeOwned,
>() {
    assert!(!T::ALL.is_empty());
    for (index, &value) in T::ALL.iter().enumerate() {
        assert_eq!(value.index(), index);
        assert_eq!(value.label_sv().parse::<T>().unwrap(), value);
        assert_eq!(value.id().parse::<T>().unwrap(), value);
        assert_eq!(value.to_string(), value.label_sv());
        let json = serde_json::to_string(&value).unwrap();
        assert_eq!(json, format!("\"{}\"", value.id()));
        assert_eq!(serde_json::from_str::<T>(&json).unwrap(), value);
    }
    let labels: BTreeSet<_> = T::ALL.iter().map(|v| v.label_sv().to_lowercase()).collect();
    let ids: BTreeSet<_> = T::ALL.iter().map(|v| v.id()).collect();
    assert_eq!(labels.len(), T::ALL.len(), "{}: labels are distinct ignoring case", T::NAME_SV);
    assert_eq!(ids.len(), T::ALL.len(), "{}: ids are distinct", T::NAME_SV);
}

#[test]
fn every_vocabulary_round_trips() {
    labels_ids_and_json_round_trip::<Provider>();
    labels_ids_and_json_round_trip::<Role>();
    labels_ids_and_json_round_trip::<TreatmentType>();
    labels_ids_and_json_round_trip::<AgeGroup>();
    labels_ids_and_json_round_trip::<Severity>();
    labels_ids_and_json_round_trip::<Condition>();
    labels_ids_and_json_round_trip::<Substance>();
    labels_ids_and_json_round_trip::<Need>();
}

#[test]
fn strum_derives_agree_with_the_table() {
    use strum::{EnumCount, IntoEnumIterator};
    assert_eq!(Provider::COUNT, Provider::ALL.len());
    assert_eq!(Provider::iter().collect::<Vec<_>>(), Provider::ALL);
    assert_eq!(Role::COUNT, 18);
    let id: &'static str = Role::SocialWorker.into();
    assert_eq!(id, Role::SocialWorker.id());
}

#[test]
fn every_public_type_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<insats::Error>();
    assert_send_sync::<insats::Intervention>();
    assert_send_sync::<insats::Catalog>();
    assert_send_sync::<TagSet<Provider>>();
    assert_send_sync::<Schedule>();
    assert_send_sync::<NrPriority>();
}

fn provider() -> impl Strategy<Value = Provider> {
    (0..Provider::ALL.len()).prop_map(|i| Provider::ALL[i])
}

/// Random case and surrounding white space on a label.
fn mangled(label: &str, upper: Vec<bool>, pad: (usize, usize)) -> String {
    let cased: String = label
        .chars()
        .zip(upper.into_iter().chain(std::iter::repeat(false)))
        .map(|(c, up)| if up { c.to_uppercase().collect::<String>() } else { c.to_string() })
        .collect();
    format!("{}{cased}{}", " ".repeat(pad.0), "\t".repeat(pad.1))
}

#[derive(Debug, Clone)]
enum SetOp {
    Insert(Provider),
    Remove(Provider),
    Union(Vec<Provider>),
    Intersection(Vec<Provider>),
}

fn set_op() -> impl Strategy<Value = SetOp> {
    prop_oneof![
        provider().prop_map(SetOp::Insert),
        provider().prop_map(SetOp::Remove),
        prop::collection::vec(provider(), 0..8).prop_map(SetOp::Union),
        prop::collection::vec(provider(), 0..12).prop_map(SetOp::Intersection),
    ]
}

fn schedule() -> impl Strategy<Value = Schedule> {
    let range = (1u32..60).prop_flat_map(|min| (Just(min), min..min + 20));
    let span = (range.clone(), any::<bool>()).prop_map(|((min, max), weeks)| {
        Span::new(min, max, if weeks { SpanUnit::Weeks } else { SpanUnit::Months }).unwrap()
    });
    let base = prop_oneof![
        (1u32..100, 1u32..8).prop_map(|(w, s)| Schedule::weekly(w, s).unwrap()),
        (1u32..100).prop_map(|n| Schedule::sessions(n).unwrap()),
        range.clone().prop_map(|(a, b)| Schedule::session_range(a, b).unwrap()),
        (1u32..100).prop_map(|n| Schedule::at_least_sessions(n).unwrap()),
        span.clone().prop_map(Schedule::span),
        (span, range).prop_map(|(span, (a, b))| {
            Schedule::span(span).with_sessions_per_week(a, b).unwrap()
        }),
    ];
    (base, any::<bool>(), any::<bool>()).prop_map(|(mut s, boosters, pattern)| {
        if boosters {
            s = s.with_boosters();
        }
        if pattern {
            s = s.with_pattern(SessionPattern::AlternatingIndividualAndNetwork);
        }
        s
    })
}

proptest! {
    #[test]
    fn labels_parse_in_any_case_and_padding(
        p in provider(),
        upper in prop::collection::vec(any::<bool>(), 0..60),
        pad in (0usize..3, 0usize..3),
    ) {
        prop_assert_eq!(mangled(p.label_sv(), upper, pad).parse::<Provider>().unwrap(), p);
    }

    #[test]
    fn arbitrary_text_never_panics_and_errors_name_the_text(text in ".{0,40}") {
        match text.parse::<Role>() {
            Ok(role) => prop_assert!(
                role.label_sv().to_lowercase() == text.trim().to_lowercase()
                    || role.id().eq_ignore_ascii_case(text.trim())
            ),
            Err(insats::Error::UnknownLabel { vocabulary, text: rejected, .. }) => {
                prop_assert_eq!(vocabulary, "Yrkesroll");
                prop_assert_eq!(&rejected, &text);
            }
            Err(other) => prop_assert!(false, "unexpected error {other}"),
        }
        let _ = text.parse::<NrPriority>();
        let _ = text.parse::<Schedule>();
    }

    #[test]
    fn tag_set_behaves_like_a_btree_set(ops in prop::collection::vec(set_op(), 0..40)) {
        let mut set = TagSet::<Provider>::new();
        let mut model = BTreeSet::new();
        for op in ops {
            match op {
                SetOp::Insert(p) => prop_assert_eq!(set.insert(p), model.insert(p)),
                SetOp::Remove(p) => prop_assert_eq!(set.remove(p), model.remove(&p)),
                SetOp::Union(values) => {
                    let other: TagSet<Provider> = values.iter().copied().collect();
                    let other_model: BTreeSet<_> = values.into_iter().collect();
                    prop_assert_eq!(set.is_subset(set.union(other)), true);
                    set = set.union(other);
                    model = &model | &other_model;
                }
                SetOp::Intersection(values) => {
                    let other: TagSet<Provider> = values.iter().copied().collect();
                    let other_model: BTreeSet<_> = values.into_iter().collect();
                    prop_assert_eq!(
                        set.intersection(other).is_subset(other),
                        true
                    );
                    set = set.intersection(other);
                    model = &model & &other_model;
                }
            }
            prop_assert_eq!(set.len(), model.len());
            prop_assert_eq!(set.is_empty(), model.is_empty());
            // declaration order is the enum's Ord, which is BTreeSet's order
            prop_assert_eq!(set.iter().collect::<Vec<_>>(), model.iter().copied().collect::<Vec<_>>());
            for p in Provider::ALL {
                prop_assert_eq!(set.contains(*p), model.contains(p));
            }
        }
        let json = serde_json::to_string(&set).unwrap();
        prop_assert_eq!(serde_json::from_str::<TagSet<Provider>>(&json).unwrap(), set);
    }

    #[test]
    fn priority_order_is_total_and_agrees_with_rank(a in 1u8..=10, b in 1u8..=10) {
        let (pa, pb) = (NrPriority::rank(a).unwrap(), NrPriority::rank(b).unwrap());
        prop_assert_eq!(pa.cmp(&pb), a.cmp(&b));
        prop_assert!(pa < NrPriority::ResearchOnly && NrPriority::ResearchOnly < NrPriority::DontDo);
        prop_assert_eq!(pa.to_string().parse::<NrPriority>().unwrap(), pa);
        prop_assert_eq!(a.to_string().parse::<NrPriority>().unwrap(), pa);
        prop_assert_eq!(serde_json::from_str::<NrPriority>(&serde_json::to_string(&pa).unwrap()).unwrap(), pa);
    }

    #[test]
    fn out_of_scale_ranks_are_rejected(n in 11u8..) {
        prop_assert!(NrPriority::rank(n).is_err());
        let text = format!("prioritet {}", n);
        prop_assert!(text.parse::<NrPriority>().is_err());
    }

    #[test]
    fn weekly_total_is_weeks_times_sessions(w in 1u32..10_000, s in 1u32..100) {
        let schedule = Schedule::weekly(w, s).unwrap();
        prop_assert_eq!(schedule.total_sessions(), Some(w * s));
        prop_assert_eq!(schedule.session_bounds(), (w * s, w * s));
    }

    #[test]
    fn schedules_round_trip_through_text_and_json(s in schedule()) {
        let text = s.to_string();
        prop_assert_eq!(text.parse::<Schedule>().unwrap(), s.clone());
        let json = serde_json::to_string(&s).unwrap();
        prop_assert_eq!(serde_json::from_str::<Schedule>(&json).unwrap(), s.clone());
        let (min, max) = s.session_bounds();
        prop_assert!(min <= max);
        if let Some(total) = s.total_sessions() {
            prop_assert_eq!((min, max), (total, total));
        }
    }
}

#[test]
fn age_groups_are_monotone_and_match_the_guide_boundaries() {
    let mut previous = AgeGroup::from_age(0);
    for age in 0u8..=130 {
        let group = AgeGroup::from_age(age);
        assert!(group >= previous, "from_age is monotone at {age}");
        previous = group;
        let expected = match age {
            0..=17 => AgeGroup::Children,
            18..=64 => AgeGroup::Adults,
            _ => AgeGroup::Older,
        };
        assert_eq!(group, expected, "age {age}");
        assert!(group.min_age() <= age && group.max_age().is_none_or(|max| age <= max));
    }
    assert_eq!(AgeGroup::from_age(u8::MAX), AgeGroup::Older);
}
