//! Secure tokens (email verification, password reset, refresh tokens) and their stored hashes.
//!
//! A token is 32 bytes (256 bits) from the operating system's CSPRNG, encoded as URL-safe base64
//! without padding: 43 characters of `A-Z a-z 0-9 - _`, the same shape as Python's
//! `secrets.token_urlsafe(32)`. The token goes to the user; the database stores only its
//! SHA-256 ([`hash_token`]), so a leaked table grants nothing.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};
use zeroize::Zeroize;

use crate::compare::constant_time_eq;
use crate::error::TokenError;
use crate::secret::SecretString;

/// Random bytes in a token.
pub const TOKEN_BYTES: usize = 32;

/// Characters in an encoded token: 32 bytes as unpadded base64.
pub const TOKEN_CHARS: usize = 43;

/// Characters in a token hash: SHA-256 as lowercase hex.
pub const TOKEN_HASH_CHARS: usize = 64;

/// Draws a new token: 32 CSPRNG bytes as 43 URL-safe base64 characters, no padding.
///
/// Fails only if the operating system cannot supply randomness.
pub fn generate_secure_token() -> Result<SecretString, TokenError> {
    let mut bytes = [0u8; TOKEN_BYTES];
    getrandom::fill(&mut bytes).map_err(|e| TokenError::Random(e.to_string()))?;
    let token = URL_SAFE_NO_PAD.encode(bytes);
    bytes.zeroize();
    Ok(SecretString::new(token))
}

/// The SHA-256 of `token` as 64 lowercase hex characters: the only form the database keeps.
///
/// Deterministic: the same token always gives the same hash, so a token presented later is
/// looked up by hashing it again.
pub fn hash_token(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    let mut hex = String::with_capacity(TOKEN_HASH_CHARS);
    for byte in digest {
        hex.push(hex_digit(byte >> 4));
        hex.push(hex_digit(byte & 0x0f));
    }
    hex
}

/// Whether `token` hashes to `stored_hash` (lowercase hex, as [`hash_token`] writes it),
/// compared in constant time.
pub fn verify_token(token: &str, stored_hash: &str) -> bool {
    constant_time_eq(hash_token(token).as_bytes(), stored_hash.as_bytes())
}

fn hex_digit(nibble: u8) -> char {
    char::from(b"0123456789abcdef"[usize::from(nibble & 0x0f)])
}
