//! Talking to the test server: URLs, connections, creating and dropping databases.

use std::time::Duration;

use tokio_postgres::error::SqlState;
use tokio_postgres::{Client, NoTls, SimpleQueryMessage};

use crate::TestDbError;
use crate::naming::{stable_hash, unique_name};

const DEFAULT_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

/// Serialises template building within one process; across processes the rename below is
/// the arbiter.
static TEMPLATE_LOCK: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The server URL from `TEST_DATABASE_URL`, or the local default.
pub fn server_url() -> String {
    std::env::var("TEST_DATABASE_URL")
        .ok()
        .filter(|u| !u.trim().is_empty())
        .unwrap_or_else(|| DEFAULT_URL.to_owned())
}

/// The URL used for `CREATE` / `DROP DATABASE` (the server URL's own database).
pub fn admin_url() -> String {
    server_url()
}

/// The server URL with its database replaced by `name` (query parameters kept).
pub(crate) fn database_url(name: &str) -> String {
    replace_url_database(&server_url(), name)
}

/// `url` (any `scheme://` URL) with its database path replaced by `name`, query kept.
pub(crate) fn replace_url_database(url: &str, name: &str) -> String {
    let url = url.to_owned();
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b.to_owned(), format!("?{q}")),
        None => (url.clone(), String::new()),
    };
    let authority_start = base.find("://").map_or(0, |i| i + 3);
    let stem = match base[authority_start..].find('/') {
        Some(slash) => &base[..authority_start + slash],
        None => base.as_str(),
    };
    format!("{stem}/{name}{query}")
}

/// Wraps a driver error with what was being done and the server's own message (the
/// driver's `Display` says only "db error").
pub(crate) fn pg_err(what: impl Into<String>) -> impl FnOnce(tokio_postgres::Error) -> TestDbError {
    let what = what.into();
    move |source| {
        let cause = match source.as_db_error() {
            Some(db) => format!("{}: {}", db.code().code(), db.message()),
            None => {
                let inner = std::error::Error::source(&source).map(|s| format!(": {s}"));
                format!("{source}{}", inner.unwrap_or_default())
            }
        };
        TestDbError::Postgres {
            what,
            cause,
            source,
        }
    }
}

/// Connects and spawns the connection on the current runtime.
pub(crate) async fn connect(url: &str) -> Result<Client, TestDbError> {
    let (client, conn) = tokio_postgres::connect(url, NoTls)
        .await
        .map_err(pg_err(format!("connecting to {}", redact(url))))?;
    tokio::spawn(async move {
        // The connection ends when the client is dropped; an error here surfaces on the
        // client's next call.
        let _ = conn.await;
    });
    Ok(client)
}

/// The URL without a password, for messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => match url[s + 3..at].split_once(':') {
            Some((user, _)) => format!("{}{user}:***{}", &url[..s + 3], &url[at..]),
            None => url.to_owned(),
        },
        _ => url.to_owned(),
    }
}

fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Runs an admin statement, retrying while another session still holds the database (a
/// just-dropped client's connection closes asynchronously).
async fn admin(sql: &str) -> Result<(), TestDbError> {
    let client = connect(&admin_url()).await?;
    let mut attempt = 0;
    loop {
        match client.batch_execute(sql).await {
            Err(e) if e.code() == Some(&SqlState::OBJECT_IN_USE) && attempt < 50 => {
                attempt += 1;
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            r => return r.map_err(pg_err(format!("running `{sql}`"))),
        }
    }
}

/// `CREATE DATABASE name [TEMPLATE template]`.
pub(crate) async fn create_database(name: &str, template: Option<&str>) -> Result<(), TestDbError> {
    let sql = match template {
        Some(t) => format!("CREATE DATABASE {} TEMPLATE {}", quote(name), quote(t)),
        None => format!("CREATE DATABASE {}", quote(name)),
    };
    admin(&sql).await
}

/// `DROP DATABASE IF EXISTS name WITH (FORCE)`.
pub(crate) async fn drop_database(name: String) -> Result<(), TestDbError> {
    admin(&format!(
        "DROP DATABASE IF EXISTS {} WITH (FORCE)",
        quote(&name)
    ))
    .await
}

/// Returns the name of a database holding `ddl`'s result, building it if it does not exist.
pub(crate) async fn ensure_template(ddl: &str) -> Result<String, TestDbError> {
    let template = format!("gen_test_tpl_{:016x}", stable_hash(ddl));
    let _guard = TEMPLATE_LOCK.lock().await;
    if database_exists(&template).await? {
        return Ok(template);
    }
    let build = unique_name("tplbuild");
    create_database(&build, None).await?;
    let loaded = async {
        let client = connect(&database_url(&build)).await?;
        client
            .batch_execute(ddl)
            .await
            .map_err(pg_err(format!("loading the template DDL into {build}")))
    }
    .await;
    let renamed = match loaded {
        Ok(()) => {
            admin(&format!(
                "ALTER DATABASE {} RENAME TO {}",
                quote(&build),
                quote(&template)
            ))
            .await
        }
        Err(e) => Err(e),
    };
    match renamed {
        Ok(()) => Ok(template),
        // Another process built the same template first: use theirs.
        Err(_) if database_exists(&template).await? => {
            drop_database(build).await?;
            Ok(template)
        }
        Err(e) => {
            let _ = drop_database(build).await;
            Err(e)
        }
    }
}

async fn database_exists(name: &str) -> Result<bool, TestDbError> {
    let client = connect(&admin_url()).await?;
    let rows = client
        .query("SELECT 1 FROM pg_database WHERE datname = $1", &[&name])
        .await
        .map_err(pg_err("looking up a database"))?;
    Ok(!rows.is_empty())
}

/// Every row of a simple-protocol query, values as text.
pub(crate) async fn simple_rows(
    client: &Client,
    sql: &str,
) -> Result<Vec<Vec<Option<String>>>, TestDbError> {
    let messages = client
        .simple_query(sql)
        .await
        .map_err(pg_err(format!("running `{sql}`")))?;
    Ok(messages
        .iter()
        .filter_map(|m| match m {
            SimpleQueryMessage::Row(row) => Some(
                (0..row.len())
                    .map(|i| row.get(i).map(str::to_owned))
                    .collect(),
            ),
            _ => None,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_redacted() {
        assert_eq!(
            redact("postgres://u:secret@h:5432/db"),
            "postgres://u:***@h:5432/db"
        );
        assert_eq!(redact("postgres://u@h/db"), "postgres://u@h/db");
    }
}
