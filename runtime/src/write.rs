//! Writes that touch what the service means: inserts where a defaulted column is given or
//! left to the database ([`Defaulted`]), batches of rows in one statement, upserts by a unique
//! key, and updates of the columns a service changed ([`Changes`]), optionally checked
//! against the row's version. Every write returns the row as stored (`RETURNING` on
//! PostgreSQL; on SQL Server the key goes through `OUTPUT INSERTED … INTO` a table variable
//! and the row is read back by it, which works on tables with triggers).
//!
//! Which column a write may set is decided by [`crate::ColumnFlags`], once: identities and
//! `rowversion` columns are the database's; `CreatedDate`/`CreatedBy` are written only by
//! inserts; `UpdatedDate` is stamped with the database's UTC now by every update; a column
//! marked as the row version is bumped by every update and compared by a checked one.
//! Nothing else is ever changed behind the service's back.

use crate::cache::{self, Kind};
use crate::{ColumnMeta, Conn, Dialect, Error, Record, SqlValue, TableMeta, ToValue};

/// A column value an insert may leave to the database default. For a nullable column with a
/// default, `Defaulted::Default` (use the default) and `Defaulted::Value(None)` (store NULL)
/// are different things.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Defaulted<T> {
    /// Leave the column to its database default.
    #[default]
    Default,
    /// Store this value.
    Value(T),
}

impl<T> From<T> for Defaulted<T> {
    fn from(value: T) -> Self {
        Defaulted::Value(value)
    }
}

/// A field of a generated `New…` struct as an insert value: `None` leaves the column to its
/// default (`DEFAULT`).
pub trait InsertValue {
    /// The value, or `None` for the database default.
    fn insert_value(&self) -> Option<SqlValue>;
}

impl<T: ToValue> InsertValue for T {
    fn insert_value(&self) -> Option<SqlValue> {
        Some(self.to_value())
    }
}

impl<T: ToValue> InsertValue for Defaulted<T> {
    fn insert_value(&self) -> Option<SqlValue> {
        match self {
            Defaulted::Default => None,
            Defaulted::Value(v) => Some(v.to_value()),
        }
    }
}

impl TableMeta {
    /// The row version column: one the schema marks as such, or a `rowversion`.
    pub fn version_column(&self) -> Option<&'static ColumnMeta> {
        self.columns
            .iter()
            .find(|c| c.version || crate::column_flags::is_rowversion_type(c.sql_type))
    }
}

fn table_name(meta: &TableMeta) -> String {
    format!("{}.{}", meta.schema, meta.name)
}

/// The write statement `body` (which contains `{output}` where SQL Server's `OUTPUT` clause
/// goes) made to return the written rows: `RETURNING` on PostgreSQL, `OUTPUT INSERTED.<key>
/// INTO @k` and a select by `@k` on SQL Server.
fn returning(meta: &TableMeta, d: Dialect, body: &str) -> String {
    let columns = meta.column_list(d);
    match d {
        Dialect::Postgres => format!("{} RETURNING {columns}", body.replace("{output}", "")),
        Dialect::Mssql => {
            let key = meta.key_columns();
            if key.is_empty() {
                return meta.mssql_returning_without_key(body);
            }
            let declared: Vec<String> = key
                .iter()
                .map(|k| {
                    let ty = meta.column(k).map_or("sql_variant", |c| c.sql_type);
                    format!("{} {ty}", d.quote(k))
                })
                .collect();
            let output: Vec<String> = key
                .iter()
                .map(|k| format!("INSERTED.{}", d.quote(k)))
                .collect();
            let join: Vec<String> = key
                .iter()
                .map(|k| format!("[k].{0} = [row].{0}", d.quote(k)))
                .collect();
            let order = d.columns(key);
            format!(
                "DECLARE @k TABLE ({}); {}; SELECT {columns} FROM {} AS [row] WHERE EXISTS \
                 (SELECT 1 FROM @k AS [k] WHERE {}) ORDER BY {order};",
                declared.join(", "),
                body.replace(
                    "{output}",
                    &format!(" OUTPUT {} INTO @k", output.join(", "))
                ),
                meta.qualified(d),
                join.join(" AND ")
            )
        }
    }
}

/// `INSERT INTO t (insertable columns){output} VALUES (…), (…)`: a parameter per given value,
/// `DEFAULT` per value left to the database; `given` holds one flag per insertable column per
/// row.
pub(crate) fn insert_sql(meta: &TableMeta, d: Dialect, given: &[bool]) -> String {
    let names: Vec<&str> = meta.insert_columns().map(|c| c.name).collect();
    let table = meta.qualified(d);
    if names.is_empty() {
        // Only database-managed columns: one row of defaults (batches go row by row).
        return returning(
            meta,
            d,
            &format!("INSERT INTO {table}{{output}} DEFAULT VALUES"),
        );
    }
    let mut n = 0;
    let rows: Vec<String> = given
        .chunks(names.len())
        .map(|row| {
            let cells: Vec<String> = row
                .iter()
                .map(|g| {
                    if *g {
                        n += 1;
                        d.placeholder(n)
                    } else {
                        "DEFAULT".to_owned()
                    }
                })
                .collect();
            format!("({})", cells.join(", "))
        })
        .collect();
    let body = format!(
        "INSERT INTO {table} ({}){{output}} VALUES {}",
        d.columns(&names),
        rows.join(", ")
    );
    if d == Dialect::Mssql && given.len() == names.len() && meta.primary_key.is_some() {
        // One row: select it by its key (SCOPE_IDENTITY() for an identity, the parameter for a
        // given key), without a table variable: Babelfish 4.2.0 fails a batch holding a table
        // variable and an insert into a table with a trigger (H's finding, statements.rs).
        let by_value: Option<Vec<String>> = meta
            .key_columns()
            .iter()
            .map(|k| {
                let column = meta.column(k)?;
                if column.identity {
                    return Some(format!("{} = SCOPE_IDENTITY()", d.quote(k)));
                }
                let at = names.iter().position(|n| n.eq_ignore_ascii_case(k))?;
                let n = given[..=at].iter().filter(|g| **g).count();
                given[at].then(|| format!("{} = {}", d.quote(k), d.placeholder(n)))
            })
            .collect();
        if let Some(terms) = by_value {
            return format!(
                "{}; IF @@ROWCOUNT > 0 SELECT {} FROM {table} WHERE {};",
                body.replace("{output}", ""),
                meta.column_list(d),
                terms.join(" AND ")
            );
        }
    }
    returning(meta, d, &body)
}

/// Rows per insert statement: SQL Server takes at most 2,100 parameters and 1,000 rows of
/// `VALUES`, PostgreSQL 65,535 parameters.
fn rows_per_statement(d: Dialect, columns: usize) -> usize {
    let params = match d {
        Dialect::Mssql => 2_000,
        Dialect::Postgres => 65_000,
    };
    (params / columns.max(1)).clamp(1, 1_000)
}

/// Inserts `rows` (each a `New…` struct's values) and returns them as stored, one statement
/// per chunk of rows that fits the dialect's parameter limit.
pub(crate) async fn insert_rows<T: Record, C: Conn>(
    conn: C,
    rows: Vec<Vec<Option<SqlValue>>>,
) -> Result<Vec<T>, Error> {
    let d = conn.dialect();
    let meta = T::META;
    let width = meta.insert_columns().count();
    let per = if width == 0 {
        1
    } else {
        rows_per_statement(d, width)
    };
    if rows.len() > per {
        return Err(Error::Unsupported {
            table: table_name(meta),
            action: "inserting more rows in one statement than the dialect takes (see batch_limit)",
        });
    }
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    if width == 0 && rows.len() > 1 {
        return Err(Error::Unsupported {
            table: table_name(meta),
            action: "a batch insert (it has no insertable columns; insert rows one by one)",
        });
    }
    let sql = insert_text::<T>(d, &rows)?;
    let params: Vec<SqlValue> = rows.into_iter().flatten().flatten().collect();
    conn.rows(sql, params).await
}

/// The statement inserting `rows` in `d` (see [`insert_rows`]).
pub(crate) fn insert_text<T: Record>(
    d: Dialect,
    rows: &[Vec<Option<SqlValue>>],
) -> Result<&'static str, Error> {
    let given: Vec<bool> = rows.iter().flatten().map(Option::is_some).collect();
    cache::text::<T, Error>(d, Kind::Insert(given.clone()), || {
        Ok(insert_sql(T::META, d, &given))
    })
}

/// The chunk size [`insert_rows`] takes for `T` in `d`.
pub(crate) fn chunk<T: Record>(d: Dialect) -> usize {
    match T::META.insert_columns().count() {
        0 => 1,
        width => rows_per_statement(d, width),
    }
}

/// The insert columns forming a unique key (primary key, unique constraint or unique index)
/// whose columns are exactly `key` (any order, case-insensitive).
pub(crate) fn unique_key(
    meta: &'static TableMeta,
    key: &[&str],
) -> Result<&'static [&'static str], Error> {
    let same = |cols: &[&str]| {
        cols.len() == key.len()
            && cols
                .iter()
                .all(|c| key.iter().any(|k| k.eq_ignore_ascii_case(c)))
    };
    let candidates = std::iter::once(meta.key_columns())
        .chain(meta.uniques.iter().map(|u| u.columns))
        .chain(meta.indexes.iter().filter(|i| i.unique).map(|i| i.columns));
    candidates
        .filter(|c| !c.is_empty())
        .find(|c| same(c))
        .ok_or_else(|| Error::Unsupported {
            table: table_name(meta),
            action: "an upsert by columns that are not one of its unique keys",
        })
}

/// The upsert of one row by the unique key `key`: insert it, or update the given columns of
/// the row holding the same key (never `CreatedDate`/`CreatedBy`, nor the soft-delete columns
/// of a soft-deletable table; `UpdatedDate` stamped).
fn upsert_sql(meta: &'static TableMeta, d: Dialect, key: &[&str], given: &[bool]) -> String {
    let names: Vec<&str> = meta
        .insert_columns()
        .zip(given)
        .filter(|(_, g)| **g)
        .map(|(c, _)| c.name)
        .collect();
    let is_key = |n: &str| key.iter().any(|k| k.eq_ignore_ascii_case(n));
    // The soft-delete state is not the upsert's to change: a soft-deleted row keeps its
    // IsDeleted/DeletedDate/DeletedBy (revive it explicitly with set(…).save(…)).
    let soft = meta.soft_deletable();
    let set_from_row: Vec<&str> = names
        .iter()
        .copied()
        .filter(|n| {
            let managed = is_key(n) || (soft && crate::is_soft_delete_column(n));
            !managed
                && meta
                    .column(n)
                    .is_some_and(|c| meta.flags(c).not_updated().is_none())
        })
        .collect();
    let table = meta.qualified(d);
    let q = |n: &str| d.quote(n);
    match d {
        Dialect::Postgres => {
            let mut sets: Vec<String> = set_from_row
                .iter()
                .map(|n| format!("{0} = EXCLUDED.{0}", q(n)))
                .collect();
            sets.extend(stamps(meta, d, ""));
            if sets.is_empty() {
                sets.push(format!("{0} = EXCLUDED.{0}", q(key[0])));
            }
            let params: Vec<String> = (1..=names.len()).map(|i| d.placeholder(i)).collect();
            let body = format!(
                "INSERT INTO {table} ({}) VALUES ({}) ON CONFLICT ({}) DO UPDATE SET {}",
                d.columns(&names),
                params.join(", "),
                d.columns(key),
                sets.join(", ")
            );
            returning(meta, d, &body)
        }
        Dialect::Mssql => {
            // Update by the key under UPDLOCK/SERIALIZABLE (the key range stays locked, so a
            // concurrent upsert waits instead of inserting a duplicate), insert when nothing
            // matched, then read the row back by the key's values (all given). Not `MERGE`:
            // Babelfish 4.2.0 refuses it ("'MERGE' is not currently supported in Babelfish"),
            // and the table variable `OUTPUT … INTO` needs fails beside foreign keys there.
            let param = |n: &str| {
                names
                    .iter()
                    .position(|x| x.eq_ignore_ascii_case(n))
                    .map(|i| d.placeholder(i + 1))
                    .unwrap_or_default()
            };
            let mut sets: Vec<String> = set_from_row
                .iter()
                .map(|n| format!("{} = {}", q(n), param(n)))
                .collect();
            sets.extend(stamps(meta, d, ""));
            if sets.is_empty() {
                sets.push(format!("{0} = {0}", q(key[0])));
            }
            let by_key: Vec<String> = key
                .iter()
                .map(|k| format!("{} = {}", q(k), param(k)))
                .collect();
            let params: Vec<String> = (1..=names.len()).map(|i| d.placeholder(i)).collect();
            let by_key = by_key.join(" AND ");
            format!(
                "UPDATE {table} WITH (UPDLOCK, SERIALIZABLE) SET {} WHERE {by_key}; \
                 IF @@ROWCOUNT = 0 INSERT INTO {table} ({}) VALUES ({}); \
                 SELECT {} FROM {table} WHERE {by_key};",
                sets.join(", "),
                d.columns(&names),
                params.join(", "),
                meta.column_list(d)
            )
        }
    }
}

/// What every update sets besides the changed columns: `UpdatedDate` = the database's UTC now
/// and a marked (non-`rowversion`) version column + 1.
fn stamps(meta: &TableMeta, d: Dialect, prefix: &str) -> Vec<String> {
    let mut sets = Vec::new();
    if let Some(c) = meta.column(crate::UPDATED_DATE) {
        sets.push(format!("{} = {}", d.quote(c.name), d.now_utc()));
    }
    if let Some(v) = meta
        .version_column()
        .filter(|c| !crate::column_flags::is_rowversion_type(c.sql_type))
    {
        sets.push(format!("{0} = {prefix}{0} + 1", d.quote(v.name)));
    }
    sets
}

/// The upsert statement of `row` by the unique key with columns `key`, in `d`.
pub(crate) fn upsert_text<T: Record>(
    d: Dialect,
    key: &'static [&'static str],
    row: &[Option<SqlValue>],
) -> Result<&'static str, Error> {
    let given: Vec<bool> = row.iter().map(Option::is_some).collect();
    cache::text::<T, Error>(d, Kind::Upsert(key, given.clone()), || {
        Ok(upsert_sql(T::META, d, key, &given))
    })
}

/// Upserts one row by the unique key `key` (column constants) and returns it as stored.
pub(crate) async fn upsert_row<T: Record, C: Conn>(
    conn: C,
    key: &[&str],
    row: Vec<Option<SqlValue>>,
) -> Result<T, Error> {
    let d = conn.dialect();
    let meta = T::META;
    let key = unique_key(meta, key)?;
    let insert: Vec<&'static ColumnMeta> = meta.insert_columns().collect();
    for k in key {
        let given = insert
            .iter()
            .zip(&row)
            .any(|(c, v)| c.name.eq_ignore_ascii_case(k) && v.is_some());
        if !given {
            return Err(Error::Refused {
                table: table_name(meta),
                column: meta.column(k).map_or("?", |c| c.name),
                reason: "an upsert compares the key, so every key column must be given",
            });
        }
    }
    let sql = upsert_text::<T>(d, key, &row)?;
    let params: Vec<SqlValue> = row.into_iter().flatten().collect();
    let stored = conn.rows(sql, params).await?.into_iter().next();
    stored.ok_or_else(|| Error::NoRow {
        table: table_name(meta),
        action: "upsert",
    })
}

/// The changes a service made to a row with [`crate::Query::set`], to save with
/// [`Changes::save`]: only the changed columns are written.
#[derive(Debug, Clone)]
#[must_use = "changes are written only by .save(conn)"]
pub struct Changes<T> {
    before: Vec<SqlValue>,
    after: T,
    checked: bool,
    now: Vec<&'static str>,
}

impl<T: Record + Clone> Changes<T> {
    pub(crate) fn new(row: &T, change: impl FnOnce(&mut T)) -> Self {
        let mut after = row.clone();
        change(&mut after);
        Changes {
            before: row.values(),
            after,
            checked: false,
            now: Vec::new(),
        }
    }

    /// Also sets `column` (a `columns` constant of a date-time column) to the database's UTC
    /// now, the clock every other stamp uses (`EmailVerifiedDate`, `LastLogin`).
    pub fn set_now(mut self, column: &'static str) -> Self {
        self.now.push(column);
        self
    }

    /// Makes the update compare-and-set on the row version (the column the schema marks as
    /// the version, or a `rowversion`): it fails with [`Error::Conflict`] when another writer
    /// moved the version since the row was read.
    pub fn checked(mut self) -> Self {
        self.checked = true;
        self
    }

    /// The columns that differ, or why one may not be written.
    fn changed(&self, after: &[SqlValue]) -> Result<Vec<bool>, Error> {
        let meta = T::META;
        let mut mask = Vec::with_capacity(meta.columns.len());
        for ((c, b), a) in meta.columns.iter().zip(&self.before).zip(after) {
            let changed = b != a;
            if changed && let Some(reason) = meta.flags(c).not_updated() {
                return Err(Error::Refused {
                    table: table_name(meta),
                    column: c.name,
                    reason,
                });
            }
            mask.push(changed);
        }
        Ok(mask)
    }

    /// Writes the changed columns by primary key (and `UpdatedDate` = the database's UTC now,
    /// and the version + 1 when the table has a marked one) and returns the row as stored.
    /// Nothing is sent when nothing changed. A row that is gone is [`Error::NoRow`]; with
    /// [`checked`](Self::checked), a moved version (or a gone row) is [`Error::Conflict`].
    pub async fn save<C: Conn>(self, conn: C) -> Result<T, Error> {
        let meta = T::META;
        let after = self.after.values();
        let Some(plan) = self.plan(&after)? else {
            return Ok(self.after);
        };
        let sql = plan.sql::<T>(conn.dialect())?;
        let is_key = |c: &ColumnMeta| {
            meta.key_columns()
                .iter()
                .any(|k| k.eq_ignore_ascii_case(c.name))
        };
        let mut params: Vec<SqlValue> = Vec::new();
        let mut key = Vec::new();
        let mut old_version = None;
        for ((c, changed), (value, before)) in meta
            .columns
            .iter()
            .zip(&plan.mask)
            .zip(after.into_iter().zip(self.before))
        {
            if *changed {
                params.push(value);
            }
            if is_key(c) {
                key.push((c.name, before.clone()));
            }
            if plan.version.is_some_and(|v| v.name == c.name) {
                old_version = Some(before);
            }
        }
        for k in meta.key_columns() {
            if let Some((_, v)) = key.iter().find(|(n, _)| n.eq_ignore_ascii_case(k)) {
                params.push(v.clone());
            }
        }
        params.extend(old_version);
        let stored = conn.rows(sql, params).await?.into_iter().next();
        stored.ok_or_else(|| {
            let table = table_name(meta);
            match self.checked {
                true => Error::Conflict {
                    table,
                    action: "a version-checked update",
                },
                false => Error::NoRow {
                    table,
                    action: "update",
                },
            }
        })
    }

    /// The statement [`save`](Self::save) would send in `dialect` (`None` when nothing
    /// changed, so nothing would be sent).
    pub fn sql(&self, dialect: Dialect) -> Result<Option<&'static str>, Error> {
        match self.plan(&self.after.values())? {
            Some(plan) => plan.sql::<T>(dialect).map(Some),
            None => Ok(None),
        }
    }

    /// What the update sets and compares, checked against the table's rules; `None` when
    /// there is nothing to write.
    fn plan(&self, after: &[SqlValue]) -> Result<Option<UpdatePlan>, Error> {
        let meta = T::META;
        let mask = self.changed(after)?;
        let mut now = Vec::with_capacity(self.now.len());
        for column in &self.now {
            let c = meta.column(column).ok_or_else(|| Error::UnknownColumn {
                table: table_name(meta),
                column: (*column).to_owned(),
            })?;
            if let Some(reason) = meta.flags(c).not_updated() {
                return Err(Error::Refused {
                    table: table_name(meta),
                    column: c.name,
                    reason,
                });
            }
            now.push(c.name);
        }
        if !mask.contains(&true) && now.is_empty() && !self.checked {
            return Ok(None);
        }
        let version = match self.checked {
            true => Some(meta.version_column().ok_or(Error::Unsupported {
                table: table_name(meta),
                action: "a version-checked update (no column is marked as the row version)",
            })?),
            false => None,
        };
        if meta.primary_key.is_none() {
            return Err(Error::Unsupported {
                table: table_name(meta),
                action: "an update by primary key (the table has none)",
            });
        }
        Ok(Some(UpdatePlan {
            mask,
            now,
            version,
            checked: self.checked,
        }))
    }
}

/// One update's shape: the changed columns, the stamped ones, the compared version.
struct UpdatePlan {
    mask: Vec<bool>,
    now: Vec<&'static str>,
    version: Option<&'static ColumnMeta>,
    checked: bool,
}

impl UpdatePlan {
    fn sql<T: Record>(&self, d: Dialect) -> Result<&'static str, Error> {
        let kind = Kind::Update(self.mask.clone(), self.checked, self.now.clone());
        cache::text::<T, Error>(d, kind, || {
            Ok(update_sql(T::META, d, &self.mask, &self.now, self.version))
        })
    }
}

/// `UPDATE t SET <changed> = …, UpdatedDate = now[, Version + 1] WHERE <key> [AND Version = …]`
/// returning the row.
fn update_sql(
    meta: &'static TableMeta,
    d: Dialect,
    mask: &[bool],
    now: &[&str],
    version: Option<&ColumnMeta>,
) -> String {
    let mut n = 0;
    let mut sets: Vec<String> = meta
        .columns
        .iter()
        .zip(mask)
        .filter(|(_, m)| **m)
        .map(|(c, _)| {
            n += 1;
            format!("{} = {}", d.quote(c.name), d.placeholder(n))
        })
        .collect();
    sets.extend(
        now.iter()
            .map(|c| format!("{} = {}", d.quote(c), d.now_utc())),
    );
    sets.extend(stamps(meta, d, ""));
    let mut terms: Vec<String> = meta
        .key_columns()
        .iter()
        .map(|k| {
            n += 1;
            format!("{} = {}", d.quote(k), d.placeholder(n))
        })
        .collect();
    if let Some(v) = version {
        n += 1;
        terms.push(format!("{} = {}", d.quote(v.name), d.placeholder(n)));
    }
    let key_terms = terms[..meta.key_columns().len()].join(" AND ");
    let body = format!(
        "UPDATE {} SET {}{{output}} WHERE {}",
        meta.qualified(d),
        sets.join(", "),
        terms.join(" AND ")
    );
    match d {
        // The key is known: read the row back by it when the update matched (no table
        // variable, which Babelfish refuses beside a table with a trigger).
        Dialect::Mssql => format!(
            "{}; IF @@ROWCOUNT > 0 SELECT {} FROM {} WHERE {key_terms};",
            body.replace("{output}", ""),
            meta.column_list(d),
            meta.qualified(d)
        ),
        Dialect::Postgres => returning(meta, d, &body),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn use_the_default_and_store_null_stay_two_things() {
        let default: Defaulted<Option<String>> = Defaulted::Default;
        let null: Defaulted<Option<String>> = Defaulted::Value(None);
        assert_eq!(default.insert_value(), None, "DEFAULT");
        assert_eq!(
            null.insert_value(),
            Some(SqlValue::Text(None)),
            "a typed NULL"
        );
        assert_eq!(
            Defaulted::from(3i32).insert_value(),
            Some(SqlValue::I32(Some(3)))
        );
        assert_eq!(5i64.insert_value(), Some(SqlValue::I64(Some(5))));
    }

    const T: TableMeta = TableMeta {
        schema: "dbo",
        name: "T",
        columns: &[
            ColumnMeta::named("ID", "bigint").identity(),
            ColumnMeta::named("A", "int"),
            ColumnMeta::named("B", "int").null().default("1"),
        ],
        kind: crate::TableKind::Table,
        primary_key: Some(crate::PrimaryKeyMeta {
            name: "PK_T",
            columns: &["ID"],
        }),
        foreign_keys: &[],
        uniques: &[],
        indexes: &[],
    };

    #[test]
    fn batches_put_default_where_a_value_is_left_out() {
        assert_eq!(
            insert_sql(&T, Dialect::Postgres, &[true, false, true, true]),
            "INSERT INTO \"dbo\".\"T\" (\"A\", \"B\") VALUES ($1, DEFAULT), ($2, $3) RETURNING \"ID\", \"A\", \"B\""
        );
        assert_eq!(rows_per_statement(Dialect::Mssql, 2), 1_000);
        assert_eq!(rows_per_statement(Dialect::Mssql, 40), 50);
    }

    #[test]
    fn a_table_without_a_key_reads_its_money_back_exactly() {
        const LOG: TableMeta = TableMeta {
            name: "PriceLog",
            columns: &[
                ColumnMeta::named("At", "datetime2(7)"),
                ColumnMeta::named("Amount", "money"),
                ColumnMeta::named("Fee", "smallmoney").null(),
            ],
            primary_key: None,
            ..T
        };
        assert_eq!(
            insert_sql(&LOG, Dialect::Mssql, &[true, true, true]),
            "DECLARE @r TABLE ([At] datetime2(7), [Amount] money, [Fee] smallmoney); \
             INSERT INTO [dbo].[PriceLog] ([At], [Amount], [Fee]) OUTPUT INSERTED.[At], \
             INSERTED.[Amount], INSERTED.[Fee] INTO @r VALUES (@P1, @P2, @P3); \
             SELECT [At], CAST([Amount] AS decimal(19,4)) AS [Amount], \
             CAST([Fee] AS decimal(10,4)) AS [Fee] FROM @r;"
        );
    }
}
