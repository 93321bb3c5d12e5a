//! Prints every vocabulary with its Swedish label, English label and serde id.
//!
//! Run with `cargo run --example vocabularies`.

use insats::{
    AgeGroup, Condition, Need, Provider, Role, Severity, Substance, TreatmentType, Vocabulary,
};
use std::io::{self, Write};

fn print<T: Vocabulary>(out: &mut impl Write) -> io::Result<()> {
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

fn main() -> io::Result<()> {
    let mut out = io::stdout().lock();
    print::<Provider>(&mut out)?;
    print::<Role>(&mut out)?;
    print::<TreatmentType>(&mut out)?;
    print::<AgeGroup>(&mut out)?;
    print::<Severity>(&mut out)?;
    print::<Condition>(&mut out)?;
    print::<Substance>(&mut out)?;
    print::<Need>(&mut out)
}
