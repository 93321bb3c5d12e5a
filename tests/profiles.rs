//! Profiles read from JSON are checked: contradictions and unknown fields
//! are errors, and what is accepted round-trips.

use insats::{AgeGroup, Profile, TagSet};

#[test]
fn profiles_read_from_json_are_checked() {
    let profile: Profile =
        serde_json::from_str(r#"{"age": 15, "substances": ["cannabis"], "needs": []}"#).unwrap();
    assert_eq!(profile.age_group(), Some(AgeGroup::Children));
    assert_eq!(profile.needs(), Some(TagSet::new()));
    let err = serde_json::from_str::<Profile>(r#"{"age": 15, "age_group": "adults"}"#).unwrap_err();
    assert!(err.to_string().contains("contradicts age 15"), "{err}");
    let err = serde_json::from_str::<Profile>(r#"{"agee": 15}"#).unwrap_err();
    assert!(err.to_string().contains("unknown field"), "{err}");
}

#[test]
fn profile_serde_refuses_laro_without_other_treatment() {
    let err = serde_json::from_str::<Profile>(r#"{"in_laro": true, "in_other_treatment": false}"#)
        .unwrap_err();
    assert!(err.to_string().contains("LARO"), "{err}");
    for ok in [
        r#"{"in_laro": true, "in_other_treatment": true}"#,
        r#"{"in_laro": false, "in_other_treatment": false}"#,
        r#"{"in_laro": true}"#,
    ] {
        let p: Profile = serde_json::from_str(ok).unwrap();
        assert_eq!(
            serde_json::from_str::<Profile>(&serde_json::to_string(&p).unwrap()).unwrap(),
            p
        );
    }
}

/// Whatever the builder returns reads back from its own JSON: every
/// combination of the situation flags (each unstated, false or true; LARO
/// and other treatment set in both orders), with each form of age (issue
/// 14). The builder keeps LARO and other treatment consistent, and takes
/// an age above `Profile::MAX_AGE` as the maximum, so no combination makes
/// JSON that `Profile` refuses. Leaving a field out again keeps it so.
#[test]
fn every_built_profile_round_trips_through_json() {
    use insats::{Need, ProfileBuilder, ProfileField, Withdrawal};

    let flags = [None, Some(false), Some(true)];
    let withdrawals = [
        None,
        Some(Withdrawal::NotPresent),
        Some(Withdrawal::General),
        Some(Withdrawal::RaisedRisk),
    ];
    let needs = [None, Some(TagSet::new()), Some(TagSet::from([Need::Housing, Need::Work]))];
    let ages: [fn(ProfileBuilder) -> ProfileBuilder; 4] =
        [|b| b, |b| b.age(15), |b| b.age(200), |b| b.age_group(AgeGroup::Older)];
    let set = |b: ProfileBuilder,
               flag: Option<bool>,
               with: fn(ProfileBuilder, bool) -> ProfileBuilder| {
        match flag {
            Some(yes) => with(b, yes),
            None => b,
        }
    };
    let mut checked = 0;
    for (a, age) in ages.into_iter().enumerate() {
        for other in flags {
            for laro in flags {
                for laro_first in [false, true] {
                    for relative in flags {
                        for partner in flags {
                            for withdrawal in withdrawals {
                                for severe in flags {
                                    for need in needs {
                                        let mut b = age(Profile::builder());
                                        if laro_first {
                                            b = set(b, laro, ProfileBuilder::in_laro);
                                            b = set(b, other, ProfileBuilder::in_other_treatment);
                                        } else {
                                            b = set(b, other, ProfileBuilder::in_other_treatment);
                                            b = set(b, laro, ProfileBuilder::in_laro);
                                        }
                                        b = set(b, relative, ProfileBuilder::relative);
                                        b = set(b, partner, ProfileBuilder::cohabiting_partner);
                                        b = set(b, severe, ProfileBuilder::severe_mental_illness);
                                        if let Some(w) = withdrawal {
                                            b = b.withdrawal(w);
                                        }
                                        if let Some(n) = need {
                                            b = b.needs(n);
                                        }
                                        let profile = b.build();
                                        assert_round_trips(&profile);
                                        // (once per combination of the flags)
                                        for field in ProfileField::all().filter(|_| a == 1) {
                                            assert_round_trips(&profile.without(field));
                                        }
                                        checked += 1;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    assert_eq!(checked, 4 * 3 * 3 * 2 * 3 * 3 * 4 * 3 * 3);
}

#[track_caller]
fn assert_round_trips(profile: &Profile) {
    let json = serde_json::to_string(profile).unwrap();
    let back: Profile =
        serde_json::from_str(&json).unwrap_or_else(|e| panic!("{json} does not read back: {e}"));
    assert_eq!(&back, profile, "{json}");
}
