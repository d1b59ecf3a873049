//! SOL001–SOL006, SOL010 and SOL011: how tables, columns, keys, constraints and indexes are named, and
//! that everything is described.

use super::Finding;
use super::finding::Sink;
use crate::ir::Table;

pub(super) fn check(t: &Table, out: &mut Vec<Finding>) {
    let mut s = Sink::new(t, out);
    if !is_pascal(&t.name) {
        s.table("SOL001", None, format!("table name `{}` is not PascalCase; expected letters and digits starting with a capital, e.g. `UserStatus`", t.name));
    }
    for c in &t.columns {
        if !is_pascal(&c.name) {
            s.column("SOL002", c, format!("column name `{}` is not PascalCase; expected letters and digits starting with a capital, e.g. `CreatedDate`", c.name));
        }
    }
    // A view has no keys to name or miss (it is read-only).
    if !t.is_view() {
        primary_key(&mut s);
    }
    foreign_keys(&mut s);
    constraints(&mut s);
    indexes(&mut s);
    descriptions(&mut s);
}

/// The names a table goes by in constraint and index names: its own, or — because constraint
/// names are database-wide and `dbo.User` and `audit.User` both exist — schema plus table
/// (`AuditUser`).
fn stems(t: &Table) -> [String; 2] {
    let mut schema = t.schema.clone();
    if let Some(first) = schema.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    [t.name.clone(), format!("{schema}{}", t.name)]
}

/// Whether `name` is `<kind>_<stem><rest>` for one of the table's stems.
fn named(t: &Table, name: &str, kind: &str, rest: &str) -> bool {
    stems(t).iter().any(|stem| {
        name.strip_prefix(&format!("{kind}_{stem}"))
            .is_some_and(|r| r.starts_with(rest))
    })
}

/// Letters and digits only, starting with a capital (acronyms such as `ABN` are fine).
pub(crate) fn is_pascal(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
}

/// SOL011: the advice names columns the table has: `<Table>ID` when there is one, else its
/// NOT NULL columns.
fn missing_primary_key(s: &mut Sink) {
    let t = s.t;
    let own = format!("{}ID", t.name);
    let suggestion = match t.column(&own) {
        Some(c) => format!(
            "`primary_key: {{ name: PK_{}, columns: [{}] }}`",
            t.name, c.name
        ),
        None => {
            let not_null: Vec<&str> = t
                .columns
                .iter()
                .filter(|c| !c.nullable)
                .map(|c| c.name.as_str())
                .collect();
            match not_null.as_slice() {
                [] => "a NOT NULL key column (the table has none yet)".to_owned(),
                cols => format!(
                    "`primary_key: {{ name: PK_{}, columns: [...] }}` over the columns that identify a row, from {}",
                    t.name,
                    cols.join(", ")
                ),
            }
        }
    };
    s.table(
        "SOL011",
        None,
        format!(
            "table has no primary key, so the generated crate offers no find, update or delete by key; add {suggestion}"
        ),
    );
}

fn primary_key(s: &mut Sink) {
    let t = s.t;
    let Some(pk) = &t.primary_key else {
        missing_primary_key(s);
        return;
    };
    let expected = format!("{}ID", t.name);
    if let [only] = pk.columns.as_slice()
        && let Some(c) = t.column(only)
        && c.name != expected
    {
        s.column(
            "SOL003",
            c,
            format!("primary key column is `{}`; expected `{expected}`", c.name),
        );
    }
}

fn foreign_keys(s: &mut Sink) {
    let t = s.t;
    for k in &t.foreign_keys {
        let by_table = format!("{}ID", k.references.table);
        for (c, r) in k.columns.iter().zip(&k.ref_columns) {
            if !(c.ends_with(&by_table) || c == r) {
                s.foreign_key("SOL004", k, format!(
                    "foreign key column `{c}` references {}.{}.{r}; expected `{by_table}` (optionally with a role prefix, e.g. `Invited{by_table}`) or `{r}`",
                    k.references.schema, k.references.table
                ));
            }
        }
        let expected = format!("FK_{}_{}", t.name, k.references.table);
        let tail = format!("_{}", k.references.table);
        let ok = named(t, &k.name, "FK", &tail)
            && stems(t).iter().any(|st| {
                let r = k.name.strip_prefix(&format!("FK_{st}{tail}"));
                r.is_some_and(|r| r.is_empty() || r.starts_with('_'))
            });
        if !ok {
            s.foreign_key("SOL005", k, format!("foreign key is named `{}`; expected `{expected}` (or `{expected}_<Role>` when there are several)", k.name));
        }
    }
}

fn constraints(s: &mut Sink) {
    let t = s.t;
    if let Some(pk) = &t.primary_key
        && !stems(t).iter().any(|st| pk.name == format!("PK_{st}"))
    {
        s.table(
            "SOL005",
            Some(&pk.loc),
            format!(
                "primary key is named `{}`; expected `PK_{}`",
                pk.name, t.name
            ),
        );
    }
    let prefixed = |kind: &str, name: &str| named(t, name, kind, "_");
    for u in t.uniques.iter().filter(|u| !prefixed("UQ", &u.name)) {
        s.table(
            "SOL005",
            Some(&u.loc),
            format!(
                "unique constraint is named `{}`; expected `UQ_{}_{}`",
                u.name,
                t.name,
                u.columns.join("_")
            ),
        );
    }
    for c in t.checks.iter().filter(|c| !prefixed("CK", &c.name)) {
        s.table(
            "SOL005",
            Some(&c.loc),
            format!(
                "check constraint is named `{}`; expected `CK_{}_<What>`",
                c.name, t.name
            ),
        );
    }
    for c in &t.columns {
        let expected = format!("DF_{}_{}", t.name, c.name);
        let ok = |n: &String| {
            stems(t)
                .iter()
                .any(|st| *n == format!("DF_{st}_{}", c.name))
        };
        if let Some(n) = c.default_name.as_ref().filter(|n| !ok(n)) {
            s.column(
                "SOL005",
                c,
                format!("default constraint is named `{n}`; expected `{expected}`"),
            );
        }
    }
}

fn indexes(s: &mut Sink) {
    let t = s.t;
    for ix in &t.indexes {
        let first = ix.columns.first().map_or("", |c| c.name.as_str());
        if !named(t, &ix.name, "IX", &format!("_{first}")) {
            let all: Vec<&str> = ix.columns.iter().map(|c| c.name.as_str()).collect();
            s.table(
                "SOL006",
                Some(&ix.loc),
                format!(
                    "index is named `{}`; expected `IX_{}_{}`",
                    ix.name,
                    t.name,
                    all.join("_")
                ),
            );
        }
    }
}

fn descriptions(s: &mut Sink) {
    let t = s.t;
    let blank = |d: &Option<String>| d.as_deref().is_none_or(|d| d.trim().is_empty());
    if blank(&t.description) {
        s.table(
            "SOL010",
            None,
            "table has no description; add `description:` saying what a row is".into(),
        );
    }
    for c in t.columns.iter().filter(|c| blank(&c.description)) {
        s.column(
            "SOL010",
            c,
            "column has no description; add `description:` to the column".into(),
        );
    }
}
