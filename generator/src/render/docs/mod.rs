//! The generated documentation beside the models crate: `MODELS.md` (per schema and table:
//! purpose, columns, keys, indexes, relationships both ways, reference rows; "how do I"
//! examples that are also doctests; a Mermaid diagram) and `erd.svg`, both drawn from one
//! relationship graph ([`graph`]) so they always agree. Both carry the generated header, so
//! `gen models --check` covers them and `--out` replaces them like any generated file.

mod examples;
mod graph;
mod guide;
mod header;
mod md;
mod mermaid;
mod svg;

use std::collections::HashMap;

use minijinja::{Environment, Value, value::Serde};

use crate::error::GenError;
use crate::ir::{Database, Table};

pub use guide::struct_doc;

/// Where MODELS.md goes, relative to the output directory.
pub const GUIDE_PATH: &str = "MODELS.md";
/// Where the SVG diagram goes.
pub const SVG_PATH: &str = "erd.svg";

/// Renders MODELS.md (with the `MODELS.md.j2` template of `env`) and erd.svg.
pub fn render(db: &Database, env: &Environment<'_>) -> Result<Vec<(String, String)>, GenError> {
    let edges = graph::edges(db);
    let view = guide::guide_view(db, &edges, mermaid::diagram(db, &edges));
    let guide = super::render_text(env, "MODELS.md.j2", &db.name, Value::from(Serde(view)))?;
    Ok(vec![
        (GUIDE_PATH.into(), guide),
        (SVG_PATH.into(), svg::diagram(db, &edges)),
    ])
}

/// Doc lines (as Rust string literals, like [`super::lit::doc_lines`]) that link a table's
/// struct to its section of the guide (`crate::guide`, which holds MODELS.md) and to the
/// structs of the tables it references and that reference it.
pub fn struct_links(db: &Database) -> StructLinks {
    let edges = graph::edges(db);
    let index = graph::EdgeIndex::new(&edges);
    StructLinks(
        db.tables()
            .map(|(s, t)| {
                let lines = links_for(s, t, index.references(t), index.referenced_by(t));
                (table_key(t), lines)
            })
            .collect(),
    )
}

/// The doc lines of [`struct_links`] for every table, computed once for the whole crate.
pub struct StructLinks(HashMap<(String, String), Vec<String>>);

impl StructLinks {
    /// The lines for `table` (none for a table the graph does not know).
    pub fn get(&self, table: &Table) -> Vec<String> {
        self.0.get(&table_key(table)).cloned().unwrap_or_default()
    }
}

fn table_key(t: &Table) -> (String, String) {
    (t.schema.clone(), t.name.clone())
}

fn links_for(
    schema: &crate::ir::DbSchema,
    table: &Table,
    references: &[&graph::Edge<'_>],
    referenced_by: &[&graph::Edge<'_>],
) -> Vec<String> {
    let link = |s: &crate::ir::DbSchema, t: &Table| {
        let name = crate::naming::ident::unraw(&t.rust_name).to_owned();
        format!("[`{name}`](crate::{}::{})", s.rust_module, t.rust_name)
    };
    let mut lines = vec![
        String::new(),
        format!(
            "Guide: [columns, keys, relationships and the diagram](crate::guide#{}).",
            guide::table_anchor(schema, table)
        ),
    ];
    let mut related = |label: &str, list: Vec<String>| {
        // Two keys to the same table (UserID, InvitedBy) link it once.
        let mut seen = std::collections::BTreeSet::new();
        let list: Vec<String> = list
            .into_iter()
            .filter(|l| seen.insert(l.clone()))
            .collect();
        if !list.is_empty() {
            lines.push(format!("{label}: {}.", list.join(", ")));
        }
    };
    related(
        "References",
        references
            .iter()
            .map(|e| link(e.parent_schema, e.parent))
            .collect(),
    );
    related(
        "Referenced by",
        referenced_by
            .iter()
            .map(|e| link(e.child_schema, e.child))
            .collect(),
    );
    lines
        .iter()
        .map(|l| match l.is_empty() {
            true => super::lit::string(""),
            false => super::lit::string(&format!(" {l}")),
        })
        .collect()
}
