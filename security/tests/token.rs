//! Tokens: length, alphabet, uniqueness over 100,000 draws, and the stored SHA-256.

use std::collections::HashSet;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use security::token::TOKEN_HASH_CHARS;
use security::{TOKEN_BYTES, TOKEN_CHARS, generate_secure_token, hash_token, verify_token};

fn url_safe(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

#[test]
fn tokens_are_43_url_safe_chars_decoding_to_32_bytes() {
    let token = generate_secure_token().unwrap();
    assert_eq!(TOKEN_CHARS, 43);
    assert_eq!(token.len(), TOKEN_CHARS);
    assert!(token.expose().chars().all(url_safe), "{}", token.expose());
    assert!(!token.expose().contains('='));
    assert_eq!(
        URL_SAFE_NO_PAD.decode(token.expose()).unwrap().len(),
        TOKEN_BYTES
    );
    assert_eq!(format!("{token:?}"), "SecretString([REDACTED])");
}

#[test]
fn one_hundred_thousand_tokens_are_unique_and_well_formed() {
    let mut seen = HashSet::with_capacity(100_000);
    let mut alphabet = HashSet::new();
    for _ in 0..100_000 {
        let token = generate_secure_token().unwrap();
        let text = token.expose();
        assert_eq!(text.len(), TOKEN_CHARS);
        assert!(text.chars().all(url_safe), "{text}");
        alphabet.extend(text.chars());
        assert!(seen.insert(text.to_owned()), "duplicate token");
    }
    // 4.3 million random characters use the whole 64-character alphabet, `-` and `_` included.
    assert_eq!(alphabet.len(), 64);
}

#[test]
fn hash_token_is_stable_lowercase_hex_sha256() {
    // FIPS 180-2's test vector for "abc".
    assert_eq!(
        hash_token("abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    let token = generate_secure_token().unwrap();
    let first = hash_token(token.expose());
    assert_eq!(first, hash_token(token.expose()));
    assert_eq!(first.len(), TOKEN_HASH_CHARS);
    assert!(
        first
            .chars()
            .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c))
    );
    assert_ne!(first, token.expose());
}

#[test]
fn verify_token_matches_only_the_right_token() {
    let token = generate_secure_token().unwrap();
    let other = generate_secure_token().unwrap();
    let stored = hash_token(token.expose());
    assert!(verify_token(token.expose(), &stored));
    assert!(!verify_token(other.expose(), &stored));
    assert!(!verify_token(token.expose(), &stored[..63]));
    assert!(!verify_token(token.expose(), &stored.to_uppercase()));
}
