//! Turning any database text into a valid, stable Rust identifier of a given case.
//!
//! Every generated identifier goes through [`make`]: case conversion (heck), then characters
//! that cannot appear in an identifier become `_`, a leading digit gets a `_` prefix, and
//! keywords are escaped (`r#type`, or `self_` where `r#` is not allowed).

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};

/// Which kind of identifier to produce.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// Types and enum variants: `UserStatus`.
    Pascal,
    /// Fields and navigation names: `is_email_verified`; keywords become `r#type`.
    Snake,
    /// Module and file names: like [`Case::Snake`], but keywords get a `_` suffix (`ref_`),
    /// so that file names never need `r#`.
    Module,
    /// Constants: `IS_EMAIL_VERIFIED`.
    Shouty,
}

#[cfg(test)]
use sql_check::naming::KEYWORDS;
use sql_check::naming::NOT_RAW;
pub use sql_check::naming::is_keyword;

/// A valid identifier of the given case for `raw`, or `None` when nothing identifier-like is
/// left (the text has no letters or digits at all).
pub fn make(raw: &str, case: Case) -> Option<String> {
    let converted = match case {
        Case::Pascal => raw.to_upper_camel_case(),
        Case::Snake | Case::Module => raw.to_snake_case(),
        Case::Shouty => raw.to_shouty_snake_case(),
    };
    let cleaned = clean(&converted);
    if cleaned.chars().all(|c| c == '_') {
        return None;
    }
    Some(escape(cleaned, case))
}

/// Replaces every character that cannot continue an identifier with `_`, collapses runs of
/// `_`, trims them at the end, and prefixes a leading digit (or other non-start character).
fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 1);
    for c in s.chars() {
        let c = if unicode_ident::is_xid_continue(c) {
            c
        } else {
            '_'
        };
        if !(c == '_' && out.ends_with('_')) {
            out.push(c);
        }
    }
    let trimmed = out.trim_end_matches('_');
    let body = trimmed.trim_start_matches('_');
    match body.chars().next() {
        Some(first) if unicode_ident::is_xid_start(first) => body.to_owned(),
        Some(_) => format!("_{body}"),
        None => String::new(),
    }
}

fn escape(s: String, case: Case) -> String {
    if !is_keyword(&s) {
        return s;
    }
    if case == Case::Module || NOT_RAW.contains(&s.as_str()) {
        format!("{s}_")
    } else {
        format!("r#{s}")
    }
}

/// The name `suffix` derives from `name` (`user` → `user_sql`): without a raw prefix and
/// without the `_` an escaped keyword ends in, so `self_` gives `self_sql`, never the
/// non-snake-case `self__sql`.
pub fn twin(name: &str, suffix: &str) -> String {
    format!("{}{suffix}", unraw(name).trim_end_matches('_'))
}

/// The identifier without a raw prefix (`r#type` → `type`), for building derived names.
pub fn unraw(s: &str) -> &str {
    s.strip_prefix("r#").unwrap_or(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_cases(raw: &str) -> [Option<String>; 4] {
        [Case::Pascal, Case::Snake, Case::Module, Case::Shouty].map(|c| make(raw, c))
    }

    #[test]
    fn pinned_conversions() {
        let cases: &[(&str, Case, &str)] = &[
            ("IsEmailVerified", Case::Snake, "is_email_verified"),
            ("IsEmailVerified", Case::Shouty, "IS_EMAIL_VERIFIED"),
            ("UserStatus", Case::Pascal, "UserStatus"),
            ("ref", Case::Module, "ref_"),
            ("ref", Case::Snake, "r#ref"),
            ("type", Case::Snake, "r#type"),
            ("gen", Case::Snake, "r#gen"),
            ("async", Case::Snake, "r#async"),
            ("try", Case::Snake, "r#try"),
            ("self", Case::Snake, "self_"),
            ("crate", Case::Snake, "crate_"),
            ("super", Case::Module, "super_"),
            ("Self", Case::Pascal, "Self_"),
            ("18-24", Case::Snake, "_18_24"),
            ("18-24", Case::Pascal, "_1824"),
            ("Pending Approval", Case::Pascal, "PendingApproval"),
            ("Pending Approval", Case::Snake, "pending_approval"),
            ("Australia/Sydney", Case::Pascal, "AustraliaSydney"),
            ("PENDING_VERIFICATION", Case::Pascal, "PendingVerification"),
            ("Prénom", Case::Snake, "prénom"),
            ("名前", Case::Pascal, "名前"),
            ("a*/b", Case::Snake, "a_b"),
            ("1st", Case::Shouty, "_1ST"),
        ];
        for (raw, case, want) in cases {
            assert_eq!(
                make(raw, *case).as_deref(),
                Some(*want),
                "{raw:?} as {case:?}"
            );
        }
    }

    #[test]
    fn nothing_identifier_like_gives_none() {
        assert_eq!(all_cases("---"), [None, None, None, None]);
        assert_eq!(all_cases("_"), [None, None, None, None]);
        assert_eq!(all_cases(""), [None, None, None, None]);
    }

    #[test]
    fn every_keyword_and_hostile_name_parses_as_an_identifier() {
        let hostile = [
            "18-24",
            "Pending Approval",
            "a]b",
            "x\"y",
            "*/",
            "include!(x)",
            "名前",
            "Prénom",
            "_",
            "__",
            "_1",
            "r#type",
            "ÉTAT",
            "a b c",
            "9",
            "déjà vu",
        ];
        for raw in KEYWORDS.iter().chain(NOT_RAW).chain(hostile.iter()) {
            for (case, made) in [Case::Pascal, Case::Snake, Case::Module, Case::Shouty]
                .into_iter()
                .zip(all_cases(raw))
            {
                let Some(ident) = made else { continue };
                assert!(
                    syn::parse_str::<syn::Ident>(&ident).is_ok(),
                    "{raw:?} as {case:?} gave {ident:?}, which is not an identifier"
                );
            }
        }
    }
}
