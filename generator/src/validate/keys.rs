//! Keys, indexes, constraints, enums and column types: everything that names a column or a
//! table must name one that exists, with a compatible type.

use std::collections::HashMap;

use super::Findings;
use crate::dialect::IrDialect;
use crate::ir::{Database, ForeignKey, Loc, SqlType, Table, TableRef, Value};

pub(super) fn check(db: &Database, out: &mut Findings) {
    let tables = TableIndex::new(db);
    for (_, t) in db.tables() {
        columns(t, out);
        if db.dialect == gen_runtime::Dialect::Mssql {
            arrays(t, out);
        }
        keys(t, out);
        t.foreign_keys
            .iter()
            .for_each(|fk| foreign_key(&tables, t, fk, out));
        enum_spec(t, out);
    }
}

/// The tables by `(schema, table)` as the dialect compares them ([`Database::table_key`]),
/// built once: [`Database::resolve`] scans a schema's tables, once per foreign key, which
/// grows with the square of the schema's size.
struct TableIndex<'a>(HashMap<(String, String), &'a Table>, &'a Database);

impl<'a> TableIndex<'a> {
    fn new(db: &'a Database) -> Self {
        let mut map = HashMap::new();
        for (s, t) in db.tables() {
            // The first of two same-named tables wins, as in `Database::table`.
            map.entry(db.table_key(&s.name, &t.name)).or_insert(t);
        }
        TableIndex(map, db)
    }

    /// The table `r` names, compared as the dialect compares, like [`Database::table`].
    fn resolve(&self, r: &TableRef) -> Option<&'a Table> {
        self.0.get(&self.1.table_key(&r.schema, &r.table)).copied()
    }
}

/// PostgreSQL arrays in a file for SQL Server, which has none.
fn arrays(t: &Table, out: &mut Findings) {
    for c in t
        .columns
        .iter()
        .filter(|c| matches!(c.sql_type, SqlType::Array(_)))
    {
        out.error(
            &c.loc,
            &format!("{}.{}", t.qualified(), c.name),
            format!("type `{}`: SQL Server has no arrays", c.sql_type),
            "arrays are PostgreSQL only: write `dialect: postgres` in schema.yaml if the database is PostgreSQL, or model the elements as a child table",
        );
    }
}

/// `enum:` on a column: a text column with a value-list check on it, not already an enum type.
fn value_enum(t: &Table, c: &crate::ir::Column, out: &mut Findings) {
    let Some(e) = &c.value_enum else { return };
    let subject = format!("{}.{}", t.qualified(), c.name);
    if c.user_type.is_some() || !c.sql_type.is_text() {
        let ty = c
            .user_type
            .as_ref()
            .map_or_else(|| c.sql_type.to_string(), |u| u.qualified());
        out.error(
            &e.loc,
            &subject,
            format!("`enum:` on a column of type `{ty}`"),
            "`enum:` is for a text column with a value-list check (`CHECK (Col IN ('A', 'B'))`); remove it",
        );
        return;
    }
    if crate::dialect::value_list_of(t, &c.name).is_none() {
        out.error(
            &e.loc,
            &subject,
            "`enum:` but no check on the column lists its values".to_owned(),
            format!(
                "add a check such as `{{ name: CK_{}_{}, expression: \"{} IN ('A', 'B')\" }}` to the table, or remove `enum:`",
                t.name, c.name, c.name
            ),
        );
    }
}

fn columns(t: &Table, out: &mut Findings) {
    for c in &t.columns {
        value_enum(t, c, out);
        let unsupported = matches!(c.sql_type, SqlType::Other(_)) && c.rust_type_override.is_none();
        let bad_identity = c.identity.is_some() && !c.sql_type.is_integer();
        let subject = format!("{}.{}", t.qualified(), c.name);
        if t.is_view() && (c.identity.is_some() || c.default.is_some()) {
            out.error(
                &c.loc,
                &subject,
                "a view's column has no identity or default (nothing is inserted into a view)"
                    .to_string(),
                "drop `identity:` and `default:` from the view's column",
            );
        }
        if !unsupported && !bad_identity {
            continue;
        }
        if unsupported {
            out.error(
                &c.loc,
                &subject,
                format!("type `{}` is not supported", c.sql_type),
                "add `rust_type: <path>` to the column to map it to a Rust type explicitly",
            );
        }
        if bad_identity {
            out.error(
                &c.loc,
                &subject,
                format!("identity on a `{}` column", c.sql_type),
                "identity columns must be bigint, int, smallint or tinyint",
            );
        }
    }
}

/// Reports each of `names` that is not a column of `t`.
fn must_exist<'a>(
    t: &Table,
    loc: &Option<Loc>,
    owner: &str,
    names: impl Iterator<Item = &'a String>,
    out: &mut Findings,
) {
    for n in names {
        if t.column(n).is_none() {
            out.error(
                loc,
                &format!("{}.{owner}", t.qualified()),
                format!("names column `{n}`, which {} does not have", t.qualified()),
                format!("use one of: {}", column_list(t)),
            );
        }
    }
}

fn column_list(t: &Table) -> String {
    t.columns
        .iter()
        .map(|c| c.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn keys(t: &Table, out: &mut Findings) {
    // A table without a primary key is valid (modelled without by-key operations); `gen lint`
    // reports it (SOL011).
    match &t.primary_key {
        None => {}
        Some(pk) => {
            must_exist(t, &pk.loc, &pk.name, pk.columns.iter(), out);
            for c in pk
                .columns
                .iter()
                .filter_map(|n| t.column(n))
                .filter(|c| c.nullable)
            {
                out.error(
                    &pk.loc,
                    &format!("{}.{}", t.qualified(), pk.name),
                    format!("primary key column `{}` is nullable", c.name),
                    "primary key columns must be NOT NULL; drop `nullable: true`",
                );
            }
        }
    }
    for u in &t.uniques {
        must_exist(t, &u.loc, &u.name, u.columns.iter(), out);
    }
    for ix in &t.indexes {
        let keys = ix.columns.iter().map(|c| &c.name);
        must_exist(t, &ix.loc, &ix.name, keys.chain(ix.include.iter()), out);
    }
}

fn foreign_key(tables: &TableIndex, t: &Table, fk: &ForeignKey, out: &mut Findings) {
    let subject = format!("{}.{}", t.qualified(), fk.name);
    must_exist(t, &fk.loc, &fk.name, fk.columns.iter(), out);
    if fk.columns.len() != fk.ref_columns.len() {
        out.error(
            &fk.loc,
            &subject,
            format!(
                "has {} columns but {} ref_columns",
                fk.columns.len(),
                fk.ref_columns.len()
            ),
            "list one referenced column per referencing column, in the same order",
        );
        return;
    }
    let target = format!("{}.{}", fk.references.schema, fk.references.table);
    let Some(rt) = tables.resolve(&fk.references) else {
        out.error(
            &fk.loc,
            &subject,
            format!("references `{target}`, which is not a table in the schema"),
            "fix `references:` (schema.table) or add the table",
        );
        return;
    };
    if rt.is_view() {
        out.error(
            &fk.loc,
            &subject,
            format!("references `{target}`, which is a view"),
            "a foreign key references a table: point `references:` at the table the view reads",
        );
        return;
    }
    for (c, r) in fk.columns.iter().zip(&fk.ref_columns) {
        let Some(rc) = rt.column(r) else {
            out.error(
                &fk.loc,
                &subject,
                format!("references column `{r}`, which {target} does not have"),
                format!("use one of: {}", column_list(rt)),
            );
            continue;
        };
        let dialect = tables.1.dialect;
        if let Some(own) = t.column(c)
            && !dialect.foreign_key_types(&own.sql_type, &rc.sql_type)
        {
            let help = match dialect {
                gen_runtime::Dialect::Mssql => {
                    "on SQL Server (`dialect: mssql`) a foreign key column must have exactly the referenced column's type"
                }
                gen_runtime::Dialect::Postgres => {
                    "on PostgreSQL (`dialect: postgres`) a foreign key column needs a type comparable with the referenced one (integers with integers, text with text)"
                }
            };
            out.error(
                &fk.loc,
                &subject,
                format!(
                    "column `{c}` is {} but {target}.{r} is {}",
                    own.sql_type, rc.sql_type
                ),
                help,
            );
        }
    }
}

fn enum_spec(t: &Table, out: &mut Findings) {
    let Some(spec) = &t.enum_spec else { return };
    let subject = format!("{}.enum", t.qualified());
    if t.column(&spec.variant_column).is_none() {
        out.error(
            &spec.loc,
            &subject,
            format!(
                "variant column `{}` is not a column of {}",
                spec.variant_column,
                t.qualified()
            ),
            format!("use one of: {}", column_list(t)),
        );
    }
    deprecated_ids(t, spec, out);
    if t.id_column().is_none() {
        let own = format!("{}ID", t.name);
        let integer = t.columns.iter().filter(|c| c.sql_type.is_integer());
        let help = match integer
            .clone()
            .find(|c| c.name.eq_ignore_ascii_case(&own))
            .or(integer.clone().next())
        {
            Some(c) => format!(
                "add `primary_key: {{ name: PK_{}, columns: [{}] }}`, or drop `enum:`",
                t.name, c.name
            ),
            None => {
                "give the table an int (or smallint/tinyint/bigint) ID primary key, or drop `enum:`"
                    .into()
            }
        };
        out.error(
            &spec.loc,
            &subject,
            "an enum table needs a single-column integer primary key (the variants' values)".into(),
            help,
        );
    }
}

/// A deprecated variant pins the ID of a removed row; a live row with that ID would give two
/// variants one value.
fn deprecated_ids(t: &Table, spec: &crate::ir::EnumSpec, out: &mut Findings) {
    let Some(id) = t.id_column() else { return };
    for d in &spec.deprecated {
        let live = t
            .rows
            .iter()
            .any(|r| t.row_value(r, &id.name) == Some(&Value::Int(d.id)));
        if live {
            out.error(
                &d.loc,
                &format!("{}.enum", t.qualified()),
                format!(
                    "deprecated variant `{}` keeps ID {}, which a row still uses",
                    d.code, d.id
                ),
                "remove the row, or the deprecated entry if the row is back",
            );
        }
    }
}
