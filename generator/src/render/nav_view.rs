//! Relationship navigation: for every foreign key, a forward method on the owning struct and
//! a reverse method on the referenced one, both emitted in the owner's file (inherent impls
//! may live anywhere in the crate), so no table needs to know who references it.

use std::collections::HashMap;

use serde::Serialize;

use super::lit::string;
use crate::ir::{Database, ForeignKey, Table};
use crate::naming::ident::unraw;

/// One foreign key's navigation, both ways.
#[derive(Debug, Serialize)]
pub struct NavView {
    /// Index of the key in the owner's `META.foreign_keys`.
    pub index: usize,
    /// Forward method name (`user`, `invited_by_user`).
    pub forward: String,
    /// Reverse method name (`user_companies`, `user_companies_by_invited_by`).
    pub reverse: String,
    /// The forward method's SQL twin (`user_sql`).
    pub forward_sql: String,
    /// The reverse method's SQL twin (`user_companies_sql`).
    pub reverse_sql: String,
    /// Absolute path of the referenced struct (`crate::dbo::User`).
    pub target: String,
    /// Forward doc, one string literal.
    pub forward_doc: String,
    /// Reverse doc, one string literal.
    pub reverse_doc: String,
    /// Doc of the forward SQL twin, naming the foreign key.
    pub forward_sql_doc: String,
    /// Doc of the reverse SQL twin, naming the foreign key.
    pub reverse_sql_doc: String,
}

/// Every table's struct path by `(schema, table)` as the dialect compares them, built once per
/// render.
pub struct TableIndex(HashMap<(String, String), String>, gen_runtime::Dialect);

impl TableIndex {
    /// Indexes every table of `db`.
    pub fn new(db: &Database) -> Self {
        let mut map = HashMap::new();
        for schema in &db.schemas {
            for t in &schema.tables {
                let key = db.table_key(&schema.name, &t.name);
                map.insert(
                    key,
                    format!("crate::{}::{}", schema.rust_module, t.rust_name),
                );
            }
        }
        TableIndex(map, db.dialect)
    }

    fn path(&self, fk: &ForeignKey) -> Option<&String> {
        let key = (
            self.1.name_key(&fk.references.schema),
            self.1.name_key(&fk.references.table),
        );
        self.0.get(&key)
    }
}

/// The navigation of every foreign key of `table` whose target is a generated table.
pub fn nav_views(index: &TableIndex, table: &Table) -> Vec<NavView> {
    let owner = table.qualified();
    table
        .foreign_keys
        .iter()
        .enumerate()
        .filter_map(|(i, fk)| {
            if fk.rust_forward.is_empty() || fk.rust_reverse.is_empty() {
                return None;
            }
            let target = index.path(fk)?;
            let referenced = format!("{}.{}", fk.references.schema, fk.references.table);
            let cols = fk.columns.join(", ");
            let forward = format!(
                "The live `{referenced}` row that `{cols}` references ({}); `None` when the key is NULL or the row is gone or soft-deleted.",
                fk.name
            );
            let reverse = format!(
                "The live `{owner}` rows whose `{cols}` references this row ({}).",
                fk.name
            );
            let forward_sql = format!(
                "The SQL behind `{}`: selects the `{referenced}` row that `{cols}` of `{owner}` references (foreign key {}); its parameters are the key's columns.",
                unraw(&fk.rust_forward),
                fk.name
            );
            let reverse_sql = format!(
                "The SQL behind `{}`: selects the `{owner}` rows whose `{cols}` references a `{referenced}` row (foreign key {}); its parameters are the referenced columns.",
                unraw(&fk.rust_reverse),
                fk.name
            );
            Some(NavView {
                index: i,
                forward: fk.rust_forward.clone(),
                reverse: fk.rust_reverse.clone(),
                forward_sql: fk.rust_forward_sql.clone(),
                reverse_sql: fk.rust_reverse_sql.clone(),
                target: target.clone(),
                forward_doc: string(&format!(" {forward}")),
                reverse_doc: string(&format!(" {reverse}")),
                forward_sql_doc: string(&format!(" {forward_sql}")),
                reverse_sql_doc: string(&format!(" {reverse_sql}")),
            })
        })
        .collect()
}
