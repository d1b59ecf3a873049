//! `gen check-sql`: planted wrong names (and a literal of the wrong type, a function given the
//! wrong number of arguments, a column-less INSERT of the wrong width) in fixture files are
//! found with their `file:line:column` and nothing else; this repository's own SQL text
//! checks clean; a misspelling planted in a copy of one of its files is found.

mod models_support;

use std::fs;

use models_support::{gen_cmd, root};

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn planted_wrong_names_are_found_where_they_are() {
    let dir = root().join("generator/tests/fixtures/check_sql");
    let out = gen_cmd(
        &root(),
        &[
            "check-sql",
            dir.to_str().unwrap_or_default(),
            "--schema",
            "schema.yaml",
        ],
    );
    let stdout = text(&out.stdout);
    let shown = |f: &str| format!("{}/{f}", dir.display());
    let want = [
        format!(
            "{}:2:20: unknown column `EmailVerified` in `dbo.User AS u`; did you mean `IsEmailVerified`?",
            shown("reports.sql")
        ),
        format!(
            "{}:6:31: unknown table `dbo.Compnay`: the schema has no such table; did you mean `dbo.Company`?",
            shown("reports.sql")
        ),
        format!(
            "{}:8:74: parameter @P3 follows a gap: @P2 is never used; number parameters from 1 without gaps",
            shown("reports.sql")
        ),
        format!(
            "{}:10:62: unknown column `EventStatus` in `log.AuthEvent AS e`",
            shown("reports.sql")
        ),
        format!(
            "{}:12:63: the literal 'yes' is not a value of `dbo.User.IsEmailVerified`, a bit column; write 1 or 0",
            shown("reports.sql")
        ),
        format!(
            "{}:14:8: `isnull` takes 2 arguments, not 1",
            shown("reports.sql")
        ),
        format!(
            "{}:16:32: this VALUES row has 1 value, but `dbo.Company` has 15 columns besides the identity: an INSERT without a column list fills them in order; name the columns",
            shown("reports.sql")
        ),
        format!(
            "{}:2:46: unknown column `IsActive`: not a column of `dbo.User`",
            shown("service.rs")
        ),
        format!(
            "{}:3:35: unknown column `Action` in `audit.User AS a`",
            shown("service.rs")
        ),
    ];
    let got: Vec<&str> = stdout.lines().collect();
    assert_eq!(got, want, "stderr: {}", text(&out.stderr));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("checked 11 statement(s) in 2 file(s): 9 problem(s)"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn this_repository_checks_clean_and_a_planted_misspelling_is_found() {
    let out = gen_cmd(
        &root(),
        &[
            "check-sql",
            "account-service",
            "generator/templates/examples",
            "tests",
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    let stderr = text(&out.stderr);
    let checked: usize = stderr
        .split("checked ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(checked > 0, "{stderr}");

    let original = fs::read_to_string(root().join("tests/tests/account_flows.rs")).unwrap();
    let needle = "SELECT \\\"UserID\\\", \\\"Email\\\", \\\"Reason\\\" FROM";
    let at = original
        .find(needle)
        .expect("account_flows.rs selects Reason");
    let planted = original.replacen(needle, &needle.replace("Reason", "Details"), 1);
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("account_flows.rs");
    fs::write(&copy, planted).unwrap();
    let line = original[..at].matches('\n').count() + 1;
    let col = at - original[..at].rfind('\n').map_or(0, |i| i + 1)
        + needle.find("\\\"Reason").unwrap_or(0)
        + 1;
    let out = gen_cmd(&root(), &["check-sql", copy.to_str().unwrap_or_default()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stdout),
        format!(
            "{}:{line}:{col}: unknown column `Details`: not a column of `log.AuthEvent`\n",
            copy.display()
        )
    );
}

#[test]
fn a_missing_path_is_bad_input() {
    let out = gen_cmd(&root(), &["check-sql", "no/such/dir"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("no/such/dir"),
        "{}",
        text(&out.stderr)
    );
}
