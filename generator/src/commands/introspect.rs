//! `gen introspect`: the live database written as schema.yaml in canonical form, merged into
//! the existing file so that only what the database contradicts changes.

use std::path::Path;

use super::merge;
use crate::cli::IntrospectArgs;
use crate::commands::source::{self as target_source, Fallback};
use crate::error::{EXIT_DRIFT, EXIT_OK, GenError};
use crate::ir::Database;
use crate::{pipeline, schema_yaml, source};
use db::conn::ConnSpec;

/// Runs `gen introspect`.
pub fn run(args: &IntrospectArgs) -> Result<u8, GenError> {
    let target = target_source::single(
        args.url.as_deref(),
        args.env.as_deref(),
        Fallback::DatabaseUrl,
        &target_source::process_env,
    )?
    .ok_or_else(|| GenError::Usage("gen introspect needs a database".into()))?;
    let url = target.url.as_str();
    let dialect = ConnSpec::parse(url)?.dialect();
    let path = args.schema.clone();
    let read_base = move || match path.exists() {
        true => pipeline::parse_schema(&path).map(Some),
        false => Ok(None),
    };
    let (base, live, diags) =
        source::live::load_overlapped(url, read_base, Option::as_ref, &super::progress)?;
    if diags.has_errors() {
        return Err(GenError::Input(diags));
    }
    for w in diags.warnings() {
        eprintln!("{w}");
    }
    let merged = match &base {
        Some(b) => {
            let mut merged = merge::merge(b, &live, dialect);
            if let Some(w) = merge::settle_dialect(&mut merged, dialect) {
                eprintln!("{w}");
            }
            merged
        }
        None => Database {
            gen_version: Some(source::yaml::own_version()),
            ..live
        },
    };
    let text = schema_yaml::write::to_string(&merged);
    let out = args.out.as_deref().unwrap_or(&args.schema);
    let old = read_if_exists(out)?;
    if args.check {
        return Ok(check(out, old.as_deref(), &text));
    }
    if old.as_deref() != Some(text.as_str()) {
        std::fs::write(out, &text).map_err(|e| GenError::io(out, e))?;
        eprintln!("wrote {}", out.display());
    }
    Ok(EXIT_OK)
}

fn read_if_exists(path: &Path) -> Result<Option<String>, GenError> {
    match std::fs::read_to_string(path) {
        Ok(t) => Ok(Some(t)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(GenError::io(path, e)),
    }
}

/// `--check`: exit 0 when the file already says what the database says, else 1 with a unified
/// diff on stdout and what to run.
fn check(out: &Path, old: Option<&str>, new: &str) -> u8 {
    if old == Some(new) {
        return EXIT_OK;
    }
    let shown = out.display().to_string();
    let diff = similar::TextDiff::from_lines(old.unwrap_or_default(), new)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{shown}"), &format!("b/{shown}"))
        .to_string();
    crate::stdout::print(&diff);
    crate::stdout::println(format_args!(
        "{shown} differs from the live database; run `gen introspect` without --check to update it"
    ));
    EXIT_DRIFT
}
