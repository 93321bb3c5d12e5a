//! The page carries every fact of an entry that a page can state:
//! `page::parse(&page::render(e))` is `e` but for exactly what
//! `page::render_checked` names, for every built-in entry and for
//! generated entries with every kind of fact; what it names is what no
//! page carries (ids other than the title's slug, sources, notes, the
//! source's words for the Kompetenskrav) or a value that a page cannot
//! hold (a text with `”` or a line break); and the page is written back
//! as it is.

use insats::page::{self, EntryFact, LeftOut, RecommendationFact};
use insats::{Intervention, catalog};
use serde_json::Value;
use std::collections::BTreeSet;

use crate::util;

/// The fields in which two entries' JSON differ, as `LeftOut::path`
/// names them: a top-level field, `recommendations[i].field` when both
/// have as many rows, `competence.text` when only the words differ.
fn json_differences(a: &Intervention, b: &Intervention) -> BTreeSet<String> {
    let (a, b) = (serde_json::to_value(a).unwrap(), serde_json::to_value(b).unwrap());
    let object = |v: &Value| v.as_object().cloned().unwrap_or_default();
    let (a, b) = (object(&a), object(&b));
    let mut out = BTreeSet::new();
    for key in a.keys().chain(b.keys()) {
        let (x, y) = (a.get(key).unwrap_or(&Value::Null), b.get(key).unwrap_or(&Value::Null));
        if x == y {
            continue;
        }
        match (key.as_str(), x, y) {
            ("recommendations", Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
                for (i, (r, s)) in x.iter().zip(y).enumerate() {
                    let (r, s) = (object(r), object(s));
                    for field in r.keys().chain(s.keys()) {
                        if r.get(field) != s.get(field) {
                            out.insert(format!("recommendations[{i}].{field}"));
                        }
                    }
                }
            }
            ("competence", Value::Object(x), Value::Object(y))
                if x.get("requirement") == y.get("requirement") =>
            {
                out.insert("competence.text".to_owned());
            }
            _ => {
                out.insert(key.clone());
            }
        }
    }
    out
}

/// Checks the promise for one entry: the page reads back (strictly too,
/// unless `strict` is false), differs from the entry in exactly what
/// `render_checked` names, and is written back as it is. Returns what is
/// left out.
#[track_caller]
fn check(entry: &Intervention, strict: bool) -> Vec<LeftOut> {
    let (text, left_out) = page::render_checked(entry);
    assert_eq!(text, page::render(entry));
    let (back, _) = page::parse_lenient(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    if strict {
        assert_eq!(page::parse(&text).as_ref().ok(), Some(&back), "{text}");
    }
    let named: BTreeSet<String> = left_out.iter().map(LeftOut::path).collect();
    assert_eq!(named.len(), left_out.len(), "{left_out:?}");
    assert_eq!(named, json_differences(entry, &back), "{text}");
    assert_eq!(page::render(&back), text, "the page is not written back as it is");
    left_out
}

/// What no page carries of `entry`, by its fields: the facts
/// `render_checked` must name for it, and no others.
fn never_on_a_page(entry: &Intervention) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut fact = |yes: bool, fact: EntryFact| {
        if yes {
            out.insert(fact.path().to_owned());
        }
    };
    fact(entry.id() != insats::slug(entry.name()), EntryFact::Id);
    fact(entry.source().is_some(), EntryFact::Source);
    fact(!entry.notes().is_empty(), EntryFact::Notes);
    fact(
        entry.required_competence().is_some_and(|c| !c.text().is_empty()),
        EntryFact::CompetenceText,
    );
    for (index, r) in entry.recommendations().iter().enumerate() {
        if r.source().is_some() {
            out.insert(format!("recommendations[{index}].{}", RecommendationFact::Source.path()));
        }
    }
    out
}

/// Every built-in entry: its page reads back strictly, and differs from
/// it only in what no page carries, which `render_checked` names.
#[test]
fn built_in_entries_round_trip_but_for_what_no_page_carries() {
    let mut exact = Vec::new();
    for entry in catalog().iter() {
        let left_out = check(entry, true);
        assert!(left_out.iter().all(LeftOut::is_never_on_a_page), "{}: {left_out:?}", entry.id());
        let named: BTreeSet<String> = left_out.iter().map(LeftOut::path).collect();
        assert_eq!(named, never_on_a_page(entry), "{}", entry.id());
        if left_out.is_empty() {
            exact.push(entry.id());
        }
    }
    eprintln!("{} of {} built-in entries round-trip exactly", exact.len(), catalog().len());
}

/// The same entries with what no page carries taken out round-trip
/// exactly: every other fact is on the page, the links too (by the
/// linked entries' ids).
#[test]
fn built_in_entries_without_what_no_page_carries_round_trip_exactly() {
    for entry in catalog().iter() {
        let mut json = serde_json::to_value(entry).unwrap();
        let object = json.as_object_mut().unwrap();
        for field in ["source", "notes"] {
            object.remove(field);
        }
        object.insert("id".into(), insats::slug(entry.name()).into());
        if let Some(competence) = object.get_mut("competence") {
            competence["text"] = "".into();
        }
        if let Some(Value::Array(rows)) = object.get_mut("recommendations") {
            for row in rows {
                row.as_object_mut().unwrap().remove("source");
            }
        }
        let bare: Intervention = serde_json::from_value(json).unwrap();
        assert_eq!(page::render_checked(&bare).1, [], "{}", entry.id());
        assert_eq!(page::parse(&page::render(&bare)).unwrap(), bare);
    }
}

/// A page read from the guide gets no block: the seeds' and fixtures'
/// pages are written back byte for byte and state nothing in brief.
#[test]
fn pages_of_the_guide_get_no_block() {
    for (name, text) in util::fixtures::ALL {
        let entry = page::parse(text).unwrap();
        assert_eq!(page::render_checked(&entry), (text.to_owned(), vec![]), "{name}");
        assert!(!text.contains("i korthet:"), "{name}");
    }
}

/// An entry read from a page and given what no page carries (a source
/// for it and for its row) is written as the same page, with no block:
/// the page still states every other fact, and `render_checked` names the
/// sources.
#[test]
fn what_no_page_carries_adds_no_block() {
    let entry = page::parse(util::fixtures::NATVERKSTERAPI).unwrap();
    let rows = entry.recommendations().iter().map(|r| r.clone().with_source("https://x.se/nt"));
    let sourced =
        entry.to_builder().source("https://x.se").recommendations(rows.collect()).build().unwrap();
    let (text, left_out) = page::render_checked(&sourced);
    assert_eq!(text, util::fixtures::NATVERKSTERAPI);
    assert_eq!(
        left_out,
        [
            LeftOut::Entry(EntryFact::Source),
            LeftOut::Recommendation { index: 0, fact: RecommendationFact::Source }
        ]
    );
}

/// An add-on is no umbrella: a page that states both is refused on the
/// line of the components, which the writer never writes for an add-on.
#[test]
fn an_add_on_with_components_is_refused() {
    let head = "Exempel\n\nMissbruk och beroende\n\nBehandling och stöd\n\nExempel\n\n";
    let add_on = "Målgrupp eller situation\n\nMålgruppen i korthet:\n\n  • Tillägg till annan behandling: ja\n\n";
    let components =
        "Sammanfattning\n\nInsatsen i korthet:\n\n  • Omfattar insatserna: ”A” och ”B”";
    let text = &format!("{head}{add_on}{components}");
    match page::parse(text).map_err(insats::Error::into_kind) {
        Err(insats::ErrorKind::Page { line: 19, problem }) => {
            assert_eq!(problem.kind(), "malformed-statement");
        }
        other => panic!("{other:?}"),
    }
    // Without the add-on, the components read as the ids of their titles.
    let text = format!("{head}{components}");
    assert_eq!(page::parse(&text).unwrap().components(), ["a", "b"]);
}

// Generated entries: every fact a page can state, with values that a
// page can hold and some that it cannot.

mod generated;
