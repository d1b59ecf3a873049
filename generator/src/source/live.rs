//! Loading the IR from a live database named by a connection string: PostgreSQL or SQL Server,
//! chosen by the string's form.

use db::conn::ConnSpec;

use crate::connect::{conn_error, connect_postgres, query_timeout};
use crate::diag::Diagnostics;
use crate::error::{DbError, GenError};
use crate::ir::Database;
use crate::report::Progress;
use crate::source::mssql;
use crate::source::postgres::{self, Stats};

/// Reads the database `url` names into the IR, merging nothing: `base` (the schema file, when
/// there is one) only supplies the filter, the reference tables whose rows to read and explicit
/// `rust_type:` mappings. Builds its own tokio runtime. Errors are exit 2 for a bad connection
/// string and exit 3 (naming host, port, database and cause) when the database fails.
/// `progress` receives a line for each step once the read has taken longer than a second.
pub fn load(
    url: &str,
    base: Option<&Database>,
    progress: Progress<'_>,
) -> Result<(Database, Diagnostics), GenError> {
    let spec = ConnSpec::parse(url)?;
    let runtime = runtime()?;
    let (db, diags, _) = runtime.block_on(load_spec(&spec, base, progress))?;
    Ok((db, diags))
}

/// A multi-threaded runtime for the blocking entry points.
pub fn runtime() -> Result<tokio::runtime::Runtime, GenError> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| GenError::io("(tokio runtime)", e))
}

/// The async form of [`load`] for a parsed connection string, with what it cost (also
/// recorded for [`crate::stats`] when `GEN_STATS` is set).
pub async fn load_spec(
    spec: &ConnSpec,
    base: Option<&Database>,
    progress: Progress<'_>,
) -> Result<(Database, Diagnostics, Stats), GenError> {
    let loaded = load_any(spec, base, progress).await?;
    crate::stats::record(stats_line(&loaded.2));
    Ok(loaded)
}

async fn load_any(
    spec: &ConnSpec,
    base: Option<&Database>,
    progress: Progress<'_>,
) -> Result<(Database, Diagnostics, Stats), GenError> {
    match spec {
        ConnSpec::Postgres(p) => {
            let client = connect_postgres(spec).await?;
            let work = postgres::introspect(&client, base, progress);
            // A query timeout per statement would need a timer per call; one budget for the
            // whole read is as useful and keeps the count of statements exact.
            match tokio::time::timeout(query_timeout(p), work).await {
                Ok(Ok(done)) => Ok(done),
                Ok(Err(e)) => Err(catalog_error(spec, &e).into()),
                Err(_) => Err(timed_out(spec)),
            }
        }
        ConnSpec::Mssql(_) => {
            let (db, diags, stats, _server) = mssql::load_mssql(spec, base, progress).await?;
            Ok((db, diags, stats))
        }
    }
}

const READING: &str = "reading the catalog of";

/// The query budget (`query_timeout`) ran out.
fn timed_out(spec: &ConnSpec) -> GenError {
    let secs = query_timeout(spec.params()).as_secs_f64();
    conn_error(
        spec,
        READING,
        format!("no answer within {secs:.1} s (query_timeout)"),
    )
    .into()
}

/// Like [`load`], but the base schema comes from `base`, run on a blocking thread while the
/// PostgreSQL catalog is read: parsing a large schema file takes about as long as reading a
/// large catalog. Returns what `base` gave too; `view` picks the schema out of it. A failing
/// `base` is reported before a failing database, since it is the user's to fix.
pub fn load_overlapped<T, F>(
    url: &str,
    base: F,
    view: fn(&T) -> Option<&Database>,
    progress: Progress<'_>,
) -> Result<(T, Database, Diagnostics), GenError>
where
    T: Send + 'static,
    F: FnOnce() -> Result<T, GenError> + Send + 'static,
{
    let spec = ConnSpec::parse(url)?;
    runtime()?.block_on(async {
        let parse = tokio::task::spawn_blocking(base);
        let parsed = async {
            parse
                .await
                .map_err(|e| GenError::Usage(format!("reading the schema file failed: {e}")))?
        };
        if !matches!(spec, ConnSpec::Postgres(_)) {
            let b = parsed.await?;
            let (db, diags, _) = load_spec(&spec, view(&b), progress).await?;
            return Ok((b, db, diags));
        }
        let client = match connect_postgres(&spec).await {
            Ok(c) => c,
            Err(e) => return Err(parsed.await.err().unwrap_or(e.into())),
        };
        let work = async {
            let read = postgres::read_catalog(&client).await;
            let b = parsed.await?;
            let read = read.map_err(|e| catalog_error(&spec, &e))?;
            let (db, diags, stats) = postgres::finish(read, view(&b), progress)
                .await
                .map_err(|e| catalog_error(&spec, &e))?;
            crate::stats::record(stats_line(&stats));
            Ok((b, db, diags))
        };
        tokio::time::timeout(query_timeout(spec.params()), work)
            .await
            .unwrap_or_else(|_| Err(timed_out(&spec)))
    })
}

/// One sentence for a failed catalog statement: the server's code and message when it sent one.
fn catalog_error(spec: &ConnSpec, e: &tokio_postgres::Error) -> DbError {
    let cause = match e.as_db_error() {
        Some(db) => format!("{}: {}", db.code().code(), db.message()),
        None => e.to_string(),
    };
    conn_error(spec, READING, cause)
}

/// `introspect: 6 catalog statements, 14 row statements, 35 tables, 41 ms`.
pub fn stats_line(s: &Stats) -> String {
    format!(
        "introspect: {} catalog statements, {} row statements, {} tables, {} ms",
        s.catalog_statements,
        s.row_statements,
        s.tables,
        s.elapsed.as_millis()
    )
}
