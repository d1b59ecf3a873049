//! Rust field names for result columns the schema does not name (aliases, expressions).

/// Strict and reserved keywords of Rust 2024 (`gen` is reserved since 2024; `try`, `dyn`,
/// `async` and `await` since 2018). Weak keywords (`union`, `raw`, `safe`) are valid names.
/// The generator names its fields by the same list.
pub const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers (`r#self` is no identifier): they get a `_` after.
pub const NOT_RAW: &[&str] = &["crate", "self", "Self", "super", "_"];

/// Whether `name` is a Rust 2024 keyword (strict or reserved).
pub fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

/// `IsEmailVerified` → `is_email_verified`, `UserID` → `user_id`, `n` → `n`; anything that
/// is not an identifier character becomes `_`, a leading digit gets a `_` before it, and
/// `self`, `super`, `crate` (which cannot be raw) get a `_` after.
pub fn snake(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    for (i, c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            let prev_lower =
                i > 0 && (chars[i - 1].is_lowercase() || chars[i - 1].is_ascii_digit());
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            let prev_upper = i > 0 && chars[i - 1].is_uppercase();
            if !out.is_empty() && !out.ends_with('_') && (prev_lower || (prev_upper && next_lower))
            {
                out.push('_');
            }
            out.extend(c.to_lowercase());
        } else if c.is_alphanumeric() || *c == '_' {
            out.push(*c);
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, '_');
    }
    if NOT_RAW.contains(&out.as_str()) {
        out.push('_');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_become_snake_case_fields() {
        assert_eq!(snake("IsEmailVerified"), "is_email_verified");
        assert_eq!(snake("UserID"), "user_id");
        assert_eq!(snake("ABN"), "abn");
        assert_eq!(snake("member_count"), "member_count");
        assert_eq!(snake("18-24"), "_18_24");
        assert_eq!(snake("self"), "self_");
        assert!(is_keyword("type"));
    }
}
