//! Babelfish's catalog rows brought to what SQL Server's catalog says of the same objects,
//! before they are mapped to the IR, by the equivalences in [`crate::dialect::babelfish`].
//! Applied only when the server is Babelfish ([`super::server`]); each step says what
//! Babelfish 4.2.0 reports (tests/fixtures/mssql/babelfish/ holds its rows).

use std::collections::HashMap;

use super::catalog::Catalog;
use crate::dialect::babelfish;
use crate::ir::{Database, SqlType, Table};

/// Rewrites what Babelfish stores differently, using `base` (schema.yaml, if any) only to
/// decide between readings that Babelfish makes indistinguishable (the case of constraint
/// and index names it folded, a precision of 7 it keeps as 6).
pub fn normalize(cat: &mut Catalog, base: Option<&Database>) {
    filters(cat);
    index_names(cat, base);
    original_names(cat);
    constraint_names(cat, base);
    defaults(cat);
    fractional_seconds(cat, base);
    identity_tinyint(cat, base);
}

/// Defaults: Babelfish reports them with PostgreSQL's casts (`CAST(('x') AS nvarchar(1))`).
fn defaults(cat: &mut Catalog) {
    for c in &mut cat.columns {
        if let Some(d) = &c.default_definition {
            c.default_definition = Some(babelfish::tsql_default(d));
        }
    }
}

/// A `tinyint` identity: PostgreSQL's identity columns need a built-in integer type, so
/// Babelfish creates it as `smallint`. A live `smallint` identity reads as `tinyint` where
/// schema.yaml says `tinyint` identity; a `tinyint` that is not an identity keeps its type.
fn identity_tinyint(cat: &mut Catalog, base: Option<&Database>) {
    for c in &mut cat.columns {
        if !c.identity || !c.type_name.eq_ignore_ascii_case("smallint") {
            continue;
        }
        let expected = base_table(base, &c.schema, &c.table).and_then(|t| {
            t.columns
                .iter()
                .find(|x| x.name.eq_ignore_ascii_case(&c.name))
        });
        if expected.is_some_and(|x| x.sql_type == SqlType::TinyInt && x.identity.is_some()) {
            c.type_name = "tinyint".into();
            c.max_length = 1;
            c.precision = 3;
        }
    }
}

type Key = (String, String);

/// Filtered indexes: `sys.indexes.filter_definition` is always NULL on Babelfish; the
/// predicate comes from PostgreSQL's `pg_index` (query `babelfish_filters`).
fn filters(cat: &mut Catalog) {
    for row in &mut cat.indexes {
        if row.filter.is_some() {
            continue;
        }
        row.filter = cat
            .filters
            .iter()
            .find(|f| f.schema == row.schema && f.table == row.table && f.index == row.name)
            .map(|f| f.predicate.clone());
    }
}

/// Index names: Babelfish stores `lower(name) + lower(table) + md5(lower(name))`.
fn index_names(cat: &mut Catalog, base: Option<&Database>) {
    for row in &mut cat.indexes {
        let candidates: Vec<&str> = base_table(base, &row.schema, &row.table)
            .map(|t| t.indexes.iter().map(|i| i.name.as_str()).collect())
            .unwrap_or_default();
        if let Some(name) = babelfish::index_name(&row.name, &row.table, candidates) {
            row.name = name;
        }
    }
}

/// Table and column names: `sys.tables` and `sys.columns` report PostgreSQL's lower-cased
/// names; the names as created (or renamed) come from query `babelfish_names`, taken only
/// where they really are the stored name's original. Checks and filters, which Babelfish
/// reports as PostgreSQL deparses them, go back to T-SQL spelling with those names.
fn original_names(cat: &mut Catalog) {
    let mut tables: HashMap<Key, String> = HashMap::new();
    let mut columns: HashMap<(String, String, String), String> = HashMap::new();
    for n in &cat.names {
        let stored = n.column.as_deref().unwrap_or(&n.table);
        if !babelfish::is_original_of(&n.original, stored) {
            continue;
        }
        match &n.column {
            None => {
                tables.insert((n.schema.clone(), n.table.clone()), n.original.clone());
            }
            Some(c) => {
                let key = (n.schema.clone(), n.table.clone(), c.clone());
                columns.insert(key, n.original.clone());
            }
        }
    }
    // A view's name as created is in its own `CREATE VIEW` text (Babelfish 4.2 keeps no
    // reloption for it, and `sys.objects` folds it).
    for o in cat.objects.iter().filter(|o| o.kind == "V") {
        let original = o.definition.as_deref().and_then(super::build::view_name);
        if let Some(original) = original
            && babelfish::is_original_of(&original, &o.name)
        {
            tables.insert((o.schema.clone(), o.name.clone()), original);
        }
    }
    let table = |s: &str, t: &mut String| {
        if let Some(o) = tables.get(&(s.to_owned(), t.clone())) {
            *t = o.clone();
        }
    };
    let column = |s: &str, t: &str, c: &mut String| {
        if let Some(o) = columns.get(&(s.to_owned(), t.to_owned(), c.clone())) {
            *c = o.clone();
        }
    };
    // Columns first: their keys use the stored table name.
    for r in &mut cat.columns {
        column(&r.schema, &r.table, &mut r.name);
    }
    for r in &mut cat.keys {
        column(&r.schema, &r.table, &mut r.column);
    }
    for r in &mut cat.indexes {
        column(&r.schema, &r.table, &mut r.column);
    }
    for r in &mut cat.foreign_keys {
        column(&r.schema, &r.table, &mut r.column);
        column(&r.ref_schema, &r.ref_table, &mut r.ref_column);
    }
    for r in &mut cat.descriptions {
        if let (Some(s), Some(t), Some(c)) = (&r.schema, &r.table, &mut r.column) {
            column(s, t, c);
        }
    }
    // Predicates name columns of their table: the originals, by stored name.
    let of_table = |s: &str, t: &str| -> HashMap<String, String> {
        columns
            .iter()
            .filter(|((cs, ct, _), _)| cs == s && ct == t)
            .map(|((_, _, stored), original)| (stored.clone(), original.clone()))
            .collect()
    };
    for r in &mut cat.checks {
        let names = of_table(&r.schema, &r.table);
        r.definition = babelfish::tsql_predicate(&r.definition, |n| names.get(n).cloned());
    }
    for r in &mut cat.indexes {
        let names = of_table(&r.schema, &r.table);
        if let Some(f) = &r.filter {
            r.filter = Some(babelfish::tsql_predicate(f, |n| names.get(n).cloned()));
        }
    }
    for r in &mut cat.tables {
        table(&r.schema, &mut r.table);
    }
    for r in &mut cat.columns {
        table(&r.schema, &mut r.table);
    }
    for r in &mut cat.keys {
        table(&r.schema, &mut r.table);
    }
    for r in &mut cat.indexes {
        table(&r.schema, &mut r.table);
    }
    for r in &mut cat.foreign_keys {
        table(&r.schema, &mut r.table);
        table(&r.ref_schema, &mut r.ref_table);
    }
    for r in &mut cat.checks {
        table(&r.schema, &mut r.table);
    }
    for r in &mut cat.descriptions {
        if let (Some(s), Some(t)) = (&r.schema, &mut r.table) {
            table(s, t);
        }
    }
    for r in &mut cat.objects {
        if let Some(p) = &mut r.parent {
            table(&r.schema, p);
        }
        if r.kind == "V" {
            table(&r.schema, &mut r.name);
        }
    }
}

/// Constraint names: Babelfish folds the names of primary keys, unique constraints, foreign
/// keys and checks to lower case and keeps no original; where schema.yaml names the same
/// constraint of the same table in another case, that spelling is the name.
fn constraint_names(cat: &mut Catalog, base: Option<&Database>) {
    let respell = |name: &mut String, known: &[&str]| {
        if let Some(k) = known
            .iter()
            .find(|k| **k != name.as_str() && k.eq_ignore_ascii_case(name))
        {
            *name = (*k).to_owned();
        }
    };
    for r in &mut cat.keys {
        let known: Vec<&str> = base_table(base, &r.schema, &r.table)
            .map(|t| {
                t.primary_key
                    .iter()
                    .map(|p| p.name.as_str())
                    .chain(t.uniques.iter().map(|u| u.name.as_str()))
                    .collect()
            })
            .unwrap_or_default();
        respell(&mut r.name, &known);
    }
    for r in &mut cat.foreign_keys {
        let known: Vec<&str> = base_table(base, &r.schema, &r.table)
            .map(|t| t.foreign_keys.iter().map(|f| f.name.as_str()).collect())
            .unwrap_or_default();
        respell(&mut r.name, &known);
    }
    for r in &mut cat.checks {
        let known: Vec<&str> = base_table(base, &r.schema, &r.table)
            .map(|t| t.checks.iter().map(|c| c.name.as_str()).collect())
            .unwrap_or_default();
        respell(&mut r.name, &known);
    }
}

fn base_table<'a>(base: Option<&'a Database>, schema: &str, table: &str) -> Option<&'a Table> {
    let b = base?;
    b.table(schema, table).or_else(|| {
        b.tables()
            .find(|(s, t)| {
                s.name.eq_ignore_ascii_case(schema) && t.name.eq_ignore_ascii_case(table)
            })
            .map(|(_, t)| t)
    })
}

/// `datetime2(7)`, `time(7)` and `datetimeoffset(7)`: PostgreSQL keeps microseconds, so
/// Babelfish creates and reports them with scale 6. A live scale of 6 reads as 7 where
/// schema.yaml says 7, since on Babelfish the two are the same column; any other scale is
/// what it is.
fn fractional_seconds(cat: &mut Catalog, base: Option<&Database>) {
    let Some(base) = base else { return };
    for c in &mut cat.columns {
        if c.scale != 6 {
            continue;
        }
        let expected = base_table(Some(base), &c.schema, &c.table)
            .and_then(|t| {
                t.columns
                    .iter()
                    .find(|x| x.name.eq_ignore_ascii_case(&c.name))
            })
            .map(|col| &col.sql_type);
        let seven = matches!(
            (c.type_name.to_ascii_lowercase().as_str(), expected),
            ("datetime2", Some(SqlType::DateTime2(7)))
                | ("time", Some(SqlType::Time(7)))
                | ("datetimeoffset", Some(SqlType::DateTimeOffset(7)))
        );
        if seven {
            c.scale = 7;
        }
    }
}
