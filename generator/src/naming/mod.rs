//! Rust names for every IR item, decided once, before any output is rendered.
//!
//! Names are made safe by [`ident::make`] and unique per scope by [`Namespace`], in source
//! order, so the same schema always gives the same names. SQL names are never changed: they
//! stay in the IR beside the Rust names and are what every query uses (schema `ref` becomes
//! module `ref_`, but SQL still says `[ref]`).
//!
//! Scopes: schema modules in the crate; table modules and type names (row structs, enums, the
//! `New…` insert structs) in a schema module (they share Rust's type namespace); fields and constants per table; variants per enum; forward
//! navigation names per owning table; reverse navigation names per referenced table.

pub mod ident;
mod namespace;
mod relations;

pub use ident::{Case, is_keyword, make, twin};
pub use namespace::Namespace;
pub use relations::SQL_TWIN;

use crate::diag::{Diagnostic, Diagnostics};
use crate::ir::{Database, DbSchema, Table, Value};

/// What the generated crate's root defines beside the schema modules: the `guide` module
/// (lib.rs.j2) and the checked-SQL macros' hidden support module.
pub const CRATE_ROOT_ITEMS: &[&str] = &["guide", "__sql"];

/// Fills every `rust_*` field of the IR; returns warnings for resolved collisions and errors
/// for enum rows that give an empty or duplicate variant name.
pub fn assign(db: &mut Database) -> Diagnostics {
    let mut diags = Diagnostics::default();
    let mut modules = Namespace::new("schema modules of the crate");
    for name in CRATE_ROOT_ITEMS {
        modules.reserve(name, "an item the generated crate defines at its root");
    }
    for (i, schema) in db.schemas.iter_mut().enumerate() {
        let wanted =
            make(&schema.name, Case::Module).unwrap_or_else(|| format!("schema_{}", i + 1));
        schema.rust_module = modules.claim(
            wanted,
            &schema.name,
            Case::Module,
            schema.loc.as_ref(),
            &mut diags,
        );
        name_schema_items(schema, &mut diags);
    }
    type_enum_paths(db);
    relations::assign(db, &mut diags);
    diags
}

/// `rust_enum` of every column declared with an enum type: the path of that type's enum.
fn type_enum_paths(db: &mut Database) {
    let d = db.dialect;
    let paths: Vec<(String, String, String)> = db
        .schemas
        .iter()
        .flat_map(|s| {
            s.types.iter().filter(|t| t.is_enum()).map(move |t| {
                let path = format!("crate::{}::{}", s.rust_module, t.rust_name);
                (t.schema.clone(), t.name.clone(), path)
            })
        })
        .collect();
    for table in db.schemas.iter_mut().flat_map(|s| s.tables.iter_mut()) {
        for c in &mut table.columns {
            let Some(r) = &c.user_type else { continue };
            if let Some((_, _, path)) = paths
                .iter()
                .find(|(s, n, _)| d.same_name(s, &r.schema) && d.same_name(n, &r.name))
            {
                c.rust_enum = path.clone();
            }
        }
    }
}

/// Names of a schema's value enums, after its tables' (so that adding one never renames a
/// table): its enum types', then each `enum:` column's (`{Table}{Column}` unless named),
/// numbered on a collision like any other type name; and their variants.
fn name_value_enums(schema: &mut DbSchema, types: &mut Namespace, diags: &mut Diagnostics) {
    for (i, t) in schema.types.iter_mut().enumerate() {
        if !t.is_enum() {
            continue;
        }
        let wanted = make(&t.name, Case::Pascal).unwrap_or_else(|| format!("Type{}", i + 1));
        t.rust_name = types.claim(wanted, &t.name, Case::Pascal, t.loc.as_ref(), diags);
        let what = format!("{}.{}", t.schema, t.name);
        let mut seen = Default::default();
        t.rust_variants = t
            .labels
            .iter()
            .map(|l| variant(&what, l, t.loc.as_ref(), &mut seen, diags))
            .collect();
    }
    for table in &mut schema.tables {
        let q = table.qualified();
        let lists: Vec<Option<Vec<String>>> = table
            .columns
            .iter()
            .map(|c| crate::dialect::value_list_of(table, &c.name).map(|(_, l)| l))
            .collect();
        let owner = ident::unraw(&table.rust_name).to_owned();
        for (c, labels) in table.columns.iter_mut().zip(lists) {
            let Some(e) = c.value_enum.as_mut() else {
                continue;
            };
            let column = make(&c.name, Case::Pascal).unwrap_or_default();
            let wanted = e.name.clone().unwrap_or_else(|| format!("{owner}{column}"));
            let raw = format!("{}.{}", table.name, c.name);
            e.rust_name = types.claim(wanted, &raw, Case::Pascal, e.loc.as_ref(), diags);
            let what = format!("{q}.{}", c.name);
            let mut seen = Default::default();
            e.variants = labels
                .unwrap_or_default()
                .into_iter()
                .map(|l| {
                    let v = variant(&what, &l, e.loc.as_ref(), &mut seen, diags);
                    (l, v)
                })
                .collect();
            c.rust_enum = format!("crate::{}::{}", schema.rust_module, e.rust_name);
        }
    }
}

/// Table modules, struct and enum names of one schema, then each table's members.
fn name_schema_items(schema: &mut DbSchema, diags: &mut Diagnostics) {
    let mut types = Namespace::new(format!("types and modules of schema `{}`", schema.name));
    for (i, table) in schema.tables.iter_mut().enumerate() {
        let loc = table.loc.clone();
        let module = make(&table.name, Case::Module).unwrap_or_else(|| format!("table_{}", i + 1));
        table.rust_module = types.claim(module, &table.name, Case::Module, loc.as_ref(), diags);
        let pascal = make(&table.name, Case::Pascal).unwrap_or_else(|| format!("Table{}", i + 1));
        match table.enum_spec.as_mut() {
            Some(spec) => {
                spec.rust_name = types.claim(
                    pascal.clone(),
                    &table.name,
                    Case::Pascal,
                    loc.as_ref(),
                    diags,
                );
                let row = format!("{}Row", ident::unraw(&spec.rust_name));
                table.rust_name = types.claim(row, &table.name, Case::Pascal, loc.as_ref(), diags);
            }
            None => {
                table.rust_name =
                    types.claim(pascal, &table.name, Case::Pascal, loc.as_ref(), diags);
            }
        }
        name_columns(table, diags);
        if table.enum_spec.is_some() {
            name_variants(table, diags);
        }
    }
    // After every table's own names, so that a `New…` struct never renames a table's struct
    // (a table `NewUser` beside a table `User` keeps `NewUser`; the insert struct is numbered).
    // A view has no insert struct.
    for table in schema.tables.iter_mut().filter(|t| !t.is_view()) {
        let new = format!("New{}", ident::unraw(&table.rust_name));
        let loc = table.loc.clone();
        table.rust_new_name = types.claim(new, &table.name, Case::Pascal, loc.as_ref(), diags);
    }
    name_value_enums(schema, &mut types, diags);
}

/// Field and constant names of a table's columns.
fn name_columns(table: &mut Table, diags: &mut Diagnostics) {
    let q = table.qualified();
    let mut fields = Namespace::new(format!("fields of `{q}`"));
    let mut consts = Namespace::new(format!("column constants of `{q}`"));
    for (i, col) in table.columns.iter_mut().enumerate() {
        let n = i + 1;
        let field = make(&col.name, Case::Snake).unwrap_or_else(|| format!("column_{n}"));
        let konst = make(&col.name, Case::Shouty).unwrap_or_else(|| format!("COLUMN_{n}"));
        col.rust_field = fields.claim(field, &col.name, Case::Snake, col.loc.as_ref(), diags);
        col.rust_const = consts.claim(konst, &col.name, Case::Shouty, col.loc.as_ref(), diags);
    }
}

/// Variant names of a reference enum, from its variant column; empty or duplicate names are
/// errors, since a variant that silently changed name would break services unannounced.
fn name_variants(table: &mut Table, diags: &mut Diagnostics) {
    let Some(spec) = table.enum_spec.as_ref() else {
        return;
    };
    let column = spec.variant_column.clone();
    let q = table.qualified();
    let mut seen: std::collections::BTreeMap<String, String> = Default::default();
    let mut named = Vec::with_capacity(table.rows.len());
    for row in &table.rows {
        let code = table
            .row_value(row, &column)
            .map(code_text)
            .unwrap_or_default();
        named.push(variant(&q, &code, row.loc.as_ref(), &mut seen, diags));
    }
    for (row, name) in table.rows.iter_mut().zip(named) {
        row.rust_variant = name;
    }
    if let Some(spec) = table.enum_spec.as_mut() {
        for dep in &mut spec.deprecated {
            dep.rust_variant = variant(&q, &dep.code, dep.loc.as_ref(), &mut seen, diags);
        }
    }
}

/// One variant name, recorded in `seen` (variant → code); an error when empty or taken.
fn variant(
    table: &str,
    code: &str,
    loc: Option<&crate::ir::Loc>,
    seen: &mut std::collections::BTreeMap<String, String>,
    diags: &mut Diagnostics,
) -> String {
    let Some(name) = make(code, Case::Pascal) else {
        diags.push(
            Diagnostic::error(
                loc.cloned(),
                format!(
                    "`{table}`: the code {code:?} gives no Rust variant name (no letters or digits)"
                ),
            )
            .with_help("give the row a code containing letters or digits"),
        );
        return String::new();
    };
    if let Some(first) = seen.get(&name) {
        diags.push(
            Diagnostic::error(
                loc.cloned(),
                format!(
                    "`{table}`: the codes {first:?} and {code:?} both give the variant `{name}`"
                ),
            )
            .with_help("make the codes differ by more than case and punctuation"),
        );
        return name;
    }
    seen.insert(name.clone(), code.to_owned());
    name
}

/// The text a variant name is made from: the value as written.
pub fn code_text(v: &Value) -> String {
    match v {
        Value::Text(s) | Value::Decimal(s) => s.clone(),
        Value::Int(i) => i.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Null => String::new(),
    }
}
