//! The templates (`generator/templates/`, inside the package so that `cargo package` and
//! `cargo install --git` carry them on every platform): compiled into the binary, or read from a `--templates` directory that
//! overrides them file by file.

use std::path::Path;

use minijinja::{AutoEscape, Environment, UndefinedBehavior, syntax::SyntaxConfig};

use crate::error::GenError;

/// Every template, by file name, as built in.
const BUILT_IN: &[(&str, &str)] = &[
    (
        "Cargo.toml.j2",
        include_str!("../../templates/Cargo.toml.j2"),
    ),
    ("lib.rs.j2", include_str!("../../templates/lib.rs.j2")),
    (
        "schema_mod.rs.j2",
        include_str!("../../templates/schema_mod.rs.j2"),
    ),
    ("table.rs.j2", include_str!("../../templates/table.rs.j2")),
    ("struct.rs.j2", include_str!("../../templates/struct.rs.j2")),
    (
        "columns.rs.j2",
        include_str!("../../templates/columns.rs.j2"),
    ),
    ("meta.rs.j2", include_str!("../../templates/meta.rs.j2")),
    ("record.rs.j2", include_str!("../../templates/record.rs.j2")),
    ("nav.rs.j2", include_str!("../../templates/nav.rs.j2")),
    ("enum.rs.j2", include_str!("../../templates/enum.rs.j2")),
    (
        "value_enum.rs.j2",
        include_str!("../../templates/value_enum.rs.j2"),
    ),
    (
        "macros/Cargo.toml.j2",
        include_str!("../../templates/macros/Cargo.toml.j2"),
    ),
    (
        "macros/lib.rs.j2",
        include_str!("../../templates/macros/lib.rs.j2"),
    ),
    ("MODELS.md.j2", include_str!("../../templates/MODELS.md.j2")),
];

/// A minijinja environment holding every template: strict about undefined values (a typo in a
/// template is an error, not empty output) and never escaping (the output is Rust, and
/// every literal is escaped by the view-model already).
pub fn environment(overrides: Option<&Path>) -> Result<Environment<'static>, GenError> {
    if let Some(dir) = overrides {
        check_overrides(dir)?;
    }
    let mut env = configured();
    for (name, built_in) in BUILT_IN {
        let source = match overrides.map(|dir| dir.join(name)) {
            Some(path) if path.exists() => crate::diag::read_text(&path)?,
            _ => (*built_in).to_owned(),
        };
        env.add_template_owned(*name, source)
            .map_err(|e| GenError::Template {
                template: (*name).to_owned(),
                subject: "the template itself".into(),
                problem: format!("does not compile: {e:#}"),
            })?;
    }
    Ok(env)
}

/// An empty environment with the settings every template is rendered with.
fn configured() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_auto_escape_callback(|_| AutoEscape::None);
    let syntax = SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .keep_trailing_newline(true)
        .build();
    if let Ok(syntax) = syntax {
        env.set_syntax(syntax);
    }
    env
}

/// The marker [`annotated`] appends to every template line: `/*@gen:NAME:LINE*/`.
pub const MARK: &str = "/*@gen:";

/// A copy of `env` whose templates end every line with a comment naming the template and
/// the line (`/*@gen:columns.rs.j2:3*/`), so that a line of output can be traced back to the
/// template line that wrote it. `None` when an annotated template does not compile (a tag
/// spanning lines).
pub fn annotated(env: &Environment<'_>) -> Option<Environment<'static>> {
    let mut out = configured();
    for (name, template) in env.templates() {
        let mut source = String::with_capacity(template.source().len() * 2);
        for (i, line) in template.source().split_inclusive('\n').enumerate() {
            let (body, end) = match line.strip_suffix('\n') {
                Some(body) => (body, "\n"),
                None => (line, ""),
            };
            source.push_str(body);
            source.push_str(&format!("{MARK}{name}:{}*/{end}", i + 1));
        }
        out.add_template_owned(name.to_owned(), source).ok()?;
    }
    Some(out)
}

/// A `--templates` directory must exist and hold only files named like built-in templates:
/// anything else would be ignored while the built-in template of the intended name is used.
fn check_overrides(dir: &Path) -> Result<(), GenError> {
    let shown = dir.display();
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(GenError::Usage(format!(
                "--templates {shown}: no such directory\n  help: pass the directory that holds your template overrides, or leave --templates out to use the built-in templates"
            )));
        }
        Err(e) => return Err(GenError::io(dir, e)),
    };
    let mut unknown = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| GenError::io(dir, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let is_file = entry
            .file_type()
            .map_err(|e| GenError::io(dir, e))?
            .is_file();
        if !(is_file && BUILT_IN.iter().any(|(n, _)| *n == name)) {
            unknown.push(name);
        }
    }
    if unknown.is_empty() {
        return Ok(());
    }
    unknown.sort();
    let known: Vec<&str> = BUILT_IN.iter().map(|(n, _)| *n).collect();
    let list: Vec<String> = unknown
        .iter()
        .map(|n| match crate::diag::closest(n, &known) {
            Some(near) => format!("`{n}` (did you mean `{near}`?)"),
            None => format!("`{n}`"),
        })
        .collect();
    Err(GenError::Usage(format!(
        "--templates {shown}: {} not the name of a template gen renders, so it would never be used\n  help: templates are {}; rename or remove the others",
        list.join(", ") + if unknown.len() == 1 { " is" } else { " are" },
        known.join(", ")
    )))
}
