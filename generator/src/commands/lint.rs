//! `gen lint`.

use crate::cli::LintArgs;
use crate::error::GenError;

/// Runs `gen lint`.
pub fn run(_args: &LintArgs) -> Result<u8, GenError> {
    Err(GenError::Usage("`gen lint` is not built yet".into()))
}
