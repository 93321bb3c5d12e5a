//! NR priorities and schedules: the order of the scale, its limits, and
//! schedules through text and JSON.

use insats::{NrPriority, Schedule, SessionPattern, Span, SpanUnit};
use proptest::prelude::*;

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
