//! Reads a page of the guide and prints the typed entry as pretty JSON.
//!
//! ```sh
//! cargo run --example parse_page -- ../shared/seeds/natverksterapi.txt
//! cargo run --example parse_page          # a page rendered from the built-in catalog
//! ```
//!
//! A page that does not parse prints the error with its line number to
//! stderr, and the example exits with code 1.

use insats::{
    AgeGroup, Intervention, NrPriority, Population, Provider, Recommendation, RecommendationVerb,
    Schedule, Sections, Substance, TagSet, Tags, page,
};
use std::process::ExitCode;

fn main() -> ExitCode {
    let text = match std::env::args_os().nth(1) {
        Some(path) => match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) => {
                eprintln!("cannot read {}: {err}", path.to_string_lossy());
                return ExitCode::FAILURE;
            }
        },
        None => match built_in_page() {
            Ok(text) => {
                eprintln!("(no page given: parsing this page, rendered in code)\n{text}\n");
                text
            }
            Err(err) => {
                eprintln!("cannot build the sample entry: {err}");
                return ExitCode::FAILURE;
            }
        },
    };
    let entry = match page::parse(&text) {
        Ok(entry) => entry,
        Err(err) => {
            // The error names the 1-based line and what the format expects there.
            eprintln!("{err}");
            return ExitCode::FAILURE;
        }
    };
    match serde_json::to_string_pretty(&entry) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("cannot write JSON: {err}");
            ExitCode::FAILURE
        }
    }
}

/// A page from the built-in catalog, or, while it is empty, one built here.
fn built_in_page() -> Result<String, insats::Error> {
    if let Some(entry) = insats::catalog().iter().next() {
        return Ok(page::render(entry));
    }
    let sections = Sections {
        target_group: "Individer med skadligt bruk eller beroende av alkohol.".to_owned(),
        knowledge: "Socialstyrelsens nationella riktlinjer (NR) anger att hälso- och \
                    sjukvården och socialtjänsten kan erbjuda exempelinsatsen vid missbruk \
                    eller beroende av alkohol (prioritet 4)."
            .to_owned(),
        implementation: "Exempelinsatsen omfattar fem samtalstillfällen.".to_owned(),
        ..Sections::default()
    };
    let entry = Intervention::builder("Exempelinsats")
        .lede("En insats byggd i kod, för exemplet.")
        .sections(sections)
        .tags(
            Tags::new()
                .with_providers(TagSet::only(Provider::IndividualAndFamilyCare))
                .with_age_groups(TagSet::only(AgeGroup::Adults)),
        )
        .recommendation(
            Recommendation::new(
                TagSet::only(Substance::Alcohol),
                Population::Anyone,
                NrPriority::rank(4)?,
            )
            .with_verb(RecommendationVerb::May),
        )
        .schedule(Schedule::sessions(5)?)
        .build()?;
    Ok(page::render(&entry))
}
