//! Snapshots of both dialects' scripts for the small fixture (tests/ddl_fixture/schema.yaml).
//! Re-bless with `INSTA_UPDATE=always cargo test -p generator --test ddl_snapshot`.

use std::path::Path;

use gen_runtime::Dialect;
use generator::ddl::{self, DdlOptions};
use generator::pipeline;

fn fixture() -> generator::ir::Database {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ddl_fixture/schema.yaml");
    pipeline::load_schema(&path).unwrap().db
}

#[test]
fn mssql_script() {
    insta::assert_snapshot!(ddl::script(
        &fixture(),
        Dialect::Mssql,
        DdlOptions::default()
    ));
}

#[test]
fn postgres_script() {
    insta::assert_snapshot!(ddl::script(
        &fixture(),
        Dialect::Postgres,
        DdlOptions::default()
    ));
}

#[test]
fn mssql_descriptions_script() {
    insta::assert_snapshot!(ddl::descriptions_script(&fixture(), Dialect::Mssql));
}
