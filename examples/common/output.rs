//! Writing an example's output to stdout: a reader that stops early
//! (`| head`) closes the pipe, which is the reader's choice, not a failure.

use insats::{Facet, Reason};
use std::io::{self, Write};
use std::process::ExitCode;

/// Runs `write` on a buffered stdout and turns its result into the exit
/// code: success, also when stdout was closed early; otherwise the error
/// on stderr and failure.
pub fn to_stdout(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> ExitCode {
    let mut out = io::BufWriter::new(io::stdout().lock());
    match write(&mut out).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The reasons to print, each sentence once: a reason that another one
/// already says is left out (the page's age-group tag beside the row's age
/// scope, the add-on role beside "only as an add-on", the same sentence
/// for two rows of one entry). The reasons themselves stay as they are.
#[allow(dead_code)] // the batch example prints JSON
pub fn shown(reasons: &[Reason]) -> Vec<&Reason> {
    let has_age_scope = reasons.iter().any(|r| matches!(r, Reason::AgeScope { .. }));
    let only_add_on = reasons.contains(&Reason::RequiresOtherTreatment);
    let mut out: Vec<&Reason> = Vec::new();
    for reason in reasons {
        let said = match reason {
            Reason::Facet { profile, .. } => has_age_scope && profile.facet() == Facet::AgeGroup,
            Reason::AddOn => only_add_on,
            _ => false,
        };
        let twice = out.iter().any(|r| r.describe_sv() == reason.describe_sv());
        if !said && !twice {
            out.push(reason);
        }
    }
    out
}
