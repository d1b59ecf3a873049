//! Diagnostics: problems found in input, each with a location, a sentence saying what is
//! wrong, and what to do about it. Libraries collect them; only the CLI prints.

use std::fmt;

use crate::error::GenError;
use crate::ir::Loc;

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Reported, but output is still produced.
    Warning,
    /// Stops the command (exit 2).
    Error,
}

/// One problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Where the cause is, when it is in a file.
    pub loc: Option<Loc>,
    /// What is wrong, naming the schema, table or column.
    pub message: String,
    /// What to do about it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error at `loc`.
    pub fn error(loc: Option<Loc>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            loc,
            message: message.into(),
            help: None,
        }
    }

    /// A warning at `loc`.
    pub fn warning(loc: Option<Loc>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(loc, message)
        }
    }

    /// Adds the sentence that says what to do.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        match &self.loc {
            Some(loc) => write!(f, "{loc}: {level}: {}", self.message)?,
            None => write!(f, "{level}: {}", self.message)?,
        }
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

/// Several problems, reported together so one run shows all of them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// Adds one.
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }

    /// Whether any is an error.
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(|d| d.severity == Severity::Error)
    }

    /// Just the warnings.
    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter().filter(|d| d.severity == Severity::Warning)
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        let errors = self
            .0
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        if errors > 1 {
            write!(f, "\n{errors} errors")?;
        }
        Ok(())
    }
}

/// Reads a file a user writes (schema.yaml, a baseline, a template) as text. A file that is
/// not UTF-8 is bad input located at its first bad byte (`file:line:column`, the column
/// counted in characters), with the fix; other failures are [`GenError::Io`].
pub fn read_text(path: &std::path::Path) -> Result<String, GenError> {
    let bytes = std::fs::read(path).map_err(|e| GenError::io(path, e))?;
    String::from_utf8(bytes).map_err(|e| not_utf8(path, e.as_bytes(), e.utf8_error()))
}

fn not_utf8(path: &std::path::Path, bytes: &[u8], e: std::str::Utf8Error) -> GenError {
    let good = &bytes[..e.valid_up_to()];
    // Everything before the bad byte is valid UTF-8, so it can be counted in characters.
    let before = std::str::from_utf8(good).unwrap_or_default();
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    let bad = bytes.get(e.valid_up_to()).copied().unwrap_or_default();
    let encoding = match bytes {
        [0xFF, 0xFE, ..] | [0xFE, 0xFF, ..] => " (it looks like UTF-16)",
        _ => "",
    };
    let loc = Loc {
        file: path.display().to_string().into(),
        line: line as u32,
        column: column as u32,
    };
    let d = Diagnostic::error(
        Some(loc),
        format!("the file is not UTF-8{encoding}: byte 0x{bad:02X} here starts no UTF-8 character"),
    )
    .with_help("save the file as UTF-8 (in most editors: Save with Encoding → UTF-8) and run the command again");
    GenError::Input(Diagnostics(vec![d]))
}

/// The allowed word nearest to `word`, when it is close enough to be a typo.
pub fn closest<'a>(word: &str, allowed: &[&'a str]) -> Option<&'a str> {
    let word = word.to_ascii_lowercase();
    allowed
        .iter()
        .map(|a| (sql_check::edit_distance(&word, a), *a))
        .filter(|(d, a)| *d <= 2.max(a.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, a)| a)
}
