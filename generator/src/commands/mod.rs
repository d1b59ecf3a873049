//! One module per subcommand: argument handling and orchestration only; the work lives in the
//! library modules they call. Each returns the exit code on success (0, or 1 for drift).

/// The CLI's progress reporter: each line on stderr as it comes.
pub fn progress(line: &str) {
    eprintln!("{line}");
}

pub mod check_sql;
pub mod ddl;
pub mod diff;
pub mod introspect;
pub mod lint;
pub mod merge;
pub mod models;
pub mod source;
