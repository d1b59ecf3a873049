//! Email addresses: RFC 5321 lengths, a sensible subset of its syntax, a normalised domain.
//!
//! Accepted: `local@domain` where the local part is a dot-atom of ASCII letters, digits and
//! ``!#$%&'*+/=?^_`{|}~-`` (no leading, trailing or doubled dot; at most 64 bytes) and the domain
//! is two or more DNS labels of letters, digits and inner hyphens (each at most 63 bytes, the
//! last not all digits). The whole address is at most 254 bytes (RFC 5321's 256-byte path less
//! its angle brackets). Quoted local parts, IP-address literals, comments and non-ASCII text are
//! refused: real sign-ups do not use them, and mail systems disagree about them.
//!
//! Normalising: surrounding whitespace is trimmed and the domain lowercased. The local part
//! keeps its case, since RFC 5321 lets a mail server treat it as case-sensitive;
//! [`validate_email_for_storage`] lowercases it too, for the database's lower-case email columns.

use thiserror::Error;

/// Longest address accepted, in bytes (RFC 5321 section 4.5.3.1.3, less `<` and `>`).
pub const MAX_EMAIL_LEN: usize = 254;
/// Longest local part, in bytes (RFC 5321 section 4.5.3.1.1).
pub const MAX_LOCAL_LEN: usize = 64;
/// Longest domain label, in bytes (RFC 1035).
pub const MAX_LABEL_LEN: usize = 63;

/// Why an email address was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum EmailError {
    /// Nothing was given.
    #[error("enter an email address")]
    Empty,
    /// Longer than 254 bytes.
    #[error("an email address has at most {MAX_EMAIL_LEN} characters, this one has {0}")]
    TooLong(usize),
    /// No `@`, or more than one.
    #[error("an email address has exactly one @ between the name and the domain")]
    MissingAt,
    /// The part before `@` is empty or over 64 bytes.
    #[error("the part before the @ must have 1 to {MAX_LOCAL_LEN} characters, this one has {0}")]
    LocalLength(usize),
    /// The part before `@` has a character or dot placement that is not accepted.
    #[error(
        "the part before the @ may hold letters, digits, dots (not first, last or doubled) and {0}"
    )]
    LocalSyntax(&'static str),
    /// The domain is malformed.
    #[error("the domain after the @ is not valid: {0}")]
    Domain(&'static str),
    /// Text outside ASCII.
    #[error(
        "use an address written in ASCII letters (write an international domain in its xn-- form)"
    )]
    NonAscii,
}

const LOCAL_SYMBOLS: &str = "!#$%&'*+/=?^_`{|}~-";
const LOCAL_SYMBOLS_HINT: &str = "the symbols !#$%&'*+/=?^_`{|}~-";

/// Validates `input`; returns it trimmed, with its domain lowercased.
pub fn validate_email(input: &str) -> Result<String, EmailError> {
    let email = input.trim();
    if email.is_empty() {
        return Err(EmailError::Empty);
    }
    if !email.is_ascii() {
        return Err(EmailError::NonAscii);
    }
    if email.len() > MAX_EMAIL_LEN {
        return Err(EmailError::TooLong(email.len()));
    }
    let (local, domain) = match email.split_once('@') {
        Some((local, domain)) if !domain.contains('@') => (local, domain),
        _ => return Err(EmailError::MissingAt),
    };
    check_local(local)?;
    let domain = domain.to_ascii_lowercase();
    check_domain(&domain)?;
    Ok(format!("{local}@{domain}"))
}

/// Validates `input` and lowercases all of it, local part included: the form `dbo.User.Email`
/// and the other email columns store ("stored lower-case; unique"), so that `Ann@x.com` and
/// `ann@x.com` are one account.
pub fn validate_email_for_storage(input: &str) -> Result<String, EmailError> {
    validate_email(input).map(|email| email.to_ascii_lowercase())
}

fn check_local(local: &str) -> Result<(), EmailError> {
    if local.is_empty() || local.len() > MAX_LOCAL_LEN {
        return Err(EmailError::LocalLength(local.len()));
    }
    let allowed = |c: char| c.is_ascii_alphanumeric() || c == '.' || LOCAL_SYMBOLS.contains(c);
    if !local.chars().all(allowed) {
        return Err(EmailError::LocalSyntax(LOCAL_SYMBOLS_HINT));
    }
    if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
        return Err(EmailError::LocalSyntax(LOCAL_SYMBOLS_HINT));
    }
    Ok(())
}

fn check_domain(domain: &str) -> Result<(), EmailError> {
    if domain.is_empty() {
        return Err(EmailError::Domain("it is empty"));
    }
    if domain.starts_with('[') {
        return Err(EmailError::Domain("IP-address literals are not accepted"));
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 {
        return Err(EmailError::Domain("it needs a dot, as in example.com.au"));
    }
    for label in &labels {
        if label.is_empty() {
            return Err(EmailError::Domain(
                "it has an empty part (a leading, trailing or doubled dot)",
            ));
        }
        if label.len() > MAX_LABEL_LEN {
            return Err(EmailError::Domain(
                "a part between dots is longer than 63 characters",
            ));
        }
        if !label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(EmailError::Domain(
                "it may hold only letters, digits, hyphens and dots",
            ));
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(EmailError::Domain(
                "a part between dots starts or ends with a hyphen",
            ));
        }
    }
    if labels
        .last()
        .is_some_and(|tld| tld.chars().all(|c| c.is_ascii_digit()))
    {
        return Err(EmailError::Domain("its last part is all digits"));
    }
    Ok(())
}
