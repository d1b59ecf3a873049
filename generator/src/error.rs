//! The generator's error type and its mapping to the CLI's documented exit codes.

use std::path::PathBuf;

use crate::diag::Diagnostics;

/// Exit code: done, in sync.
pub const EXIT_OK: u8 = 0;
/// Exit code: drift or lint findings.
pub const EXIT_DRIFT: u8 = 1;
/// Exit code: bad input or usage.
pub const EXIT_INPUT: u8 = 2;
/// Exit code: a database was unreachable, refused the login, or failed.
pub const EXIT_DATABASE: u8 = 3;

/// Everything that can stop a command.
#[derive(Debug, thiserror::Error)]
pub enum GenError {
    /// Problems in the schema or another input file (each with `file:line:column`).
    #[error("{0}")]
    Input(Diagnostics),
    /// A command line that cannot be carried out.
    #[error("{0}")]
    Usage(String),
    /// Reading or writing a file failed.
    #[error("{}: {source}\n  help: {}", path.display(), io_help(source))]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// A template produced something that is not valid Rust, or failed to render.
    #[error(
        "template `{template}` (rendering {subject}) {problem}\n  help: this is a bug in the template; with --templates, fix the template, otherwise report it with the schema that triggered it"
    )]
    Template {
        /// Template file name.
        template: String,
        /// What was being rendered (`dbo.User`).
        subject: String,
        /// The renderer's or parser's message.
        problem: String,
    },
    /// A database could not be reached or failed.
    #[error(transparent)]
    Database(#[from] DbError),
}

impl From<db::conn::ConnError> for GenError {
    fn from(e: db::conn::ConnError) -> Self {
        GenError::Usage(e.to_string())
    }
}

/// A database failure, named by host, port and database, never with the password.
#[derive(Debug, thiserror::Error)]
#[error("{action} {host}:{port} (database `{database}`) failed: {cause}")]
pub struct DbError {
    /// What was being done (`connecting to`, `reading the catalog of`).
    pub action: String,
    /// Host name or address.
    pub host: String,
    /// TCP port.
    pub port: u16,
    /// Database name.
    pub database: String,
    /// The cause, in a sentence, with any password removed.
    pub cause: String,
}

/// What to do about an I/O error, in the terms a user at a terminal can act on.
fn io_help(e: &std::io::Error) -> &'static str {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => {
            "check the path; commands default to ./schema.yaml and ./generated, so run from the repository root or pass --schema / --out"
        }
        PermissionDenied => "check the file's and its directory's permissions",
        AlreadyExists => "move the file out of the way, or choose another --out",
        _ => "check the path, free disk space and permissions, then run the command again",
    }
}

impl GenError {
    /// The documented exit code for this error.
    pub fn exit_code(&self) -> u8 {
        match self {
            GenError::Database(_) => EXIT_DATABASE,
            _ => EXIT_INPUT,
        }
    }

    /// Wraps an I/O error with the path it concerned.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        GenError::Io {
            path: path.into(),
            source,
        }
    }
}
