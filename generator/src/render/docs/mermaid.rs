//! The Mermaid `erDiagram` embedded in MODELS.md (GitHub renders it): every table with its
//! key columns, every foreign key with its crow's-foot cardinality.

use std::fmt::Write as _;

use super::graph::Edge;
use crate::ir::{Database, DbSchema, Table};

/// The diagram source, without the surrounding code fence.
pub fn diagram(db: &Database, edges: &[Edge<'_>]) -> String {
    let mut out = String::from("erDiagram\n");
    for schema in &db.schemas {
        let _ = writeln!(out, "    %% schema {}", word(&schema.name));
        for table in &schema.tables {
            entity(&mut out, schema, table);
        }
    }
    for e in edges {
        let parent = if e.optional { "|o" } else { "||" };
        let child = if e.one_to_one { "o|" } else { "o{" };
        let _ = writeln!(
            out,
            "    {} {parent}--{child} {} : \"{}\"",
            entity_id(e.parent_schema, e.parent),
            entity_id(e.child_schema, e.child),
            label(&e.fk.columns.join(", ")),
        );
    }
    out
}

/// `dbo_User`: Mermaid entity names allow letters, digits, `_` and `-` only.
pub fn entity_id(schema: &DbSchema, table: &Table) -> String {
    format!("{}_{}", word(&schema.name), word(&table.name))
}

fn entity(out: &mut String, schema: &DbSchema, table: &Table) {
    let _ = writeln!(out, "    {} {{", entity_id(schema, table));
    let pk: &[String] = table.primary_key.as_ref().map_or(&[], |p| &p.columns);
    for c in &table.columns {
        let is = |cols: &[String]| cols.iter().any(|k| k.eq_ignore_ascii_case(&c.name));
        let mut keys = Vec::new();
        if is(pk) {
            keys.push("PK");
        }
        if table.foreign_keys.iter().any(|fk| is(&fk.columns)) {
            keys.push("FK");
        }
        if table.uniques.iter().any(|u| is(&u.columns)) {
            keys.push("UK");
        }
        // Only key columns: the per-table sections list every column, and 35 full entities
        // make a diagram nobody can read.
        if keys.is_empty() {
            continue;
        }
        let ty = c.sql_type.to_string();
        let base = ty.split('(').next().unwrap_or("type");
        let _ = writeln!(
            out,
            "        {} {} {}",
            word(base),
            word(&c.name),
            keys.join(", ")
        );
    }
    out.push_str("    }\n");
}

/// Letters, digits and `_` only (anything else becomes `_`), never starting with a digit.
fn word(s: &str) -> String {
    let w: String = s
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if w.chars().next().is_none_or(|c| c.is_ascii_digit()) {
        format!("_{w}")
    } else {
        w
    }
}

/// A relationship label: quoted, so only `"` (and line breaks) must go.
fn label(s: &str) -> String {
    s.chars()
        .map(|c| if c == '"' || c.is_control() { '\'' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_mermaid_safe() {
        assert_eq!(word("User"), "User");
        assert_eq!(word("18-24"), "_18_24");
        assert_eq!(word("Pending Approval"), "Pending_Approval");
        assert_eq!(label("a\"b"), "a'b");
    }
}
