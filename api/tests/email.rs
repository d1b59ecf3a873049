//! Email addresses: accepted forms with their normalisation, and refusals with reasons.

use api::validate::{EmailError, validate_email, validate_email_for_storage};

#[test]
fn valid_addresses_normalise_the_domain_only() {
    let cases = [
        ("ann@example.com", "ann@example.com"),
        ("Ann.Smith@Example.COM.AU", "Ann.Smith@example.com.au"),
        ("  ann@example.com\n", "ann@example.com"),
        (
            "first.last+events@sub.domain.org",
            "first.last+events@sub.domain.org",
        ),
        ("o'brien@example.ie", "o'brien@example.ie"),
        ("x@a.io", "x@a.io"),
        (
            "user_name-1@my-company.com.au",
            "user_name-1@my-company.com.au",
        ),
        (
            "!#$%&'*+/=?^_`{|}~-@example.com",
            "!#$%&'*+/=?^_`{|}~-@example.com",
        ),
        ("ann@xn--bcher-kva.example", "ann@xn--bcher-kva.example"),
        ("ann@123.example.com", "ann@123.example.com"),
    ];
    for (input, normalised) in cases {
        assert_eq!(
            validate_email(input).as_deref(),
            Ok(normalised),
            "{input:?}"
        );
    }
}

#[test]
fn rfc_5321_length_limits_at_both_sides() {
    let local64 = "a".repeat(64);
    assert!(validate_email(&format!("{local64}@example.com")).is_ok());
    assert_eq!(
        validate_email(&format!("a{local64}@example.com")),
        Err(EmailError::LocalLength(65))
    );
    let label63 = "b".repeat(63);
    assert!(validate_email(&format!("a@{label63}.com")).is_ok());
    assert!(matches!(
        validate_email(&format!("a@b{label63}.com")),
        Err(EmailError::Domain(_))
    ));
    // 254 bytes in all is the most; 255 is refused.
    // 64 + "@" + 63 + "." + 63 + "." + 57 + ".com" = 254.
    let domain = format!("{label63}.{label63}.{}.com", "c".repeat(57));
    let at_limit = format!("{local64}@{domain}");
    assert_eq!(at_limit.len(), 254);
    assert!(validate_email(&at_limit).is_ok());
    let over = format!("a{at_limit}");
    assert_eq!(validate_email(&over), Err(EmailError::TooLong(255)));
}

#[test]
fn invalid_addresses_are_refused_with_the_reason() {
    use EmailError::*;
    let cases: &[(&str, EmailError)] = &[
        ("", Empty),
        ("   ", Empty),
        ("ann", MissingAt),
        ("ann.example.com", MissingAt),
        ("ann@@example.com", MissingAt),
        ("a@b@example.com", MissingAt),
        ("@example.com", LocalLength(0)),
        ("ann@", Domain("it is empty")),
        (
            "ann@localhost",
            Domain("it needs a dot, as in example.com.au"),
        ),
        (
            "ann@example..com",
            Domain("it has an empty part (a leading, trailing or doubled dot)"),
        ),
        (
            "ann@.example.com",
            Domain("it has an empty part (a leading, trailing or doubled dot)"),
        ),
        (
            "ann@example.com.",
            Domain("it has an empty part (a leading, trailing or doubled dot)"),
        ),
        (
            "ann@-example.com",
            Domain("a part between dots starts or ends with a hyphen"),
        ),
        (
            "ann@example-.com",
            Domain("a part between dots starts or ends with a hyphen"),
        ),
        (
            "ann@exa_mple.com",
            Domain("it may hold only letters, digits, hyphens and dots"),
        ),
        (
            "ann@exa mple.com",
            Domain("it may hold only letters, digits, hyphens and dots"),
        ),
        (
            "ann@[192.168.0.1]",
            Domain("IP-address literals are not accepted"),
        ),
        ("ann@192.168.0.1", Domain("its last part is all digits")),
        ("ann@bücher.de", NonAscii),
        ("jösé@example.com", NonAscii),
    ];
    for (input, expected) in cases {
        assert_eq!(validate_email(input).as_ref(), Err(expected), "{input:?}");
    }
    for bad_local in [
        ".ann@example.com",
        "ann.@example.com",
        "a..nn@example.com",
        "a nn@example.com",
        "\"ann\"@example.com",
        "ann(comment)@example.com",
        "a,nn@example.com",
        "<ann>@example.com",
    ] {
        assert!(
            matches!(validate_email(bad_local), Err(LocalSyntax(_))),
            "{bad_local:?}"
        );
    }
}

#[test]
fn messages_say_what_to_do() {
    let msg = |input| validate_email(input).unwrap_err().to_string();
    assert_eq!(
        msg("ann"),
        "an email address has exactly one @ between the name and the domain"
    );
    assert!(msg("ann@localhost").contains("example.com.au"));
    assert!(msg("ann@bücher.de").contains("xn--"));
}

#[test]
fn storage_form_is_all_lower_case() {
    assert_eq!(
        validate_email_for_storage(" Ann.Smith@Example.COM.AU ").as_deref(),
        Ok("ann.smith@example.com.au")
    );
    assert_eq!(
        validate_email_for_storage("ann@"),
        Err(EmailError::Domain("it is empty"))
    );
}
