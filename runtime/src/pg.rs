//! PostgreSQL (tokio-postgres): reading rows, binding [`SqlValue`] parameters, and [`Conn`]
//! for every client and transaction.

use std::error::Error as StdError;

use bytes::BytesMut;
use tokio_postgres::types::{FromSql, IsNull, Kind, ToSql, Type};
use tokio_postgres::{GenericClient, Row};

use crate::{
    ArrayValue, ColumnIndex, Conn, Cursor, DecodeError, Dialect, Error, Record, RowReader,
    SqlValue, TableMeta,
};

/// Column `i` of `row` as `T`, NULL as `None`; the message names the database type.
#[inline]
pub fn get<'r, T: FromSql<'r>>(row: &'r Row, i: usize) -> Result<Option<T>, String> {
    row.try_get::<_, Option<T>>(i)
        .map_err(|e| describe(row, i, &e))
}

/// Column `i` of `row` as `T` where NULL is not allowed: read directly, and only on failure
/// told apart into NULL or a wrong type.
#[inline]
pub fn get_required<'r, T: FromSql<'r>>(row: &'r Row, i: usize) -> Result<T, String> {
    row.try_get::<_, T>(i)
        .map_err(|e| required_failure::<T>(row, i, &e))
}

#[cold]
fn required_failure<'r, T: FromSql<'r>>(
    row: &'r Row,
    i: usize,
    e: &tokio_postgres::Error,
) -> String {
    match row.try_get::<_, Option<T>>(i) {
        Ok(None) => "NULL".into(),
        _ => describe(row, i, e),
    }
}

#[cold]
fn describe(row: &Row, i: usize, e: &tokio_postgres::Error) -> String {
    match row.columns().get(i) {
        Some(c) => match e.source() {
            Some(cause) => format!("a {} value ({cause})", c.type_()),
            None => format!("a {} value ({e})", c.type_()),
        },
        None => format!("no column at position {i}"),
    }
}

/// Reads a PostgreSQL row into a generated struct.
pub struct PgRow<'r> {
    row: &'r Row,
    cursor: Cursor<'r>,
}

impl<'r> PgRow<'r> {
    /// A row of a generated select: every column of `meta` in order.
    pub fn new(row: &'r Row, meta: &'static TableMeta) -> Self {
        PgRow {
            row,
            cursor: Cursor::new(meta),
        }
    }

    /// A row of any statement, through an index built once for it
    /// ([`column_index`]).
    pub fn indexed(row: &'r Row, meta: &'static TableMeta, index: &'r ColumnIndex) -> Self {
        PgRow {
            row,
            cursor: Cursor::indexed(meta, index),
        }
    }
}

impl RowReader for PgRow<'_> {
    #[inline]
    fn next_required<T: crate::Column>(&mut self) -> Result<T, DecodeError> {
        let i = self.cursor.advance();
        T::from_pg_required(self.row, i).map_err(|e| self.cursor.fail(e))
    }

    #[inline]
    fn next<T: crate::Column>(&mut self) -> Result<Option<T>, DecodeError> {
        let i = self.cursor.advance();
        T::from_pg(self.row, i).map_err(|e| self.cursor.fail(e))
    }

    fn next_int(&mut self) -> Result<Option<i64>, DecodeError> {
        let i = self.cursor.advance();
        int_at(self.row, i).map_err(|e| self.cursor.fail(e))
    }

    fn fail(&self, found: String) -> DecodeError {
        self.cursor.fail(found)
    }
}

/// The index of `T`'s columns in a prepared statement's result, to decode its rows with
/// [`decode_indexed`].
pub fn column_index<T: Record>(
    statement: &tokio_postgres::Statement,
) -> Result<ColumnIndex, DecodeError> {
    ColumnIndex::new(T::META, statement.columns().iter().map(|c| c.name()))
}

/// Decodes a row of a generated select (every column in metadata order).
#[inline]
pub fn decode<T: Record>(row: &Row) -> Result<T, DecodeError> {
    T::decode(&mut PgRow::new(row, T::META))
}

/// Decodes a row of any statement through its [`ColumnIndex`].
pub fn decode_indexed<T: Record>(row: &Row, index: &ColumnIndex) -> Result<T, DecodeError> {
    T::decode(&mut PgRow::indexed(row, T::META, index))
}

/// Decodes every row of any statement, resolving column positions once from the first row.
pub fn decode_all<T: Record>(rows: &[Row]) -> Result<Vec<T>, DecodeError> {
    let Some(first) = rows.first() else {
        return Ok(Vec::new());
    };
    let index = ColumnIndex::new(T::META, first.columns().iter().map(|c| c.name()))?;
    rows.iter().map(|r| decode_indexed(r, &index)).collect()
}

/// Reads the column named `column` as the reference enum `E`, for a statement that selects an
/// ID on its own; `meta` is the table it belongs to, named in errors.
pub fn reference<E: crate::RefEnum>(
    row: &Row,
    meta: &'static TableMeta,
    column: &'static str,
) -> Result<E, DecodeError> {
    let fail = |found: String| DecodeError::new(meta, column, found);
    let at = row
        .columns()
        .iter()
        .position(|c| c.name().eq_ignore_ascii_case(column))
        .ok_or_else(|| fail("no such column in the statement".into()))?;
    let id = int_at(row, at)
        .map_err(fail)?
        .ok_or_else(|| fail("NULL".into()))?;
    E::from_id(id).map_err(|e| fail(e.to_string()))
}

/// Column `i` as an integer of whatever width the database sent.
fn int_at(row: &Row, i: usize) -> Result<Option<i64>, String> {
    match row.columns().get(i).map(|c| c.type_()) {
        Some(&Type::INT8) => get::<i64>(row, i),
        Some(&Type::INT4) => get::<i32>(row, i).map(|v| v.map(i64::from)),
        Some(&Type::INT2) => get::<i16>(row, i).map(|v| v.map(i64::from)),
        Some(other) => Err(format!("a {other} value, not an integer")),
        None => Err(format!("no column at position {i}")),
    }
}

/// Applies `$call` to the value inside any variant (tinyint goes as smallint).
macro_rules! each {
    ($value:expr, $v:ident => $call:expr) => {
        match $value {
            SqlValue::I64($v) => $call,
            SqlValue::I32($v) => $call,
            SqlValue::I16($v) => $call,
            SqlValue::U8(u) => {
                let $v = &u.map(i16::from);
                $call
            }
            SqlValue::Bool($v) => $call,
            SqlValue::F64($v) => $call,
            SqlValue::F32($v) => $call,
            SqlValue::Decimal($v) => $call,
            SqlValue::Text($v) => $call,
            SqlValue::Bytes($v) => $call,
            SqlValue::Uuid($v) => $call,
            SqlValue::DateTime($v) => $call,
            SqlValue::Date($v) => $call,
            SqlValue::Time($v) => $call,
            SqlValue::DateTimeOffset($v) => $call,
            // Matched before this macro is used.
            SqlValue::Array(_) => Ok(IsNull::Yes),
        }
    };
}

/// Applies `$call` to the elements inside any array variant.
macro_rules! each_array {
    ($value:expr, $v:ident => $call:expr) => {
        match $value {
            ArrayValue::I64($v) => $call,
            ArrayValue::I32($v) => $call,
            ArrayValue::I16($v) => $call,
            ArrayValue::Bool($v) => $call,
            ArrayValue::F64($v) => $call,
            ArrayValue::F32($v) => $call,
            ArrayValue::Decimal($v) => $call,
            ArrayValue::Text($v) => $call,
            ArrayValue::Bytes($v) => $call,
            ArrayValue::Uuid($v) => $call,
            ArrayValue::DateTime($v) => $call,
            ArrayValue::Date($v) => $call,
            ArrayValue::Time($v) => $call,
            ArrayValue::DateTimeOffset($v) => $call,
        }
    };
}

/// Each variant binds as its own Rust type, so PostgreSQL's type check applies to it.
impl ToSql for SqlValue {
    fn to_sql(&self, ty: &Type, out: &mut BytesMut) -> Result<IsNull, BoxError> {
        match self {
            SqlValue::Array(None) => Ok(IsNull::Yes),
            SqlValue::Array(Some(a)) => each_array!(a, v => v.to_sql(ty, out)),
            other => each!(other, v => v.to_sql(ty, out)),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    fn to_sql_checked(&self, ty: &Type, out: &mut BytesMut) -> Result<IsNull, BoxError> {
        // A parameter of a domain takes a value of its base type (binary formats are the
        // base type's).
        if let Kind::Domain(base) = ty.kind() {
            return self.to_sql_checked(base, out);
        }
        // A value enum's label to a parameter of a PostgreSQL enum type: the binary form of
        // an enum is its label's text (the server refuses a label the type lacks).
        if let (SqlValue::Text(label), Kind::Enum(_)) = (self, ty.kind()) {
            return match label {
                Some(l) => {
                    out.extend_from_slice(l.as_bytes());
                    Ok(IsNull::No)
                }
                None => Ok(IsNull::Yes),
            };
        }
        match self {
            SqlValue::Array(None) => Ok(IsNull::Yes),
            SqlValue::Array(Some(a)) => each_array!(a, v => v.to_sql_checked(ty, out)),
            other => each!(other, v => v.to_sql_checked(ty, out)),
        }
    }
}

type BoxError = Box<dyn StdError + Sync + Send>;

/// Any client or transaction, shared: `user.user_companies(&client)`.
impl<G: GenericClient + Sync> Conn for &G {
    fn dialect(&self) -> Dialect {
        Dialect::Postgres
    }

    async fn rows<T: Record>(self, sql: &str, params: Vec<SqlValue>) -> Result<Vec<T>, Error> {
        let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|p| p as _).collect();
        let rows = self
            .query(sql, &refs)
            .await
            .map_err(|e| Error::database(Dialect::Postgres, sql, e))?;
        Ok(rows.iter().map(decode).collect::<Result<_, _>>()?)
    }

    async fn count(self, sql: &str, params: Vec<SqlValue>) -> Result<u64, Error> {
        let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|p| p as _).collect();
        let fail = |e| Error::database(Dialect::Postgres, sql, e);
        let row = self.query_one(sql, &refs).await.map_err(fail)?;
        let n: i64 = row.try_get(0).map_err(fail)?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    async fn execute(self, sql: &str, params: Vec<SqlValue>) -> Result<u64, Error> {
        let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|p| p as _).collect();
        GenericClient::execute(self, sql, &refs)
            .await
            .map_err(|e| Error::database(Dialect::Postgres, sql, e))
    }
}
