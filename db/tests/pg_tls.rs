//! The PostgreSQL pool over TLS, on a private cluster with `ssl = on` that accepts only TLS
//! connections (testkit::tls_cluster): `require` and `verify-full` connect; a wrong CA or a
//! host name the certificate does not list is refused with a sentence naming the problem;
//! `disable` is refused by the server (so the others really were encrypted).

use db::{DbConfig, DbError, PgPool, PoolSettings};
use testkit::tls_cluster::TlsCluster;

fn pool(url: &str) -> PgPool {
    let config = DbConfig::new(url).unwrap_or_else(|e| panic!("{e}"));
    PgPool::new(&config.with_settings(PoolSettings::default())).unwrap_or_else(|e| panic!("{e}"))
}

async fn ssl_in_use(pool: &PgPool) -> Result<bool, DbError> {
    let conn = pool.get().await?;
    let rows = conn
        .simple_query("SELECT ssl::text FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        .await
        .unwrap_or_else(|e| panic!("pg_stat_ssl: {e}"));
    Ok(rows.iter().any(|m| match m {
        tokio_postgres::SimpleQueryMessage::Row(r) => r.get(0) == Some("true"),
        _ => false,
    }))
}

#[tokio::test]
async fn the_pool_connects_over_tls_and_names_certificate_problems() {
    let cluster = TlsCluster::start().unwrap_or_else(|e| panic!("{e}"));
    let ca = cluster.ca().display().to_string();
    let other = cluster.other_ca().display().to_string();

    for query in [
        "sslmode=require".to_string(),
        format!("sslmode=verify-ca&sslrootcert={ca}"),
        format!("sslmode=verify-full&sslrootcert={ca}"),
    ] {
        let p = pool(&cluster.url("localhost", &query));
        assert_eq!(
            ssl_in_use(&p).await.map_err(|e| e.to_string()),
            Ok(true),
            "{query}"
        );
    }

    let refused = |url: String| async move {
        match pool(&url).get().await {
            Err(DbError::Connect { cause, .. }) => cause,
            Err(other) => panic!("{url}: not a connect error: {other}"),
            Ok(_) => panic!("{url}: connected"),
        }
    };
    let cause = refused(cluster.url(
        "localhost",
        &format!("sslmode=verify-full&sslrootcert={other}"),
    ))
    .await;
    assert!(cause.contains("not signed by a trusted CA"), "{cause}");
    let cause = refused(cluster.url(
        "127.0.0.1",
        &format!("sslmode=verify-full&sslrootcert={ca}"),
    ))
    .await;
    assert!(cause.contains("not issued for host `127.0.0.1`"), "{cause}");
    // verify-ca does not check the name.
    let p = pool(&cluster.url("127.0.0.1", &format!("sslmode=verify-ca&sslrootcert={ca}")));
    assert_eq!(ssl_in_use(&p).await.ok(), Some(true));
    // The server takes TLS connections only.
    let cause = refused(cluster.url("127.0.0.1", "sslmode=disable")).await;
    assert!(
        cause.contains("no encryption") || cause.contains("pg_hba.conf"),
        "{cause}"
    );
}
