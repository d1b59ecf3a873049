//! `log.AuthEvent`: one row per authentication event, with `EventType` and `Reason`.

use gen_runtime::Table;
use models::log::AuthEvent;
use models::log::auth_event::columns as c;
use tokio_postgres::GenericClient;

use crate::sql;

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

/// Inserts the event (inside the caller's transaction when `client` is one).
pub async fn record(
    client: &impl GenericClient,
    e: &AuthEventRecord<'_>,
) -> Result<(), tokio_postgres::Error> {
    let statement = sql::insert_returning(
        AuthEvent::META,
        &[
            c::USER_ID,
            c::EMAIL,
            c::EVENT_TYPE,
            c::REASON,
            c::IP_ADDRESS,
        ],
        &[c::AUTH_EVENT_ID],
    );
    client
        .execute(
            &statement,
            &[
                &e.user_id,
                &e.email,
                &e.event_type,
                &e.reason,
                &e.ip_address,
            ],
        )
        .await
        .map(drop)
}
