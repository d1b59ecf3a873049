//! ADO.NET connection strings: `Server=tcp:host,1433;Database=…;User Id=…;Password=…;
//! TrustServerCertificate=True`. Keys are case-insensitive; values may be quoted with `'` or
//! `"` (a doubled quote inside stands for one).

use super::{
    ConnError, ConnParams, Password, parse_bool, parse_encrypt, parse_port, parse_timeout,
};

const KEYS: &str = "Server (Data Source, Address, Addr), Database (Initial Catalog), User Id (UID, User), Password (PWD), TrustServerCertificate, Encrypt, Connect Timeout (Connection Timeout), Command Timeout, Application Name, AAD Token Env, MultipleActiveResultSets, Persist Security Info, Pooling";

/// Parses an ADO.NET string for SQL Server.
pub(super) fn parse(text: &str) -> Result<ConnParams, ConnError> {
    let mut p = ConnParams::new(1433);
    for (key, value) in pairs(text)? {
        apply(&mut p, &key, value)?;
    }
    if p.host.is_empty() {
        return Err(ConnError::MissingHost);
    }
    if p.database.is_empty() {
        p.database = "master".into();
    }
    Ok(p)
}

fn apply(p: &mut ConnParams, key: &str, value: String) -> Result<(), ConnError> {
    let norm: String = key
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_ascii_lowercase();
    match norm.as_str() {
        "server" | "data source" | "address" | "addr" | "network address" => server(p, &value)?,
        "database" | "initial catalog" => p.database = value,
        "user id" | "uid" | "user" => p.user = Some(value).filter(|u| !u.is_empty()),
        "password" | "pwd" => p.password = Some(Password::new(value)),
        "trustservercertificate" | "trust server certificate" => {
            p.trust_server_certificate = parse_bool(key, &value)?;
        }
        "encrypt" => p.encrypt = parse_encrypt(&value)?,
        "trustservercertificateca" => p.trust_cert_ca = Some(value),
        "connect timeout" | "connection timeout" | "timeout" => {
            p.connect_timeout = Some(parse_timeout(key, &value)?);
        }
        "command timeout" => p.query_timeout = Some(parse_timeout(key, &value)?),
        "application name" | "app" => p.application_name = Some(value),
        "aad token env" => p.aad_token_env = Some(super::env_name(key, &value)?),
        "integrated security" | "trusted_connection" if parse_bool(key, &value).unwrap_or(true) => {
            return Err(ConnError::Unsupported(
                "Integrated Security (Windows authentication) is not supported; use User Id and Password".into(),
            ));
        }
        "integrated security"
        | "trusted_connection"
        | "multipleactiveresultsets"
        | "persist security info"
        | "pooling"
        | "max pool size"
        | "min pool size" => {}
        _ => {
            return Err(ConnError::UnknownKey {
                name: key.to_owned(),
                expected: KEYS.to_owned(),
            });
        }
    }
    Ok(())
}

/// `tcp:host,1433`, `host,1433`, `host`; named instances (`host\SQLEXPRESS`) need the SQL
/// Browser service, which this tool does not use.
fn server(p: &mut ConnParams, value: &str) -> Result<(), ConnError> {
    let v = value.trim();
    let v = v
        .strip_prefix("tcp:")
        .or_else(|| v.strip_prefix("TCP:"))
        .unwrap_or(v);
    let (host, port) = match v.rsplit_once(',') {
        Some((h, port)) => (h.trim(), Some(port)),
        None => (v, None),
    };
    if host.contains('\\') {
        return Err(ConnError::Unsupported(format!(
            "named instance `{host}` is not supported; give the instance's TCP port instead (Server=tcp:host,port)"
        )));
    }
    p.host = host.to_owned();
    if let Some(port) = port {
        p.port = parse_port(port)?;
    }
    Ok(())
}

/// Splits `key=value;…` honouring quoted values.
fn pairs(text: &str) -> Result<Vec<(String, String)>, ConnError> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let key_start = i;
        while i < chars.len() && chars[i] != '=' && chars[i] != ';' {
            i += 1;
        }
        let key: String = chars[key_start..i]
            .iter()
            .collect::<String>()
            .trim()
            .to_owned();
        if i >= chars.len() || chars[i] == ';' {
            if !key.is_empty() {
                return Err(ConnError::BadValue {
                    part: format!("`{key}`"),
                    why: "expected `key=value`".into(),
                });
            }
            i += 1;
            continue;
        }
        i += 1; // '='
        let (value, next) = value(&chars, i, &key)?;
        out.push((key, value));
        i = next;
    }
    Ok(out)
}

/// Reads one value starting at `i`; returns it and the index after its `;`.
fn value(chars: &[char], mut i: usize, key: &str) -> Result<(String, usize), ConnError> {
    while i < chars.len() && chars[i] == ' ' {
        i += 1;
    }
    match chars.get(i) {
        Some(&q) if q == '\'' || q == '"' => {
            let mut v = String::new();
            i += 1;
            loop {
                match chars.get(i) {
                    None => {
                        return Err(ConnError::BadValue {
                            part: format!("`{key}`"),
                            why: format!("the value's opening {q} is never closed"),
                        });
                    }
                    Some(&c) if c == q && chars.get(i + 1) == Some(&q) => {
                        v.push(q);
                        i += 2;
                    }
                    Some(&c) if c == q => break,
                    Some(&c) => {
                        v.push(c);
                        i += 1;
                    }
                }
            }
            i += 1;
            while i < chars.len() && chars[i] != ';' {
                i += 1;
            }
            Ok((v, i + 1))
        }
        _ => {
            let start = i;
            while i < chars.len() && chars[i] != ';' {
                i += 1;
            }
            Ok((
                chars[start..i].iter().collect::<String>().trim().to_owned(),
                i + 1,
            ))
        }
    }
}
