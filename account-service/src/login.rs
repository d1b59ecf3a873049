//! Signing in.

use db::Tx;
use gen_runtime::{Query, ToValue};
use models::dbo::User;
use models::dbo::user::columns as u;
use models::ref_::UserStatus;
use security::SecretString;

use crate::auth_log::{self, AuthEventRecord, event, reason};
use crate::{AccountError, AccountService};

impl AccountService {
    /// Checks the password; on success stamps `LastLogin` and logs `LOGIN_SUCCESS`, on failure
    /// logs `LOGIN_FAILED` with the reason (the caller only learns "wrong email or password").
    pub async fn login(
        &self,
        email: &str,
        password: SecretString,
        ip_address: Option<&str>,
    ) -> Result<User, AccountError> {
        let email = api::validate::validate_email_for_storage(email)
            .map_err(|_| AccountError::InvalidCredentials)?;
        let mut conn = self.conn().await?;
        let failed = |user_id: Option<i64>, why: &'static str| AuthEventRecord {
            user_id,
            email: Some(&email),
            event_type: event::LOGIN_FAILED,
            reason: Some(why),
            ip_address,
        };
        let Some(user) = self.find_user_by_email(&mut conn, &email).await? else {
            auth_log::record(&mut conn, &failed(None, reason::UNKNOWN_EMAIL))
                .await
                .map_err(self.query("writing log.AuthEvent"))?;
            return Err(AccountError::InvalidCredentials);
        };
        if !self
            .hasher
            .verify_async(password, user.password_hash.clone())
            .await?
        {
            let event = failed(Some(user.user_id), reason::INVALID_PASSWORD);
            auth_log::record(&mut conn, &event)
                .await
                .map_err(self.query("writing log.AuthEvent"))?;
            return Err(AccountError::InvalidCredentials);
        }
        if user.status_id != UserStatus::Active {
            let event = failed(Some(user.user_id), reason::ACCOUNT_NOT_ACTIVE);
            auth_log::record(&mut conn, &event)
                .await
                .map_err(self.query("writing log.AuthEvent"))?;
            return Err(AccountError::AccountNotActive {
                status: user.status_id,
            });
        }
        drop(conn);
        let svc = self.clone();
        let (ip, email) = (ip_address.map(str::to_owned), email.clone());
        self.pool
            .transaction(|tx| {
                let (svc, ip, email) = (svc.clone(), ip.clone(), email.clone());
                let user_id = user.user_id;
                Box::pin(async move { svc.record_login(tx, user_id, &email, ip.as_deref()).await })
            })
            .await
    }

    async fn record_login(
        &self,
        tx: &mut Tx<'_>,
        user_id: i64,
        email: &str,
        ip_address: Option<&str>,
    ) -> Result<User, AccountError> {
        let user = User::by_key(vec![user_id.to_value()])
            .one(&mut *tx)
            .await
            .map_err(self.query("reading dbo.User"))?
            .ok_or(AccountError::InvalidCredentials)?;
        // Only LastLogin (and UpdatedDate) change: a profile edit by another request in the
        // meantime is kept.
        let user = user
            .set(|_| {})
            .set_now(u::LAST_LOGIN)
            .save(&mut *tx)
            .await
            .map_err(self.query("updating dbo.User.LastLogin"))?;
        let record = AuthEventRecord {
            user_id: Some(user_id),
            email: Some(email),
            event_type: event::LOGIN_SUCCESS,
            reason: None,
            ip_address,
        };
        auth_log::record(tx, &record)
            .await
            .map_err(self.query("writing log.AuthEvent"))?;
        Ok(user)
    }
}
