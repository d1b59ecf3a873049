//! The generated crate's API on tiberius against a live TDS server (`MSSQL_URL`: SQL Server, or
//! Babelfish in multi-db mode), each test in its own database loaded from
//! `gen ddl --dialect mssql`: insert through `OUTPUT … INTO` a table variable on a table with a
//! trigger, find, update (`UpdatedDate` moves), soft delete, navigation both ways, and NULL
//! parameters of every kind reaching the server typed.

use std::time::Duration;

use e2e::mssql_loaded_db;
use gen_runtime::Defaulted::Default as Db;
use gen_runtime::{NewRecord, Query, ToValue};
use models::audit::AuditUserChangeType;
use models::dbo::company::NewCompany;
use models::dbo::user::NewUser;
use models::dbo::user_company::NewUserCompany;
use models::dbo::{Company, User, UserCompany};
use models::ref_::{JoinedVia, UserCompanyRole, UserCompanyStatus, UserStatus};
use testkit::mssql::{MssqlClient, MssqlDb, query_text};

/// An `AFTER INSERT, UPDATE` trigger that writes an audit row (which has an identity of its
/// own): SQL Server refuses a bare `OUTPUT INSERTED` on such a table (error 334), and
/// `@@IDENTITY` would return the audit row's key.
const TRIGGER: &str = "CREATE TRIGGER [dbo].[TR_User_Audit] ON [dbo].[User] AFTER INSERT, UPDATE AS
BEGIN
  SET NOCOUNT ON;
  INSERT INTO [audit].[User] ([UserID], [ChangeType])
  SELECT [UserID], CASE WHEN EXISTS (SELECT 1 FROM deleted) THEN 'UPDATE' ELSE 'CREATE' END FROM inserted;
END";

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

fn new_company(name: &str) -> NewCompany {
    NewCompany {
        company_name: name.to_owned(),
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
    }
}

async fn client(db: &MssqlDb) -> MssqlClient {
    db.client().await.unwrap_or_else(|e| panic!("{e}"))
}

/// `(UserID, ChangeType)` of every audit row in order, through the generated `audit.User`
/// (its `ChangeType` is the check enum `AuditUserChangeType`).
async fn audit_rows(c: &mut MssqlClient) -> Vec<(i64, AuditUserChangeType)> {
    let mut rows = models::audit::User::all(&mut *c).await.unwrap();
    rows.sort_by_key(|r| r.audit_user_id);
    rows.into_iter()
        .map(|r| (r.user_id, r.change_type))
        .collect()
}

#[tokio::test]
#[ignore = "set MSSQL_URL"]
async fn insert_on_a_table_with_a_trigger_find_update_and_soft_delete() {
    let db = mssql_loaded_db("api_crud").await;
    db.run(TRIGGER).await.unwrap();
    let mut c = client(&db).await;
    // Push audit.User's identity ahead of dbo.User's, so a key taken from the wrong table
    // (@@IDENTITY after the trigger) would not match.
    testkit::mssql::run_script(
        &mut c,
        "INSERT INTO audit.[User] (UserID, ChangeType) VALUES (0, 'CREATE'), (0, 'CREATE'), (0, 'CREATE')",
    )
    .await
    .unwrap();

    let user = new_user("a@example.com").insert(&mut c).await.unwrap();
    assert_eq!(user.user_id, 1, "dbo.User's own identity came back");
    assert_eq!(user.access_token_version, 1, "database default came back");
    assert_eq!(user.first_name.as_deref(), Some("Alice"));
    assert!(!user.is_deleted && user.last_name.is_none());
    assert_eq!(
        audit_rows(&mut c).await.last().cloned(),
        Some((1, AuditUserChangeType::Create)),
        "the trigger ran"
    );

    let key = vec![user.user_id.to_value()];
    let found = User::find(&mut c, key.clone()).await.unwrap();
    assert_eq!(found.as_ref(), Some(&user));

    tokio::time::sleep(Duration::from_millis(20)).await;
    let saved = user
        .set(|u| {
            u.first_name = Some("Alicia".into());
            u.last_name = Some("Smith".into());
            u.role_title = None;
        })
        .save(&mut c)
        .await
        .unwrap();
    let updated = User::find(&mut c, key.clone()).await.unwrap().unwrap();
    assert_eq!(saved, updated, "the row as stored came back");
    assert_eq!(updated.first_name.as_deref(), Some("Alicia"));
    assert_eq!(updated.last_name.as_deref(), Some("Smith"));
    assert!(
        updated.updated_date > user.updated_date,
        "UpdatedDate moved"
    );
    assert_eq!(updated.created_date, user.created_date);
    assert_eq!(
        audit_rows(&mut c).await.last().cloned(),
        Some((1, AuditUserChangeType::Update))
    );

    let other = new_user("b@example.com").insert(&mut c).await.unwrap();
    assert_eq!(other.user_id, 2);
    assert_eq!(
        updated
            .soft_delete(&mut c, Some(other.user_id))
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        updated.soft_delete(&mut c, None).await.unwrap(),
        0,
        "already deleted"
    );
    assert_eq!(User::find(&mut c, key.clone()).await.unwrap(), None);
    let deleted = User::find_including_deleted(&mut c, key)
        .await
        .unwrap()
        .unwrap();
    assert!(deleted.is_deleted && deleted.deleted_date.is_some());
    assert_eq!(deleted.deleted_by, Some(other.user_id));
    let live: Vec<i64> = User::all(&mut c)
        .await
        .unwrap()
        .iter()
        .map(|u| u.user_id)
        .collect();
    assert_eq!(live, [other.user_id]);
    assert_eq!(User::all_including_deleted(&mut c).await.unwrap().len(), 2);
}

/// What `OUTPUT INSERTED` does on a table with a trigger: SQL Server refuses it bare (error 334)
/// and takes it `INTO` a table variable; Babelfish 4.2.0 takes it bare and refuses the table
/// variable. The generated insert needs neither (`SCOPE_IDENTITY()`); the test says which
/// server answered.
#[tokio::test]
#[ignore = "set MSSQL_URL"]
async fn bare_output_inserted_on_a_table_with_a_trigger() {
    let db = mssql_loaded_db("api_output").await;
    db.run(TRIGGER).await.unwrap();
    let mut c = client(&db).await;
    let server = testkit::mssql::describe_server(&mut c).await.unwrap();
    let result = match c
        .simple_query(
            "INSERT INTO dbo.[User] (Email, PasswordHash, StatusID) OUTPUT INSERTED.UserID VALUES (N'x@example.com', N'h', 1)",
        )
        .await
    {
        Ok(stream) => stream.into_results().await.map(drop),
        Err(e) => Err(e),
    }
    .map_err(|e| e.to_string());
    if server.starts_with("Babelfish") {
        eprintln!("{server}: bare OUTPUT INSERTED on a table with a trigger gave {result:?}");
    } else {
        let e =
            result.expect_err("SQL Server refuses OUTPUT without INTO on a table with a trigger");
        assert!(e.contains("OUTPUT"), "{server}: {e}");
    }
    // A table variable beside that insert: SQL Server's documented way; Babelfish 4.2.0 fails
    // the whole batch ("portal snapshots … did not account for all active snapshots", or a
    // foreign key's table "does not exist"), which is why the generated insert uses neither.
    let with_variable = match c
        .simple_query(
            "DECLARE @k TABLE (UserID bigint); INSERT INTO dbo.[User] (Email, PasswordHash, StatusID) OUTPUT INSERTED.UserID INTO @k VALUES (N'z@example.com', N'h', 1); SELECT UserID FROM @k",
        )
        .await
    {
        Ok(stream) => stream.into_results().await.map(drop),
        Err(e) => Err(e),
    }
    .map_err(|e| e.to_string());
    if server.starts_with("Babelfish") {
        let e = with_variable.expect_err("Babelfish fixed OUTPUT … INTO a table variable beside a trigger: the generated insert may use it again");
        eprintln!("{server}: OUTPUT … INTO @k on a table with a trigger: {e}");
    } else {
        assert_eq!(with_variable, Ok(()), "{server}");
    }
    // The generated insert works either way (on a new session: once, in a parallel run, the
    // session that just failed the batch above failed the next statement too on Babelfish).
    let mut fresh = client(&db).await;
    let user = new_user("y@example.com").insert(&mut fresh).await.unwrap();
    assert!(user.user_id > 0, "{server}");
}

#[tokio::test]
#[ignore = "set MSSQL_URL"]
async fn foreign_keys_navigate_both_ways() {
    let db = mssql_loaded_db("api_nav").await;
    let mut c = client(&db).await;
    let member = new_user("member@example.com").insert(&mut c).await.unwrap();
    let inviter = new_user("inviter@example.com")
        .insert(&mut c)
        .await
        .unwrap();
    let company = new_company("Acme").insert(&mut c).await.unwrap();
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
    let uc = uc.insert(&mut c).await.unwrap();

    assert_eq!(uc.user(&mut c).await.unwrap(), Some(member.clone()));
    assert_eq!(
        uc.invited_by_user(&mut c).await.unwrap(),
        Some(inviter.clone())
    );
    assert_eq!(uc.company(&mut c).await.unwrap(), Some(company.clone()));
    assert_eq!(
        member.user_companies(&mut c).await.unwrap(),
        std::slice::from_ref(&uc)
    );
    assert_eq!(
        inviter.user_companies_by_invited_by(&mut c).await.unwrap(),
        std::slice::from_ref(&uc)
    );
    assert!(inviter.user_companies(&mut c).await.unwrap().is_empty());
    assert_eq!(
        company.user_companies(&mut c).await.unwrap(),
        std::slice::from_ref(&uc)
    );

    // dbo → ref, both ways.
    let status = member.status(&mut c).await.unwrap().unwrap();
    assert_eq!(status.code, UserStatus::Active.code());
    let active: Vec<i64> = status
        .users_by_status(&mut c)
        .await
        .unwrap()
        .iter()
        .map(|u| u.user_id)
        .collect();
    assert_eq!(active, [member.user_id, inviter.user_id]);
    let role = uc.user_company_role(&mut c).await.unwrap().unwrap();
    assert_eq!(role.user_company_role_id, UserCompanyRole::Admin.id());

    // A NULL key navigates to nothing; a soft-deleted row is left out.
    let mut solo = uc.clone();
    solo.invited_by = None;
    assert_eq!(solo.invited_by_user(&mut c).await.unwrap(), None);
    uc.soft_delete(&mut c, None).await.unwrap();
    assert!(member.user_companies(&mut c).await.unwrap().is_empty());
    assert_eq!(
        UserCompany::find_including_deleted(&mut c, uc.key())
            .await
            .unwrap()
            .map(|u| u.is_deleted),
        Some(true)
    );
    assert_eq!(
        Company::find(&mut c, company.key()).await.unwrap(),
        Some(company)
    );
}

/// The service API on the TDS server: a defaulted column given and left, an upsert
/// (`MERGE`), an update of one column that leaves another writer's column and `CreatedDate`,
/// an upsert onto a soft-deleted row, finders live vs soft-deleted, ordering, paging, counts.
#[tokio::test]
#[ignore = "set MSSQL_URL"]
async fn service_api_writes_finders_and_pages() {
    use gen_runtime::{Defaulted, Direction};
    use models::dbo::user::columns as u;
    let db = mssql_loaded_db("svc_api").await;
    let mut c = client(&db).await;
    let left = new_user("left@x").insert(&mut c).await.unwrap();
    assert!(!left.is_email_verified, "the database default");
    let mut given = new_user("given@x");
    given.is_email_verified = Defaulted::Value(true);
    let given = given.insert(&mut c).await.unwrap();
    assert!(given.is_email_verified);

    // Not insert_many: on Babelfish 4.2.0 a multi-row insert through `OUTPUT … INTO @k` into
    // dbo.User fails its foreign key check ("relation <db>.userstatus does not exist"), while
    // the one-row form (read back by SCOPE_IDENTITY()) works; README, SQL Server section.
    let mut stored = Vec::new();
    for email in ["b1@x", "b2@x", "b3@x"] {
        stored.push(new_user(email).insert(&mut c).await.unwrap());
    }

    let mut again = new_user("left@x");
    again.first_name = Some("Upserted".into());
    let up = again.upsert(&mut c, &[u::EMAIL]).await.unwrap();
    assert_eq!(
        (up.user_id, up.first_name.as_deref()),
        (left.user_id, Some("Upserted"))
    );
    assert_eq!(up.created_date, left.created_date);

    // Another writer changes LastName; this copy changes Phone only.
    c.execute(
        "UPDATE [dbo].[User] SET [LastName] = N'Theirs' WHERE [UserID] = @P1",
        &[&left.user_id],
    )
    .await
    .unwrap();
    let saved = up
        .set(|r| r.phone = Some("+61400000000".into()))
        .save(&mut c)
        .await
        .unwrap();
    assert_eq!(
        saved.last_name.as_deref(),
        Some("Theirs"),
        "the other writer's column"
    );
    assert_eq!(
        saved.created_date, left.created_date,
        "CreatedDate unchanged"
    );

    assert_eq!(stored[1].soft_delete(&mut c, None).await.unwrap(), 1);
    let revived = new_user("b2@x").upsert(&mut c, &[u::EMAIL]).await.unwrap();
    assert!(revived.is_deleted, "an upsert leaves the soft-delete state");
    assert!(User::by_email("b2@x").one(&mut c).await.unwrap().is_none());
    assert!(
        User::by_email("b2@x")
            .including_deleted()
            .one(&mut c)
            .await
            .unwrap()
            .is_some()
    );

    let live = User::select().count(&mut c).await.unwrap();
    assert_eq!(live, 4);
    let page = User::for_status(UserStatus::Active)
        .order_by(u::EMAIL, Direction::Desc)
        .page(1, 2)
        .all(&mut c)
        .await
        .unwrap();
    let emails: Vec<&str> = page.iter().map(|r| r.email.as_str()).collect();
    assert_eq!(
        emails,
        ["given@x", "b3@x"],
        "left@x, given@x, b3@x, b1@x; page 2 of 2"
    );
}

/// The account service's flows on the TDS server through `db::Pool::Mssql`: sign-up,
/// verification, login (refused before verification and with a wrong password), password reset,
/// a company and an invitation accepted, and a second sign-up of the same email that writes
/// nothing.
#[tokio::test]
#[ignore = "set MSSQL_URL"]
async fn account_flows_on_the_tds_server() {
    use account_service::{AccountError, NewAccount};
    use security::SecretString;
    let db = mssql_loaded_db("svc_flows").await;
    let svc = e2e::service_on(db::Pool::Mssql(e2e::mssql_pool(&db)));
    let secret = |s: &str| SecretString::new(s.to_owned());
    let account = |email: &str| NewAccount {
        email: email.to_owned(),
        password: secret("Correct-Horse-9"),
        first_name: Some("Alice".into()),
        last_name: None,
    };
    let registered = svc.register(account("alice@example.com")).await.unwrap();
    let early = svc
        .login("alice@example.com", secret("Correct-Horse-9"), None)
        .await;
    assert!(matches!(early, Err(AccountError::AccountNotActive { .. })));
    svc.verify_email(registered.verification_token.expose())
        .await
        .unwrap();
    svc.login("alice@example.com", secret("Correct-Horse-9"), None)
        .await
        .unwrap();
    assert!(
        svc.login("alice@example.com", secret("Wrong-Horse-9"), None)
            .await
            .is_err()
    );
    let mut c = client(&db).await;
    let users = query_text(
        &mut c,
        "SELECT CAST(COUNT(*) AS nvarchar(9)) FROM dbo.[User]",
    )
    .await
    .unwrap();
    assert!(svc.register(account("alice@example.com")).await.is_err());
    let again = query_text(
        &mut c,
        "SELECT CAST(COUNT(*) AS nvarchar(9)) FROM dbo.[User]",
    )
    .await
    .unwrap();
    assert_eq!(users, again, "a refused sign-up writes nothing");

    let token = svc
        .request_password_reset("alice@example.com", Some("198.51.100.7"))
        .await
        .unwrap()
        .unwrap();
    svc.complete_password_reset(token.expose(), secret("Battery-Staple-7"))
        .await
        .unwrap();
    svc.login("alice@example.com", secret("Battery-Staple-7"), None)
        .await
        .unwrap();

    let (company, _) = svc
        .create_company(registered.user_id, "Acme")
        .await
        .unwrap();
    let bob = svc.register(account("bob@example.com")).await.unwrap();
    svc.verify_email(bob.verification_token.expose())
        .await
        .unwrap();
    let invitation = svc
        .invite_user(
            company.company_id,
            registered.user_id,
            "bob@example.com",
            UserCompanyRole::Member,
        )
        .await
        .unwrap();
    let member = svc
        .accept_invitation(invitation.token.expose(), bob.user_id)
        .await
        .unwrap();
    assert_eq!(member.company_id, company.company_id);
}
