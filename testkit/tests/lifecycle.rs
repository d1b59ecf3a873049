//! The guard really creates and drops databases on the real server.

use testkit::{TestDb, block_on};

fn exists(name: &str) -> bool {
    let admin = TestDb::create("probe");
    let rows = admin
        .query_text(&format!(
            "SELECT count(*) FROM pg_database WHERE datname = '{name}'"
        ))
        .unwrap();
    rows[0][0].as_deref() == Some("1")
}

#[test]
fn create_connect_and_drop() {
    let db = TestDb::create("lifecycle");
    let name = db.name().to_owned();
    assert!(name.starts_with("gen_test_lifecycle_"));
    assert!(db.url().ends_with(&name));
    db.execute_batch("CREATE TABLE t (x int); INSERT INTO t VALUES (41), (1);")
        .unwrap();
    let rows = db.query_text("SELECT sum(x) FROM t").unwrap();
    assert_eq!(rows, vec![vec![Some("42".to_owned())]]);
    assert!(exists(&name));
    drop(db);
    assert!(!exists(&name), "{name} still exists after drop");
}

#[test]
fn failing_sql_reports_the_server_error() {
    let db = TestDb::create("failing");
    let err = db.execute_batch("SELECT * FROM no_such_table").unwrap_err();
    assert!(err.to_string().contains("no_such_table"), "{err}");
}

#[tokio::test]
async fn works_inside_an_async_test_and_from_templates() {
    let ddl = "CREATE TABLE seeded (id int PRIMARY KEY); INSERT INTO seeded VALUES (7);";
    let a = TestDb::from_template_async("tpl_a", ddl).await.unwrap();
    let b = TestDb::from_template("tpl_b", ddl);
    for db in [&a, &b] {
        let client = db.client().await.unwrap();
        let row = client
            .query_one("SELECT id FROM seeded", &[])
            .await
            .unwrap();
        assert_eq!(row.get::<_, i32>(0), 7);
    }
    // Changes in one copy do not reach the other.
    a.execute_batch("DELETE FROM seeded").unwrap();
    assert_eq!(
        b.query_text("SELECT count(*) FROM seeded").unwrap()[0][0].as_deref(),
        Some("1")
    );
    assert!(block_on(async { 1 }).is_ok());
}
