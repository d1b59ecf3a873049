//! Security primitives for EventLeadPlatform services.
//!
//! - [`password`] — bcrypt hashing at cost 12 (`$2b$12$…`) and verification that accepts the
//!   `$2a$`/`$2b$`/`$2y$` hashes already stored by the platform's earlier Python service.
//!   Passwords longer than bcrypt's 72 bytes are refused, never truncated nor pre-hashed.
//! - [`policy`] — the password policy, reporting every reason a password is refused.
//! - [`token`] — 256-bit tokens from the operating system's CSPRNG (43 URL-safe base64
//!   characters) and their SHA-256, which is all the database stores.
//! - [`secret`] — [`SecretString`], which never prints its contents and is zeroed on drop.
//! - [`compare`] — constant-time comparison.
//! - [`nonblocking`] — async wrappers that run bcrypt on tokio's blocking pool.
#![deny(missing_docs)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod compare;
mod error;
pub mod nonblocking;
pub mod password;
pub mod policy;
pub mod secret;
pub mod token;

pub use compare::constant_time_eq;
pub use error::{PasswordError, TokenError};
pub use nonblocking::{hash_password_async, verify_password_async};
pub use password::{
    DEFAULT_COST, MAX_PASSWORD_BYTES, PasswordHasher, hash_password, hash_password_with_cost,
    verify_password,
};
pub use policy::{PasswordPolicy, PasswordRejected, PolicyViolation};
pub use secret::SecretString;
pub use token::{TOKEN_BYTES, TOKEN_CHARS, generate_secure_token, hash_token, verify_token};
