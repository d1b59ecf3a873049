//! View-models: everything a template prints, computed in Rust from the named IR. Names,
//! types, docs and escaped literals are final here; templates only loop and print.

use serde::Serialize;

use super::enum_view::EnumIndex;
use super::lit::{doc_lines, string};
use super::nav_view::{TableIndex, nav_views};
use gen_runtime::ColumnFlags;

use super::cargo_toml::{dependency, string as toml_string};
use crate::diag::Diagnostic;
use crate::ir::{Column, Database, DbSchema, Table};

/// The crate root and Cargo.toml.
#[derive(Debug, Serialize)]
pub struct CrateView {
    /// Crate docs.
    pub doc: Vec<String>,
    /// One entry per schema module.
    pub schemas: Vec<ModuleDecl>,
}

/// The generated Cargo.toml's `[package]` values and gen-runtime entry, each already a TOML
/// literal.
#[derive(Debug, Serialize)]
pub struct CargoView {
    /// `"models"`.
    pub name: String,
    /// `"0.1.0"`.
    pub version: String,
    /// The description string.
    pub description: String,
    /// The inline table after `gen-runtime = `.
    pub runtime: String,
    /// The inline table after `models-macros = ` (the generated `macros/` crate).
    pub macros: String,
    /// The `macros/` crate's package name (`"models-macros"`).
    pub macros_name: String,
    /// The inline table after `sql-check = ` in `macros/Cargo.toml`.
    pub sql_check: String,
}

/// The Cargo.toml view: schema.yaml's `crate:` settings with their defaults.
pub fn cargo_view(db: &Database) -> CargoView {
    let spec = db.package.clone().unwrap_or_default();
    let r = spec.resolved(&db.name, &crate::source::yaml::own_version());
    let macros_name = format!("{}-macros", r.name);
    // The dependency keeps the key `models-macros` (the generated code names that crate);
    // `package` says which crate it is when the crate has another name.
    let macros = match macros_name.as_str() {
        "models-macros" => "{ path = \"macros\", optional = true }".to_string(),
        other => format!(
            "{{ package = {}, path = \"macros\", optional = true }}",
            toml_string(other)
        ),
    };
    let sql_check = dependency(&r.runtime.sql_check().one_level_down());
    let sql_check = format!(
        "{}, features = [\"macro\"] }}",
        sql_check.trim_end_matches(" }")
    );
    CargoView {
        name: toml_string(&r.name),
        version: toml_string(&r.version),
        description: toml_string(&r.description),
        runtime: dependency(&r.runtime),
        macros,
        macros_name: toml_string(&macros_name),
        sql_check,
    }
}

/// A `pub mod x;` declaration with its doc, and what the module re-exports from it.
#[derive(Debug, Serialize)]
pub struct ModuleDecl {
    /// Module name.
    pub module: String,
    /// Doc literals.
    pub doc: Vec<String>,
    /// Type names re-exported by the parent (`pub use self::user::User;`).
    pub exports: Vec<String>,
}

/// A schema module's `mod.rs`.
#[derive(Debug, Serialize)]
pub struct SchemaView {
    /// One entry per table module.
    pub tables: Vec<ModuleDecl>,
    /// The schema's enum types, defined in `mod.rs`.
    pub type_enums: Vec<ValueEnumView>,
}

/// A value enum: an enum type's labels or an `enum:` column's value-list check.
#[derive(Debug, Serialize)]
pub struct ValueEnumView {
    /// Enum name.
    pub name: String,
    /// Doc literals.
    pub doc: Vec<String>,
    /// Literal naming the type or column, for messages.
    pub source: String,
    /// Variants in label order.
    pub variants: Vec<LabelView>,
}

/// One variant of a value enum.
#[derive(Debug, Serialize)]
pub struct LabelView {
    /// Variant name.
    pub name: String,
    /// Doc literal.
    pub doc: String,
    /// The label literal.
    pub label: String,
}

fn value_enum_view(
    name: &str,
    source: &str,
    doc: String,
    labels: &[(String, String)],
) -> ValueEnumView {
    ValueEnumView {
        name: name.to_owned(),
        doc: doc_lines(None, &doc),
        source: string(source),
        variants: labels
            .iter()
            .map(|(label, variant)| LabelView {
                name: variant.clone(),
                doc: string(&format!(" `{label}`.")),
                label: string(label),
            })
            .collect(),
    }
}

/// One table's file.
#[derive(Debug, Serialize)]
pub struct TableView {
    /// The struct's name.
    pub struct_name: String,
    /// The struct's doc literals.
    pub doc: Vec<String>,
    /// The struct's columns and keys, one multi-line doc literal after `doc`.
    pub table_doc: String,
    /// Doc literal of the `columns` module.
    pub columns_doc: String,
    /// Fields, in column order.
    pub fields: Vec<FieldView>,
    /// Metadata literals.
    pub meta: MetaView,
    /// The reference enum, for tables marked as one.
    pub ref_enum: Option<super::enum_view::EnumView>,
    /// The value enums of the table's `enum:` columns.
    pub value_enums: Vec<ValueEnumView>,
    /// Name of the insert struct (`NewUser`): the fields with `insert` set. Empty for a view,
    /// which has none.
    pub new_name: String,
    /// Doc literals of the insert struct.
    pub new_doc: Vec<String>,
    /// Relationship navigation, one entry per foreign key.
    pub nav: Vec<super::nav_view::NavView>,
    /// Finders by unique key and by foreign key (`by_email`, `for_company`).
    pub finders: Vec<FinderView>,
}

/// A generated finder: `pub fn by_email(email: &str) -> Select<Self>`.
#[derive(Debug, Serialize)]
pub struct FinderView {
    /// Method name.
    pub name: String,
    /// The `gen_runtime::Select` constructor: `unique`, `unique_index` or `foreign_key`.
    pub kind: &'static str,
    /// Index of the key in its metadata list.
    pub index: usize,
    /// Parameters, in key order.
    pub params: Vec<ParamView>,
    /// Doc, one string literal.
    pub doc: String,
}

/// A finder parameter: the column's field name and its type as an argument (`&str` for
/// text, `&[u8]` for binary, the field's type without `Option` otherwise).
#[derive(Debug, Serialize)]
pub struct ParamView {
    /// Parameter name (the field's).
    pub name: String,
    /// Parameter type.
    pub ty: String,
}

/// A struct field and its column constant.
#[derive(Debug, Serialize)]
pub struct FieldView {
    /// Field name.
    pub name: String,
    /// Field type, absolute path.
    pub ty: String,
    /// Doc literals.
    pub doc: Vec<String>,
    /// Name of the column-name constant.
    pub konst: String,
    /// SQL name literal.
    pub sql_name: String,
    /// The column's entry in `table_meta!` after its constant: the SQL type literal in
    /// parentheses, then `.null()`, `.identity()` and `.default("…")` where they apply
    /// (`("bigint").null()`).
    pub meta: String,
    /// The `RowReader` method that decodes the field: `get`, `opt` (nullable), `reference`
    /// or `reference_opt` (a reference enum).
    pub read: String,
    /// Whether inserts may set the column: gen-runtime's [`ColumnFlags::inserted`], the rule
    /// `TableMeta::insert_columns` follows (not an identity or `rowversion`).
    pub insert: bool,
    /// The field's type in the `New…` struct: `gen_runtime::Defaulted<…>` around the type
    /// when the column has a database default (given, or left to the default).
    pub insert_ty: String,
    /// What `New…::new` puts in the field: `required` (a parameter), `null` (a nullable
    /// column without a default: `None`) or `default` (`Defaulted::Default`).
    pub fill: &'static str,
}

/// Table metadata as literals.
#[derive(Debug, Serialize)]
pub struct MetaView {
    /// Whether this is a view (`view` before its name in `table_meta!`).
    pub view: bool,
    /// Schema literal.
    pub schema: String,
    /// Table literal.
    pub name: String,
    /// Primary key constraint name literal; `None` for a table without a primary key (whose
    /// struct then has no by-key methods: no `impl Keyed`).
    pub pk_name: Option<String>,
    /// Primary key column literals.
    pub pk: Vec<String>,
    /// Foreign keys.
    pub foreign_keys: Vec<FkView>,
    /// Unique constraints.
    pub uniques: Vec<IndexView>,
    /// Indexes.
    pub indexes: Vec<IndexView>,
}

/// A foreign key as literals.
#[derive(Debug, Serialize)]
pub struct FkView {
    /// Constraint name literal.
    pub name: String,
    /// Column literals.
    pub columns: Vec<String>,
    /// Referenced schema literal.
    pub ref_schema: String,
    /// Referenced table literal.
    pub ref_table: String,
    /// Referenced column literals.
    pub ref_columns: Vec<String>,
}

/// An index or unique constraint as literals.
#[derive(Debug, Serialize)]
pub struct IndexView {
    /// Name literal.
    pub name: String,
    /// Column literals.
    pub columns: Vec<String>,
    /// Whether values must be unique (`.unique()` after the columns in `table_meta!`).
    pub unique: bool,
}

/// The crate root's view.
pub fn crate_view(db: &Database) -> CrateView {
    let fallback = format!(
        "Models of the `{}` database, generated from schema.yaml by `gen`.",
        db.name
    );
    CrateView {
        doc: doc_lines(db.description.as_deref(), &fallback),
        schemas: db
            .schemas
            .iter()
            .map(|s| ModuleDecl {
                module: s.rust_module.clone(),
                doc: doc_lines(
                    s.description.as_deref(),
                    &format!("Tables of schema `{}`.", s.name),
                ),
                exports: Vec::new(),
            })
            .collect(),
    }
}

/// A schema module's view.
pub fn schema_view(schema: &DbSchema) -> SchemaView {
    let tables = schema.tables.iter().map(|t| {
        let mut exports = Vec::new();
        if let Some(spec) = &t.enum_spec {
            exports.push(spec.rust_name.clone());
        }
        exports.push(t.rust_name.clone());
        exports.extend(
            t.columns
                .iter()
                .filter_map(|c| c.value_enum.as_ref().map(|e| e.rust_name.clone())),
        );
        let fallback = format!("The `{}` {}.", t.qualified(), t.kind_word());
        ModuleDecl {
            module: t.rust_module.clone(),
            doc: doc_lines(t.description.as_deref(), &fallback),
            exports,
        }
    });
    let type_enums = schema
        .types
        .iter()
        .filter(|t| t.is_enum())
        .map(|t| {
            let q = format!("{}.{}", t.schema, t.name);
            let labels: Vec<(String, String)> = t
                .labels
                .iter()
                .cloned()
                .zip(t.rust_variants.iter().cloned())
                .collect();
            let doc = t
                .description
                .clone()
                .unwrap_or_else(|| format!("The PostgreSQL enum type `{q}`."));
            value_enum_view(&t.rust_name, &q, doc, &labels)
        })
        .collect();
    SchemaView {
        tables: tables.collect(),
        type_enums,
    }
}

/// A table file's view; an error when a column has no Rust type or an enum no integer key.
pub fn table_view(
    enums: &EnumIndex,
    tables: &TableIndex,
    table: &Table,
) -> Result<TableView, Diagnostic> {
    let q = table.qualified();
    let fields = table
        .columns
        .iter()
        .map(|c| field_view(enums, table, c))
        .collect::<Result<Vec<_>, _>>()?;
    let ref_enum = match &table.enum_spec {
        Some(spec) => Some(super::enum_view::enum_view(table, spec)?),
        None => None,
    };
    let finders = finder_views(table, &fields);
    let fallback = match table.is_view() {
        true => format!("A row of the view `{q}` (read-only: no insert, update or delete)."),
        false => format!("A row of `{q}`."),
    };
    let value_enums = table
        .columns
        .iter()
        .filter_map(|c| {
            let e = c.value_enum.as_ref()?;
            let source = format!("{q}.{}", c.name);
            let doc = format!("The values of `{source}`, from its check.");
            Some(value_enum_view(&e.rust_name, &source, doc, &e.variants))
        })
        .collect();
    Ok(TableView {
        struct_name: table.rust_name.clone(),
        doc: doc_lines(table.description.as_deref(), &fallback),
        table_doc: string(&super::docs::struct_doc(enums, table)),
        columns_doc: string(&format!(" Column names of `{q}`, for SQL text.")),
        fields,
        meta: meta_view(table),
        ref_enum,
        value_enums,
        new_name: table.rust_new_name.clone(),
        new_doc: doc_lines(
            None,
            &format!(
                "A new row of `{q}`: every column but identities; a column with a database default is `Defaulted::Default` (left to the database) or `Defaulted::Value(…)`."
            ),
        ),
        nav: nav_views(tables, table),
        finders,
    })
}

/// The finders the naming pass named, with parameters typed from the key's fields.
fn finder_views(table: &Table, fields: &[FieldView]) -> Vec<FinderView> {
    let q = table.qualified();
    let uniques = table.uniques.iter().enumerate().map(|(i, u)| {
        let doc = format!("The `{q}` row whose {} ({}).", equal(&u.columns), u.name);
        ("unique", i, &u.rust_finder, u.columns.clone(), doc)
    });
    let indexes = table.indexes.iter().enumerate().map(|(i, x)| {
        let columns: Vec<String> = x.columns.iter().map(|c| c.name.clone()).collect();
        let doc = format!("The `{q}` row whose {} ({}).", equal(&columns), x.name);
        ("unique_index", i, &x.rust_finder, columns, doc)
    });
    let fks = table.foreign_keys.iter().enumerate().map(|(i, fk)| {
        let doc = format!("The `{q}` rows whose {} ({}).", equal(&fk.columns), fk.name);
        ("foreign_key", i, &fk.rust_finder, fk.columns.clone(), doc)
    });
    uniques
        .chain(indexes)
        .chain(fks)
        .filter(|(_, _, name, _, _)| !name.is_empty())
        .filter_map(|(kind, index, name, columns, doc)| {
            let params = columns
                .iter()
                .map(|c| param_view(table, fields, c))
                .collect::<Option<Vec<_>>>()?;
            let doc = format!(" {doc} Live rows only unless `.including_deleted()`.");
            Some(FinderView {
                name: name.clone(),
                kind,
                index,
                params,
                doc: string(&doc),
            })
        })
        .collect()
}

/// "`Email` equals `email`", "`UserID` and `CompanyID` equal the arguments".
fn equal(columns: &[String]) -> String {
    match columns {
        [one] => format!("`{one}` equals the argument"),
        _ => format!("`{}` equal the arguments", columns.join("`, `")),
    }
}

fn param_view(table: &Table, fields: &[FieldView], column: &str) -> Option<ParamView> {
    let i = table
        .columns
        .iter()
        .position(|c| c.name.eq_ignore_ascii_case(column))?;
    let field = fields.get(i)?;
    let base = field
        .ty
        .strip_prefix("::core::option::Option<")
        .and_then(|t| t.strip_suffix('>'))
        .unwrap_or(&field.ty);
    let ty = match base {
        "::std::string::String" => "&str".to_owned(),
        "::std::vec::Vec<u8>" => "&[u8]".to_owned(),
        other => other.to_owned(),
    };
    Some(ParamView {
        name: field.name.clone(),
        ty,
    })
}

fn field_view(enums: &EnumIndex, table: &Table, c: &Column) -> Result<FieldView, Diagnostic> {
    let target = enums.target(table, c);
    let labelled = !c.rust_enum.is_empty();
    let read = match (&target, labelled, c.nullable) {
        (Some(_), _, false) => "reference",
        (Some(_), _, true) => "reference_opt",
        (None, true, false) => "value_enum",
        (None, true, true) => "value_enum_opt",
        (None, false, false) => "get",
        (None, false, true) => "opt",
    };
    let base = match target {
        Some(path) => path,
        None if labelled => c.rust_enum.clone(),
        None => c
            .rust_type()
            .map(|t| super::rust_type::path(&t))
            .ok_or_else(|| {
                Diagnostic::error(
                    c.loc.clone(),
                    format!(
                        "`{}.{}` has type `{}`, which has no Rust type",
                        table.qualified(),
                        c.name,
                        c.sql_type
                    ),
                )
                .with_help("add `rust_type:` to the column naming the Rust type to use")
            })?,
    };
    let ty = if c.nullable {
        format!("::core::option::Option<{base}>")
    } else {
        base
    };
    let fallback = format!("Column `{}`.", c.name);
    let mut meta = format!("({})", string(&c.sql_type.to_string()));
    if c.nullable {
        meta.push_str(".null()");
    }
    if c.identity.is_some() {
        meta.push_str(".identity()");
    }
    if let Some(d) = &c.default {
        meta.push_str(&format!(".default({})", string(&d.to_string())));
    }
    let flags = column_flags(table, c);
    let insert_ty = match flags.defaulted() {
        true => format!("::gen_runtime::Defaulted<{ty}>"),
        false => ty.clone(),
    };
    let fill = match (flags.defaulted(), c.nullable) {
        (true, _) => "default",
        (false, true) => "null",
        (false, false) => "required",
    };
    Ok(FieldView {
        name: c.rust_field.clone(),
        fill,
        insert_ty,
        ty,
        doc: doc_lines(c.description.as_deref(), &fallback),
        konst: c.rust_const.clone(),
        sql_name: string(&c.name),
        meta,
        read: read.into(),
        insert: flags.inserted(),
    })
}

/// The flags of column `c` of `table` that gen-runtime's statement rules ([`ColumnFlags`])
/// decide by, so that render and the runtime agree on which columns each statement sets.
pub(crate) fn column_flags<'a>(table: &Table, c: &'a Column) -> ColumnFlags<'a> {
    ColumnFlags {
        name: &c.name,
        identity: c.identity.is_some(),
        has_default: c.default.is_some(),
        primary_key: table
            .primary_key
            .as_ref()
            .is_some_and(|pk| pk.columns.iter().any(|k| k.eq_ignore_ascii_case(&c.name))),
        rowversion: gen_runtime::is_rowversion_type(&c.sql_type.to_string()),
        // schema.yaml cannot mark a row version column yet; `rowversion` columns are one.
        version: false,
    }
}

fn strings(names: &[String]) -> Vec<String> {
    names.iter().map(|n| string(n)).collect()
}

fn meta_view(table: &Table) -> MetaView {
    let pk = table.primary_key.as_ref();
    MetaView {
        view: table.is_view(),
        schema: string(&table.schema),
        name: string(&table.name),
        pk_name: pk.map(|p| string(&p.name)),
        pk: pk.map(|p| strings(&p.columns)).unwrap_or_default(),
        foreign_keys: table
            .foreign_keys
            .iter()
            .map(|fk| FkView {
                name: string(&fk.name),
                columns: strings(&fk.columns),
                ref_schema: string(&fk.references.schema),
                ref_table: string(&fk.references.table),
                ref_columns: strings(&fk.ref_columns),
            })
            .collect(),
        uniques: table
            .uniques
            .iter()
            .map(|u| IndexView {
                name: string(&u.name),
                columns: strings(&u.columns),
                unique: true,
            })
            .collect(),
        indexes: table
            .indexes
            .iter()
            .map(|i| IndexView {
                name: string(&i.name),
                columns: i.columns.iter().map(|c| string(&c.name)).collect(),
                unique: i.unique,
            })
            .collect(),
    }
}
