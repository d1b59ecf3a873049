//! Test support for database tests: uniquely named PostgreSQL databases that a guard drops,
//! and the same for SQL Server ([`mssql`], through `MSSQL_URL`).
//!
//! The server comes from `TEST_DATABASE_URL` (default
//! `postgres://postgres@127.0.0.1:5432/postgres`). Every database is named
//! `gen_test_<prefix>_<pid>_<n>`, so `.ci/run` can sweep what an interrupted run left behind,
//! and [`TestDb`]'s `Drop` removes it with `DROP DATABASE … WITH (FORCE)` even when a test
//! fails. Blocking helpers run on a private thread with its own runtime, so they work from
//! plain `#[test]`s and from inside `#[tokio::test]`s alike.

pub mod mssql;
mod naming;
mod server;
pub mod tls_cluster;

use std::future::Future;

pub use server::{admin_url, server_url};

/// What can go wrong setting up or talking to a test database.
#[derive(Debug, thiserror::Error)]
pub enum TestDbError {
    /// The server refused or failed a statement.
    #[error(
        "{what}: {cause}\n  help: is PostgreSQL running on the TEST_DATABASE_URL server (default 127.0.0.1:5432, trust auth for user postgres)? `.ci/run` starts it"
    )]
    Postgres {
        /// What was being done.
        what: String,
        /// The server's message (`42P01: relation "x" does not exist`) or the driver's.
        cause: String,
        /// The driver's error.
        #[source]
        source: tokio_postgres::Error,
    },
    /// The SQL Server (`MSSQL_URL`) refused or failed a statement, or cannot be reached.
    #[error(
        "{what}: {cause}\n  help: MSSQL_URL names the SQL Server (or Babelfish, multi-db mode) the live tests use"
    )]
    Mssql {
        /// What was being done.
        what: String,
        /// The server's or the driver's message.
        cause: String,
    },
    /// The helper thread or its runtime could not be started.
    #[error("could not run the database helper: {0}")]
    Runtime(String),
}

/// A uniquely named database on the test server, dropped (with `FORCE`) when this is dropped.
#[derive(Debug)]
pub struct TestDb {
    name: String,
    url: String,
}

impl TestDb {
    /// Creates an empty database `gen_test_<prefix>_<pid>_<n>`.
    ///
    /// # Panics
    /// When the server cannot be reached: a test cannot go on without it, and the message says
    /// how to start it.
    pub fn create(prefix: &str) -> TestDb {
        block_on(Self::create_async(prefix))
            .and_then(|r| r)
            .unwrap_or_else(|e| panic!("creating a test database failed: {e}"))
    }

    /// The async form of [`TestDb::create`], returning the error instead of panicking.
    pub async fn create_async(prefix: &str) -> Result<TestDb, TestDbError> {
        let name = naming::unique_name(prefix);
        server::create_database(&name, None).await?;
        Ok(TestDb::named(name))
    }

    /// Creates a database that starts as a copy of the database `ddl` produces. The DDL runs
    /// once per distinct text (the template `gen_test_tpl_<hash>` is kept and reused, also by
    /// later test binaries; `.ci/run` sweeps it with the rest), so each test gets a loaded
    /// database for the cost of a file copy.
    ///
    /// # Panics
    /// When the server cannot be reached or the DDL fails; the message quotes the server's
    /// error.
    pub fn from_template(prefix: &str, ddl: &str) -> TestDb {
        block_on(Self::from_template_async(prefix, ddl))
            .and_then(|r| r)
            .unwrap_or_else(|e| panic!("creating a test database from a template failed: {e}"))
    }

    /// The async form of [`TestDb::from_template`].
    pub async fn from_template_async(prefix: &str, ddl: &str) -> Result<TestDb, TestDbError> {
        let template = server::ensure_template(ddl).await?;
        let name = naming::unique_name(prefix);
        server::create_database(&name, Some(&template)).await?;
        Ok(TestDb::named(name))
    }

    fn named(name: String) -> TestDb {
        let url = server::database_url(&name);
        TestDb { name, url }
    }

    /// The database's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// A connection URL for this database (for child processes: pass it with `Command::env`).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Connects to this database; the connection task is spawned on the current runtime.
    pub async fn client(&self) -> Result<tokio_postgres::Client, TestDbError> {
        server::connect(&self.url).await
    }

    /// Runs a batch of statements (blocking).
    pub fn execute_batch(&self, sql: &str) -> Result<(), TestDbError> {
        let url = self.url.clone();
        let sql = sql.to_owned();
        block_on(async move {
            let client = server::connect(&url).await?;
            client
                .batch_execute(&sql)
                .await
                .map_err(server::pg_err("running a batch"))
        })?
    }

    /// Runs one query through the simple protocol (blocking) and returns every row's values as
    /// text, which is all most assertions need.
    pub fn query_text(&self, sql: &str) -> Result<Vec<Vec<Option<String>>>, TestDbError> {
        let url = self.url.clone();
        let sql = sql.to_owned();
        block_on(async move {
            let client = server::connect(&url).await?;
            server::simple_rows(&client, &sql).await
        })?
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let name = self.name.clone();
        // A failed drop leaves a `gen_test_` database for `.ci/run` to sweep; panicking in Drop
        // would hide the test's own failure.
        if let Ok(Err(e)) = block_on(server::drop_database(name)) {
            eprintln!("testkit: could not drop {}: {e}", self.name);
        }
    }
}

/// Runs `fut` to completion on a new thread with its own current-thread runtime, so callers
/// may be inside another runtime or not.
pub fn block_on<F>(fut: F) -> Result<F::Output, TestDbError>
where
    F: Future + Send,
    F::Output: Send,
{
    std::thread::scope(|s| {
        s.spawn(|| {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map(|rt| rt.block_on(fut))
                .map_err(|e| TestDbError::Runtime(e.to_string()))
        })
        .join()
        .map_err(|_| TestDbError::Runtime("the helper thread panicked".into()))?
    })
}
