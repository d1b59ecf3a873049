//! The SQL Server catalog: a fixed set of set-based queries (never one per table), each with
//! an explicit ORDER BY and every column cast to `bigint`, `bit` or `nvarchar` (never
//! `sql_variant`, on which tiberius panics), read into plain typed rows.
//!
//! Column lists follow learn.microsoft.com's pages for each view: sys.tables, sys.columns,
//! sys.types, sys.identity_columns (read through IDENT_SEED / IDENT_INCR),
//! sys.default_constraints, sys.computed_columns, sys.indexes (keys too),
//! sys.index_columns, sys.foreign_keys, sys.foreign_key_columns, sys.check_constraints,
//! sys.extended_properties and sys.objects (views and triggers).

use super::decode::{CatalogRow, Cells, DecodeError};

/// One catalog query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Query {
    /// The database's name.
    Database,
    /// User tables.
    Tables,
    /// Columns with type, identity, default and computed definition.
    Columns,
    /// Primary key and unique constraint columns.
    Keys,
    /// Secondary indexes and their columns.
    Indexes,
    /// Foreign keys and their column pairs.
    ForeignKeys,
    /// Check constraints.
    Checks,
    /// `MS_Description` extended properties of schemas, tables and columns.
    Descriptions,
    /// Views (modelled, read-only, with their definition) and triggers (reported as not
    /// modelled).
    Objects,
    /// Babelfish only: the names tables and columns were created with (its `sys.tables` and
    /// `sys.columns` report them in lower case; the original is a PostgreSQL reloption or
    /// attoption).
    BabelfishNames,
    /// Babelfish only: the predicates of filtered indexes (its `sys.indexes` reports none).
    BabelfishFilters,
}

const TABLE_JOIN: &str = "JOIN sys.tables t ON t.object_id = x.parent_object_id JOIN sys.schemas s ON s.schema_id = t.schema_id";

impl Query {
    /// Every query, in the order they are run.
    pub const ALL: [Query; 9] = [
        Query::Database,
        Query::Tables,
        Query::Columns,
        Query::Keys,
        Query::Indexes,
        Query::ForeignKeys,
        Query::Checks,
        Query::Descriptions,
        Query::Objects,
    ];

    /// The extra queries for Babelfish ([`Query::BabelfishNames`], [`Query::BabelfishFilters`]),
    /// run after [`Query::ALL`].
    pub const BABELFISH: [Query; 2] = [Query::BabelfishNames, Query::BabelfishFilters];

    /// A short name for messages and fixture files.
    pub fn name(self) -> &'static str {
        match self {
            Query::Database => "database",
            Query::Tables => "tables",
            Query::Columns => "columns",
            Query::Keys => "keys",
            Query::Indexes => "indexes",
            Query::ForeignKeys => "foreign_keys",
            Query::Checks => "checks",
            Query::Descriptions => "descriptions",
            Query::Objects => "objects",
            Query::BabelfishNames => "babelfish_names",
            Query::BabelfishFilters => "babelfish_filters",
        }
    }

    /// The statement.
    pub fn sql(self) -> String {
        match self {
            Query::Database => "SELECT CAST(DB_NAME() AS nvarchar(128))".into(),
            Query::Tables => "SELECT s.name, t.name FROM sys.tables t JOIN sys.schemas s ON s.schema_id = t.schema_id \
                 WHERE t.is_ms_shipped = 0 ORDER BY s.name, t.name"
                .into(),
            Query::Columns => COLUMNS.into(),
            Query::Keys => KEYS.into(),
            Query::Indexes => INDEXES.into(),
            Query::ForeignKeys => FOREIGN_KEYS.into(),
            Query::Checks => format!(
                "SELECT s.name, t.name, x.name, CAST(x.definition AS nvarchar(4000)) FROM sys.check_constraints x {TABLE_JOIN} \
                 ORDER BY s.name, t.name, x.name"
            ),
            Query::Descriptions => DESCRIPTIONS.into(),
            Query::Objects => "SELECT s.name, o.name, CAST(o.type AS nvarchar(2)), p.name, \
                 CASE WHEN o.type = 'V' THEN CAST(OBJECT_DEFINITION(o.object_id) AS nvarchar(max)) END FROM sys.objects o \
                 JOIN sys.schemas s ON s.schema_id = o.schema_id LEFT JOIN sys.objects p ON p.object_id = o.parent_object_id \
                 WHERE o.type IN ('V', 'TR') AND o.is_ms_shipped = 0 ORDER BY s.name, o.name"
                .into(),
            Query::BabelfishNames => BABELFISH_NAMES.into(),
            Query::BabelfishFilters => BABELFISH_FILTERS.into(),
        }
    }
}

const COLUMNS: &str = "SELECT s.name, t.name, c.name, ty.name, CAST(ty.is_user_defined AS bit), \
       CAST(c.max_length AS bigint), CAST(c.precision AS bigint), CAST(c.scale AS bigint), \
       CAST(c.is_nullable AS bit), CAST(c.is_identity AS bit), \
       CAST(IDENT_SEED(QUOTENAME(s.name) + '.' + QUOTENAME(t.name)) AS bigint), \
       CAST(IDENT_INCR(QUOTENAME(s.name) + '.' + QUOTENAME(t.name)) AS bigint), \
       dc.name, CAST(dc.definition AS nvarchar(4000)), CAST(cc.definition AS nvarchar(4000)), \
       SCHEMA_NAME(ty.schema_id), TYPE_NAME(ty.system_type_id) \
     FROM sys.columns c JOIN sys.objects t ON t.object_id = c.object_id AND t.type IN ('U', 'V') \
     JOIN sys.schemas s ON s.schema_id = t.schema_id \
     JOIN sys.types ty ON ty.user_type_id = c.user_type_id \
     LEFT JOIN sys.default_constraints dc ON dc.object_id = c.default_object_id \
     LEFT JOIN sys.computed_columns cc ON cc.object_id = c.object_id AND cc.column_id = c.column_id \
     WHERE t.is_ms_shipped = 0 ORDER BY s.name, t.name, c.column_id";

/// Key constraints through the index that enforces each (`is_primary_key`,
/// `is_unique_constraint`), whose name is the constraint's. Not through
/// `sys.key_constraints.unique_index_id`: Babelfish fills it with the PostgreSQL index oid,
/// which matches no `sys.index_columns.index_id`, so that join returns no rows there.
const KEYS: &str = "SELECT s.name, t.name, i.name, \
       CAST(CASE WHEN i.is_primary_key = 1 THEN 'PK' ELSE 'UQ' END AS nvarchar(2)), c.name, CAST(ic.is_descending_key AS bit) \
     FROM sys.indexes i JOIN sys.tables t ON t.object_id = i.object_id JOIN sys.schemas s ON s.schema_id = t.schema_id \
     JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id \
     JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id \
     WHERE t.is_ms_shipped = 0 AND (i.is_primary_key = 1 OR i.is_unique_constraint = 1) AND ic.key_ordinal > 0 \
     ORDER BY s.name, t.name, 4, i.name, ic.key_ordinal";

const INDEXES: &str = "SELECT s.name, t.name, i.name, CAST(i.type_desc AS nvarchar(60)), CAST(i.is_unique AS bit), \
       CAST(i.filter_definition AS nvarchar(4000)), c.name, CAST(ic.is_included_column AS bit), CAST(ic.is_descending_key AS bit) \
     FROM sys.indexes i JOIN sys.tables t ON t.object_id = i.object_id JOIN sys.schemas s ON s.schema_id = t.schema_id \
     JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id \
     JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id \
     WHERE t.is_ms_shipped = 0 AND i.is_primary_key = 0 AND i.is_unique_constraint = 0 AND i.type > 0 AND i.is_hypothetical = 0 \
     ORDER BY s.name, t.name, i.name, ic.is_included_column, ic.key_ordinal, ic.index_column_id";

const FOREIGN_KEYS: &str = "SELECT s.name, t.name, x.name, rs.name, rt.name, \
       CAST(x.delete_referential_action AS bigint), CAST(x.update_referential_action AS bigint), pc.name, rc.name \
     FROM sys.foreign_keys x JOIN sys.tables t ON t.object_id = x.parent_object_id JOIN sys.schemas s ON s.schema_id = t.schema_id \
     JOIN sys.tables rt ON rt.object_id = x.referenced_object_id JOIN sys.schemas rs ON rs.schema_id = rt.schema_id \
     JOIN sys.foreign_key_columns fkc ON fkc.constraint_object_id = x.object_id \
     JOIN sys.columns pc ON pc.object_id = fkc.parent_object_id AND pc.column_id = fkc.parent_column_id \
     JOIN sys.columns rc ON rc.object_id = fkc.referenced_object_id AND rc.column_id = fkc.referenced_column_id \
     ORDER BY s.name, t.name, x.name, fkc.constraint_column_id";

const DESCRIPTIONS: &str = "SELECT CAST(ep.class AS bigint), COALESCE(sch.name, os.name), o.name, c.name, \
       CAST(ep.value AS nvarchar(4000)) \
     FROM sys.extended_properties ep \
     LEFT JOIN sys.schemas sch ON ep.class = 3 AND sch.schema_id = ep.major_id \
     LEFT JOIN sys.objects o ON ep.class = 1 AND o.object_id = ep.major_id \
     LEFT JOIN sys.schemas os ON os.schema_id = o.schema_id \
     LEFT JOIN sys.columns c ON ep.class = 1 AND ep.minor_id > 0 AND c.object_id = ep.major_id AND c.column_id = ep.minor_id \
     WHERE ep.name = N'MS_Description' AND ep.class IN (1, 3) \
     ORDER BY 1, 2, 3, 4";

/// Babelfish: `sys.tables.object_id` is the PostgreSQL oid of the table, so its
/// `pg_class.reloptions` (`bbf_original_rel_name`) and `pg_attribute.attoptions`
/// (`bbf_original_name`) give the names as created (and as renamed by `sp_rename`).
const BABELFISH_NAMES: &str = "SELECT s.name, t.name, CAST(NULL AS nvarchar(128)), CAST(o.option_value AS nvarchar(128)) \
     FROM sys.tables t JOIN sys.schemas s ON s.schema_id = t.schema_id \
     JOIN pg_catalog.pg_class pc ON pc.oid = t.object_id \
     CROSS APPLY pg_catalog.pg_options_to_table(pc.reloptions) o \
     WHERE t.is_ms_shipped = 0 AND o.option_name = 'bbf_original_rel_name' \
     UNION ALL \
     SELECT s.name, t.name, c.name, CAST(o.option_value AS nvarchar(128)) \
     FROM sys.columns c JOIN sys.tables t ON t.object_id = c.object_id JOIN sys.schemas s ON s.schema_id = t.schema_id \
     JOIN pg_catalog.pg_attribute a ON a.attrelid = c.object_id AND a.attnum = c.column_id \
     CROSS APPLY pg_catalog.pg_options_to_table(a.attoptions) o \
     WHERE t.is_ms_shipped = 0 AND o.option_name = 'bbf_original_name' \
     ORDER BY 1, 2, 3";

/// Babelfish: the filter of each filtered index, deparsed by PostgreSQL.
const BABELFISH_FILTERS: &str = "SELECT s.name, t.name, i.name, CAST(pg_catalog.pg_get_expr(x.indpred, x.indrelid) AS nvarchar(4000)) \
     FROM sys.indexes i JOIN sys.tables t ON t.object_id = i.object_id JOIN sys.schemas s ON s.schema_id = t.schema_id \
     JOIN pg_catalog.pg_class pc ON pc.relname = i.name AND pc.relkind = 'i' \
     JOIN pg_catalog.pg_index x ON x.indexrelid = pc.oid AND x.indrelid = t.object_id \
     WHERE t.is_ms_shipped = 0 AND x.indpred IS NOT NULL \
     ORDER BY 1, 2, 3";

/// Babelfish: the name a table (`column` NULL) or column was created with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameRow {
    /// Schema.
    pub schema: String,
    /// Table, as `sys.tables` says (lower case).
    pub table: String,
    /// Column, as `sys.columns` says; `None` for the table's own row.
    pub column: Option<String>,
    /// The original name.
    pub original: String,
}

/// Babelfish: a filtered index's predicate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterRow {
    /// Schema.
    pub schema: String,
    /// Table, as `sys.tables` says.
    pub table: String,
    /// Index, as `sys.indexes` says (the stored PostgreSQL name).
    pub index: String,
    /// The predicate as PostgreSQL deparses it (`(sku IS NOT NULL)`).
    pub predicate: String,
}

/// A user table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow {
    /// Schema.
    pub schema: String,
    /// Table.
    pub table: String,
}

/// A column (sys.columns joined with sys.types, the identity functions, sys.default_constraints
/// and sys.computed_columns).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnRow {
    /// Schema.
    pub schema: String,
    /// Table.
    pub table: String,
    /// Column.
    pub name: String,
    /// sys.types name (the alias name for a user-defined type).
    pub type_name: String,
    /// Whether the type is user-defined (an alias or CLR type).
    pub user_defined: bool,
    /// Length in BYTES; -1 for `max`.
    pub max_length: i32,
    /// Numeric precision.
    pub precision: u8,
    /// Numeric scale, or fractional-second precision.
    pub scale: u8,
    /// Whether NULL is allowed.
    pub nullable: bool,
    /// Whether this is the identity column.
    pub identity: bool,
    /// IDENT_SEED of the table.
    pub seed: Option<i64>,
    /// IDENT_INCR of the table.
    pub increment: Option<i64>,
    /// Default constraint name.
    pub default_name: Option<String>,
    /// Default definition as stored (`((0))`).
    pub default_definition: Option<String>,
    /// Computed column definition, for computed columns.
    pub computed: Option<String>,
    /// Schema of the column's type (an alias type's own schema). Absent from rows captured
    /// before it was read, which then read as `None`.
    pub type_schema: Option<String>,
    /// The system type under the column's type (an alias type's base type).
    pub base_type: Option<String>,
}

/// One column of a primary key or unique constraint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyRow {
    /// Schema.
    pub schema: String,
    /// Table.
    pub table: String,
    /// Constraint name.
    pub name: String,
    /// `PK` or `UQ`.
    pub kind: String,
    /// Column.
    pub column: String,
    /// Descending key column.
    pub descending: bool,
}

/// One column of a secondary index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexRow {
    /// Schema.
    pub schema: String,
    /// Table.
    pub table: String,
    /// Index name.
    pub name: String,
    /// `CLUSTERED`, `NONCLUSTERED`, `XML`, `SPATIAL`, `CLUSTERED COLUMNSTORE`, …
    pub type_desc: String,
    /// Unique index.
    pub unique: bool,
    /// Filter predicate as stored (`([IsDeleted]=(0))`).
    pub filter: Option<String>,
    /// Column.
    pub column: String,
    /// Included (non-key) column.
    pub included: bool,
    /// Descending key column.
    pub descending: bool,
}

/// One column pair of a foreign key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForeignKeyRow {
    /// Schema.
    pub schema: String,
    /// Table.
    pub table: String,
    /// Constraint name.
    pub name: String,
    /// Referenced schema.
    pub ref_schema: String,
    /// Referenced table.
    pub ref_table: String,
    /// 0 no action, 1 cascade, 2 set null, 3 set default.
    pub on_delete: i64,
    /// As `on_delete`.
    pub on_update: i64,
    /// Referencing column.
    pub column: String,
    /// Referenced column.
    pub ref_column: String,
}

/// A check constraint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckRow {
    /// Schema.
    pub schema: String,
    /// Table.
    pub table: String,
    /// Constraint name.
    pub name: String,
    /// Definition as stored (`([Amount]>=(0))`).
    pub definition: String,
}

/// An `MS_Description`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DescriptionRow {
    /// 3 for a schema, 1 for a table or column.
    pub class: i64,
    /// Schema.
    pub schema: Option<String>,
    /// Table (class 1).
    pub table: Option<String>,
    /// Column (class 1, minor_id > 0).
    pub column: Option<String>,
    /// The text.
    pub text: Option<String>,
}

/// A view or trigger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectRow {
    /// Schema.
    pub schema: String,
    /// Name.
    pub name: String,
    /// `V` or `TR`.
    pub kind: String,
    /// The table a trigger belongs to.
    pub parent: Option<String>,
    /// A view's `CREATE VIEW` statement as written (`OBJECT_DEFINITION`); `None` for a
    /// trigger, and for a view whose text the server does not give (`WITH ENCRYPTION`).
    /// Fixtures captured before the column existed have none.
    pub definition: Option<String>,
}

/// Everything the catalog queries return.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Catalog {
    /// DB_NAME().
    pub database: String,
    /// User tables.
    pub tables: Vec<TableRow>,
    /// Their columns.
    pub columns: Vec<ColumnRow>,
    /// Key constraint columns.
    pub keys: Vec<KeyRow>,
    /// Index columns.
    pub indexes: Vec<IndexRow>,
    /// Foreign key column pairs.
    pub foreign_keys: Vec<ForeignKeyRow>,
    /// Check constraints.
    pub checks: Vec<CheckRow>,
    /// Descriptions.
    pub descriptions: Vec<DescriptionRow>,
    /// Views and triggers.
    pub objects: Vec<ObjectRow>,
    /// Babelfish: original table and column names.
    pub names: Vec<NameRow>,
    /// Babelfish: filtered index predicates.
    pub filters: Vec<FilterRow>,
}

impl Catalog {
    /// Decodes the rows `query` returned into this catalog.
    pub fn add<R: CatalogRow>(&mut self, query: Query, rows: &[R]) -> Result<(), DecodeError> {
        for (i, row) in rows.iter().enumerate() {
            let mut c = Cells::new(row, query.name(), i);
            self.add_one(query, &mut c)?;
        }
        Ok(())
    }

    fn add_one(&mut self, query: Query, c: &mut Cells<'_>) -> Result<(), DecodeError> {
        match query {
            Query::Database => self.database = c.text()?,
            Query::Tables => self.tables.push(TableRow {
                schema: c.text()?,
                table: c.text()?,
            }),
            Query::Columns => self.columns.push(column_row(c)?),
            Query::Keys => self.keys.push(KeyRow {
                schema: c.text()?,
                table: c.text()?,
                name: c.text()?,
                kind: c.text()?.trim().to_owned(),
                column: c.text()?,
                descending: c.flag()?,
            }),
            Query::Indexes => self.indexes.push(IndexRow {
                schema: c.text()?,
                table: c.text()?,
                name: c.text()?,
                type_desc: c.text()?,
                unique: c.flag()?,
                filter: c.opt_text()?,
                column: c.text()?,
                included: c.flag()?,
                descending: c.flag()?,
            }),
            Query::ForeignKeys => self.foreign_keys.push(ForeignKeyRow {
                schema: c.text()?,
                table: c.text()?,
                name: c.text()?,
                ref_schema: c.text()?,
                ref_table: c.text()?,
                on_delete: c.int()?,
                on_update: c.int()?,
                column: c.text()?,
                ref_column: c.text()?,
            }),
            Query::Checks => self.checks.push(CheckRow {
                schema: c.text()?,
                table: c.text()?,
                name: c.text()?,
                definition: c.text()?,
            }),
            Query::Descriptions => self.descriptions.push(DescriptionRow {
                class: c.int()?,
                schema: c.opt_text()?,
                table: c.opt_text()?,
                column: c.opt_text()?,
                text: c.opt_text()?,
            }),
            Query::Objects => self.objects.push(ObjectRow {
                schema: c.text()?,
                name: c.text()?,
                kind: c.text()?.trim().to_owned(),
                parent: c.opt_text()?,
                definition: c.opt_text()?,
            }),
            Query::BabelfishNames => self.names.push(NameRow {
                schema: c.text()?,
                table: c.text()?,
                column: c.opt_text()?,
                original: c.text()?,
            }),
            Query::BabelfishFilters => self.filters.push(FilterRow {
                schema: c.text()?,
                table: c.text()?,
                index: c.text()?,
                predicate: c.text()?,
            }),
        }
        Ok(())
    }
}

fn column_row(c: &mut Cells<'_>) -> Result<ColumnRow, DecodeError> {
    Ok(ColumnRow {
        schema: c.text()?,
        table: c.text()?,
        name: c.text()?,
        type_name: c.text()?,
        user_defined: c.flag()?,
        max_length: c.small()?,
        precision: c.small()?,
        scale: c.small()?,
        nullable: c.flag()?,
        identity: c.flag()?,
        seed: c.opt_int()?,
        increment: c.opt_int()?,
        default_name: c.opt_text()?,
        default_definition: c.opt_text()?,
        computed: c.opt_text()?,
        type_schema: c.opt_text()?,
        base_type: c.opt_text()?,
    })
}
