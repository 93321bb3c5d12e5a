//! Golden scenarios: one JSON case file per situation a caseworker meets,
//! checked against the built-in catalog. Adding a case needs no Rust: drop
//! a `*.json` file next to this one.
//!
//! A case file:
//!
//! ```json
//! {
//!   "description": "what situation this is",
//!   "catalog": ["id", ...],                   // optional: only these built-in entries (a
//!                                             // service that offers a few); default: all
//!   "profile": { "age": 34, "substances": ["alcohol"], ... },   // insats::Profile
//!   "expect": {
//!     "exact": false,                         // true: the lists below are the whole result
//!     "nothing": false,                       // true: nothing is recommended
//!     "primary": ["id", ...],                 // recommended as primary, in this relative order
//!     "add_ons": ["id", ...],                 // recommended as add-ons, in this relative order
//!     "not_recommended": ["id", ...],         // neither primary nor add-on
//!     "conditional": { "id": "relatives" },   // conditional matches, with what each requires
//!                                             // (an insats::Population id)
//!     "priorities": { "id": 4, "id2": null }, // the priority of a match (null: not stated)
//!     "disputes": { "id": [2] },              // the other numbers other sources give for
//!                                             // the pair behind the match's priority
//!     "excluded": { "id": ["population"] },   // not recommended, with at least these reason kinds
//!     "package": { "housing": "id" },         // the entry that meets a need
//!     "unmet": ["school"]                     // needs no recommended entry serves
//!   }
//! }
//! ```
//!
//! A list left out checks nothing, but `[]` means none: `"add_ons": []`
//! fails when any add-on is recommended. With `"exact": true`, `primary`
//! and `add_ons` are each the whole list, in order, and `conditional` names
//! every conditional match; a list left out then means none. `priorities`
//! and `disputes` look at the recommended match, else the conditional one.
//!
//! Reason kinds are `insats::Reason::kind` ids (`provider`, `role`,
//! `age-group`, `substance`, `population`, `age-scope`,
//! `situation-not-stated`, `requires-other-treatment`,
//! `replaced-by-youth-version`, …).

use insats::{Catalog, Match, Matcher, Need, NrPriority, Population, Profile, Recommendations};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    #[allow(dead_code)]
    description: String,
    #[serde(default)]
    catalog: Option<Vec<String>>,
    profile: Profile,
    expect: Expect,
}

impl Case {
    /// The built-in catalog, or the part of it the case names.
    fn catalog(&self, name: &str) -> std::borrow::Cow<'static, Catalog> {
        let Some(ids) = &self.catalog else {
            return std::borrow::Cow::Borrowed(insats::catalog());
        };
        let entries = ids
            .iter()
            .map(|id| {
                insats::catalog().get(id).cloned().unwrap_or_else(|| panic!("{name}: no {id:?}"))
            })
            .collect();
        std::borrow::Cow::Owned(
            Catalog::new(name, entries).unwrap_or_else(|e| panic!("{name}: catalog: {e}")),
        )
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct Expect {
    exact: bool,
    nothing: bool,
    primary: Option<Vec<String>>,
    add_ons: Option<Vec<String>>,
    not_recommended: Vec<String>,
    conditional: Option<BTreeMap<String, Population>>,
    priorities: BTreeMap<String, Option<NrPriority>>,
    disputes: BTreeMap<String, Vec<NrPriority>>,
    excluded: BTreeMap<String, Vec<String>>,
    package: BTreeMap<Need, String>,
    unmet: Vec<Need>,
}

/// Whether `wanted` occurs in `list` in this order (others may lie
/// between).
fn in_order(list: &[&str], wanted: &[String]) -> bool {
    let mut rest = list.iter();
    wanted.iter().all(|w| rest.any(|id| id == w))
}

fn ids<'c>(list: &[Match<'c>]) -> Vec<&'c str> {
    list.iter().map(|m| m.intervention().id()).collect()
}

/// A population as the case files write it: its serde id
/// (`relatives`, `{"with-need":"housing"}`).
fn population_id(population: Population) -> String {
    match serde_json::to_value(population) {
        Ok(serde_json::Value::String(id)) => id,
        Ok(other) => other.to_string(),
        Err(e) => format!("{population:?} ({e})"),
    }
}

/// Checks one recommended list (`what`: "primary" or "add-ons") against
/// its expectation: left out, anything (or, when exact, nothing); `[]`,
/// nothing; else these in this order, and when exact no others.
fn check_list(
    what: &str,
    got: &[&str],
    wanted: Option<&Vec<String>>,
    exact: bool,
    problems: &mut Vec<String>,
) {
    let none = Vec::new();
    let wanted = match wanted {
        Some(wanted) => wanted,
        None if exact => &none,
        None => return,
    };
    if exact || wanted.is_empty() {
        if got != wanted.as_slice() {
            problems.push(format!("{what} {got:?}, expected exactly {wanted:?}"));
        }
    } else if !in_order(got, wanted) {
        problems.push(format!("{what} {got:?} lacks {wanted:?} in that order"));
    }
}

/// The recommended match of `id`, else its conditional match.
fn any_match<'r, 'c>(recs: &'r Recommendations<'c>, id: &str) -> Option<&'r Match<'c>> {
    recs.get(id).or_else(|| recs.conditional().iter().find(|m| m.intervention().id() == id))
}

fn run(catalog: &Catalog, case: &Case) -> Vec<String> {
    let mut problems = Vec::new();
    let matcher = Matcher::new(catalog);
    let recs = matcher.recommend(&case.profile);
    let decisions = matcher.explain(&case.profile);
    let e = &case.expect;
    let (primary, add_ons) = (ids(recs.primary()), ids(recs.add_ons()));

    let conditional_ids = e.conditional.iter().flat_map(|c| c.keys());
    let named = e
        .primary
        .iter()
        .flatten()
        .chain(e.add_ons.iter().flatten())
        .chain(&e.not_recommended)
        .chain(conditional_ids)
        .chain(e.priorities.keys())
        .chain(e.disputes.keys())
        .chain(e.excluded.keys())
        .chain(e.package.values());
    for id in named {
        if catalog.get(id).is_none() {
            problems.push(format!("{id:?} is not in the catalog"));
        }
    }
    if e.nothing && !recs.is_empty() {
        problems.push(format!("expected nothing, got {primary:?} + add-ons {add_ons:?}"));
    }
    check_list("primary", &primary, e.primary.as_ref(), e.exact, &mut problems);
    check_list("add-ons", &add_ons, e.add_ons.as_ref(), e.exact, &mut problems);
    for id in &e.not_recommended {
        if let Some(m) = recs.get(id) {
            let role = if m.is_add_on() { "an add-on" } else { "primary" };
            problems.push(format!("{id}: expected not recommended, but it is {role}"));
        }
    }
    let got_conditional: Vec<(&str, Option<Population>)> =
        recs.conditional().iter().map(|m| (m.intervention().id(), m.requires())).collect();
    let none = BTreeMap::new();
    let wanted_conditional = match &e.conditional {
        Some(wanted) => Some(wanted),
        None if e.exact => Some(&none),
        None => None,
    };
    if let Some(wanted) = wanted_conditional {
        for (id, requires) in wanted {
            match got_conditional.iter().find(|(got, _)| got == id) {
                Some((_, Some(got))) if got == requires => {}
                Some((_, got)) => problems.push(format!(
                    "{id}: conditional on {}, expected {}",
                    got.map(population_id).unwrap_or_default(),
                    population_id(*requires)
                )),
                None => problems.push(format!(
                    "{id}: expected conditional on {}, but it is not conditional",
                    population_id(*requires)
                )),
            }
        }
        if e.exact {
            let others: Vec<&str> = got_conditional
                .iter()
                .map(|(id, _)| *id)
                .filter(|id| !wanted.contains_key(*id))
                .collect();
            if !others.is_empty() {
                let wanted: Vec<&String> = wanted.keys().collect();
                problems.push(format!("conditional also {others:?}, expected exactly {wanted:?}"));
            }
        }
    }
    for (id, priority) in &e.priorities {
        match any_match(&recs, id) {
            Some(m) if m.priority() == *priority => {}
            Some(m) => {
                problems.push(format!("{id}: priority {:?}, expected {priority:?}", m.priority()))
            }
            None => problems.push(format!("{id}: expected a match with priority {priority:?}")),
        }
    }
    for (id, wanted) in &e.disputes {
        let Some(m) = any_match(&recs, id) else {
            problems.push(format!("{id}: expected a match with disputes {wanted:?}"));
            continue;
        };
        let got: Vec<NrPriority> = m
            .recommendation()
            .map(|r| r.disputes().iter().map(|d| d.priority()).collect())
            .unwrap_or_default();
        if got != *wanted {
            problems.push(format!("{id}: disputes {got:?}, expected {wanted:?}"));
        }
    }
    for (id, kinds) in &e.excluded {
        let Some(decision) = decisions.iter().find(|d| d.intervention().id() == id) else {
            continue;
        };
        let found: Vec<&str> = decision.exclusions().map(|r| r.kind()).collect();
        if decision.is_included() {
            problems.push(format!("{id}: expected excluded, but it is recommended"));
        } else if !kinds.iter().all(|k| found.contains(&k.as_str())) {
            problems.push(format!("{id}: exclusions {found:?}, expected at least {kinds:?}"));
        }
    }
    for (need, id) in &e.package {
        let got = recs.package().get(*need).map(|m| m.intervention().id());
        if got != Some(id.as_str()) {
            problems.push(format!("package: {} met by {got:?}, expected {id:?}", need.id()));
        }
    }
    let unmet: Vec<Need> = recs.package().unmet().iter().collect();
    if unmet != e.unmet {
        problems.push(format!("unmet needs {unmet:?}, expected {:?}", e.unmet));
    }
    problems
}

#[test]
fn golden_scenarios() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 20, "expected the scenario files in {}", dir.display());
    let mut report = String::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let name = file.file_name().unwrap().to_string_lossy();
        let case: Case =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: not a scenario: {e}"));
        for problem in run(&case.catalog(&name), &case) {
            report.push_str(&format!("{name}: {problem}\n"));
        }
    }
    assert!(report.is_empty(), "scenarios failed:\n{report}");
}

#[path = "../util/mod.rs"]
mod util;

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
/// The profile (an adult in individ- och familjeomsorg, in other
/// treatment, with a need for school) gets MET (1) and Psykosocial
/// behandling as primary, Nätverksterapi (4) as an add-on, and CRAFT as a
/// conditional match that requires a relative; nothing serves school.
#[test]
fn the_runner_reports_what_differs() {
    let catalog = runner_catalog();
    let case = |expect: &str| -> Case {
        serde_json::from_str(&format!(
            r#"{{"description": "acceptance 1", "profile": {{"age_group": "adults",
                "provider": "individual-and-family-care", "role": "social-worker",
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
            "craft: conditional on relatives, expected with-cohabiting-partner",
            "met: expected conditional on relatives, but it is not conditional",
            r#"natverksterapi: expected conditional on {"with-need":"school"}, but it is not conditional"#,
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
