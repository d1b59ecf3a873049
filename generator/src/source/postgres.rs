//! PostgreSQL introspection: the catalog (pg_catalog) read with a fixed number of statements
//! whatever the number of tables ([`catalog`]), mapped to the IR by pure functions ([`build`]),
//! then the rows of the reference tables, one statement each ([`rows`]).

pub mod build;
pub mod catalog;
pub mod rows;

use std::time::{Duration, Instant};

use tokio_postgres::Client;

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
    let start = Instant::now();
    let report = |step: &str| {
        if start.elapsed() > Duration::from_secs(1) {
            progress(&format!(
                "introspect: {step} ({} ms)",
                start.elapsed().as_millis()
            ));
        }
    };
    let cat = catalog::read(client).await?;
    report(&format!(
        "read the catalog ({} relations)",
        cat.relations.len()
    ));
    let (mut db, diags) = build::build(&cat, base);
    let mut stats = Stats {
        catalog_statements: catalog::CATALOG_STATEMENTS,
        ..Stats::default()
    };
    for schema in &mut db.schemas {
        for t in &mut schema.tables {
            stats.tables += 1;
            let is_reference = base
                .and_then(|b| b.table(&t.schema, &t.name))
                .is_some_and(|b| b.enum_spec.is_some());
            if is_reference {
                rows::read(client, t).await?;
                stats.row_statements += 1;
            }
        }
    }
    report(&format!("read {} reference tables", stats.row_statements));
    stats.elapsed = start.elapsed();
    Ok((db, diags, stats))
}
