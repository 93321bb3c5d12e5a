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

#[path = "common/cli.rs"]
mod cli;
#[path = "common/words.rs"]
mod words;

use clap::{CommandFactory, FromArgMatches, Parser};
use insats::page;
use std::path::PathBuf;
use std::process::ExitCode;
use words::Word;

// The help is set from the words table (`cli::localize`), in the language
// of the run; the comments here are for the reader of the code.
#[derive(Parser)]
struct Cli {
    // The page, a text file in the guide's format (default: the
    // Nätverksterapi page rendered from the built-in catalog)
    #[arg(value_name = "PAGE")]
    page: Option<PathBuf>,

    // Write the error in Swedish (default: English)
    #[arg(long)]
    sv: bool,
}

fn main() -> ExitCode {
    let language = cli::init_language();
    let name = cli::bin_name();
    let help: &[(&str, Word)] = &[("page", Word::HelpPage), ("sv", Word::HelpSvErrors)];
    let values: &[(&str, Word)] = &[("PAGE", Word::ValuePage)];
    let command = cli::localize(
        Cli::command(),
        name,
        Word::UsageLinePage,
        Word::AboutParsePage,
        help,
        values,
        None,
    );
    let matches = command.try_get_matches().unwrap_or_else(|e| cli::exit_with(e, name));
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| cli::exit_with(e, name));
    let error = cli::word(Word::LabelError);
    let text = match cli.page {
        Some(path) => match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) => {
                let problem = cli::word(match err.kind() {
                    std::io::ErrorKind::NotFound => Word::ErrorFileNotFound,
                    std::io::ErrorKind::PermissionDenied => Word::ErrorFileDenied,
                    _ => Word::ErrorFileOther,
                });
                let path = path.display().to_string();
                let message =
                    Word::ErrorCannotRead.fill(language, &[("path", &path), ("problem", &problem)]);
                eprintln!("{error}: {message}");
                return ExitCode::FAILURE;
            }
        },
        None => match built_in_page() {
            Some(text) => {
                eprintln!("{}", cli::word(Word::NoteBuiltInPage));
                eprintln!("{text}\n");
                text
            }
            None => {
                eprintln!("{error}: {}", cli::word(Word::ErrorNoBuiltInPage));
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
            eprintln!("{error}: {}: {err}", cli::word(Word::ErrorCannotWriteJson));
            ExitCode::FAILURE
        }
    }
}

/// The built-in Nätverksterapi entry as a page: it shows every fact the
/// parser reads (priority, add-on, schedule, phases).
fn built_in_page() -> Option<String> {
    insats::catalog().get("natverksterapi").map(page::render)
}
