//! Signing in.

use gen_runtime::Table;
use models::dbo::User;
use models::dbo::user::columns as u;
use models::ref_::UserStatus;
use security::SecretString;

use crate::auth_log::{self, AuthEventRecord, event, reason};
use crate::service::PG;
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
        let conn = self.conn().await?;
        let failed = |user_id: Option<i64>, why: &'static str| AuthEventRecord {
            user_id,
            email: Some(&email),
            event_type: event::LOGIN_FAILED,
            reason: Some(why),
            ip_address,
        };
        let Some(user) = self.find_user_by_email(&*conn, &email).await? else {
            auth_log::record(&*conn, &failed(None, reason::UNKNOWN_EMAIL))
                .await
                .map_err(self.query("writing log.AuthEvent"))?;
            return Err(AccountError::InvalidCredentials);
        };
        if !self
            .hasher
            .verify_async(password, user.password_hash.clone())
            .await?
        {
            auth_log::record(
                &*conn,
                &failed(Some(user.user_id), reason::INVALID_PASSWORD),
            )
            .await
            .map_err(self.query("writing log.AuthEvent"))?;
            return Err(AccountError::InvalidCredentials);
        }
        if user.status_id != UserStatus::Active {
            auth_log::record(
                &*conn,
                &failed(Some(user.user_id), reason::ACCOUNT_NOT_ACTIVE),
            )
            .await
            .map_err(self.query("writing log.AuthEvent"))?;
            return Err(AccountError::AccountNotActive {
                status: user.status_id,
            });
        }
        self.record_login(conn, user.user_id, &email, ip_address)
            .await
    }

    async fn record_login(
        &self,
        mut conn: db::PgConn,
        user_id: i64,
        email: &str,
        ip_address: Option<&str>,
    ) -> Result<User, AccountError> {
        let tx = conn
            .transaction()
            .await
            .map_err(self.db("starting login"))?;
        let update = format!(
            "UPDATE {} SET {}, {} WHERE {} RETURNING {}",
            User::META.qualified(PG),
            PG.set_now(u::LAST_LOGIN),
            PG.set_now(u::UPDATED_DATE),
            PG.equals(u::USER_ID, 1),
            User::META.column_list(PG),
        );
        let row = tx
            .query_one(&update, &[&user_id])
            .await
            .map_err(self.db("updating dbo.User.LastLogin"))?;
        let user = gen_runtime::pg::decode::<User>(&row)?;
        let record = AuthEventRecord {
            user_id: Some(user_id),
            email: Some(email),
            event_type: event::LOGIN_SUCCESS,
            reason: None,
            ip_address,
        };
        auth_log::record(&tx, &record)
            .await
            .map_err(self.query("writing log.AuthEvent"))?;
        tx.commit().await.map_err(self.db("committing login"))?;
        Ok(user)
    }
}
