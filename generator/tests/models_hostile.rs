//! Hostile identifiers: keywords, digits, spaces, quotes, `*/`, `]`, `}`, `include!(…)` and
//! unicode. The generated crate must compile with warnings denied and keep every SQL name.

mod models_support;

use std::collections::BTreeSet;

use generator::render;
use models_support::{Scratch, assert_ok, load};
use proc_macro2::{TokenStream, TokenTree};

/// Collects the value of every string literal in `tokens` (doc comments included).
fn literals(tokens: TokenStream, out: &mut BTreeSet<String>) {
    for tt in tokens {
        match tt {
            TokenTree::Group(g) => literals(g.stream(), out),
            TokenTree::Literal(l) => {
                if let Ok(s) = syn::parse_str::<syn::LitStr>(&l.to_string()) {
                    out.insert(s.value());
                }
            }
            _ => {}
        }
    }
}

/// The golden of the hostile fixture's crate (as diesel keeps one for its injection fixture):
/// every file gen writes for it, so a change to how hostile text is escaped or named shows
/// up as a reviewed snapshot diff. Re-bless: see README.md, "Working on gen".
#[test]
fn generated_files_match_the_golden() {
    let files = render::render(&load("hostile"), None).expect("renders");
    let names: Vec<&str> = files.keys().map(String::as_str).collect();
    insta::assert_debug_snapshot!("hostile_file_list", names);
    for (path, text) in &files {
        let name = format!("hostile__{}", path.replace(['/', '.'], "_"));
        insta::assert_snapshot!(name, text);
    }
}

#[test]
fn every_sql_name_is_kept_verbatim_in_the_metadata() {
    let db = load("hostile");
    let files = render::render(&db, None).expect("renders");
    let mut lits = BTreeSet::new();
    for (path, text) in files.iter().filter(|(p, _)| p.ends_with(".rs")) {
        let tokens: TokenStream = text.parse().unwrap_or_else(|e| panic!("{path}: {e}"));
        literals(tokens, &mut lits);
    }
    for schema in &db.schemas {
        assert!(lits.contains(&schema.name), "schema {:?} lost", schema.name);
        for table in &schema.tables {
            assert!(lits.contains(&table.name), "table {:?} lost", table.name);
            for column in &table.columns {
                assert!(lits.contains(&column.name), "column {:?} lost", column.name);
            }
        }
    }
    assert!(lits.contains("a]b\"c") && lits.contains("PK_type]"));
}

#[test]
fn collisions_are_resolved_in_source_order_and_reported() {
    let mut db = generator::pipeline::parse_schema(&models_support::fixture("hostile")).unwrap();
    let diags = generator::naming::assign(&mut db);
    assert!(!diags.has_errors(), "{diags}");
    let warnings: Vec<String> = diags.warnings().map(|d| d.message.clone()).collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("`UserID` and `User_ID` both become `user_id`")),
        "{warnings:?}"
    );
    let t = db.table("self", "type").unwrap();
    let fields: Vec<&str> = t.columns.iter().map(|c| c.rust_field.as_str()).collect();
    assert_eq!(&fields[..4], ["user_id", "user_id_2", "self_", "r#async"]);
    assert_eq!(db.schemas[1].rust_module, "self_");
    assert_eq!(t.rust_module, "type_");
    let band = db.table("ref", "Age Band").unwrap();
    let variants: Vec<&str> = band.rows.iter().map(|r| r.rust_variant.as_str()).collect();
    assert_eq!(
        variants,
        ["_1824", "PendingApproval", "Gen", "Self_", "名前", "ABC"]
    );
}

#[test]
fn navigation_methods_never_clash_or_shadow_query_methods() {
    let mut db = generator::pipeline::parse_schema(&models_support::fixture("hostile")).unwrap();
    let diags = generator::naming::assign(&mut db);
    let fk = |table: &str, name: &str| {
        let t = db.table("self", table).unwrap();
        let k = t.foreign_keys.iter().find(|k| k.name == name).unwrap();
        (k.rust_forward.clone(), k.rust_reverse.clone())
    };
    // Order gets `items` forward (to Items) first, so Item's reverse on Order is numbered.
    assert_eq!(
        fk("Order", "FK_Order_Items"),
        ("items".into(), "orders".into())
    );
    assert_eq!(
        fk("Item", "FK_Item_Order"),
        ("order".into(), "items_2".into())
    );
    // `key` is Query::key: the forward navigation into table Key is numbered instead.
    assert_eq!(fk("Item", "FK_Item_Key"), ("key_2".into(), "items".into()));
    let warnings: Vec<String> = diags.warnings().map(|d| d.message.clone()).collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("methods of `self.Order`")
                && w.contains("`FK_Order_Items` and `FK_Item_Order` both become `items`")),
        "{warnings:?}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("`FK_Item_Key` is named `key_2`")),
        "{warnings:?}"
    );
}

#[test]
fn empty_or_duplicate_variant_names_are_errors_at_the_row() {
    let mut db = generator::pipeline::parse_schema(&models_support::fixture("hostile")).unwrap();
    let band = db.schemas[0]
        .tables
        .iter_mut()
        .find(|t| t.name == "Age Band")
        .unwrap();
    band.rows[2].values[1].1 = generator::ir::Value::Text("pending-approval".into());
    band.rows[3].values[1].1 = generator::ir::Value::Text("*/".into());
    let diags = generator::naming::assign(&mut db);
    let errors: Vec<String> = diags
        .0
        .iter()
        .filter(|d| d.severity == generator::diag::Severity::Error)
        .map(|d| d.to_string())
        .collect();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors[0].contains(
        "\"Pending Approval\" and \"pending-approval\" both give the variant `PendingApproval`"
    ));
    assert!(
        errors[0].contains("hostile/schema.yaml:"),
        "names the row's file:line:column: {}",
        errors[0]
    );
    assert!(errors[1].contains("\"*/\" gives no Rust variant name"));
}

#[test]
fn the_hostile_crate_compiles_without_warnings() {
    let scratch = Scratch::new("hostile");
    generator::commands::models::generate(&load("hostile"), &scratch.out(), None, false).unwrap();
    assert_ok(
        &scratch.check(&["serde"]),
        "cargo check of the hostile crate",
    );
}
