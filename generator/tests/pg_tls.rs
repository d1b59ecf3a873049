//! `gen` over TLS, on a private PostgreSQL cluster with `ssl = on` that takes only TLS
//! connections (testkit::tls_cluster): `sslmode=require` and `verify-full` connect; a wrong CA
//! or a host name the certificate does not list is exit 3 with a sentence naming the
//! certificate problem.

use std::process::{Command, Output};

use testkit::tls_cluster::TlsCluster;

fn introspect(url: &str, dir: &std::path::Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gen"))
        .args(["introspect", "--url", url, "--out", "live.yaml"])
        .current_dir(dir)
        .env_remove("DATABASE_URL")
        .output()
        .expect("gen runs")
}

#[test]
fn gen_connects_over_tls_and_names_certificate_problems() {
    let cluster = TlsCluster::start().unwrap_or_else(|e| panic!("{e}"));
    let dir = tempfile::tempdir().expect("temp dir");
    let ca = cluster.ca().display().to_string();
    let other = cluster.other_ca().display().to_string();
    for query in [
        "sslmode=require".to_string(),
        format!("sslmode=verify-full&sslrootcert={ca}"),
    ] {
        let out = introspect(&cluster.url("localhost", &query), dir.path());
        assert_eq!(out.status.code(), Some(0), "{query}: {out:?}");
        assert!(dir.path().join("live.yaml").exists());
    }
    let cases = [
        (
            cluster.url(
                "localhost",
                &format!("sslmode=verify-full&sslrootcert={other}"),
            ),
            "not signed by a trusted CA",
        ),
        (
            cluster.url(
                "127.0.0.1",
                &format!("sslmode=verify-full&sslrootcert={ca}"),
            ),
            "not issued for host `127.0.0.1`",
        ),
        // The server refuses connections without TLS (pg_hba.conf: hostnossl … reject).
        (cluster.url("127.0.0.1", "sslmode=disable"), "no encryption"),
    ];
    for (url, want) in cases {
        let out = introspect(&url, dir.path());
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(3), "{url}: {err}");
        assert!(err.contains(want), "{url}: {err}");
        assert!(
            err.contains(&format!("127.0.0.1:{}", cluster.port()))
                || err.contains(&format!("localhost:{}", cluster.port())),
            "names the server: {err}"
        );
    }
}
