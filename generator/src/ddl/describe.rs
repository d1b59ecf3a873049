//! Descriptions: `sp_addextendedproperty 'MS_Description'` on SQL Server, `COMMENT ON` on
//! PostgreSQL; and the idempotent `--descriptions-only` script that (re)sets every one.

use std::fmt::Write as _;

use crate::ir::Database;
use gen_runtime::Dialect;

/// Where a description sits: a schema, a table, or a column. The `&str` after the schema is
/// the object's kind (`TABLE` or `VIEW`), which both dialects spell out.
enum Target<'a> {
    Schema(&'a str),
    Table(&'a str, &'static str, &'a str),
    Column(&'a str, &'static str, &'a str, &'a str),
}

/// The script `gen ddl --descriptions-only` prints: safe to run again and again on a database
/// that already has the tables.
pub fn descriptions_script(db: &Database, d: Dialect) -> String {
    let mut out = super::header(db, d, "description script");
    out.push_str(&statements(db, d, true));
    super::end_batch(&mut out, d);
    out
}

/// One statement per description, schemas, then each table and its columns. `idempotent`
/// makes each SQL Server statement update an existing description instead of failing.
pub(crate) fn statements(db: &Database, d: Dialect, idempotent: bool) -> String {
    let mut out = String::new();
    for s in &db.schemas {
        if let Some(text) = &s.description {
            describe(&mut out, d, &Target::Schema(&s.name), text, idempotent);
        }
        for t in &s.tables {
            let kind = if t.is_view() { "VIEW" } else { "TABLE" };
            if let Some(text) = &t.description {
                describe(
                    &mut out,
                    d,
                    &Target::Table(&s.name, kind, &t.name),
                    text,
                    idempotent,
                );
            }
            for c in &t.columns {
                if let Some(text) = &c.description {
                    let target = Target::Column(&s.name, kind, &t.name, &c.name);
                    describe(&mut out, d, &target, text, idempotent);
                }
            }
        }
    }
    out
}

fn describe(out: &mut String, d: Dialect, target: &Target<'_>, text: &str, idempotent: bool) {
    match d {
        Dialect::Postgres => {
            let object = match target {
                Target::Schema(s) => format!("SCHEMA {}", d.quote(s)),
                Target::Table(s, kind, t) => format!("{kind} {}", d.qualified(s, t)),
                Target::Column(s, _, t, c) => {
                    format!("COLUMN {}.{}", d.qualified(s, t), d.quote(c))
                }
            };
            let _ = writeln!(
                out,
                "COMMENT ON {object} IS {};",
                d.string_literal(text, false)
            );
        }
        Dialect::Mssql if idempotent => {
            let args = property_args(target, text);
            let _ = writeln!(
                out,
                "IF EXISTS (SELECT 1 FROM sys.extended_properties WHERE {})",
                exists_filter(target)
            );
            let _ = writeln!(out, "    EXEC sys.sp_updateextendedproperty {args};");
            let _ = writeln!(out, "ELSE\n    EXEC sys.sp_addextendedproperty {args};");
        }
        Dialect::Mssql => {
            let _ = writeln!(
                out,
                "EXEC sys.sp_addextendedproperty {};",
                property_args(target, text)
            );
        }
    }
}

fn n(text: &str) -> String {
    Dialect::Mssql.string_literal(text, true)
}

/// The named arguments of `sp_addextendedproperty` / `sp_updateextendedproperty`.
fn property_args(target: &Target<'_>, text: &str) -> String {
    let mut args = format!("@name = N'MS_Description', @value = {}", n(text));
    let levels: &[(&str, &str)] = match target {
        Target::Schema(s) => &[("SCHEMA", s)],
        Target::Table(s, kind, t) => &[("SCHEMA", s), (kind, t)],
        Target::Column(s, kind, t, c) => &[("SCHEMA", s), (kind, t), ("COLUMN", c)],
    };
    for (i, (kind, name)) in levels.iter().enumerate() {
        let _ = write!(
            args,
            ", @level{i}type = N'{kind}', @level{i}name = {}",
            n(name)
        );
    }
    args
}

/// The `sys.extended_properties` filter that finds an existing description of `target`.
fn exists_filter(target: &Target<'_>) -> String {
    let d = Dialect::Mssql;
    let base = "name = N'MS_Description'";
    match target {
        Target::Schema(s) => format!(
            "{base} AND class = 3 AND major_id = SCHEMA_ID({}) AND minor_id = 0",
            n(s)
        ),
        Target::Table(s, _, t) => {
            format!(
                "{base} AND class = 1 AND major_id = OBJECT_ID({}) AND minor_id = 0",
                n(&d.qualified(s, t))
            )
        }
        Target::Column(s, _, t, c) => {
            let object = n(&d.qualified(s, t));
            format!(
                "{base} AND class = 1 AND major_id = OBJECT_ID({object}) AND minor_id = COLUMNPROPERTY(OBJECT_ID({object}), {}, 'ColumnId')",
                n(c)
            )
        }
    }
}
