//! The scenario runner itself, on catalogs of its own: true cases pass,
//! and each kind of wrong expectation is reported.

use super::*;

/// The runner's own catalog: the hand-built seed entries, a programme for
/// relatives (conditional while the profile leaves that unstated) and a
/// rated entry whose number another source disputes.
fn runner_catalog() -> Catalog {
    use insats::{Dispute, Intervention, Recommendation, TagSet, Target};
    let craft = Intervention::builder("CRAFT")
        .target(Target::new(TagSet::new(), Population::Relatives))
        .build()
        .unwrap();
    let met = Intervention::builder("MET")
        .recommendation(
            Recommendation::new(TagSet::new(), Population::Anyone, util::rank(1))
                .with_dispute(Dispute::new(util::rank(2), "https://example.org/other")),
        )
        .build()
        .unwrap();
    util::catalog(vec![util::psykosocial_behandling(), util::natverksterapi(), craft, met])
}

/// The runner itself, on its own catalog: true cases pass, and each kind
/// of wrong expectation is reported.
///
/// The profile (an adult who drinks, in individ- och familjeomsorg, in
/// other treatment, with a need for school) gets MET (1) and Psykosocial
/// behandling as primary, Nätverksterapi (4) as an add-on, and CRAFT as a
/// conditional match that requires a relative; nothing serves school.
#[test]
fn the_runner_reports_what_differs() {
    let catalog = runner_catalog();
    let case = |expect: &str| -> Case {
        serde_json::from_str(&format!(
            r#"{{"description": "acceptance 1", "profile": {{"age_group": "adults",
                "substances": ["alcohol"], "provider": "individual-and-family-care", "role": "social-worker",
                "in_other_treatment": true, "needs": ["school"]}}, "expect": {expect}}}"#
        ))
        .unwrap()
    };
    let good = case(
        r#"{"primary": ["psykosocial-behandling"], "add_ons": ["natverksterapi"],
            "priorities": {"natverksterapi": 4, "psykosocial-behandling": null},
            "unmet": ["school"]}"#,
    );
    assert_eq!(run(&catalog, &good), Vec::<String>::new());
    let exact = case(
        r#"{"exact": true, "primary": ["met", "psykosocial-behandling"],
            "add_ons": ["natverksterapi"], "not_recommended": ["craft"],
            "conditional": {"craft": "relatives"},
            "priorities": {"met": 1, "natverksterapi": 4, "psykosocial-behandling": null,
                           "craft": null},
            "disputes": {"met": [2], "natverksterapi": []},
            "excluded": {"craft": ["situation-not-stated"]}, "unmet": ["school"]}"#,
    );
    assert_eq!(run(&catalog, &exact), Vec::<String>::new());

    let bad = case(
        r#"{"nothing": true, "primary": ["natverksterapi"], "priorities": {"natverksterapi": 3},
            "excluded": {"psykosocial-behandling": []}, "package": {"school": "bostad-forst"}}"#,
    );
    assert_eq!(
        run(&catalog, &bad),
        [
            r#""bostad-forst" is not in the catalog"#,
            r#"expected nothing, got ["met", "psykosocial-behandling"] + add-ons ["natverksterapi"]"#,
            r#"primary ["met", "psykosocial-behandling"] lacks ["natverksterapi"] in that order"#,
            "natverksterapi: priority Some(Rank(Rank(4))), expected Some(Rank(Rank(3)))",
            "psykosocial-behandling: expected excluded, but it is recommended",
            r#"package: school met by None, expected "bostad-forst""#,
            "unmet needs [School], expected []",
        ]
    );

    // `[]` means none; not_recommended, conditional and disputes each bite.
    let strict = case(
        r#"{"primary": ["psykosocial-behandling", "met"], "add_ons": [],
            "not_recommended": ["natverksterapi", "met", "sbnt"],
            "conditional": {"craft": "with-cohabiting-partner", "met": "relatives",
                            "natverksterapi": {"with-need": "school"}},
            "disputes": {"met": [], "natverksterapi": [2], "craft": [3]},
            "unmet": ["school"]}"#,
    );
    assert_eq!(
        run(&catalog, &strict),
        [
            r#""sbnt" is not in the catalog"#,
            r#"primary ["met", "psykosocial-behandling"] lacks ["psykosocial-behandling", "met"] in that order"#,
            r#"add-ons ["natverksterapi"], expected exactly []"#,
            "natverksterapi: expected not recommended, but it is an add-on",
            "met: expected not recommended, but it is primary",
            "craft: conditional on [relatives], expected [with-cohabiting-partner]",
            "met: expected conditional on [relatives], but it is not conditional",
            r#"natverksterapi: expected conditional on [{"with-need":"school"}], but it is not conditional"#,
            "craft: disputes [], expected [Rank(Rank(3))]",
            "met: disputes [Rank(Rank(2))], expected []",
            "natverksterapi: disputes [], expected [Rank(Rank(2))]",
        ]
    );

    // Exact: every list is the whole result, and one left out means none.
    let exact_extra = case(r#"{"exact": true, "primary": ["met"], "unmet": ["school"]}"#);
    assert_eq!(
        run(&catalog, &exact_extra),
        [
            r#"primary ["met", "psykosocial-behandling"], expected exactly ["met"]"#,
            r#"add-ons ["natverksterapi"], expected exactly []"#,
            r#"conditional also ["craft"], expected exactly []"#,
        ]
    );
    let exact_order = case(
        r#"{"exact": true, "primary": ["psykosocial-behandling", "met"],
            "add_ons": ["natverksterapi"], "conditional": {"craft": "relatives"},
            "unmet": ["school"]}"#,
    );
    assert_eq!(
        run(&catalog, &exact_order),
        [
            r#"primary ["met", "psykosocial-behandling"], expected exactly ["psykosocial-behandling", "met"]"#
        ]
    );
}

/// A catalog for what the runner checks beside treatment: an assessment
/// instrument for adults, a housing row whose condition names a pattern of
/// use and a situation, and a general row (not rated for a child).
fn steps_catalog() -> Catalog {
    use insats::{ConditionPattern, Intervention, Kind, Need, Recommendation, Substance, TagSet};
    let audit = Intervention::builder("AUDIT")
        .kind(Kind::Assessment)
        .recommendation(
            Recommendation::new(
                TagSet::only(Substance::Alcohol),
                Population::Anyone,
                util::rank(1),
            )
            .with_age_scope(insats::AgeScope::Adults),
        )
        .build()
        .unwrap();
    let housing = Intervention::builder("Bostad först")
        .recommendation(
            Recommendation::new(
                TagSet::from([Substance::Alcohol, Substance::Narcotics]),
                Population::WithNeed(Need::Homelessness),
                util::rank(5),
            )
            .with_patterns(TagSet::from([ConditionPattern::Misuse, ConditionPattern::Dependence])),
        )
        .build()
        .unwrap();
    util::catalog(vec![util::psykosocial_behandling(), audit, housing])
}

/// The lists beside treatment and the facts a conditional match waits
/// for: an adult who drinks gets AUDIT (1) as an assessment, Psykosocial
/// behandling as primary, and Bostad först waiting for the pattern of use
/// and for homelessness; a 15-year-old gets no AUDIT (adults only) and
/// both other rows listed as not rated for the age.
#[test]
fn the_runner_checks_assessments_not_rated_rows_and_every_fact_waited_for() {
    let catalog = steps_catalog();
    let case = |age: u8, expect: &str| -> Case {
        serde_json::from_str(&format!(
            r#"{{"description": "steps", "profile": {{"age": {age}, "substances": ["alcohol"]}},
                "expect": {expect}}}"#
        ))
        .unwrap()
    };
    let adult = r#"{"exact": true, "primary": ["psykosocial-behandling"],
        "assessments": ["audit"],
        "conditional": {"bostad-forst": [{"with-need": "homelessness"}, "pattern-not-stated"]},
        "priorities": {"audit": 1, "bostad-forst": 5},
        "reasons": {"audit": ["priority"], "bostad-forst": ["pattern-not-stated"]}}"#;
    assert_eq!(run(&catalog, &case(40, adult)), Vec::<String>::new());
    let child = r#"{"exact": true, "not_rated_for_age": ["bostad-forst", "psykosocial-behandling"],
        "not_recommended": ["audit"], "excluded": {"audit": ["age-scope"]},
        "priorities": {"bostad-forst": null},
        "reasons": {"psykosocial-behandling": ["no-number-for-children"]}}"#;
    assert_eq!(run(&catalog, &case(15, child)), Vec::<String>::new());

    let wrong_adult = r#"{"exact": true, "primary": ["psykosocial-behandling"],
        "not_recommended": ["audit"],
        "conditional": {"bostad-forst": {"with-need": "homelessness"},
                        "audit": "age-not-stated"},
        "reasons": {"audit": ["no-number-for-children"]}}"#;
    assert_eq!(
        run(&catalog, &case(40, wrong_adult)),
        [
            r#"assessments ["audit"], expected exactly []"#,
            "audit: expected not recommended, but it is an assessment",
            "audit: expected conditional on [age-not-stated], but it is not conditional",
            r#"bostad-forst: conditional on [pattern-not-stated, {"with-need":"homelessness"}], expected [{"with-need":"homelessness"}]"#,
            r#"audit: reasons ["priority"], expected at least ["no-number-for-children"]"#,
        ]
    );
    let wrong_child = r#"{"assessments": ["audit"], "not_rated_for_age": ["bostad-forst"],
        "primary": ["psykosocial-behandling"], "conditional": {"bostad-forst": "pattern-not-stated"},
        "priorities": {"psykosocial-behandling": 2}}"#;
    assert_eq!(
        run(&catalog, &case(15, wrong_child)),
        [
            r#"primary [] lacks ["psykosocial-behandling"] in that order"#,
            r#"assessments [] lacks ["audit"] in that order"#,
            "bostad-forst: expected conditional on [pattern-not-stated], but it is not conditional",
            "psykosocial-behandling: priority None, expected Some(Rank(Rank(2)))",
        ]
    );
    let exact_child = case(15, r#"{"exact": true}"#);
    assert_eq!(
        run(&catalog, &exact_child),
        [r#"not rated for age ["bostad-forst", "psykosocial-behandling"], expected exactly []"#]
    );
}
