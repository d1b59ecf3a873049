//! ABNs and ACNs published by the ATO and ASIC, and near misses.

use api::validate::{AbnError, AcnError, format_abn, format_acn, validate_abn, validate_acn};

/// The ATO's worked example (51 824 753 556) and ABNs printed by well-known companies.
const VALID_ABNS: &[&str] = &[
    "51 824 753 556", // ATO: "How to check an ABN" example
    "33 051 775 556", // Telstra
    "49 004 028 077", // BHP
    "16 009 661 901", // Qantas
    "88 000 014 675", // Woolworths
    "48 123 123 124", // Commonwealth Bank
    "53 004 085 616", // ASIC's ABN/ACN example company
];

/// ASIC's published examples of valid ACNs, and the ACNs inside the ABNs above.
const VALID_ACNS: &[&str] = &[
    "000 000 019",
    "000 250 000",
    "000 500 005",
    "000 750 005",
    "001 000 004",
    "001 250 004",
    "001 500 009",
    "001 749 999",
    "001 999 999",
    "002 249 998",
    "002 499 998",
    "002 749 993",
    "002 999 993",
    "003 249 992",
    "003 499 992",
    "003 749 988",
    "003 999 988",
    "004 249 987",
    "004 499 987",
    "004 749 982",
    "004 999 982",
    "005 249 981",
    "005 499 981",
    "005 749 986",
    "005 999 977",
    "010 249 966",
    "010 499 966",
    "010 749 961",
    "051 775 556",
    "004 028 077",
    "009 661 901",
    "004 085 616",
];

#[test]
fn published_abns_are_valid_and_normalised() {
    for abn in VALID_ABNS {
        let digits = validate_abn(abn).unwrap_or_else(|e| panic!("{abn}: {e}"));
        assert_eq!(digits, abn.replace(' ', ""));
        assert_eq!(validate_abn(&digits).unwrap(), digits);
        assert_eq!(format_abn(&digits).unwrap(), *abn);
    }
    assert_eq!(validate_abn("  51824753556 ").unwrap(), "51824753556");
    assert_eq!(
        validate_abn("5 1 8 2 4 7 5 3 5 5 6").unwrap(),
        "51824753556"
    );
}

#[test]
fn abn_near_misses_are_refused_with_reasons() {
    // One digit changed, two digits swapped, a leading zero, all the same digit.
    for bad in [
        "51 824 753 557",
        "15 824 753 556",
        "51 824 735 556",
        "01 824 753 556",
        "11 111 111 111",
    ] {
        assert_eq!(validate_abn(bad), Err(AbnError::BadChecksum), "{bad}");
    }
    assert_eq!(
        validate_abn("51 824 753 55"),
        Err(AbnError::WrongLength(10))
    );
    assert_eq!(
        validate_abn("51 824 753 5560"),
        Err(AbnError::WrongLength(12))
    );
    assert_eq!(validate_abn(""), Err(AbnError::WrongLength(0)));
    assert_eq!(
        validate_abn("51-824-753-556"),
        Err(AbnError::BadCharacter('-'))
    );
    assert_eq!(
        validate_abn("ABN 51824753556"),
        Err(AbnError::BadCharacter('A'))
    );
    assert_eq!(
        validate_abn("51\u{a0}824753556"),
        Err(AbnError::BadCharacter('\u{a0}'))
    );
    assert_eq!(
        validate_abn("５1824753556"),
        Err(AbnError::BadCharacter('５'))
    );
    assert!(
        validate_abn("51 824 753 557")
            .unwrap_err()
            .to_string()
            .contains("ABN Lookup")
    );
}

#[test]
fn every_single_digit_change_of_a_valid_abn_is_caught() {
    // Modulus 89 with these weights detects every single-digit error.
    let good = "51824753556";
    for pos in 0..11 {
        for d in b'0'..=b'9' {
            let mut bytes = good.as_bytes().to_vec();
            if bytes[pos] == d {
                continue;
            }
            bytes[pos] = d;
            let changed = String::from_utf8(bytes).unwrap();
            assert!(validate_abn(&changed).is_err(), "{changed}");
        }
    }
}

#[test]
fn published_acns_are_valid_and_normalised() {
    for acn in VALID_ACNS {
        let digits = validate_acn(acn).unwrap_or_else(|e| panic!("{acn}: {e}"));
        assert_eq!(digits, acn.replace(' ', ""));
        assert_eq!(format_acn(&digits).unwrap(), *acn);
    }
}

#[test]
fn acn_near_misses_are_refused_with_reasons() {
    for bad in [
        "000 000 018",
        "004 085 617",
        "040 085 616",
        "010 749 960",
        "123 456 789",
    ] {
        assert_eq!(validate_acn(bad), Err(AcnError::BadCheckDigit), "{bad}");
    }
    assert_eq!(validate_acn("004 085 61"), Err(AcnError::WrongLength(8)));
    assert_eq!(
        validate_acn("53 004 085 616"),
        Err(AcnError::WrongLength(11))
    );
    assert_eq!(
        validate_acn("004-085-616"),
        Err(AcnError::BadCharacter('-'))
    );
    assert!(
        validate_acn("004 085 617")
            .unwrap_err()
            .to_string()
            .contains("check digit")
    );
}

#[test]
fn a_company_abn_ends_with_its_acn() {
    let abn = validate_abn("53 004 085 616").unwrap();
    assert_eq!(validate_acn(&abn[2..]).unwrap(), "004085616");
}
