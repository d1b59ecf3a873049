//! The service value: a pool, a password hasher and policy, and token lifetimes.

use std::time::Duration;

use db::{DbError, Pool, Retryable};
use security::{PasswordHasher, PasswordPolicy};

use crate::AccountError;

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
/// models, on PostgreSQL or SQL Server (whichever the pool's connection string names).
/// Cloning shares the pool.
#[derive(Clone)]
pub struct AccountService {
    pub(crate) pool: Pool,
    pub(crate) hasher: PasswordHasher,
    pub(crate) policy: PasswordPolicy,
    pub(crate) lifetimes: TokenLifetimes,
}

impl AccountService {
    /// A service with the production hasher (bcrypt cost 12), default policy and lifetimes.
    pub fn new(pool: Pool) -> Self {
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
    pub fn pool(&self) -> &Pool {
        &self.pool
    }

    /// A connection for reads and single-statement writes outside a transaction.
    pub(crate) async fn conn(&self) -> Result<db::Connection, AccountError> {
        Ok(self.pool.get().await?)
    }

    /// Wraps a generated query's error with what was being done: driver errors become
    /// [`AccountError::Db`], rows that do not fit [`AccountError::Decode`].
    pub(crate) fn query(&self, what: &str) -> impl FnOnce(gen_runtime::Error) -> AccountError {
        let (what, timeout) = (what.to_owned(), self.pool.query_timeout());
        move |e| match DbError::from_query(&what, timeout, e) {
            Ok(db) => AccountError::Db(db),
            Err(gen_runtime::Error::Decode(d)) => AccountError::Decode(d),
            Err(other) => AccountError::Query(other),
        }
    }

    /// Now (UTC) plus `ttl`: a token's expiry. Tokens are compared with the same clock
    /// ([`Self::now`]) when used.
    pub(crate) fn expiry(ttl: Duration) -> chrono::NaiveDateTime {
        let ttl = chrono::Duration::from_std(ttl).unwrap_or(chrono::Duration::MAX);
        Self::now() + ttl
    }

    /// The service's UTC clock, which set every expiry it compares.
    pub(crate) fn now() -> chrono::NaiveDateTime {
        chrono::Utc::now().naive_utc()
    }
}

impl Retryable for AccountError {
    fn is_deadlock_victim(&self) -> bool {
        match self {
            AccountError::Db(e) => e.is_deadlock_victim(),
            AccountError::Query(e) => e.is_deadlock_victim(),
            _ => false,
        }
    }
}
