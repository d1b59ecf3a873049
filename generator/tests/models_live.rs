//! `gen models --url`: a real PostgreSQL database loaded from the features fixture's DDL
//! generates the same crate as the fixture itself.

mod models_support;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use models_support::{fixture, gen_cmd};

fn files(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir).unwrap().display().to_string();
                out.insert(rel, fs::read_to_string(&p).unwrap());
            }
        }
    }
    out
}

#[test]
fn a_live_database_generates_the_same_crate_as_its_schema_file() {
    let tmp = tempfile::tempdir().unwrap();
    let schema = fixture("features");
    let schema = schema.to_str().unwrap();
    let ddl = gen_cmd(
        tmp.path(),
        &["ddl", "--dialect", "postgres", "--schema", schema],
    );
    assert!(
        ddl.status.success(),
        "{}",
        String::from_utf8_lossy(&ddl.stderr)
    );
    let db = testkit::TestDb::from_template("models_live", &String::from_utf8_lossy(&ddl.stdout));
    let from_file = gen_cmd(tmp.path(), &["models", "--schema", schema, "--out", "file"]);
    assert!(
        from_file.status.success(),
        "{}",
        String::from_utf8_lossy(&from_file.stderr)
    );
    let live = gen_cmd(
        tmp.path(),
        &[
            "models",
            "--url",
            db.url(),
            "--schema",
            schema,
            "--out",
            "live",
        ],
    );
    assert!(
        live.status.success(),
        "{}",
        String::from_utf8_lossy(&live.stderr)
    );
    let (a, b) = (
        files(&tmp.path().join("file")),
        files(&tmp.path().join("live")),
    );
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (path, text) in &a {
        let diff = similar::TextDiff::from_lines(text, &b[path])
            .unified_diff()
            .to_string();
        assert!(
            diff.is_empty(),
            "{path} differs between schema file and live database:\n{diff}"
        );
    }
}

#[test]
fn an_unreachable_database_is_exit_3_naming_host_and_port() {
    let tmp = tempfile::tempdir().unwrap();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let url = format!("postgres://postgres:secret@127.0.0.1:{port}/nowhere");
    let run = gen_cmd(
        tmp.path(),
        &[
            "models",
            "--url",
            &url,
            "--schema",
            "absent.yaml",
            "--out",
            "out",
        ],
    );
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains(&format!("127.0.0.1:{port}")) && !stderr.contains("secret"),
        "{stderr}"
    );
    assert!(!tmp.path().join("out").exists(), "nothing written");
}
