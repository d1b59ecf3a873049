//! Async wrappers that run bcrypt on tokio's blocking thread pool.
//!
//! At cost 12 one hash or verification takes a noticeable fraction of a second of CPU; run on an
//! async worker it would stall every other request on that thread. These functions move the work
//! to `tokio::task::spawn_blocking` and must be called inside a tokio runtime.

use crate::error::PasswordError;
use crate::password::PasswordHasher;
use crate::secret::SecretString;

/// [`crate::hash_password`] (cost 12) off the async executor.
pub async fn hash_password_async(password: SecretString) -> Result<String, PasswordError> {
    PasswordHasher::default().hash_async(password).await
}

/// [`crate::verify_password`] off the async executor.
pub async fn verify_password_async(
    password: SecretString,
    hash: String,
) -> Result<bool, PasswordError> {
    PasswordHasher::default().verify_async(password, hash).await
}

impl PasswordHasher {
    /// [`PasswordHasher::hash`] on tokio's blocking pool; the password is zeroed when done.
    pub async fn hash_async(self, password: SecretString) -> Result<String, PasswordError> {
        run_blocking(move || self.hash(password.expose())).await
    }

    /// [`PasswordHasher::verify`] on tokio's blocking pool; the password is zeroed when done.
    pub async fn verify_async(
        self,
        password: SecretString,
        hash: String,
    ) -> Result<bool, PasswordError> {
        run_blocking(move || self.verify(password.expose(), &hash)).await
    }
}

async fn run_blocking<T, F>(work: F) -> Result<T, PasswordError>
where
    F: FnOnce() -> Result<T, PasswordError> + Send + 'static,
    T: Send + 'static,
{
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| PasswordError::TaskFailed(e.to_string()))?
}
