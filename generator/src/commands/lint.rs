//! `gen lint`: loads and checks the schema file (input errors exit 2), then prints one line per
//! naming-standard finding on stdout (exit 1 when there are any).

use crate::cli::LintArgs;
use crate::error::{EXIT_DRIFT, EXIT_OK, GenError};
use crate::{lint, pipeline};

/// Runs `gen lint`.
pub fn run(args: &LintArgs) -> Result<u8, GenError> {
    let loaded = pipeline::load_schema(&args.schema)?;
    for w in loaded.warnings.warnings() {
        eprintln!("{w}");
    }
    let findings = lint::check(&loaded.db);
    for f in &findings {
        crate::stdout::println(f);
    }
    if findings.is_empty() {
        let tables = loaded.db.tables().count();
        eprintln!(
            "{}: {tables} table(s), no naming-standard findings",
            args.schema.display()
        );
        return Ok(EXIT_OK);
    }
    eprintln!(
        "{} naming-standard finding(s); fix them or add a `lint:` exception with a reason (docs/lint-rules.md)",
        findings.len()
    );
    Ok(EXIT_DRIFT)
}
