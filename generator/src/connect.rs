//! Connecting to PostgreSQL (tokio-postgres) and SQL Server (tiberius over rustls) from a
//! connection string parsed by `db::conn` (the parser the services use too), with every failure
//! turned into a [`DbError`] naming host, port, database and cause, never the password.

use std::future::Future;
use std::io::ErrorKind;
use std::time::Duration;

use tokio::net::TcpStream;
use tokio_postgres::error::SqlState;
use tokio_util::compat::{Compat, TokioAsyncWriteCompatExt};

use db::conn::{ConnParams, ConnSpec, Password};

use crate::error::DbError;

/// Time allowed for connecting (TCP, TLS and login) when the string gives no `connect_timeout`.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Time allowed for one catalog query when the string gives no `query_timeout`.
pub const DEFAULT_QUERY_TIMEOUT: Duration = Duration::from_secs(60);

/// The connect timeout `gen` uses: the string's, or [`DEFAULT_CONNECT_TIMEOUT`].
pub fn connect_timeout(p: &ConnParams) -> Duration {
    p.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT)
}

/// The per-query timeout `gen` uses: the string's, or [`DEFAULT_QUERY_TIMEOUT`].
pub fn query_timeout(p: &ConnParams) -> Duration {
    p.query_timeout.unwrap_or(DEFAULT_QUERY_TIMEOUT)
}

/// A [`DbError`] about the connection `spec`, with any password text removed from `cause`.
pub fn conn_error(spec: &ConnSpec, action: &str, cause: impl Into<String>) -> DbError {
    let p = spec.params();
    let mut cause = cause.into();
    if let Some(pw) = p
        .password
        .as_ref()
        .map(Password::expose)
        .filter(|pw| pw.len() >= 3)
    {
        cause = cause.replace(pw, "***");
    }
    DbError {
        action: action.to_owned(),
        host: p.host.clone(),
        port: p.port,
        database: p.database.clone(),
        cause,
    }
}

/// A connected SQL Server client.
pub type MssqlClient = tiberius::Client<Compat<TcpStream>>;

const CONNECTING: &str = "connecting to";

fn refused(p: &ConnParams) -> String {
    format!(
        "connection refused: is the server running and listening on {}:{}?",
        p.host, p.port
    )
}

fn timed_out(p: &ConnParams) -> String {
    let secs = connect_timeout(p).as_secs_f64();
    match &p.aad_token_env {
        // Seen on Babelfish: a server without federated authentication never answers the
        // token login, so the usual "wrong server?" would send the reader the wrong way.
        Some(var) => format!(
            "no answer to the Entra ID token login (`aad_token_env={var}`) within {secs:.1} s (connect_timeout): only Azure SQL and servers joined to Entra ID accept tokens (Babelfish and SQL Server without Entra ID never answer one); log in with a user and password there"
        ),
        None => format!(
            "no answer within {secs:.1} s (connect_timeout): is {}:{} the right server, and is nothing dropping the traffic?",
            p.host, p.port
        ),
    }
}

/// Connects to PostgreSQL, over TLS as `sslmode`/`sslrootcert` say (rustls, verification
/// ours: db::tls); the connection task runs on the current runtime.
pub async fn connect_postgres(spec: &ConnSpec) -> Result<tokio_postgres::Client, DbError> {
    let p = spec.params();
    let tls = p
        .pg_tls
        .connector()
        .map_err(|e| conn_error(spec, CONNECTING, format!("certificate problem: {}", e.0)))?;
    let mut config = p.postgres_config();
    config
        .application_name("gen")
        .connect_timeout(connect_timeout(p));
    // The driver's own timeout covers only the TCP connect; a server that accepts and then
    // stays silent must time out too.
    let connected = tokio::time::timeout(connect_timeout(p), config.connect(tls))
        .await
        .map_err(|_| conn_error(spec, CONNECTING, timed_out(p)))?;
    let (client, connection) =
        connected.map_err(|e| conn_error(spec, CONNECTING, postgres_cause(p, &e)))?;
    tokio::spawn(async move {
        // Ends when the client is dropped; a failure surfaces on the client's next call.
        let _ = connection.await;
    });
    Ok(client)
}

/// One sentence for a PostgreSQL error (the driver's `Display` says only "db error").
pub(crate) fn postgres_cause(p: &ConnParams, e: &tokio_postgres::Error) -> String {
    if let Some(problem) = db::tls::certificate_problem(e, &p.host) {
        return problem;
    }
    if let Some(db) = e.as_db_error() {
        let user = p.user.as_deref().unwrap_or("postgres");
        return match db.code() {
            c if *c == SqlState::INVALID_CATALOG_NAME => format!(
                "database `{}` does not exist: create it, or fix the database name in the connection string",
                p.database
            ),
            c if *c == SqlState::INVALID_PASSWORD
                || *c == SqlState::INVALID_AUTHORIZATION_SPECIFICATION =>
            {
                format!(
                    "login failed for user `{user}` ({}): check the user name and password",
                    db.message()
                )
            }
            c => format!("{} (SQLSTATE {})", db.message(), c.code()),
        };
    }
    if io_kind(e) == Some(ErrorKind::ConnectionRefused) {
        return refused(p);
    }
    db::chain(e)
}

fn io_kind(e: &(dyn std::error::Error + 'static)) -> Option<ErrorKind> {
    let mut cur = Some(e);
    while let Some(err) = cur {
        if let Some(io) = err.downcast_ref::<std::io::Error>() {
            return Some(io.kind());
        }
        cur = err.source();
    }
    None
}

/// Connects to SQL Server with SQL authentication (or an Entra ID token) over rustls,
/// honouring `trust_server_certificate` and `encrypt`, following one Azure-style redirect.
pub async fn connect_mssql(spec: &ConnSpec) -> Result<MssqlClient, DbError> {
    let p = spec.params().clone();
    let login = match (&p.user, &p.aad_token_env) {
        (_, Some(var)) => Login::Token(var.clone()),
        (Some(user), None) => Login::User(user.clone()),
        (None, None) => {
            return Err(conn_error(
                spec,
                CONNECTING,
                "no user name given: add `user@` to the URL or `User Id=` to the ADO.NET string (or `aad_token_env=VAR` for an Entra ID token)",
            ));
        }
    };
    let mut config = p
        .tiberius_config()
        .map_err(|e| conn_error(spec, CONNECTING, e.to_string()))?;
    config.application_name("gen");
    // tiberius stops waiting for a response after its own 30 s by default; the budget per
    // statement is `query_timeout` (the catalog reader enforces it and names it).
    config.command_timeout(Some(query_timeout(&p)));
    let spec_for_task = spec.clone();
    let attempt = async move {
        match tiberius_connect(config.clone(), &p).await {
            Err(tiberius::error::Error::Routing { host, port }) => {
                config.host(&host);
                config.port(port);
                tiberius_connect(config, &p).await
            }
            r => r,
        }
        .map_err(|e| conn_error(&spec_for_task, CONNECTING, mssql_cause(&p, &login, &e)))
    };
    let timeout = connect_timeout(spec.params());
    let on_panic = || {
        conn_error(
            spec,
            CONNECTING,
            "the SQL Server driver crashed (a bug in tiberius); please report it with the server version",
        )
    };
    match tokio::time::timeout(timeout, guard_panics(attempt, on_panic)).await {
        Ok(r) => r,
        Err(_) => Err(conn_error(spec, CONNECTING, timed_out(spec.params()))),
    }
}

async fn tiberius_connect(
    config: tiberius::Config,
    p: &ConnParams,
) -> Result<MssqlClient, tiberius::error::Error> {
    let tcp = TcpStream::connect((p.host.as_str(), p.port)).await?;
    tcp.set_nodelay(true)?;
    tiberius::Client::connect(config, tcp.compat_write()).await
}

/// How `gen` logs in, for the login-failure sentence.
enum Login {
    /// SQL authentication as this user.
    User(String),
    /// An Entra ID access token from this environment variable.
    Token(String),
}

/// One sentence for a SQL Server error.
fn mssql_cause(p: &ConnParams, login: &Login, e: &tiberius::error::Error) -> String {
    use tiberius::error::{Error, IoErrorKind};
    match e {
        Error::Io {
            kind: IoErrorKind::ConnectionRefused,
            ..
        } => refused(p),
        Error::Server(t) if t.code() == 18456 => match login {
            Login::User(user) => format!(
                "login failed for user `{user}` (SQL Server error 18456): check the user name and password"
            ),
            Login::Token(var) => format!(
                "login with the Entra ID token in `{var}` failed (SQL Server error 18456): the token may have expired (they last about an hour) or be for another resource; get a new one for https://database.windows.net/"
            ),
        },
        Error::Server(t) if t.code() == 4060 => format!(
            "cannot open database `{}` (SQL Server error 4060): it does not exist or the login may not use it",
            p.database
        ),
        Error::Server(t) => format!("SQL Server error {}: {}", t.code(), t.message()),
        Error::Tls(m) => match &p.trust_cert_ca {
            Some(ca) => format!(
                "TLS handshake failed: the server's certificate was not verified against the CA file {ca} ({m}); check that the file holds the CA that signed the server's certificate"
            ),
            None => format!(
                "TLS handshake failed ({m}): for a self-signed certificate add trust_server_certificate=true (TrustServerCertificate=True), or trust_cert_ca=PATH with its CA"
            ),
        },
        other => other.to_string(),
    }
}

/// Runs `fut` in its own task so that a panic inside the driver (tiberius panics on some
/// column types) becomes the error `on_panic` builds instead of taking the process down.
pub async fn guard_panics<F, T>(fut: F, on_panic: impl FnOnce() -> DbError) -> Result<T, DbError>
where
    F: Future<Output = Result<T, DbError>> + Send + 'static,
    T: Send + 'static,
{
    match tokio::spawn(fut).await {
        Ok(r) => r,
        Err(e) if e.is_panic() => Err(on_panic()),
        Err(e) => Err(DbError {
            cause: format!("the task was cancelled: {e}"),
            ..on_panic()
        }),
    }
}
