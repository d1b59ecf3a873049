//! Table metadata, available at compile time as `const` data.

/// A table as the database knows it. SQL names are verbatim: they are what every query uses,
/// whatever the Rust names became.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableMeta {
    /// Schema (SQL name, e.g. `ref`).
    pub schema: &'static str,
    /// Table (SQL name).
    pub name: &'static str,
    /// A table or a (read-only) view.
    pub kind: TableKind,
    /// Columns in ordinal order.
    pub columns: &'static [ColumnMeta],
    /// The primary key; `None` for a table without one and for a view. Such a struct has no
    /// by-key `find`, update or soft delete (it does not implement [`Keyed`]).
    pub primary_key: Option<PrimaryKeyMeta>,
    /// Foreign keys, in declaration order.
    pub foreign_keys: &'static [ForeignKeyMeta],
    /// Unique constraints, in declaration order.
    pub uniques: &'static [IndexMeta],
    /// Secondary indexes, in declaration order.
    pub indexes: &'static [IndexMeta],
}

/// What a [`TableMeta`] describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TableKind {
    /// A table: rows are read and written.
    #[default]
    Table,
    /// A view: rows are only read (the generated crate has no `New…` struct for it).
    View,
}

/// A primary key constraint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PrimaryKeyMeta {
    /// Constraint name (`PK_User`).
    pub name: &'static str,
    /// Key columns, in key order.
    pub columns: &'static [&'static str],
}

/// A column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ColumnMeta {
    /// SQL name.
    pub name: &'static str,
    /// Canonical SQL type as schema.yaml spells it (`nvarchar(255)`).
    pub sql_type: &'static str,
    /// Whether NULL is allowed.
    pub nullable: bool,
    /// Whether the database assigns the value (`IDENTITY`).
    pub identity: bool,
    /// The default expression in SQL Server syntax (`GETUTCDATE()`), if any.
    pub default: Option<&'static str>,
    /// The schema marks the column as the row's version: every update adds 1 to it and a
    /// checked update compares it (a `rowversion` is a version without the mark).
    pub version: bool,
}

/// A foreign key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ForeignKeyMeta {
    /// Constraint name.
    pub name: &'static str,
    /// Referencing columns of the owning table.
    pub columns: &'static [&'static str],
    /// Schema of the referenced table (SQL name).
    pub ref_schema: &'static str,
    /// Referenced table (SQL name).
    pub ref_table: &'static str,
    /// Referenced columns, pairwise with `columns`.
    pub ref_columns: &'static [&'static str],
}

/// An index or unique constraint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IndexMeta {
    /// Index or constraint name.
    pub name: &'static str,
    /// Key columns in order.
    pub columns: &'static [&'static str],
    /// Whether values must be unique.
    pub unique: bool,
}

impl ColumnMeta {
    /// A column; positional so that generated metadata stays one line per column.
    pub const fn new(
        name: &'static str,
        sql_type: &'static str,
        nullable: bool,
        identity: bool,
        default: Option<&'static str>,
    ) -> Self {
        ColumnMeta {
            name,
            sql_type,
            nullable,
            identity,
            default,
            version: false,
        }
    }
}

/// The builders `table_meta!` expands a column's entry into: `named(…)` then the flags that
/// apply, all `const`, so the metadata stays a compile-time constant.
impl ColumnMeta {
    /// A non-null column without identity or default.
    pub const fn named(name: &'static str, sql_type: &'static str) -> Self {
        ColumnMeta::new(name, sql_type, false, false, None)
    }

    /// The column allows NULL.
    pub const fn null(self) -> Self {
        ColumnMeta {
            nullable: true,
            ..self
        }
    }

    /// The database assigns the value (`IDENTITY`).
    pub const fn identity(self) -> Self {
        ColumnMeta {
            identity: true,
            ..self
        }
    }

    /// The column is the row's version (see [`ColumnMeta::version`]).
    pub const fn version(self) -> Self {
        ColumnMeta {
            version: true,
            ..self
        }
    }

    /// The column's default expression (SQL Server syntax).
    pub const fn default(self, expression: &'static str) -> Self {
        ColumnMeta {
            default: Some(expression),
            ..self
        }
    }
}

impl IndexMeta {
    /// A non-unique index on `columns`.
    pub const fn new(name: &'static str, columns: &'static [&'static str]) -> Self {
        IndexMeta {
            name,
            columns,
            unique: false,
        }
    }

    /// The index (or constraint) requires unique values.
    pub const fn unique(self) -> Self {
        IndexMeta {
            unique: true,
            ..self
        }
    }
}

impl TableMeta {
    /// The primary key's columns in key order; empty for a table without a primary key and
    /// for a view.
    pub fn key_columns(&self) -> &'static [&'static str] {
        match self.primary_key {
            Some(k) => k.columns,
            None => &[],
        }
    }

    /// Whether this is a view (read-only).
    pub fn is_view(&self) -> bool {
        self.kind == TableKind::View
    }

    /// Finds a column by SQL name, case-insensitively as SQL Server compares.
    pub fn column(&self, name: &str) -> Option<&'static ColumnMeta> {
        self.columns
            .iter()
            .find(|c| c.name.eq_ignore_ascii_case(name))
    }

    /// `[schema].[table]`, quoted for SQL Server.
    pub fn qualified_mssql(&self) -> String {
        format!(
            "{}.{}",
            crate::quote_mssql(self.schema),
            crate::quote_mssql(self.name)
        )
    }

    /// `"schema"."table"`, quoted for PostgreSQL.
    pub fn qualified_pg(&self) -> String {
        format!(
            "{}.{}",
            crate::quote_pg(self.schema),
            crate::quote_pg(self.name)
        )
    }
}

/// A generated table struct: its metadata is a constant.
pub trait Table {
    /// The table's schema, name, columns, keys and indexes.
    const META: &'static TableMeta;
}

/// A generated struct of a table with a primary key: the by-key methods of
/// [`Query`](crate::Query) (`find`, `find_including_deleted`, `by_key`, `key`, `set` and
/// `save`, `soft_delete`) need it. A table without a primary key and a view do not
/// implement it, so calling those methods on them does not compile (their by-key statement
/// would match every row, or write to a view).
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no primary key: it has no by-key find, update or delete",
    label = "a table without a primary key, or a view",
    note = "read its rows with `select()` or `all()`; for the by-key methods give the table a primary key in schema.yaml"
)]
pub trait Keyed: crate::Record {}

#[cfg(test)]
mod tests {
    use super::*;

    const META: TableMeta = TableMeta {
        schema: "ref",
        name: "User]Status",
        columns: &[ColumnMeta {
            name: "Code",
            sql_type: "nvarchar(50)",
            nullable: false,
            identity: false,
            default: None,
            version: false,
        }],
        kind: TableKind::Table,
        primary_key: Some(PrimaryKeyMeta {
            name: "PK_UserStatus",
            columns: &["Code"],
        }),
        foreign_keys: &[],
        uniques: &[],
        indexes: &[],
    };

    #[test]
    fn qualified_names_quote_each_part() {
        assert_eq!(META.qualified_mssql(), "[ref].[User]]Status]");
        assert_eq!(META.qualified_pg(), "\"ref\".\"User]Status\"");
    }

    #[test]
    fn columns_are_found_case_insensitively() {
        assert_eq!(
            META.column("CODE").map(|c| c.sql_type),
            Some("nvarchar(50)")
        );
        assert!(META.column("Name").is_none());
    }
}
