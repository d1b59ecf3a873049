//! The repository's own schema.yaml on the real PostgreSQL: its DDL (`gen ddl --dialect
//! postgres`) applies; diffing the loaded database reports nothing (no false positives); and
//! `gen introspect` gives back the committed file byte for byte.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use testkit::TestDb;

fn repo_schema() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema.yaml")
}

fn gen_cmd(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gen"))
        .args(args)
        .env_remove("DATABASE_URL")
        .output()
        .expect("gen runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A fresh database loaded from the PostgreSQL DDL of schema.yaml.
fn loaded(prefix: &str) -> TestDb {
    let schema = repo_schema();
    let ddl = gen_cmd(&[
        "ddl",
        "--dialect",
        "postgres",
        "--schema",
        schema.to_str().unwrap(),
    ]);
    assert_eq!(ddl.status.code(), Some(0), "{}", text(&ddl.stderr));
    TestDb::from_template(prefix, &text(&ddl.stdout))
}

#[test]
fn loaded_schema_has_no_drift() {
    let db = loaded("pg_schema_diff");
    let schema = repo_schema();
    let out = gen_cmd(&[
        "diff",
        "--url",
        db.url(),
        "--schema",
        schema.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}\n{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    assert_eq!(text(&out.stdout), "");
}

#[test]
fn introspect_gives_back_the_committed_file_byte_for_byte() {
    let db = loaded("pg_schema_introspect");
    let schema = repo_schema();
    let schema = schema.to_str().unwrap();
    let check = gen_cmd(&[
        "introspect",
        "--url",
        db.url(),
        "--schema",
        schema,
        "--check",
    ]);
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}\n{}",
        text(&check.stdout),
        text(&check.stderr)
    );
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.yaml");
    let run = gen_cmd(&[
        "introspect",
        "--url",
        db.url(),
        "--schema",
        schema,
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    assert_eq!(
        std::fs::read(&out).unwrap(),
        std::fs::read(repo_schema()).unwrap()
    );
}

#[test]
fn introspect_check_shows_a_unified_diff_when_the_database_changed() {
    let db = loaded("pg_schema_check");
    db.execute_batch(r#"ALTER TABLE "dbo"."User" ALTER "Phone" TYPE varchar(40)"#)
        .unwrap();
    let schema = repo_schema();
    let out = gen_cmd(&[
        "introspect",
        "--url",
        db.url(),
        "--schema",
        schema.to_str().unwrap(),
        "--check",
    ]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let changed: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with(['-', '+']) && !l.starts_with("---") && !l.starts_with("+++"))
        .collect();
    assert_eq!(changed.len(), 2, "{stdout}");
    assert!(
        changed[0].contains("name: Phone")
            && changed[1].contains("name: Phone, type: nvarchar(40)"),
        "{stdout}"
    );
}

#[test]
fn introspect_without_a_schema_file_writes_a_fresh_one_that_loads() {
    let db = loaded("pg_schema_fresh");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("schema.yaml");
    let out = gen_cmd(&[
        "introspect",
        "--url",
        db.url(),
        "--schema",
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let fresh = generator::pipeline::parse_schema(&path).expect("the fresh file parses");
    assert_eq!(fresh.name, db.name());
    assert_eq!(fresh.tables().count(), 35);
    let user = fresh.table("dbo", "User").expect("dbo.User");
    assert!(user.column("IsEmailVerified").is_some() && user.column("StatusID").is_some());
}
