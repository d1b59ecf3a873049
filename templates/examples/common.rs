use gen_runtime::{TableMeta, quote_pg};

/// `"schema"."table"` for PostgreSQL, from a table's generated metadata.
pub fn pg_table(meta: &TableMeta) -> String {
    format!("{}.{}", quote_pg(meta.schema), quote_pg(meta.name))
}
