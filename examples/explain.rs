//! Every decision for one profile: each catalog entry, included or not,
//! with all its reasons. Takes the same flags as the `recommend` example
//! (`--json` prints the decisions as a JSON array).
//!
//! ```sh
//! cargo run --example explain
//! cargo run --example explain -- --age 15 --substance Cannabis --sv
//! ```

#[path = "common/args.rs"]
mod args;

use insats::{Matcher, ReasonReport};

fn main() {
    let args = args::parse();
    let catalog = args.catalog.as_ref().unwrap_or(insats::catalog());
    let decisions = Matcher::new(catalog).explain(&args.profile);
    if args.json {
        let json: Vec<_> = decisions
            .iter()
            .map(|d| {
                serde_json::json!({
                    "id": d.intervention().id(),
                    "included": d.is_included(),
                    "add_on": d.is_add_on(),
                    "priority": d.priority(),
                    "reasons": d.reasons().iter().map(ReasonReport::from).collect::<Vec<_>>(),
                })
            })
            .collect();
        println!("{}", serde_json::Value::Array(json));
        return;
    }
    println!("Profile: {}", args::describe(&args.profile));
    println!("Catalog: version {} ({} entries)\n", catalog.version(), catalog.len());
    for decision in &decisions {
        let entry = decision.intervention();
        let verdict = match (decision.is_included(), decision.is_add_on(), args.swedish) {
            (true, false, false) => "RECOMMENDED",
            (true, false, true) => "REKOMMENDERAS",
            (true, true, false) => "ADD-ON",
            (true, true, true) => "TILLÄGG",
            (false, _, false) => "excluded",
            (false, _, true) => "utesluten",
        };
        let unstated = if args.swedish { "prioritet ej angiven" } else { "priority not stated" };
        let priority = decision.priority().map_or_else(|| unstated.to_owned(), |p| p.to_string());
        println!("[{verdict}] {} ({}) · {priority}", entry.name(), entry.id());
        for reason in decision.reasons() {
            let mark = if reason.is_exclusion() { "✗" } else { "·" };
            let text = if args.swedish { reason.describe_sv() } else { reason.describe_en() };
            println!("    {mark} {text}");
        }
    }
    if decisions.is_empty() {
        println!("The catalog is empty.");
    }
}
