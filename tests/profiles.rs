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
