//! `gen ddl`: prints a creation script (or, with `--descriptions-only`, a script that sets
//! every description) for SQL Server or PostgreSQL.

use crate::cli::DdlArgs;
use crate::ddl::{self, DdlOptions};
use crate::error::{EXIT_OK, GenError};
use crate::pipeline;

/// Runs `gen ddl`.
pub fn run(args: &DdlArgs) -> Result<u8, GenError> {
    let loaded = pipeline::load_schema(&args.schema)?;
    for w in loaded.warnings.warnings() {
        eprintln!("{w}");
    }
    let dialect = args.dialect;
    if dialect != loaded.db.dialect {
        let refused = crate::validate::names_for(&loaded.db, dialect);
        if refused.has_errors() {
            return Err(GenError::Input(refused));
        }
    }
    let refused = ddl::refusals(&loaded.db, dialect);
    if refused.has_errors() {
        return Err(GenError::Input(refused));
    }
    let text = if args.descriptions_only {
        ddl::descriptions_script(&loaded.db, dialect)
    } else {
        ddl::script(
            &loaded.db,
            dialect,
            DdlOptions {
                seed: !args.no_seed,
            },
        )
    };
    crate::stdout::write_all(&text)?;
    Ok(EXIT_OK)
}
