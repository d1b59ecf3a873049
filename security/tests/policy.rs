//! The password policy reports every reason at once.

use security::policy::PasswordRejected;
use security::{PasswordPolicy, PolicyViolation};

fn violations(pw: &str) -> Vec<PolicyViolation> {
    PasswordPolicy::default()
        .check(pw)
        .err()
        .map(|e| e.violations)
        .unwrap_or_default()
}

#[test]
fn good_passwords_pass() {
    for pw in [
        "Tr0ub4dor&3",
        "Correct-Horse-9",
        "Pässwörd#2024",
        "Aa1!aaaa",
        "Zebra 42 crossing!",
    ] {
        assert_eq!(violations(pw), vec![], "{pw:?}");
    }
}

#[test]
fn every_missing_class_is_reported_together() {
    assert_eq!(
        violations("abc"),
        vec![
            PolicyViolation::TooShort { min: 8, actual: 3 },
            PolicyViolation::MissingUppercase,
            PolicyViolation::MissingDigit,
            PolicyViolation::MissingSymbol,
        ]
    );
    assert_eq!(
        violations("ABCDEFGH1!"),
        vec![PolicyViolation::MissingLowercase]
    );
    assert_eq!(violations("Abcdefgh!"), vec![PolicyViolation::MissingDigit]);
    assert_eq!(
        violations("Abcdefgh1"),
        vec![PolicyViolation::MissingSymbol]
    );
    assert_eq!(
        violations("Abcdefgh1 "),
        vec![PolicyViolation::MissingSymbol]
    );
}

#[test]
fn length_counts_characters_for_the_minimum_and_bytes_for_the_maximum() {
    // 7 characters but 14 bytes: still too short.
    assert!(violations("Ää1!ääb").contains(&PolicyViolation::TooShort { min: 8, actual: 7 }));
    let long = format!("Aa1!{}", "x".repeat(69));
    assert_eq!(
        violations(&long),
        vec![PolicyViolation::TooLong {
            max: 72,
            actual: 73
        }]
    );
    assert_eq!(violations(&long[..72]), vec![]);
    // The maximum can be lowered but never raised above bcrypt's 72 bytes.
    let lax = PasswordPolicy {
        max_bytes: 1000,
        ..PasswordPolicy::default()
    };
    assert!(lax.check(&long).is_err());
}

#[test]
fn control_characters_are_refused() {
    assert_eq!(
        violations("Tr0ub4dor&3\n"),
        vec![PolicyViolation::ControlCharacter]
    );
    assert_eq!(
        violations("Tr0ub\u{0}4dor&3"),
        vec![PolicyViolation::ControlCharacter]
    );
}

#[test]
fn personal_details_are_refused_ignoring_case() {
    let policy = PasswordPolicy::default();
    let me = ["Ann.Smith@example.com.au", "Ann", "Smith"];
    let err = policy.check_for_user("ANN.SMITH#2024x", &me).unwrap_err();
    assert_eq!(err.violations, vec![PolicyViolation::ContainsPersonalInfo]);
    assert!(policy.check_for_user("Smith-Rules-9", &me).is_err());
    assert!(policy.check_for_user("Tr0ub4dor&3", &me).is_ok());
    // Details shorter than 3 characters are ignored, or every password would clash with "Al".
    assert!(policy.check_for_user("Alpine-Lake-7", &["Al"]).is_ok());
}

#[test]
fn the_message_lists_every_reason_and_what_to_do() {
    let err: PasswordRejected = PasswordPolicy::default().check("abc").unwrap_err();
    assert_eq!(
        err.to_string(),
        "the password does not meet the policy: use at least 8 characters (this password has 3); \
         add an uppercase letter; add a digit; add a symbol such as ! # $ % or &"
    );
}

#[test]
fn requirements_can_be_switched_off() {
    let passphrase = PasswordPolicy {
        min_chars: 15,
        require_uppercase: false,
        require_digit: false,
        require_symbol: false,
        ..PasswordPolicy::default()
    };
    assert!(passphrase.check("correct horse battery staple").is_ok());
    assert!(passphrase.check("short one").is_err());
}
