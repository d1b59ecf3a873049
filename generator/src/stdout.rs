//! Writing reports to standard output.
//!
//! `println!` panics when the reader has gone away (`gen models --check | head`). A closed
//! pipe is not a failure of ours: the rest of the report is dropped and the exit code still
//! says what was found. Any other write error is reported on stderr.

use std::fmt::Display;
use std::io::{self, ErrorKind, Write};

/// Prints `text` as is.
pub fn print(text: impl Display) {
    let mut out = io::stdout().lock();
    let result = write!(out, "{text}").and_then(|()| out.flush());
    if let Err(e) = result
        && e.kind() != ErrorKind::BrokenPipe
    {
        eprintln!("warning: could not write the report to standard output: {e}");
    }
}

/// Prints `text` and a newline.
pub fn println(text: impl Display) {
    print(format_args!("{text}\n"));
}

/// Writes `text` where losing part of it is an error (a script redirected to a full disk),
/// except that a reader closing the pipe early is not.
pub fn write_all(text: &str) -> Result<(), crate::error::GenError> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != ErrorKind::BrokenPipe => {
            Err(crate::error::GenError::io("standard output", e))
        }
        _ => Ok(()),
    }
}
