//! The service value: a pool, a password hasher and policy, and token lifetimes.

use std::time::Duration;

use db::{DbError, PgConn, PgPool};
use security::{PasswordHasher, PasswordPolicy};

use crate::AccountError;

/// Every statement the service sends is PostgreSQL.
pub(crate) const PG: gen_runtime::Dialect = gen_runtime::Dialect::Postgres;

/// How long each kind of emailed link stays valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TokenLifetimes {
    /// Email verification (default 24 hours).
    pub email_verification: Duration,
    /// Password reset (default 1 hour).
    pub password_reset: Duration,
    /// Company invitation (default 7 days).
    pub invitation: Duration,
}

impl Default for TokenLifetimes {
    fn default() -> Self {
        TokenLifetimes {
            email_verification: Duration::from_secs(24 * 3600),
            password_reset: Duration::from_secs(3600),
            invitation: Duration::from_secs(7 * 24 * 3600),
        }
    }
}

/// Sign-up, email verification, login, password reset and invitations over the generated
/// models. Cloning shares the pool.
#[derive(Clone)]
pub struct AccountService {
    pub(crate) pool: PgPool,
    pub(crate) hasher: PasswordHasher,
    pub(crate) policy: PasswordPolicy,
    pub(crate) lifetimes: TokenLifetimes,
}

impl AccountService {
    /// A service with the production hasher (bcrypt cost 12), default policy and lifetimes.
    pub fn new(pool: PgPool) -> Self {
        AccountService {
            pool,
            hasher: PasswordHasher::default(),
            policy: PasswordPolicy::default(),
            lifetimes: TokenLifetimes::default(),
        }
    }

    /// The same service hashing at another cost (tests use 4 to stay fast).
    pub fn with_hasher(mut self, hasher: PasswordHasher) -> Self {
        self.hasher = hasher;
        self
    }

    /// The same service with other token lifetimes.
    pub fn with_lifetimes(mut self, lifetimes: TokenLifetimes) -> Self {
        self.lifetimes = lifetimes;
        self
    }

    /// The pool the service uses.
    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    pub(crate) async fn conn(&self) -> Result<PgConn, AccountError> {
        Ok(self.pool.get().await?)
    }

    /// Wraps a driver error with what was being done.
    pub(crate) fn db(&self, what: &str) -> impl FnOnce(tokio_postgres::Error) -> AccountError {
        let map = DbError::pg(what, self.pool.settings().query_timeout);
        move |e| AccountError::Db(map(e))
    }

    /// Wraps a generated query's error: driver errors as [`Self::db`] does, rows that do not
    /// fit as [`AccountError::Decode`].
    pub(crate) fn query(&self, what: &str) -> impl FnOnce(gen_runtime::Error) -> AccountError {
        let db = self.db(what);
        move |e| match e.into_driver::<tokio_postgres::Error>() {
            Ok(pg) => db(pg),
            Err(gen_runtime::Error::Decode(d)) => AccountError::Decode(d),
            Err(other) => AccountError::Query(other),
        }
    }

    /// An expiry date `ttl` from now (UTC). Compared with the database's UTC now later, so
    /// the two clocks are assumed in step (NTP).
    pub(crate) fn expiry(ttl: Duration) -> chrono::NaiveDateTime {
        let ttl = chrono::Duration::from_std(ttl).unwrap_or(chrono::Duration::MAX);
        chrono::Utc::now().naive_utc() + ttl
    }
}
