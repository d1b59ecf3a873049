//! `gen ddl` on the command line: output on stdout, documented exit codes.

use std::path::Path;
use std::process::Command;

fn gen_ddl(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_gen"))
        .arg("ddl")
        .args(args)
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ddl_fixture"))
        .output()
        .unwrap()
}

#[test]
fn prints_the_script_and_exits_0() {
    let out = gen_ddl(&["--dialect", "postgres", "--no-seed"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("-- PostgreSQL creation script for DdlFixture"));
    assert!(!text.contains("INSERT INTO"));
    let seeded = String::from_utf8(gen_ddl(&["--dialect", "mssql"]).stdout).unwrap();
    assert!(seeded.contains("SET IDENTITY_INSERT [ref].[Status] ON;"));
    let described =
        String::from_utf8(gen_ddl(&["--dialect", "mssql", "--descriptions-only"]).stdout).unwrap();
    assert!(described.contains("sp_updateextendedproperty") && !described.contains("CREATE TABLE"));
}

#[test]
fn bad_input_exits_2_naming_the_file() {
    let out = gen_ddl(&["--dialect", "postgres", "--schema", "missing.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.yaml"));
    let out = gen_ddl(&["--dialect", "oracle"]);
    assert_eq!(out.status.code(), Some(2));
}
