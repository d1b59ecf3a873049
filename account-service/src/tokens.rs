//! Single-use emailed tokens (email verification, password reset): only their SHA-256 is
//! stored; using one marks it, inside the caller's transaction.

use gen_runtime::{Table, TableMeta, UPDATED_DATE};
use models::dbo::user_email_verification_token::columns as v;
use models::dbo::user_password_reset_token::columns as p;
use models::dbo::{UserEmailVerificationToken, UserPasswordResetToken};
use tokio_postgres::Transaction;

use crate::service::PG;
use crate::{AccountError, AccountService};

/// The columns a token table shares, named through that table's own constants.
pub(crate) struct TokenTable {
    meta: &'static TableMeta,
    id: &'static str,
    user_id: &'static str,
    token_hash: &'static str,
    expiry: &'static str,
    used: &'static str,
}

/// `dbo.UserEmailVerificationToken`.
pub(crate) const EMAIL_VERIFICATION: TokenTable = TokenTable {
    meta: UserEmailVerificationToken::META,
    id: v::USER_EMAIL_VERIFICATION_TOKEN_ID,
    user_id: v::USER_ID,
    token_hash: v::TOKEN_HASH,
    expiry: v::EXPIRY_DATE,
    used: v::USED_DATE,
};

/// `dbo.UserPasswordResetToken`.
pub(crate) const PASSWORD_RESET: TokenTable = TokenTable {
    meta: UserPasswordResetToken::META,
    id: p::USER_PASSWORD_RESET_TOKEN_ID,
    user_id: p::USER_ID,
    token_hash: p::TOKEN_HASH,
    expiry: p::EXPIRY_DATE,
    used: p::USED_DATE,
};

impl AccountService {
    /// Stores a new token's hash for `user_id`, valid until `expiry`.
    pub(crate) async fn store_token(
        &self,
        tx: &Transaction<'_>,
        table: &TokenTable,
        user_id: i64,
        token_hash: &str,
        expiry: chrono::NaiveDateTime,
    ) -> Result<(), AccountError> {
        let statement = format!(
            "INSERT INTO {} ({}) VALUES ($1, $2, $3)",
            table.meta.qualified(PG),
            PG.columns(&[table.user_id, table.token_hash, table.expiry]),
        );
        tx.execute(&statement, &[&user_id, &token_hash, &expiry])
            .await
            .map_err(self.db(&format!("storing a token in {}", table.meta.name)))?;
        Ok(())
    }

    /// Marks the token used and returns its user, or says why it cannot be used. The row is
    /// locked, so two requests with one token cannot both succeed.
    pub(crate) async fn use_token(
        &self,
        tx: &Transaction<'_>,
        table: &TokenTable,
        token: &str,
    ) -> Result<i64, AccountError> {
        let find = format!(
            "SELECT {}, {} IS NOT NULL, {} <= {} FROM {} WHERE {} AND {} FOR UPDATE",
            PG.columns(&[table.id, table.user_id]),
            PG.quote(table.used),
            PG.quote(table.expiry),
            PG.now_utc(),
            table.meta.qualified(PG),
            PG.equals(table.token_hash, 1),
            table.meta.live(PG),
        );
        let what = format!("looking up a token in {}", table.meta.name);
        let row = tx
            .query_opt(&find, &[&security::hash_token(token)])
            .await
            .map_err(self.db(&what))?
            .ok_or(AccountError::TokenInvalid)?;
        let (id, user_id): (i64, i64) = (row.get(0), row.get(1));
        if row.get::<_, bool>(2) {
            return Err(AccountError::TokenUsed);
        }
        if row.get::<_, bool>(3) {
            return Err(AccountError::TokenExpired);
        }
        let mark = format!(
            "UPDATE {} SET {}, {} WHERE {}",
            table.meta.qualified(PG),
            PG.set_now(table.used),
            PG.set_now(UPDATED_DATE),
            PG.equals(table.id, 1)
        );
        tx.execute(&mark, &[&id]).await.map_err(self.db(&what))?;
        Ok(user_id)
    }
}
