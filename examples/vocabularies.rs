//! Prints every vocabulary with its Swedish label, English label and serde id.
//!
//! Run with `cargo run --example vocabularies`.

#[path = "common/output.rs"]
mod output;

use clap::Parser;
use insats::{
    AgeGroup, Condition, Need, Provider, Role, Severity, Substance, TreatmentType, Vocabulary,
};
use std::io::{self, Write};
use std::process::ExitCode;

/// Prints every vocabulary with its Swedish label, English label and serde id.
#[derive(Parser)]
struct Cli {}

fn print<T: Vocabulary>(out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{} ({}), {} values", T::NAME_SV, T::NAME_EN, T::ALL.len())?;
    let width = |label: fn(T) -> &'static str| {
        T::ALL.iter().map(|v| label(*v).chars().count()).max().unwrap_or(0)
    };
    let (sv_width, en_width) = (width(T::label_sv), width(T::label_en));
    for &value in T::ALL {
        writeln!(
            out,
            "  {:sv_width$}  {:en_width$}  {}",
            value.label_sv(),
            value.label_en(),
            value.id()
        )?;
    }
    writeln!(out)
}

fn main() -> ExitCode {
    Cli::parse();
    output::to_stdout(|out| {
        print::<Provider>(out)?;
        print::<Role>(out)?;
        print::<TreatmentType>(out)?;
        print::<AgeGroup>(out)?;
        print::<Severity>(out)?;
        print::<Condition>(out)?;
        print::<Substance>(out)?;
        print::<Need>(out)
    })
}
