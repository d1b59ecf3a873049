//! The PostgreSQL scripts run clean on a fresh database of the real server, and what they
//! create behaves as schema.yaml says.

use std::path::Path;

use gen_runtime::Dialect;
use generator::ddl::{self, DdlOptions};
use generator::pipeline;
use testkit::TestDb;

fn load(rel: &str) -> generator::ir::Database {
    pipeline::load_schema(&Path::new(env!("CARGO_MANIFEST_DIR")).join(rel))
        .unwrap()
        .db
}

fn one(db: &TestDb, sql: &str) -> Option<String> {
    db.query_text(sql)
        .unwrap()
        .into_iter()
        .next()
        .and_then(|r| r.into_iter().next())
        .flatten()
}

#[test]
fn fixture_loads_and_behaves() {
    let schema = load("tests/ddl_fixture/schema.yaml");
    let script = ddl::script(&schema, Dialect::Postgres, DdlOptions::default());
    let db = TestDb::create("ddl_fixture");
    db.execute_batch(&script).unwrap();

    // Seed rows are there, with the default filling the omitted column.
    assert_eq!(one(&db, r#"SELECT string_agg("Code" || ':' || "IsActive", ',' ORDER BY "StatusID") FROM "ref"."Status""#).as_deref(), Some("ACTIVE:true,GONE:false"));
    // The identity sequence was moved past the seeded IDs.
    db.execute_batch(r#"INSERT INTO "ref"."Status" ("Code", "Name") VALUES ('NEW', 'New')"#)
        .unwrap();
    assert_eq!(
        one(
            &db,
            r#"SELECT "StatusID" FROM "ref"."Status" WHERE "Code" = 'NEW'"#
        )
        .as_deref(),
        Some("3")
    );
    // tinyint's range and the translated LEN check hold.
    let err = db
        .execute_batch(
            r#"INSERT INTO "ref"."Status" ("StatusID", "Code", "Name") VALUES (300, 'BIG', 'Big')"#,
        )
        .unwrap_err();
    assert!(
        err.to_string().contains("CK_Status_StatusID_Range"),
        "{err}"
    );
    let err = db
        .execute_batch(r#"INSERT INTO "ref"."Status" ("Code", "Name") VALUES ('', 'Empty')"#)
        .unwrap_err();
    assert!(err.to_string().contains("CK_Status_Code"), "{err}");
    // Hostile column names round-trip, and the quoted default applied.
    assert_eq!(
        one(&db, "SELECT string_agg(column_name, '|' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_name = 'Team'").as_deref(),
        Some("TeamID|LeaderID|a]b|a\"b|a'b")
    );
    assert_eq!(
        one(
            &db,
            "SELECT column_default FROM information_schema.columns WHERE column_name = 'a''b'"
        )
        .as_deref(),
        Some("'it''s'::character varying")
    );
    // Descriptions and constraint names are the schema's.
    assert_eq!(
        one(&db, r#"SELECT obj_description('"ref"."Status"'::regclass)"#).as_deref(),
        Some("Lifecycle state; it's quoted.")
    );
    assert_eq!(one(&db, "SELECT count(*) FROM pg_constraint WHERE conname IN ('FK_Person_Team', 'FK_Team_Person', 'PK_Person', 'UQ_Status_Code')").as_deref(), Some("4"));
    assert_eq!(one(&db, "SELECT indexdef LIKE '%WHERE (\"IsDeleted\" = false)' FROM pg_indexes WHERE indexname = 'IX_Person_Email'").as_deref(), Some("t"));
    // UTC default.
    db.execute_batch(r#"INSERT INTO "dbo"."Person" ("StatusID", "Email") VALUES (1, 'a@b.c')"#)
        .unwrap();
    assert_eq!(one(&db, r#"SELECT abs(extract(epoch FROM "CreatedDate" - (now() AT TIME ZONE 'utc'))) < 60 FROM "dbo"."Person""#).as_deref(), Some("t"));
}

#[test]
fn descriptions_only_is_idempotent_and_no_seed_leaves_tables_empty() {
    let schema = load("tests/ddl_fixture/schema.yaml");
    let db = TestDb::create("ddl_noseed");
    db.execute_batch(&ddl::script(
        &schema,
        Dialect::Postgres,
        DdlOptions { seed: false },
    ))
    .unwrap();
    assert_eq!(
        one(&db, r#"SELECT count(*) FROM "ref"."Status""#).as_deref(),
        Some("0")
    );
    db.execute_batch(r#"COMMENT ON COLUMN "dbo"."Team"."a""b" IS 'stale'"#)
        .unwrap();
    let descriptions = ddl::descriptions_script(&schema, Dialect::Postgres);
    db.execute_batch(&descriptions).unwrap();
    db.execute_batch(&descriptions).unwrap();
    assert_eq!(
        one(
            &db,
            r#"SELECT col_description('"dbo"."Team"'::regclass, 4)"#
        )
        .as_deref(),
        Some("Double quote in the name.")
    );
}

#[test]
fn repository_schema_runs_clean() {
    let schema = load("../schema.yaml");
    let script = ddl::script(&schema, Dialect::Postgres, DdlOptions::default());
    let db = TestDb::create("ddl_repo");
    db.execute_batch(&script).unwrap();
    let tables = one(
        &db,
        "SELECT count(*) FROM information_schema.tables WHERE table_schema IN ('ref','dbo','config','audit','log','cache')",
    );
    assert_eq!(tables.as_deref(), Some("35"));
    let seeded: usize = schema.tables().map(|(_, t)| t.rows.len()).sum();
    let counted: usize = schema
        .tables()
        .filter(|(_, t)| !t.rows.is_empty())
        .map(|(s, t)| {
            let sql = format!(
                "SELECT count(*) FROM {}",
                Dialect::Postgres.qualified(&s.name, &t.name)
            );
            one(&db, &sql)
                .and_then(|n| n.parse::<usize>().ok())
                .unwrap_or(0)
        })
        .sum();
    assert_eq!(counted, seeded);
}

#[test]
fn scripts_are_deterministic() {
    let a = load("../schema.yaml");
    let b = load("../schema.yaml");
    for d in [Dialect::Mssql, Dialect::Postgres] {
        assert_eq!(
            ddl::script(&a, d, DdlOptions::default()),
            ddl::script(&b, d, DdlOptions::default())
        );
    }
}
