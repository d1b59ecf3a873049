//! Reading a live SQL Server or Babelfish: which server it is (one statement), the catalog
//! queries, then one statement per reference table. Every statement has its own time budget
//! (`query_timeout`) and is counted; progress lines go to the caller once a read has taken
//! more than a second (at most one a second). The driver runs in its own task so that a panic inside tiberius becomes
//! a [`DbError`] instead of ending the process.

use std::time::{Duration, Instant};

use tokio::sync::mpsc::{UnboundedSender, unbounded_channel};

use super::build::build;
use super::catalog::{Catalog, Query};
use super::decode::CatalogRow;
use super::rows::{rows_from_text, select_sql};
use super::server::{SERVER_SQL, Server};
use db::conn::ConnSpec;

use crate::connect::{MssqlClient, conn_error, connect_mssql, guard_panics, query_timeout};
use crate::diag::Diagnostics;
use crate::error::{DbError, GenError};
use crate::ir::Database;
use crate::source::postgres::Stats;

/// Reads the SQL Server database `spec` names into the IR. `base` (the schema file, if any)
/// supplies the filter, the reference tables whose rows to read (those marked `enum`) and
/// explicit `rust_type:` mappings. Unsupported types come back as error diagnostics; views,
/// computed columns and triggers as warnings. `progress` receives a line after a statement
/// once the read has taken more than a second, at most one a second.
pub async fn load_mssql(
    spec: &ConnSpec,
    base: Option<&Database>,
    progress: &(dyn Fn(&str) + Sync),
) -> Result<(Database, Diagnostics, Stats, Server), GenError> {
    let (lines, mut received) = unbounded_channel::<String>();
    let task_spec = spec.clone();
    let task_base = base.cloned();
    let work = async move {
        let mut client = connect_mssql(&task_spec).await?;
        let mut reader = Reader {
            client: &mut client,
            spec: &task_spec,
            server: Server::default(),
            sent: 0,
            start: Instant::now(),
            reported: None,
            lines,
        };
        reader.read(task_base.as_ref()).await
    };
    let on_panic = || {
        conn_error(
            spec,
            "reading the catalog of",
            "the SQL Server driver crashed while reading the catalog (a bug in tiberius); please report it with the server version",
        )
    };
    let guarded = guard_panics(work, on_panic);
    tokio::pin!(guarded);
    let result = loop {
        tokio::select! {
            r = &mut guarded => break r,
            Some(line) = received.recv() => progress(&line),
        }
    };
    while let Ok(line) = received.try_recv() {
        progress(&line);
    }
    Ok(result?)
}

/// The IR of `catalog` as read from `server`: Babelfish's rows first brought to SQL Server's
/// spelling ([`super::babelfish`]).
pub fn build_for(
    server: &Server,
    mut catalog: Catalog,
    filter: &crate::ir::Filter,
    base: Option<&Database>,
) -> (Database, Diagnostics) {
    if server.is_babelfish() {
        super::babelfish::normalize(&mut catalog, base);
    }
    build(&catalog, filter, base)
}

/// One read over one connection.
struct Reader<'a> {
    client: &'a mut MssqlClient,
    spec: &'a ConnSpec,
    server: Server,
    sent: usize,
    start: Instant,
    /// When a progress line last went out (at most one a second).
    reported: Option<Instant>,
    lines: UnboundedSender<String>,
}

impl Reader<'_> {
    async fn read(
        &mut self,
        base: Option<&Database>,
    ) -> Result<(Database, Diagnostics, Stats, Server), DbError> {
        let rows = self.query("server", SERVER_SQL).await?;
        let cell = |i: usize| rows.first().and_then(|r| r.text(i).ok().flatten());
        self.server = Server::from_cells(cell(0), cell(1), cell(2));
        let mut catalog = Catalog::default();
        let babelfish = if self.server.is_babelfish() {
            &Query::BABELFISH[..]
        } else {
            &[]
        };
        for &q in Query::ALL.iter().chain(babelfish) {
            let rows = self.query(q.name(), &q.sql()).await?;
            catalog
                .add(q, &rows)
                .map_err(|e| self.error(e.to_string()))?;
        }
        let catalog_statements = self.sent;
        let filter = base.map(|b| b.filter.clone()).unwrap_or_default();
        let (mut db, diags) = build_for(&self.server, catalog, &filter, base);
        let mut tables = 0;
        for schema in &mut db.schemas {
            for t in &mut schema.tables {
                tables += 1;
                let is_reference = base
                    .and_then(|b| b.table(&t.schema, &t.name))
                    .is_some_and(|b| b.enum_spec.is_some());
                if !is_reference || t.columns.is_empty() {
                    continue;
                }
                let what = format!("reference rows of {}", t.qualified());
                let rows = self.query(&what, &select_sql(t)).await?;
                let cells = rows
                    .iter()
                    .map(|r| {
                        (0..t.columns.len())
                            .map(|i| r.text(i))
                            .collect::<Result<Vec<_>, _>>()
                    })
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|e| self.error(format!("{what}: {e}")))?;
                t.rows = rows_from_text(t, &cells);
            }
        }
        let stats = Stats {
            catalog_statements,
            row_statements: self.sent - catalog_statements,
            tables,
            elapsed: self.start.elapsed(),
        };
        Ok((db, diags, stats, self.server.clone()))
    }

    /// What every message about this read starts with: the server, once known.
    fn action(&self) -> String {
        if self.sent == 0 {
            "reading the catalog of".into()
        } else {
            format!("reading the catalog of {} at", self.server)
        }
    }

    fn error(&self, cause: impl Into<String>) -> DbError {
        conn_error(self.spec, &self.action(), cause)
    }

    /// Sends one statement within its own `query_timeout`, counting it.
    async fn query(&mut self, what: &str, sql: &str) -> Result<Vec<tiberius::Row>, DbError> {
        let budget = query_timeout(self.spec.params());
        let sent = async {
            self.client
                .simple_query(sql)
                .await?
                .into_first_result()
                .await
        };
        let answer = tokio::time::timeout(budget, sent).await;
        self.sent += 1;
        let rows = match answer {
            Ok(Ok(rows)) => rows,
            Ok(Err(e)) => return Err(self.error(format!("{what}: {e}"))),
            Err(_) => {
                return Err(self.error(format!(
                    "the `{what}` statement gave no answer within {:.1} s (query_timeout, per statement; raise it with ?query_timeout=SECONDS in the URL or `Command Timeout=SECONDS` in an ADO.NET string)",
                    budget.as_secs_f64()
                )));
            }
        };
        let elapsed = self.start.elapsed();
        let quiet = self
            .reported
            .is_some_and(|r| r.elapsed() < Duration::from_secs(1));
        if elapsed > Duration::from_secs(1) && !quiet {
            self.reported = Some(Instant::now());
            // The receiver is gone only when the caller stopped waiting; nothing to report to.
            let _ = self.lines.send(format!(
                "introspect: {what} read ({} statements, {:.1} s)",
                self.sent,
                elapsed.as_secs_f64()
            ));
        }
        Ok(rows)
    }
}
