//! [`SecretString`]: a string that never prints and is wiped from memory when dropped.

use std::fmt;

use serde::{Deserialize, Deserializer};
use zeroize::{Zeroize, ZeroizeOnDrop};

use crate::compare::constant_time_eq;

/// What `Debug` and `Display` print instead of a secret.
pub const REDACTED: &str = "[REDACTED]";

/// A password, token or other secret text.
///
/// - `Debug` and `Display` print `[REDACTED]`, never the contents, so a secret that reaches a
///   log line or an error message leaks nothing.
/// - The bytes (including the string's spare capacity) are overwritten with zeros on drop.
/// - Equality is constant-time.
/// - It deserialises from a JSON string (for request bodies) but deliberately does not
///   serialise: call [`SecretString::expose`] where the value really must leave.
///
/// Constructing it from a `String` moves that allocation in without copying; copies the
/// caller made earlier are the caller's to wipe.
#[derive(Clone, Default, Zeroize, ZeroizeOnDrop)]
pub struct SecretString(String);

impl SecretString {
    /// Wraps `secret`, taking ownership of its allocation.
    pub fn new(secret: String) -> Self {
        Self(secret)
    }

    /// The secret text. Keep the borrow short and never log it.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Length of the secret in bytes (UTF-8).
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the secret is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for SecretString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SecretString({REDACTED})")
    }
}

impl fmt::Display for SecretString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

impl From<String> for SecretString {
    fn from(secret: String) -> Self {
        Self::new(secret)
    }
}

impl From<&str> for SecretString {
    fn from(secret: &str) -> Self {
        Self::new(secret.to_owned())
    }
}

impl PartialEq for SecretString {
    fn eq(&self, other: &Self) -> bool {
        constant_time_eq(self.0.as_bytes(), other.0.as_bytes())
    }
}

impl Eq for SecretString {}

impl<'de> Deserialize<'de> for SecretString {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_never_show_the_contents() {
        let secret = SecretString::from("hunter2-very-secret");
        assert_eq!(format!("{secret:?}"), "SecretString([REDACTED])");
        assert_eq!(format!("{secret}"), "[REDACTED]");
        assert_eq!(format!("{secret:#?}"), "SecretString([REDACTED])");
        let wrapped = Some(vec![secret.clone()]);
        assert!(!format!("{wrapped:?}").contains("hunter2"));
        assert_eq!(secret.expose(), "hunter2-very-secret");
    }

    #[test]
    fn zeroize_wipes_the_contents() {
        let mut secret = SecretString::from("wipe me");
        secret.zeroize();
        assert!(secret.is_empty());
        assert_eq!(secret.expose(), "");
    }

    #[test]
    fn deserialises_from_a_json_string_and_compares() {
        let secret: SecretString = serde_json::from_str("\"s3cret\"").unwrap_or_default();
        assert_eq!(secret, SecretString::from("s3cret"));
        assert_ne!(secret, SecretString::from("s3cret!"));
        assert_eq!(secret.len(), 6);
    }
}
