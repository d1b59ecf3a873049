//! From catalog rows to the IR: pure functions, so every mapping rule is testable without a
//! database. Views are modelled (read-only); computed columns, triggers, expression indexes and unsupported types are
//! reported as diagnostics, never silently dropped.

use std::collections::BTreeMap;

use super::catalog::{Catalog, ColumnRow, ConstraintRow, IndexRow};
use crate::diag::{Diagnostic, Diagnostics};
use crate::dialect::IrDialect;
use crate::ir::{
    CheckConstraint, Column, Database, DbSchema, ForeignKey, Identity, Index, IndexColumn, Length,
    PrimaryKey, ReferentialAction, SqlType, Table, TableRef, TypeRef, UniqueConstraint, UserType,
    ViewDef,
};
use crate::source::{Unmodelled, not_modelled};
use gen_runtime::Dialect;

const PG: Dialect = Dialect::Postgres;

type Key<'a> = (&'a str, &'a str);

/// Rows of one kind grouped by `(schema, table)`, keeping catalog order inside each group.
fn group<'a, T>(rows: &'a [T], key: impl Fn(&'a T) -> Key<'a>) -> BTreeMap<Key<'a>, Vec<&'a T>> {
    let mut out: BTreeMap<Key, Vec<&T>> = BTreeMap::new();
    for r in rows {
        out.entry(key(r)).or_default().push(r);
    }
    out
}

/// Builds the IR of every table `base`'s filter admits (all tables without a base). `base`
/// also says which columns map an unsupported type explicitly (`rust_type:`).
pub fn build(cat: &Catalog, base: Option<&Database>) -> (Database, Diagnostics) {
    let mut diags = Diagnostics::default();
    let filter = base.map(|b| b.filter.clone()).unwrap_or_default();
    let columns = group(&cat.columns, |c| (&c.schema, &c.table));
    let constraints = group(&cat.constraints, |c| (&c.schema, &c.table));
    let indexes = group(&cat.indexes, |i| (&i.schema, &i.table));
    let mut tables: BTreeMap<String, Vec<Table>> = BTreeMap::new();
    let mut views: BTreeMap<String, Vec<Table>> = BTreeMap::new();
    let mut types: BTreeMap<String, Vec<UserType>> = BTreeMap::new();
    for rel in cat
        .relations
        .iter()
        .filter(|r| filter.admits(&r.schema, &r.name))
    {
        let qualified = format!("{}.{}", rel.schema, rel.name);
        if rel.partition {
            let what = format!("partition {qualified}");
            diags.push(not_modelled(Unmodelled::Partition, &what));
            continue;
        }
        if rel.kind == "p" {
            diags.push(not_modelled(
                Unmodelled::Partitioning,
                &format!("the partitioning of {qualified}"),
            ));
        }
        if !matches!(rel.kind.as_str(), "r" | "p" | "v") {
            let what = match rel.kind.as_str() {
                "f" => "foreign table",
                "m" => "materialized view",
                _ => "relation",
            };
            diags.push(not_modelled(
                Unmodelled::Relation,
                &format!("{what} {qualified}"),
            ));
            continue;
        }
        let key = (rel.schema.as_str(), rel.name.as_str());
        let view = rel.view_definition.as_deref().map(|d| ViewDef {
            dialect: PG,
            definition: d.trim().trim_end_matches(';').trim_end().to_owned(),
            loc: None,
        });
        let mut t = Table {
            name: rel.name.clone(),
            schema: rel.schema.clone(),
            description: rel.description.clone(),
            view,
            ..Table::default()
        };
        let base_table = base.and_then(|b| b.table(&rel.schema, &rel.name));
        for c in columns.get(&key).into_iter().flatten() {
            if let Some(mut col) = column(c, base_table, &mut types, &mut diags) {
                if t.is_view() {
                    // PostgreSQL's catalog calls every view column nullable (it cannot know
                    // what the query returns), and nothing is inserted into a view.
                    (col.nullable, col.identity, col.default) = (true, None, None);
                }
                t.columns.push(col);
            }
        }
        for k in constraints.get(&key).into_iter().flatten() {
            if k.kind == "x" {
                let what = format!("exclusion constraint {} on {qualified}", k.name);
                diags.push(not_modelled(Unmodelled::Index, &what));
                continue;
            }
            constraint(&mut t, k);
        }
        for i in indexes.get(&key).into_iter().flatten() {
            index(&mut t, i, &mut diags);
        }
        recognise_tinyint(&mut t);
        match t.is_view() {
            true => views.entry(rel.schema.clone()).or_default().push(t),
            false => tables.entry(rel.schema.clone()).or_default().push(t),
        }
    }
    // The IR's order: each schema's tables, then its views.
    for (schema, list) in views {
        tables.entry(schema).or_default().extend(list);
    }
    for tr in cat
        .triggers
        .iter()
        .filter(|t| filter.admits(&t.schema, &t.table))
    {
        diags.push(not_modelled(
            Unmodelled::Trigger,
            &format!("trigger {} on {}.{}", tr.name, tr.schema, tr.table),
        ));
    }
    let schemas = cat
        .schemas
        .iter()
        .filter_map(|s| {
            let types = types.remove(&s.name).unwrap_or_default();
            let tables = tables.remove(&s.name);
            if tables.is_none() && types.is_empty() {
                return None;
            }
            Some(DbSchema {
                name: s.name.clone(),
                description: s.description.clone(),
                types,
                tables: tables.unwrap_or_default(),
                ..DbSchema::default()
            })
        })
        .collect();
    let mut db = Database {
        dialect: Dialect::Postgres,
        name: cat.database.clone(),
        filter,
        schemas,
        ..Database::default()
    };
    crate::source::drop_dangling_keys(&mut db, &mut diags);
    crate::source::mark_value_list_enums(&mut db);
    (db, diags)
}

/// The named type of column `c` (a domain or enum type), recorded once in `types` under its
/// schema, with the column's base type; `None` for a column of a built-in type.
fn named_type(
    c: &ColumnRow,
    types: &mut BTreeMap<String, Vec<UserType>>,
    diags: &mut Diagnostics,
) -> Option<Result<(TypeRef, SqlType), String>> {
    let base = match (c.type_kind.as_str(), &c.domain_base, &c.enum_labels) {
        ("d", Some(base), _) => match PG.canonical_from_catalog(base, -1, 0, 0) {
            Ok(t) => Some(t),
            Err(e) => {
                return Some(Err(format!(
                    "domain {}.{} over {e}",
                    c.type_schema, c.type_own_name
                )));
            }
        },
        ("e", _, Some(_)) => None,
        _ => return None,
    };
    let r = TypeRef {
        schema: c.type_schema.clone(),
        name: c.type_own_name.clone(),
    };
    let list = types.entry(c.type_schema.clone()).or_default();
    if !list.iter().any(|t| t.name == r.name) {
        if c.domain_constrained {
            let what = format!("the constraint of domain {}", r.qualified());
            diags.push(not_modelled(Unmodelled::DomainConstraint, &what));
        }
        list.push(UserType {
            name: r.name.clone(),
            schema: r.schema.clone(),
            base: base.clone(),
            labels: c.enum_labels.clone().unwrap_or_default(),
            ..UserType::default()
        });
    }
    Some(Ok((r, base.unwrap_or(SqlType::NVarChar(Length::Max)))))
}

fn column(
    c: &ColumnRow,
    base: Option<&Table>,
    types: &mut BTreeMap<String, Vec<UserType>>,
    diags: &mut Diagnostics,
) -> Option<Column> {
    let path = format!("{}.{}.{}", c.schema, c.table, c.name);
    if c.generated == "s" {
        diags.push(not_modelled(
            Unmodelled::ComputedColumn,
            &format!("computed column {path}"),
        ));
        return None;
    }
    let explicit = base
        .and_then(|t| t.column(&c.name))
        .and_then(|b| b.rust_type_override.clone());
    let named = named_type(c, types, diags);
    let user_type = match &named {
        Some(Ok((r, _))) => Some(r.clone()),
        _ => None,
    };
    let catalog_type = match named {
        Some(Ok((_, t))) => Ok(t),
        Some(Err(why)) => Err(why),
        None => PG
            .canonical_from_catalog(&c.type_name, -1, 0, 0)
            .map_err(|e| e.to_string()),
    };
    let sql_type = match catalog_type {
        Ok(t) => t,
        Err(e) => {
            if explicit.is_none() {
                let help = "map it with `rust_type:` on the column in schema.yaml, or exclude the table with `filter`";
                diags.push(Diagnostic::error(None, format!("{path}: {e}")).with_help(help));
            }
            SqlType::Other(c.type_name.clone())
        }
    };
    let serial = c
        .default
        .as_deref()
        .is_some_and(|d| d.trim_start().starts_with("nextval("));
    let identity = (!c.identity.is_empty() || serial).then(|| Identity {
        seed: c.seq_start.unwrap_or(1),
        increment: c.seq_increment.unwrap_or(1),
    });
    let default = c
        .default
        .as_deref()
        .filter(|_| !serial)
        .and_then(|d| PG.normalize_default(d, &sql_type));
    Some(Column {
        name: c.name.clone(),
        user_type,
        sql_type,
        rust_type_override: explicit,
        nullable: !c.not_null,
        identity,
        default,
        description: c.description.clone(),
        ..Column::default()
    })
}

fn action(code: &str) -> ReferentialAction {
    match code {
        "c" => ReferentialAction::Cascade,
        "n" => ReferentialAction::SetNull,
        "d" => ReferentialAction::SetDefault,
        "r" => ReferentialAction::Restrict,
        _ => ReferentialAction::NoAction,
    }
}

fn constraint(t: &mut Table, k: &ConstraintRow) {
    let (name, columns) = (k.name.clone(), k.columns.clone());
    match k.kind.as_str() {
        "p" => {
            t.primary_key = Some(PrimaryKey {
                name,
                columns,
                loc: None,
            })
        }
        "u" => t.uniques.push(UniqueConstraint {
            name,
            columns,
            rust_finder: String::new(),
            loc: None,
        }),
        "f" => t.foreign_keys.push(ForeignKey {
            name,
            columns,
            references: TableRef {
                schema: k.ref_schema.clone().unwrap_or_default(),
                table: k.ref_table.clone().unwrap_or_default(),
            },
            ref_columns: k.ref_columns.clone(),
            on_delete: action(&k.on_delete),
            on_update: action(&k.on_update),
            ..ForeignKey::default()
        }),
        _ => t.checks.push(CheckConstraint {
            name,
            expression: PG.tidy_expression(&k.definition),
            loc: None,
        }),
    }
}

fn index(t: &mut Table, i: &IndexRow, diags: &mut Diagnostics) {
    if i.has_expressions || i.columns.len() != i.descending.len() {
        let what = format!("expression index {} on {}", i.name, t.qualified());
        diags.push(not_modelled(Unmodelled::Index, &what));
        return;
    }
    if !i.method.is_empty() && i.method != "btree" {
        let what = format!("{} index {} on {}", i.method, i.name, t.qualified());
        diags.push(not_modelled(Unmodelled::Index, &what));
        return;
    }
    let keys = i.key_count.min(i.columns.len());
    t.indexes.push(Index {
        name: i.name.clone(),
        columns: i.columns[..keys]
            .iter()
            .zip(&i.descending)
            .map(|(name, desc)| IndexColumn {
                name: name.clone(),
                descending: *desc,
            })
            .collect(),
        unique: i.unique,
        include: i.columns[keys..].to_vec(),
        filter: i.predicate.as_deref().map(|p| PG.tidy_expression(p)),
        rust_finder: String::new(),
        loc: None,
    });
}

/// PostgreSQL has no tinyint: the DDL writes `smallint` with a 0..255 check. Such a column is a
/// tinyint again, and its range check part of the type rather than a constraint.
fn recognise_tinyint(t: &mut Table) {
    let mut range_checks = Vec::new();
    for col in t
        .columns
        .iter_mut()
        .filter(|c| c.sql_type == SqlType::SmallInt)
    {
        let range = format!("{0} >= 0 AND {0} <= 255", col.name);
        let names = [col.name.as_str()];
        if let Some(i) = t
            .checks
            .iter()
            .position(|k| PG.check_equivalent(&range, &k.expression, &names))
        {
            col.sql_type = SqlType::TinyInt;
            range_checks.push(i);
        }
    }
    range_checks.sort_unstable();
    for i in range_checks.into_iter().rev() {
        t.checks.remove(i);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::postgres::catalog::{RelationRow, SchemaRow};

    fn row<T: Default>(f: impl FnOnce(&mut T)) -> T {
        let mut r = T::default();
        f(&mut r);
        r
    }

    /// One table `s.T` with a smallint range check, an IN check and a filtered index, as
    /// PostgreSQL gives them back.
    fn catalog() -> Catalog {
        let col = |name: &str, ty: &str| -> ColumnRow {
            row(|c: &mut ColumnRow| {
                (c.schema, c.table, c.name) = ("s".into(), "T".into(), name.into());
                c.type_name = ty.into();
            })
        };
        let check = |name: &str, def: &str| -> ConstraintRow {
            row(|k: &mut ConstraintRow| {
                (k.schema, k.table, k.name) = ("s".into(), "T".into(), name.into());
                (k.kind, k.definition) = ("c".into(), def.into());
            })
        };
        Catalog {
            database: "D".into(),
            schemas: vec![row(|s: &mut SchemaRow| s.name = "s".into())],
            relations: vec![row(|r: &mut RelationRow| {
                (r.schema, r.name, r.kind) = ("s".into(), "T".into(), "r".into());
            })],
            columns: vec![
                col("Level", "smallint"),
                col("Code", "character varying(10)"),
            ],
            constraints: vec![
                check(
                    "CK_T_Code",
                    r#"CHECK ((("Code")::text = ANY ((ARRAY['A'::character varying, 'b'::character varying])::text[])))"#,
                ),
                check(
                    "CK_T_Level",
                    r#"CHECK ((("Level" >= 0) AND ("Level" <= 255)))"#,
                ),
            ],
            indexes: vec![row(|i: &mut IndexRow| {
                (i.schema, i.table, i.name) = ("s".into(), "T".into(), "IX_T_Code".into());
                (i.key_count, i.columns, i.descending) = (1, vec!["Code".into()], vec![false]);
                i.predicate = Some(r#"(("Code")::text !~~ 'x%'::text)"#.into());
            })],
            ..Catalog::default()
        }
    }

    #[test]
    fn stored_predicates_come_back_in_the_schema_spelling() {
        let (db, _) = build(&catalog(), None);
        let t = db.table("s", "T").expect("s.T");
        let checks: Vec<&str> = t.checks.iter().map(|k| k.expression.as_str()).collect();
        assert_eq!(checks, ["Code IN ('A', 'b')"]);
        assert_eq!(
            t.column("Level").map(|c| &c.sql_type),
            Some(&SqlType::TinyInt)
        );
        assert_eq!(t.indexes[0].filter.as_deref(), Some("Code NOT LIKE 'x%'"));
    }
}
