//! Hashing and verification: format, cost, right and wrong passwords, malformed hashes and the
//! 72-byte boundary. Everything runs at cost 4 except the two tests that check cost 12 itself.

use proptest::prelude::*;
use security::password::{DEFAULT_MAX_VERIFY_COST, HASH_LEN, parse_cost};
use security::{
    DEFAULT_COST, MAX_PASSWORD_BYTES, PasswordError, PasswordHasher, hash_password,
    hash_password_with_cost, verify_password,
};

const TEST_COST: u32 = 4;

fn fast() -> PasswordHasher {
    PasswordHasher::new(TEST_COST).unwrap()
}

#[test]
fn production_hash_is_2b_cost_12_and_verifies() {
    let hash = hash_password("correct horse battery staple").unwrap();
    assert!(hash.starts_with("$2b$12$"), "{hash}");
    assert_eq!(hash.len(), HASH_LEN);
    assert_eq!(DEFAULT_COST, 12);
    assert_eq!(parse_cost(&hash).unwrap(), 12);
    assert!(verify_password("correct horse battery staple", &hash).unwrap());
}

#[test]
fn cost_is_configurable_and_written_into_the_hash() {
    for cost in [4, 5, 6] {
        let hash = hash_password_with_cost("pw", cost).unwrap();
        assert!(hash.starts_with(&format!("$2b${cost:02}$")), "{hash}");
        assert_eq!(PasswordHasher::new(cost).unwrap().cost(), cost);
    }
}

#[test]
fn cost_outside_4_to_31_is_refused() {
    for cost in [0, 3, 32, 100] {
        let err = PasswordHasher::new(cost).unwrap_err();
        assert!(matches!(err, PasswordError::InvalidCost { .. }), "{err:?}");
        assert!(err.to_string().contains("from 4 to 31"), "{err}");
    }
}

#[test]
fn salts_differ_so_equal_passwords_give_different_hashes() {
    let a = fast().hash("same").unwrap();
    let b = fast().hash("same").unwrap();
    assert_ne!(a, b);
    assert!(fast().verify("same", &a).unwrap() && fast().verify("same", &b).unwrap());
}

#[test]
fn right_password_true_wrong_password_false() {
    let hash = fast().hash("Tr0ub4dor&3").unwrap();
    assert!(fast().verify("Tr0ub4dor&3", &hash).unwrap());
    for wrong in [
        "tr0ub4dor&3",
        "Tr0ub4dor&",
        "Tr0ub4dor&3 ",
        "",
        "Tr0ub4dor&4",
    ] {
        assert!(!fast().verify(wrong, &hash).unwrap(), "{wrong:?}");
    }
}

#[test]
fn unicode_and_empty_passwords_round_trip() {
    for pw in ["", "pässwörd", "密码密码", "🔐🔑"] {
        let hash = fast().hash(pw).unwrap();
        assert!(fast().verify(pw, &hash).unwrap(), "{pw:?}");
    }
}

#[test]
fn exactly_72_bytes_is_accepted_and_every_byte_counts() {
    let pw = "a".repeat(MAX_PASSWORD_BYTES);
    let hash = fast().hash(&pw).unwrap();
    assert!(fast().verify(&pw, &hash).unwrap());
    // The 72nd byte matters: the 71-byte prefix and a different last byte both fail.
    assert!(!fast().verify(&pw[..71], &hash).unwrap());
    let changed = format!("{}b", &pw[..71]);
    assert!(!fast().verify(&changed, &hash).unwrap());
    // 72 bytes of multi-byte characters (24 × the 3-byte euro sign) is also fine.
    let euros = "€".repeat(24);
    assert_eq!(euros.len(), 72);
    assert!(
        fast()
            .verify(&euros, &fast().hash(&euros).unwrap())
            .unwrap()
    );
}

#[test]
fn more_than_72_bytes_is_refused_on_hash_and_verify() {
    let hash = fast().hash(&"a".repeat(72)).unwrap();
    for pw in [
        "a".repeat(73),
        "a".repeat(200),
        format!("{}€", "a".repeat(70)),
    ] {
        let err = fast().hash(&pw).unwrap_err();
        assert!(
            matches!(err, PasswordError::TooLong { len, max: 72 } if len == pw.len()),
            "{err:?}"
        );
        assert!(err.to_string().contains("at most 72 bytes"), "{err}");
        // Not silently truncated: a 73-byte password whose first 72 bytes match is an error.
        let err = fast().verify(&pw, &hash).unwrap_err();
        assert!(matches!(err, PasswordError::TooLong { .. }), "{err:?}");
    }
}

fn malformed_cases(valid: &str) -> Vec<(String, &'static str)> {
    let mut cases: Vec<(String, &'static str)> = vec![
        (String::new(), "60 ASCII"),
        (valid[..59].to_owned(), "59 bytes"),
        (valid[..30].to_owned(), "30 bytes"),
        (format!("{valid}x"), "61 bytes"),
        (format!(" {}", &valid[..59]), "does not start"),
        (format!("{}\n", &valid[..59]), "alphabet"),
        (format!("$2x${}", &valid[4..]), "$2x$"),
        (format!("$3b${}", &valid[4..]), "does not start"),
        (format!("$2b$ab{}", &valid[6..]), "two digits"),
        (format!("$2b$03{}", &valid[6..]), "cost 3"),
        (format!("$2b$32{}", &valid[6..]), "cost 32"),
        (format!("$2b$04x{}", &valid[7..]), "two digits"),
        (format!("{}!{}", &valid[..20], &valid[21..]), "alphabet"),
        (format!("{}é", &valid[..58]), "not ASCII"),
        ("x".repeat(60), "does not start"),
        (
            "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG"
                .to_owned(),
            "60 ASCII",
        ),
    ];
    cases.push(("$2b$04$".to_owned() + &"=".repeat(53), "alphabet"));
    cases
}

#[test]
fn malformed_and_truncated_hashes_are_errors_naming_the_fault() {
    let valid = fast().hash("pw").unwrap();
    for (hash, needle) in malformed_cases(&valid) {
        let err = verify_password("pw", &hash).unwrap_err();
        assert!(
            matches!(err, PasswordError::MalformedHash { .. }),
            "{hash:?}: {err:?}"
        );
        let msg = err.to_string();
        assert!(msg.contains(needle), "{hash:?}: {msg}");
        assert!(msg.contains("reset this user's password"), "{msg}");
    }
}

#[test]
fn hash_with_excessive_cost_is_refused_without_running_it() {
    let valid = fast().hash("pw").unwrap();
    let costly = format!("$2b$31{}", &valid[6..]);
    let err = verify_password("pw", &costly).unwrap_err();
    assert!(
        matches!(err, PasswordError::CostTooHigh { cost: 31, max } if max == DEFAULT_MAX_VERIFY_COST),
        "{err:?}"
    );
    let strict = fast().with_max_verify_cost(4).unwrap();
    let cost5 = hash_password_with_cost("pw", 5).unwrap();
    assert!(matches!(
        strict.verify("pw", &cost5),
        Err(PasswordError::CostTooHigh { cost: 5, max: 4 })
    ));
}

#[test]
fn needs_rehash_for_lower_cost_or_other_prefix() {
    let cost4 = fast().hash("pw").unwrap();
    let cost5 = PasswordHasher::new(5).unwrap();
    assert!(cost5.needs_rehash(&cost4).unwrap());
    assert!(!fast().needs_rehash(&cost4).unwrap());
    let as_2y = format!("$2y${}", &cost4[4..]);
    assert!(fast().needs_rehash(&as_2y).unwrap());
    assert!(fast().needs_rehash("garbage").is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any text at all as a stored hash gives Ok or Err, never a panic.
    #[test]
    fn arbitrary_hash_text_never_panics(hash in ".{0,80}") {
        let _ = verify_password("pw", &hash);
    }

    /// One character of a valid hash replaced (the cost digits excepted, to keep it fast).
    #[test]
    fn mutated_hash_never_panics(pos in 0usize..60, c in any::<char>()) {
        prop_assume!(pos != 4 && pos != 5);
        let valid = "$2b$04$RkRM3Ftc5FP/tFoCXVFbF.vfNRvb6fGDEcbhnUkNMbkasiglVSN/S";
        let mutated: String = valid
            .chars()
            .enumerate()
            .map(|(i, orig)| if i == pos { c } else { orig })
            .collect();
        let _ = verify_password("correct horse battery staple", &mutated);
    }
}
