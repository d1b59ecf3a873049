//! Column defaults: a constant must be a value of its column's type (the rules reference rows
//! follow), and `GETUTCDATE()` / `NEWID()` may only default columns that can hold a time or a
//! GUID. Without this, a wrong default surfaces only when the DDL runs, or never (SQL Server
//! converts `'abc'` into an int column's default at insert time, and fails there).

use super::Findings;
use super::rows::value_problem;
use crate::ir::{Column, DefaultExpr, SqlType, Value};

pub(super) fn check(db: &crate::ir::Database, out: &mut Findings) {
    for (_, t) in db.tables() {
        for c in &t.columns {
            if let Some((what, help)) = c.default.as_ref().and_then(|d| problem(c, d)) {
                let subject = format!("{}.{}", t.qualified(), c.name);
                out.error(&c.loc, &subject, what, help);
            }
        }
    }
}

fn problem(c: &Column, default: &DefaultExpr) -> Option<(String, String)> {
    let t = &c.sql_type;
    match default {
        DefaultExpr::Literal(Value::Null) if !c.nullable => Some((
            "default NULL on a NOT NULL column".into(),
            "drop the default, or make the column `nullable: true`".into(),
        )),
        DefaultExpr::Literal(Value::Null) => None,
        DefaultExpr::Literal(v) => {
            value_problem(t, v).map(|(what, help)| (format!("default {what}"), help))
        }
        DefaultExpr::CurrentUtc if !holds_time(t) => Some((
            format!("default GETUTCDATE() on a column of type {t}"),
            "use it on a date/time column (datetime2, datetime, date, datetimeoffset), or give a constant".into(),
        )),
        DefaultExpr::NewGuid if !(matches!(t, SqlType::UniqueIdentifier | SqlType::Other(_)) || t.is_text()) => {
            Some((
                format!("default NEWID() on a column of type {t}"),
                "use it on a uniqueidentifier column, or give a constant".into(),
            ))
        }
        _ => None,
    }
}

/// Types a current time converts into; text too (SQL Server and PostgreSQL both convert), and
/// types gen does not know (passed through verbatim, so the database decides).
fn holds_time(t: &SqlType) -> bool {
    use SqlType::*;
    matches!(
        t,
        DateTime2(_) | DateTime | Date | Time(_) | DateTimeOffset(_) | Other(_)
    ) || t.is_text()
}
