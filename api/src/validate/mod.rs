//! Field validators. Each returns the normalised value to store, or a reason for refusal that can
//! be shown to the user.

pub mod abn;
pub mod acn;
pub mod email;
pub mod phone;

pub use abn::{AbnError, format_abn, validate_abn};
pub use acn::{AcnError, format_acn, validate_acn};
pub use email::{EmailError, validate_email, validate_email_for_storage};
pub use phone::{PhoneError, validate_au_phone};

/// Strips ASCII spaces from `input` and requires exactly `len` ASCII digits; shared by the ABN
/// and ACN validators.
pub(crate) fn digits_with_spaces(input: &str, len: usize) -> Result<Vec<u8>, DigitsError> {
    let mut digits = Vec::with_capacity(len);
    for c in input.trim().chars() {
        match c {
            ' ' => {}
            '0'..='9' => digits.push(c as u8 - b'0'),
            other => return Err(DigitsError::BadCharacter(other)),
        }
    }
    if digits.len() == len {
        Ok(digits)
    } else {
        Err(DigitsError::WrongLength(digits.len()))
    }
}

/// Why a run of digits was refused before its checksum was looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DigitsError {
    BadCharacter(char),
    WrongLength(usize),
}

/// Splits a string of digits into groups of the given sizes, separated by spaces.
pub(crate) fn group_digits(digits: &str, groups: &[usize]) -> String {
    let mut out = String::with_capacity(digits.len() + groups.len());
    let mut rest = digits;
    for (i, size) in groups.iter().enumerate() {
        let (head, tail) = rest.split_at((*size).min(rest.len()));
        if i > 0 && !head.is_empty() {
            out.push(' ');
        }
        out.push_str(head);
        rest = tail;
    }
    out.push_str(rest);
    out
}
