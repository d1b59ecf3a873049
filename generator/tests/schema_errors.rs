//! Broken schema files: each fixture under tests/fixtures/broken/ holds one class of problem
//! (and one holds several), and `gen lint` must exit 2 naming each at its `line:column`.

mod fixture_run;

use fixture_run::{cases, check_all, gen_lint};

#[test]
fn every_broken_fixture_is_reported_where_it_is_broken() {
    let cases = cases("broken");
    assert!(cases.len() >= 30, "only {} broken fixtures", cases.len());
    let failures = check_all(&cases, "error: ", true);
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn one_run_reports_every_problem() {
    let several = cases("broken")
        .into_iter()
        .filter(|c| c.at.len() >= 4)
        .count();
    assert!(
        several >= 1,
        "a fixture must prove several problems are reported in one run"
    );
}

#[test]
fn a_missing_file_is_named_with_exit_2() {
    let (code, _, stderr) = gen_lint(std::path::Path::new("no/such/schema.yaml"));
    assert_eq!(code, 2);
    assert!(stderr.contains("no/such/schema.yaml"), "{stderr}");
}
