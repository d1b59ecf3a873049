//! `gen diff`.

use crate::cli::DiffArgs;
use crate::error::GenError;

/// Runs `gen diff`.
pub fn run(_args: &DiffArgs) -> Result<u8, GenError> {
    Err(GenError::Usage("`gen diff` is not built yet".into()))
}
