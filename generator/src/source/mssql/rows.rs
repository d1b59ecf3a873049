//! Reference rows: one statement per reference table (tables marked `enum` in the base
//! schema), every column converted to text on the server and typed here by the column's
//! canonical type, so no driver type (nor `sql_variant`) is ever decoded.

use crate::ir::{DefaultExpr, Length, Row, SqlType, Table, Value};
use gen_runtime::Dialect;

const MS: Dialect = Dialect::Mssql;

/// `SELECT CAST([a] AS nvarchar(4000)), CONVERT(nvarchar(4000), [d], 126) … ORDER BY [pk]`.
pub fn select_sql(t: &Table) -> String {
    let cols: Vec<String> = t
        .columns
        .iter()
        .map(|c| {
            let q = MS.quote(&c.name);
            let wide = matches!(
                &c.sql_type,
                SqlType::NVarChar(Length::Max)
                    | SqlType::VarChar(Length::Max)
                    | SqlType::VarBinary(Length::Max)
            );
            let target = if wide {
                "nvarchar(max)"
            } else {
                "nvarchar(4000)"
            };
            match &c.sql_type {
                // Style 126 is ISO 8601 (`2026-01-02T03:04:05.1234567`).
                SqlType::DateTime2(_)
                | SqlType::DateTime
                | SqlType::Date
                | SqlType::Time(_)
                | SqlType::DateTimeOffset(_) => {
                    format!("CONVERT({target}, {q}, 126)")
                }
                // Style 1 keeps the 0x prefix.
                SqlType::VarBinary(_) | SqlType::Binary(_) => format!("CONVERT({target}, {q}, 1)"),
                _ => format!("CAST({q} AS {target})"),
            }
        })
        .collect();
    let order: Vec<String> = match &t.primary_key {
        Some(pk) => pk.columns.iter().map(|c| MS.quote(c)).collect(),
        None => (1..=t.columns.len()).map(|i| i.to_string()).collect(),
    };
    format!(
        "SELECT {} FROM {} ORDER BY {}",
        cols.join(", "),
        MS.qualified(&t.schema, &t.name),
        order.join(", ")
    )
}

/// Rows of `t` from their text cells (in column order), leaving out what the column's default
/// or NULL already says, as schema.yaml does.
pub fn rows_from_text(t: &Table, cells: &[Vec<Option<String>>]) -> Vec<Row> {
    cells
        .iter()
        .map(|row| {
            let values = t
                .columns
                .iter()
                .zip(row)
                .filter_map(|(c, text)| {
                    let v = text
                        .as_deref()
                        .map_or(Value::Null, |s| typed(&c.sql_type, s));
                    let implied = v == Value::Null
                        || matches!(&c.default, Some(DefaultExpr::Literal(d)) if *d == v);
                    (!implied).then(|| (c.name.clone(), v))
                })
                .collect();
            Row {
                values,
                ..Row::default()
            }
        })
        .collect()
}

/// A cell's text as the IR value for a column of type `ty`.
pub fn typed(ty: &SqlType, text: &str) -> Value {
    match ty {
        t if t.is_integer() => text
            .trim()
            .parse()
            .map_or_else(|_| Value::Text(text.to_owned()), Value::Int),
        SqlType::Bit => Value::Bool(text.trim() == "1"),
        SqlType::Decimal(..)
        | SqlType::Numeric(..)
        | SqlType::Money
        | SqlType::SmallMoney
        | SqlType::Float
        | SqlType::Real => Value::Decimal(text.trim().to_owned()),
        SqlType::UniqueIdentifier => Value::Text(text.to_ascii_lowercase()),
        _ => Value::Text(text.to_owned()),
    }
}
