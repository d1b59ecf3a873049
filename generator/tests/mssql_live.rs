//! Against a live SQL Server (none runs on the build machines): set MSSQL_URL, e.g.
//! `mssql://sa:…@127.0.0.1:1433/gen_test?trust_server_certificate=true`, to an empty
//! database the test may fill.

use std::path::Path;

use generator::conn::ConnSpec;
use generator::ddl::{self, DdlOptions};
use generator::dialect::Dialect;
use generator::pipeline;
use generator::source::mssql::load_mssql;

#[tokio::test]
#[ignore = "set MSSQL_URL"]
async fn ddl_fixture_introspects_back() {
    let url = std::env::var("MSSQL_URL").expect("MSSQL_URL");
    let spec = ConnSpec::parse(&url).unwrap();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ddl_fixture/schema.yaml");
    let schema = pipeline::load_schema(&path).unwrap().db;
    let mut client = generator::conn::connect_mssql(&spec).await.unwrap();
    for batch in ddl::script(&schema, Dialect::Mssql, DdlOptions::default()).split("\nGO\n") {
        client
            .simple_query(batch)
            .await
            .unwrap()
            .into_results()
            .await
            .unwrap();
    }
    let (live, diags) = load_mssql(&spec, Some(&schema)).await.unwrap();
    assert!(!diags.has_errors(), "{diags}");
    for (s, t) in schema.tables() {
        let lt = live
            .table(&s.name, &t.name)
            .unwrap_or_else(|| panic!("{} missing", t.qualified()));
        for c in &t.columns {
            let lc = lt.column(&c.name).unwrap();
            assert!(
                Dialect::Mssql.equivalent(&c.sql_type, &lc.sql_type),
                "{}.{}",
                t.qualified(),
                c.name
            );
            assert_eq!(c.default, lc.default, "{}.{}", t.qualified(), c.name);
        }
        assert_eq!(t.rows.len(), lt.rows.len(), "{}", t.qualified());
    }
}
