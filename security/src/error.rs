//! Error types of the security crate.

use thiserror::Error;

/// Why a password could not be hashed or verified.
///
/// A wrong password is not an error: [`crate::verify_password`] returns `Ok(false)` for it.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum PasswordError {
    /// The password is longer than bcrypt can use.
    #[error(
        "the password is {len} bytes long (UTF-8) but bcrypt uses at most {max} bytes; \
         it is refused rather than silently truncated: ask the user for a password of at most {max} bytes"
    )]
    TooLong {
        /// The password's length in bytes.
        len: usize,
        /// The limit, [`crate::MAX_PASSWORD_BYTES`].
        max: usize,
    },
    /// The cost asked of the hasher is outside what bcrypt allows.
    #[error(
        "bcrypt cost {cost} is out of range: use a cost from {min} to {max} (production uses 12)"
    )]
    InvalidCost {
        /// The cost asked for.
        cost: u32,
        /// The lowest cost bcrypt accepts.
        min: u32,
        /// The highest cost bcrypt accepts.
        max: u32,
    },
    /// The stored hash is not a bcrypt hash this crate can verify.
    #[error(
        "the stored password hash is malformed ({reason}); expected 60 characters such as \
         `$2b$12$` followed by 53 bcrypt-base64 characters: the stored value is corrupt, \
         truncated, or was written by another algorithm, so reset this user's password"
    )]
    MalformedHash {
        /// What is wrong with it.
        reason: String,
    },
    /// The stored hash names a cost above the limit this verifier accepts.
    #[error(
        "the stored password hash has cost {cost}, above the accepted maximum of {max}; \
         verifying it would block a thread for a very long time: check where this hash came from, \
         or raise the maximum with `PasswordHasher::with_max_verify_cost`"
    )]
    CostTooHigh {
        /// The cost read from the hash.
        cost: u32,
        /// The highest cost this verifier accepts.
        max: u32,
    },
    /// The operating system's random number generator failed while making a salt.
    #[error(
        "the operating system's random number generator failed while making a bcrypt salt: {0}"
    )]
    Random(String),
    /// The blocking task running bcrypt panicked or was cancelled.
    #[error("the background task running bcrypt did not finish ({0}); retry the request")]
    TaskFailed(String),
}

/// Why a token could not be generated.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum TokenError {
    /// The operating system's random number generator failed.
    #[error(
        "the operating system's random number generator failed ({0}); no token was made: \
         retry, and check the host's entropy source if it persists"
    )]
    Random(String),
}
