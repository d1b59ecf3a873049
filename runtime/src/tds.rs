//! SQL Server (tiberius): reading rows, binding [`SqlValue`] parameters, and [`Conn`] for
//! `&mut tiberius::Client`. The live tests (`MSSQL_URL`) run it against a TDS server.
//!
//! NULL parameters: tiberius 0.13 sends a NULL `nvarchar`, `varbinary`, `decimal` or date/time
//! value as the untyped NULL (TDS type 0x1F). SQL Server accepts that; Babelfish refuses it
//! (`Parameter 5 ("@P3"): Data type 0x1F is unknown`). [`bind`] therefore writes such a NULL
//! into the statement as `CAST(NULL AS <its type>)` and sends a typed `bit` NULL in its place,
//! so the numbering of the other parameters stays as it is.

use std::borrow::Cow;

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
            // Never sent: schema.yaml refuses arrays for the `mssql` dialect, so no generated
            // statement for SQL Server has one; a NULL rather than a panic if one is built.
            SqlValue::Array(_) => None::<&str>.to_sql(),
        }
    }
}

/// The T-SQL type a NULL of this kind is written as when tiberius cannot send it typed
/// (see the module docs); `None` for the kinds tiberius sends typed (integers, `bit`,
/// floats, `uniqueidentifier`) and for values that are not NULL.
fn untyped_null(v: &SqlValue) -> Option<&'static str> {
    Some(match v {
        SqlValue::Text(None) => "nvarchar(4000)",
        SqlValue::Bytes(None) => "varbinary(max)",
        SqlValue::Decimal(None) => "decimal(38, 10)",
        SqlValue::DateTime(None) => "datetime2(7)",
        SqlValue::Date(None) => "date",
        SqlValue::Time(None) => "time(7)",
        SqlValue::DateTimeOffset(None) => "datetimeoffset(7)",
        _ => return None,
    })
}

/// The statement and parameters as sent: every NULL that tiberius would send untyped is
/// written into `sql` as `CAST(NULL AS type)` where its placeholder `@Pn` stood (never
/// inside a string literal, a delimited name or a comment), and a typed `bit` NULL keeps
/// its place in the parameter list.
pub fn bind<'a>(sql: &'a str, params: &'a [SqlValue]) -> (Cow<'a, str>, Vec<&'a dyn ToSql>) {
    const TYPED_NULL: Option<bool> = None;
    let casts: Vec<Option<&'static str>> = params.iter().map(untyped_null).collect();
    let refs = params
        .iter()
        .zip(&casts)
        .map(|(p, cast)| match cast {
            Some(_) => &TYPED_NULL as &dyn ToSql,
            None => p as &dyn ToSql,
        })
        .collect();
    if casts.iter().all(Option::is_none) {
        return (Cow::Borrowed(sql), refs);
    }
    let text = replace_placeholders(sql, |n| {
        casts
            .get(n.checked_sub(1)?)
            .copied()
            .flatten()
            .map(|ty| format!("CAST(NULL AS {ty})"))
    });
    (Cow::Owned(text), refs)
}

/// `sql` with each placeholder `@P<n>` for which `with(n)` says something replaced by it.
/// Skips string literals (`'…'`, `N'…'`), delimited names (`[…]`, `"…"`) and comments.
fn replace_placeholders(sql: &str, with: impl Fn(usize) -> Option<String>) -> String {
    let b = sql.as_bytes();
    let mut out = String::with_capacity(sql.len() + 32);
    let mut i = 0;
    let mut copied = 0;
    let skip_to = |from: usize, end: &str| {
        sql[from..]
            .find(end)
            .map_or(b.len(), |k| from + k + end.len())
    };
    while i < b.len() {
        i = match b[i] {
            b'\'' => skip_to(i + 1, "'"),
            b'[' => skip_to(i + 1, "]"),
            b'"' => skip_to(i + 1, "\""),
            b'-' if b.get(i + 1) == Some(&b'-') => skip_to(i + 2, "\n"),
            b'/' if b.get(i + 1) == Some(&b'*') => skip_to(i + 2, "*/"),
            b'@' if matches!(b.get(i + 1), Some(b'P' | b'p'))
                && (i == 0 || !is_word(b[i - 1]) && b[i - 1] != b'@') =>
            {
                let digits = b[i + 2..].iter().take_while(|c| c.is_ascii_digit()).count();
                let end = i + 2 + digits;
                let whole = digits > 0 && b.get(end).is_none_or(|c| !is_word(*c));
                if let Some(text) = sql[i + 2..end]
                    .parse()
                    .ok()
                    .filter(|_| whole)
                    .and_then(&with)
                {
                    out.push_str(&sql[copied..i]);
                    out.push_str(&text);
                    copied = end;
                }
                end.max(i + 1)
            }
            _ => i + 1,
        };
    }
    out.push_str(&sql[copied.min(b.len())..]);
    out
}

fn is_word(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'#' || c == b'$' || c >= 0x80
}

/// An exclusive client: `user.user_companies(&mut client)`.
impl<S: AsyncRead + AsyncWrite + Unpin + Send> Conn for &mut tiberius::Client<S> {
    fn dialect(&self) -> Dialect {
        Dialect::Mssql
    }

    async fn rows<T: Record>(self, sql: &str, params: Vec<SqlValue>) -> Result<Vec<T>, Error> {
        let (text, refs) = bind(sql, &params);
        let fail = |e| Error::database(Dialect::Mssql, &text, e);
        let stream = self.query(text.as_ref(), &refs).await.map_err(fail)?;
        let rows = stream.into_first_result().await.map_err(fail)?;
        Ok(rows.iter().map(decode).collect::<Result<_, _>>()?)
    }

    async fn count(self, sql: &str, params: Vec<SqlValue>) -> Result<u64, Error> {
        let refs: Vec<&dyn ToSql> = params.iter().map(|p| p as _).collect();
        let fail = |e| Error::database(Dialect::Mssql, sql, e);
        let stream = self.query(sql, &refs).await.map_err(fail)?;
        let row = stream.into_row().await.map_err(fail)?;
        let n: Option<i64> = match &row {
            Some(r) => r.try_get(0).map_err(fail)?,
            None => None,
        };
        Ok(n.and_then(|n| u64::try_from(n).ok()).unwrap_or(0))
    }

    async fn execute(self, sql: &str, params: Vec<SqlValue>) -> Result<u64, Error> {
        let (text, refs) = bind(sql, &params);
        let done = tiberius::Client::execute(self, text.as_ref(), &refs)
            .await
            .map_err(|e| Error::database(Dialect::Mssql, &text, e))?;
        Ok(done.total())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn untyped_nulls_are_cast_in_the_statement() {
        let params = vec![
            SqlValue::I32(None),
            SqlValue::Text(None),
            SqlValue::Text(Some("x".into())),
            SqlValue::DateTime(None),
            SqlValue::Text(None),
            SqlValue::I64(Some(1)),
            SqlValue::Decimal(None),
            SqlValue::Bytes(None),
            SqlValue::Date(None),
            SqlValue::Time(None),
            SqlValue::DateTimeOffset(None),
        ];
        let sql = "INSERT INTO [t@P2] ([a], [b]) VALUES (@P1, @P2, @P3, @P4, '@P2', @P5) -- @P2\n\
                   WHERE x = @P11 AND y = @P6 AND z = @P7 /* @P8 */ AND w IN (@P8, @P9, @P10, @P12, @P2x, @@P2)";
        let (text, refs) = bind(sql, &params);
        assert_eq!(
            text,
            "INSERT INTO [t@P2] ([a], [b]) VALUES (@P1, CAST(NULL AS nvarchar(4000)), @P3, CAST(NULL AS datetime2(7)), '@P2', CAST(NULL AS nvarchar(4000))) -- @P2\n\
             WHERE x = CAST(NULL AS datetimeoffset(7)) AND y = @P6 AND z = CAST(NULL AS decimal(38, 10)) /* @P8 */ AND w IN (CAST(NULL AS varbinary(max)), CAST(NULL AS date), CAST(NULL AS time(7)), @P12, @P2x, @@P2)"
        );
        assert_eq!(refs.len(), params.len());
        // The replaced ones are sent as typed bit NULLs; the rest as themselves.
        let kinds: Vec<String> = refs.iter().map(|r| format!("{:?}", r.to_sql())).collect();
        assert_eq!(kinds[1], "Bit(None)");
        assert_eq!(kinds[0], "I32(None)");
        assert_eq!(
            kinds[2],
            format!("{:?}", ColumnData::String(Some("x".into())))
        );
    }

    #[test]
    fn statements_without_untyped_nulls_are_sent_as_they_are() {
        let params = vec![SqlValue::I32(None), SqlValue::Text(Some("a".into()))];
        let (text, _) = bind("SELECT @P1, @P2", &params);
        assert!(matches!(text, Cow::Borrowed("SELECT @P1, @P2")));
    }
}
