//! The relationship graph every docs output is drawn from: one edge per foreign key, from the
//! owning (child) table to the referenced (parent) table, in source order.

use std::collections::HashMap;

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
    // One index, built once: a per-key scan of every table made rendering quadratic.
    let index: HashMap<(String, String), (&DbSchema, &Table)> = db
        .tables()
        .map(|(s, t)| (db.table_key(&s.name, &t.name), (s, t)))
        .collect();
    let mut out = Vec::new();
    for (child_schema, child) in db.tables() {
        for fk in &child.foreign_keys {
            let key = db.table_key(&fk.references.schema, &fk.references.table);
            let Some(&(parent_schema, parent)) = index.get(&key) else {
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

/// The edges grouped by table, built once, so each table's relationships cost its own keys
/// rather than a scan of every key in the database.
pub struct EdgeIndex<'e, 'a> {
    outgoing: HashMap<*const Table, Vec<&'e Edge<'a>>>,
    incoming: HashMap<*const Table, Vec<&'e Edge<'a>>>,
}

impl<'e, 'a> EdgeIndex<'e, 'a> {
    /// Groups `edges` by their child and by their parent table.
    pub fn new(edges: &'e [Edge<'a>]) -> Self {
        let mut index = EdgeIndex {
            outgoing: HashMap::new(),
            incoming: HashMap::new(),
        };
        for e in edges {
            index
                .outgoing
                .entry(std::ptr::from_ref(e.child))
                .or_default()
                .push(e);
            index
                .incoming
                .entry(std::ptr::from_ref(e.parent))
                .or_default()
                .push(e);
        }
        index
    }

    /// The keys `table` holds (it is their child), in source order.
    pub fn references(&self, table: &Table) -> &[&'e Edge<'a>] {
        self.outgoing
            .get(&std::ptr::from_ref(table))
            .map_or(&[], Vec::as_slice)
    }

    /// The keys that point at `table`, in source order.
    pub fn referenced_by(&self, table: &Table) -> &[&'e Edge<'a>] {
        self.incoming
            .get(&std::ptr::from_ref(table))
            .map_or(&[], Vec::as_slice)
    }
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
