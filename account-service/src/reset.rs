//! Password reset by emailed link.

use db::Tx;
use gen_runtime::{Query, ToValue};
use models::dbo::{User, UserPasswordResetToken};
use security::SecretString;

use crate::auth_log::{self, AuthEventRecord, event};
use crate::{AccountError, AccountService};

impl AccountService {
    /// Issues a reset token for the live account with this email, or `None` when there is
    /// none (callers answer the same either way, so that accounts cannot be discovered).
    pub async fn request_password_reset(
        &self,
        email: &str,
        ip_address: Option<&str>,
    ) -> Result<Option<SecretString>, AccountError> {
        let email = api::validate::validate_email_for_storage(email)?;
        let mut conn = self.conn().await?;
        let Some(user) = self.find_user_by_email(&mut conn, &email).await? else {
            return Ok(None);
        };
        drop(conn);
        let token = security::generate_secure_token()?;
        let hash = security::hash_token(token.expose());
        let svc = self.clone();
        let ip = ip_address.map(str::to_owned);
        self.pool
            .transaction(|tx| {
                let (svc, hash, email, ip) = (svc.clone(), hash.clone(), email.clone(), ip.clone());
                let user_id = user.user_id;
                Box::pin(async move {
                    let expiry = Self::expiry(svc.lifetimes.password_reset);
                    svc.store_token::<UserPasswordResetToken>(tx, user_id, hash, expiry)
                        .await?;
                    let record = AuthEventRecord {
                        user_id: Some(user_id),
                        email: Some(&email),
                        event_type: event::PASSWORD_RESET_REQUESTED,
                        reason: None,
                        ip_address: ip.as_deref(),
                    };
                    auth_log::record(tx, &record)
                        .await
                        .map_err(svc.query("writing log.AuthEvent"))
                })
            })
            .await?;
        Ok(Some(token))
    }

    /// Sets a new password with a reset token; bumps `AccessTokenVersion` so that every
    /// session issued before is revoked. The token cannot be used again.
    pub async fn complete_password_reset(
        &self,
        token: &str,
        new_password: SecretString,
    ) -> Result<(), AccountError> {
        self.policy.check(new_password.expose())?;
        let hash = self.hasher.hash_async(new_password).await?;
        let svc = self.clone();
        let token = token.to_owned();
        self.pool
            .transaction(|tx| {
                let (svc, token, hash) = (svc.clone(), token.clone(), hash.clone());
                Box::pin(async move { svc.reset_in(tx, &token, hash).await })
            })
            .await
    }

    async fn reset_in(
        &self,
        tx: &mut Tx<'_>,
        token: &str,
        hash: String,
    ) -> Result<(), AccountError> {
        let user_id = self.use_token::<UserPasswordResetToken>(tx, token).await?;
        // Locked, so that the version read here is the one incremented.
        let user = User::by_key(vec![user_id.to_value()])
            .for_update()
            .one(&mut *tx)
            .await
            .map_err(self.query("reading dbo.User"))?
            .ok_or(AccountError::TokenInvalid)?;
        let user = user
            .set(|u| {
                u.password_hash = hash;
                // Revoking every earlier session is what a reset is for; a profile edit never
                // touches this column.
                u.access_token_version += 1;
            })
            .save(&mut *tx)
            .await
            .map_err(self.query("updating dbo.User.PasswordHash"))?;
        let record = AuthEventRecord {
            user_id: Some(user_id),
            email: Some(&user.email),
            event_type: event::PASSWORD_RESET_COMPLETED,
            reason: None,
            ip_address: None,
        };
        auth_log::record(tx, &record)
            .await
            .map_err(self.query("writing log.AuthEvent"))
    }
}
