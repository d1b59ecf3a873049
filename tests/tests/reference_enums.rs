//! Every reference table's rows in the database equal its generated enum, row for row.

use e2e::{loaded_db, schema, text_rows};
use gen_runtime::RefEnum;
use models::ref_;
use testkit::TestDb;

/// `(ID, code)` of every row, by ID, as the database holds them.
async fn db_rows<E: RefEnum>(db: &TestDb) -> Vec<(i64, String)> {
    let (schema_name, table_name) = E::TABLE.split_once('.').unwrap();
    let table = schema()
        .schemas
        .iter()
        .flat_map(|s| &s.tables)
        .find(|t| t.schema == schema_name && t.name == table_name)
        .unwrap_or_else(|| panic!("{} is not in schema.yaml", E::TABLE));
    let spec = table.enum_spec.as_ref().unwrap();
    let pk = &table.primary_key.as_ref().unwrap().columns[0];
    let sql = format!(
        "SELECT \"{pk}\", \"{}\" FROM \"{schema_name}\".\"{table_name}\" ORDER BY 1",
        spec.variant_column
    );
    text_rows(db, &sql)
        .await
        .into_iter()
        .map(|r| {
            (
                r[0].as_deref().unwrap().parse().unwrap(),
                r[1].clone().unwrap(),
            )
        })
        .collect()
}

/// `(ID, code)` of every variant, by ID.
fn enum_rows<E: RefEnum>() -> Vec<(i64, String)> {
    let mut rows: Vec<(i64, String)> = E::ALL
        .iter()
        .map(|v| (v.id(), v.code().to_owned()))
        .collect();
    rows.sort();
    rows
}

macro_rules! check_all {
    ($db:expr, $($e:ty),+ $(,)?) => {{
        let mut checked = Vec::new();
        $(
            let live = db_rows::<$e>($db).await;
            assert!(!live.is_empty(), "{} has no rows", <$e>::TABLE);
            assert_eq!(live, enum_rows::<$e>(), "{} differs from its enum", <$e>::TABLE);
            checked.push(<$e as RefEnum>::TABLE);
        )+
        checked
    }};
}

#[tokio::test]
async fn every_reference_table_equals_its_enum() {
    let db = loaded_db("ref_enums").await;
    let mut checked = check_all!(
        &db,
        ref_::Country,
        ref_::Language,
        ref_::Industry,
        ref_::Timezone,
        ref_::UserStatus,
        ref_::UserInvitationStatus,
        ref_::UserRole,
        ref_::UserCompanyRole,
        ref_::UserCompanyStatus,
        ref_::SettingCategory,
        ref_::SettingType,
        ref_::RuleType,
        ref_::CustomerTier,
        ref_::JoinedVia,
    );
    // A reference table added to schema.yaml must be added here too.
    let mut declared: Vec<String> = schema()
        .schemas
        .iter()
        .flat_map(|s| &s.tables)
        .filter(|t| t.enum_spec.is_some())
        .map(|t| format!("{}.{}", t.schema, t.name))
        .collect();
    declared.sort();
    checked.sort();
    assert_eq!(checked, declared);
}

#[tokio::test]
async fn an_id_without_a_variant_is_an_error_naming_the_table() {
    let err = ref_::UserStatus::from_id(999).unwrap_err();
    assert_eq!(err.table, "ref.UserStatus");
    assert!(err.to_string().contains("no row with ID 999"), "{err}");
}
