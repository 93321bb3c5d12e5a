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
//!   "profile": { "age": 34, "substances": ["alcohol"], "pattern": "dependence", ... },
//!                                             // insats::Profile; the keys are the
//!                                             // builder's methods (pattern, dsm5_criteria,
//!                                             // diagnoses, situations, situations_absent, …)
//!   "expect": {
//!     "exact": false,                         // true: the lists below are the whole result
//!     "nothing": false,                       // true: nothing is recommended
//!     "primary": ["id", ...],                 // recommended as primary, in this relative order
//!     "add_ons": ["id", ...],                 // recommended as add-ons, in this relative order
//!     "assessments": ["id", ...],             // assessment instruments and tests the
//!                                             // result rates for the person, in this order
//!     "not_rated_for_age": ["id", ...],       // listed apart: rows not rated for the
//!                                             // person's age, in this relative order
//!     "not_recommended": ["id", ...],         // neither primary, add-on nor assessment
//!     "conditional": {                        // conditional matches, with every fact
//!       "id": "relatives",                    //   each waits for: one fact, or
//!       "id2": ["pattern-not-stated", {"with-need": "homelessness"}]  // a list of them
//!     },
//!     "priorities": { "id": 4, "id2": null }, // the priority of a match (null: not stated)
//!     "disputes": { "id": [2] },              // the other numbers other sources give for
//!                                             // the pair behind the match's priority
//!     "excluded": { "id": ["population"] },   // not recommended, with at least these reason kinds
//!     "reasons": { "id": ["nearest-stated"] },// a match's reasons, at least these kinds
//!     "package": { "housing": "id" },         // the entry that meets a need
//!     "unmet": ["school"]                     // needs no recommended entry serves
//!   }
//! }
//! ```
//!
//! A list left out checks nothing, but `[]` means none: `"add_ons": []`
//! fails when any add-on is recommended. With `"exact": true`, `primary`,
//! `add_ons`, `assessments` and `not_rated_for_age` are each the whole
//! list, in order, and `conditional` names every conditional match; a list
//! left out then means none. `priorities`, `disputes` and `reasons` look at
//! the recommended match (or assessment), else the conditional one, else
//! the one not rated for the person's age.
//!
//! A conditional entry names *every* fact the match waits for
//! (`insats::Match::unstated`), in any order: `"age-not-stated"`,
//! `"substance-not-stated"`, `"pattern-not-stated"`,
//! `"other-treatment-not-stated"` (an add-on with nothing else to add it
//! to), and for a situation
//! the population its pair is for (an `insats::Population` id such as
//! `"relatives"` or `{"with-need": "work"}`), which is also what
//! `Match::requires` must say. A single fact needs no list: `"relatives"`
//! means the match waits for that situation and nothing else.
//!
//! Reason kinds are `insats::Reason::kind` ids (`provider`, `role`,
//! `age-group`, `substance`, `population`, `age-scope`, `pattern`,
//! `situation-not-stated`, `pattern-not-stated`, `no-number-for-children`,
//! `nearest-stated`, `requires-other-treatment`, `other-treatment-not-stated`,
//! `replaced-by-youth-version`, …).

use insats::{
    Catalog, Match, Matcher, Need, NrPriority, Population, Profile, Reason, Recommendations,
};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

use crate::util;

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
    assessments: Option<Vec<String>>,
    not_rated_for_age: Option<Vec<String>>,
    not_recommended: Vec<String>,
    conditional: Option<BTreeMap<String, Waits>>,
    priorities: BTreeMap<String, Option<NrPriority>>,
    disputes: BTreeMap<String, Vec<NrPriority>>,
    excluded: BTreeMap<String, Vec<String>>,
    reasons: BTreeMap<String, Vec<String>>,
    package: BTreeMap<Need, String>,
    unmet: Vec<Need>,
}

/// What a conditional entry of a case waits for: one fact, or every one.
#[derive(Deserialize)]
#[serde(untagged)]
enum Waits {
    One(Fact),
    All(Vec<Fact>),
}

impl Waits {
    /// The facts, in the order [`Match::unstated`] gives them.
    fn facts(&self) -> Vec<Fact> {
        let mut facts = match self {
            Waits::One(fact) => vec![*fact],
            Waits::All(facts) => facts.clone(),
        };
        facts.sort_by_key(|f| f.order());
        facts
    }
}

/// One fact a conditional match waits for, as the case files write it.
#[derive(Deserialize, Clone, Copy, Debug, PartialEq)]
#[serde(untagged)]
enum Fact {
    Unstated(UnstatedFact),
    /// The situation of the pair's population.
    Situation(Population),
}

#[derive(Deserialize, Clone, Copy, Debug, PartialEq)]
enum UnstatedFact {
    #[serde(rename = "age-not-stated")]
    Age,
    #[serde(rename = "substance-not-stated")]
    Substance,
    #[serde(rename = "pattern-not-stated")]
    Pattern,
    /// Other treatment, for an add-on with nothing else to add it to.
    #[serde(rename = "other-treatment-not-stated")]
    OtherTreatment,
}

impl Fact {
    /// The fact a reason of [`Match::unstated`] names.
    fn of(reason: &Reason) -> Option<Fact> {
        Some(match reason {
            Reason::AgeNotStated { .. } => Fact::Unstated(UnstatedFact::Age),
            Reason::SubstanceNotStated { .. } => Fact::Unstated(UnstatedFact::Substance),
            Reason::PatternNotStated { .. } => Fact::Unstated(UnstatedFact::Pattern),
            Reason::SituationNotStated { required } => Fact::Situation(*required),
            Reason::OtherTreatmentNotStated => Fact::Unstated(UnstatedFact::OtherTreatment),
            _ => return None,
        })
    }
    /// The fixed order of `Match::unstated`: age, substance, pattern,
    /// situation, other treatment.
    fn order(&self) -> u8 {
        match self {
            Fact::Unstated(UnstatedFact::Age) => 0,
            Fact::Unstated(UnstatedFact::Substance) => 1,
            Fact::Unstated(UnstatedFact::Pattern) => 2,
            Fact::Situation(_) => 3,
            Fact::Unstated(UnstatedFact::OtherTreatment) => 4,
        }
    }
    /// The fact as a case file writes it.
    fn id(&self) -> String {
        match self {
            Fact::Unstated(UnstatedFact::Age) => "age-not-stated".to_owned(),
            Fact::Unstated(UnstatedFact::Substance) => "substance-not-stated".to_owned(),
            Fact::Unstated(UnstatedFact::Pattern) => "pattern-not-stated".to_owned(),
            Fact::Unstated(UnstatedFact::OtherTreatment) => "other-treatment-not-stated".to_owned(),
            Fact::Situation(population) => population_id(*population),
        }
    }
}

fn fact_ids(facts: &[Fact]) -> String {
    format!("[{}]", facts.iter().map(Fact::id).collect::<Vec<_>>().join(", "))
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

/// Checks one list of the result (`what`: "primary", "add-ons", …)
/// against its expectation: left out, anything (or, when exact, nothing);
/// `[]`, nothing; else these in this order, and when exact no others.
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

/// The recommended match (or assessment) of `id`, else its conditional
/// match, else its match not rated for the person's age.
fn any_match<'r, 'c>(recs: &'r Recommendations<'c>, id: &str) -> Option<&'r Match<'c>> {
    let by_id = |m: &&Match<'c>| m.intervention().id() == id;
    recs.get(id)
        .or_else(|| recs.conditional().iter().find(by_id))
        .or_else(|| recs.not_rated_for_age().iter().find(by_id))
}

/// Checks the conditional matches against `wanted` (every one of them when
/// `exact`): each waits for exactly the facts its entry names, and its
/// `requires` agrees with the situation among them.
fn check_conditional(
    recs: &Recommendations<'_>,
    wanted: &BTreeMap<String, Waits>,
    exact: bool,
    problems: &mut Vec<String>,
) {
    for m in recs.conditional() {
        let facts: Vec<Fact> = m.unstated().iter().filter_map(Fact::of).collect();
        let situation = facts.iter().find_map(|f| match f {
            Fact::Situation(p) => Some(*p),
            Fact::Unstated(_) => None,
        });
        if m.requires() != situation {
            problems.push(format!(
                "{}: requires {:?}, but waits for {}",
                m.intervention().id(),
                m.requires().map(population_id),
                fact_ids(&facts)
            ));
        }
    }
    for (id, waits) in wanted {
        let expected = waits.facts();
        match recs.conditional().iter().find(|m| m.intervention().id() == id) {
            Some(m) => {
                let got: Vec<Fact> = m.unstated().iter().filter_map(Fact::of).collect();
                if got != expected {
                    problems.push(format!(
                        "{id}: conditional on {}, expected {}",
                        fact_ids(&got),
                        fact_ids(&expected)
                    ));
                }
            }
            None => problems.push(format!(
                "{id}: expected conditional on {}, but it is not conditional",
                fact_ids(&expected)
            )),
        }
    }
    if exact {
        let others: Vec<&str> =
            ids(recs.conditional()).into_iter().filter(|id| !wanted.contains_key(*id)).collect();
        if !others.is_empty() {
            let wanted: Vec<&String> = wanted.keys().collect();
            problems.push(format!("conditional also {others:?}, expected exactly {wanted:?}"));
        }
    }
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
        .chain(e.assessments.iter().flatten())
        .chain(e.not_rated_for_age.iter().flatten())
        .chain(&e.not_recommended)
        .chain(conditional_ids)
        .chain(e.priorities.keys())
        .chain(e.disputes.keys())
        .chain(e.excluded.keys())
        .chain(e.reasons.keys())
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
    let assessments = ids(recs.assessments());
    check_list("assessments", &assessments, e.assessments.as_ref(), e.exact, &mut problems);
    let not_rated = ids(recs.not_rated_for_age());
    check_list(
        "not rated for age",
        &not_rated,
        e.not_rated_for_age.as_ref(),
        e.exact,
        &mut problems,
    );
    for id in &e.not_recommended {
        if let Some(m) = recs.get(id) {
            let role = if assessments.contains(&id.as_str()) {
                "an assessment"
            } else if m.is_add_on() {
                "an add-on"
            } else {
                "primary"
            };
            problems.push(format!("{id}: expected not recommended, but it is {role}"));
        }
    }
    let none = BTreeMap::new();
    let wanted_conditional = match &e.conditional {
        Some(wanted) => Some(wanted),
        None if e.exact => Some(&none),
        None => None,
    };
    if let Some(wanted) = wanted_conditional {
        check_conditional(&recs, wanted, e.exact, &mut problems);
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
    for (id, kinds) in &e.reasons {
        let Some(m) = any_match(&recs, id) else {
            problems.push(format!("{id}: expected a match with reasons {kinds:?}"));
            continue;
        };
        let reasons = m.reasons();
        let found: Vec<&str> = reasons.iter().map(Reason::kind).collect();
        if !kinds.iter().all(|k| found.contains(&k.as_str())) {
            problems.push(format!("{id}: reasons {found:?}, expected at least {kinds:?}"));
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

/// The runner itself, on catalogs of its own.
mod runner;
