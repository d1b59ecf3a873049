//! `log.AuthEvent`: one row per authentication event, with `EventType` and `Reason`.

use gen_runtime::{Conn, NewRecord};
use models::log::auth_event::NewAuthEvent;

/// `EventType` values the service writes.
pub mod event {
    /// A new account was created.
    pub const REGISTERED: &str = "REGISTERED";
    /// An email address was confirmed.
    pub const EMAIL_VERIFIED: &str = "EMAIL_VERIFIED";
    /// A sign-in succeeded.
    pub const LOGIN_SUCCESS: &str = "LOGIN_SUCCESS";
    /// A sign-in failed; `Reason` says why.
    pub const LOGIN_FAILED: &str = "LOGIN_FAILED";
    /// A password-reset link was asked for.
    pub const PASSWORD_RESET_REQUESTED: &str = "PASSWORD_RESET_REQUESTED";
    /// A password was reset with a link.
    pub const PASSWORD_RESET_COMPLETED: &str = "PASSWORD_RESET_COMPLETED";
}

/// `Reason` values for failures.
pub mod reason {
    /// No live account has the email address.
    pub const UNKNOWN_EMAIL: &str = "UNKNOWN_EMAIL";
    /// The password did not match.
    pub const INVALID_PASSWORD: &str = "INVALID_PASSWORD";
    /// The account's status forbids signing in (the status code follows).
    pub const ACCOUNT_NOT_ACTIVE: &str = "ACCOUNT_NOT_ACTIVE";
}

/// One event to record.
#[derive(Debug, Clone, Copy)]
pub struct AuthEventRecord<'a> {
    /// The user, when known.
    pub user_id: Option<i64>,
    /// The email address given.
    pub email: Option<&'a str>,
    /// One of [`event`].
    pub event_type: &'a str,
    /// Why, for failures.
    pub reason: Option<&'a str>,
    /// The client's address.
    pub ip_address: Option<&'a str>,
}

/// Inserts the event (inside the caller's transaction when `conn` is one).
pub async fn record(conn: impl Conn, e: &AuthEventRecord<'_>) -> Result<(), gen_runtime::Error> {
    let row = NewAuthEvent {
        user_id: e.user_id,
        email: e.email.map(str::to_owned),
        reason: e.reason.map(str::to_owned),
        ip_address: e.ip_address.map(str::to_owned),
        ..NewAuthEvent::new(e.event_type.to_owned())
    };
    row.insert(conn).await.map(drop)
}
