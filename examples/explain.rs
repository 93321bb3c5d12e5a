//! Every decision for one profile: each catalog entry, recommended,
//! conditional or excluded, with all its reasons. Takes the same flags as
//! the `recommend` example (`--json` prints the `ExplainReport`).
//!
//! ```sh
//! cargo run --example explain
//! cargo run --example explain -- --age 15 --substance Cannabis --sv
//! ```

#[path = "common/args.rs"]
mod args;
#[path = "common/cli.rs"]
mod cli;
#[path = "common/output.rs"]
mod output;
#[path = "common/words.rs"]
mod words;

use insats::{Matcher, Reason};
use std::io::{self, Write};
use std::process::ExitCode;
use words::Word;

fn main() -> ExitCode {
    let args = args::parse(Word::AboutExplain);
    output::to_stdout(|out| write(out, &args))
}

fn write(out: &mut dyn Write, args: &args::Args) -> io::Result<()> {
    let catalog = args.catalog.as_ref().unwrap_or(insats::catalog());
    let matcher = Matcher::new(catalog);
    if args.json {
        // The report alone on stdout; what a text was read as, on stderr.
        cli::write_notes(&mut io::stderr())?;
        serde_json::to_writer_pretty(&mut *out, &matcher.explain_report(&args.profile))?;
        return writeln!(out);
    }
    let l = args.language;
    let decisions = matcher.explain(&args.profile);
    writeln!(out, "{}: {}", Word::LabelProfile.text(l), args.profile.describe(l))?;
    cli::write_notes(out)?;
    let count = catalog.len();
    writeln!(
        out,
        "{}",
        Word::LabelCatalog.fill(l, &[("version", &catalog.version()), ("count", &count)])
    )?;
    writeln!(out, "{}\n", Word::LegendNr.text(l))?;
    for decision in decisions.iter().filter(|d| args.step.shows(d.intervention())) {
        let entry = decision.intervention();
        let kind = entry.kind().map_or("–", |k| args::label_in(k, l));
        let section = entry.guide_section().map_or("–", |s| args::label_in(s, l));
        // A row the guidelines do not rate for the person's age is no
        // exclusion of the treatment: say which it is.
        let not_rated_for_age = decision.exclusions().all(|r| {
            r.is_unstated()
                || matches!(r, Reason::NoNumberForChildren | Reason::BelowStatedAge { .. })
        }) && decision.exclusions().any(|r| !r.is_unstated());
        let verdict = if decision.is_included() && decision.is_add_on() {
            Word::VerdictAddOn
        } else if decision.is_included() {
            Word::VerdictRecommended
        } else if decision.is_conditional() {
            Word::VerdictConditional
        } else if not_rated_for_age {
            Word::VerdictNotRatedForAge
        } else {
            Word::VerdictExcluded
        };
        write!(out, "[{}] {} ({}; {kind}, {section})", verdict.text(l), entry.name(), entry.id())?;
        // A number is shown only where it is the person's: an excluded
        // entry's reasons say which fact excluded it.
        match decision.priority() {
            Some(priority) if decision.is_included() || decision.is_conditional() => {
                writeln!(out, " · {}", priority.describe(l))?;
            }
            None if decision.is_included() || decision.is_conditional() => {
                writeln!(out, " · {}", Word::NoNumber.text(l))?;
            }
            _ => writeln!(out)?,
        }
        // ✗ excludes, ? waits for a fact the profile leaves out, · explains.
        for reason in output::shown(decision.reasons()) {
            let mark = match (reason.is_unstated(), reason.is_exclusion()) {
                (true, _) => "?",
                (false, true) => "✗",
                (false, false) => "·",
            };
            writeln!(out, "    {mark} {}", reason.describe(l))?;
        }
    }
    if decisions.is_empty() {
        writeln!(out, "{}", Word::CatalogEmpty.text(l))?;
    }
    Ok(())
}
