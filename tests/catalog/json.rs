//! Catalogs read from JSON are checked like the constructors check, and
//! every refusal names the entry, the field's path, the value as written
//! and what was expected (issue 14): schedules, spans and session counts,
//! unknown and repeated fields at every level, youth and adult links that
//! go more than one step, priorities of any JSON type, and values of any
//! size.

use insats::{
    Catalog, CatalogProblem, Error, FieldProblem, JsonExpected, JsonFound, Language, LinkKind,
    ScheduleField, ScheduleProblem,
};

use crate::util::{assert_english, assert_swedish};

fn catalog_json(entries: &str) -> String {
    format!(r#"{{"schema": 1, "version": "test", "entries": [{entries}]}}"#)
}

/// One entry `x` with the fields `fields` besides its id and name.
fn entry_x(fields: &str) -> String {
    catalog_json(&format!(r#"{{"id": "x", "name": "X", {fields}}}"#))
}

/// The entry, path and problem of a field error; fails on anything else.
#[track_caller]
fn field_error(json: &str) -> (String, String, FieldProblem, Error) {
    match Catalog::from_json(json).map_err(insats::Error::into_kind) {
        Err(insats::ErrorKind::Catalog {
            entry,
            problem: CatalogProblem::Field { path, problem },
        }) => {
            let error = Catalog::from_json(json).unwrap_err();
            (entry, path, *problem, error)
        }
        other => panic!("expected a field error, got {other:?}"),
    }
}

/// The typed error of a checking constructor that refused the field at
/// `path` of the entry `x`.
#[track_caller]
fn invalid(json: &str, expected_path: &str) -> Error {
    let (entry, path, problem, _) = field_error(json);
    assert_eq!((entry.as_str(), path.as_str()), ("x", expected_path));
    match problem {
        FieldProblem::Invalid(error) => error,
        other => panic!("expected a constructor's refusal, got {other:?}"),
    }
}

#[test]
fn schedules_are_checked_like_their_constructors() {
    let err = invalid(
        &entry_x(r#""schedule": {"span": {"min": 10, "max": 2, "unit": "weeks"}}"#),
        "schedule.span",
    );
    assert!(matches!(
        err.kind(),
        insats::ErrorKind::Schedule {
            field: ScheduleField::Weeks,
            value,
            problem: ScheduleProblem::MinAboveMax
        }
            if value == "10–2"
    ));
    let err = invalid(
        &entry_x(r#""schedule": {"sessions": {"total": {"min": 0, "max": 0}}}"#),
        "schedule.sessions",
    );
    assert!(
        matches!(
            err.kind(),
            insats::ErrorKind::Schedule { problem: ScheduleProblem::AtLeastOne, .. }
        ),
        "{err}"
    );
    let err = invalid(
        &entry_x(r#""schedule": {"sessions": {"total": {"min": 20, "max": 16}}}"#),
        "schedule.sessions",
    );
    assert_eq!(
        err.describe(insats::Language::English),
        r#"invalid schedule: sessions "20–16": the minimum exceeds the maximum"#
    );
    let err = invalid(
        &entry_x(r#""schedule": {"sessions": {"at-least": {"min": 0}}}"#),
        "schedule.sessions",
    );
    assert!(
        matches!(
            err.kind(),
            insats::ErrorKind::Schedule { problem: ScheduleProblem::AtLeastOne, .. }
        ),
        "{err}"
    );
    let err = invalid(
        &entry_x(r#""schedule": {"sessions": {"per-week": {"min": 3, "max": 1}}}"#),
        "schedule.sessions",
    );
    assert!(
        matches!(
            err.kind(),
            insats::ErrorKind::Schedule { field: ScheduleField::SessionsPerWeek, .. }
        ),
        "{err}"
    );
    let err = invalid(&entry_x(r#""schedule": {}"#), "schedule");
    assert!(matches!(
        err.kind(),
        insats::ErrorKind::Schedule { problem: ScheduleProblem::NeitherSpanNorSessions, .. }
    ));
    let err = invalid(&entry_x(r#""schedule": {"boosters": true}"#), "schedule");
    assert!(
        matches!(err.kind(), insats::ErrorKind::Schedule { value, .. } if value == "boostersessioner"),
        "{err}"
    );

    // What the constructors accept reads, and displays as text that reads back.
    let json = entry_x(
        r#""schedule": {"span": {"min": 6, "max": 8, "unit": "weeks"}, "sessions": {"at-least": {"min": 18}}, "boosters": true}"#,
    );
    let catalog = Catalog::from_json(&json).unwrap();
    let schedule = catalog.get("x").and_then(|e| e.schedule()).unwrap();
    assert_eq!(schedule.to_string().parse::<insats::Schedule>().unwrap(), *schedule);
}

#[test]
fn unknown_fields_are_refused_at_every_level() {
    for (fields, path) in [
        (r#""extra": 1"#, "extra"),
        (
            r#""schedule": {"sessions": {"total": {"min": 1, "max": 2}}, "extra": 1}"#,
            "schedule.extra",
        ),
        (
            r#""schedule": {"span": {"min": 1, "max": 2, "unit": "weeks", "extra": 1}}"#,
            "schedule.span.extra",
        ),
        (
            r#""schedule": {"sessions": {"total": {"min": 1, "max": 2, "extra": 1}}}"#,
            "schedule.sessions.total.extra",
        ),
        (r#""phases": [{"ordinal": 1, "name": "A", "aims": "B", "extra": 1}]"#, "phases[0].extra"),
        (r#""tags": {"providerz": []}"#, "tags.providerz"),
        (r#""target": {"population": "anyone", "extra": 1}"#, "target.extra"),
        (
            r#""recommendations": [{"substances": [], "population": "anyone", "priority": 4, "disputes": [{"priority": 3, "source": "s", "extra": 1}]}]"#,
            "recommendations[0].disputes[0].extra",
        ),
        (r#""breadcrumb": {"area": "a", "section": "s", "extra": 1}"#, "breadcrumb.extra"),
        (r#""sections": {"extra": ""}"#, "sections.extra"),
    ] {
        let (entry, found, problem, _) = field_error(&entry_x(fields));
        assert_eq!((entry.as_str(), found.as_str()), ("x", path), "{fields}");
        assert!(matches!(problem, FieldProblem::UnknownField { .. }), "{fields}: {problem:?}");
    }
    // The closest field names are suggested.
    let (_, _, problem, err) = field_error(&entry_x(r#""youth_verison": "y""#));
    assert!(
        matches!(&problem, FieldProblem::UnknownField { closest } if closest == &["youth_version"])
    );
    assert_eq!(
        err.describe(insats::Language::English),
        r#"catalog entry "x": field "youth_verison" is not a field of the schema; did you mean "youth_version"?"#
    );
}

#[test]
fn a_repeated_key_is_refused_with_its_path() {
    let json = catalog_json(r#"{"id": "x", "name": "X", "name": "Y"}"#);
    let (entry, path, problem, err) = field_error(&json);
    assert_eq!((entry.as_str(), path.as_str()), ("x", "name"));
    assert!(matches!(problem, FieldProblem::Repeated));
    assert_eq!(
        err.describe(insats::Language::English),
        r#"catalog entry "x": field "name" is given twice"#
    );
    let json = entry_x(
        r#""recommendations": [{"substances": [], "population": "anyone", "priority": 4, "priority": 5}]"#,
    );
    let (_, path, problem, _) = field_error(&json);
    assert_eq!(path, "recommendations[0].priority");
    assert!(matches!(problem, FieldProblem::Repeated));
    let json = entry_x(r#""schedule": {"span": {"min": 1, "min": 2, "max": 3, "unit": "weeks"}}"#);
    assert_eq!(field_error(&json).1, "schedule.span.min");
    // at the top level too
    let json = r#"{"schema": 1, "version": "a", "version": "b", "entries": []}"#;
    let (entry, path, problem, _) = field_error(json);
    assert_eq!((entry.as_str(), path.as_str()), ("(catalog)", "version"));
    assert!(matches!(problem, FieldProblem::Repeated));
}

#[test]
fn a_priority_of_any_json_type_is_named_with_its_value() {
    for (priority, written) in [
        ("4.0", "4.0"),
        ("true", "true"),
        ("1e300", "1e300"),
        ("18446744073709551616", "1.8446744073709552e19"),
        ("0", "0"),
        ("11", "11"),
        ("-4", "-4"),
        (r#""hög""#, "hög"),
    ] {
        let json = entry_x(&format!(
            r#""recommendations": [{{"substances": ["alcohol"], "population": "anyone", "priority": {priority}}}]"#
        ));
        let err = invalid(&json, "recommendations[0].priority");
        assert!(
            matches!(err.kind(), insats::ErrorKind::Priority { text } if text == written),
            "{priority}: {err:?}"
        );
        let message = Catalog::from_json(&json).unwrap_err().describe(insats::Language::English);
        assert!(
            message.starts_with(&format!(
                "catalog entry \"x\": field \"recommendations[0].priority\" is invalid: NR priority {written:?} is not on the scale"
            )),
            "{message}"
        );
        assert!(!message.contains("untagged"), "{message}");
    }
}

#[test]
fn a_number_out_of_range_names_the_field_and_the_range() {
    let json = entry_x(
        r#""phases": [{"ordinal": 1, "name": "A", "aims": ""}, {"ordinal": 2, "name": "B", "aims": ""}, {"ordinal": 256, "name": "C", "aims": ""}]"#,
    );
    let (entry, path, problem, err) = field_error(&json);
    assert_eq!((entry.as_str(), path.as_str()), ("x", "phases[2].ordinal"));
    assert!(matches!(
        problem,
        FieldProblem::Unexpected {
            found: JsonFound::Number(ref n),
            expected: JsonExpected::Integer { min: 0, max: 255 }
        } if n == "256"
    ));
    assert_eq!(
        err.describe(insats::Language::English),
        r#"catalog entry "x": field "phases[2].ordinal" is 256, but should be a whole number from 0 to 255"#
    );
    let (_, path, problem, _) = field_error(&entry_x(r#""add_on": "yes""#));
    assert_eq!(path, "add_on");
    assert!(matches!(
        problem,
        FieldProblem::Unexpected { found: JsonFound::Text(ref t), expected: JsonExpected::Bool } if t == "yes"
    ));
    let (_, path, _, _) =
        field_error(&entry_x(r#""target": {"population": "anyone", "usual_min_age": -1}"#));
    assert_eq!(path, "target.usual_min_age");
}

#[test]
fn an_unknown_id_names_the_value_and_the_closest_ids() {
    let (entry, path, problem, err) =
        field_error(&entry_x(r#""tags": {"providers": ["youth-clinik"]}"#));
    assert_eq!((entry.as_str(), path.as_str()), ("x", "tags.providers[0]"));
    assert!(matches!(
        &problem,
        FieldProblem::UnknownId { found, closest } if found == "youth-clinik" && closest == &["youth-clinic"]
    ));
    assert_eq!(
        err.describe(insats::Language::English),
        r#"catalog entry "x": field "tags.providers[0]" is "youth-clinik", which is none of the ids it takes; did you mean "youth-clinic"?"#
    );
    let (_, path, problem, _) =
        field_error(&entry_x(r#""target": {"population": {"with-need": "pengar"}}"#));
    assert_eq!(path, "target.population.with-need");
    assert!(matches!(&problem, FieldProblem::UnknownId { found, .. } if found == "pengar"));
}

#[test]
fn an_entry_without_an_id_is_named_by_its_position() {
    let json = catalog_json(r#"{"id": "a", "name": "A"}, {"name": "B", "add_on": 1}"#);
    let (entry, path, _, err) = field_error(&json);
    assert_eq!((entry.as_str(), path.as_str()), ("#1", "add_on"));
    assert!(
        err.describe(insats::Language::English)
            .starts_with(r#"catalog entry #1: field "add_on" is 1"#),
        "{err}"
    );
}

#[test]
fn the_file_itself_is_checked_field_by_field() {
    let (entry, path, problem, _) = field_error(r#"{"schema": 1, "version": "t"}"#);
    assert_eq!((entry.as_str(), path.as_str()), ("(catalog)", "entries"));
    assert!(matches!(problem, FieldProblem::Missing));
    let (_, path, problem, err) = field_error(r#"{"schema": 1, "version": "t", "entries": {}}"#);
    assert_eq!(path, "entries");
    assert!(matches!(
        problem,
        FieldProblem::Unexpected { found: JsonFound::Object, expected: JsonExpected::List }
    ));
    assert_eq!(
        err.describe(insats::Language::English),
        r#"catalog: field "entries" is an object, but should be a list"#
    );
    let (_, path, _, _) = field_error(r#"{"schema": "1", "version": "t", "entries": []}"#);
    assert_eq!(path, "schema");
    let (_, path, _, _) = field_error(r#"{"schema": 1, "version": 2, "entries": []}"#);
    assert_eq!(path, "version");
    // An unsupported schema stops the reading before the entries.
    let json = r#"{"schema": 2, "version": "t", "entries": [{"what": "ever"}]}"#;
    assert!(matches!(
        Catalog::from_json(json).map_err(insats::Error::into_kind),
        Err(insats::ErrorKind::Catalog {
            problem: CatalogProblem::UnsupportedSchema { found: 2, expected: 1 },
            ..
        })
    ));
    // Text that is not JSON is a JSON error, with its position.
    let err = Catalog::from_json(r#"{"schema": 1,"#).unwrap_err();
    assert!(matches!(err.kind(), insats::ErrorKind::Json(_)));
    assert!(
        err.describe(insats::Language::English).starts_with("the JSON text cannot be read: EOF"),
        "{err}"
    );
}

#[test]
fn youth_and_adult_links_go_one_step() {
    // each other's youth version (and adult version, as the back link needs)
    let json = catalog_json(
        r#"{"id": "a", "name": "A", "youth_version": "b", "adult_version": "b"},
           {"id": "b", "name": "B", "youth_version": "a", "adult_version": "a"}"#,
    );
    let err = Catalog::from_json(&json).unwrap_err();
    assert!(matches!(
        err.kind(),
        insats::ErrorKind::Catalog { entry, problem: CatalogProblem::MutualVersions { other, link: LinkKind::YouthVersion } }
            if entry == "a" && other == "b"
    ));
    assert_eq!(
        err.describe(insats::Language::English),
        r#"catalog entry "a": it and "b" are each other's youth version"#
    );
    // youth links alone, both ways
    let json = catalog_json(
        r#"{"id": "a", "name": "A", "youth_version": "b"}, {"id": "b", "name": "B", "youth_version": "a"}"#,
    );
    assert!(matches!(
        Catalog::from_json(&json).map_err(insats::Error::into_kind),
        Err(insats::ErrorKind::Catalog { problem: CatalogProblem::MutualVersions { .. }, .. })
    ));
    // adult links alone, both ways
    let json = catalog_json(
        r#"{"id": "a", "name": "A", "adult_version": "b"}, {"id": "b", "name": "B", "adult_version": "a"}"#,
    );
    let err = Catalog::from_json(&json).unwrap_err();
    assert!(matches!(
        err.kind(),
        insats::ErrorKind::Catalog { entry, problem: CatalogProblem::MutualVersions { other, link: LinkKind::AdultVersion } }
            if entry == "a" && other == "b"
    ));
    // a chain a → b → c
    let json = catalog_json(
        r#"{"id": "a", "name": "A", "youth_version": "b"},
           {"id": "b", "name": "B", "adult_version": "a", "youth_version": "c"},
           {"id": "c", "name": "C", "adult_version": "b"}"#,
    );
    let err = Catalog::from_json(&json).unwrap_err();
    assert!(matches!(
        err.kind(),
        insats::ErrorKind::Catalog { entry, problem: CatalogProblem::ChainedVersions { adult, youth } }
            if entry == "b" && adult == "a" && youth == "c"
    ));
    assert_eq!(
        err.describe(insats::Language::English),
        r#"catalog entry "b": it is the youth version of "a" and has the youth version "c" of its own; a youth version has no youth version"#
    );
    // a chain of adult links
    let json = catalog_json(
        r#"{"id": "a", "name": "A", "adult_version": "b"},
           {"id": "b", "name": "B", "adult_version": "c"},
           {"id": "c", "name": "C"}"#,
    );
    let err = Catalog::from_json(&json).unwrap_err();
    assert!(matches!(
        err.kind(),
        insats::ErrorKind::Catalog { entry, problem: CatalogProblem::AdultVersionIsYouthVersion { adult, of } }
            if entry == "a" && adult == "b" && of == "c"
    ));
}

/// A value of 10 MB, wherever it is, makes an error of a few hundred
/// characters.
#[test]
fn errors_for_huge_values_stay_short() {
    let huge = "x".repeat(10_000_000);
    for json in [
        entry_x(&format!(r#""tags": {{"providers": ["{huge}"]}}"#)),
        entry_x(&format!(r#""{huge}": 1"#)),
        entry_x(&format!(r#""add_on": "{huge}""#)),
        entry_x(&format!(
            r#""recommendations": [{{"substances": [], "population": "anyone", "priority": "{huge}"}}]"#
        )),
        catalog_json(&format!(r#"{{"id": "{huge}", "name": "X", "add_on": 1}}"#)),
        catalog_json(&format!(
            r#"{{"id": "x-{huge}", "name": "X"}}, {{"id": "x-{huge}", "name": "Y"}}"#
        )),
        format!(r#"{{"schema": 1, "version": "t", "entries": "{huge}"}}"#),
        // found by fuzzing: an unknown key of the file itself was copied whole
        format!(r#"{{"schema": 1, "{huge}": 1}}"#),
        format!(r#""{huge}""#),
    ] {
        let err = Catalog::from_json(&json).unwrap_err();
        for language in [Language::English, Language::Swedish] {
            let message = err.describe(language);
            assert!(
                message.chars().count() < 300,
                "{} characters: {message}",
                message.chars().count()
            );
        }
    }
}

/// Every refusal reads in its language.
#[test]
fn field_errors_read_in_both_languages() {
    for json in [
        entry_x(r#""phases": [{"ordinal": 256, "name": "A", "aims": ""}]"#),
        entry_x(r#""youth_verison": "y""#),
        entry_x(r#""tags": {"providers": ["youth-clinik"]}"#),
        catalog_json(r#"{"id": "x", "name": "X", "name": "Y"}"#),
        catalog_json(r#"{"name": "X"}"#),
        entry_x(r#""schedule": {}"#),
        entry_x(
            r#""recommendations": [{"substances": [], "population": "anyone", "priority": 4.0}]"#,
        ),
        r#"{"schema": 1, "version": "t", "entries": {}}"#.to_owned(),
    ] {
        let err = Catalog::from_json(&json).unwrap_err();
        assert_english(&err.describe(Language::English));
        assert_swedish(&err.describe(Language::Swedish));
    }
}

/// A catalog inside an application's own serde data is read with the same
/// checks as `from_json`: an entry that the constructors refuse is refused.
#[test]
fn a_catalog_read_through_serde_is_validated() {
    let good: Catalog = serde_json::from_str(&catalog_json(r#"{"id": "x", "name": "X"}"#)).unwrap();
    assert_eq!(good.len(), 1);
    assert_eq!(serde_json::to_value(&good).unwrap()["schema"], 1);
    let not_kebab = catalog_json(r#"{"id": "Not Kebab", "name": "X"}"#);
    let err = serde_json::from_str::<Catalog>(&not_kebab).unwrap_err();
    assert!(err.to_string().contains("Not Kebab"), "{err}");
    let dangling = entry_x(r#""youth_version": "nowhere""#);
    let err = serde_json::from_str::<Catalog>(&dangling).unwrap_err();
    assert!(err.to_string().contains("nowhere"), "{err}");
}
