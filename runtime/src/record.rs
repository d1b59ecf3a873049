//! What generated structs implement ([`Record`], [`NewRecord`]) and the queries every table
//! gets from it ([`Query`], relationship navigation), written once over the metadata.

use std::future::Future;

use crate::{
    Conn, DecodeError, Dialect, Error, ForeignKeyMeta, RowReader, Select, SqlValue, Statements,
};
use crate::{Table, TableMeta};

/// A generated table struct: decoded from a row, and its values as parameters.
pub trait Record: Table + Sized + Send + Sync + 'static {
    /// Reads every column in metadata order.
    fn decode<R: RowReader>(r: &mut R) -> Result<Self, DecodeError>;

    /// Every column's value, in metadata order.
    fn values(&self) -> Vec<SqlValue>;
}

/// A generated `New…` struct: the columns an insert sets (no identity, no database
/// defaults), in metadata order.
pub trait NewRecord: Sync {
    /// The table's struct.
    type Record: Record;

    /// The insert's parameters, in [`TableMeta::insert_columns`] order.
    fn values(&self) -> Vec<SqlValue>;

    /// Inserts the row and returns it as stored (identity and defaults filled in).
    fn insert<C: Conn>(&self, conn: C) -> impl Future<Output = Result<Self::Record, Error>> + Send {
        async move {
            let meta = Self::Record::META;
            let sql = &<Self::Record as Query>::sql(conn.dialect()).insert;
            let row = conn.rows(sql, self.values()).await?.into_iter().next();
            row.ok_or_else(|| Error::NoRow {
                table: qualified(meta),
                action: "insert",
            })
        }
    }
}

/// [`Error::Unsupported`] for a by-key `action` on a table without a primary key, whose
/// by-key statement would match every row.
fn keyed(meta: &TableMeta, action: &'static str) -> Result<(), Error> {
    if meta.primary_key.is_empty() {
        return Err(Error::Unsupported {
            table: qualified(meta),
            action,
        });
    }
    Ok(())
}

/// Selects, key lookups, updates and soft deletes for every [`Record`]; soft-deleted rows are
/// left out unless a method says `including_deleted`.
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
    fn by_key(key: Vec<SqlValue>) -> Select<Self> {
        Select::primary_key(key)
    }

    /// The primary key's values, in key order.
    fn key(&self) -> Vec<SqlValue> {
        pick(Self::META, self.values(), Self::META.primary_key)
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
    ) -> impl Future<Output = Result<Option<Self>, Error>> + Send {
        async move {
            keyed(Self::META, "find by primary key")?;
            let sql = &Self::sql(conn.dialect()).by_key;
            let rows = conn.rows(sql, key).await?;
            Ok(rows.into_iter().next())
        }
    }

    /// The row with primary key `key`, even when soft-deleted.
    fn find_including_deleted<C: Conn>(
        conn: C,
        key: Vec<SqlValue>,
    ) -> impl Future<Output = Result<Option<Self>, Error>> + Send {
        async move {
            keyed(Self::META, "find by primary key")?;
            let sql = &Self::sql(conn.dialect()).by_key_including_deleted;
            Ok(conn.rows(sql, key).await?.into_iter().next())
        }
    }

    /// Writes every updatable column of `self` by primary key and sets `UpdatedDate` to the
    /// database's UTC now; returns the number of rows changed (0 when the row is gone).
    fn update<C: Conn>(&self, conn: C) -> impl Future<Output = Result<u64, Error>> + Send {
        async move {
            let meta = Self::META;
            let Some(sql) = &Self::sql(conn.dialect()).update else {
                return Err(Error::Unsupported {
                    table: qualified(meta),
                    action: "update",
                });
            };
            let names: Vec<&str> = meta.update_columns().map(|c| c.name).collect();
            let values = self.values();
            let mut params = pick(meta, values.clone(), &names);
            params.extend(pick(meta, values, meta.primary_key));
            conn.execute(sql, params).await
        }
    }

    /// Marks the row deleted (`IsDeleted`, `DeletedDate` = UTC now, `DeletedBy`); returns the
    /// number of rows changed (0 when already deleted).
    fn soft_delete<C: Conn>(
        &self,
        conn: C,
        deleted_by: Option<i64>,
    ) -> impl Future<Output = Result<u64, Error>> + Send {
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
