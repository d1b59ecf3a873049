//! Connection strings: `mssql://` / `sqlserver://` and `postgres://` / `postgresql://` URLs and
//! ADO.NET strings, parsed into a [`ConnSpec`] whose password never prints; and connecting to
//! either server with every failure mapped to a [`DbError`](crate::error::DbError) that names
//! host, port, database and cause.

mod ado;
mod connect;
mod url;

use std::fmt;
use std::time::Duration;

pub use connect::{MssqlClient, connect_mssql, connect_postgres, guard_panics};

use crate::error::{DbError, GenError};
use gen_runtime::Dialect;

/// Default time allowed for connecting (TCP, TLS and login).
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Default time allowed for one catalog query.
pub const DEFAULT_QUERY_TIMEOUT: Duration = Duration::from_secs(60);

/// A password: `Debug` and `Display` print `***`, so it cannot leak into a message by accident.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

impl Password {
    /// Wraps a password.
    pub fn new(p: impl Into<String>) -> Self {
        Password(p.into())
    }

    /// The password itself, for the driver only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl fmt::Display for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// SQL Server transport encryption (`encrypt=` / `Encrypt=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encrypt {
    /// Encrypt everything and fail if the server cannot (`true`, `yes`, `mandatory`; default).
    #[default]
    Required,
    /// Encrypt only the login (`false`, `no`, `optional`).
    LoginOnly,
    /// TDS 8 strict mode (`strict`).
    Strict,
    /// No encryption at all (`none`, `not_supported`), for servers without TLS.
    Off,
}

/// Where and how to connect, for either server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnParams {
    /// Host name or address.
    pub host: String,
    /// TCP port (1433 / 5432 by default).
    pub port: u16,
    /// Database name.
    pub database: String,
    /// Login name; PostgreSQL defaults to `postgres`, SQL Server requires one.
    pub user: Option<String>,
    /// Password, if any.
    pub password: Option<Password>,
    /// Time allowed for connecting (`connect_timeout`, `Connect Timeout`; seconds).
    pub connect_timeout: Duration,
    /// Time allowed per query (`query_timeout`, `Command Timeout`; seconds).
    pub query_timeout: Duration,
    /// Accept the server's certificate without checking it (SQL Server).
    pub trust_server_certificate: bool,
    /// Verify the server's certificate against this CA file (PEM or DER) instead of the
    /// system's roots (SQL Server: `trust_cert_ca=PATH`, `TrustServerCertificateCA=PATH`).
    pub trust_cert_ca: Option<String>,
    /// Transport encryption (SQL Server).
    pub encrypt: Encrypt,
}

/// A parsed connection string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConnSpec {
    /// SQL Server.
    Mssql(ConnParams),
    /// PostgreSQL.
    Postgres(ConnParams),
}

/// Why a connection string cannot be used. Never contains the password.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConnError {
    /// Not a URL or ADO.NET string this tool knows.
    #[error(
        "the connection string is neither a URL (mssql://, sqlserver://, postgres://, postgresql://) nor an ADO.NET string (Server=tcp:host,1433;Database=…;User Id=…;Password=…)"
    )]
    UnknownFormat,
    /// No host given.
    #[error(
        "the connection string names no host; add one (mssql://user@host:1433/db or Server=tcp:host,1433)"
    )]
    MissingHost,
    /// A value that cannot be used, by key or part.
    #[error("bad {part} in the connection string: {why}")]
    BadValue {
        /// Which part (`port`, `connect_timeout`, `password`).
        part: String,
        /// What is wrong and what is expected.
        why: String,
    },
    /// A parameter or key this tool does not know.
    #[error("unknown connection parameter `{name}`; expected one of: {expected}")]
    UnknownKey {
        /// The parameter as written.
        name: String,
        /// The ones that are understood.
        expected: String,
    },
    /// Something the connection string asks for that is not supported.
    #[error("{0}")]
    Unsupported(String),
}

impl From<ConnError> for GenError {
    fn from(e: ConnError) -> Self {
        GenError::Usage(e.to_string())
    }
}

impl ConnParams {
    fn new(default_port: u16) -> Self {
        ConnParams {
            host: String::new(),
            port: default_port,
            database: String::new(),
            user: None,
            password: None,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            query_timeout: DEFAULT_QUERY_TIMEOUT,
            trust_server_certificate: false,
            trust_cert_ca: None,
            encrypt: Encrypt::default(),
        }
    }
}

impl ConnSpec {
    /// Parses a URL or an ADO.NET string (DESIGN.md, the CLI contract).
    pub fn parse(text: &str) -> Result<ConnSpec, ConnError> {
        let t = text.trim();
        let lower = t.to_ascii_lowercase();
        if let Some(rest) = ["mssql://", "sqlserver://"]
            .iter()
            .find_map(|s| strip(t, &lower, s))
        {
            url::parse(rest, Dialect::Mssql).map(ConnSpec::Mssql)
        } else if let Some(rest) = ["postgres://", "postgresql://"]
            .iter()
            .find_map(|s| strip(t, &lower, s))
        {
            url::parse(rest, Dialect::Postgres).map(ConnSpec::Postgres)
        } else if t.contains('=') && !t.contains("://") {
            ado::parse(t).map(ConnSpec::Mssql)
        } else {
            Err(ConnError::UnknownFormat)
        }
    }

    /// The dialect of the server.
    pub fn dialect(&self) -> Dialect {
        match self {
            ConnSpec::Mssql(_) => Dialect::Mssql,
            ConnSpec::Postgres(_) => Dialect::Postgres,
        }
    }

    /// Host, port, credentials and timeouts.
    pub fn params(&self) -> &ConnParams {
        match self {
            ConnSpec::Mssql(p) | ConnSpec::Postgres(p) => p,
        }
    }

    /// The connection as a URL with the password replaced by `***`, for messages.
    pub fn redacted(&self) -> String {
        let p = self.params();
        let scheme = match self {
            ConnSpec::Mssql(_) => "mssql",
            ConnSpec::Postgres(_) => "postgres",
        };
        let user = match (&p.user, &p.password) {
            (Some(u), Some(_)) => format!("{u}:***@"),
            (Some(u), None) => format!("{u}@"),
            (None, Some(_)) => ":***@".to_owned(),
            (None, None) => String::new(),
        };
        let host = if p.host.contains(':') {
            format!("[{}]", p.host)
        } else {
            p.host.clone()
        };
        format!("{scheme}://{user}{host}:{}/{}", p.port, p.database)
    }

    /// A [`DbError`] about this connection, with any password text removed from `cause`.
    pub fn error(&self, action: &str, cause: impl Into<String>) -> DbError {
        let p = self.params();
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
}

fn strip<'a>(text: &'a str, lower: &str, scheme: &str) -> Option<&'a str> {
    lower.starts_with(scheme).then(|| &text[scheme.len()..])
}

/// Parses a timeout in seconds (`10`, `0.5`).
fn parse_timeout(part: &str, value: &str) -> Result<Duration, ConnError> {
    value
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|s| *s > 0.0)
        .and_then(|s| Duration::try_from_secs_f64(s).ok())
        .ok_or_else(|| ConnError::BadValue {
            part: part.to_owned(),
            why: format!("`{value}` is not a positive number of seconds"),
        })
}

/// Parses `true`/`false` and their ADO.NET spellings.
fn parse_bool(part: &str, value: &str) -> Result<bool, ConnError> {
    match value.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "1" => Ok(true),
        "false" | "no" | "0" => Ok(false),
        _ => Err(ConnError::BadValue {
            part: part.to_owned(),
            why: format!("`{value}` is not true or false"),
        }),
    }
}

/// Parses SQL Server's `encrypt` setting.
fn parse_encrypt(value: &str) -> Result<Encrypt, ConnError> {
    Ok(match value.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "mandatory" | "required" => Encrypt::Required,
        "false" | "no" | "optional" => Encrypt::LoginOnly,
        "strict" => Encrypt::Strict,
        "none" | "not_supported" | "off" => Encrypt::Off,
        _ => {
            return Err(ConnError::BadValue {
                part: "encrypt".into(),
                why: format!("`{value}` is not one of true, false, strict, none"),
            });
        }
    })
}

/// Parses a TCP port.
fn parse_port(value: &str) -> Result<u16, ConnError> {
    value
        .trim()
        .parse::<u16>()
        .ok()
        .filter(|p| *p > 0)
        .ok_or_else(|| ConnError::BadValue {
            part: "port".into(),
            why: format!("`{value}` is not a port number (1..65535)"),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn password_never_prints() {
        let p = Password::new("hunter2");
        assert_eq!(format!("{p} {p:?}"), "*** ***");
        let spec = ConnSpec::parse("postgres://u:hunter2@h/db").unwrap();
        assert!(!format!("{spec:?}").contains("hunter2"));
        assert_eq!(spec.redacted(), "postgres://u:***@h:5432/db");
        let e = spec.error("connecting to", "auth hunter2 failed");
        assert!(!e.to_string().contains("hunter2"));
    }
}
