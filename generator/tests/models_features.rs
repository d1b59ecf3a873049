//! The features fixture: snapshots of every generated file, and proof that the crate compiles
//! with warnings denied, with no features, `serde`, and every feature (serde, postgres,
//! tiberius) used through the generated SQL, decoding and navigation API.

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
        user.contains("\"ref\".\"UserStatus\""),
        "SQL keeps the schema name `ref`"
    );
    assert!(files.contains_key("src/audit/user.rs") && files.contains_key("src/dbo/user.rs"));
}

#[test]
fn the_generated_crate_compiles_without_warnings_with_no_and_all_features() {
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

/// Statements and navigation SQL, in both dialects, with no driver feature needed.
pub fn statements() -> Vec<&'static str> {
    use gen_runtime::{Dialect, Query};
    use models::dbo::{User, UserCompany};
    vec![
        User::sql(Dialect::Mssql).insert.as_str(),
        UserCompany::user_sql(Dialect::Postgres),
        User::user_companies_by_invited_by_sql(Dialect::Mssql),
    ]
}

/// Decoding from plain values, and navigation over any connection when a driver is on.
pub fn decode(values: &[gen_runtime::SqlValue]) -> Result<UserStatus, gen_runtime::DecodeError> {
    use gen_runtime::{Record, RowReader, ValueRow};
    let mut row = ValueRow::new(values, <models::ref_::UserStatusRow as Table>::META);
    let _ = models::ref_::UserStatusRow::decode(&mut row);
    row.reference()
}

/// The member a membership names, over any connection.
#[cfg(feature = "drivers")]
pub async fn member<C: gen_runtime::Conn>(
    uc: &models::dbo::UserCompany,
    conn: C,
) -> Result<Option<models::dbo::User>, gen_runtime::Error> {
    uc.user(conn).await
}
"#,
    );
    scratch.add_feature(
        "uses_features",
        "drivers",
        &["models/postgres", "models/tiberius"],
    );
    assert_ok(&scratch.check(&[]), "cargo check (default features)");
    assert_ok(&scratch.check(&["serde"]), "cargo check --features serde");
    let all = scratch.check_all_features();
    assert_ok(
        &all,
        "cargo check --all-features (serde, postgres, tiberius)",
    );
}
