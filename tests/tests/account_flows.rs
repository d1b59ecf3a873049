//! The account service's flows end to end on a real PostgreSQL loaded from `gen ddl`,
//! including the refusals, each checked to leave nothing half-written.

use account_service::{AccountError, AccountService, NewAccount};
use e2e::{count, loaded_db, service, text_rows};
use models::ref_::{JoinedVia, UserCompanyRole, UserStatus};
use security::SecretString;
use testkit::TestDb;

const PASSWORD: &str = "Correct-Horse-9";

fn secret(s: &str) -> SecretString {
    SecretString::new(s.to_owned())
}

fn account(email: &str) -> NewAccount {
    NewAccount {
        email: email.to_owned(),
        password: secret(PASSWORD),
        first_name: Some("Alice".into()),
        last_name: Some("Nguyen".into()),
    }
}

/// Registers and verifies `email`, returning the user's ID.
async fn active_user(svc: &AccountService, email: &str) -> i64 {
    let registered = svc.register(account(email)).await.unwrap();
    svc.verify_email(registered.verification_token.expose())
        .await
        .unwrap();
    registered.user_id
}

async fn events(db: &TestDb, event_type: &str) -> Vec<Vec<Option<String>>> {
    text_rows(
        db,
        &format!(
            "SELECT \"UserID\", \"Email\", \"Reason\" FROM \"log\".\"AuthEvent\" \
             WHERE \"EventType\" = '{event_type}' ORDER BY \"AuthEventID\""
        ),
    )
    .await
}

#[tokio::test]
async fn register_verify_and_login() {
    let db = loaded_db("flow_login").await;
    let svc = service(&db);
    let registered = svc.register(account(" Alice@Example.COM ")).await.unwrap();
    let token = registered.verification_token.expose().to_owned();

    let stored = text_rows(&db, "SELECT \"Email\", \"PasswordHash\", \"StatusID\"::text, \"IsEmailVerified\"::text FROM \"dbo\".\"User\"").await;
    let row = &stored[0];
    assert_eq!(row[0].as_deref(), Some("alice@example.com"));
    assert!(row[1].as_deref().unwrap().starts_with("$2b$04$"));
    assert_eq!(
        row[2],
        Some(UserStatus::PendingVerification.id().to_string())
    );
    assert_eq!(row[3].as_deref(), Some("false"));
    let hashes = text_rows(
        &db,
        "SELECT \"TokenHash\" FROM \"dbo\".\"UserEmailVerificationToken\"",
    )
    .await;
    assert_eq!(
        hashes,
        vec![vec![Some(security::hash_token(&token))]],
        "only the token's hash is stored"
    );

    let err = svc
        .login("alice@example.com", secret(PASSWORD), None)
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            AccountError::AccountNotActive {
                status: UserStatus::PendingVerification
            }
        ),
        "{err}"
    );

    let user = svc.verify_email(&token).await.unwrap();
    assert_eq!(user.status_id, UserStatus::Active);
    assert!(user.is_email_verified && user.email_verified_date.is_some());

    let user = svc
        .login("ALICE@example.com", secret(PASSWORD), Some("203.0.113.9"))
        .await
        .unwrap();
    assert!(user.last_login.is_some());
    assert!(user.updated_date >= user.created_date);
    let success = events(&db, "LOGIN_SUCCESS").await;
    assert_eq!(
        success,
        vec![vec![
            Some(registered.user_id.to_string()),
            Some("alice@example.com".into()),
            None
        ]]
    );
    assert_eq!(events(&db, "EMAIL_VERIFIED").await.len(), 1);
    assert_eq!(
        events(&db, "LOGIN_FAILED").await[0][2].as_deref(),
        Some("ACCOUNT_NOT_ACTIVE")
    );
}

#[tokio::test]
async fn a_wrong_password_or_unknown_email_is_refused_and_logged() {
    let db = loaded_db("flow_wrongpw").await;
    let svc = service(&db);
    let user_id = active_user(&svc, "bob@example.com").await;

    let err = svc
        .login("bob@example.com", secret("Wrong-Horse-9"), None)
        .await
        .unwrap_err();
    assert!(matches!(err, AccountError::InvalidCredentials), "{err}");
    let err = svc
        .login("nobody@example.com", secret(PASSWORD), None)
        .await
        .unwrap_err();
    assert!(matches!(err, AccountError::InvalidCredentials), "{err}");

    let failed = events(&db, "LOGIN_FAILED").await;
    assert_eq!(failed.len(), 2);
    assert_eq!(
        failed[0],
        vec![
            Some(user_id.to_string()),
            Some("bob@example.com".into()),
            Some("INVALID_PASSWORD".into())
        ]
    );
    assert_eq!(
        failed[1],
        vec![
            None,
            Some("nobody@example.com".into()),
            Some("UNKNOWN_EMAIL".into())
        ]
    );
    assert_eq!(
        count(&db, "SELECT count(\"LastLogin\") FROM \"dbo\".\"User\"").await,
        0
    );
}

#[tokio::test]
async fn a_duplicate_email_is_refused_with_nothing_written() {
    let db = loaded_db("flow_dup").await;
    let svc = service(&db);
    svc.register(account("carol@example.com")).await.unwrap();
    let err = svc
        .register(account("Carol@Example.com"))
        .await
        .unwrap_err();
    assert!(matches!(err, AccountError::EmailTaken), "{err}");
    assert_eq!(count(&db, "SELECT count(*) FROM \"dbo\".\"User\"").await, 1);
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM \"dbo\".\"UserEmailVerificationToken\""
        )
        .await,
        1
    );
    assert_eq!(events(&db, "REGISTERED").await.len(), 1);
}

#[tokio::test]
async fn a_failure_after_the_first_insert_rolls_everything_back() {
    let db = loaded_db("flow_atomic").await;
    // Fault injection in the real database: the token insert, second in sign-up, fails.
    db.execute_batch(
        "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected'; END $$;
         CREATE TRIGGER refuse BEFORE INSERT ON \"dbo\".\"UserEmailVerificationToken\" FOR EACH ROW EXECUTE FUNCTION refuse();",
    )
    .unwrap();
    let svc = service(&db);
    let err = svc.register(account("dave@example.com")).await.unwrap_err();
    assert!(err.to_string().contains("injected"), "{err}");
    assert_eq!(
        count(&db, "SELECT count(*) FROM \"dbo\".\"User\"").await,
        0,
        "the user insert was not rolled back"
    );
    assert_eq!(events(&db, "REGISTERED").await.len(), 0);
}

#[tokio::test]
async fn verification_tokens_are_single_use_and_expire() {
    let db = loaded_db("flow_tokens").await;
    let svc = service(&db);
    let first = svc.register(account("erin@example.com")).await.unwrap();
    svc.verify_email(first.verification_token.expose())
        .await
        .unwrap();
    let err = svc
        .verify_email(first.verification_token.expose())
        .await
        .unwrap_err();
    assert!(matches!(err, AccountError::TokenUsed), "{err}");
    let err = svc.verify_email("not-a-token").await.unwrap_err();
    assert!(matches!(err, AccountError::TokenInvalid), "{err}");

    let second = svc.register(account("frank@example.com")).await.unwrap();
    db.execute_batch(&format!(
        "UPDATE \"dbo\".\"UserEmailVerificationToken\" SET \"ExpiryDate\" = (now() AT TIME ZONE 'utc') - interval '1 minute' WHERE \"UserID\" = {}",
        second.user_id
    ))
    .unwrap();
    let err = svc
        .verify_email(second.verification_token.expose())
        .await
        .unwrap_err();
    assert!(matches!(err, AccountError::TokenExpired), "{err}");
    let status = count(
        &db,
        &format!(
            "SELECT \"StatusID\" FROM \"dbo\".\"User\" WHERE \"UserID\" = {}",
            second.user_id
        ),
    )
    .await;
    assert_eq!(status, i64::from(UserStatus::PendingVerification.id()));
    assert_eq!(
        count(
            &db,
            "SELECT count(\"UsedDate\") FROM \"dbo\".\"UserEmailVerificationToken\""
        )
        .await,
        1
    );
}

#[tokio::test]
async fn password_reset_replaces_the_password_once() {
    let db = loaded_db("flow_reset").await;
    let svc = service(&db);
    let user_id = active_user(&svc, "gina@example.com").await;
    assert!(
        svc.request_password_reset("nobody@example.com", None)
            .await
            .unwrap()
            .is_none()
    );
    let token = svc
        .request_password_reset("gina@example.com", Some("198.51.100.7"))
        .await
        .unwrap()
        .unwrap();

    let err = svc
        .complete_password_reset(token.expose(), secret("short"))
        .await
        .unwrap_err();
    assert!(matches!(err, AccountError::WeakPassword(_)), "{err}");
    assert_eq!(
        count(
            &db,
            "SELECT count(\"UsedDate\") FROM \"dbo\".\"UserPasswordResetToken\""
        )
        .await,
        0
    );

    svc.complete_password_reset(token.expose(), secret("New-Battery-42"))
        .await
        .unwrap();
    let err = svc
        .login("gina@example.com", secret(PASSWORD), None)
        .await
        .unwrap_err();
    assert!(matches!(err, AccountError::InvalidCredentials), "{err}");
    let user = svc
        .login("gina@example.com", secret("New-Battery-42"), None)
        .await
        .unwrap();
    assert_eq!((user.user_id, user.access_token_version), (user_id, 2));

    let err = svc
        .complete_password_reset(token.expose(), secret("Other-Battery-43"))
        .await
        .unwrap_err();
    assert!(matches!(err, AccountError::TokenUsed), "{err}");

    let late = svc
        .request_password_reset("gina@example.com", None)
        .await
        .unwrap()
        .unwrap();
    db.execute_batch("UPDATE \"dbo\".\"UserPasswordResetToken\" SET \"ExpiryDate\" = (now() AT TIME ZONE 'utc') - interval '1 second' WHERE \"UsedDate\" IS NULL").unwrap();
    let err = svc
        .complete_password_reset(late.expose(), secret("Other-Battery-43"))
        .await
        .unwrap_err();
    assert!(matches!(err, AccountError::TokenExpired), "{err}");
    assert_eq!(events(&db, "PASSWORD_RESET_REQUESTED").await.len(), 2);
    assert_eq!(events(&db, "PASSWORD_RESET_COMPLETED").await.len(), 1);
}

#[tokio::test]
async fn an_invited_user_joins_the_company() {
    let db = loaded_db("flow_invite").await;
    let svc = service(&db);
    let owner = active_user(&svc, "owner@example.com").await;
    let bob = active_user(&svc, "bob@example.com").await;
    let outsider = active_user(&svc, "mallory@example.com").await;
    let (company, owner_membership) = svc
        .create_company(owner, "Acme Events Pty Ltd")
        .await
        .unwrap();
    assert_eq!(
        owner_membership.user_company_role_id,
        UserCompanyRole::Owner
    );
    assert!(owner_membership.is_default_company);

    let err = svc
        .invite_user(
            company.company_id,
            outsider,
            "bob@example.com",
            UserCompanyRole::Member,
        )
        .await
        .unwrap_err();
    assert!(matches!(err, AccountError::NotAllowed { .. }), "{err}");
    let invitation = svc
        .invite_user(
            company.company_id,
            owner,
            "Bob@Example.com",
            UserCompanyRole::Member,
        )
        .await
        .unwrap();

    let err = svc
        .accept_invitation(invitation.token.expose(), outsider)
        .await
        .unwrap_err();
    assert!(matches!(err, AccountError::WrongInvitee), "{err}");
    let membership = svc
        .accept_invitation(invitation.token.expose(), bob)
        .await
        .unwrap();
    assert_eq!(membership.joined_via, JoinedVia::Invitation);
    assert_eq!(membership.invited_by, Some(owner));
    assert_eq!(membership.user_company_role_id, UserCompanyRole::Member);

    let err = svc
        .accept_invitation(invitation.token.expose(), bob)
        .await
        .unwrap_err();
    assert!(matches!(err, AccountError::TokenUsed), "{err}");
    let err = svc
        .invite_user(
            company.company_id,
            owner,
            "bob@example.com",
            UserCompanyRole::Admin,
        )
        .await
        .unwrap_err();
    assert!(matches!(err, AccountError::AlreadyMember { .. }), "{err}");
    assert_eq!(
        count(&db, "SELECT count(*) FROM \"dbo\".\"UserCompany\"").await,
        2
    );
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM \"dbo\".\"UserInvitation\" WHERE \"AcceptedDate\" IS NOT NULL"
        )
        .await,
        1
    );
}

#[tokio::test]
async fn a_soft_deleted_user_is_left_out() {
    let db = loaded_db("flow_softdel").await;
    let svc = service(&db);
    let user_id = active_user(&svc, "henry@example.com").await;
    db.execute_batch(&format!(
        "UPDATE \"dbo\".\"User\" SET \"IsDeleted\" = true, \"DeletedDate\" = (now() AT TIME ZONE 'utc') WHERE \"UserID\" = {user_id}"
    ))
    .unwrap();
    let err = svc
        .login("henry@example.com", secret(PASSWORD), None)
        .await
        .unwrap_err();
    assert!(matches!(err, AccountError::InvalidCredentials), "{err}");
    assert_eq!(
        events(&db, "LOGIN_FAILED").await[0][2].as_deref(),
        Some("UNKNOWN_EMAIL")
    );
    assert!(
        svc.request_password_reset("henry@example.com", None)
            .await
            .unwrap()
            .is_none()
    );
}
