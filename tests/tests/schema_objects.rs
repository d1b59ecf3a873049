//! Every constraint, index and default of schema.yaml exists in a PostgreSQL database loaded
//! from `gen ddl`, and the audit columns get their database defaults (UTC).

use e2e::{loaded_db, schema, text_rows};
use generator::ir::Table;

/// `(schema, table, name, kind)` of every constraint, as PostgreSQL reports it.
async fn constraints(db: &testkit::TestDb) -> Vec<(String, String, String, String)> {
    let rows = text_rows(
        db,
        "SELECT n.nspname, c.relname, k.conname, k.contype::text FROM pg_constraint k \
         JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace \
         WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')",
    )
    .await;
    rows.into_iter()
        .map(|r| {
            let mut it = r.into_iter().map(Option::unwrap_or_default);
            let mut next = || it.next().unwrap_or_default();
            (next(), next(), next(), next())
        })
        .collect()
}

fn tables() -> impl Iterator<Item = &'static Table> {
    schema().schemas.iter().flat_map(|s| s.tables.iter())
}

/// `(kind, name)` of every constraint schema.yaml declares on `t`: p, u, f, c as pg_constraint.
fn declared(t: &Table) -> Vec<(&'static str, String)> {
    let mut out: Vec<(&str, String)> = t
        .primary_key
        .iter()
        .map(|pk| ("p", pk.name.clone()))
        .collect();
    out.extend(t.uniques.iter().map(|u| ("u", u.name.clone())));
    out.extend(t.foreign_keys.iter().map(|f| ("f", f.name.clone())));
    out.extend(t.checks.iter().map(|c| ("c", c.name.clone())));
    out
}

#[tokio::test]
async fn every_constraint_of_the_schema_exists_under_its_name() {
    let db = loaded_db("objects_constraints").await;
    let live = constraints(&db).await;
    let mut missing = Vec::new();
    let mut checked = 0;
    for t in tables() {
        for (kind, name) in declared(t) {
            checked += 1;
            let found = live
                .iter()
                .any(|(s, tb, n, k)| s == &t.schema && tb == &t.name && n == &name && k == kind);
            if !found {
                missing.push(format!("{}.{} {kind} {name}", t.schema, t.name));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "missing from the database: {missing:#?}"
    );
    assert!(checked > 100, "only {checked} constraints checked");
}

#[tokio::test]
async fn every_index_of_the_schema_exists_with_its_columns() {
    let db = loaded_db("objects_indexes").await;
    let live = text_rows(
        &db,
        "SELECT schemaname, tablename, indexname, indexdef FROM pg_indexes \
         WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
    )
    .await;
    let mut problems = Vec::new();
    for t in tables() {
        for ix in &t.indexes {
            let def = live.iter().find(|r| {
                r[0].as_deref() == Some(t.schema.as_str())
                    && r[1].as_deref() == Some(t.name.as_str())
                    && r[2].as_deref() == Some(ix.name.as_str())
            });
            let Some(def) = def.and_then(|r| r[3].clone()) else {
                problems.push(format!("{}.{}: no index {}", t.schema, t.name, ix.name));
                continue;
            };
            let unique_ok = def.starts_with("CREATE UNIQUE") == ix.unique;
            let cols_ok = ix
                .columns
                .iter()
                .all(|c| def.contains(&format!("\"{}\"", c.name)));
            if !unique_ok || !cols_ok {
                problems.push(format!("{}: {def}", ix.name));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[tokio::test]
async fn every_declared_default_is_in_the_database() {
    let db = loaded_db("objects_defaults").await;
    let live = text_rows(
        &db,
        "SELECT table_schema, table_name, column_name FROM information_schema.columns \
         WHERE column_default IS NOT NULL OR is_identity = 'YES'",
    )
    .await;
    let mut missing = Vec::new();
    for t in tables() {
        for c in t
            .columns
            .iter()
            .filter(|c| c.default.is_some() || c.identity.is_some())
        {
            let found = live.iter().any(|r| {
                r[0].as_deref() == Some(t.schema.as_str())
                    && r[1].as_deref() == Some(t.name.as_str())
                    && r[2].as_deref() == Some(c.name.as_str())
            });
            if !found {
                missing.push(format!("{}.{}.{}", t.schema, t.name, c.name));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "no default in the database: {missing:#?}"
    );
}

#[tokio::test]
async fn audit_columns_get_utc_defaults() {
    let db = loaded_db("objects_audit").await;
    let before = chrono::Utc::now().naive_utc();
    let client = db.client().await.unwrap();
    // A session far from UTC: a default of local time instead of UTC would show.
    client
        .batch_execute("SET TIME ZONE 'Australia/Sydney'")
        .await
        .unwrap();
    // Only the columns without defaults: the database fills in the audit columns.
    let row = client
        .query_one(
            "INSERT INTO \"dbo\".\"Company\" (\"CompanyName\") VALUES ('Acme') \
             RETURNING \"CreatedDate\", \"UpdatedDate\", \"IsDeleted\", \"DeletedDate\", \"CreatedBy\"",
            &[],
        )
        .await
        .unwrap();
    let after = chrono::Utc::now().naive_utc();
    let created: chrono::NaiveDateTime = row.get(0);
    let updated: chrono::NaiveDateTime = row.get(1);
    let slack = chrono::Duration::seconds(2);
    assert!(
        created >= before - slack && created <= after + slack,
        "CreatedDate {created} is not UTC now ({before} .. {after}); the server's time zone is {:?}",
        text_rows(&db, "SHOW TimeZone").await
    );
    assert_eq!(created, updated);
    assert!(!row.get::<_, bool>(2));
    assert_eq!(row.get::<_, Option<chrono::NaiveDateTime>>(3), None);
    assert_eq!(row.get::<_, Option<i64>>(4), None);
}
