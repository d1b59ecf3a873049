//! From SQL Server catalog rows to the IR: pure functions, tested on fixtures without a
//! server. Unsupported types are errors naming `schema.table.column` (unless schema.yaml maps
//! the column with `rust_type:`); views are modelled (read-only, with their query); computed
//! columns, triggers and XML/spatial/columnstore indexes are warnings, "not modelled", never
//! silently dropped.

use std::collections::BTreeMap;

use super::catalog::{Catalog, ColumnRow, ForeignKeyRow, IndexRow, KeyRow};
use crate::diag::{Diagnostic, Diagnostics};
use crate::dialect::IrDialect;
use crate::ir::{
    CheckConstraint, Column, Database, DbSchema, Filter, ForeignKey, Identity, Index, IndexColumn,
    PrimaryKey, ReferentialAction, SqlType, Table, TableRef, UniqueConstraint, ViewDef,
};
use crate::source::{Unmodelled, not_modelled};
use gen_runtime::Dialect;

const MS: Dialect = Dialect::Mssql;

type Key = (String, String);

fn group<T>(rows: &[T], key: impl Fn(&T) -> Key) -> BTreeMap<Key, Vec<&T>> {
    let mut out: BTreeMap<Key, Vec<&T>> = BTreeMap::new();
    for r in rows {
        out.entry(key(r)).or_default().push(r);
    }
    out
}

/// Runs of consecutive rows with the same name (the queries order by name, then ordinal).
fn runs<'a, T>(rows: &[&'a T], name: impl Fn(&T) -> &str) -> Vec<Vec<&'a T>> {
    let mut out: Vec<Vec<&T>> = Vec::new();
    for r in rows {
        match out.last_mut() {
            Some(run) if run.first().is_some_and(|f| name(f) == name(r)) => run.push(r),
            _ => out.push(vec![r]),
        }
    }
    out
}

/// Builds the IR of every table `filter` admits. `base` (the schema file, if any) supplies
/// explicit `rust_type:` mappings for types outside the canonical table.
pub fn build(cat: &Catalog, filter: &Filter, base: Option<&Database>) -> (Database, Diagnostics) {
    let mut diags = Diagnostics::default();
    let key = |s: &str, t: &str| (s.to_owned(), t.to_owned());
    let columns = group(&cat.columns, |r| key(&r.schema, &r.table));
    let keys = group(&cat.keys, |r| key(&r.schema, &r.table));
    let indexes = group(&cat.indexes, |r| key(&r.schema, &r.table));
    let fks = group(&cat.foreign_keys, |r| key(&r.schema, &r.table));
    let checks = group(&cat.checks, |r| key(&r.schema, &r.table));
    let mut schemas: BTreeMap<String, DbSchema> = BTreeMap::new();
    for tr in cat
        .tables
        .iter()
        .filter(|t| filter.admits(&t.schema, &t.table))
    {
        let k = key(&tr.schema, &tr.table);
        let base_table = base.and_then(|b| b.table(&tr.schema, &tr.table));
        let mut t = Table {
            name: tr.table.clone(),
            schema: tr.schema.clone(),
            ..Table::default()
        };
        for c in columns.get(&k).into_iter().flatten() {
            if let Some(col) = column(c, base_table, &mut diags) {
                alias_type(&mut schemas, c, &col);
                t.columns.push(col);
            }
        }
        constraints(&mut t, keys.get(&k).map_or(&[][..], Vec::as_slice));
        t.indexes = table_indexes(
            &t,
            indexes.get(&k).map_or(&[][..], Vec::as_slice),
            &mut diags,
        );
        t.foreign_keys = foreign_keys(fks.get(&k).map_or(&[][..], Vec::as_slice));
        t.checks = checks
            .get(&k)
            .into_iter()
            .flatten()
            .map(|c| CheckConstraint {
                name: c.name.clone(),
                expression: MS.tidy_expression(&c.definition),
                loc: None,
            })
            .collect();
        let schema = schemas
            .entry(tr.schema.clone())
            .or_insert_with(|| DbSchema {
                name: tr.schema.clone(),
                ..DbSchema::default()
            });
        schema.tables.push(t);
    }
    // Views after the tables of their schema (the IR's order), in name order.
    for o in cat.objects.iter().filter(|o| o.kind == "V") {
        let Some(definition) = o.definition.as_deref().and_then(view_query) else {
            continue;
        };
        if !filter.admits(&o.schema, &o.name) {
            continue;
        }
        let base_table = base.and_then(|b| b.table(&o.schema, &o.name));
        let mut t = Table {
            name: o.name.clone(),
            schema: o.schema.clone(),
            view: Some(ViewDef {
                dialect: MS,
                definition: definition.trim_end_matches(';').trim_end().to_owned(),
                loc: None,
            }),
            ..Table::default()
        };
        for c in columns.get(&key(&o.schema, &o.name)).into_iter().flatten() {
            if let Some(mut col) = column(c, base_table, &mut diags) {
                // An identity passed through a view is the table's; nothing inserts here.
                (col.identity, col.default, col.default_name) = (None, None, None);
                t.columns.push(col);
            }
        }
        let schema = schemas.entry(o.schema.clone()).or_insert_with(|| DbSchema {
            name: o.schema.clone(),
            ..DbSchema::default()
        });
        schema.tables.push(t);
    }
    let mut db = Database {
        dialect: gen_runtime::Dialect::Mssql,
        name: cat.database.clone(),
        filter: filter.clone(),
        schemas: schemas.into_values().collect(),
        ..Database::default()
    };
    describe(&mut db, cat);
    crate::source::drop_dangling_keys(&mut db, &mut diags);
    crate::source::mark_value_list_enums(&mut db);
    report_objects(cat, filter, &mut diags);
    (db, diags)
}

/// Records the alias type of column `col` (read from `c`) once under its schema.
fn alias_type(schemas: &mut BTreeMap<String, DbSchema>, c: &ColumnRow, col: &Column) {
    let Some(r) = &col.user_type else { return };
    let schema = schemas.entry(r.schema.clone()).or_insert_with(|| DbSchema {
        name: r.schema.clone(),
        ..DbSchema::default()
    });
    if !schema
        .types
        .iter()
        .any(|t| t.name.eq_ignore_ascii_case(&r.name))
    {
        schema.types.push(crate::ir::UserType {
            name: c.type_name.clone(),
            schema: r.schema.clone(),
            base: Some(col.sql_type.clone()),
            ..crate::ir::UserType::default()
        });
    }
}

fn column(c: &ColumnRow, base: Option<&Table>, diags: &mut Diagnostics) -> Option<Column> {
    let path = format!("{}.{}.{}", c.schema, c.table, c.name);
    if c.computed.is_some() {
        diags.push(not_modelled(
            Unmodelled::ComputedColumn,
            &format!("computed column {path}"),
        ));
        return None;
    }
    let explicit = base
        .and_then(|t| t.column(&c.name))
        .and_then(|b| b.rust_type_override.clone());
    // An alias type (`CREATE TYPE dbo.Email FROM nvarchar(254)`): its base type, which
    // sys.columns' length, precision and scale describe; keeps its name.
    let alias = match (c.user_defined, &c.type_schema, &c.base_type) {
        (true, Some(schema), Some(base)) => MS
            .canonical_from_catalog(base, c.max_length, c.precision, c.scale)
            .ok()
            .map(|t| {
                let r = crate::ir::TypeRef {
                    schema: schema.clone(),
                    name: c.type_name.clone(),
                };
                (r, t)
            }),
        _ => None,
    };
    let user_type = alias.as_ref().map(|(r, _)| r.clone());
    let mapped = if let Some((_, t)) = alias {
        Ok(t)
    } else if c.user_defined {
        Err(format!(
            "type `{}` is a user-defined type that is not an alias of a supported type (a CLR or table type)",
            c.type_name
        ))
    } else {
        MS.canonical_from_catalog(&c.type_name, c.max_length, c.precision, c.scale)
            .map_err(|e| e.to_string())
    };
    let sql_type = mapped.unwrap_or_else(|e| {
        if explicit.is_none() {
            let help = "map it with `rust_type:` on the column in schema.yaml, or exclude the table with `filter`";
            diags.push(Diagnostic::error(None, format!("{path}: {e}")).with_help(help));
        }
        SqlType::Other(c.type_name.clone())
    });
    let identity = c.identity.then(|| Identity {
        seed: c.seed.unwrap_or(1),
        increment: c.increment.unwrap_or(1),
    });
    let default = c
        .default_definition
        .as_deref()
        .and_then(|d| MS.normalize_default(d, &sql_type));
    Some(Column {
        name: c.name.clone(),
        user_type,
        sql_type,
        rust_type_override: explicit,
        nullable: c.nullable,
        identity,
        default,
        default_name: c.default_name.clone(),
        ..Column::default()
    })
}

fn constraints(t: &mut Table, rows: &[&KeyRow]) {
    for run in runs(rows, |r| &r.name) {
        let Some(first) = run.first() else { continue };
        let columns: Vec<String> = run.iter().map(|r| r.column.clone()).collect();
        if first.kind == "PK" {
            t.primary_key = Some(PrimaryKey {
                name: first.name.clone(),
                columns,
                loc: None,
            });
        } else {
            t.uniques.push(UniqueConstraint {
                name: first.name.clone(),
                columns,
                rust_finder: String::new(),
                loc: None,
            });
        }
    }
}

fn table_indexes(t: &Table, rows: &[&IndexRow], diags: &mut Diagnostics) -> Vec<Index> {
    let mut out = Vec::new();
    for run in runs(rows, |r| &r.name) {
        let Some(first) = run.first() else { continue };
        if !matches!(first.type_desc.as_str(), "CLUSTERED" | "NONCLUSTERED") {
            let what = format!(
                "{} index {}.{}",
                first.type_desc.to_lowercase(),
                t.qualified(),
                first.name
            );
            diags.push(not_modelled(Unmodelled::Index, &what));
            continue;
        }
        out.push(Index {
            name: first.name.clone(),
            columns: run
                .iter()
                .filter(|r| !r.included)
                .map(|r| IndexColumn {
                    name: r.column.clone(),
                    descending: r.descending,
                })
                .collect(),
            unique: first.unique,
            include: run
                .iter()
                .filter(|r| r.included)
                .map(|r| r.column.clone())
                .collect(),
            filter: first.filter.as_deref().map(|f| MS.tidy_expression(f)),
            rust_finder: String::new(),
            loc: None,
        });
    }
    out
}

fn action(code: i64) -> ReferentialAction {
    match code {
        1 => ReferentialAction::Cascade,
        2 => ReferentialAction::SetNull,
        3 => ReferentialAction::SetDefault,
        _ => ReferentialAction::NoAction,
    }
}

fn foreign_keys(rows: &[&ForeignKeyRow]) -> Vec<ForeignKey> {
    runs(rows, |r| &r.name)
        .into_iter()
        .filter_map(|run| {
            let first = *run.first()?;
            Some(ForeignKey {
                name: first.name.clone(),
                columns: run.iter().map(|r| r.column.clone()).collect(),
                references: TableRef {
                    schema: first.ref_schema.clone(),
                    table: first.ref_table.clone(),
                },
                ref_columns: run.iter().map(|r| r.ref_column.clone()).collect(),
                on_delete: action(first.on_delete),
                on_update: action(first.on_update),
                ..ForeignKey::default()
            })
        })
        .collect()
}

/// Attaches `MS_Description`s to schemas, tables and columns.
fn describe(db: &mut Database, cat: &Catalog) {
    for d in &cat.descriptions {
        let (Some(schema), Some(text)) = (&d.schema, &d.text) else {
            continue;
        };
        let Some(s) = db.schemas.iter_mut().find(|s| s.name == *schema) else {
            continue;
        };
        let Some(table) = &d.table else {
            if d.class == 3 {
                s.description = Some(text.clone());
            }
            continue;
        };
        let Some(t) = s.tables.iter_mut().find(|t| t.name == *table) else {
            continue;
        };
        match &d.column {
            None => t.description = Some(text.clone()),
            Some(col) => {
                if let Some(c) = t.columns.iter_mut().find(|c| c.name == *col) {
                    c.description = Some(text.clone());
                }
            }
        }
    }
}

fn report_objects(cat: &Catalog, filter: &Filter, diags: &mut Diagnostics) {
    for o in &cat.objects {
        let kind = match o.kind.as_str() {
            "TR" => Unmodelled::Trigger,
            _ => Unmodelled::Relation,
        };
        let what = match (o.kind.as_str(), &o.parent) {
            ("TR", Some(parent)) if !filter.admits(&o.schema, parent) => continue,
            ("TR", Some(parent)) => {
                format!("trigger {}.{} on {}.{parent}", o.schema, o.name, o.schema)
            }
            ("TR", None) => format!("trigger {}.{}", o.schema, o.name),
            _ if !filter.admits(&o.schema, &o.name) => continue,
            // Modelled by `build`, unless its text could not be read.
            _ if o.definition.as_deref().and_then(view_query).is_some() => continue,
            _ => format!(
                "view {}.{} (the server gives no readable definition: WITH ENCRYPTION, or no permission)",
                o.schema, o.name
            ),
        };
        diags.push(not_modelled(kind, &what));
    }
}

/// The view's own name in a `CREATE VIEW` statement (`[Active Product]` of
/// `CREATE VIEW dbo.[Active Product] AS …`, unquoted), as written; `None` when the header
/// cannot be read.
pub(crate) fn view_name(module: &str) -> Option<String> {
    let query = view_query(module)?;
    let header = &module[..module.len() - query.len()];
    let at = header.to_ascii_uppercase().find("VIEW")? + 4;
    let name = header[at..].trim_start();
    // The name runs to the column list, WITH or AS; its last part is the view's.
    let mut parts = Vec::new();
    let mut rest = name;
    loop {
        let (part, after) = match rest.chars().next()? {
            '[' => {
                let end = rest.find(']')?;
                (rest[1..end].to_owned(), &rest[end + 1..])
            }
            '"' => {
                let end = rest[1..].find('"')? + 1;
                (rest[1..end].to_owned(), &rest[end + 1..])
            }
            _ => {
                let end = rest
                    .find(|c: char| !(c.is_alphanumeric() || "_@#$".contains(c)))
                    .unwrap_or(rest.len());
                (rest[..end].to_owned(), &rest[end..])
            }
        };
        parts.push(part);
        match after.strip_prefix('.') {
            Some(next) => rest = next.trim_start(),
            None => break,
        }
    }
    parts.pop().filter(|p| !p.is_empty())
}

/// The query of a `CREATE VIEW` statement: the text after the `AS` that ends its header
/// (`CREATE [OR ALTER] VIEW name [(columns)] [WITH options] AS`), found by reading past
/// comments, quoted and bracketed names and parentheses; `None` when there is no such `AS`.
pub(crate) fn view_query(module: &str) -> Option<&str> {
    let bytes = module.as_bytes();
    let (mut i, mut depth, mut seen_view) = (0, 0usize, false);
    while i < bytes.len() {
        let rest = &module[i..];
        let skip = |end: &str, from: usize| rest[from..].find(end).map(|e| from + e + end.len());
        let step = match bytes[i] {
            b'-' if rest.starts_with("--") => skip("\n", 2).unwrap_or(rest.len()),
            b'/' if rest.starts_with("/*") => skip("*/", 2)?,
            b'[' => skip("]", 1)?,
            b'"' => skip("\"", 1)?,
            b'\'' => skip("'", 1)?,
            b'(' => {
                depth += 1;
                1
            }
            b')' => {
                depth = depth.saturating_sub(1);
                1
            }
            b if b.is_ascii_alphanumeric() || b == b'_' || b == b'@' || b == b'#' => {
                let len = rest
                    .find(|c: char| !(c.is_ascii_alphanumeric() || "_@#$".contains(c)))
                    .unwrap_or(rest.len());
                let word = &rest[..len];
                if word.eq_ignore_ascii_case("VIEW") {
                    seen_view = true;
                } else if seen_view && depth == 0 && word.eq_ignore_ascii_case("AS") {
                    let query = rest[len..].trim();
                    return (!query.is_empty()).then_some(query);
                }
                len
            }
            _ => rest.chars().next().map_or(1, char::len_utf8),
        };
        i += step;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{view_name, view_query};

    #[test]
    fn a_view_query_is_the_text_after_its_header() {
        let cases = [
            ("CREATE VIEW dbo.V AS SELECT 1 AS A", Some("SELECT 1 AS A")),
            (
                "-- as noted\ncreate or alter view [as].[AS x] (A, [as]) with schemabinding\n  as\nSELECT a AS A FROM dbo.T;",
                Some("SELECT a AS A FROM dbo.T;"),
            ),
            (
                "/* view AS /* nested */ */ CREATE VIEW \"v as\" AS SELECT 'AS' AS [x]",
                Some("SELECT 'AS' AS [x]"),
            ),
            ("CREATE VIEW dbo.V", None),
            ("SELECT 1 AS A", None),
        ];
        for (module, query) in cases {
            assert_eq!(view_query(module), query, "{module}");
        }
        for (module, name) in [
            (
                "CREATE VIEW dbo.ActiveProduct AS SELECT 1 AS A",
                Some("ActiveProduct"),
            ),
            (
                "create view [s].[Active Product] (A) as select 1",
                Some("Active Product"),
            ),
            (
                "CREATE VIEW \"V\" WITH SCHEMABINDING AS SELECT 1 AS A",
                Some("V"),
            ),
            ("CREATE VIEW Plain\nAS SELECT 1 AS A", Some("Plain")),
        ] {
            assert_eq!(view_name(module).as_deref(), name, "{module}");
        }
    }
}
