//! Bad input and unreachable databases: exit 2 and 3 with messages that say what to do.

mod diff_common;

use diff_common::*;

#[test]
fn unreachable_database_exits_3_naming_host_and_port_not_the_password() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("postgres://postgres:s3cret-pw@127.0.0.1:{closed}/shop?connect_timeout=2");
    let (dir, _) = schema_dir(SCHEMA);
    for cmd in [
        vec!["diff", "--url", url.as_str()],
        vec!["introspect", "--url", url.as_str(), "--check"],
    ] {
        let out = gen_cmd(&cmd, &[], dir.path());
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(3), "{cmd:?}: {err}");
        assert!(
            err.contains(&format!("127.0.0.1:{closed}")) && err.contains("shop"),
            "{err}"
        );
        assert!(!err.contains("s3cret-pw"), "{err}");
    }
}

#[test]
fn bad_environment_arguments_exit_2_and_say_what_to_do() {
    let (dir, _) = schema_dir(SCHEMA);
    for bad in ["prod=", "=PROD", "prod=A-B"] {
        let out = gen_cmd(&["diff", "--env", bad], &[], dir.path());
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("expected NAME=VAR"));
    }
    let out = gen_cmd(
        &["diff", "--env", "prod=GEN_TEST_UNSET_VAR"],
        &[],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("GEN_TEST_UNSET_VAR is not set"));
    let out = gen_cmd(&["diff"], &[], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("pass --url CONN or --env NAME=VAR, or set DATABASE_URL")
    );
    let out = gen_cmd(
        &["diff", "--url", "postgres://x@127.0.0.1/y", "--env", "a=B"],
        &[],
        dir.path(),
    );
    assert_eq!(
        out.status.code(),
        Some(2),
        "--url with --env is a usage error"
    );
}

/// DATABASE_URL is common in CI (a service's own tests): `gen models --check` still compares
/// with schema.yaml, and `gen diff --env` reads its own variable instead of clashing.
#[test]
fn database_url_is_only_a_default() {
    let db = shop_db("de_dburl");
    let (dir, schema) = schema_dir(SCHEMA);
    // Nothing listens on port 1: reading DATABASE_URL would be exit 3.
    let elsewhere = [("DATABASE_URL", "postgres://postgres@127.0.0.1:1/nowhere")];
    let out = gen_cmd(&["models"], &elsewhere, dir.path());
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let out = gen_cmd(&["models", "--check"], &elsewhere, dir.path());
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("generated/ is up to date"));
    let with_dev = [elsewhere[0], ("DEV_DATABASE_URL", db.url())];
    let s = schema.to_str().unwrap();
    let out = gen_cmd(
        &["diff", "--env", "dev=DEV_DATABASE_URL", "--schema", s],
        &with_dev,
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let out = gen_cmd(&["diff", "--schema", s], &with_dev, dir.path());
    assert_eq!(
        out.status.code(),
        Some(3),
        "without --env, DATABASE_URL: {out:?}"
    );
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("127.0.0.1"),
        "{out:?}"
    );
    let out = gen_cmd(
        &[
            "introspect",
            "--env",
            "DEV_DATABASE_URL",
            "--check",
            "--schema",
            s,
        ],
        &with_dev,
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0), "introspect --env wins: {out:?}");
}

#[test]
fn malformed_baseline_exits_2_with_its_location() {
    let db = shop_db("de_base");
    let (dir, schema) = schema_dir(SCHEMA);
    let base = dir.path().join("baseline.yaml");
    std::fs::write(&base, "differences:\n  - grade: severe\n").unwrap();
    let (code, _, err) = gen_diff(&db, &schema, &["--baseline", base.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("baseline.yaml:2:") && err.contains("--write-baseline"),
        "{err}"
    );
}
