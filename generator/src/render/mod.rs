//! Rendering the models crate: view-models from the named IR, minijinja templates, then
//! `syn` (anything that is not valid Rust is a template bug) and `prettyplease`, with the
//! "generated, do not edit" header prepended last (syn would drop a plain comment).
//!
//! Files are rendered in parallel on every core; the result is an ordered map, so output is
//! the same whatever the thread timing.

mod docs;
mod enum_view;
pub mod lit;
mod nav_view;
mod templates;
pub mod view;

use std::collections::BTreeMap;
use std::path::Path;

use minijinja::{Environment, Value, value::Serde};

use crate::diag::Diagnostics;
use crate::error::GenError;
use crate::ir::Database;

pub use enum_view::{EnumView, VariantView};

/// The header line every generated Rust file starts with; `--out` only ever deletes files
/// that carry [`MARKER`].
pub const RUST_HEADER: &str = "// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.\n";
/// The same header for TOML files.
pub const TOML_HEADER: &str = "# @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.\n";
/// The text that marks a file as generated.
pub const MARKER: &str = "@generated from schema.yaml by `gen`";

/// The generated crate: relative path (with `/`) → contents.
pub type FileSet = BTreeMap<String, String>;

/// One file to render.
enum Job<'a> {
    Cargo,
    Lib,
    Schema(&'a crate::ir::DbSchema),
    Table(&'a crate::ir::DbSchema, &'a crate::ir::Table),
}

/// Renders the whole crate for a named IR, with the built-in templates or those in
/// `templates` overriding them.
pub fn render(db: &Database, templates: Option<&Path>) -> Result<FileSet, GenError> {
    let env = templates::environment(templates)?;
    let mut jobs = vec![Job::Cargo, Job::Lib];
    for schema in &db.schemas {
        jobs.push(Job::Schema(schema));
        jobs.extend(schema.tables.iter().map(|t| Job::Table(schema, t)));
    }
    let enums = enum_view::EnumIndex::new(db);
    let tables = nav_view::TableIndex::new(db);
    let index = Indexes {
        enums: &enums,
        tables: &tables,
    };
    let links = docs::struct_links(db);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = jobs.len().div_ceil(threads).max(1);
    let results: Vec<Result<Vec<(String, String)>, GenError>> = std::thread::scope(|scope| {
        let handles: Vec<_> = jobs
            .chunks(chunk)
            .map(|part| {
                scope.spawn(|| {
                    part.iter()
                        .map(|j| run(db, &index, &links, &env, j))
                        .collect()
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err(GenError::Usage("a render thread panicked".into())))
            })
            .collect()
    });
    let mut files = FileSet::new();
    for part in results {
        files.extend(part?);
    }
    files.extend(docs::render(db, &env)?);
    Ok(files)
}

/// The cross-table lookups a table's view needs, built once per render.
struct Indexes<'a> {
    enums: &'a enum_view::EnumIndex,
    tables: &'a nav_view::TableIndex,
}

fn run(
    db: &Database,
    index: &Indexes<'_>,
    links: &docs::StructLinks,
    env: &Environment<'_>,
    job: &Job<'_>,
) -> Result<(String, String), GenError> {
    match job {
        Job::Cargo => {
            let text = render_text(env, "Cargo.toml.j2", "Cargo.toml", Value::from(()))?;
            Ok(("Cargo.toml".into(), format!("{TOML_HEADER}{text}")))
        }
        Job::Lib => {
            let view = Value::from(Serde(view::crate_view(db)));
            Ok((
                "src/lib.rs".into(),
                render_rust(env, "lib.rs.j2", &db.name, view)?,
            ))
        }
        Job::Schema(s) => {
            let view = Value::from(Serde(view::schema_view(s)));
            let path = format!("src/{}/mod.rs", s.rust_module);
            Ok((path, render_rust(env, "schema_mod.rs.j2", &s.name, view)?))
        }
        Job::Table(s, t) => {
            let view = view::table_view(index.enums, index.tables, t)
                .map_err(|d| GenError::Input(Diagnostics(vec![d])))?;
            let path = format!("src/{}/{}.rs", s.rust_module, t.rust_module);
            let ctx = minijinja::context! {
                guide_links => links.get(t),
                ..Value::from(Serde(view))
            };
            Ok((path, render_rust(env, "table.rs.j2", &t.qualified(), ctx)?))
        }
    }
}

fn render_text(
    env: &Environment<'_>,
    template: &str,
    subject: &str,
    ctx: Value,
) -> Result<String, GenError> {
    let problem = |e: minijinja::Error| GenError::Template {
        template: template.to_owned(),
        subject: subject.to_owned(),
        problem: format!("failed to render: {e:#}"),
    };
    env.get_template(template)
        .map_err(problem)?
        .render(ctx)
        .map_err(problem)
}

/// Renders, parses and formats one Rust file, header first.
fn render_rust(
    env: &Environment<'_>,
    template: &str,
    subject: &str,
    ctx: Value,
) -> Result<String, GenError> {
    let text = render_text(env, template, subject, ctx)?;
    let file = syn::parse_file(&text).map_err(|e| GenError::Template {
        template: template.to_owned(),
        subject: subject.to_owned(),
        problem: format!("produced invalid Rust: {e}"),
    })?;
    Ok(format!("{RUST_HEADER}{}", prettyplease::unparse(&file)))
}
