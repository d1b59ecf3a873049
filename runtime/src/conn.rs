//! A database connection as the runtime's queries see it, and the errors they return.

use std::error::Error as StdError;
use std::fmt;
use std::future::Future;

use crate::{DecodeError, Dialect, Record, SqlValue};

/// A connection a query can run on: `&tokio_postgres::Client` / `&Transaction` (feature
/// `postgres`) or `&mut tiberius::Client` (feature `tiberius`). Taken by value, so a shared
/// reference serves PostgreSQL and an exclusive one SQL Server.
pub trait Conn: Send {
    /// The dialect statements are built in for this connection.
    fn dialect(&self) -> Dialect;

    /// Runs `sql` and decodes every row as `T` (the statement lists `T`'s columns in order).
    fn rows<T: Record>(
        self,
        sql: &str,
        params: Vec<SqlValue>,
    ) -> impl Future<Output = Result<Vec<T>, Error>> + Send;

    /// Runs `sql`, which returns one row with one integer column (`SELECT COUNT(*) …`), and
    /// returns that number.
    fn count(
        self,
        sql: &str,
        params: Vec<SqlValue>,
    ) -> impl Future<Output = Result<u64, Error>> + Send;

    /// Runs `sql` and returns the number of rows it affected.
    fn execute(
        self,
        sql: &str,
        params: Vec<SqlValue>,
    ) -> impl Future<Output = Result<u64, Error>> + Send;
}

/// Why a query failed.
#[derive(Debug)]
pub enum Error {
    /// A row did not fit its struct.
    Decode(DecodeError),
    /// The database refused or failed the statement (the driver's error is the source;
    /// downcast it to `tokio_postgres::Error` / `tiberius::error::Error` for codes).
    Database {
        /// The statement's dialect.
        dialect: Dialect,
        /// The statement.
        sql: String,
        /// The driver's error.
        source: Box<dyn StdError + Send + Sync>,
    },
    /// A statement that must return a row returned none.
    NoRow {
        /// `schema.table`.
        table: String,
        /// What was attempted (`insert`).
        action: &'static str,
    },
    /// A column name given to a query is not one of the table's (use the constants of the
    /// table's generated `columns` module).
    UnknownColumn {
        /// `schema.table`.
        table: String,
        /// The name given.
        column: String,
    },
    /// A write that needs the row as it was read found it changed or gone: the row version
    /// moved under a version-checked update, or the row was deleted.
    Conflict {
        /// `schema.table`.
        table: String,
        /// What was attempted (`update`).
        action: &'static str,
    },
    /// A write the runtime refuses: changing a key, `CreatedDate`/`CreatedBy`, or a column
    /// the database maintains.
    Refused {
        /// `schema.table`.
        table: String,
        /// The column.
        column: &'static str,
        /// Why.
        reason: &'static str,
    },
    /// A statement checked for one dialect (`sql!`) was run on a connection of the other.
    WrongDialect {
        /// The statement's dialect.
        statement: Dialect,
        /// The connection's dialect.
        connection: Dialect,
    },
    /// The table has nothing this statement could do (no updatable column, no soft-delete
    /// columns, or no primary key to find, update or delete a row by).
    Unsupported {
        /// `schema.table`.
        table: String,
        /// What was attempted (`update`, `soft delete`).
        action: &'static str,
    },
}

impl Error {
    /// A driver error on `sql`.
    pub fn database(
        dialect: Dialect,
        sql: &str,
        source: impl StdError + Send + Sync + 'static,
    ) -> Self {
        Error::Database {
            dialect,
            sql: sql.to_owned(),
            source: Box::new(source),
        }
    }

    /// The driver's error itself when it is of type `E` (to map it into a service's own
    /// error type), else this error unchanged.
    pub fn into_driver<E: StdError + Send + Sync + 'static>(self) -> Result<E, Self> {
        match self {
            Error::Database {
                dialect,
                sql,
                source,
            } => match source.downcast::<E>() {
                Ok(e) => Ok(*e),
                Err(source) => Err(Error::Database {
                    dialect,
                    sql,
                    source,
                }),
            },
            other => Err(other),
        }
    }

    /// The driver's error, when it is of type `E`.
    pub fn driver<E: StdError + 'static>(&self) -> Option<&E> {
        match self {
            Error::Database { source, .. } => source.downcast_ref(),
            _ => None,
        }
    }
}

impl From<DecodeError> for Error {
    fn from(e: DecodeError) -> Self {
        Error::Decode(e)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Decode(e) => e.fmt(f),
            Error::Database {
                dialect,
                sql,
                source,
            } => {
                write!(
                    f,
                    "the database failed a {dialect:?} statement ({sql}): {source}"
                )
            }
            Error::NoRow { table, action } => write!(
                f,
                "{action} on {table} returned no row; check the table's triggers and key"
            ),
            Error::UnknownColumn { table, column } => write!(
                f,
                "{table} has no column {column:?}; name columns through the generated `columns` constants"
            ),
            Error::Conflict { table, action } => write!(
                f,
                "{action} on {table} found the row changed or gone since it was read; read it again and retry"
            ),
            Error::Refused {
                table,
                column,
                reason,
            } => write!(f, "{table}.{column} cannot be written: {reason}"),
            Error::WrongDialect {
                statement,
                connection,
            } => write!(
                f,
                "a {statement:?} statement was run on a {connection:?} connection; write it for {connection:?} (sql!(postgres, …) / sql!(mssql, …))"
            ),
            Error::Unsupported { table, action } => write!(
                f,
                "{table} offers no {action}: it has no primary key, or no column the statement could set; add the key (or the columns) to the table and regenerate the models"
            ),
        }
    }
}

impl StdError for Error {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        match self {
            Error::Decode(e) => Some(e),
            Error::Database { source, .. } => Some(source.as_ref()),
            _ => None,
        }
    }
}
