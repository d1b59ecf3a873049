//! Australian Business Number: 11 digits with the ATO's weighted modulus-89 checksum.
//!
//! The ATO's method: subtract 1 from the first digit, multiply each digit by its weight
//! (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19), add the products; the ABN is valid when the sum is
//! divisible by 89. Spaces between digits are allowed (`51 824 753 556`); the normalised value
//! is the 11 digits without spaces.

use thiserror::Error;

use super::{DigitsError, digits_with_spaces, group_digits};

/// The ATO's weights, first digit first.
const WEIGHTS: [u32; 11] = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];

/// Why an ABN was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum AbnError {
    /// A character other than a digit or a space.
    #[error("an ABN contains only digits and spaces, found {0:?}")]
    BadCharacter(char),
    /// Not 11 digits.
    #[error("an ABN has 11 digits, found {0}")]
    WrongLength(usize),
    /// The checksum fails: a mistyped digit, most likely.
    #[error(
        "this is not a valid ABN (its check digits do not match): check it against the ABN Lookup"
    )]
    BadChecksum,
}

/// Validates an ABN; returns its 11 digits without spaces.
pub fn validate_abn(input: &str) -> Result<String, AbnError> {
    let digits = digits_with_spaces(input, WEIGHTS.len()).map_err(|e| match e {
        DigitsError::BadCharacter(c) => AbnError::BadCharacter(c),
        DigitsError::WrongLength(n) => AbnError::WrongLength(n),
    })?;
    // ABNs never begin with 0: the first digit minus 1 would be negative.
    let first = digits[0].checked_sub(1).ok_or(AbnError::BadChecksum)?;
    let sum: u32 = std::iter::once(first)
        .chain(digits[1..].iter().copied())
        .zip(WEIGHTS)
        .map(|(d, w)| u32::from(d) * w)
        .sum();
    if !sum.is_multiple_of(89) {
        return Err(AbnError::BadChecksum);
    }
    Ok(digits.iter().map(|d| char::from(b'0' + d)).collect())
}

/// Formats a valid ABN the way the ATO prints it: `51 824 753 556`.
pub fn format_abn(input: &str) -> Result<String, AbnError> {
    validate_abn(input).map(|abn| group_digits(&abn, &[2, 3, 3, 3]))
}
