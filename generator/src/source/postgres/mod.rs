//! PostgreSQL introspection: the catalog (pg_catalog) read with a fixed number of statements
//! whatever the number of tables ([`catalog`]), mapped to the IR by pure functions ([`build`]),
//! then the rows of the reference tables, one statement each ([`rows`]).

pub mod build;
pub mod catalog;
pub mod rows;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use tokio_postgres::{Client, Row};

use self::catalog::Catalog;
use crate::diag::Diagnostics;
use crate::ir::Database;

/// What an introspection cost, for the benchmark (`GEN_STATS=1` prints it).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Stats {
    /// Catalog statements sent (at most 12, whatever the number of tables).
    pub catalog_statements: usize,
    /// Statements reading reference rows (one per reference table).
    pub row_statements: usize,
    /// Tables read.
    pub tables: usize,
    /// Wall time.
    pub elapsed: Duration,
}

/// Reads the live database into the IR. `base` (the existing schema.yaml) supplies the filter,
/// the reference tables whose rows to read, and explicit `rust_type:` mappings. `progress`
/// receives a line for each step once the run has taken longer than a second.
pub async fn introspect(
    client: &Client,
    base: Option<&Database>,
    progress: &(dyn Fn(&str) + Sync),
) -> Result<(Database, Diagnostics, Stats), tokio_postgres::Error> {
    let read = read_catalog(client).await?;
    finish(read, base, progress).await
}

/// The first phase of [`introspect`]: the catalog, which needs no base schema, so callers can
/// parse the schema file meanwhile.
pub struct CatalogRead<'a> {
    counted: Counted<'a>,
    catalog: Catalog,
    start: Instant,
}

/// Reads the catalog (the fixed number of catalog statements).
pub async fn read_catalog(client: &Client) -> Result<CatalogRead<'_>, tokio_postgres::Error> {
    let start = Instant::now();
    let counted = Counted::new(client);
    let catalog = catalog::read(&counted).await?;
    Ok(CatalogRead {
        counted,
        catalog,
        start,
    })
}

/// The second phase of [`introspect`]: the IR built with `base`, then the reference rows.
pub async fn finish(
    read: CatalogRead<'_>,
    base: Option<&Database>,
    progress: &(dyn Fn(&str) + Sync),
) -> Result<(Database, Diagnostics, Stats), tokio_postgres::Error> {
    let CatalogRead {
        counted,
        catalog,
        start,
    } = read;
    let report = |step: &str| {
        if start.elapsed() > Duration::from_secs(1) {
            progress(&format!(
                "introspect: {step} ({} ms)",
                start.elapsed().as_millis()
            ));
        }
    };
    report(&format!(
        "read the catalog ({} relations)",
        catalog.relations.len()
    ));
    let (mut db, diags) = build::build(&catalog, base);
    let mut stats = Stats {
        catalog_statements: counted.sent(),
        ..Stats::default()
    };
    for schema in &mut db.schemas {
        for t in &mut schema.tables {
            stats.tables += 1;
            let is_reference = base
                .and_then(|b| b.table(&t.schema, &t.name))
                .is_some_and(|b| b.enum_spec.is_some());
            if is_reference {
                rows::read(&counted, t).await?;
            }
        }
    }
    stats.row_statements = counted.sent() - stats.catalog_statements;
    report(&format!("read {} reference tables", stats.row_statements));
    stats.elapsed = start.elapsed();
    Ok((db, diags, stats))
}

/// A client that counts the statements sent through it, so the benchmark reports what was
/// really sent rather than what the code is believed to send.
pub struct Counted<'a> {
    client: &'a Client,
    sent: AtomicUsize,
}

impl<'a> Counted<'a> {
    /// Wraps `client` with a count of zero.
    pub fn new(client: &'a Client) -> Self {
        Counted {
            client,
            sent: AtomicUsize::new(0),
        }
    }

    /// Sends one statement without parameters.
    pub async fn query(&self, sql: &str) -> Result<Vec<Row>, tokio_postgres::Error> {
        self.sent.fetch_add(1, Ordering::Relaxed);
        self.client.query(sql, &[]).await
    }

    /// Statements sent so far.
    pub fn sent(&self) -> usize {
        self.sent.load(Ordering::Relaxed)
    }
}
