//! The SQL Server pool against a live server, when `MSSQL_URL` names one (each test in its own
//! database).

use db::{DbConfig, MssqlPool};
use testkit::mssql::MssqlDb;

fn pool(db: &MssqlDb) -> MssqlPool {
    MssqlPool::new(&DbConfig::new(db.url()).unwrap()).unwrap()
}

#[tokio::test]
#[ignore = "set MSSQL_URL"]
async fn checkout_health_check_and_rollback_on_drop() {
    let db = MssqlDb::create("pool").await.unwrap();
    let pool = pool(&db);
    let mut conn = pool.get().await.unwrap();
    let client = conn.client().await.unwrap();
    client
        .simple_query("CREATE TABLE #t (id int PRIMARY KEY)")
        .await
        .unwrap()
        .into_results()
        .await
        .unwrap();
    {
        let mut tx = conn.begin().await.unwrap();
        let client = tx.conn().client().await.unwrap();
        client
            .execute("INSERT INTO #t VALUES (1)", &[])
            .await
            .unwrap();
    }
    let client = conn.client().await.unwrap();
    let row = client
        .simple_query("SELECT COUNT(*) FROM #t")
        .await
        .unwrap()
        .into_row()
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.get::<i32, _>(0), Some(0));
}
