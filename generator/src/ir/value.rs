//! Literal values (reference-table rows, defaults) and column default expressions.

use std::fmt;

/// A literal value in a reference row or a default.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Value {
    /// SQL NULL.
    Null,
    /// A `bit` value.
    Bool(bool),
    /// An integer.
    Int(i64),
    /// An exact decimal, kept as written (`12.50`) so nothing is rounded.
    Decimal(String),
    /// Text (also dates, times and GUIDs, in their ISO / canonical text form).
    Text(String),
}

/// A column default, normalised so that every dialect's spelling of the same default compares
/// equal (SQL Server writes `((0))` and `(getutcdate())`; PostgreSQL adds casts).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DefaultExpr {
    /// The current UTC time: `GETUTCDATE()` on SQL Server, `(now() AT TIME ZONE 'utc')` on
    /// PostgreSQL.
    CurrentUtc,
    /// A new random GUID: `NEWID()` / `gen_random_uuid()`.
    NewGuid,
    /// A constant.
    Literal(Value),
    /// Any other expression, in SQL Server syntax, passed through verbatim.
    Sql(String),
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => f.write_str("NULL"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Decimal(d) => f.write_str(d),
            Value::Text(t) => write!(f, "{t:?}"),
        }
    }
}

/// Human-readable form used in diff reports and docs (`GETUTCDATE()`, `0`, `'AU'`).
impl fmt::Display for DefaultExpr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DefaultExpr::CurrentUtc => f.write_str(gen_runtime::Dialect::Mssql.now_utc()),
            DefaultExpr::NewGuid => f.write_str("NEWID()"),
            DefaultExpr::Literal(Value::Text(t)) => write!(f, "'{}'", t.replace('\'', "''")),
            DefaultExpr::Literal(v) => write!(f, "{v}"),
            DefaultExpr::Sql(s) => f.write_str(s),
        }
    }
}
