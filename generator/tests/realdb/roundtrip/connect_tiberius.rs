
// Appended with common.rs to the SQL Server round-trip programs.

/// A client of the fixture database: `ROUNDTRIP_URL` is
/// `mssql://user:password@host:port/database` (the server's certificate is trusted, as the
/// test server's is self-signed).
async fn connect() -> tiberius::Client<tokio_util::compat::Compat<tokio::net::TcpStream>> {
    use tokio_util::compat::TokioAsyncWriteCompatExt;
    let url = std::env::var("ROUNDTRIP_URL").expect("ROUNDTRIP_URL");
    let rest = url.strip_prefix("mssql://").expect("an mssql:// URL");
    let rest = rest.split('?').next().unwrap_or(rest);
    let (auth, place) = rest.rsplit_once('@').expect("user@host");
    let (user, password) = auth.split_once(':').expect("user:password");
    let (host_port, database) = place.split_once('/').expect("host/database");
    let (host, port) = host_port.split_once(':').unwrap_or((host_port, "1433"));
    let mut config = tiberius::Config::new();
    config.host(host);
    config.port(port.parse().expect("a port"));
    config.database(database);
    config.authentication(tiberius::AuthMethod::sql_server(user, password));
    config.trust_cert();
    let tcp = tokio::net::TcpStream::connect(config.get_addr())
        .await
        .expect("reaches the server");
    tiberius::Client::connect(config, tcp.compat_write())
        .await
        .expect("connects")
}
