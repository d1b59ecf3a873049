//! Duplicate names, by the rules of the schema's dialect (docs/schema-format.md, Dialect).
//!
//! Schemas, tables and columns are unique in their container. Constraint and index names
//! follow what each database enforces:
//! - SQL Server: a constraint (primary key, unique, foreign key, check, default) is an object,
//!   so its name is unique in its schema among objects, tables included; an index name is
//!   unique in its table, beside the indexes that primary keys and unique constraints create.
//!   Names compare case-insensitively (the default collation).
//! - PostgreSQL: primary key, unique and index names name relations, so they are unique in
//!   their schema, tables included; check and foreign-key names are unique in their table
//!   among its constraints. Default constraints have no names. Names compare exactly.
//!
//! Both also limit a name's length (SQL Server 128 characters, PostgreSQL 63 bytes, beyond
//! which it cuts names short, so two long names could become one).

// Only looked up, never iterated, so the output order stays the input order.
use std::collections::HashMap;

use super::{Findings, at_line};
use crate::ir::{Database, Loc, Table};
use gen_runtime::Dialect;

/// One name in a scope: the name, where it is declared, what it names and its owner.
#[derive(Clone, Copy)]
struct Item<'a> {
    name: &'a str,
    loc: &'a Option<Loc>,
    kind: &'static str,
    /// Qualified name of the owner (`schema.table`), empty for a schema.
    owner: &'a str,
}

/// Checks the names of `db` by its own dialect's rules.
pub(super) fn check(db: &Database, out: &mut Findings) {
    check_as(db, db.dialect, out);
}

/// Checks the names of `db` by `dialect`'s rules (`gen ddl` checks the target's).
pub(crate) fn check_as(db: &Database, dialect: Dialect, out: &mut Findings) {
    let mut schemas = Scope::new(dialect, "schema names are unique in the database");
    for s in &db.schemas {
        schemas.add(out, item(&s.name, &s.loc, "schema", ""));
    }
    let qualified: Vec<Vec<String>> = db
        .schemas
        .iter()
        .map(|s| s.tables.iter().map(Table::qualified).collect())
        .collect();
    for (schema, names) in db.schemas.iter().zip(&qualified) {
        let rule = match dialect {
            Dialect::Mssql => "table and constraint names are unique in their schema",
            Dialect::Postgres => {
                "table, primary key, unique constraint and index names are unique in their schema"
            }
        };
        let mut objects = Scope::new(dialect, rule);
        for t in &schema.tables {
            objects.add(out, item(&t.name, &t.loc, "table", &schema.name));
        }
        for (t, q) in schema.tables.iter().zip(names) {
            let mut columns = Scope::new(dialect, "column names are unique in their table");
            for c in &t.columns {
                columns.add(out, item(&c.name, &c.loc, "column", q));
            }
            table_objects(dialect, t, q, &mut objects, out);
        }
    }
    for (_, t) in db.tables() {
        for (name, loc) in own_names(t) {
            too_long(dialect, name, loc, &t.qualified(), out);
        }
    }
}

fn item<'a>(name: &'a str, loc: &'a Option<Loc>, kind: &'static str, owner: &'a str) -> Item<'a> {
    Item {
        name,
        loc,
        kind,
        owner,
    }
}

/// The constraint and index names of table `t` (qualified `q`): those the dialect scopes to
/// the schema go into `objects`, the rest into a scope of the table's own.
fn table_objects<'a>(
    dialect: Dialect,
    t: &'a Table,
    q: &'a str,
    objects: &mut Scope<'a>,
    out: &mut Findings,
) {
    let pk = t
        .primary_key
        .iter()
        .map(|k| item(&k.name, &k.loc, "primary key", q));
    let uq = t
        .uniques
        .iter()
        .map(|k| item(&k.name, &k.loc, "unique constraint", q));
    let fk = t
        .foreign_keys
        .iter()
        .map(|k| item(&k.name, &k.loc, "foreign key", q));
    let ck = t
        .checks
        .iter()
        .map(|k| item(&k.name, &k.loc, "check constraint", q));
    let ix = t.indexes.iter().map(|k| item(&k.name, &k.loc, "index", q));
    match dialect {
        Dialect::Mssql => {
            let df = t.columns.iter().filter_map(|c| {
                let n = c.default_name.as_deref()?;
                Some(item(n, &c.loc, "default constraint", q))
            });
            for i in pk.clone().chain(uq.clone()).chain(fk).chain(ck).chain(df) {
                objects.add(out, i);
            }
            let mut indexes = Scope::new(
                dialect,
                "index names are unique in their table, beside those of its primary key and unique constraints",
            );
            pk.chain(uq).for_each(|i| indexes.seed(i));
            ix.for_each(|i| indexes.add(out, i));
        }
        Dialect::Postgres => {
            for i in pk.clone().chain(uq.clone()).chain(ix) {
                objects.add(out, i);
            }
            let mut constraints = Scope::new(dialect, "constraint names are unique in their table");
            pk.chain(uq).for_each(|i| constraints.seed(i));
            fk.chain(ck).for_each(|i| constraints.add(out, i));
        }
    }
}

/// Every name a table declares: its own, its columns' and its constraints' and indexes'.
fn own_names(t: &Table) -> Vec<(&str, &Option<Loc>)> {
    let mut v = vec![(t.name.as_str(), &t.loc)];
    v.extend(t.columns.iter().map(|c| (c.name.as_str(), &c.loc)));
    v.extend(t.primary_key.iter().map(|k| (k.name.as_str(), &k.loc)));
    v.extend(t.uniques.iter().map(|k| (k.name.as_str(), &k.loc)));
    v.extend(t.foreign_keys.iter().map(|k| (k.name.as_str(), &k.loc)));
    v.extend(t.checks.iter().map(|k| (k.name.as_str(), &k.loc)));
    v.extend(t.indexes.iter().map(|k| (k.name.as_str(), &k.loc)));
    v
}

/// An error when `name` is longer than `dialect` allows.
fn too_long(dialect: Dialect, name: &str, loc: &Option<Loc>, owner: &str, out: &mut Findings) {
    let (len, max, unit) = match dialect {
        Dialect::Mssql => (name.chars().count(), 128, "characters"),
        Dialect::Postgres => (name.len(), 63, "bytes"),
    };
    if len > max {
        out.error(
            loc,
            owner,
            format!(
                "the name `{name}` is {len} {unit} long; {} allows {max}",
                dialect.product()
            ),
            "shorten the name",
        );
    }
}

/// One scope of names under one rule of one dialect.
struct Scope<'a> {
    dialect: Dialect,
    rule: &'static str,
    seen: HashMap<String, Item<'a>>,
}

impl<'a> Scope<'a> {
    fn new(dialect: Dialect, rule: &'static str) -> Self {
        Scope {
            dialect,
            rule,
            seen: HashMap::new(),
        }
    }

    /// Takes a name that was checked elsewhere: it is never reported here.
    fn seed(&mut self, i: Item<'a>) {
        self.seen.entry(self.dialect.name_key(i.name)).or_insert(i);
    }

    /// Takes a name, reporting it when the scope holds it already.
    fn add(&mut self, out: &mut Findings, i: Item<'a>) {
        let key = self.dialect.name_key(i.name);
        let Some(first) = self.seen.get(&key) else {
            self.seen.insert(key, i);
            return;
        };
        let subject = match i.owner {
            "" => i.name.to_string(),
            owner => format!("{owner}.{}", i.name),
        };
        let first_of = match first.owner {
            "" => String::new(),
            owner => format!(" of `{owner}`"),
        };
        let compare = match self.dialect.case_insensitive() {
            true => "compare case-insensitively",
            false => "compare exactly",
        };
        out.error(
            i.loc,
            &subject,
            format!(
                "duplicate {} name `{}`: the {}{first_of} declared {} has it",
                i.kind,
                i.name,
                first.kind,
                at_line(first.loc)
            ),
            format!(
                "on {} {} and names {compare} (schema.yaml `dialect: {}`); rename or remove one",
                self.dialect.product(),
                self.rule,
                self.dialect.name()
            ),
        );
    }
}
