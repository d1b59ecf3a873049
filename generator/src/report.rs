//! How the library tells its caller what it is doing, without printing: only the CLI layer
//! (`main.rs`, `commands/`, `stdout.rs`) writes to the terminal (diag.rs). Long steps send progress
//! lines to a [`Progress`] the caller passes in; the CLI's prints them on stderr.

/// Receives progress lines (one sentence each, no trailing newline) from slow steps such as a
/// live read, once it has taken longer than a second.
pub type Progress<'a> = &'a (dyn Fn(&str) + Sync);

/// A [`Progress`] that drops every line, for callers that want silence (tests, benchmarks).
pub fn quiet(_line: &str) {}
