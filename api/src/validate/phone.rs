//! Australian phone numbers: mobiles (`04…`) and landlines (`02`, `03`, `07`, `08`), normalised
//! to E.164 (`+61412345678`).
//!
//! Accepted forms, with any spaces or hyphens between digits:
//! - national: `0412 345 678`, `(02) 9876 5432`, `03 9123 4567`;
//! - international: `+61 412 345 678`, `+61 2 9876 5432`, `+61 (0)412 345 678`, `+61 (2) 9876 5432`.
//!
//! Brackets may enclose only the leading digits (the area code or the `(0)` trunk prefix), once.
//! Refused: other countries, `61…` without the `+`, a `0` after `+61` outside brackets, `13`,
//! `1300`, `1800` and other non-geographic numbers, and anything not exactly nine digits after
//! the `0` or `+61`.

use thiserror::Error;

const COUNTRY_CODE: &str = "+61";
const NATIONAL_DIGITS: usize = 9;

/// Why a phone number was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum PhoneError {
    /// Nothing was given.
    #[error("enter a phone number")]
    Empty,
    /// A character other than digits, spaces, hyphens, brackets and a leading `+`.
    #[error(
        "a phone number may hold only digits, spaces, hyphens, brackets and a leading +; found {0:?}"
    )]
    BadCharacter(char),
    /// Brackets unbalanced, repeated, or not around the leading digits.
    #[error("brackets may only enclose the area code, as in (02) 9876 5432 or +61 (0)412 345 678")]
    Brackets,
    /// An international number for another country.
    #[error("only Australian numbers are accepted: start with 0 or +61")]
    NotAustralian,
    /// National form without the leading 0.
    #[error("start the number with 0 (as in 0412 345 678) or +61 (as in +61 412 345 678)")]
    MissingPrefix,
    /// `+61` followed by the trunk `0`.
    #[error("drop the 0 after +61: write +61 412 345 678, not +61 0412 345 678")]
    TrunkZeroAfterCountryCode,
    /// Not nine digits after `0`/`+61`.
    #[error(
        "an Australian number has 10 digits starting with 0 (or +61 and 9 digits); found {0} after the prefix"
    )]
    WrongLength(usize),
    /// Not a mobile or landline range.
    #[error("only mobile (04) and landline (02, 03, 07, 08) numbers are accepted; {0}… is neither")]
    NotMobileOrLandline(String),
}

/// Validates an Australian mobile or landline number; returns it in E.164 form (`+61…`).
pub fn validate_au_phone(input: &str) -> Result<String, PhoneError> {
    let text = input.trim();
    if text.is_empty() {
        return Err(PhoneError::Empty);
    }
    let (international, rest) = match text.strip_prefix('+') {
        Some(after_plus) => {
            let spaced = after_plus.trim_start_matches([' ', '-']);
            match spaced.strip_prefix("61") {
                Some(number) => (true, number),
                None => return Err(PhoneError::NotAustralian),
            }
        }
        None => (false, text),
    };
    let (bracketed, digits) = collect_digits(rest)?;
    let national = if international {
        match (bracketed.as_deref(), digits.strip_prefix('0')) {
            (Some("0"), Some(without_trunk)) => without_trunk.to_owned(),
            (_, Some(_)) => return Err(PhoneError::TrunkZeroAfterCountryCode),
            (_, None) => digits,
        }
    } else {
        match digits.strip_prefix('0') {
            Some(without_trunk) => without_trunk.to_owned(),
            None => return Err(PhoneError::MissingPrefix),
        }
    };
    if national.len() != NATIONAL_DIGITS {
        return Err(PhoneError::WrongLength(national.len()));
    }
    match national.as_bytes()[0] {
        b'4' | b'2' | b'3' | b'7' | b'8' => Ok(format!("{COUNTRY_CODE}{national}")),
        _ => Err(PhoneError::NotMobileOrLandline(format!(
            "{}{}",
            if international { "+61 " } else { "0" },
            &national[..1]
        ))),
    }
}

/// Collects the digits of `rest`, skipping spaces and hyphens; returns the digits that stood in
/// brackets (which must come before any other digit), if any, and all the digits.
fn collect_digits(rest: &str) -> Result<(Option<String>, String), PhoneError> {
    let mut digits = String::new();
    let mut bracketed: Option<String> = None;
    let mut open: Option<String> = None;
    for c in rest.chars() {
        match c {
            '0'..='9' => {
                digits.push(c);
                if let Some(group) = open.as_mut() {
                    group.push(c);
                }
            }
            ' ' | '-' => {}
            '(' if open.is_none() && bracketed.is_none() && digits.is_empty() => {
                open = Some(String::new());
            }
            ')' => match open.take() {
                Some(group) if !group.is_empty() && group.len() <= 2 => bracketed = Some(group),
                _ => return Err(PhoneError::Brackets),
            },
            '(' => return Err(PhoneError::Brackets),
            other => return Err(PhoneError::BadCharacter(other)),
        }
    }
    if open.is_some() {
        return Err(PhoneError::Brackets);
    }
    Ok((bracketed, digits))
}
