//! Sign-up and email verification.

use db::Tx;
use gen_runtime::{Conn, Defaulted, NewRecord, Query, ToValue};
use models::dbo::user::{NewUser, columns as u};
use models::dbo::{User, UserEmailVerificationToken};
use models::ref_::UserStatus;
use security::SecretString;

use crate::auth_log::{self, AuthEventRecord, event};
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
        let token_hash = security::hash_token(token.expose());
        let user = NewUser {
            first_name: new.first_name,
            last_name: new.last_name,
            is_email_verified: Defaulted::Value(false),
            ..NewUser::new(email, hash, UserStatus::PendingVerification)
        };
        let svc = self.clone();
        let user_id = self
            .pool
            .transaction(|tx| {
                let (svc, user, token_hash) = (svc.clone(), user.clone(), token_hash.clone());
                Box::pin(async move { svc.register_in(tx, &user, token_hash).await })
            })
            .await?;
        Ok(Registered {
            user_id,
            verification_token: token,
        })
    }

    async fn register_in(
        &self,
        tx: &mut Tx<'_>,
        user: &NewUser,
        token_hash: String,
    ) -> Result<i64, AccountError> {
        let stored = user
            .insert(&mut *tx)
            .await
            .map_err(self.query("inserting dbo.User"))
            .map_err(|e| match e {
                AccountError::Db(d) if d.is_unique_violation() => AccountError::EmailTaken,
                e => e,
            })?;
        let expiry = Self::expiry(self.lifetimes.email_verification);
        self.store_token::<UserEmailVerificationToken>(tx, stored.user_id, token_hash, expiry)
            .await?;
        let record = AuthEventRecord {
            user_id: Some(stored.user_id),
            email: Some(&stored.email),
            event_type: event::REGISTERED,
            reason: None,
            ip_address: None,
        };
        auth_log::record(tx, &record)
            .await
            .map_err(self.query("writing log.AuthEvent"))?;
        Ok(stored.user_id)
    }

    /// Confirms the email address behind `token` and activates the account; the token cannot
    /// be used again.
    pub async fn verify_email(&self, token: &str) -> Result<User, AccountError> {
        let svc = self.clone();
        let token = token.to_owned();
        self.pool
            .transaction(|tx| {
                let (svc, token) = (svc.clone(), token.clone());
                Box::pin(async move { svc.verify_in(tx, &token).await })
            })
            .await
    }

    async fn verify_in(&self, tx: &mut Tx<'_>, token: &str) -> Result<User, AccountError> {
        let user_id = self
            .use_token::<UserEmailVerificationToken>(tx, token)
            .await?;
        let user = User::by_key(vec![user_id.to_value()])
            .for_update()
            .one(&mut *tx)
            .await
            .map_err(self.query("reading dbo.User"))?
            .ok_or(AccountError::TokenInvalid)?;
        let user = user
            .set(|u| {
                u.is_email_verified = true;
                u.status_id = UserStatus::Active;
            })
            .set_now(u::EMAIL_VERIFIED_DATE)
            .save(&mut *tx)
            .await
            .map_err(self.query("updating dbo.User"))?;
        let record = AuthEventRecord {
            user_id: Some(user_id),
            email: Some(&user.email),
            event_type: event::EMAIL_VERIFIED,
            reason: None,
            ip_address: None,
        };
        auth_log::record(tx, &record)
            .await
            .map_err(self.query("writing log.AuthEvent"))?;
        Ok(user)
    }

    /// The live (not soft-deleted) user with this email address, if any.
    pub async fn find_user_by_email(
        &self,
        conn: impl Conn,
        email: &str,
    ) -> Result<Option<User>, AccountError> {
        User::by_email(email)
            .one(conn)
            .await
            .map_err(self.query("reading dbo.User"))
    }
}
