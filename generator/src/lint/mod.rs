//! `gen lint`: the naming standards of docs/lint-rules.md, each a rule with a stable ID. Findings can be
//! excused by `lint:` exceptions on the table, column or foreign key concerned; an exception
//! that excuses nothing is itself a finding (SOL000), so exceptions cannot go stale.

mod audit;
mod finding;
mod names;
pub mod rules;

use std::collections::BTreeSet;

pub use finding::Finding;

use crate::ir::{Database, LintException, Table};

/// Every finding for `db`, after exceptions, in schema order.
pub fn check(db: &Database) -> Vec<Finding> {
    let mut raw = Vec::new();
    for (_, t) in db.tables() {
        names::check(t, &mut raw);
        // Audit columns are what writes stamp; nothing writes to a view.
        if !t.is_view() {
            audit::check(t, &mut raw);
        }
    }
    let mut used = BTreeSet::new();
    let mut kept: Vec<Finding> = raw
        .into_iter()
        .filter(|f| !excused(db, f, &mut used))
        .collect();
    for (_, t) in db.tables() {
        unused(t, &used, &mut kept);
    }
    kept
}

/// Where an exception can sit: the table itself, or one of its columns or foreign keys.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Scope {
    /// The table (excuses the rule anywhere in the table).
    Table,
    /// A column, by name.
    Column(String),
    /// A foreign key, by name.
    ForeignKey(String),
}

fn exceptions<'a>(t: &'a Table, scope: &Scope) -> &'a [LintException] {
    match scope {
        Scope::Table => &t.lint_exceptions,
        Scope::Column(c) => t.column(c).map_or(&[], |c| &c.lint_exceptions),
        Scope::ForeignKey(k) => t
            .foreign_keys
            .iter()
            .find(|f| &f.name == k)
            .map_or(&[], |f| &f.lint_exceptions),
    }
}

type Used = BTreeSet<(String, Scope, String)>;

/// Whether an exception on the finding's item (or its table) covers it; records which did.
fn excused(db: &Database, f: &Finding, used: &mut Used) -> bool {
    let Some(t) = db.table(&f.schema, &f.table) else {
        return false;
    };
    for scope in [f.scope.clone(), Scope::Table] {
        if exceptions(t, &scope).iter().any(|e| e.rule == f.rule) {
            used.insert((t.qualified(), scope, f.rule.to_string()));
            return true;
        }
    }
    false
}

fn unused(t: &Table, used: &Used, out: &mut Vec<Finding>) {
    let mut scopes = vec![(Scope::Table, t.loc.clone(), t.qualified())];
    for c in &t.columns {
        scopes.push((
            Scope::Column(c.name.clone()),
            c.loc.clone(),
            format!("{}.{}", t.qualified(), c.name),
        ));
    }
    for k in &t.foreign_keys {
        scopes.push((
            Scope::ForeignKey(k.name.clone()),
            k.loc.clone(),
            format!("{}.{}", t.qualified(), k.name),
        ));
    }
    for (scope, loc, subject) in scopes {
        for e in exceptions(t, &scope) {
            if !used.contains(&(t.qualified(), scope.clone(), e.rule.clone())) {
                out.push(Finding::new("SOL000", t, scope.clone(), loc.clone(), subject.clone(), format!(
                    "the exception for {} excuses nothing here; remove it (reason given: \"{}\")",
                    e.rule, e.reason
                )));
            }
        }
    }
}
