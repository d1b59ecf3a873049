//! The generated T-SQL, parsed with sqlparser's SQL Server dialect, and the same statements
//! run through tiberius when `MSSQL_URL` is set (each live test in its own database).

use gen_runtime::{ColumnMeta, Dialect, Query, Statements, TableMeta};
use models::dbo::{User, UserCompany};
use models::ref_::UserStatusRow;
use sqlparser::dialect::MsSqlDialect;
use sqlparser::parser::Parser;

fn parses(sql: &str) {
    if let Err(e) = Parser::parse_sql(&MsSqlDialect {}, sql) {
        panic!("T-SQL does not parse: {e}\n{sql}");
    }
}

fn every(s: &Statements) -> Vec<&str> {
    let mut all = vec![
        s.select.as_str(),
        s.select_including_deleted.as_str(),
        s.by_key.as_str(),
        s.by_key_including_deleted.as_str(),
        s.insert.as_str(),
    ];
    all.extend(s.update.as_deref());
    all.extend(s.soft_delete.as_deref());
    all
}

#[test]
fn every_statement_of_every_kind_of_table_parses() {
    for s in [
        User::sql(Dialect::Mssql),
        UserCompany::sql(Dialect::Mssql),
        UserStatusRow::sql(Dialect::Mssql),
        models::audit::User::sql(Dialect::Mssql),
    ] {
        every(s).into_iter().for_each(parses);
    }
    for sql in [
        UserCompany::user_sql(Dialect::Mssql),
        UserCompany::invited_by_user_sql(Dialect::Mssql),
        User::user_companies_by_invited_by_sql(Dialect::Mssql),
        User::status_sql(Dialect::Mssql),
        UserStatusRow::users_by_status_sql(Dialect::Mssql),
    ] {
        parses(sql);
    }
}

#[test]
fn inserts_return_the_row_by_scope_identity_so_triggers_do_not_break_them() {
    let insert = &User::sql(Dialect::Mssql).insert;
    assert!(
        insert.starts_with("INSERT INTO [dbo].[User] ([Email], "),
        "{insert}"
    );
    assert!(
        insert.ends_with(" FROM [dbo].[User] WHERE [UserID] = SCOPE_IDENTITY();"),
        "{insert}"
    );
    assert!(
        !insert.contains("OUTPUT") && !insert.contains("@k"),
        "no bare OUTPUT, no table variable beside a trigger: {insert}"
    );
    let pg = &User::sql(Dialect::Postgres).insert;
    assert!(pg.contains(") RETURNING \"UserID\", \"Email\""), "{pg}");
}

#[test]
fn soft_deleted_rows_are_left_out_unless_asked_for() {
    let s = User::sql(Dialect::Mssql);
    assert!(
        s.select
            .ends_with(" FROM [dbo].[User] WHERE [IsDeleted] = 0")
    );
    assert!(!s.select_including_deleted.contains(" WHERE "));
    assert!(
        s.by_key
            .ends_with("WHERE [UserID] = @P1 AND [IsDeleted] = 0")
    );
    let delete = s.soft_delete.as_deref().unwrap();
    assert!(
        delete.starts_with(
            "UPDATE [dbo].[User] SET [IsDeleted] = 1, [DeletedDate] = GETUTCDATE(), [DeletedBy] = @P1, [UpdatedDate] = GETUTCDATE() WHERE [UserID] = @P2"
        ),
        "{delete}"
    );
    let update = s.update.as_deref().unwrap();
    assert!(update.contains("[UpdatedDate] = GETUTCDATE() WHERE [UserID] = @P"));
    assert!(
        UserStatusRow::sql(Dialect::Mssql).soft_delete.is_none(),
        "no audit columns"
    );
    let pg = User::sql(Dialect::Postgres);
    assert!(pg.select.ends_with("WHERE \"IsDeleted\" = false"));
    assert!(
        pg.update
            .as_deref()
            .unwrap()
            .contains("\"UpdatedDate\" = (now() AT TIME ZONE 'utc')")
    );
}

#[test]
fn schema_ref_is_quoted_never_renamed() {
    let sql = User::status_sql(Dialect::Mssql);
    assert!(
        sql.contains(" FROM [ref].[UserStatus] WHERE [UserStatusID] = @P1"),
        "{sql}"
    );
    let pg = User::status_sql(Dialect::Postgres);
    assert!(
        pg.contains(" FROM \"ref\".\"UserStatus\" WHERE \"UserStatusID\" = $1"),
        "{pg}"
    );
}

static HOSTILE: TableMeta = TableMeta {
    schema: "we]ird",
    name: "Ta\"ble]; DROP TABLE x; --",
    columns: &[
        ColumnMeta::new("Id]", "int", false, true, None),
        ColumnMeta::new("Na\"me", "nvarchar(50)", false, false, None),
        ColumnMeta::new("IsDeleted", "bit", false, false, Some("false")),
        ColumnMeta::new("DeletedDate", "datetime2(7)", true, false, None),
        ColumnMeta::new("DeletedBy", "bigint", true, false, None),
    ],
    primary_key_name: "PK",
    primary_key: &["Id]"],
    foreign_keys: &[],
    uniques: &[],
    indexes: &[],
};

#[test]
fn hostile_names_stay_inside_their_quotes() {
    let s = &Statements::build(&HOSTILE, Dialect::Mssql);
    every(s).into_iter().for_each(parses);
    assert!(
        s.select
            .contains("FROM [we]]ird].[Ta\"ble]]; DROP TABLE x; --]")
    );
    let pg = Statements::build(&HOSTILE, Dialect::Postgres);
    assert!(
        pg.insert
            .contains("\"Ta\"\"ble]; DROP TABLE x; --\" (\"Na\"\"me\", "),
        "{}",
        pg.insert
    );
}

#[tokio::test]
#[ignore = "set MSSQL_URL"]
async fn insert_read_and_navigate_on_sql_server() {
    let db = e2e::mssql_loaded_db("tsqlnav").await;
    let pool = e2e::mssql_pool(&db);
    let mut conn = pool.get().await.unwrap();
    let client = conn.client().await.unwrap();
    let new = models::dbo::user::NewUser {
        email: format!("tds-{}@example.com", std::process::id()),
        password_hash: "x".into(),
        first_name: None,
        last_name: None,
        phone: None,
        role_title: None,
        email_verified_date: None,
        last_login: None,
        status_id: models::ref_::UserStatus::Active,
        created_by: None,
        updated_by: None,
        deleted_date: None,
        deleted_by: None,
    };
    let user = gen_runtime::NewRecord::insert(&new, &mut *client)
        .await
        .unwrap();
    let key = vec![gen_runtime::ToValue::to_value(&user.user_id)];
    let found = User::find(&mut *client, key).await.unwrap();
    assert_eq!(found.as_ref(), Some(&user));
    let status = user.status(&mut *client).await.unwrap().unwrap();
    assert_eq!(status.code, "ACTIVE");
    assert_eq!(user.soft_delete(&mut *client, None).await.unwrap(), 1);
}
