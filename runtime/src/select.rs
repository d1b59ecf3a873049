//! Queries without SQL text: [`Select`] filters a table by its primary key, a unique key, a
//! foreign key or columns the caller names (constants from the generated `columns` module),
//! keeps soft-deleted rows out unless asked, orders (ties always broken by the primary key),
//! pages, counts and locks rows. The SQL of each shape is built from the metadata once per
//! table type and dialect and cached; every value is a parameter.

use std::marker::PhantomData;

use crate::IS_DELETED;
use crate::cache::{self, Kind};
use crate::{Conn, Dialect, Error, Record, SqlValue, TableMeta, ToValue};

/// Sort direction of [`Select::order_by`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Direction {
    /// Ascending (the default).
    #[default]
    Asc,
    /// Descending.
    Desc,
}

/// Which metadata key a select filters by; resolved against `T::META` when the SQL is built,
/// so that generated finders need not evaluate the metadata constant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum By {
    /// Every row.
    All,
    /// The primary key.
    PrimaryKey,
    /// Unique constraint number `i` of `META.uniques`.
    Unique(usize),
    /// Index number `i` of `META.indexes` (a unique index).
    UniqueIndex(usize),
    /// The columns of foreign key number `i` of `META.foreign_keys`.
    ForeignKey(usize),
    /// The referenced columns of foreign key number `i` of the table type `U` (forward
    /// navigation into this table); the `TypeId` part of the cache key tells `U`s apart.
    Referenced(&'static [&'static str]),
}

/// The shape of a select: everything its SQL text depends on, never a value.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Shape {
    by: By,
    /// Extra equality filters: column, and whether the value is NULL (`IS NULL`, no parameter).
    extra: Vec<(&'static str, bool)>,
    live: bool,
    order: Option<(&'static str, Direction)>,
    paged: bool,
    lock: bool,
    count: bool,
}

/// A select of rows of `T`, built up and then run with [`all`](Select::all),
/// [`one`](Select::one) or [`count`](Select::count):
/// ```ignore
/// let user = User::by_email("a@example.com").one(&client).await?;
/// let page = UserCompany::for_company(company_id)
///     .order_by(user_company::columns::CREATED_DATE, Direction::Desc)
///     .page(0, 20)
///     .all(&client)
///     .await?;
/// ```
#[derive(Debug, Clone)]
#[must_use = "a select does nothing until it is run with .all(), .one() or .count()"]
pub struct Select<T> {
    shape: Shape,
    params: Vec<SqlValue>,
    page: Option<(u64, u32)>,
    _row: PhantomData<fn() -> T>,
}

impl Shape {
    /// Live rows by `by`, in key order, unpaged, unlocked.
    fn new(by: By) -> Self {
        Shape {
            by,
            extra: Vec::new(),
            live: true,
            order: None,
            paged: false,
            lock: false,
            count: false,
        }
    }
}

impl<T: Record> Select<T> {
    fn new(by: By, params: Vec<SqlValue>) -> Self {
        Select {
            shape: Shape::new(by),
            params,
            page: None,
            _row: PhantomData,
        }
    }

    /// Every live row.
    pub fn every() -> Self {
        Self::new(By::All, Vec::new())
    }

    /// The row with primary key `key` (values in key order).
    pub fn primary_key(key: Vec<SqlValue>) -> Self {
        Self::new(By::PrimaryKey, key)
    }

    /// The row with unique constraint number `i`'s columns equal to `values` (what the
    /// generated `by_…` finders call).
    pub fn unique(i: usize, values: Vec<SqlValue>) -> Self {
        Self::new(By::Unique(i), values)
    }

    /// The row with unique index number `i`'s columns equal to `values`.
    pub fn unique_index(i: usize, values: Vec<SqlValue>) -> Self {
        Self::new(By::UniqueIndex(i), values)
    }

    /// The rows whose foreign key number `i` holds `values` (what the generated `for_…`
    /// finders call).
    pub fn foreign_key(i: usize, values: Vec<SqlValue>) -> Self {
        Self::new(By::ForeignKey(i), values)
    }

    /// The rows whose `columns` (a foreign key's referenced columns) equal `values`.
    pub(crate) fn referenced(columns: &'static [&'static str], values: Vec<SqlValue>) -> Self {
        Self::new(By::Referenced(columns), values)
    }

    /// Also requires `column` (a constant of the table's `columns` module) to equal `value`;
    /// a NULL value matches NULL (`IS NULL`).
    pub fn where_eq(mut self, column: &'static str, value: impl ToValue) -> Self {
        let value = value.to_value();
        let null = value.is_null();
        self.shape.extra.push((column, null));
        if !null {
            self.params.push(value);
        }
        self
    }

    /// Soft-deleted rows too (they are left out by default).
    pub fn including_deleted(mut self) -> Self {
        self.shape.live = false;
        self
    }

    /// Orders by `column` (a `columns` constant), then by the primary key, so that rows with
    /// equal values keep one order from page to page. Without it rows come in key order.
    pub fn order_by(mut self, column: &'static str, direction: Direction) -> Self {
        self.shape.order = Some((column, direction));
        self
    }

    /// Skips `offset` rows and returns at most `limit`.
    pub fn page(mut self, offset: u64, limit: u32) -> Self {
        self.shape.paged = true;
        self.page = Some((offset, limit));
        self
    }

    /// Locks the rows read until the transaction ends (`FOR UPDATE` on PostgreSQL,
    /// `WITH (UPDLOCK, ROWLOCK)` on SQL Server), so that a read-then-write inside one
    /// transaction cannot interleave with another.
    pub fn for_update(mut self) -> Self {
        self.shape.lock = true;
        self
    }

    /// The statement text in `dialect` (parameters: the filter's values in order, then the
    /// offset and limit when paged).
    pub fn sql(&self, dialect: Dialect) -> Result<&'static str, Error> {
        let shape = self.shape.clone();
        cache::text::<T, Error>(dialect, Kind::Select(shape.clone()), || {
            build(T::META, dialect, &shape)
        })
    }

    fn params(&self) -> Vec<SqlValue> {
        let mut params = self.params.clone();
        if let Some((offset, limit)) = self.page {
            params.push(i64::try_from(offset).unwrap_or(i64::MAX).to_value());
            params.push(i64::from(limit).to_value());
        }
        params
    }

    /// Every matching row.
    pub async fn all<C: Conn>(self, conn: C) -> Result<Vec<T>, Error> {
        let sql = self.sql(conn.dialect())?;
        conn.rows(sql, self.params()).await
    }

    /// The first matching row, if any (for a unique or primary key, the row).
    pub async fn one<C: Conn>(self, conn: C) -> Result<Option<T>, Error> {
        Ok(self.all(conn).await?.into_iter().next())
    }

    /// How many rows match (ordering and paging do not apply).
    pub async fn count<C: Conn>(mut self, conn: C) -> Result<u64, Error> {
        self.shape.count = true;
        self.shape.order = None;
        self.shape.paged = false;
        self.shape.lock = false;
        self.page = None;
        let sql = self.sql(conn.dialect())?;
        conn.count(sql, self.params).await
    }
}

/// The columns a filter compares, from the metadata.
fn filter_columns(meta: &'static TableMeta, by: By) -> Result<&'static [&'static str], Error> {
    let missing = |what: &'static str| Error::Unsupported {
        table: format!("{}.{}", meta.schema, meta.name),
        action: what,
    };
    Ok(match by {
        By::All => &[],
        By::PrimaryKey if meta.primary_key.is_none() => {
            return Err(missing("a lookup by primary key (the table has none)"));
        }
        By::PrimaryKey => meta.key_columns(),
        By::Unique(i) => {
            meta.uniques
                .get(i)
                .ok_or_else(|| missing("a lookup by a unique key it does not have"))?
                .columns
        }
        By::UniqueIndex(i) => {
            meta.indexes
                .get(i)
                .filter(|x| x.unique)
                .ok_or_else(|| missing("a lookup by a unique index it does not have"))?
                .columns
        }
        By::ForeignKey(i) => {
            meta.foreign_keys
                .get(i)
                .ok_or_else(|| missing("a lookup by a foreign key it does not have"))?
                .columns
        }
        By::Referenced(columns) => columns,
    })
}

/// `column`, checked to be one of `meta`'s (its SQL name as the metadata spells it).
fn checked(meta: &'static TableMeta, column: &str) -> Result<&'static str, Error> {
    meta.column(column)
        .map(|c| c.name)
        .ok_or_else(|| Error::UnknownColumn {
            table: format!("{}.{}", meta.schema, meta.name),
            column: column.to_owned(),
        })
}

/// The SQL of one select shape.
fn build(meta: &'static TableMeta, d: Dialect, shape: &Shape) -> Result<String, Error> {
    let table = meta.qualified(d);
    let mut sql = if shape.count {
        let count = match d {
            Dialect::Mssql => "COUNT_BIG(*)",
            Dialect::Postgres => "COUNT(*)",
        };
        format!("SELECT {count} FROM {table}")
    } else {
        format!("SELECT {} FROM {table}", meta.column_list(d))
    };
    if shape.lock && d == Dialect::Mssql {
        sql.push_str(" WITH (UPDLOCK, ROWLOCK)");
    }
    let mut terms = Vec::new();
    let mut n = 0;
    for column in filter_columns(meta, shape.by)? {
        n += 1;
        let column = checked(meta, column)?;
        terms.push(format!("{} = {}", d.quote(column), d.placeholder(n)));
    }
    for (column, null) in &shape.extra {
        let column = d.quote(checked(meta, column)?);
        if *null {
            terms.push(format!("{column} IS NULL"));
        } else {
            n += 1;
            terms.push(format!("{column} = {}", d.placeholder(n)));
        }
    }
    if shape.live && meta.soft_deletable() {
        terms.push(format!("{} = {}", d.quote(IS_DELETED), d.boolean(false)));
    }
    if !terms.is_empty() {
        sql.push_str(" WHERE ");
        sql.push_str(&terms.join(" AND "));
    }
    if !shape.count {
        sql.push_str(&order_by(meta, d, shape)?);
    }
    if shape.paged {
        sql.push_str(&format!(
            " OFFSET {} ROWS FETCH NEXT {} ROWS ONLY",
            d.placeholder(n + 1),
            d.placeholder(n + 2)
        ));
    }
    if shape.lock && d == Dialect::Postgres {
        sql.push_str(" FOR UPDATE");
    }
    Ok(sql)
}

/// ` ORDER BY <column> <dir>, <key…>`: the primary key breaks ties (every column, for a table
/// without one, so that paging stays deterministic).
fn order_by(meta: &'static TableMeta, d: Dialect, shape: &Shape) -> Result<String, Error> {
    let mut terms = Vec::new();
    let mut first = None;
    if let Some((column, direction)) = shape.order {
        let column = checked(meta, column)?;
        first = Some(column);
        let dir = match direction {
            Direction::Asc => "ASC",
            Direction::Desc => "DESC",
        };
        terms.push(format!("{} {dir}", d.quote(column)));
    }
    let tie: Vec<&str> = if meta.primary_key.is_none() {
        meta.columns.iter().map(|c| c.name).collect()
    } else {
        meta.key_columns().to_vec()
    };
    for k in tie {
        if first.is_none_or(|f| !f.eq_ignore_ascii_case(k)) {
            terms.push(d.quote(k));
        }
    }
    Ok(format!(" ORDER BY {}", terms.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ColumnMeta, IndexMeta, Table};

    struct Member;

    impl Table for Member {
        const META: &'static TableMeta = &TableMeta {
            schema: "dbo",
            name: "Member",
            columns: &[
                ColumnMeta::named("MemberID", "bigint").identity(),
                ColumnMeta::named("Email", "nvarchar(50)"),
                ColumnMeta::named("TeamID", "bigint"),
                ColumnMeta::named("IsDeleted", "bit").default("0"),
                ColumnMeta::named("DeletedDate", "datetime2(7)").null(),
                ColumnMeta::named("DeletedBy", "bigint").null(),
            ],
            kind: crate::TableKind::Table,
            primary_key: Some(crate::PrimaryKeyMeta {
                name: "PK_Member",
                columns: &["MemberID"],
            }),
            foreign_keys: &[crate::ForeignKeyMeta {
                name: "FK_Member_Team",
                columns: &["TeamID"],
                ref_schema: "dbo",
                ref_table: "Team",
                ref_columns: &["TeamID"],
            }],
            uniques: &[IndexMeta::new("UQ_Member_Email", &["Email"]).unique()],
            indexes: &[],
        };
    }

    fn shape(by: By) -> Shape {
        Shape::new(by)
    }

    #[test]
    fn a_unique_key_lookup_keeps_deleted_rows_out_and_orders_by_key() {
        let sql = build(Member::META, Dialect::Postgres, &shape(By::Unique(0)));
        assert_eq!(
            sql.ok().as_deref(),
            Some(
                "SELECT \"MemberID\", \"Email\", \"TeamID\", \"IsDeleted\", \"DeletedDate\", \"DeletedBy\" \
                 FROM \"dbo\".\"Member\" WHERE \"Email\" = $1 AND \"IsDeleted\" = false ORDER BY \"MemberID\""
            )
        );
    }

    #[test]
    fn paging_ordering_locking_and_counting_per_dialect() {
        let mut s = shape(By::ForeignKey(0));
        s.extra.push(("email", false));
        s.extra.push(("DeletedBy", true));
        s.order = Some(("Email", Direction::Desc));
        s.paged = true;
        s.lock = true;
        let mssql = build(Member::META, Dialect::Mssql, &s).ok();
        assert_eq!(
            mssql.as_deref().map(|q| q.split(" FROM ").nth(1)),
            Some(Some(
                "[dbo].[Member] WITH (UPDLOCK, ROWLOCK) WHERE [TeamID] = @P1 AND [Email] = @P2 \
                 AND [DeletedBy] IS NULL AND [IsDeleted] = 0 ORDER BY [Email] DESC, [MemberID] \
                 OFFSET @P3 ROWS FETCH NEXT @P4 ROWS ONLY"
            ))
        );
        let pg = build(Member::META, Dialect::Postgres, &s).ok();
        assert!(
            pg.is_some_and(|q| q.ends_with("OFFSET $3 ROWS FETCH NEXT $4 ROWS ONLY FOR UPDATE"))
        );
        s.count = true;
        s.paged = false;
        s.lock = false;
        s.live = false;
        let count = build(Member::META, Dialect::Mssql, &s).ok();
        assert_eq!(
            count.as_deref(),
            Some(
                "SELECT COUNT_BIG(*) FROM [dbo].[Member] WHERE [TeamID] = @P1 AND [Email] = @P2 \
                 AND [DeletedBy] IS NULL"
            )
        );
    }

    /// `dbo.Member` of another crate, with other columns.
    struct OtherMember;

    impl Table for OtherMember {
        const META: &'static TableMeta = &TableMeta {
            columns: &[ColumnMeta::named("MemberID", "bigint")],
            foreign_keys: &[],
            uniques: &[],
            ..*Member::META
        };
    }

    macro_rules! no_rows {
        ($($t:ty),*) => {$(
            impl crate::Record for $t {
                fn decode<R: crate::RowReader>(r: &mut R) -> Result<Self, crate::DecodeError> {
                    Err(r.fail("nothing".into()))
                }
                fn values(&self) -> Vec<SqlValue> {
                    Vec::new()
                }
            }
        )*};
    }
    no_rows!(Member, OtherMember);

    #[test]
    fn statements_are_cached_per_table_type_not_per_table_name() {
        let a = Select::<Member>::every().sql(Dialect::Postgres).ok();
        let b = Select::<OtherMember>::every().sql(Dialect::Postgres).ok();
        assert!(a.is_some_and(|a| a.contains("\"Email\"")));
        assert_eq!(
            b,
            Some("SELECT \"MemberID\" FROM \"dbo\".\"Member\" ORDER BY \"MemberID\"")
        );
        let again = Select::<Member>::every().sql(Dialect::Postgres).ok();
        assert!(
            a.zip(again).is_some_and(|(x, y)| std::ptr::eq(x, y)),
            "built once"
        );
        let fixed = (
            <Member as crate::Query>::sql(Dialect::Mssql),
            <OtherMember as crate::Query>::sql(Dialect::Mssql),
        );
        assert_ne!(fixed.0.select, fixed.1.select);
    }

    #[test]
    fn unknown_columns_and_keys_are_errors_naming_the_table() {
        let mut s = shape(By::All);
        s.order = Some(("Nope", Direction::Asc));
        let err = build(Member::META, Dialect::Postgres, &s)
            .err()
            .map(|e| e.to_string());
        assert!(err.is_some_and(|e| e.contains("dbo.Member") && e.contains("Nope")));
        assert!(build(Member::META, Dialect::Postgres, &shape(By::Unique(3))).is_err());
    }
}
