//! docs/diff.md documents the JSON shape of `gen diff --format json`; its examples must parse as
//! differences, with exactly the documented keys.

use generator::diff::{Difference, Grade, Kind};

fn doc() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/diff.md");
    std::fs::read_to_string(path).expect("docs/diff.md")
}

/// The lines of the first ```json block.
fn json_examples(doc: &str) -> Vec<String> {
    let start = doc.find("```json\n").expect("a json block") + "```json\n".len();
    let end = start + doc[start..].find("```").expect("closed block");
    doc[start..end].lines().map(String::from).collect()
}

#[test]
fn documented_json_lines_parse_as_differences() {
    let lines = json_examples(&doc());
    assert_eq!(lines.len(), 3);
    let documented = ["env", "grade", "kind", "path", "expected", "actual"];
    for line in &lines {
        let v: serde_json::Value = serde_json::from_str(line).expect("valid JSON");
        let keys: Vec<&String> = v.as_object().expect("an object").keys().collect();
        assert!(
            keys.iter().all(|k| documented.contains(&k.as_str())),
            "{line}"
        );
        let d: Difference = serde_json::from_value(v).expect("a difference");
        assert!(!d.path.is_empty());
    }
    let first: Difference = serde_json::from_str(&lines[0]).unwrap();
    assert_eq!(
        (first.grade, first.kind, first.actual),
        (Grade::Breaking, Kind::ColumnRemoved, None)
    );
}

#[test]
fn report_json_has_the_documented_shape() {
    let d = Difference {
        grade: Grade::Additive,
        kind: Kind::IndexName,
        path: "dbo.Item.IX_A".into(),
        expected: Some("IX_A".into()),
        actual: Some("IX_B".into()),
    };
    let line = generator::diff::report::json(std::slice::from_ref(&d), Some("prod"));
    assert_eq!(
        line,
        "{\"env\":\"prod\",\"grade\":\"additive\",\"kind\":\"index_name\",\"path\":\"dbo.Item.IX_A\",\"expected\":\"IX_A\",\"actual\":\"IX_B\"}\n"
    );
    let kinds = doc();
    for kind in [
        "table_added",
        "column_removed",
        "index_name",
        "row_changed",
        "primary_key",
    ] {
        assert!(kinds.contains(&format!("`{kind}`")), "{kind} documented");
    }
}
