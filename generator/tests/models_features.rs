//! The features fixture: snapshots of every generated file, and proof that the crate compiles
//! with warnings denied, with and without its `serde` feature.

mod models_support;

use generator::render;
use models_support::{Scratch, assert_ok, load};

#[test]
fn generated_files_match_the_snapshots() {
    let files = render::render(&load("features"), None).expect("renders");
    let names: Vec<&str> = files.keys().map(String::as_str).collect();
    insta::assert_debug_snapshot!("features_file_list", names);
    for (path, text) in &files {
        let name = format!("features__{}", path.replace(['/', '.'], "_"));
        insta::assert_snapshot!(name, text);
    }
}

#[test]
fn names_follow_the_pinned_rules() {
    let db = load("features");
    let user = db.table("dbo", "User").unwrap();
    assert_eq!(db.schemas[0].rust_module, "ref_");
    assert_eq!(db.schemas[0].name, "ref", "the SQL name stays `ref`");
    assert_eq!(user.column("type").unwrap().rust_field, "r#type");
    let status = db.table("ref", "UserStatus").unwrap();
    assert_eq!(status.enum_spec.as_ref().unwrap().rust_name, "UserStatus");
    assert_eq!(status.rust_name, "UserStatusRow");
    let variants: Vec<&str> = status
        .rows
        .iter()
        .map(|r| r.rust_variant.as_str())
        .collect();
    assert_eq!(variants, ["Active", "PendingVerification", "Suspended"]);
    let tz = db.table("ref", "Timezone").unwrap();
    assert_eq!(tz.rows[0].rust_variant, "AustraliaSydney");
    let uc = db.table("dbo", "UserCompany").unwrap();
    let nav: Vec<(&str, &str)> = uc
        .foreign_keys
        .iter()
        .map(|f| (f.rust_forward.as_str(), f.rust_reverse.as_str()))
        .collect();
    assert_eq!(
        nav,
        [
            ("user", "user_companies"),
            ("invited_by_user", "user_companies_by_invited_by")
        ]
    );
}

#[test]
fn foreign_keys_into_reference_tables_are_typed_as_their_enums() {
    let files = render::render(&load("features"), None).expect("renders");
    let user = &files["src/dbo/user.rs"];
    assert!(user.contains("pub status_id: crate::ref_::UserStatus,"));
    assert!(user.contains("pub timezone_id: ::core::option::Option<crate::ref_::Timezone>,"));
    assert!(
        user.contains("ref_schema: \"ref\","),
        "SQL keeps the schema name `ref`"
    );
    assert!(files.contains_key("src/audit/user.rs") && files.contains_key("src/dbo/user.rs"));
}

#[test]
fn the_generated_crate_compiles_without_warnings_with_and_without_serde() {
    let mut scratch = Scratch::new("features");
    generator::commands::models::generate(&load("features"), &scratch.out(), None, false).unwrap();
    scratch.add_user(
        "uses_features",
        r#"//! Uses the generated crate as a service would.
use gen_runtime::{RefEnum, Table};
use models::ref_::{Timezone, UserStatus};

/// A status read by ID; unknown IDs are errors.
pub fn status(id: i32) -> Result<UserStatus, gen_runtime::UnknownId> {
    UserStatus::try_from(id)
}

/// Every time zone code.
pub fn zones() -> Vec<&'static str> {
    Timezone::ALL.iter().map(|z| z.code()).collect()
}

/// SQL text built from the constants and metadata.
pub fn select_email() -> String {
    let meta = <models::dbo::User as Table>::META;
    format!("SELECT {} FROM {}", gen_runtime::quote_mssql(models::dbo::user::columns::EMAIL), meta.qualified_mssql())
}

/// Parses a status code.
pub fn parse(code: &str) -> Option<UserStatus> {
    code.parse().ok().or_else(|| UserStatus::from_code(code).ok())
}
"#,
    );
    let _ = &mut scratch;
    assert_ok(&scratch.check(&[]), "cargo check (default features)");
    assert_ok(&scratch.check(&["serde"]), "cargo check --features serde");
}
