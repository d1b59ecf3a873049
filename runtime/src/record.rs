//! What generated structs implement ([`Record`], [`NewRecord`]) and the queries every table
//! gets from it ([`Query`], relationship navigation), written once over the metadata.

use std::future::Future;

use crate::{
    Conn, DecodeError, Dialect, Error, ForeignKeyMeta, RowReader, Select, SqlValue, Statements,
};
use crate::{Keyed, Table, TableMeta};

/// A generated table struct: decoded from a row, and its values as parameters.
pub trait Record: Table + Sized + Send + Sync + 'static {
    /// Reads every column in metadata order.
    fn decode<R: RowReader>(r: &mut R) -> Result<Self, DecodeError>;

    /// Every column's value, in metadata order.
    fn values(&self) -> Vec<SqlValue>;
}

/// A generated `New…` struct: every column an insert may set (no identity, no `rowversion`),
/// in metadata order; a column with a database default is a [`Defaulted`](crate::Defaulted)
/// field, given or left to the default.
pub trait NewRecord: Sync {
    /// The table's struct.
    type Record: Record;

    /// The insert's values in [`TableMeta::insert_columns`] order; `None` is `DEFAULT`.
    fn values(&self) -> Vec<Option<SqlValue>>;

    /// Inserts the row and returns it as stored (identity and defaults filled in).
    fn insert<C: Conn>(&self, conn: C) -> impl Future<Output = Result<Self::Record, Error>> + Send {
        async move {
            let rows = crate::write::insert_rows(conn, vec![self.values()]).await?;
            rows.into_iter().next().ok_or_else(|| Error::NoRow {
                table: qualified(Self::Record::META),
                action: "insert",
            })
        }
    }

    /// Inserts `rows` in one statement (one round trip) and returns them as stored: in the
    /// order given on PostgreSQL, in key order on SQL Server (the same for identity keys).
    /// At most [`batch_limit`](Self::batch_limit) rows at once (the dialect's parameter and
    /// `VALUES` limits); more is [`Error::Unsupported`].
    fn insert_many<C: Conn>(
        conn: C,
        rows: &[Self],
    ) -> impl Future<Output = Result<Vec<Self::Record>, Error>> + Send
    where
        Self: Sized,
    {
        let values = rows.iter().map(NewRecord::values).collect();
        crate::write::insert_rows(conn, values)
    }

    /// The statement [`insert`](Self::insert) sends for this row in `dialect`.
    fn insert_sql(&self, dialect: Dialect) -> Result<&'static str, Error> {
        crate::write::insert_text::<Self::Record>(dialect, &[self.values()])
    }

    /// The statement [`upsert`](Self::upsert) sends for this row in `dialect`.
    fn upsert_sql(&self, dialect: Dialect, key: &[&str]) -> Result<&'static str, Error> {
        let key = crate::write::unique_key(Self::Record::META, key)?;
        crate::write::upsert_text::<Self::Record>(dialect, key, &self.values())
    }

    /// The most rows [`insert_many`](Self::insert_many) takes at once in `dialect`.
    fn batch_limit(dialect: Dialect) -> usize
    where
        Self: Sized,
    {
        crate::write::chunk::<Self::Record>(dialect)
    }

    /// Inserts the row, or when a row with the same values in the unique key `key` (column
    /// constants: the primary key, a unique constraint or unique index) exists, updates that
    /// row's given columns instead (never `CreatedDate`/`CreatedBy`; `UpdatedDate` stamped);
    /// returns the row as stored. The soft-delete columns (`IsDeleted`, `DeletedDate`,
    /// `DeletedBy`) are only inserted, never updated: an upsert onto a soft-deleted row updates
    /// it and leaves it deleted (the returned row says so); revive it explicitly with
    /// `row.set(|r| { r.is_deleted = false; r.deleted_date = None; r.deleted_by = None })`. `ON CONFLICT` on PostgreSQL, `UPDATE … WITH (UPDLOCK, SERIALIZABLE)` then an `INSERT` when
    /// nothing matched on
    /// SQL Server.
    fn upsert<C: Conn>(
        &self,
        conn: C,
        key: &[&str],
    ) -> impl Future<Output = Result<Self::Record, Error>> + Send {
        let row = self.values();
        let key: Vec<&str> = key.to_vec();
        async move { crate::write::upsert_row(conn, &key, row).await }
    }
}

/// Selects for every [`Record`], and key lookups, updates and soft deletes for those with a
/// primary key ([`Keyed`]: not a table without one, not a view); soft-deleted rows are left
/// out unless a method says `including_deleted`.
pub trait Query: Record {
    /// The table's statements in `dialect`, built on first use and cached for this table
    /// type (never shared with another crate's table of the same name).
    fn sql(dialect: Dialect) -> &'static Statements {
        crate::cache::statements::<Self>(dialect, || crate::statements::build(Self::META, dialect))
    }

    /// A select of every live row, to narrow, order, page, count or lock ([`Select`]).
    fn select() -> Select<Self> {
        Select::every()
    }

    /// A select of the live row with primary key `key` (values in key order).
    fn by_key(key: Vec<SqlValue>) -> Select<Self>
    where
        Self: Keyed,
    {
        Select::primary_key(key)
    }

    /// The primary key's values, in key order.
    fn key(&self) -> Vec<SqlValue>
    where
        Self: Keyed,
    {
        pick(Self::META, self.values(), Self::META.key_columns())
    }

    /// Every live row.
    fn all<C: Conn>(conn: C) -> impl Future<Output = Result<Vec<Self>, Error>> + Send {
        async move {
            let sql = &Self::sql(conn.dialect()).select;
            conn.rows(sql, Vec::new()).await
        }
    }

    /// Every row, soft-deleted ones included.
    fn all_including_deleted<C: Conn>(
        conn: C,
    ) -> impl Future<Output = Result<Vec<Self>, Error>> + Send {
        async move {
            let sql = &Self::sql(conn.dialect()).select_including_deleted;
            conn.rows(sql, Vec::new()).await
        }
    }

    /// The live row with primary key `key` (values in key order).
    fn find<C: Conn>(
        conn: C,
        key: Vec<SqlValue>,
    ) -> impl Future<Output = Result<Option<Self>, Error>> + Send
    where
        Self: Keyed,
    {
        async move {
            let sql = &Self::sql(conn.dialect()).by_key;
            let rows = conn.rows(sql, key).await?;
            Ok(rows.into_iter().next())
        }
    }

    /// The row with primary key `key`, even when soft-deleted.
    fn find_including_deleted<C: Conn>(
        conn: C,
        key: Vec<SqlValue>,
    ) -> impl Future<Output = Result<Option<Self>, Error>> + Send
    where
        Self: Keyed,
    {
        async move {
            let sql = &Self::sql(conn.dialect()).by_key_including_deleted;
            Ok(conn.rows(sql, key).await?.into_iter().next())
        }
    }

    /// The changes `change` makes to a copy of this row, to write with
    /// [`Changes::save`](crate::Changes::save): only the columns that differ are written,
    /// so other columns keep what another writer stored:
    /// `user.set(|u| u.phone = Some(phone)).save(&client).await?`.
    fn set(&self, change: impl FnOnce(&mut Self)) -> crate::Changes<Self>
    where
        Self: Clone + Keyed,
    {
        crate::Changes::new(self, change)
    }

    /// Marks the row deleted (`IsDeleted`, `DeletedDate` = UTC now, `DeletedBy`); returns the
    /// number of rows changed (0 when already deleted).
    fn soft_delete<C: Conn>(
        &self,
        conn: C,
        deleted_by: Option<i64>,
    ) -> impl Future<Output = Result<u64, Error>> + Send
    where
        Self: Keyed,
    {
        async move {
            let Some(sql) = &Self::sql(conn.dialect()).soft_delete else {
                let table = qualified(Self::META);
                return Err(Error::Unsupported {
                    table,
                    action: "soft delete",
                });
            };
            let mut params = vec![crate::ToValue::to_value(&deleted_by)];
            params.extend(self.key());
            conn.execute(sql, params).await
        }
    }
}

impl<T: Record> Query for T {}

/// The SQL that reads the row foreign key number `fk` of `T` references in `U`. Generated
/// code passes the key's index rather than the key, so that the metadata constant is only
/// evaluated where a navigation is really used (every use costs the crate compile time).
/// An index `T` does not have gives empty text.
pub fn forward_sql<T: Record, U: Record>(dialect: Dialect, fk: usize) -> &'static str {
    match T::META.foreign_keys.get(fk) {
        Some(key) => Select::<U>::referenced(key.ref_columns, Vec::new())
            .sql(dialect)
            .unwrap_or(""),
        None => "",
    }
}

/// The SQL that reads the rows of `T` whose foreign key number `fk` references a given row.
/// An index `T` does not have gives empty text.
pub fn reverse_sql<T: Record>(dialect: Dialect, fk: usize) -> &'static str {
    Select::<T>::foreign_key(fk, Vec::new())
        .sql(dialect)
        .unwrap_or("")
}

/// The live row of `U` that `row`'s foreign key number `fk` references; `None` when the key
/// is NULL.
pub async fn forward<T: Record, U: Record, C: Conn>(
    row: &T,
    fk: usize,
    conn: C,
) -> Result<Option<U>, Error> {
    let key = foreign_key(T::META, fk)?;
    let params = pick(T::META, row.values(), key.columns);
    if params.iter().any(SqlValue::is_null) {
        return Ok(None);
    }
    Select::<U>::referenced(key.ref_columns, params)
        .one(conn)
        .await
}

/// The live rows of `T` whose foreign key number `fk` references `row` (of `U`).
pub async fn reverse<T: Record, U: Record, C: Conn>(
    row: &U,
    fk: usize,
    conn: C,
) -> Result<Vec<T>, Error> {
    let key = foreign_key(T::META, fk)?;
    let params = pick(U::META, row.values(), key.ref_columns);
    Select::<T>::foreign_key(fk, params).all(conn).await
}

fn foreign_key(meta: &'static TableMeta, fk: usize) -> Result<&'static ForeignKeyMeta, Error> {
    meta.foreign_keys.get(fk).ok_or_else(|| Error::Unsupported {
        table: qualified(meta),
        action: "navigation by a foreign key it does not have",
    })
}

/// The values of `names`, taken from a row's values in metadata order.
fn pick(meta: &TableMeta, mut values: Vec<SqlValue>, names: &[&str]) -> Vec<SqlValue> {
    names
        .iter()
        .filter_map(|n| {
            let i = meta
                .columns
                .iter()
                .position(|c| c.name.eq_ignore_ascii_case(n))?;
            values
                .get_mut(i)
                .map(|v| std::mem::replace(v, SqlValue::I64(None)))
        })
        .collect()
}

fn qualified(meta: &TableMeta) -> String {
    format!("{}.{}", meta.schema, meta.name)
}
