//! Every lint rule has a fixture that triggers it (exit 1, finding at its `line:column`) and,
//! except SOL000, one where a `lint:` exception excuses it (exit 0, so the exception is used).

mod fixture_run;

use fixture_run::{cases, check_all, gen_lint};
use generator::lint::rules::RULES;

#[test]
fn every_rule_fires_and_every_exception_works() {
    let cases = cases("lint");
    let failures = check_all(&cases, "", false);
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_rule_has_its_fixtures() {
    let names: Vec<String> = cases("lint")
        .iter()
        .filter_map(|c| c.path.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect();
    for rule in RULES {
        assert!(
            names.contains(&format!("{}_trigger", rule.id)),
            "{} has no trigger fixture",
            rule.id
        );
        if rule.id != "SOL000" {
            assert!(
                names.contains(&format!("{}_excused", rule.id)),
                "{} has no exception fixture",
                rule.id
            );
        }
    }
}

#[test]
fn the_base_fixture_is_clean() {
    let base =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/lint/base.yaml");
    let (code, stdout, stderr) = gen_lint(&base);
    assert_eq!((code, stdout.as_str()), (0, ""), "{stderr}");
}

#[test]
fn the_repository_schema_lints_clean() {
    let schema = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema.yaml");
    let (code, stdout, stderr) = gen_lint(&schema);
    assert_eq!(code, 0, "{stdout}{stderr}");
}
