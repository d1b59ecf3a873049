//! Australian phone numbers: every accepted form normalises to E.164; near misses are refused.

use api::validate::{PhoneError, validate_au_phone};

#[test]
fn mobiles_in_every_accepted_form() {
    let forms = [
        "0412345678",
        "0412 345 678",
        "0412-345-678",
        "04 1234 5678",
        " 0412 345 678 ",
        "+61412345678",
        "+61 412 345 678",
        "+61 4 1234 5678",
        "+61-412-345-678",
        "+61 (0)412 345 678",
        "+61(0)412345678",
        "(04) 1234 5678",
        "+61 (4) 1234 5678",
    ];
    for form in forms {
        assert_eq!(
            validate_au_phone(form).as_deref(),
            Ok("+61412345678"),
            "{form:?}"
        );
    }
}

#[test]
fn landlines_in_every_accepted_form() {
    let cases = [
        ("(02) 9876 5432", "+61298765432"),
        ("02 9876 5432", "+61298765432"),
        ("0298765432", "+61298765432"),
        ("+61 2 9876 5432", "+61298765432"),
        ("+61 (2) 9876 5432", "+61298765432"),
        ("+61 (0)2 9876 5432", "+61298765432"),
        ("(03) 9123 4567", "+61391234567"),
        ("07 3123 4567", "+61731234567"),
        ("(08) 8123 4567", "+61881234567"),
        ("+61 8 9123 4567", "+61891234567"),
    ];
    for (form, e164) in cases {
        assert_eq!(validate_au_phone(form).as_deref(), Ok(e164), "{form:?}");
    }
}

#[test]
fn near_misses_are_refused_with_the_reason() {
    use PhoneError::*;
    let cases: &[(&str, PhoneError)] = &[
        ("", Empty),
        ("   ", Empty),
        ("0412 345 67", WrongLength(8)),
        ("0412 345 6789", WrongLength(10)),
        ("+61 412 345 67", WrongLength(8)),
        ("+61", WrongLength(0)),
        ("412 345 678", MissingPrefix),
        ("61412345678", MissingPrefix),
        ("+61 0412 345 678", TrunkZeroAfterCountryCode),
        ("+61 (02) 9876 5432", TrunkZeroAfterCountryCode),
        ("+64 21 123 4567", NotAustralian),
        ("+1 212 555 0100", NotAustralian),
        ("0011 61 412 345 678", WrongLength(14)),
        ("(0412) 345 678", Brackets),
        ("1300 123 456", MissingPrefix),
        ("1800 123 456", MissingPrefix),
        ("0112 345 678", NotMobileOrLandline("01".into())),
        ("0512 345 678", NotMobileOrLandline("05".into())),
        ("0912 345 678", NotMobileOrLandline("09".into())),
        ("+61 1300 123 45", NotMobileOrLandline("+61 1".into())),
        ("0412.345.678", BadCharacter('.')),
        ("0412 345 678 ext 2", BadCharacter('e')),
        ("0412/345/678", BadCharacter('/')),
        ("＋61 412 345 678", BadCharacter('＋')),
        ("(02 9876 5432", Brackets),
        ("02) 9876 5432", Brackets),
        ("0412 (345) 678", Brackets),
        ("(02) (9876) 5432", Brackets),
        ("() 0412 345 678", Brackets),
        ("((02)) 9876 5432", Brackets),
        ("(029) 876 5432", Brackets),
    ];
    for (input, expected) in cases {
        assert_eq!(
            validate_au_phone(input).as_ref(),
            Err(expected),
            "{input:?}"
        );
    }
}

#[test]
fn messages_say_what_to_do() {
    let msg = |input| validate_au_phone(input).unwrap_err().to_string();
    assert!(msg("+61 0412 345 678").contains("drop the 0 after +61"));
    assert!(msg("412 345 678").contains("start the number with 0"));
    assert!(msg("1300 123 456").contains("start the number with 0"));
    assert!(msg("0512 345 678").contains("05…"));
}
