//! Rendering the models crate: view-models from the named IR, minijinja templates, then
//! `syn` (anything that is not valid Rust is a template bug) and `prettyplease` item by item,
//! blank lines between items and gen-runtime's macro invocations laid out by [`layout`] (the
//! one exception to "prettyplease formats"), with the "generated, do not edit" header
//! prepended last (syn would drop a plain comment).
//!
//! Files are rendered in parallel on every core; the result is an ordered map, so output is
//! the same whatever the thread timing.

mod cargo_toml;
mod docs;
mod enum_view;
pub mod layout;
pub mod lit;
mod locate;
mod nav_view;
pub mod rust_type;
mod sql_view;
mod templates;
pub mod view;

use std::collections::BTreeMap;
use std::path::Path;

use minijinja::{Environment, Value, value::Serde};

use crate::diag::Diagnostics;
use crate::error::GenError;
use crate::ir::Database;

pub use enum_view::{EnumIndex, EnumView, VariantView};

/// The header line every generated Rust file starts with; `--out` only ever deletes files
/// that carry [`MARKER`].
pub const RUST_HEADER: &str = "// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.\n";
/// The same header for TOML files.
pub const TOML_HEADER: &str = "# @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.\n";
/// The text that marks a file as generated.
pub const MARKER: &str = "@generated from schema.yaml by `gen`";

/// The generated crate: relative path (with `/`) → contents.
pub type FileSet = BTreeMap<String, String>;

/// One unit of work: a file (or, for the docs, two) to render.
enum Job<'a> {
    Cargo,
    Lib,
    /// The proc-macro crate behind `sql!` (two files).
    Macros,
    Docs,
    Schema(&'a crate::ir::DbSchema),
    Table(&'a crate::ir::DbSchema, &'a crate::ir::Table),
}

/// Renders the whole crate for a named IR, with the built-in templates or those in
/// `templates` overriding them.
pub fn render(db: &Database, templates: Option<&Path>) -> Result<FileSet, GenError> {
    let env = templates::environment(templates)?;
    // The docs job is the longest single one (the whole-database guide and diagram): first,
    // so that it runs beside the table files rather than after them.
    let mut jobs = vec![Job::Docs, Job::Cargo, Job::Lib, Job::Macros];
    for schema in &db.schemas {
        jobs.push(Job::Schema(schema));
        jobs.extend(schema.tables.iter().map(|t| Job::Table(schema, t)));
    }
    let enums = enum_view::EnumIndex::new(db);
    let tables = nav_view::TableIndex::new(db);
    let links = docs::struct_links(db);
    let cx = Cx {
        db,
        env: &env,
        enums: &enums,
        tables: &tables,
        links: &links,
    };
    let mut files = FileSet::new();
    for done in crate::par::map(&jobs, |job| cx.run(job)) {
        files.extend(done?);
    }
    Ok(files)
}

/// What every job reads: the named IR, the templates and the cross-table lookups, built once.
struct Cx<'a> {
    db: &'a Database,
    env: &'a Environment<'a>,
    enums: &'a enum_view::EnumIndex,
    tables: &'a nav_view::TableIndex,
    links: &'a docs::StructLinks,
}

impl Cx<'_> {
    fn run(&self, job: &Job<'_>) -> Result<Vec<(String, String)>, GenError> {
        let (db, env) = (self.db, self.env);
        let one = match job {
            Job::Docs => {
                let _phase = crate::stats::phase("render: MODELS.md and erd.svg (one job)");
                return docs::render(db, env);
            }
            Job::Cargo => {
                let view = Value::from(Serde(view::cargo_view(db)));
                let text = render_text(env, "Cargo.toml.j2", "Cargo.toml", view)?;
                ("Cargo.toml".into(), format!("{TOML_HEADER}{text}"))
            }
            Job::Macros => return self.macros(),
            Job::Lib => {
                let view = Value::from(Serde(view::crate_view(db)));
                let text = render_rust(env, "lib.rs.j2", &db.name, view)?;
                ("src/lib.rs".into(), text)
            }
            Job::Schema(s) => {
                let view = Value::from(Serde(view::schema_view(s)));
                let path = format!("src/{}/mod.rs", s.rust_module);
                (path, render_rust(env, "schema_mod.rs.j2", &s.name, view)?)
            }
            Job::Table(s, t) => {
                let view = view::table_view(self.enums, self.tables, t)
                    .map_err(|d| GenError::Input(Diagnostics(vec![d])))?;
                let path = format!("src/{}/{}.rs", s.rust_module, t.rust_module);
                let ctx = minijinja::context! {
                    guide_links => self.links.get(t),
                    ..Value::from(Serde(view))
                };
                (path, render_rust(env, "table.rs.j2", &t.qualified(), ctx)?)
            }
        };
        Ok(vec![one])
    }
}

impl Cx<'_> {
    /// `macros/Cargo.toml` and `macros/src/lib.rs`: the schema as the SQL checker's static
    /// data, and the proc macros the models crate re-exports as `sql!` / `sql_as!`.
    fn macros(&self) -> Result<Vec<(String, String)>, GenError> {
        let env = self.env;
        let cargo = render_text(
            env,
            "macros/Cargo.toml.j2",
            "macros/Cargo.toml",
            Value::from(Serde(view::cargo_view(self.db))),
        )?;
        let view = Value::from(Serde(sql_view::sql_schema_view(self.db, self.enums)));
        let lib = render_rust(env, "macros/lib.rs.j2", &self.db.name, view)?;
        Ok(vec![
            ("macros/Cargo.toml".into(), format!("{TOML_HEADER}{cargo}")),
            ("macros/src/lib.rs".into(), lib),
        ])
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
    let text = render_text(env, template, subject, ctx.clone())?;
    let file = syn::parse_file(&text).map_err(|e| {
        // Named by the template line that wrote it (an included template, often).
        let (template, problem) = match locate::bad_line(env, template, ctx) {
            Some((name, line)) => (name, format!("line {line} produced invalid Rust: {e}")),
            None => (template.to_owned(), format!("produced invalid Rust: {e}")),
        };
        GenError::Template {
            template,
            subject: subject.to_owned(),
            problem,
        }
    })?;
    Ok(format!("{RUST_HEADER}{}", layout::unparse(file)))
}
