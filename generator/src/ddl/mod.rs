//! Creation scripts for SQL Server (T-SQL) and PostgreSQL, as a function of the IR.
//!
//! Order: schemas, tables in foreign-key order (a cycle is broken by adding the key afterwards
//! with `ALTER TABLE`), their indexes, the deferred keys, descriptions, then the reference
//! rows. Every constraint and index keeps its schema.yaml name; every identifier is quoted for
//! the dialect and every literal escaped. The output depends only on the IR, so it is
//! byte-for-byte deterministic. T-SQL batches are separated by `GO` lines.

mod describe;
mod order;
mod seed;
mod table;

use std::fmt::Write as _;

use crate::diag::{Diagnostic, Diagnostics};
use crate::dialect::IrDialect;
use crate::ir::{Database, ForeignKey, ReferentialAction, Table};
use gen_runtime::Dialect;

pub use describe::descriptions_script;

/// What the creation script includes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DdlOptions {
    /// Insert the reference rows (`--no-seed` clears it).
    pub seed: bool,
}

impl Default for DdlOptions {
    fn default() -> Self {
        DdlOptions { seed: true }
    }
}

/// The schemas every server already has, which the script must not create.
fn builtin_schema(dialect: Dialect, name: &str) -> bool {
    match dialect {
        Dialect::Mssql => name.eq_ignore_ascii_case("dbo"),
        Dialect::Postgres => name == "public",
    }
}

/// Ends a T-SQL batch (`CREATE SCHEMA` must stand alone in one); nothing on PostgreSQL.
pub(crate) fn end_batch(out: &mut String, dialect: Dialect) {
    if dialect == Dialect::Mssql {
        out.push_str("GO\n");
    }
}

/// What `db` holds that `dialect` cannot express, as errors at their schema.yaml location:
/// `ON DELETE` / `ON UPDATE RESTRICT` on SQL Server, which has no such action, and a foreign
/// key between columns of types the dialect cannot compare (`smallint` → `int` is fine on
/// PostgreSQL, not on SQL Server). A script is written only when this is empty of errors,
/// never with the construct silently changed.
pub fn refusals(db: &Database, dialect: Dialect) -> Diagnostics {
    let mut out = Diagnostics::default();
    if dialect == Dialect::Mssql {
        for t in db
            .schemas
            .iter()
            .flat_map(|s| &s.types)
            .filter(|t| t.is_enum())
        {
            out.push(
                Diagnostic::error(
                    t.loc.clone(),
                    format!("{}.{}: an enum type has no SQL Server form", t.schema, t.name),
                )
                .with_help("declare the columns as text with a value-list check and `enum: true` (docs/schema-format.md, Value enums), or write the script for PostgreSQL"),
            );
        }
    }
    for (_, t) in db.tables() {
        if let Some(v) = &t.view
            && v.dialect != dialect
        {
            out.push(
                Diagnostic::error(
                    v.loc.clone(),
                    format!(
                        "{}: the view's definition is {} SQL, and gen does not translate a query into {}",
                        t.qualified(),
                        v.dialect.product(),
                        dialect.product()
                    ),
                )
                .with_help(format!(
                    "write the script with `--dialect {}`, or exclude the view with `filter` (its struct and reads need it to exist)",
                    v.dialect.name()
                )),
            );
        }
        if dialect == Dialect::Mssql {
            for c in t
                .columns
                .iter()
                .filter(|c| matches!(c.sql_type, crate::ir::SqlType::Array(_)))
            {
                out.push(
                    Diagnostic::error(
                        c.loc.clone(),
                        format!(
                            "{}.{}: an array has no SQL Server form",
                            t.qualified(),
                            c.name
                        ),
                    )
                    .with_help(
                        "model the elements as a child table, or write the script for PostgreSQL",
                    ),
                );
            }
        }
        for fk in &t.foreign_keys {
            key_types(db, dialect, t, fk, &mut out);
            if dialect != Dialect::Mssql {
                continue;
            }
            for (when, a) in [("DELETE", fk.on_delete), ("UPDATE", fk.on_update)] {
                if a == ReferentialAction::Restrict {
                    out.push(
                        Diagnostic::error(
                            fk.loc.clone(),
                            format!(
                                "{}.{}: ON {when} RESTRICT has no SQL Server form",
                                t.qualified(),
                                fk.name
                            ),
                        )
                        .with_help("use `no_action` (SQL Server checks it at the end of the statement; RESTRICT checks at once), or write the script for PostgreSQL"),
                    );
                }
            }
        }
    }
    out
}

fn key_types(db: &Database, dialect: Dialect, t: &Table, fk: &ForeignKey, out: &mut Diagnostics) {
    let Some(rt) = db.resolve(&fk.references) else {
        return;
    };
    for (c, r) in fk.columns.iter().zip(&fk.ref_columns) {
        let (Some(own), Some(rc)) = (t.column(c), rt.column(r)) else {
            continue;
        };
        if !dialect.foreign_key_types(&own.sql_type, &rc.sql_type) {
            out.push(
                Diagnostic::error(
                    fk.loc.clone(),
                    format!(
                        "{}.{}: column `{c}` is {} but {}.{r} is {}, which {} does not accept in a foreign key",
                        t.qualified(),
                        fk.name,
                        own.sql_type,
                        rt.qualified(),
                        rc.sql_type,
                        dialect.product()
                    ),
                )
                .with_help("give both columns the same type in schema.yaml"),
            );
        }
    }
}

/// `CREATE TYPE` / `CREATE DOMAIN` for every named type, before the tables that use them:
/// an enum type (PostgreSQL only: [`refusals`] stops SQL Server first), and a domain (or,
/// on SQL Server, an alias type) over its base type.
fn user_types(out: &mut String, db: &Database, dialect: Dialect) {
    for t in db.schemas.iter().flat_map(|s| &s.types) {
        let name = dialect.qualified(&t.schema, &t.name);
        let _ = match (&t.base, dialect) {
            (None, _) => {
                let labels: Vec<String> = t
                    .labels
                    .iter()
                    .map(|l| dialect.string_literal(l, false))
                    .collect();
                writeln!(out, "CREATE TYPE {name} AS ENUM ({});", labels.join(", "))
            }
            (Some(base), Dialect::Postgres) => {
                writeln!(out, "CREATE DOMAIN {name} AS {};", dialect.type_name(base))
            }
            (Some(base), Dialect::Mssql) => {
                writeln!(out, "CREATE TYPE {name} FROM {};", dialect.type_name(base))
            }
        };
        end_batch(out, dialect);
    }
}

/// The complete creation script for `db`.
pub fn script(db: &Database, dialect: Dialect, options: DdlOptions) -> String {
    let mut out = header(db, dialect, "creation script");
    for schema in db
        .schemas
        .iter()
        .filter(|s| !builtin_schema(dialect, &s.name))
    {
        let _ = writeln!(out, "CREATE SCHEMA {};", dialect.quote(&schema.name));
        end_batch(&mut out, dialect);
    }
    user_types(&mut out, db, dialect);
    let plan = order::plan(db);
    for t in &plan.tables {
        out.push('\n');
        table::create_table(&mut out, dialect, t, &plan);
        table::create_indexes(&mut out, dialect, t);
    }
    if !plan.deferred.is_empty() {
        out.push_str("\n-- Foreign keys that close a cycle, added once both tables exist.\n");
        for (t, fk) in &plan.deferred {
            table::add_foreign_key(&mut out, dialect, t, fk);
        }
    }
    end_batch(&mut out, dialect);
    create_views(&mut out, db, dialect);
    let descriptions = describe::statements(db, dialect, false);
    if !descriptions.is_empty() {
        out.push_str("\n-- Descriptions.\n");
        out.push_str(&descriptions);
        end_batch(&mut out, dialect);
    }
    if options.seed {
        let rows = seed::statements(&plan.tables, dialect);
        if !rows.is_empty() {
            out.push_str("\n-- Reference rows.\n");
            out.push_str(&rows);
            end_batch(&mut out, dialect);
        }
    }
    out
}

/// `CREATE VIEW … AS <definition>` for every view written in `dialect`, in file order, after
/// the tables they read (each in a batch of its own on SQL Server, as `CREATE VIEW` must be).
/// A view of another dialect is one of [`refusals`], so the script never holds it.
fn create_views(out: &mut String, db: &Database, dialect: Dialect) {
    let views = db
        .tables()
        .filter_map(|(_, t)| Some((t, t.view.as_ref()?)))
        .filter(|(_, v)| v.dialect == dialect);
    for (t, v) in views {
        let _ = writeln!(
            out,
            "\nCREATE VIEW {} AS\n{};",
            dialect.qualified(&t.schema, &t.name),
            v.definition.trim_end().trim_end_matches(';')
        );
        end_batch(out, dialect);
    }
}

/// The first lines of every script: what made it and for which database.
fn header(db: &Database, dialect: Dialect, what: &str) -> String {
    let target = dialect.product();
    // The name goes into a comment: a newline in it must not end the comment.
    let name: String = db
        .name
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    format!("-- {target} {what} for {name}, generated by `gen ddl` from the schema. Do not edit.\n")
}

#[cfg(test)]
mod tests;
