//! Decoding rows into generated structs. A generated `decode` reads its columns in metadata
//! order through a [`RowReader`]; the drivers (`postgres`, `tiberius` features) and plain
//! [`SqlValue`] rows ([`ValueRow`], for tests and for anything else) implement that reader.
//! Positions are resolved once per statement ([`ColumnIndex`]), never by name per row.

use std::fmt;

use crate::{Label, RefEnum, SqlValue, TableMeta, ValueEnum};

/// A row that does not fit its table's struct: a wrong type, a NULL in a non-null column, a
/// reference ID no enum variant has, or a column the statement did not return.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// `schema.table`.
    pub table: String,
    /// The column's SQL name.
    pub column: &'static str,
    /// What was found instead (a database type, `NULL`, the unknown ID).
    pub found: String,
}

impl DecodeError {
    /// An error about `column` of `meta`.
    #[cold]
    pub fn new(meta: &TableMeta, column: &'static str, found: impl Into<String>) -> Self {
        DecodeError {
            table: format!("{}.{}", meta.schema, meta.name),
            column,
            found: found.into(),
        }
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "a row of {} does not fit column {}: found {}; regenerate the models (gen models) if the database changed",
            self.table, self.column, self.found
        )
    }
}

impl std::error::Error for DecodeError {}

/// Where each metadata column sits in a statement's result: built once per statement from its
/// column names, then reused for every row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnIndex {
    positions: Vec<usize>,
}

impl ColumnIndex {
    /// Matches `meta`'s columns to the statement's column `names` (case-insensitively, as SQL
    /// Server compares); a column the statement lacks is an error naming it.
    pub fn new<'a>(
        meta: &TableMeta,
        names: impl IntoIterator<Item = &'a str>,
    ) -> Result<Self, DecodeError> {
        let names: Vec<&str> = names.into_iter().collect();
        let positions = meta
            .columns
            .iter()
            .map(|c| {
                names
                    .iter()
                    .position(|n| n.eq_ignore_ascii_case(c.name))
                    .ok_or_else(|| {
                        DecodeError::new(meta, c.name, "no such column in the statement")
                    })
            })
            .collect::<Result<_, _>>()?;
        Ok(ColumnIndex { positions })
    }

    /// The statement position of metadata column `i`.
    pub fn position(&self, i: usize) -> Option<usize> {
        self.positions.get(i).copied()
    }
}

/// Walks a row's columns in metadata order: the position to read next and errors naming the
/// column last read. Shared by every [`RowReader`].
#[derive(Debug, Clone)]
pub struct Cursor<'i> {
    meta: &'static TableMeta,
    index: Option<&'i ColumnIndex>,
    next: usize,
}

impl<'i> Cursor<'i> {
    /// A cursor over a row that holds every column of `meta` in order (a generated select).
    pub fn new(meta: &'static TableMeta) -> Self {
        Cursor {
            meta,
            index: None,
            next: 0,
        }
    }

    /// A cursor over a row of a statement described by `index`.
    pub fn indexed(meta: &'static TableMeta, index: &'i ColumnIndex) -> Self {
        Cursor {
            meta,
            index: Some(index),
            next: 0,
        }
    }

    /// The row position of the next column, advancing past it.
    #[inline]
    pub fn advance(&mut self) -> usize {
        let i = self.next;
        self.next += 1;
        match self.index {
            None => i,
            Some(index) => index.position(i).unwrap_or(usize::MAX),
        }
    }

    /// An error about the column last read.
    #[cold]
    pub fn fail(&self, found: impl Into<String>) -> DecodeError {
        let column = self
            .meta
            .columns
            .get(self.next.saturating_sub(1))
            .map_or("?", |c| c.name);
        DecodeError::new(self.meta, column, found)
    }
}

/// A Rust type a column decodes into. Each driver feature adds its reading method.
pub trait Column: Sized {
    /// From a [`SqlValue`] of the matching variant; `Ok(None)` for NULL.
    fn from_value(value: &SqlValue) -> Result<Option<Self>, String>;

    /// From column `i` of a PostgreSQL row; `Ok(None)` for NULL.
    #[cfg(feature = "postgres")]
    fn from_pg(row: &tokio_postgres::Row, i: usize) -> Result<Option<Self>, String>;

    /// From column `i` of a PostgreSQL row of a non-null column: NULL is an error. Types the
    /// driver reads directly override it to skip the `Option` round trip.
    #[cfg(feature = "postgres")]
    #[inline]
    fn from_pg_required(row: &tokio_postgres::Row, i: usize) -> Result<Self, String> {
        Self::from_pg(row, i)?.ok_or_else(|| "NULL".into())
    }

    /// From column `i` of a SQL Server row; `Ok(None)` for NULL.
    #[cfg(feature = "tiberius")]
    fn from_tds(row: &tiberius::Row, i: usize) -> Result<Option<Self>, String>;
}

/// Reads one row's columns in metadata order. Generated `decode` functions call only these
/// methods, one per column.
pub trait RowReader {
    /// The next column, `None` for NULL.
    fn next<T: Column>(&mut self) -> Result<Option<T>, DecodeError>;

    /// The next column as an integer of whatever width the database sent.
    fn next_int(&mut self) -> Result<Option<i64>, DecodeError>;

    /// An error about the column last read.
    fn fail(&self, found: String) -> DecodeError;

    /// The next column of a non-null column: NULL is an error. Readers override it when
    /// their driver reads non-null values faster than optional ones.
    #[inline]
    fn next_required<T: Column>(&mut self) -> Result<T, DecodeError> {
        match self.next()? {
            Some(v) => Ok(v),
            None => Err(self.fail("NULL".into())),
        }
    }

    /// The next column of a non-null column: NULL is an error.
    #[inline]
    fn get<T: Column>(&mut self) -> Result<T, DecodeError> {
        self.next_required()
    }

    /// The next column of a nullable column.
    #[inline]
    fn opt<T: Column>(&mut self) -> Result<Option<T>, DecodeError> {
        self.next()
    }

    /// The next column as a reference enum: an unknown ID or NULL is an error.
    #[inline]
    fn reference<E: RefEnum>(&mut self) -> Result<E, DecodeError> {
        match self.reference_opt()? {
            Some(v) => Ok(v),
            None => Err(self.fail("NULL".into())),
        }
    }

    /// The next column as an optional reference enum: an unknown ID is an error.
    #[inline]
    fn reference_opt<E: RefEnum>(&mut self) -> Result<Option<E>, DecodeError> {
        match self.next_int()? {
            None => Ok(None),
            Some(id) => E::from_id(id)
                .map(Some)
                .map_err(|e| self.fail(e.to_string())),
        }
    }

    /// The next column as a value enum (a PostgreSQL enum type or a checked text column):
    /// an unknown label or NULL is an error.
    #[inline]
    fn value_enum<E: ValueEnum>(&mut self) -> Result<E, DecodeError> {
        match self.value_enum_opt()? {
            Some(v) => Ok(v),
            None => Err(self.fail("NULL".into())),
        }
    }

    /// The next column as an optional value enum: an unknown label is an error.
    #[inline]
    fn value_enum_opt<E: ValueEnum>(&mut self) -> Result<Option<E>, DecodeError> {
        match self.next::<Label>()? {
            None => Ok(None),
            Some(Label(label)) => E::from_label(&label)
                .map(Some)
                .map_err(|e| self.fail(e.to_string())),
        }
    }
}

/// A row of [`SqlValue`]s: decoding without a driver (tests, caches, other sources).
#[derive(Debug)]
pub struct ValueRow<'r> {
    values: &'r [SqlValue],
    cursor: Cursor<'r>,
}

impl<'r> ValueRow<'r> {
    /// A reader over `values`, one per column of `meta` in order.
    pub fn new(values: &'r [SqlValue], meta: &'static TableMeta) -> Self {
        ValueRow {
            values,
            cursor: Cursor::new(meta),
        }
    }

    fn value(&mut self) -> Result<&'r SqlValue, DecodeError> {
        let i = self.cursor.advance();
        self.values
            .get(i)
            .ok_or_else(|| self.cursor.fail(format!("no value at position {i}")))
    }
}

impl RowReader for ValueRow<'_> {
    fn next<T: Column>(&mut self) -> Result<Option<T>, DecodeError> {
        let v = self.value()?;
        T::from_value(v).map_err(|e| self.cursor.fail(e))
    }

    fn next_int(&mut self) -> Result<Option<i64>, DecodeError> {
        match self.value()? {
            SqlValue::I64(v) => Ok(*v),
            SqlValue::I32(v) => Ok(v.map(i64::from)),
            SqlValue::I16(v) => Ok(v.map(i64::from)),
            SqlValue::U8(v) => Ok(v.map(i64::from)),
            other => Err(self.cursor.fail(format!("{other:?}, not an integer"))),
        }
    }

    fn fail(&self, found: String) -> DecodeError {
        self.cursor.fail(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ColumnMeta;

    static META: TableMeta = TableMeta {
        schema: "dbo",
        name: "T",
        columns: &[
            ColumnMeta::new("Id", "bigint", false, true, None),
            ColumnMeta::new("Size", "tinyint", true, false, None),
        ],
        kind: crate::TableKind::Table,
        primary_key: Some(crate::PrimaryKeyMeta {
            name: "PK_T",
            columns: &["Id"],
        }),
        foreign_keys: &[],
        uniques: &[],
        indexes: &[],
    };

    fn read(values: &[SqlValue]) -> Result<(i64, Option<u8>), DecodeError> {
        let mut r = ValueRow::new(values, &META);
        Ok((r.get()?, r.opt()?))
    }

    #[test]
    fn misfits_name_table_column_and_what_was_found() {
        assert_eq!(
            read(&[SqlValue::I64(Some(1)), SqlValue::U8(None)]),
            Ok((1, None))
        );
        let null = read(&[SqlValue::I64(None), SqlValue::U8(None)]).unwrap_err();
        assert_eq!(
            (null.table.as_str(), null.column, null.found.as_str()),
            ("dbo.T", "Id", "NULL")
        );
        let wrong = read(&[SqlValue::I64(Some(1)), SqlValue::Text(Some("x".into()))]).unwrap_err();
        assert_eq!(wrong.column, "Size");
        assert!(
            wrong
                .to_string()
                .starts_with("a row of dbo.T does not fit column Size: found Text")
        );
    }

    #[test]
    fn an_index_maps_statement_positions_once() {
        let index = ColumnIndex::new(&META, ["size", "ID", "Other"]).unwrap();
        assert_eq!((index.position(0), index.position(1)), (Some(1), Some(0)));
        let missing = ColumnIndex::new(&META, ["Id"]).unwrap_err();
        assert_eq!(missing.column, "Size");
    }
}
