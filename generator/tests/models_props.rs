//! Property: any valid schema renders to Rust that parses (the renderer runs `syn` on every
//! file), and rendering twice gives the same bytes.

use generator::ir::{Column, Database, DbSchema, EnumSpec, PrimaryKey, Row, SqlType, Table, Value};
use proptest::prelude::*;

const NAMES: &[&str] = &[
    "User",
    "type",
    "self",
    "Self",
    "gen",
    "18-24",
    "Pending Approval",
    "名前",
    "Prénom",
    "a]b\"c",
    "UserID",
    "User_ID",
    "*/",
    "include!(x)",
    "Option",
    "Result",
    "ref",
    "x",
    "_",
    "async",
];

fn sql_type() -> impl Strategy<Value = SqlType> {
    prop_oneof![
        Just(SqlType::Int),
        Just(SqlType::BigInt),
        Just(SqlType::Bit),
        Just(SqlType::NVarChar(generator::ir::Length::N(50))),
        Just(SqlType::DateTime2(7)),
        Just(SqlType::Decimal(18, 2)),
        Just(SqlType::UniqueIdentifier),
        Just(SqlType::VarBinary(generator::ir::Length::Max)),
    ]
}

/// Picks distinct names (case-insensitively, as SQL Server requires) from the pool.
fn distinct(picks: Vec<usize>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for i in picks {
        let n = NAMES[i % NAMES.len()];
        if !out.iter().any(|o| o.eq_ignore_ascii_case(n)) {
            out.push(n.to_owned());
        }
    }
    out
}

fn table(schema: String, name: String, cols: Vec<(usize, SqlType, bool)>, as_enum: bool) -> Table {
    let names = distinct(cols.iter().map(|c| c.0).collect());
    let mut columns: Vec<Column> = vec![Column {
        name: "Key ID".into(),
        sql_type: SqlType::Int,
        ..Column::default()
    }];
    for ((_, ty, nullable), n) in cols.into_iter().zip(names) {
        if !n.eq_ignore_ascii_case("Key ID") {
            columns.push(Column {
                name: n,
                sql_type: ty,
                nullable,
                description: Some("d */ \"".into()),
                ..Column::default()
            });
        }
    }
    let mut t = Table {
        schema,
        name,
        columns,
        primary_key: Some(PrimaryKey {
            name: "PK".into(),
            columns: vec!["Key ID".into()],
            loc: None,
        }),
        ..Table::default()
    };
    if as_enum {
        t.columns.push(Column {
            name: "Code".into(),
            sql_type: SqlType::NVarChar(generator::ir::Length::N(20)),
            ..Column::default()
        });
        t.enum_spec = Some(EnumSpec {
            variant_column: "Code".into(),
            ..EnumSpec::default()
        });
        t.rows = (1..=3)
            .map(|i| Row {
                values: vec![
                    ("Key ID".into(), Value::Int(i)),
                    ("Code".into(), Value::Text(format!("V {i}"))),
                ],
                ..Row::default()
            })
            .collect();
    }
    t
}

fn database() -> impl Strategy<Value = Database> {
    let tables = prop::collection::vec(
        (
            any::<usize>(),
            prop::collection::vec((any::<usize>(), sql_type(), any::<bool>()), 0..6),
            any::<bool>(),
        ),
        1..4,
    );
    prop::collection::vec((any::<usize>(), tables), 1..3).prop_map(|schemas| {
        let names = distinct(schemas.iter().map(|s| s.0).collect());
        let schemas = schemas.into_iter().zip(names).map(|((_, tables), sname)| {
            let tnames = distinct(tables.iter().map(|t| t.0).collect());
            let tables = tables
                .into_iter()
                .zip(tnames)
                .map(|((_, cols, as_enum), tname)| table(sname.clone(), tname, cols, as_enum))
                .collect();
            DbSchema {
                name: sname,
                tables,
                ..DbSchema::default()
            }
        });
        Database {
            name: "Prop".into(),
            schemas: schemas.collect(),
            ..Database::default()
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn random_schemas_render_parseable_deterministic_rust(mut db in database()) {
        let diags = generator::naming::assign(&mut db);
        prop_assert!(!diags.has_errors(), "{}", diags);
        let once = generator::render::render(&db, None);
        prop_assert!(once.is_ok(), "{:?}", once.err().map(|e| e.to_string()));
        let twice = generator::render::render(&db, None).unwrap();
        prop_assert_eq!(once.unwrap(), twice);
    }
}
