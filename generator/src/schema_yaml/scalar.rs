//! When a YAML scalar must be quoted, and how. One rule for every string the writer prints,
//! chosen to be safe in flow mappings (`{ … }`) as well as block context, so the canonical
//! form never depends on where a string sits.

use std::borrow::Cow;
use std::fmt::Write;

/// Words that YAML 1.1 or 1.2 parsers read as null or booleans when unquoted.
const SPECIAL_WORDS: &[&str] = &[
    "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n",
];

/// `s` as a YAML scalar: plain when that reads back as the same string, double-quoted otherwise.
pub fn scalar(s: &str) -> Cow<'_, str> {
    if needs_quotes(s) {
        Cow::Owned(double_quoted(s))
    } else {
        Cow::Borrowed(s)
    }
}

/// Whether `s` written plain could be read as something else (a number, a boolean, null, a
/// flow collection, a comment) or would break the line structure.
pub fn needs_quotes(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return true;
    };
    let numeric_start = first.is_ascii_digit() || (matches!(first, '+' | '.') && s.len() > 1);
    first.is_whitespace()
        || s.ends_with(char::is_whitespace)
        || "-?:,[]{}#&*!|>'\"%@`".contains(first)
        || numeric_start
        || s.chars()
            .any(|c| ",[]{}:#".contains(c) || is_special_char(c))
        || SPECIAL_WORDS.contains(&s.to_ascii_lowercase().as_str())
}

/// Characters that only a double-quoted escape can carry safely.
fn is_special_char(c: char) -> bool {
    c.is_control() || matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{feff}')
}

/// `s` in double quotes with YAML escapes.
pub fn double_quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if is_special_char(c) => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads `{ k: <written> }` back through the parser the loader uses.
    fn read_back(s: &str) -> String {
        let doc = format!("k: [{{ v: {} }}]\nb: {}\n", scalar(s), scalar(s));
        let opts = marked_yaml::LoaderOptions::default().prevent_coercion(true);
        let root = marked_yaml::parse_yaml_with_options(0, &doc, opts)
            .unwrap_or_else(|e| panic!("{doc:?} does not parse: {e}"));
        let map = root.as_mapping().expect("mapping");
        let flow = map
            .get_sequence("k")
            .and_then(|q| q.get_mapping(0))
            .and_then(|m| m.get_scalar("v"));
        let block = map.get_scalar("b").expect("block");
        let flow = flow.expect("flow");
        assert_eq!(flow.as_str(), block.as_str());
        assert_eq!(flow.may_coerce(), !needs_quotes(s), "{s:?}");
        flow.as_str().to_string()
    }

    #[test]
    fn tricky_strings_survive_a_round_trip() {
        for s in [
            "*x",
            "&a",
            "!tag",
            "-",
            "- item",
            "a: b",
            "a #c",
            "{}",
            "[a]",
            "a,b",
            "'",
            "\"",
            "it's",
            "yes",
            "No",
            "TRUE",
            "null",
            "~",
            "on",
            "OFF",
            "0123",
            "1e3",
            "12.50",
            "-5",
            "+1",
            ".5",
            ".inf",
            "",
            " lead",
            "trail ",
            "naïve ✓ 日本",
            "line\nbreak",
            "tab\there",
            "back\\slash",
            "%dir",
            "@at",
            "`tick",
            "a:b",
            "x#y",
            "\u{2028}",
            "\u{7f}",
            "?",
            ">",
            "|",
            "Surrogate key.",
            "GETUTCDATE()",
            "nvarchar(50)",
            "SortOrder >= 0",
            "Name DESC",
        ] {
            assert_eq!(read_back(s), s);
        }
    }

    #[test]
    fn ordinary_names_stay_plain() {
        for s in [
            "UserStatus",
            "nvarchar(max)",
            "Display name.",
            "ref.UserStatus",
            "O'Brien",
            "dbo.sysdiagrams",
        ] {
            assert!(!needs_quotes(s), "{s}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_string_round_trips(s in "\\PC{0,12}|[ -~]{0,12}|[\\x00-\\x20:#,\\[\\]{}'\"\\\\-]{0,6}") {
            proptest::prop_assert_eq!(read_back(&s), s);
        }
    }
}
