//! The drift fixture: its DDL realises its schema.yaml exactly, so `gen diff` finds nothing
//! and `gen introspect --check` gives the file back byte for byte.

mod diff_common;

use diff_common::*;

#[test]
fn unchanged_database_is_in_sync() {
    let db = shop_db("diff_sync");
    let (_dir, schema) = schema_dir(SCHEMA);
    let (code, out, err) = gen_diff(&db, &schema, &[]);
    assert_eq!(code, 0, "stdout:\n{out}\nstderr:\n{err}");
    assert!(out.is_empty(), "{out}");
}

#[test]
fn introspect_check_gives_the_file_back_byte_for_byte() {
    let db = shop_db("diff_introspect");
    let (dir, schema) = schema_dir(SCHEMA);
    let out = gen_cmd(
        &[
            "introspect",
            "--url",
            db.url(),
            "--schema",
            "schema.yaml",
            "--check",
        ],
        &[],
        dir.path(),
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(std::fs::read_to_string(schema).unwrap(), SCHEMA);
}
