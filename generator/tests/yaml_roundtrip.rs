//! The canonical writer and the loader agree: a canonical file prints back byte for byte, and
//! any IR survives print-then-load (locations aside).

use generator::emit::yaml::to_string;
use generator::source::yaml::load_str;

fn fixture(rel: &str) -> (String, String) {
    let path = format!("{}/../{rel}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    (path, text)
}

fn assert_canonical(rel: &str) {
    let (path, text) = fixture(rel);
    let db = load_str(&text, &path).unwrap_or_else(|d| panic!("{d}"));
    let printed = to_string(&db);
    if printed != text {
        let diff = similar::TextDiff::from_lines(&text, &printed);
        panic!(
            "{rel} is not canonical:\n{}",
            diff.unified_diff().header("file", "emitted")
        );
    }
}

#[test]
fn base_fixture_is_canonical() {
    assert_canonical("tests/fixtures/lint/base.yaml");
}

#[test]
fn repository_schema_is_canonical() {
    assert_canonical("schema.yaml");
}
