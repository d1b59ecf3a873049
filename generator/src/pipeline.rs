//! From a schema file or a loaded IR to a checked, named IR: the one path every command takes,
//! so they all see the same tables and the same problems.

use std::path::Path;

use crate::diag::Diagnostics;
use crate::error::GenError;
use crate::ir::Database;
use crate::{naming, source, validate};

/// A checked IR with every Rust name filled in, and the warnings found on the way.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The schema model, filtered, validated and named.
    pub db: Database,
    /// Problems that do not stop the command (the CLI prints them to stderr).
    pub warnings: Diagnostics,
}

/// Reads, parses, filters, validates and names the schema file at `path`.
pub fn load_schema(path: &Path) -> Result<Loaded, GenError> {
    let db = parse_schema(path)?;
    prepare(db)
}

/// Reads and parses the schema file at `path` without the later passes (for `gen introspect`,
/// which merges into the file as written, and for `gen lint`, which reports on it).
pub fn parse_schema(path: &Path) -> Result<Database, GenError> {
    let _phase = crate::stats::phase("read and parse the schema file");
    let text = crate::diag::read_text(path)?;
    source::yaml::load_str(&text, &path.display().to_string()).map_err(GenError::Input)
}

/// Filters, validates and names an IR from any source (schema file or live database). Naming
/// runs only on a valid IR, so its errors (empty or duplicate variant names) appear once the
/// validation errors are fixed.
pub fn prepare(mut db: Database) -> Result<Loaded, GenError> {
    let _phase = crate::stats::phase("filter, validate and name");
    apply_filter(&mut db);
    let mut diags = validate::check(&db);
    if !diags.has_errors() {
        diags.0.extend(naming::assign(&mut db).0);
    }
    if diags.has_errors() {
        return Err(GenError::Input(diags));
    }
    Ok(Loaded {
        db,
        warnings: diags,
    })
}

/// Drops the tables the database's filter excludes, so no output ever sees them.
pub fn apply_filter(db: &mut Database) {
    let filter = db.filter.clone();
    for schema in &mut db.schemas {
        let name = schema.name.clone();
        schema.tables.retain(|t| filter.admits(&name, &t.name));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = include_str!("../../tests/fixtures/lint/base.yaml");

    #[test]
    fn excluded_tables_never_reach_outputs() {
        let mut db = source::yaml::load_str(BASE, "base.yaml").unwrap_or_else(|d| panic!("{d}"));
        db.filter.exclude.push("dbo.*".into());
        let loaded = prepare(db).unwrap_or_else(|e| panic!("{e}"));
        let names: Vec<String> = loaded.db.tables().map(|(_, t)| t.qualified()).collect();
        assert_eq!(names, ["ref.UserStatus", "ref.Country"]);
    }

    #[test]
    fn validation_errors_stop_the_pipeline() {
        let mut db = source::yaml::load_str(BASE, "base.yaml").unwrap_or_else(|d| panic!("{d}"));
        db.schemas[0].tables[0].primary_key = None;
        match prepare(db) {
            Err(GenError::Input(d)) => assert!(
                d.to_string().contains(
                    "ref.UserStatus.enum: an enum table needs a single-column integer primary key"
                ),
                "{d}"
            ),
            other => panic!("expected an input error, got {other:?}"),
        }
    }

    #[test]
    fn an_unreadable_file_names_its_path() {
        let err = load_schema(Path::new("/nonexistent/schema.yaml")).expect_err("missing");
        assert!(
            err.to_string().starts_with("/nonexistent/schema.yaml: "),
            "{err}"
        );
        assert_eq!(err.exit_code(), crate::error::EXIT_INPUT);
    }
}
