//! Against a live TDS server (`MSSQL_URL`: SQL Server, or Babelfish in multi-db mode), each test
//! in its own database: what `gen ddl --dialect mssql` creates reads back with no drift, as
//! `gen diff`, `gen introspect --check` and `gen models --url` see it.

mod diff_common;
mod mssql_common;

use std::path::Path;

use db::conn::ConnSpec;
use gen_runtime::Dialect;
use generator::ddl::{self, DdlOptions};
use generator::pipeline;
use generator::source::mssql::{Query, load_mssql};
use mssql_common::*;
use testkit::block_on;
use testkit::mssql::MssqlDb;

fn workspace() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

/// `gen diff` exits 0 with nothing on stdout, and `gen introspect --check` gives `text` back
/// byte for byte.
fn assert_in_sync(db: &MssqlDb, text: &str) {
    let (dir, _) = diff_common::schema_dir(text);
    let diff = gen_at(db, &["diff", "--schema", "schema.yaml"], dir.path());
    let (code, out, err) = texts(&diff);
    assert_eq!(code, 0, "gen diff:\nstdout:\n{out}\nstderr:\n{err}");
    assert!(
        out.is_empty(),
        "gen diff printed more than its summary:\n{out}"
    );
    let check = gen_at(
        db,
        &["introspect", "--schema", "schema.yaml", "--check"],
        dir.path(),
    );
    let (code, out, err) = texts(&check);
    assert_eq!(code, 0, "gen introspect --check:\n{out}\n{err}");
}

#[test]
#[ignore = "set MSSQL_URL"]
fn fresh_shop_database_is_in_sync() {
    let db = shop_db("sync");
    assert_in_sync(&db, SHOP);
}

#[test]
#[ignore = "set MSSQL_URL"]
fn schema_yaml_is_in_sync_and_generates_the_same_crate() {
    let text = std::fs::read_to_string(workspace().join("schema.yaml")).unwrap();
    let db = loaded_db("schema", &ddl_of(&text));
    assert_in_sync(&db, &text);
    // The crate from the live database equals the committed one (which `gen models --check`
    // keeps equal to schema.yaml's).
    let models = gen_at(
        &db,
        &[
            "models",
            "--schema",
            "schema.yaml",
            "--out",
            "generated",
            "--check",
        ],
        workspace(),
    );
    let (code, out, err) = texts(&models);
    assert_eq!(code, 0, "gen models --url … --check:\n{out}\n{err}");
}

/// The DDL fixture (names with `]`, `"` and `'`, a foreign-key cycle, a filtered unique index
/// with a descending key and an included column) reads back with no difference at all.
#[tokio::test]
#[ignore = "set MSSQL_URL"]
async fn ddl_fixture_introspects_back() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ddl_fixture/schema.yaml");
    let mut schema = pipeline::load_schema(&path).unwrap().db;
    let full = ddl::script(&schema, Dialect::Mssql, DdlOptions::default());
    let mut db = MssqlDb::create("ddlfix").await.unwrap();
    if let Err(e) = db.run(&full).await {
        // Babelfish's parser ends a bracketed name at the first `]`, so `[a]]b]` (SQL
        // Server's escape for the column `a]b`) is a syntax error there.
        assert!(
            is_babelfish_async(&db).await,
            "the DDL fixture failed on SQL Server: {e}"
        );
        eprintln!(
            "Babelfish refuses `]]` inside a bracketed name (column dbo.Team.`a]b`, written [a]]b]): {e}\nchecking the rest of the fixture without that column"
        );
        let team = schema.schemas[1]
            .tables
            .iter_mut()
            .find(|t| t.name == "Team");
        team.unwrap().columns.retain(|c| c.name != "a]b");
        db = MssqlDb::create("ddlfix").await.unwrap();
        db.run(&ddl::script(&schema, Dialect::Mssql, DdlOptions::default()))
            .await
            .unwrap();
    }
    let spec = ConnSpec::parse(db.url()).unwrap();
    let (live, diags, stats, server) = load_mssql(&spec, Some(&schema), &|_| {}).await.unwrap();
    assert!(!diags.has_errors(), "{diags}");
    let diffs = generator::diff::compare(&schema, &live, Dialect::Mssql);
    assert!(diffs.is_empty(), "{server}: {diffs:#?}");
    assert!(stats.catalog_statements <= 12, "{stats:?}");
    assert_eq!(stats.row_statements, 1, "one reference table: {stats:?}");
}

async fn is_babelfish_async(db: &MssqlDb) -> bool {
    let r = db
        .query_text("SELECT CAST(SERVERPROPERTY('BabelfishVersion') AS nvarchar(128))")
        .await
        .unwrap();
    r.first()
        .and_then(|r| r.first().cloned().flatten())
        .is_some()
}

/// `GEN_STATS` counts the statements of a SQL Server read, and the server is named.
#[test]
#[ignore = "set MSSQL_URL"]
fn gen_stats_counts_sql_server_statements() {
    let db = shop_db("stats");
    let (dir, _) = diff_common::schema_dir(SHOP);
    let mut args = vec!["introspect", "--url", db.url()];
    args.extend(["--schema", "schema.yaml", "--check"]);
    let out = diff_common::gen_cmd(&args, &[("GEN_STATS", "1")], dir.path());
    let (code, _, err) = texts(&out);
    assert_eq!(code, 0, "{err}");
    let line = err
        .lines()
        .find(|l| l.starts_with("introspect:") && l.contains("catalog statements"))
        .unwrap_or_else(|| panic!("no statistics line:\n{err}"));
    let n: usize = line["introspect: ".len()..]
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!((2..=12).contains(&n), "{line}");
    assert!(line.contains(", 1 row statements"), "{line}");
}

#[test]
#[ignore = "set MSSQL_URL"]
fn babelfish_is_told_apart_from_sql_server() {
    let db = shop_db("server");
    let spec = ConnSpec::parse(db.url()).unwrap();
    let (_, _, _, server) =
        block_on(async { load_mssql(&spec, None, &|_| {}).await.unwrap() }).unwrap();
    assert_eq!(server.is_babelfish(), is_babelfish(&db), "{server}");
    assert!(!server.version.is_empty(), "{server:?}");
}

/// With `GEN_CAPTURE_CATALOG=DIR`: writes the rows every catalog query returns (the
/// Babelfish-only ones too, on Babelfish) plus the server's self-description, for a fresh
/// [`SHOP`] database (`DIR/shop.json`) and the DDL fixture (`DIR/ddl_fixture.json`), in the
/// format of tests/fixtures/mssql/catalog.json, for the fixture tests that need no server.
#[tokio::test]
#[ignore = "set MSSQL_URL"]
async fn capture_catalog_fixture() {
    let Some(dir) = std::env::var_os("GEN_CAPTURE_CATALOG") else {
        eprintln!("set GEN_CAPTURE_CATALOG=DIR to write the fixtures");
        return;
    };
    let dir = Path::new(&dir);
    let shop = "the SHOP schema of generator/tests/mssql_common";
    capture_one(&ddl_of(SHOP), shop, &dir.join("shop.json")).await;
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ddl_fixture/schema.yaml");
    let mut schema = pipeline::load_schema(&path).unwrap().db;
    let team = schema.schemas[1]
        .tables
        .iter_mut()
        .find(|t| t.name == "Team");
    team.unwrap().columns.retain(|c| c.name != "a]b");
    let ddl = ddl::script(&schema, Dialect::Mssql, DdlOptions { seed: true });
    let what = "generator/tests/ddl_fixture/schema.yaml without column dbo.Team.`a]b` (Babelfish refuses `[a]]b]`)";
    capture_one(&ddl, what, &dir.join("ddl_fixture.json")).await;
    // The SQL Server fixtures of the real-database corpus (generator/tests/realdb.rs).
    for name in ["values", "views"] {
        let path =
            Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/realdb/mssql/{name}.sql"));
        let script = std::fs::read_to_string(&path).unwrap();
        let what = format!("generator/tests/realdb/mssql/{name}.sql");
        capture_one(&script, &what, &dir.join(format!("realdb_{name}.json"))).await;
    }
}

async fn capture_one(ddl: &str, what: &str, path: &Path) {
    let db = MssqlDb::with_script("capture", ddl).await.unwrap();
    let mut client = db.client().await.unwrap();
    let mut doc = serde_json::Map::new();
    let server_rows = capture(&mut client, generator::source::mssql::server::SERVER_SQL).await;
    let cell = |i: usize| server_rows[0][i].as_str().unwrap_or("").to_owned();
    let banner = cell(2).lines().next().unwrap_or("").trim().to_owned();
    let source = format!(
        "captured from {banner} (Babelfish {}, {}) by `capture_catalog_fixture` (generator/tests/mssql_live.rs) for {what}",
        cell(0),
        cell(2).lines().last().unwrap_or("").trim()
    );
    let about = format!(
        "Rows a live server returned for the queries in generator/src/source/mssql/catalog.rs: {source}"
    );
    doc.insert("about".into(), serde_json::json!(about));
    let server = serde_json::json!({"source": source, "rows": server_rows});
    doc.insert("server".into(), server);
    let babelfish = !cell(0).is_empty();
    let extra = if babelfish {
        &Query::BABELFISH[..]
    } else {
        &[]
    };
    for &q in Query::ALL.iter().chain(extra) {
        let rows = capture(&mut client, &q.sql()).await;
        let entry = serde_json::json!({"source": source, "rows": rows});
        doc.insert(q.name().into(), entry);
    }
    let text = serde_json::to_string_pretty(&serde_json::Value::Object(doc)).unwrap();
    std::fs::write(path, text + "\n").unwrap();
}

async fn capture(
    client: &mut testkit::mssql::MssqlClient,
    sql: &str,
) -> Vec<Vec<serde_json::Value>> {
    use tiberius::ColumnData as C;
    let rows = client
        .simple_query(sql)
        .await
        .unwrap()
        .into_first_result()
        .await
        .unwrap();
    rows.iter()
        .map(|r| {
            r.cells()
                .map(|(_, c)| match c {
                    C::String(s) => serde_json::json!(s.as_deref()),
                    C::I64(v) => serde_json::json!(v),
                    C::I32(v) => serde_json::json!(v),
                    C::I16(v) => serde_json::json!(v),
                    C::U8(v) => serde_json::json!(v),
                    C::Bit(v) => serde_json::json!(v),
                    other => panic!("{sql}: a {other:?} cell; the catalog queries cast to nvarchar, bigint or bit"),
                })
                .collect()
        })
        .collect()
}
