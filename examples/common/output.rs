//! Writing an example's output to stdout: a reader that stops early
//! (`| head`) closes the pipe, which is the reader's choice, not a failure.

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
