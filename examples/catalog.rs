//! The built-in catalog as a reference: a table of its entries, what NR
//! rates for a substance and a population, or the catalog as JSON.
//!
//! ```sh
//! cargo run --example catalog                                   # the table
//! cargo run --example catalog -- --sv                           # the table in Swedish
//! cargo run --example catalog -- --rated-for Cannabis --population youth
//! cargo run --example catalog -- --kind test                    # the medical tests
//! cargo run --example catalog -- --json                         # the JSON schema of `Catalog`
//! ```

#[path = "common/output.rs"]
mod output;
#[path = "common/words.rs"]
mod words;

use clap::Parser;
use insats::{Intervention, Kind, Language, Population, Substance, Vocabulary, catalog};
use std::io::{self, Write};
use std::process::ExitCode;
use words::Word;

/// The built-in catalog as a table, what NR rates for a substance and a
/// population, or the catalog as JSON.
#[derive(Parser)]
struct Cli {
    /// Write the catalog in the JSON schema of `Catalog` instead of the table
    #[arg(long, conflicts_with = "rated_for")]
    json: bool,

    /// Print in Swedish (default: English)
    #[arg(long)]
    sv: bool,

    /// List the pairs NR rates for this substance (Swedish label or id), best first
    #[arg(long, value_name = "SUBSTANCE", value_parser = substance)]
    rated_for: Option<Substance>,

    /// With --rated-for: the population, as its id (anyone, youth, adults, in-laro,
    /// relatives, with-cohabiting-partner, in-alcohol-withdrawal, ...)
    #[arg(long, value_name = "ID", default_value = "anyone", value_parser = population,
          requires = "rated_for")]
    population: Population,

    /// Only the entries of this kind: treatment, medicine, support,
    /// assessment or test (or the Swedish label)
    #[arg(long, value_name = "KIND", value_parser = kind)]
    kind: Option<Kind>,
}

fn kind(text: &str) -> Result<Kind, insats::Error> {
    text.parse()
}

fn substance(text: &str) -> Result<Substance, insats::Error> {
    text.parse()
}

fn population(text: &str) -> Result<Population, serde_json::Error> {
    serde_json::from_value(serde_json::Value::String(text.trim().to_owned()))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let l = if cli.sv { Language::Swedish } else { Language::English };
    output::to_stdout(|out| {
        if cli.json {
            let json = catalog().to_json().map_err(io::Error::other)?;
            writeln!(out, "{json}")
        } else if let Some(substance) = cli.rated_for {
            rated_for(out, substance, cli.population, l)
        } else {
            table(out, cli.kind, l)
        }
    })
}

fn label<T: Vocabulary>(value: T, l: Language) -> &'static str {
    match l {
        Language::Swedish => value.label_sv(),
        Language::English => value.label_en(),
    }
}

fn rated_for(
    out: &mut dyn Write,
    substance: Substance,
    population: Population,
    l: Language,
) -> io::Result<()> {
    let title = Word::HeadingRatedFor.fill(
        l,
        &[
            ("substance", &label(substance, l).to_lowercase()),
            ("population", &population.describe(l)),
        ],
    );
    writeln!(out, "{title}")?;
    let pairs = catalog().rated_for(substance, population);
    if pairs.is_empty() {
        writeln!(out, "  –")?;
    }
    for (entry, pair) in pairs {
        let priority = pair.priority().map_or_else(|| "–".to_owned(), |p| p.describe(l));
        writeln!(out, "  {:<16} {} ({})", priority, entry.name(), entry.id())?;
    }
    Ok(())
}

fn table(out: &mut dyn Write, kind: Option<Kind>, l: Language) -> io::Result<()> {
    let built_in = catalog();
    let shown = |e: &&Intervention| kind.is_none_or(|k| e.kind() == Some(k));
    let count = built_in.iter().filter(shown).count();
    let title = Word::CatalogTitle.fill(l, &[("version", &built_in.version()), ("count", &count)]);
    writeln!(out, "{title}\n")?;
    let header = [
        Word::ColumnName,
        Word::ColumnAbbreviation,
        Word::ColumnBestPriority,
        Word::ColumnAddOn,
        Word::ColumnAgeGroups,
    ]
    .map(|t| t.text(l).to_owned());
    let rows: Vec<[String; 5]> = built_in.iter().filter(shown).map(|entry| row(entry, l)).collect();
    let mut widths = header.clone().map(|h| h.chars().count());
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    push_row(out, &header, &widths)?;
    push_row(out, &widths.map(|w| "-".repeat(w)), &widths)?;
    for row in &rows {
        push_row(out, row, &widths)?;
    }
    Ok(())
}

fn push_row(out: &mut dyn Write, cells: &[String; 5], widths: &[usize; 5]) -> io::Result<()> {
    let padded: Vec<String> =
        cells.iter().zip(widths).map(|(cell, &width)| format!("{cell:width$}")).collect();
    writeln!(out, "| {} |", padded.join(" | "))
}

fn row(entry: &Intervention, l: Language) -> [String; 5] {
    let ages: Vec<&str> = entry.tags().age_groups().iter().map(|a| label(a, l)).collect();
    [
        entry.name().to_owned(),
        entry.abbreviation().unwrap_or("").to_owned(),
        best_per_substance(entry, l),
        if entry.is_add_on() { Word::Yes.text(l) } else { "" }.to_owned(),
        if ages.is_empty() { Word::NotTagged.text(l).to_owned() } else { ages.join(", ") },
    ]
}

/// `Alcohol 2, Opioids 3 (LARO)`: for each substance a pair is rated for,
/// its strongest number (and for whom, when NR names someone); `–` when
/// the sources state no number.
fn best_per_substance(entry: &Intervention, l: Language) -> String {
    let parts: Vec<String> = Substance::ALL
        .iter()
        .filter_map(|&substance| {
            let (best, priority) = entry
                .recommendations()
                .iter()
                .filter(|r| r.substances().contains(substance))
                .filter_map(|r| Some((r, r.priority()?)))
                .min_by_key(|(_, p)| *p)?;
            let number =
                priority.rank_number().map_or_else(|| priority.describe(l), |n| n.to_string());
            let mut text = format!("{} {number}", label(substance, l));
            if best.population() != Population::Anyone {
                text.push_str(&format!(" ({})", best.population().describe(l)));
            }
            Some(text)
        })
        .collect();
    if parts.is_empty() { "–".to_owned() } else { parts.join(", ") }
}
