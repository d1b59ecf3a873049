//! Australian Company Number: 9 digits, the last a check digit (ASIC's method).
//!
//! ASIC's method: multiply the first eight digits by 8, 7, 6, 5, 4, 3, 2, 1, add the products,
//! take the remainder modulo 10; the check digit is `(10 - remainder) % 10`. Spaces between
//! digits are allowed (`004 085 616`); the normalised value is the 9 digits without spaces.

use thiserror::Error;

use super::{DigitsError, digits_with_spaces, group_digits};

/// ASIC's weights for the first eight digits.
const WEIGHTS: [u32; 8] = [8, 7, 6, 5, 4, 3, 2, 1];

/// Why an ACN was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum AcnError {
    /// A character other than a digit or a space.
    #[error("an ACN contains only digits and spaces, found {0:?}")]
    BadCharacter(char),
    /// Not 9 digits.
    #[error("an ACN has 9 digits, found {0}")]
    WrongLength(usize),
    /// The check digit does not match.
    #[error(
        "this is not a valid ACN (its check digit does not match): check it against ASIC's register"
    )]
    BadCheckDigit,
}

/// Validates an ACN; returns its 9 digits without spaces.
pub fn validate_acn(input: &str) -> Result<String, AcnError> {
    let digits = digits_with_spaces(input, WEIGHTS.len() + 1).map_err(|e| match e {
        DigitsError::BadCharacter(c) => AcnError::BadCharacter(c),
        DigitsError::WrongLength(n) => AcnError::WrongLength(n),
    })?;
    let sum: u32 = digits
        .iter()
        .zip(WEIGHTS)
        .map(|(d, w)| u32::from(*d) * w)
        .sum();
    let check = (10 - sum % 10) % 10;
    if u32::from(digits[8]) != check {
        return Err(AcnError::BadCheckDigit);
    }
    Ok(digits.iter().map(|d| char::from(b'0' + d)).collect())
}

/// Formats a valid ACN the way ASIC prints it: `004 085 616`.
pub fn format_acn(input: &str) -> Result<String, AcnError> {
    validate_acn(input).map(|acn| group_digits(&acn, &[3, 3, 3]))
}
