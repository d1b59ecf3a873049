//! SQL text built from a table's metadata (cached per table type by [`crate::Query::sql`]): every
//! name comes from the generated constants and is quoted for the dialect, every value is a
//! parameter. Soft-deleted rows are left out of selects unless a statement says otherwise.

use crate::column_flags::{
    ColumnFlags, DELETED_BY, DELETED_DATE, IS_DELETED, UPDATED_DATE, soft_deletable,
};
use crate::{ColumnMeta, Dialect, TableMeta};

/// The statements of one table in one dialect. Selects list every column in metadata order,
/// so a row's positions are the column ordinals and decoding needs no lookup by name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statements {
    /// Every live row (all rows when the table has no soft-delete columns).
    pub select: String,
    /// Every row, soft-deleted ones included.
    pub select_including_deleted: String,
    /// The live row with the primary key given as parameters, in key order.
    pub by_key: String,
    /// The row with the primary key given as parameters, even when soft-deleted.
    pub by_key_including_deleted: String,
    /// Inserts the insertable columns ([`TableMeta::insert_columns`]) and returns the whole
    /// new row. On SQL Server the row is selected by `SCOPE_IDENTITY()` or the inserted key,
    /// and only a key the database defaults goes through `OUTPUT INSERTED … INTO` a table
    /// variable: all of them work on tables with triggers, where a bare `OUTPUT INSERTED` fails.
    pub insert: String,
    /// Marks the live row with the given key deleted (parameters: `DeletedBy`, then the key),
    /// for tables with `IsDeleted`, `DeletedDate` and `DeletedBy` and a primary key.
    pub soft_delete: Option<String>,
}

impl TableMeta {
    /// Whether the table has the soft-delete columns `IsDeleted`, `DeletedDate`, `DeletedBy`
    /// ([`crate::soft_deletable`]).
    pub fn soft_deletable(&self) -> bool {
        soft_deletable(self.columns.iter().map(|c| c.name))
    }

    /// The flags of column `c` of this table, for [`ColumnFlags`]'s rules.
    pub fn flags<'a>(&self, c: &'a ColumnMeta) -> ColumnFlags<'a> {
        ColumnFlags {
            name: c.name,
            identity: c.identity,
            has_default: c.default.is_some(),
            primary_key: self
                .key_columns()
                .iter()
                .any(|k| k.eq_ignore_ascii_case(c.name)),
            rowversion: crate::column_flags::is_rowversion_type(c.sql_type),
            version: c.version,
        }
    }

    /// The insertable columns ([`ColumnFlags::inserted`]), in metadata order: the fields of a
    /// generated `New…` struct.
    pub fn insert_columns(&self) -> impl Iterator<Item = &'static ColumnMeta> + use<'_> {
        self.columns.iter().filter(|c| self.flags(c).inserted())
    }

    /// `schema.table`, quoted for `dialect`.
    pub fn qualified(&self, dialect: Dialect) -> String {
        dialect.qualified(self.schema, self.name)
    }

    /// Every column, quoted for `dialect`, in metadata order: the select list the generated
    /// decoders read by position, for hand-written `SELECT`s and `RETURNING`s.
    pub fn column_list(&self, dialect: Dialect) -> String {
        Sql::new(self, dialect).all_columns()
    }

    /// SQL Server: the write `body` (holding `{output}` where the `OUTPUT` clause goes) made to
    /// return the rows it wrote when the table has no key to select them by: `OUTPUT
    /// INSERTED.… INTO` a table variable, then the select list over it. Not a bare `OUTPUT`
    /// of the select list: Babelfish 4.2 refuses an expression over `INSERTED` there (money's
    /// `CAST`), and SQL Server a bare `OUTPUT` on a table with a trigger.
    pub(crate) fn mssql_returning_without_key(&self, body: &str) -> String {
        let d = Dialect::Mssql;
        let s = Sql::new(self, d);
        let declared: Vec<String> = self
            .columns
            .iter()
            .map(|c| {
                let ty = match crate::column_flags::is_rowversion_type(c.sql_type) {
                    true => "binary(8)",
                    false => c.sql_type,
                };
                format!("{} {ty}", d.quote(c.name))
            })
            .collect();
        let inserted = s.list(self.columns.iter().map(|c| c.name), "INSERTED.");
        format!(
            "DECLARE @r TABLE ({}); {}; SELECT {} FROM @r;",
            declared.join(", "),
            body.replace("{output}", &format!(" OUTPUT {inserted} INTO @r")),
            s.all_columns()
        )
    }

    /// The condition that keeps soft-deleted rows out (`"IsDeleted" = false`), or one that is
    /// always true for tables without the soft-delete columns; for hand-written `WHERE`s.
    pub fn live(&self, dialect: Dialect) -> String {
        let live = Sql::new(self, dialect).where_live("");
        if live.is_empty() {
            "1 = 1".into()
        } else {
            live
        }
    }
}

impl Statements {
    /// Builds every statement of `meta` in `d`, uncached (generated tables get theirs cached
    /// through [`crate::Query::sql`]).
    pub fn build(meta: &TableMeta, d: Dialect) -> Statements {
        build(meta, d)
    }
}

/// Builds every statement of `meta` in `d`.
pub(crate) fn build(meta: &TableMeta, d: Dialect) -> Statements {
    let s = Sql::new(meta, d);
    let select = s.select();
    let all = s.where_live(" WHERE ");
    Statements {
        select: format!("{select}{all}"),
        select_including_deleted: select.clone(),
        by_key: format!("{select}{}", s.where_keys(meta.key_columns(), 1, true)),
        by_key_including_deleted: format!("{select}{}", s.where_keys(meta.key_columns(), 1, false)),
        insert: s.insert(),
        soft_delete: (meta.soft_deletable() && meta.primary_key.is_some()).then(|| s.soft_delete()),
    }
}

/// One table's SQL in one dialect.
struct Sql<'m> {
    meta: &'m TableMeta,
    d: Dialect,
    table: String,
}

impl<'m> Sql<'m> {
    fn new(meta: &'m TableMeta, d: Dialect) -> Self {
        Sql {
            meta,
            d,
            table: meta.qualified(d),
        }
    }

    fn list<'a>(&self, names: impl Iterator<Item = &'a str>, prefix: &str) -> String {
        let quoted: Vec<String> = names
            .map(|n| format!("{prefix}{}", self.d.quote(n)))
            .collect();
        quoted.join(", ")
    }

    /// The select list: every column through [`Dialect::select_column`].
    fn all_columns(&self) -> String {
        self.read_columns("")
    }

    /// Every column through [`Dialect::select_column`], each qualified by `prefix`.
    fn read_columns(&self, prefix: &str) -> String {
        let read: Vec<String> = self
            .meta
            .columns
            .iter()
            .map(|c| self.d.select_column(prefix, c.name, c.sql_type))
            .collect();
        read.join(", ")
    }

    fn select(&self) -> String {
        format!("SELECT {} FROM {}", self.all_columns(), self.table)
    }

    /// `<lead>"IsDeleted" = false` for soft-deletable tables, else nothing.
    fn where_live(&self, lead: &str) -> String {
        if self.meta.soft_deletable() {
            format!(
                "{lead}{} = {}",
                self.d.quote(IS_DELETED),
                self.d.boolean(false)
            )
        } else {
            String::new()
        }
    }

    /// ` WHERE k1 = p(first) AND k2 = p(first+1) …`, then live rows only when `live`.
    fn where_keys(&self, keys: &[&str], first: usize, live: bool) -> String {
        let mut terms: Vec<String> = keys
            .iter()
            .enumerate()
            .map(|(i, k)| format!("{} = {}", self.d.quote(k), self.d.placeholder(first + i)))
            .collect();
        if live && self.meta.soft_deletable() {
            terms.push(self.where_live(""));
        }
        if terms.is_empty() {
            return String::new();
        }
        format!(" WHERE {}", terms.join(" AND "))
    }

    fn insert(&self) -> String {
        let names: Vec<&str> = self.meta.insert_columns().map(|c| c.name).collect();
        let values = if names.is_empty() {
            " DEFAULT VALUES".to_owned()
        } else {
            let params: Vec<String> = (1..=names.len()).map(|i| self.d.placeholder(i)).collect();
            format!(" VALUES ({})", params.join(", "))
        };
        let columns = if names.is_empty() {
            String::new()
        } else {
            format!(" ({})", self.list(names.iter().copied(), ""))
        };
        match self.d {
            Dialect::Postgres => format!(
                "INSERT INTO {}{columns}{values} RETURNING {}",
                self.table,
                self.all_columns()
            ),
            Dialect::Mssql => self.insert_mssql(&columns, &values),
        }
    }

    /// Inserts, then selects the whole new row by its key: an identity key through
    /// `SCOPE_IDENTITY()` (this statement's own identity, never one a trigger made), a key the
    /// insert sets through its parameters. Only a key the database defaults otherwise
    /// (`NEWID()`, a sequence) goes through `OUTPUT … INTO` a table variable. Babelfish 4.2.0
    /// fails every batch that holds a table variable and an insert into a table with a
    /// trigger, and SQL Server refuses a bare `OUTPUT INSERTED` there; a table without a
    /// primary key returns its row with the bare form (such a table with triggers needs a key).
    fn insert_mssql(&self, columns: &str, values: &str) -> String {
        let key = self.meta.key_columns();
        let insert = format!("INSERT INTO {}{columns}", self.table);
        if key.is_empty() {
            return self
                .meta
                .mssql_returning_without_key(&format!("{insert}{{output}}{values}"));
        }
        let inserted: Vec<&str> = self.meta.insert_columns().map(|c| c.name).collect();
        let by_value: Option<Vec<String>> = key
            .iter()
            .map(|k| {
                let column = self.meta.column(k)?;
                let found = if column.identity {
                    "SCOPE_IDENTITY()".to_owned()
                } else {
                    let at = inserted.iter().position(|n| n.eq_ignore_ascii_case(k))?;
                    self.d.placeholder(at + 1)
                };
                Some(format!("{} = {found}", self.d.quote(k)))
            })
            .collect();
        if let Some(terms) = by_value {
            return format!(
                "{insert}{values}; SELECT {} FROM {} WHERE {};",
                self.all_columns(),
                self.table,
                terms.join(" AND ")
            );
        }
        let declared: Vec<String> = key
            .iter()
            .map(|k| {
                let ty = self.meta.column(k).map_or("sql_variant", |c| c.sql_type);
                format!("{} {ty}", self.d.quote(k))
            })
            .collect();
        let join: Vec<String> = key
            .iter()
            .map(|k| format!("[k].{0} = [row].{0}", self.d.quote(k)))
            .collect();
        format!(
            "DECLARE @k TABLE ({}); {insert} OUTPUT {} INTO @k{values}; \
             SELECT {} FROM {} AS [row] WHERE EXISTS (SELECT 1 FROM @k AS [k] WHERE {});",
            declared.join(", "),
            self.list(key.iter().copied(), "INSERTED."),
            self.all_columns(),
            self.table,
            join.join(" AND ")
        )
    }

    /// `"UpdatedDate" = <UTC now>` when the table has the column.
    fn stamp(&self, column: &str) -> Option<String> {
        let c = self.meta.column(column)?;
        Some(format!("{} = {}", self.d.quote(c.name), self.d.now_utc()))
    }

    fn soft_delete(&self) -> String {
        let mut sets = vec![
            format!("{} = {}", self.d.quote(IS_DELETED), self.d.boolean(true)),
            format!("{} = {}", self.d.quote(DELETED_DATE), self.d.now_utc()),
            format!("{} = {}", self.d.quote(DELETED_BY), self.d.placeholder(1)),
        ];
        sets.extend(self.stamp(UPDATED_DATE));
        let keys = self.where_keys(self.meta.key_columns(), 2, true);
        format!("UPDATE {} SET {}{keys}", self.table, sets.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A composite key, no identity, no audit columns.
    const PAIR: TableMeta = TableMeta {
        schema: "ref",
        name: "Pair",
        columns: &[
            ColumnMeta::new("A", "int", false, false, None),
            ColumnMeta::new("B", "nvarchar(10)", false, false, None),
            ColumnMeta::new("Note", "nvarchar(50)", true, false, None),
            ColumnMeta::new(
                "UpdatedDate",
                "datetime2(7)",
                false,
                false,
                Some("GETUTCDATE()"),
            ),
        ],
        kind: crate::TableKind::Table,
        primary_key: Some(crate::PrimaryKeyMeta {
            name: "PK_Pair",
            columns: &["A", "B"],
        }),
        foreign_keys: &[],
        uniques: &[],
        indexes: &[],
    };

    #[test]
    fn inserts_select_the_new_row_by_its_inserted_key_column_by_column() {
        let s = build(&PAIR, Dialect::Mssql);
        assert_eq!(
            s.insert,
            "INSERT INTO [ref].[Pair] ([A], [B], [Note], [UpdatedDate]) VALUES (@P1, @P2, @P3, @P4); \
             SELECT [A], [B], [Note], [UpdatedDate] FROM [ref].[Pair] WHERE [A] = @P1 AND [B] = @P2;"
        );
        assert_eq!(s.soft_delete, None);
        assert_eq!(s.select, s.select_including_deleted, "nothing to leave out");
        assert_eq!(PAIR.live(Dialect::Postgres), "1 = 1");
    }

    /// `dbo.T` with `columns` and `primary_key`, nothing else.
    const fn table(
        columns: &'static [ColumnMeta],
        primary_key: &'static [&'static str],
    ) -> TableMeta {
        TableMeta {
            schema: "dbo",
            name: "T",
            columns,
            kind: crate::TableKind::Table,
            primary_key: match primary_key {
                [] => None,
                columns => Some(crate::PrimaryKeyMeta {
                    name: "PK_T",
                    columns,
                }),
            },
            foreign_keys: &[],
            uniques: &[],
            indexes: &[],
        }
    }

    #[test]
    fn money_is_read_exactly_in_every_select_list_and_read_back() {
        const PRICE: TableMeta = table(
            &[
                ColumnMeta::new("PriceID", "int", false, true, None),
                ColumnMeta::new("Amount", "money", false, false, None),
                ColumnMeta::new("Fee", "smallmoney", true, false, None),
            ],
            &["PriceID"],
        );
        let read = "[PriceID], CAST([Amount] AS decimal(19,4)) AS [Amount], CAST([Fee] AS decimal(10,4)) AS [Fee]";
        let s = build(&PRICE, Dialect::Mssql);
        for sql in [&s.select, &s.by_key, &s.insert] {
            assert!(sql.contains(read), "{sql}");
        }
        assert_eq!(PRICE.column_list(Dialect::Mssql), read);
        assert!(
            build(&PRICE, Dialect::Postgres)
                .insert
                .ends_with("RETURNING \"PriceID\", \"Amount\", \"Fee\"")
        );
    }

    #[test]
    fn a_table_without_a_primary_key_offers_no_by_key_update_or_delete() {
        const LOG: TableMeta = table(
            &[
                ColumnMeta::new("At", "datetime2(7)", false, false, None),
                ColumnMeta::new("Cost", "money", true, false, None),
                ColumnMeta::new(IS_DELETED, "bit", false, false, None),
                ColumnMeta::new(DELETED_DATE, "datetime2(7)", true, false, None),
                ColumnMeta::new(DELETED_BY, "bigint", true, false, None),
            ],
            &[],
        );
        let s = build(&LOG, Dialect::Mssql);
        assert_eq!(s.soft_delete, None);
        assert!(
            s.insert.contains(
                "OUTPUT INSERTED.[At], INSERTED.[Cost], INSERTED.[IsDeleted], INSERTED.[DeletedDate], INSERTED.[DeletedBy] INTO @r"
            ) && s.insert.ends_with(
                "SELECT [At], CAST([Cost] AS decimal(19,4)) AS [Cost], [IsDeleted], [DeletedDate], [DeletedBy] FROM @r;"
            ),
            "{}",
            s.insert
        );
    }

    #[test]
    fn identity_keys_come_back_through_scope_identity_and_defaulted_keys_through_a_table_variable()
    {
        const LOG: TableMeta = table(
            &[
                ColumnMeta::new("LogID", "bigint", false, true, None),
                ColumnMeta::new("Note", "nvarchar(50)", true, false, None),
            ],
            &["LogID"],
        );
        assert_eq!(
            build(&LOG, Dialect::Mssql).insert,
            "INSERT INTO [dbo].[T] ([Note]) VALUES (@P1); \
             SELECT [LogID], [Note] FROM [dbo].[T] WHERE [LogID] = SCOPE_IDENTITY();"
        );
        const TOKEN: TableMeta = table(
            &[
                ColumnMeta::new("TokenID", "uniqueidentifier", false, false, Some("NEWID()")),
                ColumnMeta::new("Note", "nvarchar(50)", true, false, None),
            ],
            &["TokenID"],
        );
        // The fixed insert gives every insertable column, a defaulted key too, so the row is
        // selected by that parameter; an insert leaving the key to NEWID() (write.rs) goes
        // through the table variable.
        assert_eq!(
            build(&TOKEN, Dialect::Mssql).insert,
            "INSERT INTO [dbo].[T] ([TokenID], [Note]) VALUES (@P1, @P2); \
             SELECT [TokenID], [Note] FROM [dbo].[T] WHERE [TokenID] = @P1;"
        );
    }
}
