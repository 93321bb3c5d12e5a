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
//!     "nothing": false,                       // true: nothing is recommended
//!     "primary": ["id", ...],                 // recommended as primary, in this relative order
//!     "add_ons": ["id", ...],                 // recommended as add-ons, in this relative order
//!     "priorities": { "id": 4, "id2": null }, // the priority of a match (null: not stated)
//!     "excluded": { "id": ["population"] },   // not recommended, with at least these reason kinds
//!     "package": { "housing": "id" },         // the entry that meets a need
//!     "unmet": ["school"]                     // needs no recommended entry serves
//!   }
//! }
//! ```
//!
//! Reason kinds are `insats::Reason::kind` ids (`provider`, `role`,
//! `age-group`, `substance`, `population`, `requires-other-treatment`,
//! `replaced-by-youth-version`, …).

use insats::{Catalog, Matcher, Need, NrPriority, Profile};
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
    nothing: bool,
    primary: Vec<String>,
    add_ons: Vec<String>,
    priorities: BTreeMap<String, Option<NrPriority>>,
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

fn ids<'c>(list: &[insats::Match<'c>]) -> Vec<&'c str> {
    list.iter().map(|m| m.intervention().id()).collect()
}

fn run(catalog: &Catalog, case: &Case) -> Vec<String> {
    let mut problems = Vec::new();
    let matcher = Matcher::new(catalog);
    let recs = matcher.recommend(&case.profile);
    let decisions = matcher.explain(&case.profile);
    let e = &case.expect;
    let (primary, add_ons) = (ids(recs.primary()), ids(recs.add_ons()));

    let named = e
        .primary
        .iter()
        .chain(&e.add_ons)
        .chain(e.priorities.keys())
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
    if !in_order(&primary, &e.primary) {
        problems.push(format!("primary {primary:?} lacks {:?} in that order", e.primary));
    }
    if !in_order(&add_ons, &e.add_ons) {
        problems.push(format!("add-ons {add_ons:?} lack {:?} in that order", e.add_ons));
    }
    for (id, priority) in &e.priorities {
        match recs.get(id) {
            Some(m) if m.priority() == *priority => {}
            Some(m) => {
                problems.push(format!("{id}: priority {:?}, expected {priority:?}", m.priority()))
            }
            None => problems.push(format!("{id}: expected a match with priority {priority:?}")),
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
    assert!(files.len() >= 5, "expected the scenario files in {}", dir.display());
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

/// The runner itself, on the hand-built seed entries: a true case passes,
/// and each kind of wrong expectation is reported.
#[test]
fn the_runner_reports_what_differs() {
    let catalog = util::seed_like_catalog();
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
    let bad = case(
        r#"{"nothing": true, "primary": ["natverksterapi"], "priorities": {"natverksterapi": 3},
            "excluded": {"psykosocial-behandling": []}, "package": {"school": "craft"}}"#,
    );
    assert_eq!(
        run(&catalog, &bad),
        [
            r#""craft" is not in the catalog"#,
            r#"expected nothing, got ["psykosocial-behandling"] + add-ons ["natverksterapi"]"#,
            r#"primary ["psykosocial-behandling"] lacks ["natverksterapi"] in that order"#,
            "natverksterapi: priority Some(Rank(Rank(4))), expected Some(Rank(Rank(3)))",
            "psykosocial-behandling: expected excluded, but it is recommended",
            r#"package: school met by None, expected "craft""#,
            "unmet needs [School], expected []",
        ]
    );
}
