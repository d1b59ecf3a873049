//! Foreign-key order: every table after the tables it references, source order otherwise; a
//! cycle is broken at the earliest table in source order, whose keys into tables not yet
//! created are added afterwards.

use std::collections::BTreeSet;

use crate::ir::{Database, ForeignKey, Table};

/// The order tables are created in, and the keys left for `ALTER TABLE`.
pub(crate) struct Plan<'a> {
    /// Tables in creation order.
    pub tables: Vec<&'a Table>,
    /// Keys that reference a table created later, with their owning table.
    pub deferred: Vec<(&'a Table, &'a ForeignKey)>,
}

impl Plan<'_> {
    /// Whether `fk` of `table` is added after creation instead of inline.
    pub fn is_deferred(&self, table: &Table, fk: &ForeignKey) -> bool {
        self.deferred
            .iter()
            .any(|(t, f)| std::ptr::eq(*t, table) && std::ptr::eq(*f, fk))
    }
}

/// Plans the creation order of `db`'s tables.
pub(crate) fn plan(db: &Database) -> Plan<'_> {
    let key = |schema: &str, table: &str| db.table_key(schema, table);
    // Views come after the tables (`create_views`); they have no keys to order by.
    let all: Vec<&Table> = db
        .tables()
        .map(|(_, t)| t)
        .filter(|t| !t.is_view())
        .collect();
    let known: BTreeSet<_> = all.iter().map(|t| key(&t.schema, &t.name)).collect();
    let mut created = BTreeSet::new();
    let mut remaining = all;
    let mut plan = Plan {
        tables: Vec::new(),
        deferred: Vec::new(),
    };
    // A key is pending while it points at another table of this database not yet created;
    // keys to itself are fine inline, keys outside the IR are validation's business.
    let pending = |t: &Table, fk: &ForeignKey, created: &BTreeSet<(String, String)>| {
        let target = key(&fk.references.schema, &fk.references.table);
        target != key(&t.schema, &t.name) && known.contains(&target) && !created.contains(&target)
    };
    while !remaining.is_empty() {
        let next = remaining
            .iter()
            .position(|t| !t.foreign_keys.iter().any(|fk| pending(t, fk, &created)))
            .unwrap_or(0);
        let t = remaining.remove(next);
        for fk in t.foreign_keys.iter().filter(|fk| pending(t, fk, &created)) {
            plan.deferred.push((t, fk));
        }
        created.insert(key(&t.schema, &t.name));
        plan.tables.push(t);
    }
    plan
}
