//! Recommendations for one profile: the ranked primary interventions, the
//! add-ons and the package for the assessment's needs, with priorities,
//! reasons and sources.
//!
//! ```sh
//! cargo run --example recommend                       # the sample profile
//! cargo run --example recommend -- --age 15 --substance Cannabis --provider Mariamottagning
//! cargo run --example recommend -- --json             # the RecommendationsReport as JSON
//! cargo run --example recommend -- --help
//! ```

#[path = "common/args.rs"]
mod args;
#[path = "common/output.rs"]
mod output;

use insats::{Match, Matcher, Reason, RecommendationsReport};
use std::io::{self, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = args::parse(
        "Ranked recommendations for one profile: primary interventions, add-ons and the package for the needs found.",
    );
    output::to_stdout(|out| write(out, &args))
}

fn write(out: &mut dyn Write, args: &args::Args) -> io::Result<()> {
    let catalog = args.catalog.as_ref().unwrap_or(insats::catalog());
    let matcher = Matcher::new(catalog);
    let recs = matcher.recommend(&args.profile);

    if args.json {
        let report = RecommendationsReport::new(&args.profile, catalog.version(), &recs);
        serde_json::to_writer_pretty(&mut *out, &report)?;
        return writeln!(out);
    }

    let describe = |r: &Reason| if args.swedish { r.describe_sv() } else { r.describe_en() };
    writeln!(out, "Profile: {}", args::describe(&args.profile))?;
    writeln!(out, "Catalog: version {} ({} entries)\n", catalog.version(), catalog.len())?;
    table(out, "Recommended (primary)", recs.primary(), args.swedish, &describe)?;
    table(out, "Add-ons to other treatment", recs.add_ons(), args.swedish, &describe)?;

    let package = recs.package();
    if !package.is_empty() {
        writeln!(out, "Package for the needs found")?;
        for served in package.served() {
            let m = served.by();
            writeln!(
                out,
                "  {:<32} → {} ({})",
                served.need().label_sv(),
                m.intervention().name(),
                m.intervention().id()
            )?;
        }
        for need in package.unmet() {
            writeln!(out, "  {:<32} → no recommended intervention serves it", need.label_sv())?;
        }
        writeln!(out)?;
    }
    if recs.is_empty() {
        writeln!(out, "Nothing is recommended; `cargo run --example explain` shows why.")?;
    }
    Ok(())
}

fn table(
    out: &mut dyn Write,
    title: &str,
    matches: &[Match<'_>],
    swedish: bool,
    describe: &dyn Fn(&Reason) -> String,
) -> io::Result<()> {
    writeln!(out, "{title}")?;
    if matches.is_empty() {
        return writeln!(out, "  (none)\n");
    }
    writeln!(out, "  {:>2}  {:<14} {:<48} id", "#", "NR priority", "intervention")?;
    for (i, m) in matches.iter().enumerate() {
        let priority = m.priority().map_or_else(|| "not stated".to_owned(), |p| p.to_string());
        let entry = m.intervention();
        writeln!(out, "  {:>2}  {:<14} {:<48} {}", i + 1, priority, entry.name(), entry.id())?;
        // Facets the entry leaves unstated exclude nobody; one line says which.
        let (unstated, reasons): (Vec<Reason>, Vec<Reason>) =
            m.reasons().into_iter().partition(|r| matches!(r, Reason::NotTagged { .. }));
        for reason in &reasons {
            writeln!(out, "        · {}", describe(reason))?;
        }
        if !unstated.is_empty() {
            let facets: Vec<String> = unstated
                .iter()
                .filter_map(|r| match r {
                    Reason::NotTagged { facet } if swedish => Some(facet.label_sv().to_owned()),
                    Reason::NotTagged { facet } => Some(facet.label_en().to_owned()),
                    _ => None,
                })
                .collect();
            let lead = if swedish {
                "anges inte av insatsen (utesluter ingen)"
            } else {
                "not stated by the intervention (excludes nobody)"
            };
            writeln!(out, "        · {lead}: {}", facets.join(", "))?;
        }
        if let Some(source) = m.source() {
            writeln!(out, "        source: {source}")?;
        }
    }
    writeln!(out)
}
