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
    let phone = user().set(|u| u.phone = Some("+61400000000".into()));
    let update = phone.sql(Dialect::Mssql).unwrap().unwrap();
    assert!(
        update.contains(
            "UPDATE [dbo].[User] SET [Phone] = @P1, [UpdatedDate] = GETUTCDATE() WHERE [UserID] = @P2; \
             IF @@ROWCOUNT > 0 SELECT "
        ),
        "{update}"
    );
    parses(update);
    assert!(
        UserStatusRow::sql(Dialect::Mssql).soft_delete.is_none(),
        "no audit columns"
    );
    let pg = User::sql(Dialect::Postgres);
    assert!(pg.select.ends_with("WHERE \"IsDeleted\" = false"));
    assert_eq!(
        phone.sql(Dialect::Postgres).unwrap(),
        Some(
            "UPDATE \"dbo\".\"User\" SET \"Phone\" = $1, \"UpdatedDate\" = (now() AT TIME ZONE 'utc') \
             WHERE \"UserID\" = $2 RETURNING \"UserID\", \"Email\", \"PasswordHash\", \"FirstName\", \
             \"LastName\", \"Phone\", \"RoleTitle\", \"IsEmailVerified\", \"EmailVerifiedDate\", \
             \"OnboardingComplete\", \"LastLogin\", \"AccessTokenVersion\", \"StatusID\", \
             \"CreatedDate\", \"CreatedBy\", \"UpdatedDate\", \"UpdatedBy\", \"IsDeleted\", \
             \"DeletedDate\", \"DeletedBy\""
        )
    );
    assert_eq!(
        user().set(|_| {}).sql(Dialect::Postgres).unwrap(),
        None,
        "nothing changed"
    );
}

/// A `dbo.User` row as read.
fn user() -> User {
    let t = chrono::NaiveDate::from_ymd_opt(2026, 1, 2)
        .and_then(|d| d.and_hms_opt(3, 4, 5))
        .unwrap();
    User {
        user_id: 7,
        email: "a@example.com".into(),
        password_hash: "x".into(),
        first_name: None,
        last_name: None,
        phone: None,
        role_title: None,
        is_email_verified: false,
        email_verified_date: None,
        onboarding_complete: false,
        last_login: None,
        access_token_version: 1,
        status_id: models::ref_::UserStatus::Active,
        created_date: t,
        created_by: None,
        updated_date: t,
        updated_by: None,
        is_deleted: false,
        deleted_date: None,
        deleted_by: None,
    }
}

/// A new `dbo.User` leaving every defaulted column to the database.
fn new_user(email: String) -> models::dbo::user::NewUser {
    use gen_runtime::Defaulted::Default as Db;
    models::dbo::user::NewUser {
        email,
        password_hash: "x".into(),
        first_name: None,
        last_name: None,
        phone: None,
        role_title: None,
        is_email_verified: Db,
        email_verified_date: None,
        onboarding_complete: Db,
        last_login: None,
        access_token_version: Db,
        status_id: models::ref_::UserStatus::Active,
        created_date: Db,
        created_by: None,
        updated_date: Db,
        updated_by: None,
        is_deleted: Db,
        deleted_date: None,
        deleted_by: None,
    }
}

#[test]
fn writes_of_every_shape_parse_as_t_sql() {
    use gen_runtime::NewRecord;
    let mut new = new_user("b@example.com".into());
    new.is_email_verified = gen_runtime::Defaulted::Value(true);
    let insert = new.insert_sql(Dialect::Mssql).unwrap();
    assert!(
        insert.contains("VALUES (@P1, @P2, @P3, @P4, @P5, @P6, @P7, @P8, DEFAULT, @P9, DEFAULT,"),
        "{insert}"
    );
    parses(insert);
    let upsert = new
        .upsert_sql(Dialect::Mssql, &[models::dbo::user::columns::EMAIL])
        .unwrap();
    assert!(
        upsert.starts_with("UPDATE [dbo].[User] WITH (UPDLOCK, SERIALIZABLE) SET"),
        "{upsert}"
    );
    assert!(
        !upsert.contains("[CreatedBy] ="),
        "an upsert never rewrites CreatedBy: {upsert}"
    );
    parses(upsert);
    let refused = user()
        .set(|u| u.created_date = chrono::NaiveDateTime::MIN)
        .sql(Dialect::Mssql);
    assert!(refused.is_err_and(|e| {
        e.to_string()
            .contains("dbo.User.CreatedDate cannot be written")
    }));
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
    kind: gen_runtime::TableKind::Table,
    primary_key: Some(gen_runtime::PrimaryKeyMeta {
        name: "PK",
        columns: &["Id]"],
    }),
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
    let new = new_user(format!("tds-{}@example.com", std::process::id()));
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
