//! Babelfish's catalog quirks on rows captured from Babelfish 4.2.0 on PostgreSQL 16.3
//! (tests/fixtures/mssql/babelfish/, written by `capture_catalog_fixture` in mssql_live.rs, the
//! realdb_*.json ones from generator/tests/realdb/mssql/*.sql; the
//! server's own description is in each file): every quirk shows in the raw rows, reads back as
//! schema.yaml says once the Babelfish equivalences apply, and a real change of the same
//! attribute is still drift. No server needed.

mod diff_common;
mod mssql_common;

use std::path::Path;

use gen_runtime::Dialect;
use generator::diff::{Difference, compare};
use generator::ir::{Database, DefaultExpr, Filter, SqlType, Value};
use generator::source::mssql::{Catalog, Flavour, Query, Server, build, build_for};
use mssql_common::SHOP;
use serde_json::Value as Json;

fn fixture(name: &str) -> Json {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/mssql/babelfish")
        .join(name);
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn rows(f: &Json, name: &str) -> Vec<Vec<Json>> {
    serde_json::from_value(f[name]["rows"].clone()).unwrap()
}

/// The catalog of a fixture and the server it came from.
fn catalog(name: &str) -> (Catalog, Server) {
    let f = fixture(name);
    let mut cat = Catalog::default();
    for q in Query::ALL.iter().chain(&Query::BABELFISH) {
        assert!(f[q.name()]["source"].is_string(), "{}", q.name());
        cat.add(*q, &rows(&f, q.name())).unwrap();
    }
    let s = &rows(&f, "server")[0];
    let text = |i: usize| s[i].as_str().map(str::to_owned);
    (cat, Server::from_cells(text(0), text(1), text(2)))
}

fn schema(text: &str) -> Database {
    let (_dir, path) = diff_common::schema_dir(text);
    generator::pipeline::load_schema(&path).unwrap().db
}

fn ddl_fixture() -> Database {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ddl_fixture/schema.yaml");
    let mut db = generator::pipeline::load_schema(&path).unwrap().db;
    let team = db.schemas[1].tables.iter_mut().find(|t| t.name == "Team");
    team.unwrap().columns.retain(|c| c.name != "a]b");
    db
}

/// The IR as gen reads the fixture from Babelfish (equivalences applied), with `base`.
fn read(cat: &Catalog, server: &Server, base: Option<&Database>) -> Database {
    let (db, diags) = build_for(server, cat.clone(), &Filter::default(), base);
    assert!(!diags.has_errors(), "{diags}");
    db
}

/// The differences between `base` and `live`, reference rows aside: gen reads those with a
/// statement per table, not with the catalog queries the fixtures hold (the live tests cover
/// them).
fn diffs(base: &Database, live: &Database) -> Vec<Difference> {
    let mut live = live.clone();
    for s in &mut live.schemas {
        for t in &mut s.tables {
            if let Some(b) = base.table(&t.schema, &t.name) {
                t.rows = b.rows.clone();
            }
        }
    }
    compare(base, &live, Dialect::Mssql)
}

#[test]
fn the_fixtures_come_from_babelfish_4_2_0() {
    for name in [
        "shop.json",
        "ddl_fixture.json",
        "realdb_values.json",
        "realdb_views.json",
    ] {
        let (_, server) = catalog(name);
        assert_eq!(server.flavour, Flavour::Babelfish, "{name}");
        assert_eq!(server.version, "4.2.0", "{name}");
    }
}

#[test]
fn babelfish_rows_read_back_as_schema_yaml_says() {
    let (cat, server) = catalog("shop.json");
    let base = schema(SHOP);
    let found = diffs(&base, &read(&cat, &server, Some(&base)));
    assert!(found.is_empty(), "{found:#?}");
    let (cat, server) = catalog("ddl_fixture.json");
    let base = ddl_fixture();
    let found = diffs(&base, &read(&cat, &server, Some(&base)));
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_same_rows_read_as_sql_server_rows_are_full_of_false_drift() {
    // What gen reported before it knew Babelfish: the rows taken at face value.
    let (cat, _) = catalog("shop.json");
    let base = schema(SHOP);
    let (raw, _) = build(&cat, &Filter::default(), Some(&base));
    let kinds: Vec<String> = diffs(&base, &raw)
        .iter()
        .map(|d| format!("{:?} {}", d.kind, d.path))
        .collect();
    for expected in [
        "Length dbo.item.createddate",
        "Index dbo.item.IX_Item_Sku",
        "Check dbo.item.ck_item_email",
        "Check dbo.item.ck_item_utcoffset",
    ] {
        assert!(
            kinds.iter().any(|k| k.eq_ignore_ascii_case(expected)),
            "{expected} not in {kinds:#?}"
        );
    }
}

#[test]
fn table_and_column_names_come_back_in_their_created_case() {
    let (cat, server) = catalog("shop.json");
    assert!(cat.tables.iter().all(|t| t.table == t.table.to_lowercase()));
    let live = read(&cat, &server, None);
    let item = live
        .table("dbo", "Item")
        .expect("dbo.Item by its created name");
    let names: Vec<&str> = item.columns.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(&names[..3], ["ItemID", "StatusID", "Title"]);
    let fk = &item.foreign_keys[0];
    assert_eq!(
        (fk.references.table.as_str(), fk.columns[0].as_str()),
        ("Status", "StatusID")
    );
}

#[test]
fn keys_are_read_through_sys_indexes() {
    let (cat, server) = catalog("shop.json");
    let base = schema(SHOP);
    let live = read(&cat, &server, Some(&base));
    let status = live.table("ref", "Status").unwrap();
    let pk = status.primary_key.as_ref().expect("primary key");
    assert_eq!(
        (pk.name.as_str(), pk.columns.as_slice()),
        ("PK_Status", &["StatusID".to_owned()][..])
    );
    assert_eq!(
        status.uniques[0].name, "UQ_Status_Code",
        "spelled as schema.yaml spells it"
    );
    // Without schema.yaml the folded name is all there is.
    let bare = read(&cat, &server, None);
    assert_eq!(
        bare.table("ref", "Status").unwrap().uniques[0].name,
        "uq_status_code"
    );
}

#[test]
fn index_names_lose_the_table_and_hash_babelfish_appends() {
    let (cat, server) = catalog("shop.json");
    assert!(
        cat.indexes
            .iter()
            .any(|i| i.name == "ix_item_titleitem830521f63b0633bfe63f55d549c8c73c")
    );
    let base = schema(SHOP);
    let live = read(&cat, &server, Some(&base));
    let names: Vec<&str> = live
        .table("dbo", "Item")
        .unwrap()
        .indexes
        .iter()
        .map(|i| i.name.as_str())
        .collect();
    assert_eq!(names, ["IX_Item_Created", "IX_Item_Sku", "IX_Item_Title"]);
    let bare = read(&cat, &server, None);
    let names: Vec<&str> = bare
        .table("dbo", "Item")
        .unwrap()
        .indexes
        .iter()
        .map(|i| i.name.as_str())
        .collect();
    assert_eq!(names, ["ix_item_created", "ix_item_sku", "ix_item_title"]);
}

#[test]
fn filters_come_from_pg_index() {
    let (cat, server) = catalog("ddl_fixture.json");
    assert!(
        cat.indexes.iter().all(|i| i.filter.is_none()),
        "sys.indexes has no filters on Babelfish"
    );
    let live = read(&cat, &server, None);
    let ix = &live.table("dbo", "Person").unwrap().indexes[0];
    assert_eq!(ix.filter.as_deref(), Some("IsDeleted = 0"));
}

#[test]
fn checks_and_defaults_in_tsql_spelling() {
    let (cat, server) = catalog("shop.json");
    let live = read(&cat, &server, None);
    let item = live.table("dbo", "Item").unwrap();
    let check = |n: &str| {
        item.checks
            .iter()
            .find(|c| c.name.eq_ignore_ascii_case(n))
            .unwrap()
            .expression
            .clone()
    };
    assert_eq!(check("CK_Item_Email"), "Email LIKE '%_@_%'");
    assert_eq!(
        check("CK_Item_UtcOffset"),
        "UtcOffset >= -720 AND UtcOffset <= 840"
    );
    let (cat, server) = catalog("ddl_fixture.json");
    let live = read(&cat, &server, None);
    let team = live.table("dbo", "Team").unwrap();
    let quoted = team.columns.iter().find(|c| c.name == "a'b").unwrap();
    assert_eq!(
        quoted.default,
        Some(DefaultExpr::Literal(Value::Text("it's".into())))
    );
}

#[test]
fn precision_seven_and_tinyint_identity_read_as_schema_yaml_says() {
    let (cat, server) = catalog("shop.json");
    let base = schema(SHOP);
    let ty = |db: &Database| {
        db.table("dbo", "Item")
            .unwrap()
            .column("CreatedDate")
            .unwrap()
            .sql_type
            .clone()
    };
    assert_eq!(ty(&read(&cat, &server, Some(&base))), SqlType::DateTime2(7));
    assert_eq!(
        ty(&read(&cat, &server, None)),
        SqlType::DateTime2(6),
        "what Babelfish stores"
    );
    let (cat, server) = catalog("ddl_fixture.json");
    let base = ddl_fixture();
    let ty = |db: &Database| {
        db.table("ref", "Status")
            .unwrap()
            .column("StatusID")
            .unwrap()
            .sql_type
            .clone()
    };
    assert_eq!(ty(&read(&cat, &server, Some(&base))), SqlType::TinyInt);
    assert_eq!(ty(&read(&cat, &server, None)), SqlType::SmallInt);
}

/// Each equivalence, with the attribute really changed in the rows: still drift.
#[test]
fn an_equivalence_never_hides_a_real_change() {
    let (cat, server) = catalog("shop.json");
    let base = schema(SHOP);
    let changed = |edit: &dyn Fn(&mut Catalog)| {
        let mut c = cat.clone();
        edit(&mut c);
        diffs(&base, &read(&c, &server, Some(&base)))
            .iter()
            .map(|d| format!("{:?} {}", d.kind, d.path))
            .collect::<Vec<_>>()
    };
    let precision = changed(&|c| {
        let col = c
            .columns
            .iter_mut()
            .find(|r| r.name == "createddate")
            .unwrap();
        col.scale = 3;
    });
    assert_eq!(precision, ["Length dbo.Item.CreatedDate"]);
    let filter = changed(&|c| c.filters[0].predicate = "(sku <> ''::text)".into());
    assert_eq!(filter, ["Index dbo.Item.IX_Item_Sku"]);
    let check = changed(&|c| {
        let ck = c
            .checks
            .iter_mut()
            .find(|r| r.name == "ck_item_email")
            .unwrap();
        ck.definition = "((email ~~* '%@%'))".into();
    });
    assert_eq!(check, ["Check dbo.Item.CK_Item_Email"]);
    let index = changed(&|c| {
        for r in c
            .indexes
            .iter_mut()
            .filter(|r| r.name.starts_with("ix_item_title"))
        {
            r.descending = true;
        }
    });
    assert_eq!(index, ["Index dbo.Item.IX_Item_Title"]);
    let renamed = changed(&|c| {
        for r in c
            .indexes
            .iter_mut()
            .filter(|r| r.name.starts_with("ix_item_title"))
        {
            r.name = babelfish_name("ix_item_name", "item");
        }
    });
    assert_eq!(renamed, ["IndexName dbo.Item.IX_Item_Title"]);
    let pk = changed(&|c| c.keys.retain(|k| k.name != "pk_item"));
    assert_eq!(pk, ["PrimaryKey dbo.Item"]);
}

fn babelfish_name(index: &str, table: &str) -> String {
    generator::dialect::babelfish::stored_index_name(index, table)
}

/// The SQL Server fixtures of the real-database corpus (generator/tests/realdb/mssql/*.sql),
/// their catalog rows captured from Babelfish 4.2.0, through what `gen introspect`, `gen
/// models` and `gen diff` do with them, so CI checks them without a TDS server: the rows build
/// the IR, its schema.yaml loads and validates, the crate is generated, and the database read
/// again compares clean against the file. The live loop (with compile and round trip) is
/// realdb.rs `sql_server_fixtures_go_through_introspect_lint_models_compile_and_diff`.
#[test]
fn realdb_sql_server_fixtures_introspect_generate_and_diff_clean_without_a_server() {
    for name in ["realdb_values.json", "realdb_views.json"] {
        let (cat, server) = catalog(name);
        let built = read(&cat, &server, None);
        let text = generator::schema_yaml::write::to_string(&built);
        let (dir, path) = diff_common::schema_dir(&text);
        let loaded = match generator::pipeline::load_schema(&path) {
            Ok(l) => l.db,
            Err(e) => panic!("{name}: what introspection writes must load:\n{e}\n{text}"),
        };
        generator::commands::models::generate(&loaded, &dir.path().join("generated"), None, false)
            .unwrap_or_else(|e| panic!("{name}: gen models: {e}"));
        let found = diffs(&loaded, &read(&cat, &server, Some(&loaded)));
        assert!(found.is_empty(), "{name}: {found:#?}");
        match name {
            "realdb_values.json" => {
                let log = loaded.table("dbo", "PriceLog").expect("dbo.PriceLog");
                assert!(log.primary_key.is_none(), "a table without a key loads");
                assert!(text.contains("{ name: Amount, type: money }"), "{text}");
            }
            _ => {
                let v = loaded
                    .table("dbo", "ActiveProduct")
                    .expect("the view, named as created");
                let def = v.view.as_ref().expect("a view");
                assert_eq!(def.dialect, Dialect::Mssql);
                assert_eq!(
                    def.definition,
                    "SELECT ProductID, Name, Price, AddedAt FROM dbo.Product WHERE Discontinued = 0"
                );
                assert!(
                    v.columns.iter().all(|c| c.nullable),
                    "Babelfish reports every view column nullable"
                );
                assert!(loaded.table("dbo", "Stock").is_some_and(|t| t.is_view()));
            }
        }
    }
}
