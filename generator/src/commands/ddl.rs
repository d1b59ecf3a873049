//! `gen ddl`.

use crate::cli::DdlArgs;
use crate::error::GenError;

/// Runs `gen ddl`.
pub fn run(_args: &DdlArgs) -> Result<u8, GenError> {
    Err(GenError::Usage("`gen ddl` is not built yet".into()))
}
