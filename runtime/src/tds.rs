//! SQL Server (tiberius): reading rows, binding [`SqlValue`] parameters, and [`Conn`] for
//! `&mut tiberius::Client`. Never run against a live server on the team's machines; the
//! statements are parsed in tests and the live tests need `MSSQL_URL`.

use futures_util::io::{AsyncRead, AsyncWrite};
use tiberius::{ColumnData, FromSql, Row, ToSql};

use crate::{Conn, Cursor, DecodeError, Dialect, Error, Record, RowReader, SqlValue, TableMeta};

/// Column `i` of `row` as `T`, NULL as `None`; the message names the column's type.
#[inline]
pub fn get<'r, T: FromSql<'r>>(row: &'r Row, i: usize) -> Result<Option<T>, String> {
    row.try_get::<T, usize>(i)
        .map_err(|e| match row.columns().get(i) {
            Some(c) => format!("a {:?} value ({e})", c.column_type()),
            None => format!("no column at position {i}"),
        })
}

/// Reads a SQL Server row into a generated struct.
pub struct TdsRow<'r> {
    row: &'r Row,
    cursor: Cursor<'r>,
}

impl<'r> TdsRow<'r> {
    /// A row of a generated select: every column of `meta` in order.
    pub fn new(row: &'r Row, meta: &'static TableMeta) -> Self {
        TdsRow {
            row,
            cursor: Cursor::new(meta),
        }
    }

    /// A row of any statement, through an index built once for it.
    pub fn indexed(row: &'r Row, meta: &'static TableMeta, index: &'r crate::ColumnIndex) -> Self {
        TdsRow {
            row,
            cursor: Cursor::indexed(meta, index),
        }
    }
}

impl RowReader for TdsRow<'_> {
    #[inline]
    fn next<T: crate::Column>(&mut self) -> Result<Option<T>, DecodeError> {
        let i = self.cursor.advance();
        T::from_tds(self.row, i).map_err(|e| self.cursor.fail(e))
    }

    fn next_int(&mut self) -> Result<Option<i64>, DecodeError> {
        let i = self.cursor.advance();
        let v = match self.row.get_column_data(i) {
            Ok(ColumnData::I64(v)) => Ok(*v),
            Ok(ColumnData::I32(v)) => Ok(v.map(i64::from)),
            Ok(ColumnData::I16(v)) => Ok(v.map(i64::from)),
            Ok(ColumnData::U8(v)) => Ok(v.map(i64::from)),
            Ok(other) => Err(format!("{other:?}, not an integer")),
            Err(e) => Err(e.to_string()),
        };
        v.map_err(|e| self.cursor.fail(e))
    }

    fn fail(&self, found: String) -> DecodeError {
        self.cursor.fail(found)
    }
}

/// Decodes a row of a generated select (every column in metadata order).
pub fn decode<T: Record>(row: &Row) -> Result<T, DecodeError> {
    T::decode(&mut TdsRow::new(row, T::META))
}

/// Each variant binds as its own typed value, NULLs included.
impl ToSql for SqlValue {
    fn to_sql(&self) -> ColumnData<'_> {
        match self {
            SqlValue::I64(v) => v.to_sql(),
            SqlValue::I32(v) => v.to_sql(),
            SqlValue::I16(v) => v.to_sql(),
            SqlValue::U8(v) => v.to_sql(),
            SqlValue::Bool(v) => v.to_sql(),
            SqlValue::F64(v) => v.to_sql(),
            SqlValue::F32(v) => v.to_sql(),
            SqlValue::Decimal(v) => v.to_sql(),
            SqlValue::Text(v) => v.to_sql(),
            SqlValue::Bytes(v) => v.to_sql(),
            SqlValue::Uuid(v) => v.to_sql(),
            SqlValue::DateTime(v) => v.to_sql(),
            SqlValue::Date(v) => v.to_sql(),
            SqlValue::Time(v) => v.to_sql(),
            SqlValue::DateTimeOffset(v) => v.to_sql(),
        }
    }
}

/// An exclusive client: `user.user_companies(&mut client)`.
impl<S: AsyncRead + AsyncWrite + Unpin + Send> Conn for &mut tiberius::Client<S> {
    const DIALECT: Dialect = Dialect::Mssql;

    async fn rows<T: Record>(self, sql: &str, params: Vec<SqlValue>) -> Result<Vec<T>, Error> {
        let refs: Vec<&dyn ToSql> = params.iter().map(|p| p as _).collect();
        let fail = |e| Error::database(Dialect::Mssql, sql, e);
        let stream = self.query(sql, &refs).await.map_err(fail)?;
        let rows = stream.into_first_result().await.map_err(fail)?;
        Ok(rows.iter().map(decode).collect::<Result<_, _>>()?)
    }

    async fn execute(self, sql: &str, params: Vec<SqlValue>) -> Result<u64, Error> {
        let refs: Vec<&dyn ToSql> = params.iter().map(|p| p as _).collect();
        let done = tiberius::Client::execute(self, sql, &refs)
            .await
            .map_err(|e| Error::database(Dialect::Mssql, sql, e))?;
        Ok(done.total())
    }
}
