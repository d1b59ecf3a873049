//! Semantic checks on the IR. They use only the IR, so they run on schema.yaml and on
//! introspected databases alike; every finding carries the offending item's location.

mod defaults;
mod keys;
mod names;
mod rows;

use crate::diag::{Diagnostic, Diagnostics};
use crate::ir::{Database, Loc};

/// Every check listed at the end of docs/schema-format.md.
pub fn check(db: &Database) -> Diagnostics {
    let mut out = Findings::default();
    names::check(db, &mut out);
    keys::check(db, &mut out);
    rows::check(db, &mut out);
    defaults::check(db, &mut out);
    // File order reads best; the sort is stable, so findings at one place keep check order.
    out.0.0.sort_by(|a, b| a.loc.cmp(&b.loc));
    out.0
}

/// The name rules of `dialect` applied to `db`, whatever dialect it is written for: what
/// `gen ddl --dialect` checks before it prints a script the target would reject.
pub fn names_for(db: &Database, dialect: gen_runtime::Dialect) -> Diagnostics {
    let mut out = Findings::default();
    names::check_as(db, dialect, &mut out);
    out.0.0.sort_by(|a, b| a.loc.cmp(&b.loc));
    out.0
}

/// Collected errors, with a shorthand for the common shape.
#[derive(Default)]
pub(crate) struct Findings(Diagnostics);

impl Findings {
    /// Records an error at `loc` about `subject` (`schema.table.column`).
    pub fn error(
        &mut self,
        loc: &Option<Loc>,
        subject: &str,
        what: String,
        help: impl Into<String>,
    ) {
        self.0
            .push(Diagnostic::error(loc.clone(), format!("{subject}: {what}")).with_help(help));
    }
}

/// "line N" of a location, for pointing at a first occurrence.
pub(crate) fn at_line(loc: &Option<Loc>) -> String {
    loc.as_ref().map_or_else(
        || "elsewhere".to_string(),
        |l| format!("at line {}", l.line),
    )
}
