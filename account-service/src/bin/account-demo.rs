//! Runs the account flows once against `DATABASE_URL` (a PostgreSQL or SQL Server database
//! loaded with `gen ddl --dialect postgres|mssql`) and prints what happened:
//!
//! ```text
//! DATABASE_URL=postgres://postgres@127.0.0.1:5432/elp cargo run -p account-service --bin account-demo
//! ```

use account_service::{AccountError, AccountService, NewAccount};
use db::{DbConfig, Pool};
use models::ref_::UserCompanyRole;
use security::SecretString;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    match run().await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("account-demo: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn secret(s: &str) -> SecretString {
    SecretString::new(s.to_owned())
}

async fn run() -> Result<(), AccountError> {
    let config = DbConfig::from_env()?;
    let svc = AccountService::new(Pool::new(&config)?);
    // A fresh address per run, so the demo can run again on the same database.
    let stamp = chrono::Utc::now().timestamp_micros();
    let owner_email = format!("owner+{stamp}@example.com");
    let member_email = format!("member+{stamp}@example.com");
    let password = "Correct-Horse-9";

    let owner = register_and_verify(&svc, &owner_email, password).await?;
    let member = register_and_verify(&svc, &member_email, password).await?;
    let user = svc.login(&owner_email, secret(password), None).await?;
    println!("login: user {} at {:?}", user.user_id, user.last_login);
    let refused = svc.login(&owner_email, secret("Wrong-Horse-9"), None).await;
    println!(
        "wrong password: {}",
        refused.err().map_or("accepted?!".into(), |e| e.to_string())
    );

    if let Some(token) = svc.request_password_reset(&owner_email, None).await? {
        svc.complete_password_reset(token.expose(), secret("New-Battery-42"))
            .await?;
        println!("password reset: done");
    }
    let (company, _) = svc.create_company(owner, "Demo Events Pty Ltd").await?;
    let invitation = svc
        .invite_user(
            company.company_id,
            owner,
            &member_email,
            UserCompanyRole::Member,
        )
        .await?;
    let membership = svc
        .accept_invitation(invitation.token.expose(), member)
        .await?;
    println!(
        "invitation: user {} joined company {} as {} (invited by {:?})",
        membership.user_id,
        membership.company_id,
        membership.user_company_role_id,
        membership.invited_by
    );
    Ok(())
}

async fn register_and_verify(
    svc: &AccountService,
    email: &str,
    password: &str,
) -> Result<i64, AccountError> {
    let registered = svc
        .register(NewAccount {
            email: email.to_owned(),
            password: secret(password),
            first_name: None,
            last_name: None,
        })
        .await?;
    svc.verify_email(registered.verification_token.expose())
        .await?;
    println!(
        "registered and verified: user {} <{email}>",
        registered.user_id
    );
    Ok(registered.user_id)
}
