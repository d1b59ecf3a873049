//! The SQL Server pool against a live TDS server (`MSSQL_URL`: SQL Server, or Babelfish in
//! multi-db mode), each test in its own database: a healthy connection is reused, one the
//! server killed fails its health check on checkout and is replaced, one past its maximum
//! lifetime is replaced, and a transaction rolls back unless committed (dropped, or returned
//! to the pool with it open).

use std::time::Duration;

use db::{DbConfig, DbError, MssqlPool, MssqlPooled, PoolSettings};
use testkit::mssql::{MssqlDb, query_text};

fn pool(db: &MssqlDb, settings: PoolSettings) -> MssqlPool {
    let config = DbConfig::new(db.url()).unwrap().with_settings(settings);
    MssqlPool::new(&config).unwrap()
}

fn one_connection() -> PoolSettings {
    PoolSettings {
        max_size: 1,
        acquire_timeout: Duration::from_secs(5),
        ..PoolSettings::default()
    }
}

async fn spid(conn: &mut MssqlPooled) -> i16 {
    let client = conn.client().await.unwrap();
    let row = client
        .simple_query("SELECT CAST(@@SPID AS smallint)")
        .await
        .unwrap()
        .into_row()
        .await
        .unwrap()
        .unwrap();
    row.get(0).unwrap()
}

async fn count(conn: &mut MssqlPooled, sql: &str) -> i32 {
    let client = conn.client().await.unwrap();
    let row = client
        .simple_query(sql)
        .await
        .unwrap()
        .into_row()
        .await
        .unwrap()
        .unwrap();
    row.get(0).unwrap()
}

#[tokio::test]
#[ignore = "set MSSQL_URL"]
async fn a_healthy_connection_is_reused() {
    let db = MssqlDb::create("pool_reuse").await.unwrap();
    let pool = pool(&db, one_connection());
    let first = spid(&mut pool.get().await.unwrap()).await;
    let second = spid(&mut pool.get().await.unwrap()).await;
    assert_eq!(first, second);
}

#[tokio::test]
#[ignore = "set MSSQL_URL"]
async fn a_killed_connection_fails_its_health_check_and_is_replaced() {
    let db = MssqlDb::create("pool_killed").await.unwrap();
    let pool = pool(&db, one_connection());
    let victim = spid(&mut pool.get().await.unwrap()).await;
    let mut admin = db.client().await.unwrap();
    query_text(&mut admin, &format!("KILL {victim}"))
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    let mut conn = pool.get().await.unwrap();
    let replacement = spid(&mut conn).await;
    assert_ne!(
        victim, replacement,
        "the killed connection was handed out again"
    );
    assert_eq!(count(&mut conn, "SELECT 1").await, 1);
}

#[tokio::test]
#[ignore = "set MSSQL_URL"]
async fn a_connection_past_its_lifetime_is_replaced() {
    let db = MssqlDb::create("pool_life").await.unwrap();
    let settings = PoolSettings {
        max_lifetime: Duration::from_millis(1500),
        ..one_connection()
    };
    let pool = pool(&db, settings);
    let old = spid(&mut pool.get().await.unwrap()).await;
    assert_eq!(old, spid(&mut pool.get().await.unwrap()).await);
    tokio::time::sleep(Duration::from_millis(1700)).await;
    let new = spid(&mut pool.get().await.unwrap()).await;
    assert_ne!(old, new);
}

#[tokio::test]
#[ignore = "set MSSQL_URL"]
async fn a_transaction_rolls_back_unless_committed() {
    let db = MssqlDb::create("pool_tx").await.unwrap();
    db.run("CREATE TABLE dbo.Item (ItemID int PRIMARY KEY)")
        .await
        .unwrap();
    let pool = pool(&db, one_connection());
    let mut conn = pool.get().await.unwrap();
    {
        let mut tx = conn.begin().await.unwrap();
        tx.client()
            .execute("INSERT INTO dbo.Item VALUES (1)", &[])
            .await
            .unwrap();
        // Dropped without commit.
    }
    assert_eq!(count(&mut conn, "SELECT COUNT(*) FROM dbo.Item").await, 0);
    {
        let mut tx = conn.begin().await.unwrap();
        tx.client()
            .execute("INSERT INTO dbo.Item VALUES (2)", &[])
            .await
            .unwrap();
        tx.commit().await.unwrap();
    }
    {
        let mut tx = conn.begin().await.unwrap();
        tx.client()
            .execute("INSERT INTO dbo.Item VALUES (3)", &[])
            .await
            .unwrap();
        tx.rollback().await.unwrap();
    }
    // A transaction left open when its connection goes back to the pool is rolled back
    // before the next checkout sees the connection (one connection: the same one).
    {
        let mut tx = conn.begin().await.unwrap();
        tx.client()
            .execute("INSERT INTO dbo.Item VALUES (4)", &[])
            .await
            .unwrap();
    }
    let before = spid(&mut conn).await;
    drop(conn);
    let mut again = pool.get().await.unwrap();
    assert_eq!(spid(&mut again).await, before, "the same connection");
    assert_eq!(
        count(&mut again, "SELECT @@TRANCOUNT").await,
        0,
        "no transaction open"
    );
    // Seen from another session: only the committed row.
    let rows = db
        .query_text("SELECT CAST(ItemID AS nvarchar(10)) FROM dbo.Item ORDER BY ItemID")
        .await
        .unwrap();
    assert_eq!(rows, [[Some("2".to_owned())]]);
}

/// A statement waiting on a lock another session holds (`WAITFOR DELAY` would be simpler, but
/// Babelfish 4.2.0 does not support it) fails as a timeout, and the pool hands out a working
/// connection afterwards.
#[tokio::test]
#[ignore = "set MSSQL_URL"]
async fn statements_past_the_query_timeout_fail_as_timeouts() {
    let db = MssqlDb::create("pool_qtime").await.unwrap();
    db.run("CREATE TABLE dbo.Item (ItemID int PRIMARY KEY, Note nvarchar(10)); INSERT INTO dbo.Item VALUES (1, N'a')")
        .await
        .unwrap();
    let mut holder = db.client().await.unwrap();
    testkit::mssql::run_script(
        &mut holder,
        "BEGIN TRANSACTION; UPDATE dbo.Item SET Note = N'held' WHERE ItemID = 1",
    )
    .await
    .unwrap();
    let settings = PoolSettings {
        // Long enough for a fresh connection's first statement on a busy machine.
        query_timeout: Duration::from_secs(3),
        ..one_connection()
    };
    let pool = pool(&db, settings);
    let mut conn = pool.get().await.unwrap();
    let client = conn.client().await.unwrap();
    let result = client
        .execute("UPDATE dbo.Item SET Note = N'b' WHERE ItemID = 1", &[])
        .await;
    let err = conn.check("updating a locked row", result).unwrap_err();
    assert!(matches!(err, DbError::QueryTimeout { .. }), "{err}");
    drop(conn);
    testkit::mssql::run_script(&mut holder, "ROLLBACK TRANSACTION")
        .await
        .unwrap();
    let mut next = pool.get().await.unwrap();
    assert_eq!(count(&mut next, "SELECT COUNT(*) FROM dbo.Item").await, 1);
    // The timeout is the client's: tiberius drops the connection without an attention
    // packet, so the server may still run the statement once the lock is free (Babelfish
    // 4.2.0 does: Note ends up 'b'). Not asserted: it is a race on either server.
    let note = db.query_text("SELECT Note FROM dbo.Item").await.unwrap();
    eprintln!("after the timed-out update: {note:?}");
}

fn ca(var: &str) -> String {
    std::env::var(var).unwrap_or_else(|_| {
        panic!("set {var} to a CA file (PEM) for the TLS tests against MSSQL_URL's server")
    })
}

/// With `MSSQL_CA_FILE` (the CA that signed the server's certificate) the pool connects over
/// TLS verifying the certificate; with `MSSQL_WRONG_CA_FILE` (an unrelated CA) checkout fails
/// naming the server.
#[tokio::test]
#[ignore = "set MSSQL_URL"]
async fn the_pool_verifies_the_server_certificate_against_a_ca_file() {
    let db = MssqlDb::create("pool_tls").await.unwrap();
    let right = testkit::mssql::verifying_url(db.url(), &ca("MSSQL_CA_FILE"));
    let config = DbConfig::new(right)
        .unwrap()
        .with_settings(one_connection());
    let pool = MssqlPool::new(&config).unwrap();
    let mut conn = pool.get().await.unwrap();
    assert_eq!(count(&mut conn, "SELECT 1").await, 1);

    let wrong = testkit::mssql::verifying_url(db.url(), &ca("MSSQL_WRONG_CA_FILE"));
    let config = DbConfig::new(wrong)
        .unwrap()
        .with_settings(one_connection());
    let err = MssqlPool::new(&config).unwrap().get().await.err().unwrap();
    assert!(matches!(err, DbError::Connect { .. }), "{err}");
    let text = err.to_string();
    assert!(
        text.contains("127.0.0.1:1433") && text.to_ascii_lowercase().contains("certificate"),
        "{text}"
    );
}
