//! The view-model of MODELS.md: every string is final Markdown (escaped by [`super::md`]);
//! the template only loops and prints.

use serde::Serialize;

use super::examples::{self, Example};
use super::graph::{Edge, EdgeIndex};
use super::md::{code, text};
use crate::ir::{Column, Database, DbSchema, Index, Table};
use crate::render::enum_view::EnumIndex;

/// The whole guide.
#[derive(Debug, Serialize)]
pub struct GuideView {
    /// The generated-file header line.
    pub header: &'static str,
    /// The database name, as text.
    pub database: String,
    /// The database description, as text (may be empty).
    pub description: String,
    /// The Mermaid diagram source.
    pub mermaid: String,
    /// The "how do I" examples.
    pub examples: Vec<ExampleView>,
    /// Schemas in source order.
    pub schemas: Vec<SchemaDoc>,
}

/// One example.
#[derive(Debug, Serialize)]
pub struct ExampleView {
    /// Heading text.
    pub title: String,
    /// Paragraph.
    pub intro: String,
    /// Doctest body (hidden lines included).
    pub code: String,
}

/// One schema's section.
#[derive(Debug, Serialize)]
pub struct SchemaDoc {
    /// HTML id.
    pub anchor: String,
    /// Name as inline code.
    pub name: String,
    /// Rust module path as inline code.
    pub module: String,
    /// Description as text.
    pub description: String,
    /// Tables: link lines for the schema's table list, then sections.
    pub tables: Vec<TableDoc>,
}

/// One table's section.
#[derive(Debug, Serialize)]
pub struct TableDoc {
    /// HTML id.
    pub anchor: String,
    /// `schema.table` as inline code.
    pub title: String,
    /// Rust path of the struct (and enum) as inline code.
    pub rust: String,
    /// Description as text.
    pub description: String,
    /// Column rows, cells final.
    pub columns: Vec<Vec<String>>,
    /// Bullets: primary key, unique constraints, checks.
    pub keys: Vec<String>,
    /// Bullets: indexes.
    pub indexes: Vec<String>,
    /// Bullets: foreign keys of this table.
    pub references: Vec<String>,
    /// Bullets: foreign keys of other tables into this one.
    pub referenced_by: Vec<String>,
    /// Header cells of the rows table (enum variant first); empty for non-reference tables.
    pub row_header: Vec<String>,
    /// Reference rows, cells final.
    pub rows: Vec<Vec<String>>,
}

/// Builds the guide's view for `db`.
pub fn guide_view(db: &Database, edges: &[Edge<'_>], mermaid: String) -> GuideView {
    let ctx = Ctx {
        enums: EnumIndex::new(db),
        edges: EdgeIndex::new(edges),
    };
    GuideView {
        header: super::header::MD_HEADER.trim_end(),
        database: text(&db.name),
        description: text(db.description.as_deref().unwrap_or_default()),
        mermaid,
        examples: examples::applicable(db)
            .into_iter()
            .map(example_view)
            .collect(),
        schemas: db
            .schemas
            .iter()
            .map(|s| SchemaDoc {
                anchor: super::md::anchor(&[&s.rust_module]),
                name: code(&s.name),
                module: code(&format!("models::{}", s.rust_module)),
                description: text(s.description.as_deref().unwrap_or_default()),
                tables: s.tables.iter().map(|t| table_doc(&ctx, s, t)).collect(),
            })
            .collect(),
    }
}

fn example_view(e: &Example) -> ExampleView {
    ExampleView {
        title: text(e.title),
        intro: e.intro.to_owned(),
        code: examples::doctest(e),
    }
}

/// The HTML id of a table's section (also what struct docs link to).
pub fn table_anchor(schema: &DbSchema, table: &Table) -> String {
    super::md::anchor(&[&schema.rust_module, &table.rust_module])
}

/// What every table's section needs, indexed once for the whole guide.
struct Ctx<'e, 'a> {
    enums: EnumIndex,
    edges: EdgeIndex<'e, 'a>,
}

fn table_doc(ctx: &Ctx<'_, '_>, s: &DbSchema, t: &Table) -> TableDoc {
    let row = code(&format!("models::{}::{}", s.rust_module, t.rust_name));
    let rust = match &t.enum_spec {
        Some(spec) => {
            let e = code(&format!("models::{}::{}", s.rust_module, spec.rust_name));
            format!("{e} (enum) and {row} (row struct)")
        }
        None => row,
    };
    let (row_header, rows) = ref_rows(t);
    TableDoc {
        anchor: table_anchor(s, t),
        title: match t.is_view() {
            true => format!("{} (view)", code(&t.qualified())),
            false => code(&t.qualified()),
        },
        rust,
        description: text(t.description.as_deref().unwrap_or_default()),
        columns: t
            .columns
            .iter()
            .map(|c| column_row(&ctx.enums, t, c))
            .collect(),
        keys: keys(t),
        indexes: t.indexes.iter().map(index_line).collect(),
        references: ctx
            .edges
            .references(t)
            .iter()
            .map(|e| relation_line(e, true))
            .collect(),
        referenced_by: ctx
            .edges
            .referenced_by(t)
            .iter()
            .map(|e| relation_line(e, false))
            .collect(),
        row_header,
        rows,
    }
}

/// The columns and keys of `t` as Markdown for the doc of its struct (one doc attribute, so
/// that rustdoc shows them on the struct's page): a table of every column's name, field, SQL
/// type, nullability and default, then the primary key, unique constraints, checks, foreign
/// keys and indexes, one bullet each.
pub fn struct_doc(enums: &EnumIndex, t: &Table) -> String {
    let mut doc = String::from(
        "\n # Columns\n\n | Column | Rust field | SQL type | Null | Default |\n |---|---|---|---|---|\n",
    );
    for c in &t.columns {
        let cells = column_row(enums, t, c);
        let keep: Vec<&str> = [0, 1, 2, 4, 5]
            .iter()
            .filter_map(|&i| cells.get(i).map(String::as_str))
            .collect();
        doc.push_str(&format!(" | {} |\n", keep.join(" | ")));
    }
    let mut bullets = keys(t);
    bullets.extend(t.foreign_keys.iter().map(|fk| {
        let target = format!("{}.{}", fk.references.schema, fk.references.table);
        format!(
            "foreign key {} ({}) → {} ({})",
            code(&fk.name),
            names(&fk.columns),
            code(&target),
            names(&fk.ref_columns)
        )
    }));
    bullets.extend(t.indexes.iter().map(|i| {
        let line = index_line(i);
        match line.strip_prefix("unique ") {
            Some(rest) => format!("unique index {rest}"),
            None => format!("index {line}"),
        }
    }));
    if !bullets.is_empty() {
        doc.push_str("\n # Keys\n\n");
        for b in bullets {
            doc.push_str(&format!(" - {b}\n"));
        }
    }
    doc
}

fn column_row(enums: &EnumIndex, t: &Table, c: &Column) -> Vec<String> {
    let base = enums
        .target(t, c)
        .or_else(|| (!c.rust_enum.is_empty()).then(|| c.rust_enum.clone()))
        .map(|p| p.replacen("crate::", "", 1))
        .or_else(|| {
            c.rust_type()
                .map(|r| short_path(&crate::render::rust_type::path(&r)))
        })
        .unwrap_or_else(|| "?".into());
    let ty = if c.nullable {
        format!("Option<{base}>")
    } else {
        base
    };
    let mut sql_type = c
        .user_type
        .as_ref()
        .map_or_else(|| c.sql_type.to_string(), |u| u.qualified());
    if c.identity.is_some() {
        sql_type.push_str(" identity");
    }
    vec![
        code(&c.name),
        code(crate::naming::ident::unraw(&c.rust_field)),
        code(&sql_type),
        code(&ty),
        if c.nullable { "yes" } else { "no" }.into(),
        c.default
            .as_ref()
            .map(|d| code(&d.to_string()))
            .unwrap_or_default(),
        text(c.description.as_deref().unwrap_or_default()),
    ]
}

/// `::std::string::String` → `String`, `::chrono::NaiveDate` → `chrono::NaiveDate`.
fn short_path(path: &str) -> String {
    path.replace("::std::string::", "")
        .replace("::std::vec::", "")
        .replace("::", "\u{0}")
        .trim_start_matches('\u{0}')
        .replace('\u{0}', "::")
        .replace("<::", "<")
}

fn names(cols: &[String]) -> String {
    cols.iter().map(|c| code(c)).collect::<Vec<_>>().join(", ")
}

fn keys(t: &Table) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(pk) = &t.primary_key {
        out.push(format!(
            "primary key {} ({})",
            code(&pk.name),
            names(&pk.columns)
        ));
    }
    for u in &t.uniques {
        out.push(format!("unique {} ({})", code(&u.name), names(&u.columns)));
    }
    for c in &t.checks {
        out.push(format!("check {}: {}", code(&c.name), code(&c.expression)));
    }
    out
}

fn index_line(i: &Index) -> String {
    let cols: Vec<String> = i
        .columns
        .iter()
        .map(|c| {
            code(&if c.descending {
                format!("{} DESC", c.name)
            } else {
                c.name.clone()
            })
        })
        .collect();
    let mut line = format!(
        "{}{} ({})",
        if i.unique { "unique " } else { "" },
        code(&i.name),
        cols.join(", ")
    );
    if !i.include.is_empty() {
        line.push_str(&format!(" include ({})", names(&i.include)));
    }
    if let Some(f) = &i.filter {
        line.push_str(&format!(" where {}", code(f)));
    }
    line
}

fn relation_line(e: &Edge<'_>, outgoing: bool) -> String {
    let (other_s, other) = if outgoing {
        (e.parent_schema, e.parent)
    } else {
        (e.child_schema, e.child)
    };
    let link = format!(
        "[{}](#{})",
        code(&other.qualified()),
        table_anchor(other_s, other)
    );
    let cols = format!("{} → {}", names(&e.fk.columns), names(&e.fk.ref_columns));
    // Cardinality read from this table's side: how many of the other rows one row has.
    let card = if outgoing {
        e.parent_card()
    } else {
        e.child_card()
    };
    format!("{link} via {cols}: {card} ({})", code(&e.fk.name))
}

/// The rows of a reference table: enum variant, then every column.
fn ref_rows(t: &Table) -> (Vec<String>, Vec<Vec<String>>) {
    if t.enum_spec.is_none() && t.rows.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let mut header = vec!["variant".to_owned()];
    header.extend(t.columns.iter().map(|c| code(&c.name)));
    let rows = t
        .rows
        .iter()
        .map(|r| {
            let mut cells = vec![if r.rust_variant.is_empty() {
                String::new()
            } else {
                code(&r.rust_variant)
            }];
            cells.extend(t.columns.iter().map(|c| match t.row_value(r, &c.name) {
                Some(crate::ir::Value::Text(s)) => text(s),
                Some(v) => code(&v.to_string()),
                None => String::new(),
            }));
            cells
        })
        .collect();
    (header, rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rust_paths_are_shortened_for_reading() {
        assert_eq!(short_path("::std::string::String"), "String");
        assert_eq!(
            short_path("::chrono::DateTime<::chrono::FixedOffset>"),
            "chrono::DateTime<chrono::FixedOffset>"
        );
        assert_eq!(short_path("::std::vec::Vec<u8>"), "Vec<u8>");
        assert_eq!(short_path("i64"), "i64");
    }
}
