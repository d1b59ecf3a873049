//! Password reset by emailed link.

use gen_runtime::Table;
use models::dbo::User;
use models::dbo::user::columns as u;
use security::SecretString;

use crate::auth_log::{self, AuthEventRecord, event};
use crate::service::PG;
use crate::tokens::PASSWORD_RESET;
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
        let Some(user) = self.find_user_by_email(&*conn, &email).await? else {
            return Ok(None);
        };
        let token = security::generate_secure_token()?;
        let tx = conn
            .transaction()
            .await
            .map_err(self.db("starting reset request"))?;
        let expiry = Self::expiry(self.lifetimes.password_reset);
        let hash = security::hash_token(token.expose());
        self.store_token(&tx, &PASSWORD_RESET, user.user_id, &hash, expiry)
            .await?;
        let record = AuthEventRecord {
            user_id: Some(user.user_id),
            email: Some(&email),
            event_type: event::PASSWORD_RESET_REQUESTED,
            reason: None,
            ip_address,
        };
        auth_log::record(&tx, &record)
            .await
            .map_err(self.query("writing log.AuthEvent"))?;
        tx.commit()
            .await
            .map_err(self.db("committing reset request"))?;
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
        let mut conn = self.conn().await?;
        let tx = conn
            .transaction()
            .await
            .map_err(self.db("starting reset"))?;
        let user_id = self.use_token(&tx, &PASSWORD_RESET, token).await?;
        let update = format!(
            "UPDATE {} SET {}, {}, {v} = {v} + 1 WHERE {} RETURNING {}",
            User::META.qualified(PG),
            PG.equals(u::PASSWORD_HASH, 1),
            PG.set_now(u::UPDATED_DATE),
            PG.equals(u::USER_ID, 2),
            PG.quote(u::EMAIL),
            v = PG.quote(u::ACCESS_TOKEN_VERSION),
        );
        let row = tx
            .query_one(&update, &[&hash, &user_id])
            .await
            .map_err(self.db("updating dbo.User.PasswordHash"))?;
        let email: String = row.get(0);
        let record = AuthEventRecord {
            user_id: Some(user_id),
            email: Some(&email),
            event_type: event::PASSWORD_RESET_COMPLETED,
            reason: None,
            ip_address: None,
        };
        auth_log::record(&tx, &record)
            .await
            .map_err(self.query("writing log.AuthEvent"))?;
        tx.commit().await.map_err(self.db("committing reset"))?;
        Ok(())
    }
}
