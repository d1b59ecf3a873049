//! One lint finding and how it prints.

use std::fmt;

use super::Scope;
use crate::ir::{Loc, Table};

/// A naming-standard violation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Rule ID (`SOL003`).
    pub rule: &'static str,
    /// Where, when the schema came from a file.
    pub loc: Option<Loc>,
    /// What it is about (`dbo.User.ID`).
    pub subject: String,
    /// What is wrong and what is expected.
    pub message: String,
    pub(crate) schema: String,
    pub(crate) table: String,
    pub(crate) scope: Scope,
}

impl Finding {
    /// A finding about `subject` in table `t`, excusable by an exception at `scope`.
    pub(crate) fn new(
        rule: &'static str,
        t: &Table,
        scope: Scope,
        loc: Option<Loc>,
        subject: String,
        message: String,
    ) -> Self {
        Finding {
            rule,
            loc,
            subject,
            message,
            schema: t.schema.clone(),
            table: t.name.clone(),
            scope,
        }
    }
}

/// `file:line:column: SOL003 dbo.User.ID: message`.
impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(loc) = &self.loc {
            write!(f, "{loc}: ")?;
        }
        write!(f, "{} {}: {}", self.rule, self.subject, self.message)
    }
}

/// Collects findings for one table, each at the right scope and location.
pub(crate) struct Sink<'a> {
    /// The table being checked.
    pub t: &'a Table,
    out: &'a mut Vec<Finding>,
}

impl<'a> Sink<'a> {
    /// A sink for `t` appending to `out`.
    pub fn new(t: &'a Table, out: &'a mut Vec<Finding>) -> Self {
        Sink { t, out }
    }

    /// A finding about the table, at `loc` (the table's when `None`).
    pub fn table(&mut self, rule: &'static str, loc: Option<&Option<Loc>>, message: String) {
        let loc = loc.cloned().unwrap_or_else(|| self.t.loc.clone());
        let f = Finding::new(rule, self.t, Scope::Table, loc, self.t.qualified(), message);
        self.out.push(f);
    }

    /// A finding about a column.
    pub fn column(&mut self, rule: &'static str, c: &crate::ir::Column, message: String) {
        let subject = format!("{}.{}", self.t.qualified(), c.name);
        let f = Finding::new(
            rule,
            self.t,
            Scope::Column(c.name.clone()),
            c.loc.clone(),
            subject,
            message,
        );
        self.out.push(f);
    }

    /// A finding about a foreign key.
    pub fn foreign_key(&mut self, rule: &'static str, k: &crate::ir::ForeignKey, message: String) {
        let subject = format!("{}.{}", self.t.qualified(), k.name);
        let f = Finding::new(
            rule,
            self.t,
            Scope::ForeignKey(k.name.clone()),
            k.loc.clone(),
            subject,
            message,
        );
        self.out.push(f);
    }
}
