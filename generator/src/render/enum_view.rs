//! The view of a reference enum, and the typing of foreign keys into one.

use std::collections::BTreeMap;

use serde::Serialize;

use super::lit::{doc_lines, string};
use crate::diag::Diagnostic;
use crate::ir::{Column, Database, EnumSpec, Table};

/// A reference enum.
#[derive(Debug, Serialize)]
pub struct EnumView {
    /// Enum name.
    pub name: String,
    /// Doc literals.
    pub doc: Vec<String>,
    /// `"schema.table"` literal, for error messages.
    pub table: String,
    /// Rust type of the ID column (`i32`).
    pub id_type: String,
    /// Whether any variant is deprecated (impls then allow its use).
    pub has_deprecated: bool,
    /// Variants: rows, then deprecated ones.
    pub variants: Vec<VariantView>,
}

/// One variant.
#[derive(Debug, Serialize)]
pub struct VariantView {
    /// Variant name.
    pub name: String,
    /// Doc literals.
    pub doc: Vec<String>,
    /// The ID as an integer literal.
    pub id: String,
    /// The code as a string literal.
    pub code: String,
    /// `#[deprecated]` note literal, for removed rows.
    pub deprecated: Option<String>,
}

/// The enum view of a table marked `enum:`.
pub fn enum_view(table: &Table, spec: &EnumSpec) -> Result<EnumView, Diagnostic> {
    let q = table.qualified();
    let id_col = table.id_column().ok_or_else(|| {
        Diagnostic::error(
            spec.loc.clone(),
            format!("`{q}` is marked `enum:` but has no single integer primary key"),
        )
        .with_help("give the table an integer primary key, or remove `enum:`")
    })?;
    let id_type = id_col
        .rust_type()
        .map(|t| super::rust_type::path(&t))
        .unwrap_or_else(|| "i64".into());
    let mut variants = Vec::with_capacity(table.rows.len() + spec.deprecated.len());
    for row in &table.rows {
        let id = match table.row_value(row, &id_col.name) {
            Some(crate::ir::Value::Int(i)) => i.to_string(),
            _ => {
                return Err(Diagnostic::error(
                    row.loc.clone(),
                    format!("a row of `{q}` has no integer `{}`", id_col.name),
                )
                .with_help("give every row of an enum table its ID"));
            }
        };
        let code = table
            .row_value(row, &spec.variant_column)
            .map(crate::naming::code_text);
        let code = code.unwrap_or_default();
        let doc = name_doc(table, row, &code);
        variants.push(VariantView {
            name: row.rust_variant.clone(),
            doc,
            id,
            code: string(&code),
            deprecated: None,
        });
    }
    for dep in &spec.deprecated {
        variants.push(VariantView {
            name: dep.rust_variant.clone(),
            doc: doc_lines(None, &format!("`{}` (removed: {}).", dep.code, dep.note)),
            id: dep.id.to_string(),
            code: string(&dep.code),
            deprecated: Some(string(&dep.note)),
        });
    }
    Ok(EnumView {
        name: spec.rust_name.clone(),
        doc: doc_lines(table.description.as_deref(), &format!("Rows of `{q}`.")),
        table: string(&q),
        id_type,
        has_deprecated: !spec.deprecated.is_empty(),
        variants,
    })
}

/// A variant's doc: the row's `Description` or `Name` when it has one, else its code.
fn name_doc(table: &Table, row: &crate::ir::Row, code: &str) -> Vec<String> {
    let text = ["Description", "Name"]
        .iter()
        .find_map(|c| match table.row_value(row, c) {
            Some(crate::ir::Value::Text(t)) if !t.trim().is_empty() => Some(t.as_str()),
            _ => None,
        });
    doc_lines(text, &format!("`{code}`."))
}

/// The reference enums of a database by `(schema, table)` as the dialect compares them: the
/// enum's path and its ID column, so that typing every column costs a map lookup, not a scan
/// of all tables.
pub struct EnumIndex(
    BTreeMap<(String, String), (String, String)>,
    gen_runtime::Dialect,
);

impl EnumIndex {
    /// Indexes every table marked `enum:` that has an integer ID.
    pub fn new(db: &Database) -> Self {
        let mut map = BTreeMap::new();
        for schema in &db.schemas {
            for t in &schema.tables {
                let (Some(spec), Some(id)) = (&t.enum_spec, t.id_column()) else {
                    continue;
                };
                let key = db.table_key(&schema.name, &t.name);
                let path = format!("crate::{}::{}", schema.rust_module, spec.rust_name);
                map.insert(key, (path, db.dialect.name_key(&id.name)));
            }
        }
        EnumIndex(map, db.dialect)
    }

    /// The enum type for `c` of `table`, when it is the single-column foreign key into a
    /// reference enum's ID.
    pub fn target(&self, table: &Table, c: &Column) -> Option<String> {
        table.foreign_keys.iter().find_map(|fk| {
            let [col] = fk.columns.as_slice() else {
                return None;
            };
            let [ref_col] = fk.ref_columns.as_slice() else {
                return None;
            };
            let d = self.1;
            if !d.same_name(col, &c.name) {
                return None;
            }
            let key = (
                d.name_key(&fk.references.schema),
                d.name_key(&fk.references.table),
            );
            let (path, id) = self.0.get(&key)?;
            (*id == d.name_key(ref_col)).then(|| path.clone())
        })
    }
}
