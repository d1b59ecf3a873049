//! `scheme://user:password@host:port/database?key=value` URLs (the scheme already removed).

use super::{
    ConnError, ConnParams, Password, parse_bool, parse_encrypt, parse_port, parse_timeout,
};
use gen_runtime::Dialect;

const MSSQL_KEYS: &str = "connect_timeout, query_timeout, trust_server_certificate, trust_cert_ca, encrypt, application_name, aad_token_env";
const POSTGRES_KEYS: &str = "connect_timeout, query_timeout, sslmode (disable, prefer, require, verify-ca, verify-full), sslrootcert, application_name";

/// Parses what follows `scheme://`.
pub(super) fn parse(rest: &str, dialect: Dialect) -> Result<ConnParams, ConnError> {
    let mut p = ConnParams::new(match dialect {
        Dialect::Mssql => 1433,
        Dialect::Postgres => 5432,
    });
    let (rest, query) = rest.split_once('?').unwrap_or((rest, ""));
    let (authority, path) = rest.split_once('/').unwrap_or((rest, ""));
    let (userinfo, hostport) = match authority.rsplit_once('@') {
        Some((u, h)) => (Some(u), h),
        None => (None, authority),
    };
    if let Some(info) = userinfo {
        let (user, password) = match info.split_once(':') {
            Some((u, pw)) => (u, Some(pw)),
            None => (info, None),
        };
        p.user = Some(decode(user, "user name")?).filter(|u| !u.is_empty());
        p.password = password
            .map(|pw| decode(pw, "password").map(Password::new))
            .transpose()?;
    }
    let (host, port) = split_host_port(hostport)?;
    p.host = decode(host, "host")?;
    if p.host.is_empty() {
        return Err(ConnError::MissingHost);
    }
    if let Some(port) = port {
        p.port = parse_port(port)?;
    }
    p.database = decode(path.trim_end_matches('/'), "database name")?;
    if p.database.is_empty() {
        p.database = match dialect {
            Dialect::Mssql => "master".into(),
            Dialect::Postgres => p.user.clone().unwrap_or_else(|| "postgres".into()),
        };
    }
    for pair in query.split('&').filter(|s| !s.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        apply(
            &mut p,
            dialect,
            &decode(key, "parameter name")?,
            &decode(value, key)?,
        )?;
    }
    Ok(p)
}

/// `host:port`, `host`, `[::1]:5432`.
fn split_host_port(hp: &str) -> Result<(&str, Option<&str>), ConnError> {
    if let Some(inner) = hp.strip_prefix('[') {
        let (host, after) = inner.split_once(']').ok_or_else(|| ConnError::BadValue {
            part: "host".into(),
            why: "an IPv6 address opened with `[` is not closed with `]`".into(),
        })?;
        return Ok((host, after.strip_prefix(':')));
    }
    Ok(match hp.rsplit_once(':') {
        Some((h, port)) => (h, Some(port)),
        None => (hp, None),
    })
}

fn apply(p: &mut ConnParams, dialect: Dialect, key: &str, value: &str) -> Result<(), ConnError> {
    match (dialect, key.to_ascii_lowercase().as_str()) {
        (_, "connect_timeout") => p.connect_timeout = Some(parse_timeout(key, value)?),
        (_, "query_timeout" | "statement_timeout") => {
            p.query_timeout = Some(parse_timeout(key, value)?);
        }
        (_, "application_name") => p.application_name = Some(value.to_owned()),
        (Dialect::Mssql, "trust_server_certificate" | "trustservercertificate") => {
            p.trust_server_certificate = parse_bool(key, value)?;
        }
        (Dialect::Mssql, "encrypt") => p.encrypt = parse_encrypt(value)?,
        (Dialect::Mssql, "trust_cert_ca") => p.trust_cert_ca = Some(value.to_owned()),
        (Dialect::Mssql, "aad_token_env") => p.aad_token_env = Some(super::env_name(key, value)?),
        (Dialect::Postgres, "sslmode") => {
            p.pg_tls.mode =
                crate::tls::SslMode::parse(&value.to_ascii_lowercase()).ok_or_else(|| {
                    ConnError::BadValue {
                        part: "sslmode".into(),
                        why: format!(
                            "`{value}`: use disable, prefer, require, verify-ca or verify-full"
                        ),
                    }
                })?;
        }
        (Dialect::Postgres, "sslrootcert") => {
            p.pg_tls.root_cert = Some(match value {
                "system" => crate::tls::RootCert::System,
                path => crate::tls::RootCert::File(path.into()),
            });
        }
        _ => {
            return Err(ConnError::UnknownKey {
                name: key.to_owned(),
                expected: match dialect {
                    Dialect::Mssql => MSSQL_KEYS,
                    Dialect::Postgres => POSTGRES_KEYS,
                }
                .to_owned(),
            });
        }
    }
    Ok(())
}

/// Percent-decodes one URL part. The error names the part, never its value (it may be the
/// password).
fn decode(s: &str, part: &str) -> Result<String, ConnError> {
    let bad = || ConnError::BadValue {
        part: part.to_owned(),
        why: "it is not valid percent-encoding of UTF-8 text (write special characters as %XX)"
            .into(),
    };
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3).ok_or_else(bad)?;
            let hex = std::str::from_utf8(hex).map_err(|_| bad())?;
            out.push(u8::from_str_radix(hex, 16).map_err(|_| bad())?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| bad())
}
