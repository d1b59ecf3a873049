//! Single-use emailed tokens (email verification, password reset): only their SHA-256 is
//! stored; using one marks it, inside the caller's transaction, with its row locked.

use db::Tx;
use gen_runtime::{Keyed, NewRecord, Query, Select};
use models::dbo::user_email_verification_token::{
    self as verification, NewUserEmailVerificationToken,
};
use models::dbo::user_password_reset_token::{self as reset, NewUserPasswordResetToken};
use models::dbo::{UserEmailVerificationToken, UserPasswordResetToken};

use crate::{AccountError, AccountService};

/// What the flows need of a token table's row, named through that table's own fields.
pub(crate) trait TokenRow: Query + Keyed + Clone {
    /// The table, for messages.
    const TABLE: &'static str;
    /// The `UsedDate` column constant.
    const USED_DATE: &'static str;
    /// The live row with this token hash, locked until the transaction ends.
    fn by_hash(hash: &str) -> Select<Self>;
    /// Inserts a new token row.
    fn store(
        tx: &mut Tx<'_>,
        user_id: i64,
        token_hash: String,
        expiry: chrono::NaiveDateTime,
    ) -> impl std::future::Future<Output = Result<(), gen_runtime::Error>> + Send;
    /// `UserID`.
    fn user_id(&self) -> i64;
    /// Whether `UsedDate` is set.
    fn used(&self) -> bool;
    /// `ExpiryDate`.
    fn expiry(&self) -> chrono::NaiveDateTime;
}

/// `TokenRow` for a token table: its struct, `New…` struct and columns module.
macro_rules! token_row {
    ($row:ty, $new:ident, $columns:path, $table:literal) => {
        impl TokenRow for $row {
            const TABLE: &'static str = $table;
            const USED_DATE: &'static str = {
                use $columns as c;
                c::USED_DATE
            };

            fn by_hash(hash: &str) -> Select<Self> {
                Self::by_token_hash(hash)
            }

            async fn store(
                tx: &mut Tx<'_>,
                user_id: i64,
                token_hash: String,
                expiry_date: chrono::NaiveDateTime,
            ) -> Result<(), gen_runtime::Error> {
                $new::new(user_id, token_hash, expiry_date)
                    .insert(tx)
                    .await
                    .map(drop)
            }

            fn user_id(&self) -> i64 {
                self.user_id
            }

            fn used(&self) -> bool {
                self.used_date.is_some()
            }

            fn expiry(&self) -> chrono::NaiveDateTime {
                self.expiry_date
            }
        }
    };
}

token_row!(
    UserEmailVerificationToken,
    NewUserEmailVerificationToken,
    verification::columns,
    "dbo.UserEmailVerificationToken"
);
token_row!(
    UserPasswordResetToken,
    NewUserPasswordResetToken,
    reset::columns,
    "dbo.UserPasswordResetToken"
);

impl AccountService {
    /// Stores a new token's hash for `user_id`, valid until `expiry`.
    pub(crate) async fn store_token<R: TokenRow>(
        &self,
        tx: &mut Tx<'_>,
        user_id: i64,
        token_hash: String,
        expiry: chrono::NaiveDateTime,
    ) -> Result<(), AccountError> {
        R::store(tx, user_id, token_hash, expiry)
            .await
            .map_err(self.query(&format!("storing a token in {}", R::TABLE)))
    }

    /// Marks the token used and returns its user, or says why it cannot be used. The row is
    /// locked (`FOR UPDATE` / `UPDLOCK`), so two requests with one token cannot both succeed.
    pub(crate) async fn use_token<R: TokenRow>(
        &self,
        tx: &mut Tx<'_>,
        token: &str,
    ) -> Result<i64, AccountError> {
        let what = format!("using a token of {}", R::TABLE);
        let row = R::by_hash(&security::hash_token(token))
            .for_update()
            .one(&mut *tx)
            .await
            .map_err(self.query(&what))?
            .ok_or(AccountError::TokenInvalid)?;
        if row.used() {
            return Err(AccountError::TokenUsed);
        }
        if row.expiry() <= Self::now() {
            return Err(AccountError::TokenExpired);
        }
        let user_id = row.user_id();
        row.set(|_| {})
            .set_now(R::USED_DATE)
            .save(tx)
            .await
            .map_err(self.query(&what))?;
        Ok(user_id)
    }
}
