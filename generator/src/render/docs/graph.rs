//! The relationship graph every docs output is drawn from: one edge per foreign key, from the
//! owning (child) table to the referenced (parent) table, in source order.

use crate::ir::{Database, DbSchema, ForeignKey, Table};

/// A foreign key as an edge of the entity-relationship graph.
#[derive(Debug, Clone, Copy)]
pub struct Edge<'a> {
    /// The schema of the owning table.
    pub child_schema: &'a DbSchema,
    /// The table holding the foreign key.
    pub child: &'a Table,
    /// The schema of the referenced table.
    pub parent_schema: &'a DbSchema,
    /// The referenced table.
    pub parent: &'a Table,
    /// The key itself.
    pub fk: &'a ForeignKey,
    /// Whether a child row may have no parent (a foreign-key column is nullable).
    pub optional: bool,
    /// Whether a parent has at most one child (the key columns are unique in the child).
    pub one_to_one: bool,
}

impl Edge<'_> {
    /// Crow's-foot cardinality at the parent end: `1` or `0..1`.
    pub fn parent_card(&self) -> &'static str {
        if self.optional { "0..1" } else { "1" }
    }

    /// Cardinality at the child end: `0..*`, or `0..1` for a one-to-one key.
    pub fn child_card(&self) -> &'static str {
        if self.one_to_one { "0..1" } else { "0..*" }
    }
}

/// Every foreign key of `db` whose target exists, in schema, table and key order. (Validation
/// has already rejected keys to missing tables; a filtered-out target is simply not drawn.)
pub fn edges(db: &Database) -> Vec<Edge<'_>> {
    let mut out = Vec::new();
    for (child_schema, child) in db.tables() {
        for fk in &child.foreign_keys {
            let Some((parent_schema, parent)) =
                find(db, &fk.references.schema, &fk.references.table)
            else {
                continue;
            };
            out.push(Edge {
                child_schema,
                child,
                parent_schema,
                parent,
                fk,
                optional: fk
                    .columns
                    .iter()
                    .any(|c| child.column(c).is_some_and(|c| c.nullable)),
                one_to_one: is_unique(child, &fk.columns),
            });
        }
    }
    out
}

fn find<'a>(db: &'a Database, schema: &str, table: &str) -> Option<(&'a DbSchema, &'a Table)> {
    db.tables()
        .find(|(s, t)| s.name.eq_ignore_ascii_case(schema) && t.name.eq_ignore_ascii_case(table))
}

/// Whether `columns` (as a set) are the primary key, a unique constraint or a unique index.
fn is_unique(table: &Table, columns: &[String]) -> bool {
    let same = |other: &mut dyn Iterator<Item = &str>| {
        let mut a: Vec<String> = columns.iter().map(|c| c.to_lowercase()).collect();
        let mut b: Vec<String> = other.map(str::to_lowercase).collect();
        a.sort();
        b.sort();
        a == b
    };
    let pk = table
        .primary_key
        .as_ref()
        .is_some_and(|pk| same(&mut pk.columns.iter().map(String::as_str)));
    let uq = table
        .uniques
        .iter()
        .any(|u| same(&mut u.columns.iter().map(String::as_str)));
    let ix = table
        .indexes
        .iter()
        .filter(|i| i.unique && i.filter.is_none())
        .any(|i| same(&mut i.columns.iter().map(|c| c.name.as_str())));
    pk || uq || ix
}

/// Whether `a` and `b` are the same table of the IR.
pub fn same_table(a: &Table, b: &Table) -> bool {
    std::ptr::eq(a, b)
}
