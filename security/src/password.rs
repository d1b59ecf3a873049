//! Password hashing and verification with bcrypt.
//!
//! Hashes are written as `$2b$<cost>$<22 salt chars><31 hash chars>` (60 characters), cost 12
//! by default, exactly what Python's `bcrypt.hashpw(pw, bcrypt.gensalt(12))` writes, so both
//! services can verify each other's hashes. Verification accepts the `$2a$`, `$2b$` and `$2y$`
//! prefixes, which name the same algorithm for passwords of at most 72 bytes.
//!
//! bcrypt reads at most 72 bytes of a password. Longer passwords are refused with
//! [`PasswordError::TooLong`] on hashing *and* verifying: never silently truncated (two
//! passwords sharing their first 72 bytes would otherwise both match) and never pre-hashed
//! (that would make the stored hashes unreadable by the Python service and its bcrypt).

use crate::error::PasswordError;

/// The bcrypt cost used in production (2^12 rounds), as the platform's standards require.
pub const DEFAULT_COST: u32 = 12;

/// The lowest cost bcrypt accepts; only tests should use it.
pub const MIN_COST: u32 = 4;

/// The highest cost bcrypt accepts.
pub const MAX_COST: u32 = 31;

/// The longest password, in UTF-8 bytes, that bcrypt uses in full.
pub const MAX_PASSWORD_BYTES: usize = 72;

/// The highest cost a stored hash may name before verification refuses it (cost 16 takes about
/// 16 times as long as cost 12); a hash with cost 31 would block a thread for days.
pub const DEFAULT_MAX_VERIFY_COST: u32 = 16;

/// Length of every bcrypt hash string.
pub const HASH_LEN: usize = 60;

/// Hashes and verifies passwords at a chosen cost.
///
/// `PasswordHasher::default()` uses [`DEFAULT_COST`]; tests use `PasswordHasher::new(4)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PasswordHasher {
    cost: u32,
    max_verify_cost: u32,
}

impl Default for PasswordHasher {
    fn default() -> Self {
        Self {
            cost: DEFAULT_COST,
            max_verify_cost: DEFAULT_MAX_VERIFY_COST,
        }
    }
}

impl PasswordHasher {
    /// A hasher writing hashes at `cost` (4 to 31).
    pub fn new(cost: u32) -> Result<Self, PasswordError> {
        check_cost(cost)?;
        Ok(Self {
            cost,
            max_verify_cost: DEFAULT_MAX_VERIFY_COST.max(cost),
        })
    }

    /// The same hasher, accepting stored hashes of cost up to `max` when verifying.
    pub fn with_max_verify_cost(self, max: u32) -> Result<Self, PasswordError> {
        check_cost(max)?;
        Ok(Self {
            max_verify_cost: max,
            ..self
        })
    }

    /// The cost new hashes are written with.
    pub fn cost(&self) -> u32 {
        self.cost
    }

    /// Hashes `password` with a fresh random salt: `$2b$<cost>$…`, 60 characters.
    pub fn hash(&self, password: &str) -> Result<String, PasswordError> {
        check_length(password)?;
        bcrypt::hash(password, self.cost).map_err(from_bcrypt)
    }

    /// Checks `password` against a stored bcrypt hash.
    ///
    /// `Ok(false)` for a wrong password; an error (never a panic) for a malformed hash, a hash
    /// whose cost is above the verify limit, or a password longer than 72 bytes.
    pub fn verify(&self, password: &str, hash: &str) -> Result<bool, PasswordError> {
        check_length(password)?;
        let cost = parse_cost(hash)?;
        if cost > self.max_verify_cost {
            return Err(PasswordError::CostTooHigh {
                cost,
                max: self.max_verify_cost,
            });
        }
        bcrypt::verify(password, hash).map_err(from_bcrypt)
    }

    /// Whether a stored hash should be replaced after the next successful login: true when it
    /// was written with a lower cost than this hasher's or with another prefix than `$2b$`.
    pub fn needs_rehash(&self, hash: &str) -> Result<bool, PasswordError> {
        let cost = parse_cost(hash)?;
        Ok(cost < self.cost || !hash.starts_with("$2b$"))
    }
}

/// Hashes `password` at [`DEFAULT_COST`] (12): `$2b$12$…`.
pub fn hash_password(password: &str) -> Result<String, PasswordError> {
    PasswordHasher::default().hash(password)
}

/// Hashes `password` at `cost` (4 to 31); tests use 4 to stay fast.
pub fn hash_password_with_cost(password: &str, cost: u32) -> Result<String, PasswordError> {
    PasswordHasher::new(cost)?.hash(password)
}

/// Checks `password` against a stored `$2a$`, `$2b$` or `$2y$` hash of any cost up to
/// [`DEFAULT_MAX_VERIFY_COST`]. See [`PasswordHasher::verify`].
pub fn verify_password(password: &str, hash: &str) -> Result<bool, PasswordError> {
    PasswordHasher::default().verify(password, hash)
}

/// Reads the cost from a stored hash after checking its shape: 60 ASCII characters,
/// `$2a$`/`$2b$`/`$2y$`, two cost digits, `$`, then 53 characters of bcrypt's base64 alphabet.
pub fn parse_cost(hash: &str) -> Result<u32, PasswordError> {
    let malformed = |reason: String| PasswordError::MalformedHash { reason };
    if hash.len() != HASH_LEN || !hash.is_ascii() {
        return Err(malformed(format!(
            "it is {} bytes long{}, not {HASH_LEN} ASCII characters",
            hash.len(),
            if hash.is_ascii() {
                ""
            } else {
                " and not ASCII"
            }
        )));
    }
    let bytes = hash.as_bytes();
    match &hash[..4] {
        "$2a$" | "$2b$" | "$2y$" => {}
        "$2x$" => {
            return Err(malformed(
                "the `$2x$` prefix marks hashes from a buggy crypt_blowfish and is not supported"
                    .into(),
            ));
        }
        _ => {
            return Err(malformed(
                "it does not start with `$2a$`, `$2b$` or `$2y$`".into(),
            ));
        }
    }
    let (tens, units, sep) = (bytes[4], bytes[5], bytes[6]);
    if !tens.is_ascii_digit() || !units.is_ascii_digit() || sep != b'$' {
        return Err(malformed(
            "the cost is not two digits followed by `$`".into(),
        ));
    }
    let cost = u32::from(tens - b'0') * 10 + u32::from(units - b'0');
    if !(MIN_COST..=MAX_COST).contains(&cost) {
        return Err(malformed(format!(
            "its cost {cost} is outside bcrypt's {MIN_COST} to {MAX_COST}"
        )));
    }
    if let Some(bad) = hash[7..].chars().find(|c| !is_bcrypt_base64(*c)) {
        return Err(malformed(format!(
            "it contains {bad:?}, which is not in bcrypt's base64 alphabet `./A-Za-z0-9`"
        )));
    }
    Ok(cost)
}

fn is_bcrypt_base64(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '.' || c == '/'
}

fn check_cost(cost: u32) -> Result<(), PasswordError> {
    if (MIN_COST..=MAX_COST).contains(&cost) {
        Ok(())
    } else {
        Err(PasswordError::InvalidCost {
            cost,
            min: MIN_COST,
            max: MAX_COST,
        })
    }
}

fn check_length(password: &str) -> Result<(), PasswordError> {
    if password.len() > MAX_PASSWORD_BYTES {
        Err(PasswordError::TooLong {
            len: password.len(),
            max: MAX_PASSWORD_BYTES,
        })
    } else {
        Ok(())
    }
}

fn from_bcrypt(err: bcrypt::BcryptError) -> PasswordError {
    match err {
        bcrypt::BcryptError::CostNotAllowed(cost) => PasswordError::InvalidCost {
            cost,
            min: MIN_COST,
            max: MAX_COST,
        },
        bcrypt::BcryptError::InvalidHash(reason) => PasswordError::MalformedHash {
            reason: reason.to_owned(),
        },
        bcrypt::BcryptError::Rand(e) => PasswordError::Random(e.to_string()),
        bcrypt::BcryptError::Truncation(len) => PasswordError::TooLong {
            len,
            max: MAX_PASSWORD_BYTES,
        },
    }
}
