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
#[path = "common/output.rs"]
mod output;

use insats::{Matcher, ReasonReport};
use std::io::{self, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = args::parse(
        "Every decision for one profile: each catalog entry, included or not, with its reasons.",
    );
    output::to_stdout(|out| write(out, &args))
}

fn write(out: &mut dyn Write, args: &args::Args) -> io::Result<()> {
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
        return writeln!(out, "{}", serde_json::Value::Array(json));
    }
    writeln!(out, "Profile: {}", args::describe(&args.profile))?;
    writeln!(out, "Catalog: version {} ({} entries)\n", catalog.version(), catalog.len())?;
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
        writeln!(out, "[{verdict}] {} ({}) · {priority}", entry.name(), entry.id())?;
        for reason in decision.reasons() {
            let mark = if reason.is_exclusion() { "✗" } else { "·" };
            let text = if args.swedish { reason.describe_sv() } else { reason.describe_en() };
            writeln!(out, "    {mark} {text}")?;
        }
    }
    if decisions.is_empty() {
        writeln!(out, "The catalog is empty.")?;
    }
    Ok(())
}
