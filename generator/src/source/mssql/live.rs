//! Reading a live SQL Server: the catalog queries, then one statement per reference table.
//! Every driver call runs in its own task so that a panic inside tiberius becomes a
//! [`DbError`] instead of ending the process.

use super::build::build;
use super::catalog::{Catalog, Query};
use super::decode::CatalogRow;
use super::rows::{rows_from_text, select_sql};
use crate::conn::{ConnSpec, MssqlClient, connect_mssql, guard_panics};
use crate::diag::Diagnostics;
use crate::error::{DbError, GenError};
use crate::ir::Database;

const READING: &str = "reading the catalog of";

/// Reads the SQL Server database `spec` names into the IR. `base` (the schema file, if any)
/// supplies the filter, the reference tables whose rows to read (those marked `enum`) and
/// explicit `rust_type:` mappings. Unsupported types come back as error diagnostics; views,
/// computed columns and triggers as warnings.
pub async fn load_mssql(
    spec: &ConnSpec,
    base: Option<&Database>,
) -> Result<(Database, Diagnostics), GenError> {
    let task_spec = spec.clone();
    let task_base = base.cloned();
    let work = async move {
        let mut client = connect_mssql(&task_spec).await?;
        let budget = task_spec.params().query_timeout;
        match tokio::time::timeout(budget, read(&mut client, &task_spec, task_base.as_ref())).await
        {
            Ok(r) => r,
            Err(_) => Err(task_spec.error(
                READING,
                format!(
                    "no answer within {:.1} s (query_timeout)",
                    budget.as_secs_f64()
                ),
            )),
        }
    };
    let on_panic = || {
        spec.error(READING, "the SQL Server driver crashed while reading the catalog (a bug in tiberius); please report it with the server version")
    };
    Ok(guard_panics(work, on_panic).await?)
}

async fn read(
    client: &mut MssqlClient,
    spec: &ConnSpec,
    base: Option<&Database>,
) -> Result<(Database, Diagnostics), DbError> {
    let mut catalog = Catalog::default();
    for q in Query::ALL {
        let rows = query(client, spec, &q.sql()).await?;
        catalog
            .add(q, &rows)
            .map_err(|e| spec.error(READING, e.to_string()))?;
    }
    let filter = base.map(|b| b.filter.clone()).unwrap_or_default();
    let (mut db, diags) = build(&catalog, &filter, base);
    for schema in &mut db.schemas {
        for t in &mut schema.tables {
            let is_reference = base
                .and_then(|b| b.table(&t.schema, &t.name))
                .is_some_and(|b| b.enum_spec.is_some());
            if !is_reference || t.columns.is_empty() {
                continue;
            }
            let rows = query(client, spec, &select_sql(t)).await?;
            let cells = rows
                .iter()
                .map(|r| {
                    (0..t.columns.len())
                        .map(|i| r.text(i))
                        .collect::<Result<Vec<_>, _>>()
                })
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| {
                    spec.error(READING, format!("reference rows of {}: {e}", t.qualified()))
                })?;
            t.rows = rows_from_text(t, &cells);
        }
    }
    Ok((db, diags))
}

async fn query(
    client: &mut MssqlClient,
    spec: &ConnSpec,
    sql: &str,
) -> Result<Vec<tiberius::Row>, DbError> {
    let cause = |e: tiberius::error::Error| spec.error(READING, e.to_string());
    client
        .simple_query(sql)
        .await
        .map_err(cause)?
        .into_first_result()
        .await
        .map_err(cause)
}
