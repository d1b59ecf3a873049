//! Tables, columns, keys, indexes, constraints and reference rows.

use super::{DefaultExpr, Loc, SqlType, Value};

/// A table.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    /// SQL name, verbatim.
    pub name: String,
    /// The schema the table lives in (SQL name).
    pub schema: String,
    /// Rust struct name (filled by the naming pass).
    pub rust_name: String,
    /// Rust module / file stem for the table (snake case, filled by the naming pass).
    pub rust_module: String,
    /// Rust name of the insert struct (`NewUser`), filled by the naming pass.
    pub rust_new_name: String,
    /// One-line purpose of the table.
    pub description: Option<String>,
    /// Columns in ordinal order.
    pub columns: Vec<Column>,
    /// The primary key. Required by validation; optional here so loaders can report its absence.
    pub primary_key: Option<PrimaryKey>,
    /// Foreign keys in source order.
    pub foreign_keys: Vec<ForeignKey>,
    /// Unique constraints in source order.
    pub uniques: Vec<UniqueConstraint>,
    /// Secondary indexes in source order (not the ones backing PK / UQ constraints).
    pub indexes: Vec<Index>,
    /// Check constraints in source order.
    pub checks: Vec<CheckConstraint>,
    /// Set when the table is a reference table that becomes a Rust enum.
    pub enum_spec: Option<EnumSpec>,
    /// Reference rows (seed data), in source order.
    pub rows: Vec<Row>,
    /// Naming-standard rules this table is excused from, with reasons.
    pub lint_exceptions: Vec<LintException>,
    /// Set when this is a view (schema.yaml `views:`): read-only, no keys, its definition
    /// kept for `gen ddl` in the dialect it was written in.
    pub view: Option<ViewDef>,
    /// Where the table was declared.
    pub loc: Option<Loc>,
}

/// What makes a view: its query, in the SQL of one dialect.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ViewDef {
    /// The dialect `definition` is written in (the database the view was introspected from).
    pub dialect: gen_runtime::Dialect,
    /// The view's query: the text after `CREATE VIEW … AS`.
    pub definition: String,
    /// Where the view was declared.
    pub loc: Option<Loc>,
}

/// A column.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Column {
    /// SQL name, verbatim.
    pub name: String,
    /// Rust field name (filled by the naming pass).
    pub rust_field: String,
    /// Name of the column-name constant (filled by the naming pass).
    pub rust_const: String,
    /// Canonical type.
    pub sql_type: SqlType,
    /// Explicit Rust type for types outside the supported table (`rust_type:`).
    pub rust_type_override: Option<String>,
    /// The named type the column is declared with (a PostgreSQL domain or enum type, a SQL
    /// Server alias type): `sql_type` is then its base type (text for an enum).
    pub user_type: Option<TypeRef>,
    /// `enum:` on the column: its values are the labels of its value-list check, generated as
    /// a Rust enum.
    pub value_enum: Option<ColumnEnum>,
    /// The path of the column's value enum (`crate::log::EmailDeliveryStatus`), from `enum:`
    /// or an enum type; empty otherwise (filled by the naming pass).
    pub rust_enum: String,
    /// Whether NULL is allowed.
    pub nullable: bool,
    /// Identity (auto-increment) settings.
    pub identity: Option<Identity>,
    /// Default expression and its constraint name (`DF_Table_Column`).
    pub default: Option<DefaultExpr>,
    /// Name of the default constraint, when the schema names it.
    pub default_name: Option<String>,
    /// One-line description.
    pub description: Option<String>,
    /// Naming-standard rules this column is excused from, with reasons.
    pub lint_exceptions: Vec<LintException>,
    /// Where the column was declared.
    pub loc: Option<Loc>,
}

/// A reference to a named type by schema and name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct TypeRef {
    /// Schema (SQL name).
    pub schema: String,
    /// Type (SQL name).
    pub name: String,
}

impl TypeRef {
    /// `schema.name`, as schema.yaml writes it in a column's `type:`.
    pub fn qualified(&self) -> String {
        format!("{}.{}", self.schema, self.name)
    }
}

/// `enum:` on a column with a value-list check (`CHECK (Status IN ('A', 'B'))`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ColumnEnum {
    /// The Rust name schema.yaml gives (`enum: AuditUserChangeType`); `None` for `enum: true`,
    /// which names it `{Table}{Column}`.
    pub name: Option<String>,
    /// Rust enum name (filled by the naming pass).
    pub rust_name: String,
    /// `(label, Rust variant)` in the check's order (filled by the naming pass).
    pub variants: Vec<(String, String)>,
    /// Where the setting was declared.
    pub loc: Option<Loc>,
}

/// A named type of a schema: a PostgreSQL domain or SQL Server alias type over a canonical
/// base type, or a PostgreSQL enum type.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserType {
    /// SQL name, verbatim.
    pub name: String,
    /// The schema it lives in (SQL name).
    pub schema: String,
    /// The base type of a domain or alias type; `None` for an enum type.
    pub base: Option<SqlType>,
    /// The labels of an enum type, in their order.
    pub labels: Vec<String>,
    /// Rust enum name of an enum type (filled by the naming pass).
    pub rust_name: String,
    /// Rust variant names, pairwise with `labels` (filled by the naming pass).
    pub rust_variants: Vec<String>,
    /// One-line description.
    pub description: Option<String>,
    /// Where it was declared.
    pub loc: Option<Loc>,
}

impl UserType {
    /// Whether this is an enum type.
    pub fn is_enum(&self) -> bool {
        self.base.is_none()
    }

    /// The type's reference.
    pub fn reference(&self) -> TypeRef {
        TypeRef {
            schema: self.schema.clone(),
            name: self.name.clone(),
        }
    }
}

/// `IDENTITY(seed, increment)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Identity {
    /// First value.
    pub seed: i64,
    /// Step.
    pub increment: i64,
}

impl Default for Identity {
    fn default() -> Self {
        Identity {
            seed: 1,
            increment: 1,
        }
    }
}

/// A primary key constraint.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PrimaryKey {
    /// Constraint name (`PK_User`).
    pub name: String,
    /// Key columns in order.
    pub columns: Vec<String>,
    /// Where it was declared.
    pub loc: Option<Loc>,
}

/// A reference to a table by schema and name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct TableRef {
    /// Schema (SQL name).
    pub schema: String,
    /// Table (SQL name).
    pub table: String,
}

/// What a foreign key does when the referenced row changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReferentialAction {
    /// `NO ACTION` (the default).
    #[default]
    NoAction,
    /// `CASCADE`.
    Cascade,
    /// `SET NULL`.
    SetNull,
    /// `SET DEFAULT`.
    SetDefault,
    /// `RESTRICT` (PostgreSQL only: checked at once, not at the end of the statement; SQL
    /// Server has no such action, and `gen ddl --dialect mssql` refuses it).
    Restrict,
}

/// A foreign key constraint.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ForeignKey {
    /// Constraint name (`FK_User_UserStatus`).
    pub name: String,
    /// Referencing columns of the owning table.
    pub columns: Vec<String>,
    /// Referenced table.
    pub references: TableRef,
    /// Referenced columns, pairwise with `columns`.
    pub ref_columns: Vec<String>,
    /// `ON DELETE`.
    pub on_delete: ReferentialAction,
    /// `ON UPDATE`.
    pub on_update: ReferentialAction,
    /// Rust name of the navigation from the owning row to the referenced row (`user`,
    /// `invited_by_user`), filled by the naming pass.
    pub rust_forward: String,
    /// Rust name of the navigation from the referenced row back to the owning rows
    /// (`user_companies`, `user_companies_by_invited_by`), filled by the naming pass.
    pub rust_reverse: String,
    /// The forward navigation's SQL twin (`user_sql`), filled by the naming pass.
    pub rust_forward_sql: String,
    /// The reverse navigation's SQL twin (`user_companies_sql`), filled by the naming pass.
    pub rust_reverse_sql: String,
    /// Rust name of the finder of owning rows by this key's values (`for_company`), filled
    /// by the naming pass.
    pub rust_finder: String,
    /// Naming-standard rules this key is excused from, with reasons.
    pub lint_exceptions: Vec<LintException>,
    /// Where it was declared.
    pub loc: Option<Loc>,
}

/// A unique constraint.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UniqueConstraint {
    /// Constraint name (`UQ_User_Email`).
    pub name: String,
    /// Columns in order.
    pub columns: Vec<String>,
    /// Rust name of the finder by these columns (`by_email`), filled by the naming pass.
    pub rust_finder: String,
    /// Where it was declared.
    pub loc: Option<Loc>,
}

/// One key column of an index.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IndexColumn {
    /// Column name.
    pub name: String,
    /// Descending order.
    pub descending: bool,
}

/// A secondary index.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Index {
    /// Index name (`IX_User_Email`).
    pub name: String,
    /// Key columns.
    pub columns: Vec<IndexColumn>,
    /// Whether the index is unique.
    pub unique: bool,
    /// Rust name of the finder by a unique index's columns (`by_abn`), filled by the naming
    /// pass; empty for non-unique indexes.
    pub rust_finder: String,
    /// Included (non-key) columns.
    pub include: Vec<String>,
    /// Filter predicate (SQL Server syntax), for filtered indexes.
    pub filter: Option<String>,
    /// Where it was declared.
    pub loc: Option<Loc>,
}

/// A check constraint.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CheckConstraint {
    /// Constraint name (`CK_User_Email`).
    pub name: String,
    /// The predicate, in SQL Server syntax with bracket-free identifiers where possible.
    pub expression: String,
    /// Where it was declared.
    pub loc: Option<Loc>,
}

/// How a reference table becomes a Rust enum.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnumSpec {
    /// Column whose values name the variants (`Code`).
    pub variant_column: String,
    /// Rust enum name (filled by the naming pass; usually the table's struct name).
    pub rust_name: String,
    /// Rows removed from the table on purpose but kept as `#[deprecated]` variants with their
    /// pinned ID, so services get a warning rather than a broken build while they migrate.
    pub deprecated: Vec<DeprecatedVariant>,
    /// Where the setting was declared.
    pub loc: Option<Loc>,
}

/// A variant kept after its row was removed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeprecatedVariant {
    /// The row's ID, pinned.
    pub id: i64,
    /// The row's code.
    pub code: String,
    /// Rust variant name (filled by the naming pass).
    pub rust_variant: String,
    /// Why it was removed and what to use instead.
    pub note: String,
    /// Where it was declared.
    pub loc: Option<Loc>,
}

/// One reference row: values by column, in the table's column order (missing columns absent).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Row {
    /// `(column SQL name, value)` pairs.
    pub values: Vec<(String, Value)>,
    /// Rust variant name when the table is an enum (filled by the naming pass).
    pub rust_variant: String,
    /// Where the row was declared.
    pub loc: Option<Loc>,
}

/// A declared exception to a naming rule, next to what it excuses.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LintException {
    /// Rule ID (`SOL003`).
    pub rule: String,
    /// Why the exception is justified.
    pub reason: String,
}

impl Table {
    /// Finds a column by name: the exact name first (PostgreSQL may hold `Name` and `name`),
    /// else case-insensitively as SQL Server compares.
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name).or_else(|| {
            self.columns
                .iter()
                .find(|c| c.name.eq_ignore_ascii_case(name))
        })
    }

    /// `schema.table`, for messages.
    pub fn qualified(&self) -> String {
        format!("{}.{}", self.schema, self.name)
    }

    /// Whether this is a view.
    pub fn is_view(&self) -> bool {
        self.view.is_some()
    }

    /// `table` or `view`, for messages.
    pub fn kind_word(&self) -> &'static str {
        if self.is_view() { "view" } else { "table" }
    }

    /// The value of `column` in `row`, if present.
    pub fn row_value<'a>(&self, row: &'a Row, column: &str) -> Option<&'a Value> {
        row.values
            .iter()
            .find(|(c, _)| c == column)
            .or_else(|| {
                row.values
                    .iter()
                    .find(|(c, _)| c.eq_ignore_ascii_case(column))
            })
            .map(|(_, v)| v)
    }

    /// The single-column integer primary key, if the table has one (reference enums need it).
    pub fn id_column(&self) -> Option<&Column> {
        match self.primary_key.as_ref()?.columns.as_slice() {
            [only] => self.column(only).filter(|c| c.sql_type.is_integer()),
            _ => None,
        }
    }
}

impl Column {
    /// The Rust type of a non-null value of this column, honouring `rust_type:`.
    pub fn rust_type(&self) -> Option<super::RustType> {
        match &self.rust_type_override {
            Some(p) => Some(super::RustType::Custom(p.clone())),
            None => self.sql_type.rust_type(),
        }
    }
}
