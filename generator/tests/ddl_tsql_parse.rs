//! The T-SQL scripts parse with sqlparser's MsSqlDialect, batch by batch (split on `GO`).
//! No SQL Server runs here, so this is the check that the syntax is right; it has never been
//! run against a live server (see the live test in mssql_live.rs).

use std::path::Path;

use gen_runtime::Dialect;
use generator::ddl::{self, DdlOptions};
use generator::pipeline;
use sqlparser::dialect::MsSqlDialect;
use sqlparser::parser::Parser;

fn parse_all(script: &str) -> usize {
    let mut count = 0;
    for batch in script.split("\nGO\n") {
        let stmts = Parser::parse_sql(&MsSqlDialect {}, batch)
            .unwrap_or_else(|e| panic!("batch does not parse: {e}\n{batch}"));
        count += stmts.len();
    }
    count
}

fn fixture() -> generator::ir::Database {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ddl_fixture/schema.yaml");
    pipeline::load_schema(&path).unwrap().db
}

#[test]
fn fixture_script_parses() {
    let script = ddl::script(&fixture(), Dialect::Mssql, DdlOptions::default());
    assert!(parse_all(&script) > 10);
}

#[test]
fn every_statement_is_recognised() {
    let script = ddl::script(&fixture(), Dialect::Mssql, DdlOptions::default());
    // 1 schema (dbo exists), 3 tables, 1 index, 1 deferred key, 21 descriptions,
    // IDENTITY_INSERT on/off around 2 inserts.
    assert_eq!(parse_all(&script), 1 + 3 + 1 + 1 + 21 + 4);
    let unseeded = ddl::script(&fixture(), Dialect::Mssql, DdlOptions { seed: false });
    assert_eq!(parse_all(&unseeded), 27);
}

#[test]
fn descriptions_only_script_parses() {
    let script = ddl::descriptions_script(&fixture(), Dialect::Mssql);
    assert_eq!(parse_all(&script), 21, "one IF … ELSE per description");
}

#[test]
fn repository_schema_parses() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema.yaml");
    let db = pipeline::load_schema(&path).unwrap().db;
    let script = ddl::script(&db, Dialect::Mssql, DdlOptions::default());
    let statements = parse_all(&script);
    assert!(script.matches("CREATE TABLE ").count() == 35, "35 tables");
    assert!(statements > 35);
    assert!(parse_all(&ddl::descriptions_script(&db, Dialect::Mssql)) > 100);
}
