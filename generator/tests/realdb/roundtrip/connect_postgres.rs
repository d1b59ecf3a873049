
// Appended with common.rs to the PostgreSQL round-trip programs.

/// A client of the fixture database (`ROUNDTRIP_URL`), its connection driven in the background.
async fn connect() -> tokio_postgres::Client {
    let url = std::env::var("ROUNDTRIP_URL").expect("ROUNDTRIP_URL");
    let (client, conn) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
        .await
        .expect("connects");
    tokio::spawn(conn);
    client
}
