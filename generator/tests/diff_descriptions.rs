//! Descriptions both ways (issue 8): drifted descriptions in a live PostgreSQL database are
//! reported as cosmetic, and `gen ddl --descriptions-only` applied (twice: it must be
//! idempotent) brings the database back in sync with schema.yaml.

mod diff_common;

use diff_common::*;

#[test]
fn descriptions_script_applied_twice_leaves_the_database_in_sync() {
    let db = shop_db("diff_descr");
    db.execute_batch(
        r#"COMMENT ON COLUMN "dbo"."Item"."Title" IS 'Headline.';
           COMMENT ON TABLE "ref"."Status" IS NULL;
           COMMENT ON SCHEMA "dbo" IS NULL;"#,
    )
    .expect("drift the descriptions");
    let (dir, schema) = schema_dir(SCHEMA);
    let (code, out, _) = gen_diff(&db, &schema, &["--format", "json"]);
    assert_eq!(code, 1, "drifted descriptions are differences: {out}");
    let diffs = parse_json(&out);
    assert_eq!(diffs.len(), 3, "{out}");
    assert!(
        diffs
            .iter()
            .all(|d| d.grade == "cosmetic" && d.kind == "description"),
        "{out}"
    );

    let script = gen_cmd(
        &[
            "ddl",
            "--dialect",
            "postgres",
            "--descriptions-only",
            "--schema",
            "schema.yaml",
        ],
        &[],
        dir.path(),
    );
    assert!(
        script.status.success(),
        "{}",
        String::from_utf8_lossy(&script.stderr)
    );
    let script = String::from_utf8(script.stdout).expect("utf-8 script");
    db.execute_batch(&script)
        .expect("descriptions script applies");
    db.execute_batch(&script)
        .expect("descriptions script applies a second time");

    let (code, out, err) = gen_diff(&db, &schema, &[]);
    assert_eq!(code, 0, "in sync after the script: {out}{err}");
}
