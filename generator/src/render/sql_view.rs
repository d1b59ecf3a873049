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
    /// type literal and whether it is a reference enum, then the flags (`0`, `N`, `O`, `N | O`).
    pub args: String,
}

/// The macro crate's view of `db`.
pub fn sql_schema_view(db: &Database, enums: &EnumIndex) -> SqlSchemaView {
    let tables = db
        .tables()
        .map(|(s, t)| SqlTableView {
            schema: string(&s.name),
            name: string(&t.name),
            columns: column_facts(enums, t)
                .into_iter()
                .map(|c| column_view(&c))
                .collect(),
        })
        .collect();
    SqlSchemaView {
        tables,
        unmodelled: unmodelled(db).iter().map(|u| string(u)).collect(),
    }
}

fn column_view(c: &crate::sqlschema::ColumnFacts<'_>) -> SqlColumnView {
    let flags = match (c.nullable, c.optional_on_insert) {
        (true, true) => "N | O",
        (true, false) => "N",
        (false, true) => "O",
        (false, false) => "0",
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
