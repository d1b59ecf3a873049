//! Encrypted connections to a live TDS server that verify its certificate against a CA file
//! (`MSSQL_URL`, plus `MSSQL_CA_FILE`: the CA that signed the server's certificate, and
//! `MSSQL_WRONG_CA_FILE`: an unrelated CA). `gen` connects with the right CA and exits 3
//! naming the certificate problem with the wrong one.

use std::process::Command;

use testkit::mssql::{MssqlDb, verifying_url};

fn ca(var: &str) -> String {
    std::env::var(var).unwrap_or_else(|_| {
        panic!("set {var} to a CA file (PEM) for the TLS tests against MSSQL_URL's server")
    })
}

fn introspect(url: &str, dir: &std::path::Path) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_gen"))
        .args(["introspect", "--url", url, "--out", "schema.yaml"])
        .current_dir(dir)
        .env_remove("DATABASE_URL")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[tokio::test]
#[ignore = "set MSSQL_URL"]
async fn gen_verifies_the_server_certificate_against_a_ca_file() {
    let db = MssqlDb::with_script(
        "tls_gen",
        "CREATE TABLE dbo.Item (ItemID int NOT NULL CONSTRAINT PK_Item PRIMARY KEY)",
    )
    .await
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let right = verifying_url(db.url(), &ca("MSSQL_CA_FILE"));
    let (code, err) = introspect(&right, dir.path());
    assert_eq!(code, 0, "with the right CA: {err}");
    let schema = std::fs::read_to_string(dir.path().join("schema.yaml")).unwrap();
    assert!(
        schema.contains(&format!("database: {}", db.name())),
        "{schema}"
    );

    let wrong_ca = ca("MSSQL_WRONG_CA_FILE");
    let wrong = verifying_url(db.url(), &wrong_ca);
    let (code, err) = introspect(&wrong, dir.path());
    assert_eq!(code, 3, "with a wrong CA: {err}");
    assert!(
        err.contains("certificate") && err.contains(&wrong_ca),
        "names the certificate problem and the CA file: {err}"
    );
    assert!(!err.contains("Babelfish12345"), "no password: {err}");
}
