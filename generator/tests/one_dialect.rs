//! The CLI, `db` and the generated crate's runtime share one `Dialect`: gen-runtime's. The
//! annotated bindings below only compile while that holds.

use clap::Parser;
use gen_runtime::Dialect;
use generator::cli::{Cli, Command};

fn ddl_dialect(arg: &str) -> Result<Dialect, clap::Error> {
    let cli = Cli::try_parse_from(["gen", "ddl", "--dialect", arg])?;
    match cli.command {
        Command::Ddl(args) => Ok(args.dialect),
        other => panic!("parsed as {other:?}"),
    }
}

#[test]
fn cli_and_db_hand_out_gen_runtimes_dialect() {
    for d in Dialect::ALL {
        let from_cli: Dialect = ddl_dialect(d.name()).unwrap();
        assert_eq!(from_cli, d);
    }
    let from_db: Dialect = db::DbConfig::new("postgres://u@h/db").unwrap().dialect;
    assert_eq!(from_db, Dialect::Postgres);
    let from_db: Dialect = db::conn::ConnSpec::parse("Server=tcp:h,1433;Database=x")
        .unwrap()
        .dialect();
    assert_eq!(from_db, Dialect::Mssql);
}

#[test]
fn the_cli_lists_and_refuses_dialect_names_as_before() {
    let e = ddl_dialect("Postgres").unwrap_err();
    let text = e.to_string();
    assert!(
        text.contains("[possible values: mssql, postgres]"),
        "{text}"
    );
}
