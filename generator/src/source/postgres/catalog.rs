//! The catalog queries: a fixed number whatever the number of tables (never a query per
//! table), each with an explicit ORDER BY (deterministic within each table), each read into plain typed rows that
//! [`super::build`] turns into the IR without touching the database. Descriptions come from
//! joins on pg_description rather than `col_description()`, which runs a query per row.

use tokio_postgres::Row;

use super::Counted;

/// Hides PostgreSQL's own schemas and objects that belong to extensions; `n` is the namespace
/// of the object, `c` its pg_class row.
const USER_RELATIONS: &str = "n.nspname NOT IN ('pg_catalog', 'information_schema') \
     AND n.nspname NOT LIKE 'pg\\_%' \
     AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_class'::regclass \
                     AND e.objid = c.oid AND e.deptype = 'e')";

const SCHEMAS: &str = "SELECT n.nspname::text, d.description, current_database()::text \
     FROM pg_namespace n \
     LEFT JOIN pg_description d ON d.objoid = n.oid AND d.classoid = 'pg_namespace'::regclass AND d.objsubid = 0 \
     WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%' \
       AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_namespace'::regclass \
                       AND e.objid = n.oid AND e.deptype = 'e') \
     ORDER BY n.nspname";

fn relations_sql() -> String {
    format!(
        "SELECT n.nspname::text, c.relname::text, c.relkind::text, d.description, c.relispartition, \
                CASE WHEN c.relkind = 'v' THEN pg_get_viewdef(c.oid, true) END \
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
         LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0 \
         WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND {USER_RELATIONS} \
         ORDER BY n.nspname, c.relname"
    )
}

/// Ordered by table OID, not name: [`super::build`] groups columns by table name anyway and only
/// needs each table's columns in `attnum` order, and sorting 24,000 rows by name before the
/// functions run cost 150 ms of the 350 ms this statement takes on 2,000 tables.
fn columns_sql() -> String {
    format!(
        "SELECT n.nspname::text, c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod), \
                a.attnotnull, a.attidentity::text, a.attgenerated::text, \
                pg_get_expr(ad.adbin, ad.adrelid), d.description, \
                s.seqstart, s.seqincrement, \
                tn.nspname::text, t.typname::text, t.typtype::text, \
                CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END, \
                CASE WHEN t.typtype = 'e' THEN array(SELECT e.enumlabel::text FROM pg_enum e \
                     WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) END, \
                t.typtype = 'd' AND (t.typnotnull OR t.typdefault IS NOT NULL \
                     OR EXISTS (SELECT 1 FROM pg_constraint tk WHERE tk.contypid = t.oid)) \
         FROM pg_attribute a \
         JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace \
         JOIN pg_type t ON t.oid = a.atttypid JOIN pg_namespace tn ON tn.oid = t.typnamespace \
         LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = a.attnum \
         LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum \
         LEFT JOIN (pg_depend sd JOIN pg_sequence s ON s.seqrelid = sd.objid) \
              ON sd.refclassid = 'pg_class'::regclass AND sd.refobjid = c.oid AND sd.refobjsubid = a.attnum \
              AND sd.classid = 'pg_class'::regclass AND sd.deptype IN ('a', 'i') \
         WHERE c.relkind IN ('r', 'p', 'v') AND NOT c.relispartition AND a.attnum > 0 AND NOT a.attisdropped \
           AND {USER_RELATIONS} \
         ORDER BY a.attrelid, a.attnum"
    )
}

/// Names of the columns a constraint or index lists, in the listed order; an expression key
/// (number 0) has none, so an expression index lists fewer names than keys. One index lookup
/// per listed column: as a join, the planner hashed the table's attributes per constraint.
fn attnames(rel: &str, nums: &str) -> String {
    format!(
        "array(SELECT (SELECT a.attname::text FROM pg_attribute a \
                       WHERE a.attrelid = {rel} AND a.attnum = u.num) \
               FROM unnest({nums}) WITH ORDINALITY u(num, ord) WHERE u.num <> 0 ORDER BY u.ord)"
    )
}

fn constraints_sql() -> String {
    format!(
        "SELECT n.nspname::text, c.relname::text, k.conname::text, k.contype::text, {}, \
                fn.nspname::text, fc.relname::text, {}, k.confdeltype::text, k.confupdtype::text, \
                CASE WHEN k.contype = 'c' THEN pg_get_constraintdef(k.oid) ELSE '' END \
         FROM pg_constraint k \
         JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace \
         LEFT JOIN pg_class fc ON fc.oid = k.confrelid LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace \
         WHERE k.contype IN ('p', 'u', 'f', 'c', 'x') AND {USER_RELATIONS} \
         ORDER BY n.nspname, c.relname, k.contype, k.conname",
        attnames("k.conrelid", "k.conkey"),
        attnames("k.confrelid", "k.confkey")
    )
}

fn indexes_sql() -> String {
    format!(
        "SELECT n.nspname::text, c.relname::text, i.relname::text, x.indisunique, x.indnkeyatts::int4, {}, \
                array(SELECT coalesce((x.indoption[u.ord - 1] & 1) = 1, false) FROM unnest(x.indkey::int2[]) WITH ORDINALITY u(num, ord) ORDER BY u.ord), \
                pg_get_expr(x.indpred, x.indrelid), x.indexprs IS NOT NULL, am.amname::text \
         FROM pg_index x \
         JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid \
         JOIN pg_am am ON am.oid = i.relam \
         JOIN pg_namespace n ON n.oid = c.relnamespace \
         WHERE NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid \
                           AND k.conrelid = x.indrelid AND k.contype IN ('p', 'u', 'x')) \
           AND c.relkind IN ('r', 'p') AND {USER_RELATIONS} \
         ORDER BY n.nspname, c.relname, i.relname",
        attnames("x.indrelid", "x.indkey::int2[]")
    )
}

fn triggers_sql() -> String {
    format!(
        "SELECT n.nspname::text, c.relname::text, t.tgname::text \
         FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace \
         WHERE NOT t.tgisinternal AND {USER_RELATIONS} \
         ORDER BY n.nspname, c.relname, t.tgname"
    )
}

/// A schema (namespace).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SchemaRow {
    /// Name.
    pub name: String,
    /// `COMMENT ON SCHEMA`.
    pub description: Option<String>,
}

/// A table, view or other relation.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RelationRow {
    /// Schema.
    pub schema: String,
    /// Name.
    pub name: String,
    /// `pg_class.relkind`: `r`/`p` tables, `v`/`m` views, `f` foreign tables.
    pub kind: String,
    /// `COMMENT ON TABLE`.
    pub description: Option<String>,
    /// `relispartition`: a partition of a partitioned table.
    pub partition: bool,
    /// A view's query (`pg_get_viewdef(oid, true)`); `None` for other relations.
    pub view_definition: Option<String>,
}

/// A column of a table.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ColumnRow {
    /// Schema.
    pub schema: String,
    /// Table.
    pub table: String,
    /// Column name.
    pub name: String,
    /// `format_type()`, e.g. `character varying(255)`.
    pub type_name: String,
    /// `attnotnull`.
    pub not_null: bool,
    /// `attidentity`: empty, `a` (always) or `d` (by default).
    pub identity: String,
    /// `attgenerated`: empty, or `s` for a stored generated (computed) column.
    pub generated: String,
    /// `pg_get_expr` of the default.
    pub default: Option<String>,
    /// `COMMENT ON COLUMN`.
    pub description: Option<String>,
    /// Start of the owned sequence (identity or serial).
    pub seq_start: Option<i64>,
    /// Increment of the owned sequence.
    pub seq_increment: Option<i64>,
    /// Schema of the column's type.
    pub type_schema: String,
    /// The column's type's own name (`mood`, `email`, `int4`).
    pub type_own_name: String,
    /// `typtype`: `b` base, `d` domain, `e` enum, …
    pub type_kind: String,
    /// A domain's base type, `format_type()` of it.
    pub domain_base: Option<String>,
    /// An enum type's labels in their order.
    pub enum_labels: Option<Vec<String>>,
    /// Whether a domain has a NOT NULL, default or check of its own (not modelled).
    pub domain_constrained: bool,
}

/// A primary key, unique, foreign key or check constraint.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConstraintRow {
    /// Schema.
    pub schema: String,
    /// Table.
    pub table: String,
    /// Constraint name.
    pub name: String,
    /// `p`, `u`, `f`, `c` or `x` (exclusion, reported and not modelled).
    pub kind: String,
    /// Constrained columns in key order.
    pub columns: Vec<String>,
    /// Referenced schema (foreign keys).
    pub ref_schema: Option<String>,
    /// Referenced table (foreign keys).
    pub ref_table: Option<String>,
    /// Referenced columns (foreign keys).
    pub ref_columns: Vec<String>,
    /// `confdeltype`: `a` no action, `r` restrict, `c` cascade, `n` set null, `d` set default.
    pub on_delete: String,
    /// `confupdtype`, same codes.
    pub on_update: String,
    /// `pg_get_constraintdef` of a check, e.g. `CHECK (("SortOrder" >= 0))`; empty for the other
    /// kinds, whose columns say everything (deparsing them cost a third of the statement).
    pub definition: String,
}

/// An index that does not back a constraint.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IndexRow {
    /// Schema.
    pub schema: String,
    /// Table.
    pub table: String,
    /// Index name.
    pub name: String,
    /// `indisunique`.
    pub unique: bool,
    /// How many of `columns` are key columns; the rest are `INCLUDE`d.
    pub key_count: usize,
    /// Key then included columns (expression entries are missing; see `has_expressions`).
    pub columns: Vec<String>,
    /// Per entry of `indkey`, whether it is descending.
    pub descending: Vec<bool>,
    /// `pg_get_expr` of the partial-index predicate.
    pub predicate: Option<String>,
    /// Whether some key is an expression rather than a column.
    pub has_expressions: bool,
    /// The access method (`btree`, `gist`, `gin`, `hash`, `brin`, …).
    pub method: String,
}

/// A user trigger (reported, not modelled).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TriggerRow {
    /// Schema.
    pub schema: String,
    /// Table.
    pub table: String,
    /// Trigger name.
    pub name: String,
}

/// Everything the catalog says, as plain rows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Catalog {
    /// `current_database()`.
    pub database: String,
    /// Schemas by name.
    pub schemas: Vec<SchemaRow>,
    /// Relations by schema and name.
    pub relations: Vec<RelationRow>,
    /// Columns by schema, table and ordinal.
    pub columns: Vec<ColumnRow>,
    /// Constraints by schema, table, kind and name.
    pub constraints: Vec<ConstraintRow>,
    /// Indexes by schema, table and name.
    pub indexes: Vec<IndexRow>,
    /// Triggers by schema, table and name.
    pub triggers: Vec<TriggerRow>,
}

/// Number of statements [`read`] sends, whatever the number of tables.
pub const CATALOG_STATEMENTS: usize = 6;

/// Every catalog statement [`read`] sends, in order, named for messages and benchmarks.
pub fn statements() -> [(&'static str, String); CATALOG_STATEMENTS] {
    [
        ("schemas", SCHEMAS.to_string()),
        ("relations", relations_sql()),
        ("columns", columns_sql()),
        ("constraints", constraints_sql()),
        ("indexes", indexes_sql()),
        ("triggers", triggers_sql()),
    ]
}

/// Reads the whole catalog with [`CATALOG_STATEMENTS`] statements. They are sent together
/// (tokio-postgres pipelines queries polled at once), so the server runs them back to back
/// while earlier answers are decoded here.
pub async fn read(client: &Counted<'_>) -> Result<Catalog, tokio_postgres::Error> {
    let [schemas, relations, columns, constraints, indexes, triggers] =
        statements().map(|(_, sql)| sql);
    let read = |sql: String| async move { client.query(&sql).await };
    let (schema_rows, relations, columns, constraints, indexes, triggers) = tokio::try_join!(
        read(schemas),
        async { decode(&read(relations).await?, relation_row) },
        async { decode(&read(columns).await?, column_row) },
        async { decode(&read(constraints).await?, constraint_row) },
        async { decode(&read(indexes).await?, index_row) },
        async { decode(&read(triggers).await?, trigger_row) },
    )?;
    let database = schema_rows
        .first()
        .map(|r| r.try_get(2))
        .transpose()?
        .unwrap_or_default();
    Ok(Catalog {
        database,
        schemas: decode(&schema_rows, |r| {
            Ok(SchemaRow {
                name: r.try_get(0)?,
                description: r.try_get(1)?,
            })
        })?,
        relations,
        columns,
        constraints,
        indexes,
        triggers,
    })
}

fn relation_row(r: &Row) -> Result<RelationRow, tokio_postgres::Error> {
    Ok(RelationRow {
        schema: r.try_get(0)?,
        name: r.try_get(1)?,
        kind: r.try_get(2)?,
        description: r.try_get(3)?,
        partition: r.try_get(4)?,
        view_definition: r.try_get(5)?,
    })
}

fn trigger_row(r: &Row) -> Result<TriggerRow, tokio_postgres::Error> {
    Ok(TriggerRow {
        schema: r.try_get(0)?,
        table: r.try_get(1)?,
        name: r.try_get(2)?,
    })
}

fn decode<T>(
    rows: &[Row],
    f: impl Fn(&Row) -> Result<T, tokio_postgres::Error>,
) -> Result<Vec<T>, tokio_postgres::Error> {
    rows.iter().map(f).collect()
}

fn column_row(r: &Row) -> Result<ColumnRow, tokio_postgres::Error> {
    Ok(ColumnRow {
        schema: r.try_get(0)?,
        table: r.try_get(1)?,
        name: r.try_get(2)?,
        type_name: r.try_get(3)?,
        not_null: r.try_get(4)?,
        identity: r.try_get(5)?,
        generated: r.try_get(6)?,
        default: r.try_get(7)?,
        description: r.try_get(8)?,
        seq_start: r.try_get(9)?,
        seq_increment: r.try_get(10)?,
        type_schema: r.try_get(11)?,
        type_own_name: r.try_get(12)?,
        type_kind: r.try_get(13)?,
        domain_base: r.try_get(14)?,
        enum_labels: r.try_get(15)?,
        domain_constrained: r.try_get(16)?,
    })
}

fn constraint_row(r: &Row) -> Result<ConstraintRow, tokio_postgres::Error> {
    Ok(ConstraintRow {
        schema: r.try_get(0)?,
        table: r.try_get(1)?,
        name: r.try_get(2)?,
        kind: r.try_get(3)?,
        columns: r.try_get(4)?,
        ref_schema: r.try_get(5)?,
        ref_table: r.try_get(6)?,
        ref_columns: r.try_get(7)?,
        on_delete: r.try_get(8)?,
        on_update: r.try_get(9)?,
        definition: r.try_get(10)?,
    })
}

fn index_row(r: &Row) -> Result<IndexRow, tokio_postgres::Error> {
    let key_count: i32 = r.try_get(4)?;
    Ok(IndexRow {
        schema: r.try_get(0)?,
        table: r.try_get(1)?,
        name: r.try_get(2)?,
        unique: r.try_get(3)?,
        key_count: usize::try_from(key_count).unwrap_or(0),
        columns: r.try_get(5)?,
        descending: r.try_get(6)?,
        predicate: r.try_get(7)?,
        has_expressions: r.try_get(8)?,
        method: r.try_get(9)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_statement_orders_its_rows() {
        for (name, sql) in statements() {
            assert!(sql.contains("ORDER BY"), "{name} has no ORDER BY");
            if std::env::var_os("GEN_PRINT_CATALOG_SQL").is_some() {
                println!("-- {name}\n{sql};");
            }
        }
    }
}
