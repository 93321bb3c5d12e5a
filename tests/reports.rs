//! The JSON report of `recommend` (`RecommendationsReport`): its round
//! trip and fields, and that the `recommend` example's `--json` prints
//! exactly it.

mod util;

use insats::{Matcher, Need, Profile, Provider, RecommendationsReport, Role, Substance};
use util::*;

#[test]
fn the_report_round_trips_and_matches_recommend() {
    let catalog = seed_like_catalog();
    let profile = ifo_adult().to_builder().need(Need::Housing).build();
    let recs = Matcher::new(&catalog).recommend(&profile);
    let report = RecommendationsReport::new(&profile, catalog.version(), &recs);
    let json = serde_json::to_string_pretty(&report).unwrap();
    let back: RecommendationsReport = serde_json::from_str(&json).unwrap();
    assert_eq!(back, report);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["primary"][0]["id"], "psykosocial-behandling");
    assert_eq!(value["primary"][0]["priority"], serde_json::Value::Null);
    assert_eq!(value["add_ons"][0]["id"], "natverksterapi");
    assert_eq!(value["add_ons"][0]["priority"], 4);
    assert_eq!(value["add_ons"][0]["priority_sv"], "prioritet 4");
    assert_eq!(value["add_ons"][0]["reasons"][0]["kind"], "priority");
    assert_eq!(value["unmet_needs"][0], "housing");
    assert_eq!(value["profile"]["provider"], "individual-and-family-care");
}

#[test]
fn the_recommend_example_prints_json_that_matches_recommend() {
    let catalog = seed_like_catalog();
    let dir = std::env::temp_dir().join(format!("insats-matching-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("catalog.json");
    std::fs::write(&path, catalog.to_json().unwrap()).unwrap();
    let output = std::process::Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "recommend", "--", "--json", "--catalog"])
        .arg(&path)
        .args(["--age", "34", "--provider", "Individ- och familjeomsorg"])
        .args(["--role", "Socialsekreterare | Biståndshandläggare", "--in-treatment"])
        .args(["--substance", "Alkohol", "--need", "Bostad", "--need", "arbete"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let report: RecommendationsReport = serde_json::from_slice(&output.stdout).unwrap();
    let profile = Profile::builder()
        .age(34)
        .provider(Provider::IndividualAndFamilyCare)
        .role(Role::SocialWorker)
        .in_other_treatment(true)
        .substance(Substance::Alcohol)
        .need(Need::Housing)
        .need(Need::Work)
        .build();
    assert_eq!(report.profile, profile);
    let recs = Matcher::new(&catalog).recommend(&profile);
    assert_eq!(report, RecommendationsReport::new(&profile, catalog.version(), &recs));
    assert_eq!(report.add_ons[0].id, "natverksterapi");

    let output = std::process::Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "recommend", "--", "--provider", "Hjärtkirurgi"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(r#"unknown provider "Hjärtkirurgi" (the vocabulary "Utförare")"#),
        "{stderr}"
    );
    assert!(stderr.contains("Primärvård | Första linje"), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}
