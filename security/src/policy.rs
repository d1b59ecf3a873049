//! The password policy: every reason a new password is refused, at once.
//!
//! The default policy asks for 8 to 72 bytes' worth of password (at least 8 characters, at most
//! bcrypt's 72 UTF-8 bytes), a lowercase and an uppercase letter, a digit and a symbol, no control
//! characters, and nothing taken from the user's own details (email, names).

use std::fmt;

use thiserror::Error;

use crate::password::MAX_PASSWORD_BYTES;

/// One reason a password breaks the policy.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum PolicyViolation {
    /// Fewer characters than the minimum.
    #[error("use at least {min} characters (this password has {actual})")]
    TooShort {
        /// The minimum, in characters.
        min: usize,
        /// The password's length, in characters.
        actual: usize,
    },
    /// More UTF-8 bytes than bcrypt uses.
    #[error(
        "use at most {max} bytes (this password has {actual}; letters outside ASCII take 2 to 4 bytes each)"
    )]
    TooLong {
        /// The maximum, in bytes.
        max: usize,
        /// The password's length, in bytes.
        actual: usize,
    },
    /// No lowercase letter.
    #[error("add a lowercase letter")]
    MissingLowercase,
    /// No uppercase letter.
    #[error("add an uppercase letter")]
    MissingUppercase,
    /// No digit.
    #[error("add a digit")]
    MissingDigit,
    /// No symbol (anything that is neither a letter, a digit nor whitespace).
    #[error("add a symbol such as ! # $ % or &")]
    MissingSymbol,
    /// A control character (tab, newline, NUL…).
    #[error("remove control characters such as tabs, newlines or NUL")]
    ControlCharacter,
    /// The password contains the user's email, its local part, or a name.
    #[error("do not use your email address or name in your password")]
    ContainsPersonalInfo,
}

/// A password refused by the policy, with every reason.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub struct PasswordRejected {
    /// The reasons, in the order the policy checks them.
    pub violations: Vec<PolicyViolation>,
}

impl fmt::Display for PasswordRejected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the password does not meet the policy: ")?;
        for (i, v) in self.violations.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{v}")?;
        }
        Ok(())
    }
}

/// The rules a new password must meet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasswordPolicy {
    /// Minimum length in characters.
    pub min_chars: usize,
    /// Maximum length in UTF-8 bytes; never above [`MAX_PASSWORD_BYTES`].
    pub max_bytes: usize,
    /// Require a lowercase letter.
    pub require_lowercase: bool,
    /// Require an uppercase letter.
    pub require_uppercase: bool,
    /// Require a digit.
    pub require_digit: bool,
    /// Require a symbol.
    pub require_symbol: bool,
}

impl Default for PasswordPolicy {
    fn default() -> Self {
        Self {
            min_chars: 8,
            max_bytes: MAX_PASSWORD_BYTES,
            require_lowercase: true,
            require_uppercase: true,
            require_digit: true,
            require_symbol: true,
        }
    }
}

/// Personal details shorter than this are not searched for in a password.
const MIN_PERSONAL_LEN: usize = 3;

impl PasswordPolicy {
    /// Checks `password`, returning every violation.
    pub fn check(&self, password: &str) -> Result<(), PasswordRejected> {
        self.check_for_user(password, &[])
    }

    /// Checks `password` and also refuses it when it contains, ignoring case, one of the
    /// user's details: pass the email (its local part is checked too) and names.
    pub fn check_for_user(
        &self,
        password: &str,
        personal: &[&str],
    ) -> Result<(), PasswordRejected> {
        let mut violations = Vec::new();
        let chars = password.chars().count();
        if chars < self.min_chars {
            violations.push(PolicyViolation::TooShort {
                min: self.min_chars,
                actual: chars,
            });
        }
        let max = self.max_bytes.min(MAX_PASSWORD_BYTES);
        if password.len() > max {
            violations.push(PolicyViolation::TooLong {
                max,
                actual: password.len(),
            });
        }
        let has = |pred: fn(&char) -> bool| password.chars().any(|c| pred(&c));
        let classes = [
            (
                self.require_lowercase,
                has(|c| c.is_lowercase()),
                PolicyViolation::MissingLowercase,
            ),
            (
                self.require_uppercase,
                has(|c| c.is_uppercase()),
                PolicyViolation::MissingUppercase,
            ),
            (
                self.require_digit,
                has(|c| c.is_numeric()),
                PolicyViolation::MissingDigit,
            ),
            (
                self.require_symbol,
                has(is_symbol),
                PolicyViolation::MissingSymbol,
            ),
        ];
        for (required, present, violation) in classes {
            if required && !present {
                violations.push(violation);
            }
        }
        if has(|c| c.is_control()) {
            violations.push(PolicyViolation::ControlCharacter);
        }
        if contains_personal(password, personal) {
            violations.push(PolicyViolation::ContainsPersonalInfo);
        }
        if violations.is_empty() {
            Ok(())
        } else {
            Err(PasswordRejected { violations })
        }
    }
}

fn is_symbol(c: &char) -> bool {
    !c.is_alphanumeric() && !c.is_whitespace() && !c.is_control()
}

fn contains_personal(password: &str, personal: &[&str]) -> bool {
    let lowered = password.to_lowercase();
    personal
        .iter()
        .flat_map(|detail| {
            let local = detail.split_once('@').map(|(local, _)| local);
            std::iter::once(*detail).chain(local)
        })
        .map(|detail| detail.trim().to_lowercase())
        .filter(|detail| detail.chars().count() >= MIN_PERSONAL_LEN)
        .any(|detail| lowered.contains(&detail))
}
