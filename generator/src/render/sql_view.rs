//! The view of the generated macro crate (`macros/`): the schema as the SQL checker sees it,
//! every name and type as an escaped literal.

use serde::Serialize;

use super::enum_view::EnumIndex;
use super::lit::string;
use crate::ir::Database;
use crate::sqlschema::{column_facts, unmodelled};

/// `macros/src/lib.rs`.
#[derive(Debug, Serialize)]
pub struct SqlSchemaView {
    /// Tables in schema order.
    pub tables: Vec<SqlTableView>,
    /// Literals of the unmodelled-object patterns.
    pub unmodelled: Vec<String>,
    /// schema.yaml's `dialect:` as the `sql_check::Dialect` variant (`Mssql`, `Postgres`).
    pub dialect: String,
    /// `use sql_check::schema::{…};` of the column flags some column uses (`AUTO as A`,
    /// `NULLABLE as N`, `OPTIONAL as O`), empty when none is: an unused import would be a
    /// warning in the generated crate.
    pub flag_import: String,
}

/// One table.
#[derive(Debug, Serialize)]
pub struct SqlTableView {
    /// Schema literal.
    pub schema: String,
    /// Name literal.
    pub name: String,
    /// Columns in order.
    pub columns: Vec<SqlColumnView>,
}

/// One column: the `ColumnDef` constructor call's arguments.
#[derive(Debug, Serialize)]
pub struct SqlColumnView {
    /// `new` (the kind's own Rust type) or `typed` (an explicit one).
    pub ctor: String,
    /// The arguments, comma-separated: name, field and kind literals, for `typed` the Rust
    /// type literal and whether it is a reference enum, then the flags (`0`, or `N`, `O`, `A` joined by `|`).
    pub args: String,
}

/// The macro crate's view of `db`.
pub fn sql_schema_view(db: &Database, enums: &EnumIndex) -> SqlSchemaView {
    let mut used = std::collections::BTreeSet::new();
    let tables = db
        .tables()
        .map(|(s, t)| SqlTableView {
            schema: string(&s.name),
            name: string(&t.name),
            columns: column_facts(enums, t)
                .into_iter()
                .map(|c| {
                    used.extend(flags_of(&c));
                    column_view(&c)
                })
                .collect(),
        })
        .collect();
    let imports: Vec<&str> = [
        ("A", "AUTO as A"),
        ("N", "NULLABLE as N"),
        ("O", "OPTIONAL as O"),
    ]
    .into_iter()
    .filter(|(f, _)| used.contains(f))
    .map(|(_, i)| i)
    .collect();
    let flag_import = match imports.is_empty() {
        true => String::new(),
        false => format!("use sql_check::schema::{{{}}};", imports.join(", ")),
    };
    SqlSchemaView {
        tables,
        unmodelled: unmodelled(db).iter().map(|u| string(u)).collect(),
        dialect: match db.dialect {
            gen_runtime::Dialect::Mssql => "Mssql",
            gen_runtime::Dialect::Postgres => "Postgres",
        }
        .to_owned(),
        flag_import,
    }
}

/// The flags of column `c`, as their one-letter import names.
fn flags_of(c: &crate::sqlschema::ColumnFacts<'_>) -> Vec<&'static str> {
    [
        (c.nullable, "N"),
        (c.optional_on_insert, "O"),
        (c.auto, "A"),
    ]
    .into_iter()
    .filter_map(|(on, f)| on.then_some(f))
    .collect()
}

fn column_view(c: &crate::sqlschema::ColumnFacts<'_>) -> SqlColumnView {
    let set = flags_of(c);
    let flags = if set.is_empty() {
        "0".to_owned()
    } else {
        set.join(" | ")
    };
    let head = format!("{}, {}, K::{:?}", string(c.name), string(c.field), c.kind);
    let plain = !c.reference && c.kind.rust() == Some(c.rust.as_str());
    if plain {
        SqlColumnView {
            ctor: "new".into(),
            args: format!("{head}, {flags}"),
        }
    } else {
        SqlColumnView {
            ctor: "typed".into(),
            args: format!("{head}, {}, {}, {flags}", string(&c.rust), c.reference),
        }
    }
}
