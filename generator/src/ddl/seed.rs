//! Reference rows as `INSERT`s. SQL Server needs `SET IDENTITY_INSERT` around explicit IDs;
//! PostgreSQL (identity `BY DEFAULT`) takes them as they are, but its sequence must then be
//! moved past the largest ID so later inserts do not collide.

use std::fmt::Write as _;

use crate::dialect::IrDialect;
use crate::ir::{SqlType, Table};
use gen_runtime::Dialect;

/// T-SQL accepts at most 1000 rows in one `VALUES` list.
const MAX_ROWS_PER_INSERT: usize = 1000;

/// The inserts for every table with rows, in creation order.
pub(crate) fn statements(tables: &[&Table], d: Dialect) -> String {
    let mut out = String::new();
    for t in tables.iter().filter(|t| !t.rows.is_empty()) {
        table_rows(&mut out, d, t);
    }
    out
}

fn table_rows(out: &mut String, d: Dialect, t: &Table) {
    let target = d.qualified(&t.schema, &t.name);
    let identity = t.columns.iter().find(|c| c.identity.is_some());
    let explicit_identity =
        identity.is_some_and(|c| t.rows.iter().any(|r| t.row_value(r, &c.name).is_some()));
    if d == Dialect::Mssql && explicit_identity {
        let _ = writeln!(out, "SET IDENTITY_INSERT {target} ON;");
    }
    for group in groups(t) {
        for chunk in group.chunks(MAX_ROWS_PER_INSERT) {
            insert(out, d, t, &target, chunk);
        }
    }
    match identity {
        Some(_) if d == Dialect::Mssql && explicit_identity => {
            let _ = writeln!(out, "SET IDENTITY_INSERT {target} OFF;");
        }
        Some(c) if explicit_identity => {
            let _ = writeln!(
                out,
                "SELECT setval(pg_get_serial_sequence({}, {}), (SELECT max({}) FROM {target}));",
                d.string_literal(&target, false),
                d.string_literal(&c.name, false),
                d.quote(&c.name)
            );
        }
        _ => {}
    }
}

/// Rows split into runs with the same columns (a row may leave columns to their defaults).
fn groups(t: &Table) -> Vec<Vec<&crate::ir::Row>> {
    let mut out: Vec<Vec<&crate::ir::Row>> = Vec::new();
    for row in &t.rows {
        let same = out.last().and_then(|g| g.first()).is_some_and(|first| {
            first
                .values
                .iter()
                .map(|(c, _)| c)
                .eq(row.values.iter().map(|(c, _)| c))
        });
        match out.last_mut() {
            Some(g) if same => g.push(row),
            _ => out.push(vec![row]),
        }
    }
    out
}

fn insert(out: &mut String, d: Dialect, t: &Table, target: &str, rows: &[&crate::ir::Row]) {
    let Some(first) = rows.first() else {
        return;
    };
    let columns: Vec<String> = first.values.iter().map(|(c, _)| d.quote(c)).collect();
    let _ = writeln!(out, "INSERT INTO {target} ({}) VALUES", columns.join(", "));
    let tuples: Vec<String> = rows
        .iter()
        .map(|row| {
            let values: Vec<String> = row
                .values
                .iter()
                .map(|(c, v)| {
                    let ty = t
                        .column(c)
                        .map_or(SqlType::Other(String::new()), |col| col.sql_type.clone());
                    d.literal(v, &ty)
                })
                .collect();
            format!("    ({})", values.join(", "))
        })
        .collect();
    let _ = writeln!(out, "{};", tuples.join(",\n"));
}
