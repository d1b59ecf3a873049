//! Connecting to the real PostgreSQL: every failure names host, port and cause (exit 3) and
//! never the password. Only loopback is ever contacted.

use std::net::TcpListener;
use std::time::{Duration, Instant};

use db::conn::ConnSpec;
use generator::connect::{connect_mssql, connect_postgres};
use generator::error::{EXIT_DATABASE, GenError};

fn server() -> String {
    std::env::var("TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

fn free_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

async fn pg_error(url: &str) -> String {
    let spec = ConnSpec::parse(url).unwrap();
    let err = connect_postgres(&spec).await.map(|_| ()).unwrap_err();
    let gen_err = GenError::from(err);
    assert_eq!(gen_err.exit_code(), EXIT_DATABASE);
    let msg = gen_err.to_string();
    assert!(!msg.contains("hunter2"), "password leaked: {msg}");
    msg
}

#[tokio::test]
async fn connects_to_the_test_server() {
    let client = connect_postgres(&ConnSpec::parse(&server()).unwrap())
        .await
        .unwrap();
    let row = client.query_one("SELECT 1 + 1", &[]).await.unwrap();
    assert_eq!(row.get::<_, i32>(0), 2);
}

#[tokio::test]
async fn closed_port_says_connection_refused() {
    let port = free_port();
    let msg = pg_error(&format!("postgres://postgres:hunter2@127.0.0.1:{port}/x")).await;
    assert!(msg.contains(&format!("127.0.0.1:{port}")), "{msg}");
    assert!(
        msg.contains("connection refused: is the server running and listening on"),
        "{msg}"
    );
}

#[tokio::test]
async fn missing_database_is_named() {
    let server = server();
    let (base, _) = server.rsplit_once('/').unwrap();
    let url = format!("{base}/gen_no_such_database_here");
    let msg = pg_error(&url).await;
    assert!(
        msg.contains("database `gen_no_such_database_here` does not exist"),
        "{msg}"
    );
}

#[tokio::test]
async fn unknown_user_is_a_failed_login() {
    let url = server().replacen("postgres@", "gen_no_such_role:hunter2@", 1);
    let msg = pg_error(&url).await;
    assert!(
        msg.contains("login failed for user `gen_no_such_role`"),
        "{msg}"
    );
}

#[tokio::test]
async fn silent_server_times_out() {
    // Accepts TCP connections (the kernel does, from the backlog) but never answers.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let started = Instant::now();
    let msg = pg_error(&format!(
        "postgres://postgres:hunter2@127.0.0.1:{port}/x?connect_timeout=0.5"
    ))
    .await;
    assert!(started.elapsed() < Duration::from_secs(5));
    assert!(msg.contains("no answer within 0.5 s"), "{msg}");
    let spec = ConnSpec::parse(&format!(
        "mssql://sa:hunter2@127.0.0.1:{port}/x?connect_timeout=0.5"
    ))
    .unwrap();
    let err = connect_mssql(&spec)
        .await
        .map(|_| ())
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("no answer within 0.5 s") && !err.contains("hunter2"),
        "{err}"
    );
    drop(listener);
}

#[tokio::test]
async fn mssql_closed_port_says_connection_refused() {
    let port = free_port();
    let spec = ConnSpec::parse(&format!("mssql://sa:hunter2@127.0.0.1:{port}/x")).unwrap();
    let err = connect_mssql(&spec)
        .await
        .map(|_| ())
        .unwrap_err()
        .to_string();
    assert!(err.contains("connection refused"), "{err}");
    assert!(
        err.contains("(database `x`)") && !err.contains("hunter2"),
        "{err}"
    );
}

#[tokio::test]
#[ignore = "set MSSQL_URL"]
async fn connects_to_a_live_sql_server() {
    let url = std::env::var("MSSQL_URL").expect("MSSQL_URL");
    let mut client = connect_mssql(&ConnSpec::parse(&url).unwrap())
        .await
        .unwrap();
    let row = client
        .simple_query("SELECT 1")
        .await
        .unwrap()
        .into_row()
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.get::<i32, _>(0), Some(1));
}
