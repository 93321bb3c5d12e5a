//! Every tag value printed under `Märkning` in the seeds parses with its
//! facet's type and gives back the exact text.

use insats::{AgeGroup, Condition, Provider, Role, Severity, TreatmentType, Vocabulary};

mod util;

/// The seeds, read from `../shared/seeds/` (the crate ships no copy).
fn seeds() -> [&'static str; 2] {
    ["natverksterapi.txt", "psykosocial-behandling.txt"].map(util::seed)
}

/// The `(facet, values)` of every bullet line after the `Märkning` heading.
fn tag_lines(page: &str) -> Vec<(&str, Vec<&str>)> {
    page.lines()
        .skip_while(|line| *line != "Märkning")
        .filter_map(|line| line.strip_prefix("  • "))
        .map(|line| {
            let (facet, values) = line.split_once(": ").expect("a facet line has `: `");
            (facet, values.split(", ").collect())
        })
        .collect()
}

#[track_caller]
fn round_trips<T: Vocabulary>(value: &str) -> usize {
    let parsed: T = value.parse().unwrap_or_else(|e| panic!("{value:?}: {e}"));
    assert_eq!(parsed.label_sv(), value);
    assert_eq!(parsed.to_string(), value);
    1
}

#[test]
fn every_seed_tag_value_parses_and_keeps_its_label() {
    let mut per_facet = std::collections::BTreeMap::new();
    let seeds = seeds();
    for page in &seeds {
        for (facet, values) in tag_lines(page) {
            for value in values {
                let n = match facet {
                    "Utförare" => round_trips::<Provider>(value),
                    "Yrkesroll" => round_trips::<Role>(value),
                    "Typ av behandling/stöd" => round_trips::<TreatmentType>(value),
                    "Åldersgrupp" => round_trips::<AgeGroup>(value),
                    "Tillståndets svårighetsgrad" => round_trips::<Severity>(value),
                    "Tillstånd" => round_trips::<Condition>(value),
                    other => panic!("unknown facet {other:?}"),
                };
                *per_facet.entry(facet).or_insert(0) += n;
            }
        }
    }
    // Both seeds together: S0 has all 18 providers and roles, S2 four and eight.
    let counts: Vec<_> = per_facet.into_iter().collect();
    assert_eq!(
        counts,
        [
            ("Tillstånd", 1),
            ("Tillståndets svårighetsgrad", 6),
            ("Typ av behandling/stöd", 2),
            ("Utförare", 22),
            ("Yrkesroll", 26),
            ("Åldersgrupp", 6),
        ]
    );
}

#[test]
fn values_with_a_pipe_are_one_value() {
    let seeds = seeds();
    let seed_values: Vec<&str> =
        seeds.iter().flat_map(|p| tag_lines(p)).flat_map(|(_, values)| values).collect();
    for one in [
        "Primärvård | Första linje",
        "Undersköterska | Behandlingsassistent | Skötare",
        "Socialsekreterare | Biståndshandläggare",
    ] {
        assert!(seed_values.contains(&one), "{one:?} is one value in the seeds");
    }
    assert_eq!("Primärvård | Första linje".parse::<Provider>().unwrap(), Provider::PrimaryCare);
    assert!("Primärvård".parse::<Provider>().is_err());
}

#[test]
fn the_first_seed_lists_every_provider_and_role_in_declaration_order() {
    let seeds = seeds();
    let tags = tag_lines(seeds[1]);
    let providers: Vec<Provider> = tags[0].1.iter().map(|v| v.parse().unwrap()).collect();
    assert_eq!(providers, Provider::ALL);
    let roles: Vec<Role> = tags[1].1.iter().map(|v| v.parse().unwrap()).collect();
    assert_eq!(roles, Role::ALL);
}

#[test]
fn bad_input_gives_errors_that_name_field_and_value() {
    let err = "Hjärtkirurgi".parse::<Provider>().unwrap_err();
    assert!(matches!(err, insats::Error::UnknownLabel { vocabulary: "Utförare", .. }));
    assert_eq!(err.to_string(), r#"unknown Utförare (provider): "Hjärtkirurgi""#);
    assert_eq!(
        "Barn".parse::<AgeGroup>().unwrap_err().to_string(),
        r#"unknown Åldersgrupp (age group): "Barn""#
    );
    assert_eq!(
        insats::NrPriority::rank(0).unwrap_err().to_string(),
        r#"NR priority "0" is not on the scale: expected a rank 1–10, FoU or Icke-göra"#
    );
    assert_eq!(
        insats::NrPriority::rank(11).unwrap_err().to_string(),
        r#"NR priority "11" is not on the scale: expected a rank 1–10, FoU or Icke-göra"#
    );
    assert_eq!(
        insats::Schedule::weekly(0, 2).unwrap_err().to_string(),
        r#"invalid schedule: weeks "0": must be at least 1"#
    );
    assert_eq!(
        insats::Schedule::weekly(24, 0).unwrap_err().to_string(),
        r#"invalid schedule: sessions per week "0": must be at least 1"#
    );
}
