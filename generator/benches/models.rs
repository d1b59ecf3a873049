//! `gen models` rendering speed: a synthetic IR of 1,000 tables (12 columns each, a foreign
//! key chain, an index per table and three reference enums), rendered in memory (templates,
//! syn, prettyplease; no disk). Larger sizes are measured with the release binary on
//! `scripts/synth_schema.py` output; see docs/benchmarks.md.

use criterion::{Criterion, criterion_group, criterion_main};
use generator::ir::{
    Column, Database, DbSchema, EnumSpec, ForeignKey, Identity, Index, IndexColumn, Length,
    PrimaryKey, Row, SqlType, Table, TableRef, Value,
};

fn column(name: &str, sql_type: SqlType, nullable: bool) -> Column {
    Column {
        name: name.into(),
        sql_type,
        nullable,
        description: Some(format!("The {name}.")),
        ..Column::default()
    }
}

fn enum_table(name: &str) -> Table {
    let rows = (1..=5)
        .map(|i| Row {
            values: vec![
                (format!("{name}ID"), Value::Int(i)),
                ("Code".into(), Value::Text(format!("CODE_{i}"))),
            ],
            ..Row::default()
        })
        .collect();
    Table {
        schema: "ref".into(),
        name: name.into(),
        columns: vec![
            column(&format!("{name}ID"), SqlType::Int, false),
            column("Code", SqlType::NVarChar(Length::N(50)), false),
        ],
        primary_key: Some(PrimaryKey {
            name: format!("PK_{name}"),
            columns: vec![format!("{name}ID")],
            loc: None,
        }),
        enum_spec: Some(EnumSpec {
            variant_column: "Code".into(),
            ..EnumSpec::default()
        }),
        rows,
        ..Table::default()
    }
}

fn data_table(i: usize) -> Table {
    let name = format!("Entity{i:05}");
    let (parent, parent_col) = if i == 0 {
        ("ref", "Status".to_string())
    } else {
        ("dbo", format!("Entity{:05}", i - 1))
    };
    let fk_col = if i == 0 {
        "StatusID".to_string()
    } else {
        format!("{parent_col}ID")
    };
    let mut id = column(&format!("{name}ID"), SqlType::BigInt, false);
    id.identity = Some(Identity::default());
    let columns = vec![
        id,
        column(
            &fk_col,
            if i == 0 {
                SqlType::Int
            } else {
                SqlType::BigInt
            },
            false,
        ),
        column("Code", SqlType::VarChar(Length::N(50)), false),
        column("Name", SqlType::NVarChar(Length::N(200)), false),
        column("Notes", SqlType::NVarChar(Length::Max), true),
        column("Amount", SqlType::Decimal(18, 2), false),
        column("Quantity", SqlType::Int, false),
        column("Score", SqlType::Float, true),
        column("IsActive", SqlType::Bit, false),
        column("ExternalID", SqlType::UniqueIdentifier, false),
        column("DueDate", SqlType::Date, true),
        column("CreatedDate", SqlType::DateTime2(7), false),
    ];
    Table {
        schema: "dbo".into(),
        name: name.clone(),
        description: Some(format!("Synthetic table {i}.")),
        columns,
        primary_key: Some(PrimaryKey {
            name: format!("PK_{name}"),
            columns: vec![format!("{name}ID")],
            loc: None,
        }),
        foreign_keys: vec![ForeignKey {
            name: format!("FK_{name}_{parent_col}"),
            columns: vec![fk_col.clone()],
            references: TableRef {
                schema: parent.into(),
                table: parent_col.clone(),
            },
            ref_columns: vec![if i == 0 {
                "StatusID".into()
            } else {
                format!("{parent_col}ID")
            }],
            ..ForeignKey::default()
        }],
        indexes: vec![Index {
            name: format!("IX_{name}_{fk_col}"),
            columns: vec![IndexColumn {
                name: fk_col,
                descending: false,
            }],
            ..Index::default()
        }],
        ..Table::default()
    }
}

/// A named synthetic database of `n` data tables plus three enums.
pub fn synthetic(n: usize) -> Database {
    let refs = DbSchema {
        name: "ref".into(),
        tables: ["Status", "Priority", "Category"]
            .into_iter()
            .map(enum_table)
            .collect(),
        ..DbSchema::default()
    };
    let dbo = DbSchema {
        name: "dbo".into(),
        tables: (0..n).map(data_table).collect(),
        ..DbSchema::default()
    };
    let mut db = Database {
        name: "Synthetic".into(),
        schemas: vec![refs, dbo],
        ..Database::default()
    };
    let diags = generator::naming::assign(&mut db);
    assert!(!diags.has_errors(), "{diags}");
    db
}

fn render_1k(c: &mut Criterion) {
    let db = synthetic(1_000);
    let mut group = c.benchmark_group("gen models");
    group.sample_size(10);
    group.bench_function("render 1,000 tables", |b| {
        b.iter(|| generator::render::render(&db, None).expect("renders"))
    });
    group.finish();
}

criterion_group!(benches, render_1k);
criterion_main!(benches);
