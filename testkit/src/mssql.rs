//! Uniquely named SQL Server databases on the server `MSSQL_URL` names (a real SQL Server or
//! Babelfish in multi-db mode), dropped by a guard.
//!
//! Every database is named `gen_test_<prefix>_<pid>_<n>_<nanos>`; [`MssqlDb`]'s `Drop` runs
//! `DROP DATABASE` from a fresh connection to the `MSSQL_URL` database, even when a test fails,
//! and [`sweep`] removes what processes that no longer run left behind (never a database of a
//! test still running). Connection strings go through the `db` crate, the one parser the pools
//! use.

use std::time::Duration;

use tiberius::{Client, ColumnData, Row};
use tokio::net::TcpStream;
use tokio_util::compat::{Compat, TokioAsyncWriteCompatExt};

use crate::naming::unique_name;
use crate::{TestDbError, block_on};

/// The environment variable naming the SQL Server the live tests use.
pub const MSSQL_ENV: &str = "MSSQL_URL";

/// A connected tiberius client.
pub type MssqlClient = Client<Compat<TcpStream>>;

/// `MSSQL_URL`, when set and not empty.
pub fn mssql_url() -> Option<String> {
    std::env::var(MSSQL_ENV)
        .ok()
        .filter(|u| !u.trim().is_empty())
}

fn server() -> Result<String, TestDbError> {
    mssql_url().ok_or_else(|| TestDbError::Mssql {
        what: "finding the SQL Server".into(),
        cause: "MSSQL_URL is not set: point it at a SQL Server or Babelfish (multi-db mode), e.g. mssql://user:pass@127.0.0.1:1433/master?trust_server_certificate=true".into(),
    })
}

fn fail(what: impl Into<String>) -> impl FnOnce(tiberius::error::Error) -> TestDbError {
    let what = what.into();
    move |e| TestDbError::Mssql {
        what,
        cause: e.to_string(),
    }
}

/// `url` with its database replaced by `name`: the path of an `mssql://` URL, or the
/// `Database=` key of an ADO.NET string (added when missing).
pub fn with_database(url: &str, name: &str) -> String {
    if url.contains("://") {
        return crate::server::replace_url_database(url, name);
    }
    replace_ado_keys(
        url,
        &["database", "initial catalog"],
        &format!("Database={name}"),
    )
}

/// An ADO.NET string without the keys `drop` (lower case) and with `pair` appended.
fn replace_ado_keys(ado: &str, drop: &[&str], pair: &str) -> String {
    let mut parts: Vec<&str> = ado
        .split(';')
        .filter(|p| {
            let key = p
                .split('=')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase();
            !p.trim().is_empty() && !drop.contains(&key.as_str())
        })
        .collect();
    parts.push(pair);
    parts.join(";")
}

/// `url` verifying the server's certificate against the CA file `ca` instead of trusting it:
/// `trust_server_certificate` dropped and `trust_cert_ca=PATH` (`TrustServerCertificateCA=`
/// in ADO.NET form) added.
pub fn verifying_url(url: &str, ca: &str) -> String {
    if let Some((base, query)) = url.split_once('?') {
        let mut keep: Vec<&str> = query
            .split('&')
            .filter(|p| {
                let key = p.split('=').next().unwrap_or("").to_ascii_lowercase();
                !p.is_empty()
                    && key != "trust_server_certificate"
                    && key != "trustservercertificate"
            })
            .collect();
        let ca_pair = format!("trust_cert_ca={ca}");
        keep.push(&ca_pair);
        return format!("{base}?{}", keep.join("&"));
    }
    if url.contains("://") {
        return format!("{url}?trust_cert_ca={ca}");
    }
    replace_ado_keys(
        url,
        &["trustservercertificate", "trust server certificate"],
        &format!("TrustServerCertificateCA={ca}"),
    )
}

/// Connects to `url` (URL or ADO.NET form) through the `db` crate's parser.
pub async fn connect(url: &str) -> Result<MssqlClient, TestDbError> {
    let config = db::mssql_config(url).map_err(|e| TestDbError::Mssql {
        what: "reading MSSQL_URL".into(),
        cause: e.to_string(),
    })?;
    let addr = config.get_addr();
    let what = format!("connecting to the SQL Server at {addr}");
    let attempt = async {
        let tcp = TcpStream::connect(&addr)
            .await
            .map_err(|e| TestDbError::Mssql {
                what: what.clone(),
                cause: format!("{e}: is the server running (MSSQL_URL)?"),
            })?;
        tcp.set_nodelay(true).map_err(|e| TestDbError::Mssql {
            what: what.clone(),
            cause: e.to_string(),
        })?;
        Client::connect(config, tcp.compat_write())
            .await
            .map_err(fail(what.clone()))
    };
    tokio::time::timeout(Duration::from_secs(20), attempt)
        .await
        .map_err(|_| TestDbError::Mssql {
            what: what.clone(),
            cause: "no answer within 20 s".into(),
        })?
}

/// The batches of a T-SQL script: the text between lines that say only `GO`.
pub fn batches(script: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    for line in script.lines() {
        if line.trim().eq_ignore_ascii_case("go") {
            out.push(String::new());
        } else if let Some(last) = out.last_mut() {
            last.push_str(line);
            last.push('\n');
        }
    }
    out.retain(|b| !b.trim().is_empty());
    out
}

/// Runs every batch of `script` on `client`, naming the failing batch.
pub async fn run_script(client: &mut MssqlClient, script: &str) -> Result<(), TestDbError> {
    for (i, batch) in batches(script).iter().enumerate() {
        let head: String = batch.chars().take(200).collect();
        let what = format!("running batch {} (`{}`…)", i + 1, head.trim());
        client
            .simple_query(batch.as_str())
            .await
            .map_err(fail(what.clone()))?
            .into_results()
            .await
            .map_err(fail(what))?;
    }
    Ok(())
}

/// Every row of the first result of `sql`, cells as text (numbers and bits in decimal).
pub async fn query_text(
    client: &mut MssqlClient,
    sql: &str,
) -> Result<Vec<Vec<Option<String>>>, TestDbError> {
    let what = format!("running `{sql}`");
    let rows = client
        .simple_query(sql)
        .await
        .map_err(fail(what.clone()))?
        .into_first_result()
        .await
        .map_err(fail(what))?;
    Ok(rows.iter().map(row_text).collect())
}

fn row_text(row: &Row) -> Vec<Option<String>> {
    row.cells()
        .map(|(_, cell)| match cell {
            ColumnData::String(s) => s.as_ref().map(|s| s.to_string()),
            ColumnData::I64(v) => v.map(|v| v.to_string()),
            ColumnData::I32(v) => v.map(|v| v.to_string()),
            ColumnData::I16(v) => v.map(|v| v.to_string()),
            ColumnData::U8(v) => v.map(|v| v.to_string()),
            ColumnData::Bit(v) => v.map(|v| u8::from(v).to_string()),
            other => Some(format!("{other:?}")),
        })
        .collect()
}

/// A uniquely named database on the `MSSQL_URL` server, dropped when this is dropped.
#[derive(Debug)]
pub struct MssqlDb {
    name: String,
    url: String,
}

impl MssqlDb {
    /// Creates an empty database `gen_test_<prefix>_…`.
    pub async fn create(prefix: &str) -> Result<MssqlDb, TestDbError> {
        let admin = server()?;
        let name = unique_name(&prefix.chars().take(12).collect::<String>());
        let mut client = connect(&admin).await?;
        let sql = format!("CREATE DATABASE {}", quote(&name));
        run_retrying(&mut client, &sql).await?;
        let url = with_database(&admin, &name);
        Ok(MssqlDb { name, url })
    }

    /// Creates a database and runs `script` (batches separated by `GO` lines, as
    /// `gen ddl --dialect mssql` writes them) in it.
    pub async fn with_script(prefix: &str, script: &str) -> Result<MssqlDb, TestDbError> {
        let db = MssqlDb::create(prefix).await?;
        let mut client = db.client().await?;
        run_script(&mut client, script).await?;
        Ok(db)
    }

    /// The database's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// `MSSQL_URL` with this database in it (for child processes and pools).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// A new connection to this database.
    pub async fn client(&self) -> Result<MssqlClient, TestDbError> {
        connect(&self.url).await
    }

    /// Runs `script` (batches separated by `GO` lines) in this database.
    pub async fn run(&self, script: &str) -> Result<(), TestDbError> {
        let mut client = self.client().await?;
        run_script(&mut client, script).await
    }

    /// The rows of `sql` in this database, cells as text.
    pub async fn query_text(&self, sql: &str) -> Result<Vec<Vec<Option<String>>>, TestDbError> {
        let mut client = self.client().await?;
        query_text(&mut client, sql).await
    }
}

impl Drop for MssqlDb {
    fn drop(&mut self) {
        let name = self.name.clone();
        // A failed drop leaves a `gen_test_` database for `sweep`; panicking in Drop would
        // hide the test's own failure.
        if let Ok(Err(e)) = block_on(drop_database(name)) {
            eprintln!(
                "testkit: could not drop SQL Server database {}: {e}",
                self.name
            );
        }
    }
}

fn quote(name: &str) -> String {
    format!("[{}]", name.replace(']', "]]"))
}

/// Runs `sql`, retried for a few seconds while Babelfish reports `tuple concurrently updated`
/// (its answer to two `CREATE DATABASE` at once, which SQL Server serialises itself).
async fn run_retrying(client: &mut MssqlClient, sql: &str) -> Result<(), TestDbError> {
    let mut attempt = 0;
    loop {
        let result = match client.simple_query(sql).await {
            Ok(stream) => stream.into_results().await.map(drop),
            Err(e) => Err(e),
        };
        match result {
            Err(e) if attempt < 50 && e.to_string().contains("concurrently updated") => {
                attempt += 1;
                tokio::time::sleep(Duration::from_millis(100 + 20 * attempt)).await;
            }
            r => return r.map_err(fail(format!("running `{sql}`"))),
        }
    }
}

/// `DROP DATABASE`, retried for a few seconds while a just-closed session still uses it (or
/// Babelfish reports another database change at the same moment).
async fn drop_database(name: String) -> Result<(), TestDbError> {
    let mut client = connect(&server()?).await?;
    let sql = format!("DROP DATABASE IF EXISTS {}", quote(&name));
    let mut attempt = 0;
    loop {
        let result = match client.simple_query(sql.as_str()).await {
            Ok(stream) => stream.into_results().await.map(drop),
            Err(e) => Err(e),
        };
        match result {
            Err(e)
                if attempt < 50 && {
                    let text = e.to_string().to_ascii_lowercase();
                    text.contains("in use") || text.contains("concurrently updated")
                } =>
            {
                attempt += 1;
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            r => return r.map_err(fail(format!("running `{sql}`"))),
        }
    }
}

/// What the server says it is: `SERVERPROPERTY('Babelfish')` and `@@VERSION`'s first line.
pub async fn describe_server(client: &mut MssqlClient) -> Result<String, TestDbError> {
    let rows = query_text(
        client,
        "SELECT CAST(SERVERPROPERTY('Babelfish') AS nvarchar(128)), CAST(@@VERSION AS nvarchar(4000))",
    )
    .await?;
    let cell = |i: usize| rows.first().and_then(|r| r.get(i).cloned().flatten());
    let version = cell(1).unwrap_or_default();
    let first = version.lines().next().unwrap_or("").trim().to_owned();
    Ok(match cell(0) {
        Some(v) if !v.is_empty() => format!("Babelfish {v} ({first})"),
        _ => first,
    })
}

/// Drops the `gen_test_` databases on the `MSSQL_URL` server whose creating process no longer
/// runs (the pid is part of the name); returns their names.
pub async fn sweep() -> Result<Vec<String>, TestDbError> {
    let mut client = connect(&server()?).await?;
    let rows = query_text(
        &mut client,
        "SELECT CAST(name AS nvarchar(128)) FROM sys.databases WHERE name LIKE 'gen[_]test[_]%'",
    )
    .await?;
    let mut dropped = Vec::new();
    for name in rows
        .into_iter()
        .filter_map(|r| r.into_iter().next().flatten())
    {
        if crate::naming::creator_pid(&name).is_some_and(|pid| !process_runs(pid)) {
            drop_database(name.clone()).await?;
            dropped.push(name);
        }
    }
    Ok(dropped)
}

fn process_runs(pid: u32) -> bool {
    std::path::Path::new(&format!("/proc/{pid}")).exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn database_goes_into_either_form() {
        assert_eq!(
            with_database(
                "mssql://u:p@h:1433/master?trust_server_certificate=true",
                "x"
            ),
            "mssql://u:p@h:1433/x?trust_server_certificate=true"
        );
        assert_eq!(with_database("mssql://u@h", "x"), "mssql://u@h/x");
        assert_eq!(
            with_database("Server=tcp:h,1433;Database=master;User Id=u;", "x"),
            "Server=tcp:h,1433;User Id=u;Database=x"
        );
    }

    #[test]
    fn verifying_urls_drop_trust_and_name_the_ca() {
        assert_eq!(
            verifying_url(
                "mssql://u:p@h:1433/x?trust_server_certificate=true&application_name=t",
                "/ca.crt"
            ),
            "mssql://u:p@h:1433/x?application_name=t&trust_cert_ca=/ca.crt"
        );
        assert_eq!(
            verifying_url(
                "Server=tcp:h,1433;TrustServerCertificate=True;Database=x",
                "/ca.crt"
            ),
            "Server=tcp:h,1433;Database=x;TrustServerCertificateCA=/ca.crt"
        );
    }

    #[test]
    fn scripts_split_on_go_lines() {
        let b = batches("CREATE TABLE a (x int);\nGO\n  go  \nSELECT 'GO';\nGO\n");
        assert_eq!(b, vec!["CREATE TABLE a (x int);\n", "SELECT 'GO';\n"]);
    }
}
