//! `--fail-on`, baselines and several environments, against the real PostgreSQL.

mod diff_common;

use diff_common::*;

const BREAKING: &str = r#"ALTER TABLE "dbo"."Item" DROP COLUMN "Notes""#;
const ADDITIVE: &str = r#"CREATE INDEX "IX_Item_Price" ON "dbo"."Item" ("Price")"#;
const COSMETIC: &str = r#"COMMENT ON COLUMN "dbo"."Item"."Title" IS 'Headline.'"#;

#[test]
fn fail_on_picks_the_grades_that_exit_1() {
    let cases = [
        (BREAKING, "breaking", 1),
        (ADDITIVE, "breaking", 0),
        (ADDITIVE, "additive", 1),
        (COSMETIC, "additive", 0),
        (COSMETIC, "any", 1),
    ];
    for (i, (sql, fail_on, want)) in cases.into_iter().enumerate() {
        let (code, diffs) = diff_after(&format!("dp_fail{i}"), sql, &["--fail-on", fail_on]);
        assert_eq!(diffs.len(), 1, "{sql}");
        assert_eq!(code, want, "{sql} with --fail-on {fail_on}: {diffs:?}");
    }
}

#[test]
fn text_report_groups_by_grade_worst_first() {
    let db = shop_db("dp_text");
    db.execute_batch(&[BREAKING, ADDITIVE, COSMETIC].join(";"))
        .unwrap();
    let (_dir, schema) = schema_dir(SCHEMA);
    let (code, out, _) = gen_diff(&db, &schema, &[]);
    assert_eq!(code, 1);
    let expected = "breaking (1):\n  dbo.Item.Notes: column removed (schema.yaml: text NULL; database: none)\n\
                    additive (1):\n  dbo.Item.IX_Item_Price: index (schema.yaml: none; database: (Price))\n\
                    cosmetic (1):\n  dbo.Item.Title: description (schema.yaml: Shown to buyers.; database: Headline.)\n";
    assert_eq!(out, expected);
}

#[test]
fn baseline_reports_only_new_differences_and_lists_stale_ones() {
    let db = shop_db("dp_base");
    db.execute_batch(&[ADDITIVE, COSMETIC].join(";")).unwrap();
    let (dir, schema) = schema_dir(SCHEMA);
    let base = dir.path().join("drift-baseline.yaml");
    let base_arg = base.to_str().unwrap();
    let (code, _, err) = gen_diff(&db, &schema, &["--write-baseline", base_arg]);
    assert_eq!(code, 0, "{err}");
    let recorded = std::fs::read_to_string(&base).unwrap();
    assert!(
        recorded.contains("path: dbo.Item.IX_Item_Price") && recorded.contains("kind: description"),
        "{recorded}"
    );
    assert!(
        recorded.find("dbo.Item.IX_Item_Price") < recorded.find("dbo.Item.Title"),
        "sorted by path:\n{recorded}"
    );

    let (code, out, _) = gen_diff(&db, &schema, &["--baseline", base_arg]);
    assert_eq!((code, out.as_str()), (0, ""), "nothing new");

    // One more change, and one recorded difference fixed.
    db.execute_batch(&[BREAKING, r#"DROP INDEX "dbo"."IX_Item_Price""#].join(";"))
        .unwrap();
    let (code, out, err) = gen_diff(&db, &schema, &["--baseline", base_arg, "--format", "json"]);
    let diffs = parse_json(&out);
    assert_eq!(code, 1);
    assert_eq!(
        diffs.iter().map(|d| d.path.as_str()).collect::<Vec<_>>(),
        ["dbo.Item.Notes"]
    );
    assert!(
        err.contains("stale baseline entries") && err.contains("dbo.Item.IX_Item_Price"),
        "{err}"
    );
    assert!(
        !err.contains("dbo.Item.Title"),
        "the description is still drifted, so not stale: {err}"
    );
}

#[test]
fn several_environments_make_one_matrix_and_exit_3_when_one_is_unreachable() {
    let dev = shop_db("dp_dev");
    dev.execute_batch(BREAKING).unwrap();
    let prod = shop_db("dp_prod");
    // A port nothing listens on: bind, note it, close it.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let qa_url = format!("postgres://postgres@127.0.0.1:{closed}/shop?connect_timeout=2");
    let (dir, _schema) = schema_dir(SCHEMA);
    let args = [
        "diff",
        "--env",
        "dev=DEV_URL",
        "--env",
        "prod=PROD_URL",
        "--env",
        "qa=QA_URL",
    ];
    let env = [
        ("DEV_URL", dev.url()),
        ("PROD_URL", prod.url()),
        ("QA_URL", qa_url.as_str()),
    ];
    let out = gen_cmd(&args, &env, dir.path());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(3),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<&str> = stdout.lines().collect();
    let cells = |l: &str| {
        l.split('|')
            .map(str::trim)
            .map(String::from)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        cells(lines[0]),
        [
            "grade",
            "kind",
            "object",
            "schema.yaml",
            "dev",
            "prod",
            "qa"
        ]
    );
    assert_eq!(
        cells(lines[1]),
        [
            "breaking",
            "column removed",
            "dbo.Item.Notes",
            "text NULL",
            "none",
            "=",
            "unreachable"
        ]
    );
    assert!(
        lines[2].starts_with("qa: unreachable: ")
            && lines[2].contains(&format!("127.0.0.1:{closed}")),
        "{stdout}"
    );
    assert!(
        !stdout.contains("postgres://"),
        "no connection string printed"
    );

    let mut json_args = args.to_vec();
    json_args.extend(["--format", "json"]);
    let out = gen_cmd(&json_args, &env, dir.path());
    assert_eq!(out.status.code(), Some(3));
    let diffs = parse_json(&String::from_utf8_lossy(&out.stdout));
    assert_eq!(diffs.len(), 1, "{diffs:?}");
    assert_eq!(
        (diffs[0].env.as_deref(), diffs[0].path.as_str()),
        (Some("dev"), "dbo.Item.Notes")
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("qa: unreachable: "));
}
