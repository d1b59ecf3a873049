//! Duplicate names: schemas, tables, columns (case-insensitively, as SQL Server compares) and
//! constraint or index names (database-wide).

// Only looked up, never iterated, so the output order stays the input order.
use std::collections::HashMap;
use std::collections::hash_map::Entry;

use super::{Findings, at_line};
use crate::ir::{Database, Loc, Table};

pub(super) fn check(db: &Database, out: &mut Findings) {
    let schemas = db.schemas.iter().map(|s| (s.name.as_str(), &s.loc, ""));
    duplicates(out, "schema", schemas);
    let qualified: Vec<Vec<String>> = db
        .schemas
        .iter()
        .map(|s| s.tables.iter().map(Table::qualified).collect())
        .collect();
    for (schema, names) in db.schemas.iter().zip(&qualified) {
        let tables = schema
            .tables
            .iter()
            .map(|t| (t.name.as_str(), &t.loc, schema.name.as_str()));
        duplicates(out, "table", tables);
        for (t, q) in schema.tables.iter().zip(names) {
            let cols = t
                .columns
                .iter()
                .map(|c| (c.name.as_str(), &c.loc, q.as_str()));
            duplicates(out, "column", cols);
        }
    }
    let mut all = Vec::new();
    for (schema, names) in db.schemas.iter().zip(&qualified) {
        for (t, q) in schema.tables.iter().zip(names) {
            object_names(t, q, &mut all);
        }
    }
    duplicates(out, "constraint or index name", all.into_iter());
}

/// Every constraint and index name of `t` (qualified `q`) with its location.
fn object_names<'a>(t: &'a Table, q: &'a str, all: &mut Vec<(&'a str, &'a Option<Loc>, &'a str)>) {
    let mut add = |name: &'a str, loc: &'a Option<Loc>| all.push((name, loc, q));
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

/// Reports each name seen before (case-insensitively), pointing back at the first. Each item
/// is a name, its location and the qualified name of its owner (empty for a schema); the
/// subject of a message is built only for a duplicate, since almost every name is unique.
fn duplicates<'a>(
    out: &mut Findings,
    kind: &str,
    items: impl Iterator<Item = (&'a str, &'a Option<Loc>, &'a str)>,
) {
    let mut seen: HashMap<String, &Option<Loc>> = HashMap::new();
    for (name, loc, owner) in items {
        match seen.entry(name.to_lowercase()) {
            Entry::Occupied(first) => {
                let subject = match owner {
                    "" => name.to_string(),
                    _ => format!("{owner}.{name}"),
                };
                out.error(
                    loc,
                    &subject,
                    format!(
                        "duplicate {kind} `{name}` (first declared {})",
                        at_line(first.get())
                    ),
                    "names compare case-insensitively, as on SQL Server; rename or remove one",
                );
            }
            Entry::Vacant(slot) => {
                slot.insert(loc);
            }
        }
    }
}
