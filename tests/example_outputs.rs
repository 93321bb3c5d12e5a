//! Every line the examples print for the wording review's profiles reads
//! in its language: English output holds no Swedish word and Swedish
//! output no English word, outside quoted labels, the names and ids of
//! interventions and the cited sources (a citation stays as its source
//! writes it). Under `--sv` the help and the errors are Swedish too. No
//! entry of `explain` says one sentence twice.

use std::process::Output;

use crate::util;

fn run(example: &str, args: &[&str]) -> Output {
    util::run_example(example, args)
}

/// The review's profiles (its table: the sample, P01–P21).
const PROFILES: &[&[&str]] = &[
    &[],
    &["--age", "15", "--substance", "Cannabis", "--provider", "Ungdomsmottagning"],
    &[
        "--age",
        "40",
        "--substance",
        "Alkohol",
        "--in-treatment",
        "--provider",
        "Individ- och familjeomsorg",
        "--role",
        "Socialsekreterare | Biståndshandläggare",
    ],
    &["--relative", "--substance", "Alkohol", "--age", "50"],
    &["--age", "35", "--substance", "Opioider", "--in-laro"],
    &["--age", "70", "--substance", "Bensodiazepiner"],
    &["--age", "55", "--substance", "Alkohol", "--withdrawal", "raised-risk"],
    &["--icd", "F10.4", "--age", "50"],
    &["--icd", "F12.1", "--age", "25"],
    &["--icd", "F11.2", "--age", "40"],
    &["--age", "30", "--substance", "Centralstimulantia", "--severe-mental-illness"],
    &[
        "--age",
        "16",
        "--substance",
        "Alkohol",
        "--role",
        "Lärare | Förskollärare | Fritidspedagog",
        "--provider",
        "Skola | Elevhälsa",
    ],
    &["--age", "30"],
    &[
        "--age",
        "28",
        "--substance",
        "Alkohol",
        "--substance",
        "Cannabis",
        "--substance",
        "Centralstimulantia",
    ],
    &[
        "--age",
        "45",
        "--substance",
        "Alkohol",
        "--need",
        "Bostad",
        "--need",
        "Arbete",
        "--in-treatment",
        "no",
    ],
    &["--age", "19", "--substance", "Opioider", "--in-laro"],
    &["--in-treatment", "no"],
    &[
        "--age",
        "62",
        "--substance",
        "Alkohol",
        "--role",
        "Sjuksköterska",
        "--provider",
        "Primärvård | Första linje",
        "--withdrawal",
        "general",
    ],
    &["--age", "16", "--relative", "--substance", "Alkohol"],
    &["--age", "16", "--substance", "Alkohol", "--withdrawal", "raised-risk"],
    &[
        "--age",
        "40",
        "--substance",
        "Alkohol",
        "--need",
        "Skola",
        "--need",
        "Ensamhet",
        "--need",
        "Samordning",
        "--need",
        "Familjesituation",
        "--in-treatment",
    ],
    &["--icd", "F10.4", "--age", "52", "--provider", "Tandvård"],
];

/// `line` without what is in no language: the names and ids of the
/// catalog's interventions, and flags (`--in-treatment`).
fn prose(line: &str) -> String {
    let mut out = line.to_owned();
    let catalog = insats::catalog();
    let mut names: Vec<&str> = catalog.iter().flat_map(|e| [e.name(), e.id()]).collect();
    // The longest first, so that a name is not cut by a shorter one in it.
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    for name in names {
        out = out.replace(name, "");
    }
    out.split(' ').filter(|w| !w.starts_with('-')).collect::<Vec<_>>().join(" ")
}

/// Lints every line of an output; a source line is a citation.
#[track_caller]
fn assert_in_language(text: &str, swedish: bool) {
    for line in text.lines() {
        let trimmed = line.trim_start();
        if ["source:", "källa:", "Catalog:", "Katalog:"].iter().any(|p| trimmed.starts_with(p)) {
            continue;
        }
        let prose = prose(line);
        if swedish {
            util::assert_swedish(&prose);
        } else {
            util::assert_english(&prose);
        }
    }
}

#[test]
fn every_output_of_the_review_profiles_is_in_its_language() {
    for profile in PROFILES {
        for example in ["recommend", "explain"] {
            for swedish in [false, true] {
                let mut args: Vec<&str> = profile.to_vec();
                if swedish {
                    args.push("--sv");
                }
                let out = run(example, &args);
                assert!(out.status.success(), "{example} {args:?}");
                let text = String::from_utf8(out.stdout).unwrap();
                assert_in_language(&text, swedish);
            }
        }
    }
}

#[test]
fn no_entry_of_explain_says_a_sentence_twice() {
    for profile in PROFILES {
        let out = run("explain", &[profile, &["--sv"][..]].concat());
        let text = String::from_utf8(out.stdout).unwrap();
        let mut seen: Vec<&str> = Vec::new();
        for line in text.lines() {
            if line.starts_with('[') {
                seen.clear();
            } else if line.starts_with("    ") {
                assert!(!seen.contains(&line), "{profile:?}: said twice: {line}");
                seen.push(line);
            }
        }
    }
}

#[test]
fn the_help_is_swedish_under_sv() {
    for example in ["recommend", "explain", "catalog", "parse_page"] {
        let out = run(example, &["--sv", "--help"]);
        assert!(out.status.success());
        let help = String::from_utf8(out.stdout).unwrap();
        for english in ["Usage", "Options", "Print", "Profile flags", "[default", "Possible values"]
        {
            assert!(!help.contains(english), "{example} --sv --help prints {english:?}:\n{help}");
        }
        assert!(help.contains("Användning:") && help.contains("Flaggor:"), "{help}");
        assert_in_language(&help, true);
        let english = String::from_utf8(run(example, &["--help"]).stdout).unwrap();
        assert!(english.contains("Usage:"), "{english}");
        assert_in_language(&english, false);
    }
}

#[test]
fn an_unknown_label_under_sv_is_told_in_swedish() {
    let out = run("recommend", &["--sv", "--provider", "Vårdcentral"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let mut lines = stderr.lines();
    assert_eq!(
        lines.next(),
        Some(
            "fel: ogiltigt värde \"Vårdcentral\" för --provider: \"Vårdcentral\" finns inte bland \
             värdena för Utförare; ange en av etiketterna (på svenska eller engelska) eller ett id"
        )
    );
    assert_eq!(lines.next(), Some("godtagna värden:"));
    assert!(!stderr.contains("invalid value") && !stderr.contains("accepted values"), "{stderr}");
    // The same in English.
    let out = run("recommend", &["--provider", "Vårdcentral"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("invalid value 'Vårdcentral'") && stderr.contains("accepted values:"));
}

#[test]
fn usage_errors_under_sv_are_swedish() {
    let cases: [(&[&str], i32, &str); 6] = [
        (
            &["--age=-3"],
            2,
            "fel: ogiltigt värde \"-3\" för --age: \"-3\" är ingen ålder: ange hela år 0–130 eller en åldersgrupp",
        ),
        (
            &["--age", "17.5"],
            2,
            "fel: ogiltigt värde \"17.5\" för --age: \"17.5\" är ingen ålder: ange hela år 0–130 eller en åldersgrupp",
        ),
        (
            &["--age", "200"],
            1,
            "fel: ogiltigt värde \"200\" för --age: 200 år är över gränsen på 130 år",
        ),
        (&["--bogus"], 2, "fel: okänd flagga --bogus"),
        (
            &["--in-treatment", "kanske"],
            2,
            "fel: ogiltigt värde \"kanske\" för --in-treatment: ange ja eller nej (även \"yes\"/\"no\", \"true\"/\"false\")",
        ),
        (
            &["--dsm5-criteria", "1"],
            1,
            "fel: ogiltigt värde \"1\" för --dsm5-criteria: uppfyllda DSM-5-kriterier: 1; minst 2 uppfyllda kriterier krävs för ett substansbrukssyndrom, så ingen svårighetsgrad kan anges",
        ),
    ];
    for (args, code, first) in cases {
        let out = run("recommend", &[&["--sv"][..], args].concat());
        assert_eq!(out.status.code(), Some(code), "{args:?}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().next(), Some(first), "{args:?}");
        assert!(stderr.contains("Användning: recommend [FLAGGOR]"), "{stderr}");
    }
    // A missing catalog file names the example, not the crate.
    let out = run("recommend", &["--catalog", "/nonexistent/catalog.json"]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("Usage: recommend"), "{stderr}");
}

/// The catalog example's usage errors and refused values are Swedish under
/// `--sv`, with the exit codes of `recommend`: 2 for a usage error, 1 for a
/// value refused.
#[test]
fn the_catalog_examples_errors_under_sv_are_swedish() {
    let cases: [(&[&str], i32, &str); 5] = [
        (&["--bogus"], 2, "fel: okänd flagga --bogus"),
        (
            &["--rated-for", "Xyz"],
            1,
            "fel: ogiltigt värde \"Xyz\" för --rated-for: \"Xyz\" finns inte bland värdena för \
             Substans; ange en av etiketterna (på svenska eller engelska) eller ett id",
        ),
        (
            &["--rated-for", "Alkohol", "--population", "nobody"],
            1,
            "fel: ogiltigt värde \"nobody\" för --population: \"nobody\" är inget id för en \
             grupp; ange ett av: anyone, youth, adults, in-laro, relatives, \
             with-cohabiting-partner, in-alcohol-withdrawal, \
             in-alcohol-withdrawal-with-raised-risk, with-severe-mental-illness, \
             in-delirium-tremens",
        ),
        (&["--population", "youth"], 2, "fel: flaggan --rated-for behövs men saknas"),
        (
            &["--json", "--rated-for", "Alkohol"],
            2,
            "fel: flaggan --json kan inte användas tillsammans med --rated-for",
        ),
    ];
    for (args, code, first) in cases {
        let out = run("catalog", &[&["--sv"][..], args].concat());
        assert_eq!(out.status.code(), Some(code), "{args:?}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().next(), Some(first), "{args:?}");
        assert!(!stderr.contains("error:") && !stderr.contains("Usage"), "{stderr}");
        let english = run("catalog", args);
        assert_eq!(english.status.code(), Some(code), "{args:?}");
    }
}

/// X4: a label read through another wording than the value's own label
/// (an alias, a part of a label) is said, in the output's language; a
/// value's own label, in either language, is not.
#[test]
fn a_label_read_through_another_wording_is_noted() {
    let sv =
        String::from_utf8(run("recommend", &["--sv", "--substance", "kokain"]).stdout).unwrap();
    let lines: Vec<&str> = sv.lines().collect();
    assert_eq!(lines[0], "Profil: Centralstimulantia");
    assert_eq!(lines[1], "Obs: \"kokain\" lästes som Centralstimulantia");
    let en = String::from_utf8(run("explain", &["--substance", "kokain", "--age", "Vuxna"]).stdout)
        .unwrap();
    let lines: Vec<&str> = en.lines().collect();
    assert_eq!(lines[1], "Note: \"kokain\" was read as Central stimulants");
    assert_eq!(lines[2], "Note: \"Vuxna\" was read as Adults (18-64 years)");
    let catalog =
        String::from_utf8(run("catalog", &["--sv", "--rated-for", "kokain"]).stdout).unwrap();
    assert_eq!(catalog.lines().nth(1), Some("Obs: \"kokain\" lästes som Centralstimulantia"));
    // Under --json the report stays alone on stdout; the note goes to stderr.
    let json = run("recommend", &["--json", "--substance", "kokain"]);
    let stderr = String::from_utf8(json.stderr).unwrap();
    assert_eq!(stderr, "Note: \"kokain\" was read as Central stimulants\n");
    serde_json::from_slice::<serde_json::Value>(&json.stdout).unwrap();
    for own in ["Centralstimulantia", "central-stimulants", "Central stimulants"] {
        let out = String::from_utf8(run("recommend", &["--substance", own]).stdout).unwrap();
        assert!(!out.contains("Note:") && !out.contains("Obs:"), "{own}: {out}");
    }
}
