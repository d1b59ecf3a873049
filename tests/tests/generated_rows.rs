//! The generated crate's SQL, decoding and relationships on a real PostgreSQL loaded from
//! `gen ddl --dialect postgres`: insert through a `New…` struct, read back, update
//! (`UpdatedDate` moves), soft delete (hidden by default), navigate every kind of foreign key
//! both ways, and decoding errors that name the table, the column and what was found.

use std::time::Duration;

use e2e::loaded_db;
use gen_runtime::Defaulted::Default as Db;
use gen_runtime::{DecodeError, NewRecord, Query, Table, ToValue};
use models::dbo::company::NewCompany;
use models::dbo::user::NewUser;
use models::dbo::user_company::NewUserCompany;
use models::dbo::{User, UserCompany};
use models::ref_::{JoinedVia, UserCompanyRole, UserCompanyStatus, UserStatus};
use tokio_postgres::Client;

fn new_user(email: &str) -> NewUser {
    NewUser {
        email: email.to_owned(),
        password_hash: "$2b$04$hash".into(),
        first_name: Some("Alice".into()),
        last_name: None,
        phone: None,
        role_title: None,
        is_email_verified: Db,
        email_verified_date: None,
        onboarding_complete: Db,
        last_login: None,
        access_token_version: Db,
        status_id: UserStatus::Active,
        created_date: Db,
        created_by: None,
        updated_date: Db,
        updated_by: None,
        is_deleted: Db,
        deleted_date: None,
        deleted_by: None,
    }
}

async fn client(db: &testkit::TestDb) -> Client {
    db.client().await.unwrap_or_else(|e| panic!("{e}"))
}

#[tokio::test]
async fn insert_read_update_and_soft_delete() {
    let db = loaded_db("rows_crud").await;
    let c = client(&db).await;
    let user = new_user("a@example.com").insert(&c).await.unwrap();
    assert!(user.user_id > 0);
    assert_eq!(user.access_token_version, 1, "database default came back");
    assert!(!user.is_deleted);

    let key = vec![user.user_id.to_value()];
    let found = User::find(&c, key.clone()).await.unwrap();
    assert_eq!(found.as_ref(), Some(&user));

    tokio::time::sleep(Duration::from_millis(20)).await;
    let saved = user
        .set(|u| u.first_name = Some("Alicia".into()))
        .save(&c)
        .await
        .unwrap();
    let updated = User::find(&c, key.clone()).await.unwrap().unwrap();
    assert_eq!(saved, updated, "the row as stored came back");
    assert_eq!(updated.first_name.as_deref(), Some("Alicia"));
    assert!(
        updated.updated_date > user.updated_date,
        "UpdatedDate moved"
    );
    assert_eq!(updated.created_date, user.created_date);

    let other = new_user("b@example.com").insert(&c).await.unwrap();
    assert_eq!(
        updated.soft_delete(&c, Some(other.user_id)).await.unwrap(),
        1
    );
    assert_eq!(
        updated.soft_delete(&c, None).await.unwrap(),
        0,
        "already deleted"
    );
    assert_eq!(User::find(&c, key.clone()).await.unwrap(), None);
    let deleted = User::find_including_deleted(&c, key)
        .await
        .unwrap()
        .unwrap();
    assert!(deleted.is_deleted && deleted.deleted_date.is_some());
    assert_eq!(deleted.deleted_by, Some(other.user_id));
    let live: Vec<i64> = User::all(&c)
        .await
        .unwrap()
        .iter()
        .map(|u| u.user_id)
        .collect();
    assert_eq!(live, [other.user_id]);
    assert_eq!(User::all_including_deleted(&c).await.unwrap().len(), 2);
}

#[tokio::test]
async fn foreign_keys_navigate_both_ways() {
    let db = loaded_db("rows_nav").await;
    let c = client(&db).await;
    let member = new_user("member@example.com").insert(&c).await.unwrap();
    let inviter = new_user("inviter@example.com").insert(&c).await.unwrap();
    let company = NewCompany {
        company_name: "Acme".into(),
        abn: None,
        acn: None,
        trading_name: None,
        entity_type_code: None,
        entity_type_name: None,
        gst_registered: Db,
        is_active: Db,
        created_date: Db,
        created_by: None,
        updated_date: Db,
        updated_by: None,
        is_deleted: Db,
        deleted_date: None,
        deleted_by: None,
    };
    let company = company.insert(&c).await.unwrap();
    let uc = NewUserCompany {
        user_id: member.user_id,
        company_id: company.company_id,
        user_company_role_id: UserCompanyRole::Admin,
        user_company_status_id: UserCompanyStatus::Active,
        joined_via: JoinedVia::Invitation,
        is_default_company: Db,
        invited_by: Some(inviter.user_id),
        created_date: Db,
        created_by: None,
        updated_date: Db,
        updated_by: None,
        is_deleted: Db,
        deleted_date: None,
        deleted_by: None,
    };
    let uc = uc.insert(&c).await.unwrap();

    assert_eq!(uc.user(&c).await.unwrap(), Some(member.clone()));
    assert_eq!(uc.invited_by_user(&c).await.unwrap(), Some(inviter.clone()));
    assert_eq!(uc.company(&c).await.unwrap(), Some(company.clone()));
    assert_eq!(
        member.user_companies(&c).await.unwrap(),
        std::slice::from_ref(&uc)
    );
    assert_eq!(
        inviter.user_companies_by_invited_by(&c).await.unwrap(),
        std::slice::from_ref(&uc)
    );
    assert!(inviter.user_companies(&c).await.unwrap().is_empty());
    assert!(
        member
            .user_companies_by_invited_by(&c)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        company.user_companies(&c).await.unwrap(),
        std::slice::from_ref(&uc)
    );

    // dbo → ref, both ways.
    let status = member.status(&c).await.unwrap().unwrap();
    assert_eq!(status.code, UserStatus::Active.code());
    let active: Vec<i64> = status
        .users_by_status(&c)
        .await
        .unwrap()
        .iter()
        .map(|u| u.user_id)
        .collect();
    assert_eq!(active, [member.user_id, inviter.user_id]);
    let role = uc.user_company_role(&c).await.unwrap().unwrap();
    assert_eq!(role.user_company_role_id, UserCompanyRole::Admin.id());

    // A NULL key navigates to nothing; a soft-deleted row is left out.
    let mut solo = uc.clone();
    solo.invited_by = None;
    assert_eq!(solo.invited_by_user(&c).await.unwrap(), None);
    uc.soft_delete(&c, None).await.unwrap();
    assert!(member.user_companies(&c).await.unwrap().is_empty());
}

/// Every column of `dbo.User` in order, with `column` replaced by `expr`.
fn user_select_with(column: &str, expr: &str) -> String {
    let cols: Vec<String> = User::META
        .columns
        .iter()
        .map(|c| {
            if c.name == column {
                format!("{expr} AS \"{}\"", c.name)
            } else {
                format!("\"{}\"", c.name)
            }
        })
        .collect();
    format!("SELECT {} FROM \"dbo\".\"User\"", cols.join(", "))
}

async fn decode_error(c: &Client, column: &str, expr: &str) -> DecodeError {
    let rows = c.query(&user_select_with(column, expr), &[]).await.unwrap();
    assert_eq!(rows.len(), 1);
    gen_runtime::pg::decode_all::<User>(&rows).unwrap_err()
}

#[tokio::test]
async fn rows_that_do_not_fit_name_table_column_and_what_was_found() {
    let db = loaded_db("rows_decode").await;
    let c = client(&db).await;
    new_user("a@example.com").insert(&c).await.unwrap();

    let wrong = decode_error(&c, "Email", "42").await;
    assert_eq!((wrong.table.as_str(), wrong.column), ("dbo.User", "Email"));
    assert!(wrong.found.contains("int4"), "{wrong}");

    let null = decode_error(&c, "PasswordHash", "NULL::text").await;
    assert_eq!(null.column, "PasswordHash");
    assert_eq!(null.found, "NULL");

    let unknown = decode_error(&c, "StatusID", "99").await;
    assert_eq!(unknown.column, "StatusID");
    assert!(
        unknown.found.contains("ID 99") && unknown.found.contains("ref.UserStatus"),
        "{unknown}"
    );
    let text = unknown.to_string();
    assert!(
        text.contains("a row of dbo.User does not fit column StatusID"),
        "{text}"
    );

    let missing = c
        .query("SELECT \"UserID\" FROM \"dbo\".\"User\"", &[])
        .await
        .unwrap();
    let err = gen_runtime::pg::decode_all::<User>(&missing).unwrap_err();
    assert_eq!(err.column, "Email");
    assert_eq!(err.found, "no such column in the statement");
}

#[tokio::test]
async fn column_positions_come_from_the_statement_not_the_struct_order() {
    let db = loaded_db("rows_index").await;
    let c = client(&db).await;
    let user = new_user("a@example.com").insert(&c).await.unwrap();
    let mut cols: Vec<String> = User::META
        .columns
        .iter()
        .map(|c| format!("\"{}\"", c.name))
        .collect();
    cols.reverse();
    let sql = format!("SELECT {} FROM \"dbo\".\"User\"", cols.join(", "));
    let statement = c.prepare(&sql).await.unwrap();
    let index = gen_runtime::pg::column_index::<User>(&statement).unwrap();
    let rows = c.query(&statement, &[]).await.unwrap();
    let decoded = gen_runtime::pg::decode_indexed::<User>(&rows[0], &index).unwrap();
    assert_eq!(decoded, user);

    let ids = c
        .query("SELECT \"StatusID\" FROM \"dbo\".\"User\"", &[])
        .await
        .unwrap();
    let status: UserStatus = gen_runtime::pg::reference(&ids[0], User::META, "StatusID").unwrap();
    assert_eq!(status, UserStatus::Active);
    let sql = <UserCompany as gen_runtime::Query>::sql(gen_runtime::Dialect::Postgres);
    assert!(sql.soft_delete.is_some());
}
