//! Connection strings, for every user of a database in the workspace (`gen` and the pools of
//! this crate): `mssql://` / `sqlserver://` and `postgres://` / `postgresql://` URLs and ADO.NET
//! strings, parsed into a [`ConnSpec`] whose password never prints, with one error type
//! ([`ConnError`]) that never contains the password. [`ConnParams::postgres_config`] and
//! [`ConnParams::tiberius_config`] turn the parameters into the drivers' configurations.
//!
//! Parameters (case-insensitive): URLs take `connect_timeout`, `query_timeout` (or
//! `statement_timeout`), `application_name`, and `trust_server_certificate` / `encrypt`
//! (SQL Server) or `sslmode` (PostgreSQL: `disable`, `allow`, `prefer`); ADO.NET strings the
//! keys listed in [`ConnError::UnknownKey`]'s message, `Command Timeout` being the query timeout.
//! A timeout the string does not give is `None`: each caller applies its own default.

mod ado;
mod url;

use std::fmt;
use std::time::Duration;

use gen_runtime::Dialect;

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
    /// Time allowed for connecting (`connect_timeout`, `Connect Timeout`; seconds), if given.
    pub connect_timeout: Option<Duration>,
    /// Time allowed per query (`query_timeout`, `Command Timeout`; seconds), if given.
    pub query_timeout: Option<Duration>,
    /// The application name to report to the server (`application_name`, `Application Name`).
    pub application_name: Option<String>,
    /// Accept the server's certificate without checking it (SQL Server).
    pub trust_server_certificate: bool,
    /// Verify the server's certificate against this CA file (PEM or DER) instead of the
    /// system's roots (SQL Server: `trust_cert_ca=PATH`, `TrustServerCertificateCA=PATH`).
    pub trust_cert_ca: Option<String>,
    /// Transport encryption (SQL Server).
    pub encrypt: Encrypt,
    /// TLS (PostgreSQL: `sslmode`, `sslrootcert`; [`crate::tls`]).
    pub pg_tls: crate::tls::PgTls,
    /// Log in to SQL Server with a Microsoft Entra ID (Azure AD) access token read from this
    /// environment variable at connect time, instead of a user and password (`aad_token_env`,
    /// `AAD Token Env`). The name is kept, never the token: tokens expire within the hour, and
    /// each new pooled connection reads the variable again.
    pub aad_token_env: Option<String>,
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

impl ConnParams {
    fn new(default_port: u16) -> Self {
        ConnParams {
            host: String::new(),
            port: default_port,
            database: String::new(),
            user: None,
            password: None,
            connect_timeout: None,
            query_timeout: None,
            application_name: None,
            trust_server_certificate: false,
            trust_cert_ca: None,
            encrypt: Encrypt::default(),
            pg_tls: crate::tls::PgTls::default(),
            aad_token_env: None,
        }
    }

    /// Checks what only the whole string can tell: a token login is not combined with a user
    /// and password, and never travels unencrypted.
    fn check_auth(self) -> Result<Self, ConnError> {
        let Some(var) = &self.aad_token_env else {
            return Ok(self);
        };
        if self.user.is_some() || self.password.is_some() {
            return Err(ConnError::Unsupported(format!(
                "the connection string gives both a user/password and an Entra ID token (`aad_token_env={var}`); keep one of them"
            )));
        }
        if matches!(self.encrypt, Encrypt::Off | Encrypt::LoginOnly) {
            return Err(ConnError::Unsupported(format!(
                "an Entra ID token (`aad_token_env={var}`) must not travel unencrypted; remove `encrypt=false`/`none` (Azure SQL requires encryption)"
            )));
        }
        Ok(self)
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
            url::parse(rest, Dialect::Mssql)
                .and_then(ConnParams::check_auth)
                .map(ConnSpec::Mssql)
        } else if let Some(rest) = ["postgres://", "postgresql://"]
            .iter()
            .find_map(|s| strip(t, &lower, s))
        {
            url::parse(rest, Dialect::Postgres).map(ConnSpec::Postgres)
        } else if t.contains('=') && !t.contains("://") {
            ado::parse(t)
                .and_then(ConnParams::check_auth)
                .map(ConnSpec::Mssql)
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

    /// The parameters, when the string is written for `dialect`; otherwise an error naming
    /// both servers.
    pub fn params_for(&self, dialect: Dialect) -> Result<&ConnParams, ConnError> {
        if self.dialect() == dialect {
            Ok(self.params())
        } else {
            Err(ConnError::Unsupported(format!(
                "this is a {} connection string, but a {} one is needed here",
                self.dialect().product(),
                dialect.product()
            )))
        }
    }

    /// Host, port, credentials and timeouts.
    pub fn params(&self) -> &ConnParams {
        match self {
            ConnSpec::Mssql(p) | ConnSpec::Postgres(p) => p,
        }
    }

    /// The connection as a URL with the password replaced by `***`, for messages (also its
    /// `Display`).
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
}

impl fmt::Display for ConnSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted())
    }
}

impl ConnParams {
    /// A tokio-postgres configuration: host, port, database, user (`postgres` when none is
    /// given), password and application name. Timeouts are the caller's to apply (each has its
    /// own defaults and its own way of enforcing them).
    pub fn postgres_config(&self) -> tokio_postgres::Config {
        let mut config = tokio_postgres::Config::new();
        config
            .host(&self.host)
            .port(self.port)
            .dbname(&self.database)
            .user(self.user.as_deref().unwrap_or("postgres"));
        if let Some(pw) = &self.password {
            config.password(pw.expose());
        }
        if let Some(name) = &self.application_name {
            config.application_name(name);
        }
        config.ssl_mode(self.pg_tls.driver_mode());
        config
    }

    /// A tiberius configuration: host, port, database, SQL authentication when a user is
    /// given or an Entra ID token from [`ConnParams::aad_token_env`],
    /// `trust_server_certificate` (or else `trust_cert_ca`), `encrypt` and application name.
    /// Timeouts are the caller's to apply, as for [`ConnParams::postgres_config`]. Fails only
    /// when the token's environment variable is unset or empty.
    pub fn tiberius_config(&self) -> Result<tiberius::Config, ConnError> {
        let mut config = tiberius::Config::new();
        config.host(&self.host);
        config.port(self.port);
        config.database(&self.database);
        if let Some(var) = &self.aad_token_env {
            config.authentication(tiberius::AuthMethod::aad_token(aad_token(var)?));
        } else if let Some(user) = &self.user {
            let password = self.password.as_ref().map_or("", Password::expose);
            config.authentication(tiberius::AuthMethod::sql_server(user, password));
        }
        if self.trust_server_certificate {
            config.trust_cert();
        } else if let Some(ca) = &self.trust_cert_ca {
            config.trust_cert_ca(ca);
        }
        config.encryption(match self.encrypt {
            Encrypt::Required => tiberius::EncryptionLevel::Required,
            Encrypt::LoginOnly => tiberius::EncryptionLevel::Off,
            Encrypt::Strict => tiberius::EncryptionLevel::Strict,
            Encrypt::Off => tiberius::EncryptionLevel::NotSupported,
        });
        if let Some(name) = &self.application_name {
            config.application_name(name);
        }
        Ok(config)
    }
}

/// The access token in environment variable `var`; the error never holds the token.
fn aad_token(var: &str) -> Result<String, ConnError> {
    match std::env::var(var) {
        Ok(token) if !token.trim().is_empty() => Ok(token.trim().to_owned()),
        _ => Err(ConnError::BadValue {
            part: "aad_token_env".into(),
            why: format!(
                "environment variable `{var}` holds no Entra ID access token; set it, e.g. `export {var}=$(az account get-access-token --resource https://database.windows.net/ --query accessToken -o tsv)`"
            ),
        }),
    }
}

/// A tiberius configuration for a SQL Server connection string (URL or ADO.NET form):
/// [`ConnSpec::parse`], then [`ConnParams::tiberius_config`].
pub fn mssql_config(url: &str) -> Result<tiberius::Config, ConnError> {
    let spec = ConnSpec::parse(url)?;
    spec.params_for(Dialect::Mssql)?.tiberius_config()
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

/// An environment variable's name (letters, digits, `_`; not starting with a digit).
fn env_name(part: &str, value: &str) -> Result<String, ConnError> {
    let v = value.trim();
    let ok = v
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if ok {
        Ok(v.to_owned())
    } else {
        Err(ConnError::BadValue {
            part: part.to_owned(),
            why: format!(
                "`{value}` is not an environment variable name; give the name of the variable that holds the token, not the token"
            ),
        })
    }
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
        assert_eq!(spec.to_string(), spec.redacted());
    }
}
