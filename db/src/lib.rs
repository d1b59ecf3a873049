//! Pooled database connections for EventLeadPlatform services.
//!
//! - [`conn`]: connection strings (URL and ADO.NET forms, every parameter, one error type, the
//!   password never printed), the same module `gen` parses its `--url` with.
//! - [`DbConfig`]: the connection string from `DATABASE_URL` plus pool settings (size, maximum
//!   connection lifetime — 3600 s by default —, acquire, connect and query timeouts), each
//!   overridable by an environment variable.
//! - [`PgPool`] (tokio-postgres) and [`MssqlPool`] (tiberius 0.13), both on deadpool: every
//!   checkout runs a health check (`SELECT 1`) on a reused connection and discards a broken one
//!   or one older than the maximum lifetime, then opens a fresh one.
//! - Transactions that roll back unless committed: [`PgPool`] connections hand out
//!   `tokio_postgres::Transaction` (rolled back on drop by the driver), [`MssqlConn::begin`]
//!   hands out an [`MssqlTx`] whose drop leaves a rollback that runs before the connection is
//!   used again or returned to the pool.
//! - [`page`]: `api`'s pagination (`Page` → ordered, paged select and its count →
//!   `PaginatedResponse`) over the generated selects.
//! - Query timeouts: on PostgreSQL the server enforces them (`statement_timeout`, SQLSTATE 57014
//!   becomes [`DbError::QueryTimeout`]); on SQL Server tiberius's command timeout does, and the
//!   timed-out connection is discarded.
#![deny(missing_docs)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

mod any;
mod config;
pub mod conn;
mod error;
mod mssql;
pub mod page;
mod postgres;
pub mod tls;

pub use any::{Connection, DEADLOCK_ATTEMPTS, Pool, Retryable, Tx, Work};
pub use config::{DbConfig, PoolSettings};
pub use conn::mssql_config;
pub use error::{DbError, chain};
pub use mssql::{MssqlClient, MssqlConn, MssqlManager, MssqlPool, MssqlPooled, MssqlTx};
pub use postgres::{PgConn, PgManager, PgPool};
