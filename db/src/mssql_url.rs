//! SQL Server connection strings: the URL form DESIGN.md documents, or ADO.NET.

use tiberius::{AuthMethod, Config};

use crate::DbError;

/// A tiberius configuration from `mssql://user:pass@host:1433/db?trust_server_certificate=true`
/// (user and password percent-decoded) or an ADO.NET string (`Server=tcp:host,1433;…`).
pub fn mssql_config(url: &str) -> Result<Config, DbError> {
    let trimmed = url.trim();
    let lower = trimmed.to_ascii_lowercase();
    let rest = ["mssql://", "sqlserver://"]
        .iter()
        .find(|p| lower.starts_with(*p))
        .map(|p| &trimmed[p.len()..]);
    match rest {
        Some(rest) => from_url_rest(rest),
        None => Config::from_ado_string(trimmed).map_err(|e| DbError::BadUrl {
            reason: format!("as an ADO.NET string: {e}"),
        }),
    }
}

fn from_url_rest(rest: &str) -> Result<Config, DbError> {
    let (main, query) = rest.split_once('?').unwrap_or((rest, ""));
    let (authority, database) = main.split_once('/').unwrap_or((main, ""));
    let (userinfo, hostport) = match authority.rsplit_once('@') {
        Some((u, h)) => (Some(u), h),
        None => (None, authority),
    };
    let mut config = Config::new();
    let (host, port) = match hostport.rsplit_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (hostport, None),
    };
    if host.is_empty() {
        return Err(bad("the URL names no host"));
    }
    config.host(host);
    if let Some(p) = port {
        config.port(
            p.parse()
                .map_err(|_| bad(&format!("port {p:?} is not a number")))?,
        );
    }
    if !database.is_empty() {
        config.database(decode(database)?);
    }
    if let Some(u) = userinfo {
        let (user, pass) = u.split_once(':').unwrap_or((u, ""));
        config.authentication(AuthMethod::sql_server(decode(user)?, decode(pass)?));
    }
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, "true"));
        let on = value.eq_ignore_ascii_case("true") || value == "1";
        match key.to_ascii_lowercase().as_str() {
            "trust_server_certificate" | "trustservercertificate" if on => config.trust_cert(),
            "trust_server_certificate" | "trustservercertificate" => {}
            "application_name" => config.application_name(decode(value)?),
            "trust_cert_ca" => config.trust_cert_ca(decode(value)?),
            other => {
                return Err(bad(&format!(
                    "unknown parameter {other:?}; known: trust_server_certificate, trust_cert_ca, application_name"
                )));
            }
        }
    }
    Ok(config)
}

fn bad(reason: &str) -> DbError {
    DbError::BadUrl {
        reason: reason.to_owned(),
    }
}

/// Percent-decoding, so passwords may contain `@`, `:` or `/`.
fn decode(text: &str) -> Result<String, DbError> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .ok_or_else(|| bad("a %-escape is not followed by two hex digits"))?;
            out.push(hex);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| bad("a %-escaped part is not UTF-8"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_parts_reach_the_config() {
        let c = mssql_config(
            "mssql://sa:p%40ss@db.local:1444/EventLeadPlatform?trust_server_certificate=true",
        )
        .unwrap();
        assert_eq!(c.get_addr(), "db.local:1444");
        let c = mssql_config("mssql://sa@db.local/EventLeadPlatform").unwrap();
        assert_eq!(c.get_addr(), "db.local:1433");
        assert_eq!(decode("p%40ss%3A").unwrap(), "p@ss:");
    }

    #[test]
    fn ado_strings_are_accepted() {
        let c = mssql_config(
            "Server=tcp:db.local,1433;Database=x;User Id=sa;Password=p;TrustServerCertificate=True",
        )
        .unwrap();
        assert_eq!(c.get_addr(), "db.local:1433");
    }

    #[test]
    fn mistakes_are_named() {
        let e = mssql_config("mssql://sa@db.local:abc/x").unwrap_err();
        assert!(e.to_string().contains("port \"abc\""), "{e}");
        let e = mssql_config("mssql://sa@db.local/x?encrypt=maybe").unwrap_err();
        assert!(
            e.to_string().contains("unknown parameter \"encrypt\""),
            "{e}"
        );
        assert!(decode("%4").is_err());
    }
}
