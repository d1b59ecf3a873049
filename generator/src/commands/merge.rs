//! The merge behind `gen introspect` and `gen models --url` over a schema.yaml: the live database's
//! model folded into the existing file.
//!
//! Only what the live database contradicts is rewritten; everything it cannot express is kept
//! (canonical type names where equivalent in the database's type space, enum settings, lint
//! exceptions, deprecated variants, default constraint names, descriptions where the database
//! has none, the file's order). An item is kept verbatim exactly when [`crate::diff`] finds no
//! difference in it, so introspecting an unchanged database gives back the file byte for byte.

use crate::dialect::IrDialect;
use crate::diff::{Exprs, check_eq, compare_column, index_eq, rows_equal};
use crate::ir::{Column, Database, DbSchema, ForeignKey, Row, Table, UniqueConstraint, UserType};
use gen_runtime::Dialect;

/// Merges `live` (introspected with `base` as its base) into `base`.
pub fn merge(base: &Database, live: &Database, dialect: Dialect) -> Database {
    let schemas = ordered(
        &base.schemas,
        &live.schemas,
        |b, l| dialect.same_name(&b.name, &l.name),
        |b, l| merge_schema(b, l, dialect),
    );
    Database {
        schemas,
        ..base.clone()
    }
}

/// After a merge into a file written for another dialect than the live database's: when the
/// database holds names the file's dialect rejects (tables `User` and `user` in a file for
/// SQL Server) but its own accepts, the file takes the database's dialect, so that what
/// `gen introspect` writes always loads. Returns the warning that says so.
pub fn settle_dialect(merged: &mut Database, live: Dialect) -> Option<crate::diag::Diagnostic> {
    let file = merged.dialect;
    if file == live
        || !crate::validate::names_for(merged, file).has_errors()
        || crate::validate::names_for(merged, live).has_errors()
    {
        return None;
    }
    merged.dialect = live;
    Some(
        crate::diag::Diagnostic::warning(
            None,
            format!(
                "the database holds names {} rejects (schema.yaml said `dialect: {}`); schema.yaml now says `dialect: {}`",
                file.product(),
                file.name(),
                live.name()
            ),
        )
        .with_help(format!(
            "to keep the file deployable to {}, rename those objects in the database; `gen ddl --dialect {}` lists them",
            file.product(),
            file.name()
        )),
    )
}

/// `base`'s items that `live` still has, in `base`'s order and merged, then `live`'s new items.
fn ordered<T: Clone>(
    base: &[T],
    live: &[T],
    same: impl Fn(&T, &T) -> bool,
    merge: impl Fn(&T, &T) -> T,
) -> Vec<T> {
    let mut out: Vec<T> = base
        .iter()
        .filter_map(|b| live.iter().find(|l| same(b, l)).map(|l| merge(b, l)))
        .collect();
    out.extend(
        live.iter()
            .filter(|l| !base.iter().any(|b| same(b, l)))
            .cloned(),
    );
    out
}

/// The live description, or the file's where the database has none.
fn description(base: &Option<String>, live: &Option<String>) -> Option<String> {
    live.clone().or_else(|| base.clone())
}

fn merge_schema(b: &DbSchema, l: &DbSchema, dialect: Dialect) -> DbSchema {
    DbSchema {
        description: description(&b.description, &l.description),
        types: ordered(
            &b.types,
            &l.types,
            |x, y| dialect.same_name(&x.name, &y.name),
            |x, y| UserType {
                description: description(&x.description, &y.description),
                ..y.clone()
            },
        ),
        tables: ordered(
            &b.tables,
            &l.tables,
            |x, y| dialect.same_name(&x.name, &y.name),
            |x, y| merge_table(x, y, dialect),
        ),
        ..b.clone()
    }
}

fn merge_table(b: &Table, l: &Table, dialect: Dialect) -> Table {
    let named = |x: &String, y: &String| dialect.same_name(x, y);
    let x = Exprs::new(dialect, b);
    let pk_same = b.primary_key.as_ref().map(|k| (&k.name, &k.columns))
        == l.primary_key.as_ref().map(|k| (&k.name, &k.columns));
    Table {
        description: description(&b.description, &l.description),
        columns: l
            .columns
            .iter()
            .map(|lc| merge_column(b, lc, dialect))
            .collect(),
        primary_key: if pk_same {
            b.primary_key.clone()
        } else {
            l.primary_key.clone()
        },
        foreign_keys: keep_equal(
            &b.foreign_keys,
            &l.foreign_keys,
            |k| &k.name,
            fk_same,
            named,
        ),
        uniques: keep_equal(&b.uniques, &l.uniques, |u| &u.name, unique_same, named),
        indexes: keep_equal(
            &b.indexes,
            &l.indexes,
            |i| &i.name,
            |p, q| index_eq(p, q, &x),
            named,
        ),
        checks: keep_equal(
            &b.checks,
            &l.checks,
            |c| &c.name,
            |p, q| check_eq(p, q, &x),
            named,
        ),
        rows: if b.enum_spec.is_some() {
            merge_rows(b, l)
        } else {
            l.rows.clone()
        },
        // The database says whether it is a view, and what the view selects.
        view: l.view.clone(),
        ..b.clone()
    }
}

/// Constraints by name: the file's version where the database has the same, the database's
/// where it differs, new ones after, vanished ones gone.
fn keep_equal<T: Clone>(
    base: &[T],
    live: &[T],
    name: impl Fn(&T) -> &String,
    same: impl Fn(&T, &T) -> bool,
    named: impl Fn(&String, &String) -> bool,
) -> Vec<T> {
    ordered(
        base,
        live,
        |b, l| named(name(b), name(l)),
        |b, l| if same(b, l) { b.clone() } else { l.clone() },
    )
}

fn fk_same(b: &ForeignKey, l: &ForeignKey) -> bool {
    let cols = |v: &[String]| v.iter().map(|c| c.to_lowercase()).collect::<Vec<_>>();
    cols(&b.columns) == cols(&l.columns)
        && cols(&b.ref_columns) == cols(&l.ref_columns)
        && b.references
            .schema
            .eq_ignore_ascii_case(&l.references.schema)
        && b.references.table.eq_ignore_ascii_case(&l.references.table)
        && b.on_delete == l.on_delete
        && b.on_update == l.on_update
}

fn unique_same(b: &UniqueConstraint, l: &UniqueConstraint) -> bool {
    b.columns.len() == l.columns.len()
        && b.columns
            .iter()
            .zip(&l.columns)
            .all(|(x, y)| x.eq_ignore_ascii_case(y))
}

/// A live column, keeping from the file's column whatever the database does not contradict.
fn merge_column(b: &Table, l: &Column, dialect: Dialect) -> Column {
    let Some(bc) = b.column(&l.name) else {
        return l.clone();
    };
    let path = format!("{}.{}", b.qualified(), l.name);
    if compare_column(&path, bc, l, dialect).is_empty() {
        return bc.clone();
    }
    let same_named = match (&bc.user_type, &l.user_type) {
        (None, None) => true,
        (Some(x), Some(y)) => {
            dialect.same_name(&x.schema, &y.schema) && dialect.same_name(&x.name, &y.name)
        }
        _ => false,
    };
    let type_kept = same_named && dialect.equivalent(&bc.sql_type, &l.sql_type);
    let default_text = |c: &Column| {
        c.default
            .as_ref()
            .map(|d| dialect.default_sql(d, &c.sql_type))
    };
    let default_kept = default_text(bc) == default_text(l);
    Column {
        sql_type: if type_kept {
            bc.sql_type.clone()
        } else {
            l.sql_type.clone()
        },
        user_type: if type_kept {
            bc.user_type.clone()
        } else {
            l.user_type.clone()
        },
        rust_type_override: if type_kept {
            bc.rust_type_override.clone()
        } else {
            l.rust_type_override.clone()
        },
        nullable: l.nullable,
        identity: l.identity,
        default: if default_kept {
            bc.default.clone()
        } else {
            l.default.clone()
        },
        default_name: l.default.as_ref().and(bc.default_name.clone()),
        description: description(&bc.description, &l.description),
        ..bc.clone()
    }
}

/// Reference rows in the file's order: unchanged ones verbatim, changed ones as the database has
/// them, removed ones gone, new ones after (in the database's key order).
fn merge_rows(b: &Table, l: &Table) -> Vec<Row> {
    let id = |t: &Table, r: &Row| t.id_column().and_then(|c| t.row_value(r, &c.name)).cloned();
    let same_id = |br: &Row, lr: &Row| id(b, br).is_some() && id(b, br) == id(l, lr);
    ordered(&b.rows, &l.rows, same_id, |br, lr| {
        if rows_equal(b, br, l, lr) {
            br.clone()
        } else {
            lr.clone()
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{EnumSpec, Length, LintException, SqlType};

    fn col(name: &str, ty: SqlType, description: Option<&str>) -> Column {
        Column {
            name: name.into(),
            sql_type: ty,
            description: description.map(String::from),
            ..Column::default()
        }
    }

    fn db(tables: Vec<Table>) -> Database {
        let schema = DbSchema {
            name: "dbo".into(),
            tables,
            ..DbSchema::default()
        };
        Database {
            name: "Shop".into(),
            schemas: vec![schema],
            ..Database::default()
        }
    }

    fn table(name: &str, columns: Vec<Column>) -> Table {
        Table {
            name: name.into(),
            schema: "dbo".into(),
            columns,
            ..Table::default()
        }
    }

    #[test]
    fn keeps_what_the_database_cannot_express() {
        let mut code = col("Code", SqlType::VarChar(Length::N(10)), Some("The code."));
        code.lint_exceptions = vec![LintException {
            rule: "SOL004".into(),
            reason: "legacy".into(),
        }];
        let mut base_t = table(
            "Status",
            vec![col("Level", SqlType::TinyInt, Some("Level.")), code],
        );
        base_t.enum_spec = Some(EnumSpec {
            variant_column: "Code".into(),
            ..EnumSpec::default()
        });
        let base = db(vec![base_t]);
        // What PostgreSQL gives back: nvarchar for every varchar, no column descriptions.
        let live = db(vec![table(
            "Status",
            vec![
                col("Level", SqlType::SmallInt, None),
                col("Code", SqlType::NVarChar(Length::N(10)), None),
            ],
        )]);
        let merged = merge(&base, &live, Dialect::Postgres);
        assert_eq!(merged, base);
    }

    #[test]
    fn rewrites_only_what_the_database_contradicts() {
        let base = db(vec![
            table(
                "Item",
                vec![
                    col("ItemID", SqlType::Int, Some("Key.")),
                    col("Gone", SqlType::Int, None),
                ],
            ),
            table("Old", vec![col("OldID", SqlType::Int, None)]),
        ]);
        let live = db(vec![
            table(
                "Item",
                vec![
                    col("ItemID", SqlType::BigInt, None),
                    col("Added", SqlType::Bit, Some("New.")),
                ],
            ),
            table("New", vec![col("NewID", SqlType::Int, None)]),
        ]);
        let merged = merge(&base, &live, Dialect::Postgres);
        let names: Vec<&str> = merged.schemas[0]
            .tables
            .iter()
            .map(|t| t.name.as_str())
            .collect();
        assert_eq!(names, ["Item", "New"]);
        let item = &merged.schemas[0].tables[0];
        assert_eq!(
            item.columns[0],
            col("ItemID", SqlType::BigInt, Some("Key.")),
            "type from the database, description kept"
        );
        assert_eq!(item.columns[1], col("Added", SqlType::Bit, Some("New.")));
        assert_eq!(item.columns.len(), 2);
    }
}
