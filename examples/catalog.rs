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

#[path = "common/cli.rs"]
mod cli;
#[path = "common/output.rs"]
mod output;
#[path = "common/words.rs"]
mod words;

use clap::{CommandFactory, FromArgMatches, Parser};
use insats::{Intervention, Kind, Language, Population, Substance, Vocabulary, catalog};
use std::io::{self, Write};
use std::process::ExitCode;
use words::Word;

// The flags' help is set from the words table (`cli::localize`), in the
// language of the run; the comments here are for the reader of the code.
#[derive(Parser)]
struct Cli {
    // Write the catalog in the JSON schema of `Catalog` instead of the table
    #[arg(long, conflicts_with = "rated_for")]
    json: bool,

    // Print in Swedish (default: English)
    #[arg(long)]
    sv: bool,

    // List the pairs NR rates for this substance, best first
    #[arg(long, value_name = "SUBSTANCE", value_parser = cli::label::<Substance>)]
    rated_for: Option<Substance>,

    // With --rated-for: the population, as its id
    #[arg(long, value_name = "ID", default_value = "anyone", hide_default_value = true,
          value_parser = population, requires = "rated_for")]
    population: Population,

    // Only the entries of this kind
    #[arg(long, value_name = "KIND", value_parser = cli::label::<Kind>)]
    kind: Option<Kind>,
}

/// The help of each flag, from the words table.
const HELP: &[(&str, Word)] = &[
    ("json", Word::HelpCatalogJson),
    ("sv", Word::HelpSv),
    ("rated_for", Word::HelpRatedFor),
    ("population", Word::HelpPopulation),
    ("kind", Word::HelpKind),
];

/// The value names of the help, by the English one the flags declare.
const VALUE_NAMES: &[(&str, Word)] =
    &[("SUBSTANCE", Word::ValueSubstance), ("ID", Word::ValueId), ("KIND", Word::ValueKind)];

/// A population by its id; another text is refused with the ids listed.
fn population(text: &str) -> Result<Population, cli::Refused> {
    let text = text.trim();
    serde_json::from_value(serde_json::Value::String(text.to_owned())).map_err(|_| {
        // A need's or a situation's population needs its need or
        // situation, which the flag cannot give: those are left out.
        let fixed = Population::all()
            .filter(|p| !matches!(p, Population::WithNeed(_) | Population::InSituation(_)));
        let ids = fixed.map(Population::id).collect::<Vec<_>>().join(", ");
        cli::Refused::message(
            Word::ErrorUnknownPopulation.fill(cli::language(), &[("text", &text), ("ids", &ids)]),
        )
    })
}

fn main() -> ExitCode {
    let l = cli::init_language();
    let name = cli::bin_name();
    let command = cli::localize(
        Cli::command(),
        name,
        Word::UsageLine,
        Word::AboutCatalog,
        HELP,
        VALUE_NAMES,
        None,
    );
    let matches = command.try_get_matches().unwrap_or_else(|e| cli::exit_with(e, name));
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| cli::exit_with(e, name));
    output::to_stdout(|out| {
        if cli.json {
            cli::write_notes(&mut io::stderr())?;
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
    cli::write_notes(out)?;
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
    writeln!(out, "{title}")?;
    cli::write_notes(out)?;
    writeln!(out)?;
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
