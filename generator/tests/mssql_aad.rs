//! An Entra ID token login against the live TDS server (`MSSQL_URL`). No Azure SQL server is
//! reachable from here, and Babelfish has no federated authentication, so this shows what can
//! be shown: the token login goes out (FEDAUTH in the login), is not accepted (Babelfish never
//! answers it), and `gen` says so in a sentence with exit 3, without the token; an unset
//! variable is named before connecting.

use std::process::Command;

use db::conn::ConnSpec;

const TOKEN: &str = "eyJ0eXAiOiJKV1QifQ.not-a-real-token-7d1c";

/// `MSSQL_URL`'s server, logging in with the token in `ELP_AAD_TOKEN` instead of its user.
fn token_url() -> String {
    let url = std::env::var("MSSQL_URL").expect("set MSSQL_URL");
    let spec = ConnSpec::parse(&url).unwrap();
    let p = spec.params();
    format!(
        "mssql://{}:{}/master?trust_server_certificate=true&encrypt=true&aad_token_env=ELP_AAD_TOKEN",
        p.host, p.port
    )
}

fn introspect(url: &str, token: Option<&str>) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gen"));
    cmd.args(["introspect", "--url", url, "--out", "schema.yaml"])
        .current_dir(dir.path())
        .env_remove("DATABASE_URL")
        .env_remove("ELP_AAD_TOKEN");
    if let Some(t) = token {
        cmd.env("ELP_AAD_TOKEN", t);
    }
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
#[ignore = "set MSSQL_URL"]
fn a_token_login_is_sent_and_its_refusal_is_a_sentence() {
    let url = token_url();
    let (code, err) = introspect(&url, None);
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("ELP_AAD_TOKEN") && err.contains("get-access-token"),
        "{err}"
    );

    let (code, err) = introspect(&url, Some(TOKEN));
    assert_eq!(code, 3, "{err}");
    assert!(!err.contains("not-a-real-token"), "the token leaked: {err}");
    assert!(!err.contains("panicked"), "{err}");
    // Babelfish never answers a FEDAUTH login; a server that refuses it says so instead.
    assert!(
        err.contains("Entra ID token login") || err.contains("Entra ID token in `ELP_AAD_TOKEN`"),
        "{err}"
    );
}
