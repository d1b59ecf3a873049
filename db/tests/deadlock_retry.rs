//! `Pool::transaction` on the real PostgreSQL: a unit of work the server picks as a deadlock
//! victim (SQLSTATE 40P01) runs again and commits; other failures are not retried and leave
//! nothing behind.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

use db::{DbConfig, DbError, Pool, Retryable};
use gen_runtime::Conn;
use testkit::TestDb;
use tokio::sync::Notify;

/// The work's error: the pool's or a statement's.
#[derive(Debug)]
enum Failure {
    Db(DbError),
    Query(gen_runtime::Error),
}

impl From<DbError> for Failure {
    fn from(e: DbError) -> Self {
        Failure::Db(e)
    }
}

impl Retryable for Failure {
    fn is_deadlock_victim(&self) -> bool {
        match self {
            Failure::Db(e) => e.is_deadlock_victim(),
            Failure::Query(e) => e.is_deadlock_victim(),
        }
    }
}

async fn setup() -> (TestDb, Pool) {
    let db = TestDb::create_async("db_deadlock").await.unwrap();
    let client = db.client().await.unwrap();
    client
        .batch_execute(
            "CREATE TABLE t (id int PRIMARY KEY, v int); INSERT INTO t VALUES (1, 0), (2, 0)",
        )
        .await
        .unwrap();
    let pool = Pool::new(&DbConfig::new(db.url()).unwrap()).unwrap();
    (db, pool)
}

#[tokio::test]
async fn a_deadlock_victim_is_run_again_and_commits() {
    let (db, pool) = setup().await;
    // The other writer locks row 2 first, then (once told) row 1.
    let mut other = db.client().await.unwrap();
    let go = Arc::new(Notify::new());
    let other_tx = {
        let go = go.clone();
        tokio::spawn(async move {
            let tx = other.transaction().await.unwrap();
            tx.batch_execute(
                "SET LOCAL deadlock_timeout = '10s'; UPDATE t SET v = 20 WHERE id = 2",
            )
            .await
            .unwrap();
            go.notified().await;
            tx.batch_execute("UPDATE t SET v = 10 WHERE id = 1")
                .await
                .unwrap();
            tx.commit().await.unwrap();
        })
    };
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;

    let attempts = Arc::new(AtomicU32::new(0));
    let result: Result<u32, Failure> = pool
        .transaction(|tx| {
            let (attempts, go) = (attempts.clone(), go.clone());
            Box::pin(async move {
                let n = attempts.fetch_add(1, Ordering::SeqCst) + 1;
                // This session detects the deadlock first, so it is the victim.
                Conn::execute(&mut *tx, "SET LOCAL deadlock_timeout = '300ms'", vec![])
                    .await
                    .map_err(Failure::Query)?;
                Conn::execute(&mut *tx, "UPDATE t SET v = 1 WHERE id = 1", vec![])
                    .await
                    .map_err(Failure::Query)?;
                if n == 1 {
                    go.notify_one();
                }
                Conn::execute(&mut *tx, "UPDATE t SET v = 2 WHERE id = 2", vec![])
                    .await
                    .map_err(Failure::Query)?;
                Ok(n)
            })
        })
        .await;
    other_tx.await.unwrap();
    assert_eq!(result.ok(), Some(2), "committed on the second attempt");
    let rows = db.query_text("SELECT v FROM t ORDER BY id").unwrap();
    assert_eq!(rows, [[Some("1".to_owned())], [Some("2".to_owned())]]);
}

#[tokio::test]
async fn other_failures_roll_back_and_are_not_retried() {
    let (db, pool) = setup().await;
    let attempts = Arc::new(AtomicU32::new(0));
    let result: Result<(), Failure> = pool
        .transaction(|tx| {
            let attempts = attempts.clone();
            Box::pin(async move {
                attempts.fetch_add(1, Ordering::SeqCst);
                Conn::execute(&mut *tx, "UPDATE t SET v = 5 WHERE id = 1", vec![])
                    .await
                    .map_err(Failure::Query)?;
                Conn::execute(&mut *tx, "INSERT INTO t VALUES (2, 0)", vec![])
                    .await
                    .map_err(Failure::Query)?;
                Ok(())
            })
        })
        .await;
    assert!(matches!(result, Err(Failure::Query(_))), "{result:?}");
    assert_eq!(attempts.load(Ordering::SeqCst), 1);
    let rows = db.query_text("SELECT v FROM t WHERE id = 1").unwrap();
    assert_eq!(rows, [[Some("0".to_owned())]], "the update was rolled back");
}
