//! The PostgreSQL pool against the real server: health check on checkout, broken connections
//! replaced, maximum lifetime, acquire and query timeouts, transactions.

use std::time::Duration;

use db::{DbConfig, DbError, PgConn, PgPool, PoolSettings};
use testkit::TestDb;

fn pool(db: &TestDb, settings: PoolSettings) -> PgPool {
    let config = DbConfig::new(db.url()).unwrap().with_settings(settings);
    PgPool::new(&config).unwrap()
}

fn one_connection() -> PoolSettings {
    PoolSettings {
        max_size: 1,
        acquire_timeout: Duration::from_millis(300),
        ..PoolSettings::default()
    }
}

async fn backend_pid(conn: &PgConn) -> i32 {
    conn.query_one("SELECT pg_backend_pid()", &[])
        .await
        .unwrap()
        .get(0)
}

#[tokio::test]
async fn a_healthy_connection_is_reused() {
    let db = TestDb::create_async("db_reuse").await.unwrap();
    let pool = pool(&db, one_connection());
    let first = backend_pid(&pool.get().await.unwrap()).await;
    let second = backend_pid(&pool.get().await.unwrap()).await;
    assert_eq!(first, second);
    assert_eq!(pool.size(), 1);
}

#[tokio::test]
async fn a_broken_connection_is_discarded_on_checkout() {
    let db = TestDb::create_async("db_broken").await.unwrap();
    let pool = pool(&db, one_connection());
    let victim = backend_pid(&pool.get().await.unwrap()).await;
    let admin = db.client().await.unwrap();
    admin
        .execute("SELECT pg_terminate_backend($1)", &[&victim])
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    let conn = pool.get().await.unwrap();
    let replacement = backend_pid(&conn).await;
    assert_ne!(
        victim, replacement,
        "the killed connection was handed out again"
    );
}

#[tokio::test]
async fn a_connection_past_its_lifetime_is_replaced() {
    let db = TestDb::create_async("db_lifetime").await.unwrap();
    let settings = PoolSettings {
        max_lifetime: Duration::from_millis(200),
        ..one_connection()
    };
    let pool = pool(&db, settings);
    let old = backend_pid(&pool.get().await.unwrap()).await;
    assert_eq!(old, backend_pid(&pool.get().await.unwrap()).await);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let new = backend_pid(&pool.get().await.unwrap()).await;
    assert_ne!(old, new);
}

#[tokio::test]
async fn checkout_times_out_when_every_connection_is_held() {
    let db = TestDb::create_async("db_acquire").await.unwrap();
    let pool = pool(&db, one_connection());
    let _held = pool.get().await.unwrap();
    let Err(err) = pool.get().await else {
        panic!("a second checkout must time out")
    };
    assert!(matches!(err, DbError::AcquireTimeout(d) if d == Duration::from_millis(300)));
    assert!(err.to_string().contains("DB_POOL_MAX_SIZE"), "{err}");
}

#[tokio::test]
async fn the_server_cancels_statements_past_the_query_timeout() {
    let db = TestDb::create_async("db_qtimeout").await.unwrap();
    let settings = PoolSettings {
        query_timeout: Duration::from_millis(200),
        ..one_connection()
    };
    let pool = pool(&db, settings);
    let conn = pool.get().await.unwrap();
    let err = conn
        .execute("SELECT pg_sleep(5)", &[])
        .await
        .map_err(DbError::pg("sleeping", pool.settings().query_timeout))
        .unwrap_err();
    assert!(matches!(err, DbError::QueryTimeout { .. }), "{err}");
    // The connection survives a cancelled statement.
    conn.execute("SELECT 1", &[]).await.unwrap();
}

#[tokio::test]
async fn an_unreachable_server_is_named() {
    // A listener that never answers: nothing leaves loopback.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let settings = PoolSettings {
        connect_timeout: Duration::from_millis(200),
        ..one_connection()
    };
    let config = DbConfig::new(format!("postgres://postgres@127.0.0.1:{port}/x"))
        .unwrap()
        .with_settings(settings);
    let err = PgPool::new(&config).unwrap().get().await.err().unwrap();
    assert!(matches!(err, DbError::Connect { .. }), "{err}");
    drop(listener);
}

async fn setup_table(pool: &PgPool) {
    let conn = pool.get().await.unwrap();
    conn.batch_execute("CREATE TABLE t (id int PRIMARY KEY)")
        .await
        .unwrap();
}

async fn count(pool: &PgPool) -> i64 {
    let conn = pool.get().await.unwrap();
    conn.query_one("SELECT count(*) FROM t", &[])
        .await
        .unwrap()
        .get(0)
}

#[tokio::test]
async fn a_transaction_rolls_back_unless_committed() {
    let db = TestDb::create_async("db_tx").await.unwrap();
    let pool = pool(&db, PoolSettings::default());
    setup_table(&pool).await;
    {
        let mut conn = pool.get().await.unwrap();
        let tx = conn.transaction().await.unwrap();
        tx.execute("INSERT INTO t VALUES (1)", &[]).await.unwrap();
        // Dropped without commit, e.g. by `?` on a later error.
    }
    assert_eq!(count(&pool).await, 0);
    {
        let mut conn = pool.get().await.unwrap();
        let tx = conn.transaction().await.unwrap();
        tx.execute("INSERT INTO t VALUES (2)", &[]).await.unwrap();
        tx.commit().await.unwrap();
    }
    assert_eq!(count(&pool).await, 1);
}

#[tokio::test]
async fn a_unique_violation_is_recognised() {
    let db = TestDb::create_async("db_unique").await.unwrap();
    let pool = pool(&db, PoolSettings::default());
    setup_table(&pool).await;
    let conn = pool.get().await.unwrap();
    conn.execute("INSERT INTO t VALUES (1)", &[]).await.unwrap();
    let err = conn
        .execute("INSERT INTO t VALUES (1)", &[])
        .await
        .map_err(DbError::pg(
            "inserting into t",
            pool.settings().query_timeout,
        ))
        .unwrap_err();
    assert!(err.is_unique_violation(), "{err}");
    assert!(
        err.to_string().starts_with("inserting into t: 23505"),
        "{err}"
    );
}
