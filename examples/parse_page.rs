//! Reads a page of the guide and prints the typed entry as pretty JSON.
//!
//! ```sh
//! cargo run --example parse_page -- tests/fixtures/natverksterapi.txt
//! cargo run --example parse_page          # a page rendered from the built-in catalog
//! cargo run --example parse_page -- --sv page.txt   # the error in Swedish
//! ```
//!
//! A page that does not parse prints the error with its line number to
//! stderr (in Swedish with `--sv`), and the example exits with code 1.

use clap::Parser;
use insats::{Language, page};
use std::path::PathBuf;
use std::process::ExitCode;

/// Reads a page of the guide and prints the typed entry as pretty JSON.
#[derive(Parser)]
struct Cli {
    /// The page, a text file in the guide's format (default: the
    /// Nätverksterapi page rendered from the built-in catalog)
    page: Option<PathBuf>,

    /// Write the error in Swedish (default: English)
    #[arg(long)]
    sv: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let language = if cli.sv { Language::Swedish } else { Language::English };
    let text = match cli.page {
        Some(path) => match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) => {
                eprintln!("cannot read {}: {err}", path.display());
                return ExitCode::FAILURE;
            }
        },
        None => match built_in_page() {
            Some(text) => {
                eprintln!("(no page given: parsing this page, rendered from the built-in catalog)");
                eprintln!("{text}\n");
                text
            }
            None => {
                eprintln!("the built-in catalog has no Nätverksterapi entry");
                return ExitCode::FAILURE;
            }
        },
    };
    let entry = match page::parse(&text) {
        Ok(entry) => entry,
        Err(err) => {
            // The error names the 1-based line and what the format expects there.
            eprintln!("{}", err.describe(language));
            return ExitCode::FAILURE;
        }
    };
    let mut out = std::io::stdout().lock();
    let written = serde_json::to_writer_pretty(&mut out, &entry)
        .and_then(|()| std::io::Write::write_all(&mut out, b"\n").map_err(serde_json::Error::io));
    match written {
        // a closed pipe (`| head`) is the reader's choice, not an error to report
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if err.is_io() => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("cannot write JSON: {err}");
            ExitCode::FAILURE
        }
    }
}

/// The built-in Nätverksterapi entry as a page: it shows every fact the
/// parser reads (priority, add-on, schedule, phases).
fn built_in_page() -> Option<String> {
    insats::catalog().get("natverksterapi").map(page::render)
}
