//! Properties: validators never panic, and their output validates to itself.

use api::validate::{validate_abn, validate_acn, validate_au_phone, validate_email};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn validators_never_panic_on_any_text(s in "\\PC{0,40}") {
        let _ = validate_email(&s);
        let _ = validate_au_phone(&s);
        let _ = validate_abn(&s);
        let _ = validate_acn(&s);
    }

    #[test]
    fn phone_like_text_never_panics_and_normalises_idempotently(s in "[+0-9 ()-]{0,24}") {
        if let Ok(e164) = validate_au_phone(&s) {
            prop_assert!(e164.starts_with("+61") && e164.len() == 12, "{}", e164);
            prop_assert_eq!(validate_au_phone(&e164), Ok(e164.clone()));
        }
    }

    #[test]
    fn abn_and_acn_outputs_revalidate(s in "[0-9 ]{9,16}") {
        if let Ok(abn) = validate_abn(&s) {
            prop_assert_eq!(validate_abn(&abn), Ok(abn.clone()));
        }
        if let Ok(acn) = validate_acn(&s) {
            prop_assert_eq!(validate_acn(&acn), Ok(acn.clone()));
        }
    }

    #[test]
    fn email_normalisation_is_idempotent(s in "[a-zA-Z0-9.+_-]{1,20}@[a-zA-Z0-9.-]{1,20}") {
        if let Ok(email) = validate_email(&s) {
            prop_assert_eq!(validate_email(&email), Ok(email.clone()));
            let domain = email.rsplit('@').next().unwrap_or_default();
            prop_assert_eq!(domain, domain.to_ascii_lowercase());
        }
    }
}
