//! `gen` and the services' pools (`db`) read connection strings with one parser, `db::conn`:
//! the same strings are accepted with the same parameters, and the same mistakes give the same
//! error. `gen` is run as a binary, the pool configuration built as a service builds it.

use std::process::Command;
use std::time::Duration;

use db::{DbConfig, DbError};

fn gen_introspect(url: &str) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_gen"))
        .args(["introspect", "--check", "--url", url, "--schema"])
        .arg(dir.path().join("schema.yaml"))
        .env_remove("DATABASE_URL")
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn query_timeout_is_accepted_by_gen_and_by_the_pools() {
    // A closed port: the string must parse (no usage error, exit 2) and gen must get as far as
    // connecting (exit 3, database unreachable).
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    for url in [
        format!("postgres://postgres@127.0.0.1:{closed}/x?query_timeout=300&connect_timeout=2"),
        format!(
            "Server=tcp:127.0.0.1,{closed};User Id=sa;Password=pw;Command Timeout=300;Connect Timeout=2"
        ),
    ] {
        let (code, stderr) = gen_introspect(&url);
        assert_eq!(code, Some(3), "{url}: {stderr}");
        assert!(stderr.contains("connecting to"), "{url}: {stderr}");
        let config = DbConfig::new(url.clone()).unwrap();
        assert_eq!(
            config.settings.query_timeout,
            Duration::from_secs(300),
            "{url}"
        );
        assert_eq!(
            config.settings.connect_timeout,
            Duration::from_secs(2),
            "{url}"
        );
    }
}

#[test]
fn an_unknown_parameter_is_the_same_error_from_both() {
    for url in [
        "postgres://u:hunter2@127.0.0.1/x?query_timout=300",
        "mssql://sa:hunter2@127.0.0.1/x?colour=blue",
        "Server=127.0.0.1;User Id=sa;Password=hunter2;Flavour=x",
    ] {
        let Err(DbError::ConnString(from_db)) = DbConfig::new(url) else {
            panic!("{url}: db accepted it");
        };
        let message = from_db.to_string();
        assert!(
            message.starts_with("unknown connection parameter"),
            "{message}"
        );
        let (code, stderr) = gen_introspect(url);
        assert_eq!(code, Some(2), "{url}: {stderr}");
        assert_eq!(stderr.trim_end(), message, "{url}");
        assert!(!stderr.contains("hunter2"));
    }
}
