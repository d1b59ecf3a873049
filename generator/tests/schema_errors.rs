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

/// One `gen lint` run on a file with several problems prints every one of them, each at its
/// `line:column`, and exits 2 once (it does not stop at the first).
#[test]
fn one_run_reports_every_problem() {
    let several: Vec<_> = cases("broken")
        .into_iter()
        .filter(|c| c.at.len() >= 4)
        .collect();
    assert!(
        !several.is_empty(),
        "a fixture must prove several problems are reported in one run"
    );
    for case in &several {
        let (code, _, stderr) = gen_lint(&case.path);
        assert_eq!(code, 2, "{}: {stderr}", case.path.display());
        let file = case.path.display().to_string();
        let errors: Vec<&str> = stderr
            .lines()
            .filter(|l| l.starts_with(&file) && l.contains(": error: "))
            .collect();
        assert!(
            errors.len() >= case.at.len(),
            "{file}: {} problems expected in one run, {} printed:\n{stderr}",
            case.at.len(),
            errors.len()
        );
        for (lc, fragment) in &case.at {
            let start = format!("{file}:{lc}: error: ");
            assert!(
                errors
                    .iter()
                    .any(|l| l.starts_with(&start) && l.contains(fragment.as_str())),
                "{file}: `{start}…{fragment}` missing from the one run:\n{stderr}"
            );
        }
    }
}

#[test]
fn a_missing_file_is_named_with_exit_2() {
    let (code, _, stderr) = gen_lint(std::path::Path::new("no/such/schema.yaml"));
    assert_eq!(code, 2);
    assert!(stderr.contains("no/such/schema.yaml"), "{stderr}");
}
