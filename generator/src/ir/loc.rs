//! Source locations carried by IR items so that semantic errors can point into schema.yaml.

use std::fmt;
use std::sync::Arc;

/// A position in a source file (1-based line and column). Live-database loaders leave
/// locations empty; the YAML loader fills them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Loc {
    /// The file as the user named it.
    pub file: Arc<str>,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
}

impl fmt::Display for Loc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}
