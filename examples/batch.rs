//! Recommendations for many cases: reads JSON Lines of cases from stdin
//! (the keys and labels of [`insats::CaseInput`]) and writes one line per
//! case to stdout, in the same order: the case's
//! [`RecommendationsReport`](insats::RecommendationsReport), or, for a
//! case that does not read, an error line of its own with every problem.
//!
//! ```sh
//! cargo run --example batch < examples/data/cases.jsonl > reports.jsonl
//! cargo run --example batch -- --lenient < cases.jsonl   # build from the rest
//! ```
//!
//! An error line is `{"line": 10, "error": {"sv": "…", "en": "…"},
//! "problems": [{"path": "age", "sv": "…", "en": "…", "suggestions": […]}]}`
//! (`line` is 1-based). With `--lenient` a case with problems still gets
//! its report, built from the fields that read, and its problems go to
//! stderr, one line each: never left out silently. Blank lines are
//! skipped. The exit status is 0 when every line was read, errors being
//! lines of the output; 1 when stdin or stdout fails.

use insats::{CaseInput, CaseProblem, Error, ErrorKind, Language, OwnedMatcher};
use serde::Serialize;
use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

/// A case that does not read, as a line of the output.
#[derive(Serialize)]
struct ErrorLine {
    /// The 1-based line of the input.
    line: usize,
    error: Text,
    problems: Vec<ProblemLine>,
}

/// A text in both languages.
#[derive(Serialize)]
struct Text {
    sv: String,
    en: String,
}

/// One problem of a case.
#[derive(Serialize)]
struct ProblemLine {
    path: String,
    sv: String,
    en: String,
    suggestions: Vec<&'static str>,
}

impl From<&CaseProblem> for ProblemLine {
    fn from(p: &CaseProblem) -> ProblemLine {
        ProblemLine {
            path: p.path().to_owned(),
            sv: p.describe(Language::Swedish),
            en: p.describe(Language::English),
            suggestions: p.suggestions(),
        }
    }
}

fn error_line(line: usize, error: &Error) -> ErrorLine {
    let problems = match error.kind() {
        ErrorKind::Case { problems } => problems.iter().map(ProblemLine::from).collect(),
        _ => Vec::new(),
    };
    ErrorLine {
        line,
        error: Text {
            sv: error.describe(Language::Swedish),
            en: error.describe(Language::English),
        },
        problems,
    }
}

fn main() -> ExitCode {
    let lenient = match std::env::args().nth(1).as_deref() {
        None => false,
        Some("--lenient") => true,
        Some("--help" | "-h") => {
            println!("usage: batch [--lenient] < cases.jsonl > reports.jsonl");
            return ExitCode::SUCCESS;
        }
        Some(other) => {
            eprintln!("batch: unknown argument {other:?}; usage: batch [--lenient]");
            return ExitCode::from(2);
        }
    };
    match run(lenient) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`| head`) is the reader's choice, not a failure.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("batch: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(lenient: bool) -> io::Result<()> {
    let matcher = OwnedMatcher::built_in();
    let stdin = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    for (index, line) in stdin.lines().enumerate() {
        let line = line?;
        let number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        let read = if lenient {
            CaseInput::read_lenient(&line).map(|case| {
                for problem in case.left_out() {
                    eprintln!("line {number}: left out: {problem}");
                }
                case.into_profile()
            })
        } else {
            CaseInput::read(&line)
        };
        let written = match read {
            Ok(profile) => serde_json::to_string(&matcher.report(&profile)),
            Err(error) => serde_json::to_string(&error_line(number, &error)),
        };
        writeln!(out, "{}", written.map_err(io::Error::other)?)?;
    }
    out.flush()
}
