//! Sign-up and email verification.

use gen_runtime::{NewRecord, Query, Table};
use models::dbo::User;
use models::dbo::user::NewUser;
use models::dbo::user::columns as u;
use models::ref_::UserStatus;
use security::SecretString;
use tokio_postgres::GenericClient;

use crate::auth_log::{self, AuthEventRecord, event};
use crate::service::PG;
use crate::tokens::EMAIL_VERIFICATION;
use crate::{AccountError, AccountService};

/// What sign-up asks for.
#[derive(Debug, Clone)]
pub struct NewAccount {
    /// Email address as typed; stored trimmed and lower-case.
    pub email: String,
    /// The chosen password.
    pub password: SecretString,
    /// Given name.
    pub first_name: Option<String>,
    /// Family name.
    pub last_name: Option<String>,
}

/// A new account, waiting for its email address to be confirmed.
#[derive(Debug)]
pub struct Registered {
    /// `dbo.User.UserID`.
    pub user_id: i64,
    /// The verification token to email; the database holds only its hash.
    pub verification_token: SecretString,
}

impl AccountService {
    /// Creates a `PENDING_VERIFICATION` user and an email-verification token, all or nothing.
    pub async fn register(&self, new: NewAccount) -> Result<Registered, AccountError> {
        let email = api::validate::validate_email_for_storage(&new.email)?;
        let personal = [
            Some(email.as_str()),
            new.first_name.as_deref(),
            new.last_name.as_deref(),
        ];
        let personal: Vec<&str> = personal.into_iter().flatten().collect();
        self.policy
            .check_for_user(new.password.expose(), &personal)?;
        let hash = self.hasher.hash_async(new.password).await?;
        let token = security::generate_secure_token()?;

        let mut conn = self.conn().await?;
        let tx = conn
            .transaction()
            .await
            .map_err(self.db("starting sign-up"))?;
        let user = NewUser {
            email: email.clone(),
            password_hash: hash,
            first_name: new.first_name,
            last_name: new.last_name,
            phone: None,
            role_title: None,
            email_verified_date: None,
            last_login: None,
            status_id: UserStatus::PendingVerification,
            created_by: None,
            updated_by: None,
            deleted_date: None,
            deleted_by: None,
        };
        let user = user
            .insert(&tx)
            .await
            .map_err(self.query("inserting dbo.User"))
            .map_err(|e| match e {
                AccountError::Db(d) if d.is_unique_violation() => AccountError::EmailTaken,
                e => e,
            })?;
        let user_id = user.user_id;
        let expiry = Self::expiry(self.lifetimes.email_verification);
        let token_hash = security::hash_token(token.expose());
        self.store_token(&tx, &EMAIL_VERIFICATION, user_id, &token_hash, expiry)
            .await?;
        let record = AuthEventRecord {
            user_id: Some(user_id),
            email: Some(&email),
            event_type: event::REGISTERED,
            reason: None,
            ip_address: None,
        };
        auth_log::record(&tx, &record)
            .await
            .map_err(self.query("writing log.AuthEvent"))?;
        tx.commit().await.map_err(self.db("committing sign-up"))?;
        Ok(Registered {
            user_id,
            verification_token: token,
        })
    }

    /// Confirms the email address behind `token` and activates the account; the token cannot
    /// be used again.
    pub async fn verify_email(&self, token: &str) -> Result<User, AccountError> {
        let mut conn = self.conn().await?;
        let tx = conn
            .transaction()
            .await
            .map_err(self.db("starting verification"))?;
        let user_id = self.use_token(&tx, &EMAIL_VERIFICATION, token).await?;
        let update = format!(
            "UPDATE {} SET {}, {}, {}, {} WHERE {} RETURNING {}",
            User::META.qualified(PG),
            PG.equals(u::IS_EMAIL_VERIFIED, 1),
            PG.equals(u::STATUS_ID, 2),
            PG.set_now(u::EMAIL_VERIFIED_DATE),
            PG.set_now(u::UPDATED_DATE),
            PG.equals(u::USER_ID, 3),
            User::META.column_list(PG),
        );
        let active = UserStatus::Active.id();
        let row = tx
            .query_one(&update, &[&true, &active, &user_id])
            .await
            .map_err(self.db("updating dbo.User"))?;
        let user = gen_runtime::pg::decode::<User>(&row)?;
        let record = AuthEventRecord {
            user_id: Some(user_id),
            email: Some(&user.email),
            event_type: event::EMAIL_VERIFIED,
            reason: None,
            ip_address: None,
        };
        auth_log::record(&tx, &record)
            .await
            .map_err(self.query("writing log.AuthEvent"))?;
        tx.commit()
            .await
            .map_err(self.db("committing verification"))?;
        Ok(user)
    }

    /// The live (not soft-deleted) user with this email address, if any.
    pub async fn find_user_by_email(
        &self,
        client: &impl GenericClient,
        email: &str,
    ) -> Result<Option<User>, AccountError> {
        let query = format!(
            "{} WHERE {} AND {}",
            User::sql(PG).select_including_deleted,
            PG.equals(u::EMAIL, 1),
            User::META.live(PG)
        );
        let row = client
            .query_opt(&query, &[&email])
            .await
            .map_err(self.db("reading dbo.User"))?;
        Ok(row.as_ref().map(gen_runtime::pg::decode).transpose()?)
    }
}
