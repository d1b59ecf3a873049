//! The schema as the SQL checker sees it (`sql_check::Schema`): one fact set per column,
//! computed once here for both of its users, the generated macro crate (printed as `static`
//! data by `render`) and `gen check-sql` (borrowed directly).

use sql_check::{ColumnDef, Kind, Schema, TableDef, ValueType};

use crate::ir::{Column, Database, Table};
use crate::render::EnumIndex;

/// What the checker knows of one column.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnFacts<'a> {
    /// SQL name.
    pub name: &'a str,
    /// The generated struct's field.
    pub field: &'a str,
    /// Kind of value.
    pub kind: Kind,
    /// Rust type as generated code spells it (the reference enum's path for a foreign key
    /// into a reference table).
    pub rust: String,
    /// Whether `rust` is a reference enum.
    pub reference: bool,
    /// NULL allowed.
    pub nullable: bool,
    /// An INSERT may leave it out (nullable, identity or database default).
    pub optional_on_insert: bool,
    /// The database fills it (an identity).
    pub auto: bool,
}

/// The facts of every column of `table`, in order.
pub fn column_facts<'a>(enums: &EnumIndex, table: &'a Table) -> Vec<ColumnFacts<'a>> {
    table
        .columns
        .iter()
        .map(|c| facts(enums, table, c))
        .collect()
}

fn facts<'a>(enums: &EnumIndex, table: &Table, c: &'a Column) -> ColumnFacts<'a> {
    let target = enums.target(table, c);
    let kind = Kind::of_sql(&c.sql_type.to_string()).unwrap_or(Kind::Other);
    let reference = target.is_some();
    let rust = target
        .or_else(|| c.rust_type().map(|t| crate::render::rust_type::path(&t)))
        .unwrap_or_else(|| "()".into());
    ColumnFacts {
        name: &c.name,
        field: &c.rust_field,
        kind,
        rust,
        reference,
        nullable: c.nullable,
        optional_on_insert: c.nullable || c.identity.is_some() || c.default.is_some(),
        auto: c.identity.is_some(),
    }
}

/// The objects statements may name that the schema does not model: the schema filter's
/// `exclude` patterns and the system catalogs.
pub fn unmodelled(db: &Database) -> Vec<String> {
    db.filter
        .exclude
        .iter()
        .cloned()
        .chain(
            sql_check::schema::SYSTEM_OBJECTS
                .iter()
                .map(|s| (*s).to_owned()),
        )
        .collect()
}

/// Owns what a borrowed [`Schema`] points into.
pub struct Owned<'a> {
    columns: Vec<(&'a str, &'a str, Vec<ColumnFacts<'a>>)>,
    unmodelled: Vec<String>,
}

impl<'a> Owned<'a> {
    /// Collects the facts of every table of a named IR.
    pub fn new(db: &'a Database) -> Self {
        let enums = EnumIndex::new(db);
        let columns = db
            .tables()
            .map(|(s, t)| (s.name.as_str(), t.name.as_str(), column_facts(&enums, t)))
            .collect();
        Owned {
            columns,
            unmodelled: unmodelled(db),
        }
    }

    /// Calls `f` with the checker's view of the schema.
    pub fn with<R>(&self, f: impl FnOnce(&Schema<'_>) -> R) -> R {
        let defs: Vec<Vec<ColumnDef<'_>>> = self
            .columns
            .iter()
            .map(|(_, _, cols)| {
                cols.iter()
                    .map(|c| ColumnDef {
                        name: c.name,
                        field: c.field,
                        ty: ValueType {
                            kind: c.kind,
                            rust: &c.rust,
                            reference: c.reference,
                        },
                        nullable: c.nullable,
                        optional_on_insert: c.optional_on_insert,
                        auto: c.auto,
                    })
                    .collect()
            })
            .collect();
        let tables: Vec<TableDef<'_>> = self
            .columns
            .iter()
            .zip(&defs)
            .map(|((schema, name, _), cols)| TableDef {
                schema,
                name,
                columns: cols,
            })
            .collect();
        let unmodelled: Vec<&str> = self.unmodelled.iter().map(String::as_str).collect();
        f(&Schema {
            tables: &tables,
            unmodelled: &unmodelled,
        })
    }
}
