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
    assert!(
        err.to_string()
            .contains(r#"invalid profile: field "age_group" ("adults"): contradicts the age"#),
        "{err}"
    );
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

/// Every field of a profile, in the order of the builder's methods; six of
/// them are situations (left out, not assumed).
#[test]
fn profile_fields_in_order_and_which_are_situations() {
    use insats::ProfileField as F;
    let all: Vec<F> = F::all().collect();
    assert_eq!(
        all,
        [
            F::Age,
            F::Severity,
            F::Condition,
            F::Substances,
            F::Provider,
            F::Role,
            F::InOtherTreatment,
            F::InLaro,
            F::Relative,
            F::CohabitingPartner,
            F::Withdrawal,
            F::SevereMentalIllness,
            F::Needs,
            F::IncludeResearch,
            F::Pattern,
            F::Dsm5Criteria,
            F::Diagnoses,
            F::Situations,
            F::Instruments,
        ]
    );
    let situations: Vec<F> = all.into_iter().filter(|f| f.is_situation()).collect();
    assert_eq!(
        situations,
        [
            F::InLaro,
            F::Relative,
            F::CohabitingPartner,
            F::Withdrawal,
            F::SevereMentalIllness,
            F::Needs,
            F::Situations
        ]
    );
}

/// A stated condition is kept. An entry that does not write the
/// `Tillstånd` facet applies to its area's condition (Missbruk och
/// beroende), so it takes the person with no note about the facet.
#[test]
fn a_stated_condition_is_kept_and_an_unwritten_one_is_the_area() {
    use insats::{Catalog, Condition, Intervention, Matcher, Reason};
    let profile =
        Profile::builder().condition(Condition::SubstanceUseAndDependence).build().unwrap();
    assert_eq!(profile.condition(), Some(Condition::SubstanceUseAndDependence));
    assert_eq!(Profile::default().condition(), None);
    let open = Intervention::builder("Öppen insats").build().unwrap();
    assert_eq!(open.conditions(), TagSet::only(Condition::SubstanceUseAndDependence));
    let catalog = Catalog::new("test", vec![open]).unwrap();
    let recs = Matcher::new(&catalog).recommend(&profile);
    assert_eq!(
        recs.primary()[0].reasons(),
        [Reason::NoNumberInSources { verb: None, condition: None }]
    );
}

/// `substances` replaces the set and keeps every other field; `substance`
/// adds one.
#[test]
fn the_builder_keeps_what_was_set_before() {
    use insats::{Condition, Substance};
    let profile = Profile::builder()
        .age(40)
        .condition(Condition::SubstanceUseAndDependence)
        .substance(Substance::Alcohol)
        .substances(TagSet::from([Substance::Cannabis, Substance::Opioids]))
        .substance(Substance::Benzodiazepines)
        .build()
        .unwrap();
    assert_eq!(profile.age(), Some(40));
    assert_eq!(profile.condition(), Some(Condition::SubstanceUseAndDependence));
    assert_eq!(
        profile.substances(),
        TagSet::from([Substance::Cannabis, Substance::Opioids, Substance::Benzodiazepines])
    );
}

/// A profile's JSON takes ages up to `Profile::MAX_AGE` (130) and refuses
/// a larger one.
#[test]
fn profile_json_takes_ages_up_to_130() {
    let oldest: Profile = serde_json::from_str(r#"{"age": 130}"#).unwrap();
    assert_eq!(oldest.age(), Some(Profile::MAX_AGE));
    assert_eq!(oldest.age_group(), Some(AgeGroup::Older));
    let err = serde_json::from_str::<Profile>(r#"{"age": 131}"#).unwrap_err();
    assert!(
        err.to_string().contains(r#"field "age" ("131"): is above the oldest age, 130 years"#),
        "{err}"
    );
    // The builder refuses the same age, rather than taking it as 130.
    let built = Profile::builder().age(131).build().unwrap_err();
    assert_eq!(
        built.to_string(),
        r#"invalid profile: field "age" ("131"): is above the oldest age, 130 years"#
    );
    assert_eq!(
        built.describe(insats::Language::Swedish),
        r#"ogiltig profil: fältet "age" ("131"): är över den högsta åldern, 130 år"#
    );
}

/// A diagnosis adds to what the builder holds and is kept; of two
/// withdrawal states the graver wins in either order (F10.4 is delirium
/// tremens); F10.3 states withdrawal, not a pattern of use.
#[test]
fn diagnoses_add_to_the_profile_and_the_graver_withdrawal_wins() {
    use insats::{Substance, Withdrawal};
    let profile = Profile::builder().age(45).diagnosis("F10.3".parse().unwrap()).build().unwrap();
    assert_eq!(profile.age(), Some(45));
    assert_eq!(profile.substances(), TagSet::only(Substance::Alcohol));
    assert_eq!(profile.condition(), None);
    assert!(profile.stated_patterns().is_empty());
    assert_eq!(profile.withdrawal(), Some(Withdrawal::General));
    assert_eq!(profile.diagnoses().iter().map(|d| d.to_string()).collect::<Vec<_>>(), ["F10.3"]);
    for codes in [["F10.4", "F10.3"], ["F10.3", "F10.4"]] {
        let mut builder = Profile::builder();
        for code in codes {
            builder = builder.diagnosis(code.parse().unwrap());
        }
        assert_eq!(
            builder.build().unwrap().withdrawal(),
            Some(Withdrawal::DeliriumTremens),
            "{codes:?}"
        );
    }
}

/// Whatever the builder returns reads back from its own JSON: every
/// combination of the situation flags (each unstated, false or true; LARO
/// and other treatment set in both orders), with each form of age (issue
/// 14). The builder refuses what the JSON refuses (an age above
/// `Profile::MAX_AGE`, LARO beside no other treatment), and returns every
/// other profile exactly as told. Leaving a field out again keeps it so.
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
                                        let refused =
                                            a == 2 || (laro == Some(true) && other == Some(false));
                                        let built = b.build();
                                        assert_eq!(built.is_err(), refused);
                                        let Ok(profile) = built else {
                                            checked += 1;
                                            continue;
                                        };
                                        assert_eq!(profile.in_laro(), laro);
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

/// The builder never returns a profile that differs from what it was
/// told (issue 25): an age of 200 is refused, not taken as 130.
#[test]
fn the_builder_refuses_an_age_above_the_limit() {
    let err = Profile::builder().age(200).build().unwrap_err();
    assert!(
        matches!(err.kind(), insats::ErrorKind::Profile { field: "age", value, .. } if value == "200"),
        "{err:?}"
    );
    assert_eq!(Profile::builder().age(130).build().unwrap().age(), Some(130));
}

/// The builder never resolves LARO against "in no other treatment" in
/// either order it is told; the JSON refuses the same.
#[test]
fn the_builder_refuses_laro_beside_no_other_treatment() {
    for built in [
        Profile::builder().in_laro(true).in_other_treatment(false).build(),
        Profile::builder().in_other_treatment(false).in_laro(true).build(),
    ] {
        let err = built.unwrap_err();
        assert!(
            matches!(err.kind(), insats::ErrorKind::Profile { field: "in_laro", .. }),
            "{err:?}"
        );
    }
    let told = Profile::builder().in_laro(false).in_other_treatment(false).build().unwrap();
    assert_eq!((told.in_laro(), told.in_other_treatment()), (Some(false), Some(false)));
}
