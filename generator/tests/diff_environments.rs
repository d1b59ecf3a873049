//! Drift reports against the real PostgreSQL: a baseline entry accepted for one environment
//! hides that drift only there (`env: prod`), or everywhere when it says so (`env: "*"`); and
//! text from the database (a description with a newline) never splits a report line.

mod diff_common;

use diff_common::*;

const ADDITIVE: &str = r#"CREATE INDEX "IX_Item_Price" ON "dbo"."Item" ("Price")"#;

#[test]
fn a_baseline_entry_accepted_for_prod_does_not_hide_the_same_drift_in_dev() {
    let dev = shop_db("de_dev");
    let prod = shop_db("de_prod");
    dev.execute_batch(ADDITIVE).unwrap();
    prod.execute_batch(ADDITIVE).unwrap();
    let (dir, _schema) = schema_dir(SCHEMA);
    let base = dir.path().join("drift-baseline.yaml");
    let base_arg = base.to_str().unwrap();
    let env = [("DEV_URL", dev.url()), ("PROD_URL", prod.url())];
    // Accepted in prod only.
    let write = gen_cmd(
        &[
            "diff",
            "--env",
            "prod=PROD_URL",
            "--write-baseline",
            base_arg,
        ],
        &env,
        dir.path(),
    );
    assert_eq!(
        write.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&write.stderr)
    );
    let recorded = std::fs::read_to_string(&base).unwrap();
    assert!(
        recorded.contains("env: prod") && recorded.contains("path: dbo.Item.IX_Item_Price"),
        "{recorded}"
    );
    let both = [
        "diff",
        "--env",
        "dev=DEV_URL",
        "--env",
        "prod=PROD_URL",
        "--baseline",
        base_arg,
        "--format",
        "json",
    ];
    let out = gen_cmd(&both, &env, dir.path());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "dev still drifts: {stdout}");
    let envs: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(envs.len(), 1, "{stdout}");
    assert_eq!(envs[0]["env"], "dev");
    assert_eq!(envs[0]["path"], "dbo.Item.IX_Item_Price");
    // Written over both environments: one entry each. Accepted for all: hidden in both.
    let write = gen_cmd(
        &[&both[..5], &["--write-baseline", base_arg]].concat(),
        &env,
        dir.path(),
    );
    assert_eq!(write.status.code(), Some(0));
    let recorded = std::fs::read_to_string(&base).unwrap();
    assert!(
        recorded.contains("env: dev") && recorded.contains("env: prod"),
        "{recorded}"
    );
    let all = recorded
        .replace("env: dev", "env: '*'")
        .replace("env: prod", "env: '*'");
    std::fs::write(&base, all).unwrap();
    let out = gen_cmd(&both, &env, dir.path());
    assert_eq!(
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).as_ref()
        ),
        (Some(0), ""),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // An entry without an environment is refused, with its place.
    std::fs::write(
        &base,
        "differences:\n- grade: additive\n  kind: index\n  path: dbo.Item.IX_Item_Price\n  expected: null\n  actual: (Price)\n",
    )
    .unwrap();
    let out = gen_cmd(&both, &env, dir.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("drift-baseline.yaml:2:") && stderr.contains("env"),
        "{stderr}"
    );
}

#[test]
fn a_description_with_a_newline_stays_on_its_report_line() {
    let db = shop_db("de_newline");
    db.execute_batch(
        "COMMENT ON COLUMN \"dbo\".\"Item\".\"Title\" IS E'Headline.\\nSecond line\\r\\twith a tab.'",
    )
    .unwrap();
    let (_dir, schema) = schema_dir(SCHEMA);
    let (code, out, err) = gen_diff(&db, &schema, &[]);
    assert_eq!(code, 1, "{out}{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "a heading and one difference:\n{out}");
    assert!(
        lines[1].contains(r"database: Headline.\nSecond line\r\twith a tab.)"),
        "{out}"
    );
}
