//! What can go wrong getting a connection or running a statement.

use std::time::Duration;

use crate::conn::ConnError;

/// A database failure, with what was being done and what to do about it.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    /// `DATABASE_URL` is missing or empty.
    #[error(
        "DATABASE_URL is not set; set it to postgres://user@host:5432/db or mssql://user:pass@host:1433/db?trust_server_certificate=true"
    )]
    MissingUrl,
    /// The connection string does not parse (the same [`ConnError`] `gen` reports).
    #[error("DATABASE_URL is not a usable connection string: {0}")]
    ConnString(#[from] ConnError),
    /// The connection string cannot be used.
    #[error("DATABASE_URL is not a usable connection string: {reason}")]
    BadUrl {
        /// What is wrong with it (never the string itself: it may hold a password).
        reason: String,
    },
    /// A `DB_*` setting is not a whole number.
    #[error(
        "{name}={value:?} is not a whole number; unset it or give a number of seconds (or connections for DB_POOL_MAX_SIZE)"
    )]
    BadSetting {
        /// The variable.
        name: String,
        /// Its value.
        value: String,
    },
    /// The server could not be reached or refused the login.
    #[error("could not connect to {server}: {cause}; is the server up and DATABASE_URL right?")]
    Connect {
        /// `host:port`.
        server: String,
        /// The driver's message.
        cause: String,
    },
    /// No connection became free within the acquire timeout.
    #[error(
        "no database connection became free within {0:?}; raise DB_POOL_MAX_SIZE or DB_ACQUIRE_TIMEOUT_SECS, or find what holds connections"
    )]
    AcquireTimeout(Duration),
    /// The pool has been closed.
    #[error("the connection pool is closed")]
    Closed,
    /// A statement ran longer than the query timeout. PostgreSQL cancels it on the server; on
    /// SQL Server the client stops waiting and discards the connection, and the server may
    /// still finish the statement (a write can still commit), so the message does not say
    /// "cancelled".
    #[error(
        "{what} ran longer than the query timeout ({timeout:?}) and was given up (PostgreSQL cancels it; on SQL Server the connection is dropped and the server may still finish it); raise DB_QUERY_TIMEOUT_SECS if it is expected"
    )]
    QueryTimeout {
        /// What was being done.
        what: String,
        /// The timeout in force.
        timeout: Duration,
    },
    /// A statement failed.
    #[error("{what}: {cause}")]
    Query {
        /// What was being done.
        what: String,
        /// The server's message with its code (`23505: duplicate key …`) or the driver's.
        cause: String,
        /// The SQLSTATE (PostgreSQL) or error number (SQL Server), when the server sent one.
        code: Option<String>,
    },
}

impl DbError {
    /// The SQLSTATE (PostgreSQL, e.g. `23505`) or error number (SQL Server, e.g. `2627`) of a
    /// failed statement.
    pub fn code(&self) -> Option<&str> {
        match self {
            DbError::Query { code, .. } => code.as_deref(),
            _ => None,
        }
    }

    /// Whether the statement broke a unique constraint or index (PostgreSQL 23505, SQL Server
    /// 2627 or 2601).
    pub fn is_unique_violation(&self) -> bool {
        matches!(self.code(), Some("23505" | "2627" | "2601"))
    }

    /// A wrapper for PostgreSQL errors: `map_err(DbError::pg("inserting dbo.User", timeout))`.
    pub fn pg(
        what: impl Into<String>,
        timeout: Duration,
    ) -> impl FnOnce(tokio_postgres::Error) -> DbError {
        let what = what.into();
        move |e| match e.as_db_error() {
            Some(db) if db.code() == &tokio_postgres::error::SqlState::QUERY_CANCELED => {
                DbError::QueryTimeout { what, timeout }
            }
            Some(db) => DbError::Query {
                what,
                cause: format!("{}: {}", db.code().code(), db.message()),
                code: Some(db.code().code().to_owned()),
            },
            None => DbError::Query {
                what,
                cause: chain(&e),
                code: None,
            },
        }
    }

    /// A wrapper for SQL Server errors, like [`DbError::pg`].
    pub fn mssql(
        what: impl Into<String>,
        timeout: Duration,
    ) -> impl FnOnce(tiberius::error::Error) -> DbError {
        let what = what.into();
        move |e| match &e {
            tiberius::error::Error::Server(t) => DbError::Query {
                what,
                cause: format!("{}: {}", t.code(), t.message()),
                code: Some(t.code().to_string()),
            },
            tiberius::error::Error::Io { kind, .. } if *kind == std::io::ErrorKind::TimedOut => {
                DbError::QueryTimeout { what, timeout }
            }
            _ => DbError::Query {
                what,
                cause: chain(&e),
                code: None,
            },
        }
    }
}

/// An error and its sources on one line (drivers often say only "db error" at the top).
pub fn chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

/// Builds a deadpool pool for either driver with the settings' size and timeouts (waiting for
/// a free slot, opening a connection, its health check); no connection opens until checkout.
pub(crate) fn build_pool<M>(
    manager: M,
    settings: &crate::PoolSettings,
) -> Result<deadpool::managed::Pool<M>, DbError>
where
    M: deadpool::managed::Manager<Error = DbError>,
{
    deadpool::managed::Pool::builder(manager)
        .max_size(settings.max_size)
        .timeouts(deadpool::managed::Timeouts {
            wait: Some(settings.acquire_timeout),
            create: Some(settings.connect_timeout),
            recycle: Some(settings.connect_timeout),
        })
        .runtime(deadpool::Runtime::Tokio1)
        .build()
        .map_err(|e| DbError::BadUrl {
            reason: format!("the pool could not be built: {e}"),
        })
}

/// Maps deadpool's error into ours, naming the timeout that fired.
pub(crate) fn pool_error(
    e: deadpool::managed::PoolError<DbError>,
    settings: &crate::PoolSettings,
) -> DbError {
    use deadpool::managed::{PoolError, TimeoutType};
    match e {
        PoolError::Timeout(TimeoutType::Wait) => DbError::AcquireTimeout(settings.acquire_timeout),
        PoolError::Timeout(t) => DbError::Connect {
            server: "the database".into(),
            cause: format!(
                "{} took longer than DB_CONNECT_TIMEOUT_SECS ({:?})",
                if matches!(t, TimeoutType::Create) {
                    "opening a connection"
                } else {
                    "the health check"
                },
                settings.connect_timeout
            ),
        },
        PoolError::Backend(e) => e,
        PoolError::Closed => DbError::Closed,
        PoolError::NoRuntimeSpecified | PoolError::PostCreateHook(_) => DbError::Connect {
            server: "the database".into(),
            cause: e.to_string(),
        },
    }
}
