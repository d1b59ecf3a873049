//! Duplicate names: schemas, tables, columns (case-insensitively, as SQL Server compares) and
//! constraint or index names (database-wide).

use std::collections::BTreeMap;

use super::{Findings, at_line};
use crate::ir::{Database, Loc, Table};

pub(super) fn check(db: &Database, out: &mut Findings) {
    let schemas = db
        .schemas
        .iter()
        .map(|s| (s.name.as_str(), &s.loc, s.name.clone()));
    duplicates(out, "schema", schemas);
    for schema in &db.schemas {
        let tables = schema
            .tables
            .iter()
            .map(|t| (t.name.as_str(), &t.loc, t.qualified()));
        duplicates(out, "table", tables);
        for t in &schema.tables {
            let q = t.qualified();
            let cols = t
                .columns
                .iter()
                .map(|c| (c.name.as_str(), &c.loc, format!("{q}.{}", c.name)));
            duplicates(out, "column", cols);
        }
    }
    let mut all = Vec::new();
    for (_, t) in db.tables() {
        object_names(t, &mut all);
    }
    duplicates(
        out,
        "constraint or index name",
        all.iter().map(|(n, l, s)| (n.as_str(), *l, s.clone())),
    );
}

/// Every constraint and index name of `t` with its location and subject.
fn object_names<'a>(t: &'a Table, all: &mut Vec<(String, &'a Option<Loc>, String)>) {
    let q = t.qualified();
    let mut add =
        |name: &str, loc: &'a Option<Loc>| all.push((name.to_string(), loc, format!("{q}.{name}")));
    if let Some(pk) = &t.primary_key {
        add(&pk.name, &pk.loc);
    }
    t.foreign_keys.iter().for_each(|k| add(&k.name, &k.loc));
    t.uniques.iter().for_each(|k| add(&k.name, &k.loc));
    t.indexes.iter().for_each(|k| add(&k.name, &k.loc));
    t.checks.iter().for_each(|k| add(&k.name, &k.loc));
    for c in &t.columns {
        if let Some(n) = &c.default_name {
            add(n, &c.loc);
        }
    }
}

/// Reports each name seen before (case-insensitively), pointing back at the first.
fn duplicates<'a>(
    out: &mut Findings,
    kind: &str,
    items: impl Iterator<Item = (&'a str, &'a Option<Loc>, String)>,
) {
    let mut seen: BTreeMap<String, &Option<Loc>> = BTreeMap::new();
    for (name, loc, subject) in items {
        match seen.get(&name.to_lowercase()) {
            Some(first) => out.error(
                loc,
                &subject,
                format!(
                    "duplicate {kind} `{name}` (first declared {})",
                    at_line(first)
                ),
                "names compare case-insensitively, as on SQL Server; rename or remove one",
            ),
            None => {
                seen.insert(name.to_lowercase(), loc);
            }
        }
    }
}
