//! What the generated crate's `sql!` / `sql_as!` macros expand to: a statement checked at
//! compile time against the schema, with its parameters bound, whose rows decode into a
//! record the macro defined (or, through it, a named struct).

use std::marker::PhantomData;

use crate::{Conn, Dialect, Error, Record, SqlValue, ToValue};

/// A checked statement: its text, the dialect it is written in, its parameters, and how a row
/// becomes a `T` (a record `R` the macro defined, mapped into `T`; for `sql!` they are the
/// same).
#[must_use = "a statement does nothing until it is run with fetch_all, fetch_one, fetch_optional or execute"]
pub struct Checked<R, T = R> {
    sql: &'static str,
    dialect: Dialect,
    params: Vec<SqlValue>,
    map: fn(R) -> T,
    _rows: PhantomData<fn() -> R>,
}

impl<R: Record> Checked<R, R> {
    /// A statement whose rows decode into `R`.
    pub fn new(sql: &'static str, dialect: Dialect, params: Vec<SqlValue>) -> Self {
        Checked {
            sql,
            dialect,
            params,
            map: |r| r,
            _rows: PhantomData,
        }
    }
}

impl<R: Record, T: Send> Checked<R, T> {
    /// A statement whose rows decode into `R` and are then moved into `T` field by field.
    pub fn mapped(
        sql: &'static str,
        dialect: Dialect,
        params: Vec<SqlValue>,
        map: fn(R) -> T,
    ) -> Self {
        Checked {
            sql,
            dialect,
            params,
            map,
            _rows: PhantomData,
        }
    }

    /// The statement's text.
    pub fn sql(&self) -> &'static str {
        self.sql
    }

    /// The parameters, in order.
    pub fn params(&self) -> &[SqlValue] {
        &self.params
    }

    fn on<C: Conn>(&self, conn: &C) -> Result<(), Error> {
        let connection = conn.dialect();
        if connection == self.dialect {
            Ok(())
        } else {
            Err(Error::WrongDialect {
                statement: self.dialect,
                connection,
            })
        }
    }

    /// Runs the statement and decodes every row.
    pub async fn fetch_all<C: Conn>(self, conn: C) -> Result<Vec<T>, Error> {
        self.on(&conn)?;
        let rows = conn.rows::<R>(self.sql, self.params).await?;
        Ok(rows.into_iter().map(self.map).collect())
    }

    /// Runs the statement and decodes its first row, if it returned one.
    pub async fn fetch_optional<C: Conn>(self, conn: C) -> Result<Option<T>, Error> {
        Ok(self.fetch_all(conn).await?.into_iter().next())
    }

    /// Runs the statement and decodes its one row; no row is [`Error::NoRow`].
    pub async fn fetch_one<C: Conn>(self, conn: C) -> Result<T, Error> {
        let sql = self.sql;
        self.fetch_optional(conn)
            .await?
            .ok_or_else(|| Error::NoRow {
                table: sql.to_owned(),
                action: "a checked statement",
            })
    }

    /// Runs the statement and returns the number of rows it affected.
    pub async fn execute<C: Conn>(self, conn: C) -> Result<u64, Error> {
        self.on(&conn)?;
        conn.execute(self.sql, self.params).await
    }
}

/// The record of a statement that returns no rows (and of one that opted out of checking).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoRows;

impl crate::Table for NoRows {
    const META: &'static crate::TableMeta = &crate::TableMeta {
        schema: "sql!",
        name: "no rows",
        columns: &[],
        kind: crate::TableKind::Table,
        primary_key: None,
        foreign_keys: &[],
        uniques: &[],
        indexes: &[],
    };
}

impl Record for NoRows {
    fn decode<R: crate::RowReader>(_: &mut R) -> Result<Self, crate::DecodeError> {
        Ok(NoRows)
    }

    fn values(&self) -> Vec<SqlValue> {
        Vec::new()
    }
}

/// A Rust value that may stand where a statement expects a `T`: a `T` or a reference to one;
/// text also as `&str`, and `Option<T>` (or a plain `T`) where NULL is allowed.
#[diagnostic::on_unimplemented(
    message = "this parameter is `{Self}`, but the statement compares or assigns it to a `{T}` column",
    label = "expected `{T}` (the column's type in schema.yaml)"
)]
pub trait Arg<T> {
    /// The value as a parameter.
    fn to_arg(&self) -> SqlValue;
}

impl<T: ToValue> Arg<T> for T {
    fn to_arg(&self) -> SqlValue {
        self.to_value()
    }
}

impl<T: ToValue> Arg<T> for &T {
    fn to_arg(&self) -> SqlValue {
        (*self).to_value()
    }
}

impl<T: ToValue> Arg<Option<T>> for T {
    fn to_arg(&self) -> SqlValue {
        self.to_value()
    }
}

impl Arg<String> for &str {
    fn to_arg(&self) -> SqlValue {
        ToValue::to_value(self)
    }
}

impl Arg<Option<String>> for &str {
    fn to_arg(&self) -> SqlValue {
        ToValue::to_value(self)
    }
}

impl Arg<Option<String>> for Option<&str> {
    fn to_arg(&self) -> SqlValue {
        match self {
            Some(s) => ToValue::to_value(s),
            None => SqlValue::Text(None),
        }
    }
}

/// The parameter `value`, checked to be a `T` (the macro names `T` from the schema).
#[inline]
pub fn arg<T, A: Arg<T>>(value: A) -> SqlValue {
    value.to_arg()
}

/// A parameter the statement does not type (compared with nothing the schema knows).
#[inline]
pub fn untyped<A: ToValue>(value: A) -> SqlValue {
    value.to_value()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_bind_as_their_column_types() {
        assert_eq!(arg::<i64, _>(7i64), SqlValue::I64(Some(7)));
        assert_eq!(arg::<i64, _>(&7i64), SqlValue::I64(Some(7)));
        assert_eq!(arg::<String, _>("a"), SqlValue::Text(Some("a".into())));
        assert_eq!(arg::<Option<String>, _>(None::<&str>), SqlValue::Text(None));
        assert_eq!(arg::<Option<i32>, _>(None::<i32>), SqlValue::I32(None));
        assert_eq!(arg::<Option<i32>, _>(3), SqlValue::I32(Some(3)));
        assert_eq!(untyped(true), SqlValue::Bool(Some(true)));
    }
}
