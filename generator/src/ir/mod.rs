//! The schema model: the one intermediate representation every loader produces and every
//! output consumes.
//!
//! It knows nothing of YAML, SQL text or templates. Everything is ordered exactly as the
//! source gave it (schemas, tables, columns, rows), which is what makes output deterministic.
//! Database names are kept verbatim; Rust names are filled in once by [`crate::naming`] and
//! stored beside them (`rust` fields), so no template ever derives a name.

mod loc;
mod package;
mod table;
mod types;
mod value;

pub use loc::Loc;
pub use package::{CrateSpec, GitRef, ResolvedCrate, RuntimeDep, default_description};
pub use table::{
    CheckConstraint, Column, ColumnEnum, DeprecatedVariant, EnumSpec, ForeignKey, Identity, Index,
    IndexColumn, LintException, PrimaryKey, ReferentialAction, Row, Table, TableRef, TypeRef,
    UniqueConstraint, UserType, ViewDef,
};
pub use types::{Length, MAX_DECIMAL_PRECISION, RustType, SqlType, TypeParseError, beyond_decimal};
pub use value::{DefaultExpr, Value};

/// A whole database: the root of the IR.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Database {
    /// The `gen` version the schema file says it needs (`gen: "0.1"`), if it says one.
    pub gen_version: Option<String>,
    /// The dialect whose naming rules the schema follows: the database it was introspected
    /// from, or the one it is written for (schema.yaml `dialect:`, default SQL Server). It
    /// decides whether names compare case-insensitively and where constraint and index names
    /// must be unique.
    pub dialect: gen_runtime::Dialect,
    /// The database's name (`EventLeadPlatform`).
    pub name: String,
    /// Free-text description of the database.
    pub description: Option<String>,
    /// Which tables every command sees.
    pub filter: Filter,
    /// The generated crate's package settings (`crate:`), if the schema file has them.
    pub package: Option<CrateSpec>,
    /// The database schemas (`ref`, `dbo`, …) in source order.
    pub schemas: Vec<DbSchema>,
}

/// Include and exclude patterns (`schema.table`, `*` matches any run of characters), applied
/// by every loader so that tables such as `dbo.sysdiagrams` never reach any output.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Filter {
    /// Patterns a table must match to be seen; empty means every table.
    pub include: Vec<String>,
    /// Patterns that hide a table even when included.
    pub exclude: Vec<String>,
}

/// One database schema (SQL Server `CREATE SCHEMA`), holding tables.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DbSchema {
    /// SQL name, verbatim (`ref`).
    pub name: String,
    /// Rust module name (`r#ref` is not used: modules get a safe name such as `ref_`); the SQL
    /// name above is what every query uses.
    pub rust_module: String,
    /// Description of the schema.
    pub description: Option<String>,
    /// Named types (domains, alias types, PostgreSQL enum types) in source order.
    pub types: Vec<UserType>,
    /// Tables in source order, then views (schema.yaml `views:`) in source order.
    pub tables: Vec<Table>,
    /// Where the schema was declared.
    pub loc: Option<Loc>,
}

impl Database {
    /// Finds a table by schema and table name, comparing as the schema's dialect does
    /// (case-insensitively on SQL Server, exactly on PostgreSQL). An exact match wins.
    pub fn table(&self, schema: &str, table: &str) -> Option<&Table> {
        let same = |a: &str, b: &str| self.dialect.same_name(a, b);
        let s = self
            .schemas
            .iter()
            .find(|s| s.name == schema)
            .or_else(|| self.schemas.iter().find(|s| same(&s.name, schema)))?;
        s.tables
            .iter()
            .find(|t| t.name == table)
            .or_else(|| s.tables.iter().find(|t| same(&t.name, table)))
    }

    /// The key under which the dialect considers `(schema, table)` one table.
    pub fn table_key(&self, schema: &str, table: &str) -> (String, String) {
        (self.dialect.name_key(schema), self.dialect.name_key(table))
    }

    /// Finds the table a reference points at.
    pub fn resolve(&self, r: &TableRef) -> Option<&Table> {
        self.table(&r.schema, &r.table)
    }

    /// Every table in source order, with its schema.
    pub fn tables(&self) -> impl Iterator<Item = (&DbSchema, &Table)> {
        self.schemas
            .iter()
            .flat_map(|s| s.tables.iter().map(move |t| (s, t)))
    }
}

impl Filter {
    /// Whether `schema.table` passes the include and exclude patterns.
    pub fn admits(&self, schema: &str, table: &str) -> bool {
        let full = format!("{schema}.{table}");
        let included =
            self.include.is_empty() || self.include.iter().any(|p| sql_check::glob_match(p, &full));
        included && !self.exclude.iter().any(|p| sql_check::glob_match(p, &full))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_matches_globs_case_insensitively() {
        let f = Filter {
            include: vec![],
            exclude: vec!["dbo.sysdiagrams".into(), "*.__*".into()],
        };
        assert!(f.admits("dbo", "User"));
        assert!(!f.admits("DBO", "SysDiagrams"));
        assert!(!f.admits("dbo", "__EFMigrationsHistory"));
        let only_ref = Filter {
            include: vec!["ref.*".into()],
            exclude: vec![],
        };
        assert!(only_ref.admits("ref", "Country"));
        assert!(!only_ref.admits("dbo", "User"));
    }
}
