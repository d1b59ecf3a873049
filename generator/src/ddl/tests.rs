use super::*;
use crate::ir::{DbSchema, ForeignKey, Table, TableRef};

fn table(schema: &str, name: &str, refs: &[&str]) -> Table {
    Table {
        schema: schema.into(),
        name: name.into(),
        foreign_keys: refs
            .iter()
            .map(|r| ForeignKey {
                name: format!("FK_{name}_{r}"),
                references: TableRef {
                    schema: schema.into(),
                    table: (*r).into(),
                },
                ..ForeignKey::default()
            })
            .collect(),
        ..Table::default()
    }
}

fn db(tables: Vec<Table>) -> Database {
    Database {
        name: "T".into(),
        schemas: vec![DbSchema {
            name: "dbo".into(),
            tables,
            ..DbSchema::default()
        }],
        ..Database::default()
    }
}

fn names(plan: &order::Plan<'_>) -> Vec<String> {
    plan.tables.iter().map(|t| t.name.clone()).collect()
}

#[test]
fn tables_follow_their_references() {
    let d = db(vec![
        table("dbo", "C", &["B"]),
        table("dbo", "B", &["A", "B"]),
        table("dbo", "A", &["Elsewhere"]),
    ]);
    let plan = order::plan(&d);
    assert_eq!(names(&plan), ["A", "B", "C"]);
    assert!(
        plan.deferred.is_empty(),
        "self and unknown references are not deferred"
    );
}

#[test]
fn a_cycle_is_broken_at_the_first_table_in_source_order() {
    let d = db(vec![
        table("dbo", "X", &[]),
        table("dbo", "P", &["T"]),
        table("dbo", "T", &["P"]),
    ]);
    let plan = order::plan(&d);
    assert_eq!(names(&plan), ["X", "P", "T"]);
    let deferred: Vec<&str> = plan
        .deferred
        .iter()
        .map(|(_, fk)| fk.name.as_str())
        .collect();
    assert_eq!(deferred, ["FK_P_T"]);
    let sql = script(&d, Dialect::Postgres, DdlOptions::default());
    assert!(
        sql.contains("ALTER TABLE \"dbo\".\"P\" ADD CONSTRAINT \"FK_P_T\" FOREIGN KEY"),
        "{sql}"
    );
    assert_eq!(sql.matches("\"FK_P_T\"").count(), 1);
}

#[test]
fn builtin_schemas_are_not_created() {
    let d = db(vec![table("dbo", "A", &[])]);
    assert!(!script(&d, Dialect::Mssql, DdlOptions::default()).contains("CREATE SCHEMA"));
    assert!(
        script(&d, Dialect::Postgres, DdlOptions::default()).contains("CREATE SCHEMA \"dbo\";")
    );
}

#[test]
fn restrict_is_refused_for_sql_server_only() {
    let mut d = db(vec![table("dbo", "A", &[]), table("dbo", "B", &["A"])]);
    d.schemas[0].tables[1].foreign_keys[0].on_delete = ReferentialAction::Restrict;
    assert!(!refusals(&d, Dialect::Postgres).has_errors());
    let refused = refusals(&d, Dialect::Mssql);
    assert_eq!(refused.0.len(), 1);
    assert!(
        refused.0[0]
            .message
            .contains("dbo.B.FK_B_A: ON DELETE RESTRICT has no SQL Server form"),
        "{refused}"
    );
    assert!(script(&d, Dialect::Postgres, DdlOptions::default()).contains("ON DELETE RESTRICT"));
}
