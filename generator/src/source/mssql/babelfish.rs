//! Babelfish's catalog rows brought to what SQL Server's catalog says of the same objects,
//! before they are mapped to the IR, by the equivalences in [`crate::dialect::babelfish`].
//! Applied only when the server is Babelfish ([`super::server`]).

use super::catalog::Catalog;
use crate::dialect::babelfish;
use crate::ir::{Database, SqlType};

/// Rewrites what Babelfish stores differently, using `base` (schema.yaml, if any) only to
/// decide between readings that Babelfish makes indistinguishable.
pub fn normalize(cat: &mut Catalog, base: Option<&Database>) {
    index_names(cat, base);
    fractional_seconds(cat, base);
}

/// Index names: Babelfish appends the table's name and an MD5 (`IX_Item_TitleItem4e5c…`).
fn index_names(cat: &mut Catalog, base: Option<&Database>) {
    for row in &mut cat.indexes {
        let candidates: Vec<&str> = base
            .and_then(|b| b.table(&row.schema, &row.table))
            .map(|t| t.indexes.iter().map(|i| i.name.as_str()).collect())
            .unwrap_or_default();
        if let Some(name) = babelfish::index_name(&row.name, &row.table, candidates) {
            row.name = name;
        }
    }
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
        let expected = base
            .table(&c.schema, &c.table)
            .and_then(|t| t.column(&c.name))
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
