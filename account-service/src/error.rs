//! What an account flow can refuse or fail with.

use models::ref_::UserStatus;

use gen_runtime::DecodeError;

/// Why an account operation did not happen. Refusals (the first group) are the user's to fix;
/// failures (the last group) are the operator's. Either way nothing was half-written: every
/// flow writes inside one transaction.
#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    /// The email address is not acceptable.
    #[error(transparent)]
    InvalidEmail(#[from] api::validate::EmailError),
    /// The new password breaks the policy.
    #[error(transparent)]
    WeakPassword(#[from] security::PasswordRejected),
    /// Another account already has this email address.
    #[error("an account with this email address already exists; sign in or reset the password")]
    EmailTaken,
    /// Unknown email or wrong password (deliberately not told apart).
    #[error("the email address or password is wrong")]
    InvalidCredentials,
    /// The account exists but may not sign in.
    #[error("the account is {status} and cannot sign in")]
    AccountNotActive {
        /// Its status.
        status: UserStatus,
    },
    /// No token has this value.
    #[error("the link is not valid; request a new one")]
    TokenInvalid,
    /// The token's expiry date has passed.
    #[error("the link has expired; request a new one")]
    TokenExpired,
    /// The token was used already.
    #[error("the link has already been used; request a new one")]
    TokenUsed,
    /// The acting user may not do this in this company.
    #[error("user {user_id} is not an owner or admin of company {company_id}")]
    NotAllowed {
        /// The acting user.
        user_id: i64,
        /// The company.
        company_id: i64,
    },
    /// The user already belongs to the company.
    #[error("user {user_id} is already a member of company {company_id}")]
    AlreadyMember {
        /// The user.
        user_id: i64,
        /// The company.
        company_id: i64,
    },
    /// The invitation was made for another email address.
    #[error("the invitation was sent to another email address")]
    WrongInvitee,
    /// The database failed.
    #[error(transparent)]
    Db(#[from] db::DbError),
    /// A row did not fit its generated struct.
    #[error(transparent)]
    Decode(#[from] DecodeError),
    /// A generated query failed other than in the driver (an insert that returned no row).
    #[error(transparent)]
    Query(gen_runtime::Error),
    /// bcrypt failed (not a wrong password: that is [`AccountError::InvalidCredentials`]).
    #[error(transparent)]
    Password(#[from] security::PasswordError),
    /// The system's random number generator failed.
    #[error(transparent)]
    Token(#[from] security::TokenError),
}
