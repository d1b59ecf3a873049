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
    let text = std::fs::read_to_string(path).map_err(|e| GenError::io(path, e))?;
    source::yaml::load_str(&text, &path.display().to_string()).map_err(GenError::Input)
}

/// Filters, validates and names an IR from any source (schema file or live database). Naming
/// runs only on a valid IR, so its errors (empty or duplicate variant names) appear once the
/// validation errors are fixed.
pub fn prepare(mut db: Database) -> Result<Loaded, GenError> {
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
