//! `gen introspect`.

use crate::cli::IntrospectArgs;
use crate::error::GenError;

/// Runs `gen introspect`.
pub fn run(_args: &IntrospectArgs) -> Result<u8, GenError> {
    Err(GenError::Usage("`gen introspect` is not built yet".into()))
}
