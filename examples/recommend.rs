//! Recommendations for one profile: the ranked primary interventions, the
//! add-ons, the conditional matches (what would apply if the profile said
//! more) and the package for the assessment's needs, with priorities,
//! reasons and sources.
//!
//! ```sh
//! cargo run --example recommend                       # the sample profile
//! cargo run --example recommend -- --age 15 --substance Alkohol --relative=no --sv
//! cargo run --example recommend -- --icd F10.3 --age 45
//! cargo run --example recommend -- --age 40 --substance Alkohol --step assessment
//! cargo run --example recommend -- --age 30 --audit 9 --sex kvinna
//! cargo run --example recommend -- --sip --sv                 # the SIP draft
//! cargo run --example recommend -- --json             # the RecommendationsReport as JSON
//! cargo run --example recommend -- --help
//! ```

#[path = "common/args.rs"]
mod args;
#[path = "common/cli.rs"]
mod cli;
#[path = "common/output.rs"]
mod output;
#[path = "common/words.rs"]
mod words;

use insats::{Language, Match, Matcher, Recommendations};
use std::io::{self, Write};
use std::process::ExitCode;
use words::Word;

fn main() -> ExitCode {
    let args = args::parse(Word::AboutRecommend);
    output::to_stdout(|out| write(out, &args))
}

fn write(out: &mut dyn Write, args: &args::Args) -> io::Result<()> {
    let catalog = args.catalog.as_ref().unwrap_or(insats::catalog());
    let matcher = Matcher::new(catalog);
    if args.json {
        // The report alone on stdout; what a text was read as, on stderr.
        cli::write_notes(&mut io::stderr())?;
        serde_json::to_writer_pretty(&mut *out, &matcher.report(&args.profile))?;
        return writeln!(out);
    }
    let l = args.language;
    let recs = matcher.recommend(&args.profile);
    writeln!(out, "{}: {}", Word::LabelProfile.text(l), args.profile.describe(l))?;
    cli::write_notes(out)?;
    let count = catalog.len();
    writeln!(
        out,
        "{}",
        Word::LabelCatalog.fill(l, &[("version", &catalog.version()), ("count", &count)])
    )?;
    writeln!(out, "{}\n", Word::LegendNr.text(l))?;
    if args.sip {
        return sip(out, &recs, l);
    }
    if args.step != args::Step::Assessment {
        table(out, Word::HeadingPrimary.text(l), recs.primary(), l)?;
        table(out, Word::HeadingAddOns.text(l), recs.add_ons(), l)?;
    }
    if args.step != args::Step::Treatment {
        table(out, Word::HeadingAssessments.text(l), recs.assessments(), l)?;
    }
    if !recs.not_rated_for_age().is_empty() {
        table(out, Word::HeadingNotRatedForAge.text(l), recs.not_rated_for_age(), l)?;
    }
    table(out, Word::HeadingConditional.text(l), recs.conditional(), l)?;

    let package = recs.package();
    if !package.is_empty() {
        writeln!(out, "{}", Word::HeadingPackage.text(l))?;
        for served in package.served() {
            let m = served.by();
            let need = args::label_in(served.need(), l);
            writeln!(
                out,
                "  {need:<32} → {} ({})",
                m.intervention().name(),
                m.intervention().id()
            )?;
        }
        for need in package.unmet() {
            writeln!(out, "  {:<32} → {}", args::label_in(need, l), Word::PackageUnmet.text(l))?;
        }
        writeln!(out)?;
    }
    if recs.is_empty() && recs.assessments().is_empty() {
        writeln!(out, "{}", Word::NothingRecommended.text(l))?;
    }
    Ok(())
}

fn table(out: &mut dyn Write, title: &str, matches: &[Match<'_>], l: Language) -> io::Result<()> {
    writeln!(out, "{title}")?;
    if matches.is_empty() {
        return writeln!(out, "  –\n");
    }
    let (priority, intervention) = (Word::ColumnPriority.text(l), Word::ColumnIntervention.text(l));
    writeln!(out, "  {:>2}  {priority:<16} {intervention}", "#")?;
    // Rows not rated for the person's age have no number for the person:
    // their order is the rows' own, and no place ranks them.
    let ranked = !matches.iter().all(Match::is_not_rated_for_age);
    for (m, place) in matches.iter().zip(Recommendations::places(matches)) {
        let place = if ranked { place.to_string() } else { "–".to_owned() };
        let number =
            m.priority().map_or_else(|| Word::NoNumber.text(l).to_owned(), |p| p.describe(l));
        let entry = m.intervention();
        writeln!(out, "  {place:>2}  {number:<16} {} ({})", entry.name(), entry.id())?;
        for reason in output::shown(&m.reasons()) {
            writeln!(out, "        · {}", reason.describe(l))?;
        }
        if !m.is_conditional() && !m.is_not_rated_for_age() {
            writeln!(out, "        · {}", m.delivery().describe(l))?;
        }
        // A row that is not the person's still says whom it is rated for.
        let condition =
            m.row().and_then(|r| r.describe_condition(l)).filter(|_| m.is_not_rated_for_age());
        if let Some(condition) = condition {
            writeln!(out, "        {}: {condition}", Word::LabelRowCondition.text(l))?;
        }
        if let Some(source) = m.source() {
            writeln!(out, "        {}: {source}", Word::LabelSource.text(l))?;
        }
    }
    if ranked && matches.windows(2).any(|pair| pair[0].is_level_with(&pair[1])) {
        writeln!(out, "  {}", Word::SharedPlace.text(l))?;
    }
    if matches.iter().any(Match::is_add_on) && !matches.iter().all(Match::is_add_on) {
        writeln!(out, "  {}", Word::AddOnsAfter.text(l))?;
    }
    if matches.iter().any(|m| m.priority().is_none() && !m.is_not_rated_for_age()) {
        writeln!(out, "  {}", Word::UnnumberedLast.text(l))?;
    }
    writeln!(out)
}

/// The recommended measures by principal, each with its number, the row's
/// wording and source, and whether the asker can deliver it.
fn sip(out: &mut dyn Write, recs: &insats::Recommendations<'_>, l: Language) -> io::Result<()> {
    writeln!(out, "{}\n", Word::HeadingSip.text(l))?;
    for (principal, group) in recs.sip().groups() {
        if group.is_empty() {
            continue;
        }
        writeln!(out, "{}", args::label_in(principal, l))?;
        for m in group {
            let number =
                m.priority().map_or_else(|| Word::NoNumber.text(l).to_owned(), |p| p.describe(l));
            writeln!(
                out,
                "  {number:<16} {} ({})",
                m.intervention().name(),
                m.intervention().id()
            )?;
            if let Some(condition) = m.row().and_then(|r| r.describe_condition(l)) {
                writeln!(out, "        {}: {condition}", Word::LabelRowCondition.text(l))?;
            }
            writeln!(out, "        · {}", m.delivery().describe(l))?;
            if let Some(source) = m.source() {
                writeln!(out, "        {}: {source}", Word::LabelSource.text(l))?;
            }
        }
        writeln!(out)?;
    }
    writeln!(out, "{}", Word::SipNote.text(l))
}
