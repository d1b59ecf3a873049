//! Shared helpers for the end-to-end tests in `tests/tests/`: the schema and its PostgreSQL
//! DDL (from the generator's own library, exactly what `gen ddl --dialect postgres` prints),
//! a fresh loaded database per test, and the account service on it; the same for SQL Server
//! (`MSSQL_URL`, `gen ddl --dialect mssql`).
#![deny(missing_docs)]

use std::path::PathBuf;
use std::sync::OnceLock;

use account_service::AccountService;
use db::{DbConfig, MssqlPool, PgPool, PoolSettings};
use gen_runtime::Dialect;
use generator::ddl::{DdlOptions, script};
use generator::ir::Database;
use security::PasswordHasher;
use testkit::TestDb;
use testkit::mssql::MssqlDb;

/// The workspace's `schema.yaml`.
pub fn schema_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../schema.yaml")
}

/// The schema model of `schema.yaml`, loaded once.
///
/// # Panics
/// When the schema does not load: every test here depends on it.
pub fn schema() -> &'static Database {
    static SCHEMA: OnceLock<Database> = OnceLock::new();
    SCHEMA.get_or_init(|| match generator::pipeline::load_schema(&schema_path()) {
        Ok(loaded) => loaded.db,
        Err(e) => panic!("schema.yaml does not load: {e}"),
    })
}

/// The PostgreSQL creation script with reference rows, as `gen ddl --dialect postgres`.
pub fn pg_ddl() -> &'static str {
    static DDL: OnceLock<String> = OnceLock::new();
    DDL.get_or_init(|| script(schema(), Dialect::Postgres, DdlOptions { seed: true }))
}

/// A new database loaded from the DDL (a copy of a template built once), dropped on drop.
pub async fn loaded_db(prefix: &str) -> TestDb {
    match TestDb::from_template_async(prefix, pg_ddl()).await {
        Ok(db) => db,
        Err(e) => panic!("loading the DDL into a test database failed: {e}"),
    }
}

/// A pool on `db` with the default settings.
pub fn pool(db: &TestDb) -> PgPool {
    let config = DbConfig::new(db.url())
        .and_then(|c| PgPool::new(&c.with_settings(PoolSettings::default())));
    match config {
        Ok(pool) => pool,
        Err(e) => panic!("building a pool on {}: {e}", db.name()),
    }
}

/// The account service on `db`, hashing at bcrypt's lowest cost to keep tests fast.
pub fn service(db: &TestDb) -> AccountService {
    service_on(db::Pool::Postgres(pool(db)))
}

/// The account service on `pool` (either database), hashing at bcrypt's lowest cost.
pub fn service_on(pool: db::Pool) -> AccountService {
    let hasher = PasswordHasher::new(4).unwrap_or_else(|e| panic!("{e}"));
    AccountService::new(pool).with_hasher(hasher)
}

/// Rows of a query as text (through the simple protocol), for assertions.
pub async fn text_rows(db: &TestDb, sql: &str) -> Vec<Vec<Option<String>>> {
    let client = db.client().await.unwrap_or_else(|e| panic!("{e}"));
    let messages = client
        .simple_query(sql)
        .await
        .unwrap_or_else(|e| panic!("`{sql}` failed: {e:?}"));
    messages
        .iter()
        .filter_map(|m| match m {
            tokio_postgres::SimpleQueryMessage::Row(r) => {
                Some((0..r.len()).map(|i| r.get(i).map(str::to_owned)).collect())
            }
            _ => None,
        })
        .collect()
}

/// One number from a query such as `SELECT count(*) …`.
pub async fn count(db: &TestDb, sql: &str) -> i64 {
    let rows = text_rows(db, sql).await;
    let value = rows.first().and_then(|r| r.first().cloned().flatten());
    match value.as_deref().map(str::parse) {
        Some(Ok(n)) => n,
        _ => panic!("`{sql}` gave no number: {rows:?}"),
    }
}

/// The T-SQL creation script with reference rows, as `gen ddl --dialect mssql`.
pub fn mssql_ddl() -> &'static str {
    static DDL: OnceLock<String> = OnceLock::new();
    DDL.get_or_init(|| script(schema(), Dialect::Mssql, DdlOptions { seed: true }))
}

/// A new database on the `MSSQL_URL` server loaded with [`mssql_ddl`], dropped on drop.
///
/// # Panics
/// When `MSSQL_URL` is not set (the live tests are `#[ignore = "set MSSQL_URL"]`) or the
/// server refuses the DDL.
pub async fn mssql_loaded_db(prefix: &str) -> MssqlDb {
    match MssqlDb::with_script(prefix, mssql_ddl()).await {
        Ok(db) => db,
        Err(e) => {
            panic!("loading `gen ddl --dialect mssql` into a SQL Server test database failed: {e}")
        }
    }
}

/// A SQL Server pool on `db` with the default settings.
pub fn mssql_pool(db: &MssqlDb) -> MssqlPool {
    match DbConfig::new(db.url()).and_then(|c| MssqlPool::new(&c)) {
        Ok(pool) => pool,
        Err(e) => panic!("building a SQL Server pool on {}: {e}", db.name()),
    }
}
