//! Prints the built-in catalog as a table, or writes it as JSON.
//!
//! ```sh
//! cargo run --example catalog           # the table
//! cargo run --example catalog -- --json # the catalog in the JSON schema of `Catalog`
//! ```

use clap::Parser;
use insats::{Intervention, NrPriority, Population, Substance, Vocabulary, catalog};
use std::fmt::Write as _;
use std::io::Write as _;
use std::process::ExitCode;

/// Prints the built-in catalog as a table, or writes it as JSON.
#[derive(Parser)]
struct Cli {
    /// Write the catalog in the JSON schema of `Catalog` instead of the table
    #[arg(long)]
    json: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let output = if cli.json {
        match catalog().to_json() {
            Ok(json) => json + "\n",
            Err(e) => {
                eprintln!("catalog: {e}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        table()
    };
    match std::io::stdout().lock().write_all(output.as_bytes()) {
        // a reader that stops early (`| head`) is not a failure
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("catalog: {e}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}

fn table() -> String {
    let built_in = catalog();
    let mut out =
        format!("Inbyggd katalog {} ({} insatser)\n\n", built_in.version(), built_in.len());
    let header =
        ["Namn", "Förkortning", "Bästa prioritet per substans", "Tillägg", "Åldersgrupper"];
    let rows: Vec<[String; 5]> = built_in.iter().map(row).collect();
    let mut widths = header.map(|h| h.chars().count());
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    push_row(&mut out, &header.map(String::from), &widths);
    push_row(&mut out, &widths.map(|w| "-".repeat(w)), &widths);
    for row in &rows {
        push_row(&mut out, row, &widths);
    }
    out
}

fn push_row(out: &mut String, cells: &[String; 5], widths: &[usize; 5]) {
    let padded: Vec<String> =
        cells.iter().zip(widths).map(|(cell, &width)| format!("{cell:width$}")).collect();
    let _ = writeln!(out, "| {} |", padded.join(" | "));
}

fn row(entry: &Intervention) -> [String; 5] {
    let ages: Vec<&str> = entry.tags().age_groups().iter().map(|a| a.label_sv()).collect();
    [
        entry.name().to_owned(),
        entry.abbreviation().unwrap_or("").to_owned(),
        best_per_substance(entry),
        if entry.is_add_on() { "ja" } else { "" }.to_owned(),
        if ages.is_empty() { "ej angivet".to_owned() } else { ages.join(", ") },
    ]
}

/// `Alkohol 2, Opioider 3 (LARO)`: for each substance a pair is rated for,
/// its strongest priority (and for whom, when not for anyone); `–` when the
/// sources state no number.
fn best_per_substance(entry: &Intervention) -> String {
    let parts: Vec<String> = Substance::ALL
        .iter()
        .filter_map(|&substance| {
            let best = entry
                .recommendations()
                .iter()
                .filter(|r| r.substances().contains(substance))
                .min_by_key(|r| r.priority())?;
            let mut text = format!("{} {}", substance.label_sv(), short(best.priority()));
            if best.population() != Population::Anyone {
                let _ = write!(text, " ({})", population(best.population()));
            }
            Some(text)
        })
        .collect();
    if parts.is_empty() { "–".to_owned() } else { parts.join(", ") }
}

fn short(priority: NrPriority) -> String {
    priority.rank_number().map_or_else(|| priority.to_string(), |n| n.to_string())
}

fn population(population: Population) -> String {
    match population {
        Population::InMedicationAssistedTreatment => "LARO".to_owned(),
        other => other.describe_sv(),
    }
}
