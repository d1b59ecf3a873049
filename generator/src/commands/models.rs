//! `gen models`.

use crate::cli::ModelsArgs;
use crate::error::GenError;

/// Runs `gen models`.
pub fn run(_args: &ModelsArgs) -> Result<u8, GenError> {
    Err(GenError::Usage("`gen models` is not built yet".into()))
}
