//! MODELS.md: rendered from the repository's schema.yaml and from the hostile fixture; every
//! table has its section, relationships are listed both ways, reference rows appear, database
//! text cannot break the Markdown, and the output is the same every time.

use std::path::Path;

use generator::ir::Database;
use generator::render;

fn load(path: &Path) -> Database {
    match generator::pipeline::load_schema(path) {
        Ok(loaded) => loaded.db,
        Err(e) => panic!("{} does not load:\n{e}", path.display()),
    }
}

fn repo_schema() -> Database {
    load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema.yaml"))
}

fn guide(db: &Database) -> String {
    let files = render::render(db, None).unwrap_or_else(|e| panic!("{e}"));
    files["MODELS.md"].clone()
}

/// The text of one table's section (from its heading to the next one).
fn section<'a>(md: &'a str, qualified: &str) -> &'a str {
    let start = md
        .find(&format!("### `{qualified}`"))
        .unwrap_or_else(|| panic!("no section for {qualified}"));
    let rest = &md[start + 4..];
    &rest[..rest
        .find("\n### ")
        .or_else(|| rest.find("\n## "))
        .unwrap_or(rest.len())]
}

#[test]
fn every_table_has_a_section_with_every_column() {
    let db = repo_schema();
    let md = guide(&db);
    assert!(md.starts_with("<!-- @generated from schema.yaml by `gen`"));
    let mut tables = 0;
    for (_, t) in db.tables() {
        let s = section(&md, &t.qualified());
        for c in &t.columns {
            assert!(
                s.contains(&format!(
                    "| `{}` | `{}` |",
                    c.name,
                    c.rust_field.trim_start_matches("r#")
                )),
                "{}.{} missing from its section",
                t.qualified(),
                c.name
            );
        }
        tables += 1;
    }
    assert_eq!(tables, 35);
}

#[test]
fn relationships_are_listed_both_ways_with_cardinality() {
    let md = guide(&repo_schema());
    let uc = section(&md, "dbo.UserCompany");
    assert!(uc.contains(
        "- [`dbo.User`](#dbo-user) via `InvitedBy` → `UserID`: 0..1 (`FK_UserCompany_User_InvitedBy`)"
    ));
    let user = section(&md, "dbo.User");
    assert!(user.contains("Referenced by:"));
    assert!(user.contains("[`dbo.UserCompany`](#dbo-user_company) via `UserID` → `UserID`: 0..*"));
    assert!(
        md.contains("<a id=\"dbo-user_company\"></a>"),
        "link targets exist"
    );
}

#[test]
fn reference_tables_list_their_rows_and_variants() {
    let md = guide(&repo_schema());
    let s = section(&md, "ref.UserCompanyRole");
    assert!(s.contains("`models::ref_::UserCompanyRole` (enum)"));
    assert!(s.contains("| `Owner` | `1` | OWNER | Owner |"), "{s}");
    assert!(s.contains("| `Viewer` | `4` | VIEWER | Viewer |"));
}

#[test]
fn examples_and_diagram_are_embedded() {
    let md = guide(&repo_schema());
    assert_eq!(md.matches("```rust,no_run\n").count(), 3);
    assert!(
        md.contains("User::by_email(email).one(conn).await"),
        "the examples use the generated finders, not SQL text"
    );
    assert!(!md.contains("SELECT "), "no SQL text in the examples");
    assert!(md.contains("```mermaid\nerDiagram\n"));
    assert!(md.contains("    ref_UserCompanyRole ||--o{ dbo_UserCompany : \"UserCompanyRoleID\""));
    assert!(md.contains("    dbo_User |o--o{ dbo_UserCompany : \"InvitedBy\""));
    assert!(md.contains("![Entity-relationship diagram](erd.svg)"));
}

#[test]
fn examples_are_left_out_where_their_tables_do_not_exist() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile/schema.yaml");
    let md = guide(&load(&fixture));
    assert!(
        !md.contains("```rust"),
        "the hostile schema has none of the examples' tables"
    );
}

/// Cells of a Markdown table row: `|` not escaped as `\|`.
fn cells(line: &str) -> usize {
    line.replace("\\|", "").matches('|').count()
}

#[test]
fn hostile_text_cannot_break_the_markdown() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile/schema.yaml");
    let md = guide(&load(&fixture));
    let mut header = None;
    for line in md.lines() {
        match (line.starts_with('|'), header) {
            (true, None) => header = Some(cells(line)),
            (true, Some(n)) => assert_eq!(cells(line), n, "a cell was split: {line}"),
            (false, _) => header = None,
        }
    }
    assert!(md.contains("Bands like 18-24 } \\] include\\!(\"/etc/passwd\")"));
    assert!(md.contains("Keyword schema \\*/ with a \"quoted\" description."));
}

#[test]
fn the_guide_is_deterministic() {
    let db = repo_schema();
    assert_eq!(guide(&db), guide(&db));
}
