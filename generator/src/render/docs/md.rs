//! Markdown escaping: database text reaches MODELS.md only through these, so a description
//! holding `|`, `<tag>`, `[link]` or a backtick cannot break a table, inject HTML or become a
//! rustdoc intra-doc link (MODELS.md is also the generated crate's `guide` module docs).

/// Plain text for a paragraph or a table cell: one line, Markdown punctuation escaped.
pub fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in one_line(s).chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '!' | '&' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// An inline code span that holds any text: the fence is one backtick longer than the
/// longest run inside, and `|` is escaped so a table cell is not split (GFM reads `\|` in a
/// code span inside a table as `|`).
pub fn code(s: &str) -> String {
    let s = one_line(s).replace('|', "\\|");
    let longest = s.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if s.starts_with('`') || s.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{s}{pad}{fence}")
}

/// An HTML `id` made of ASCII letters, digits, `-` and `_` only.
pub fn anchor(parts: &[&str]) -> String {
    let joined = parts.join("-").to_lowercase();
    joined
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

fn one_line(s: &str) -> String {
    s.split(|c: char| c.is_control())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_escapes_markdown_and_html() {
        assert_eq!(
            text("a|b <x> [l](u) `c`"),
            "a\\|b \\<x\\> \\[l\\](u) \\`c\\`"
        );
        assert_eq!(text("one\r\ntwo"), "one two");
    }

    #[test]
    fn code_spans_survive_backticks_and_pipes() {
        assert_eq!(code("Option<i64>"), "`Option<i64>`");
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`x"), "`` `x ``");
        assert_eq!(code("a|b"), "`a\\|b`");
    }

    #[test]
    fn anchors_are_plain_ascii() {
        assert_eq!(anchor(&["ref_", "user_status"]), "ref_-user_status");
        assert_eq!(
            anchor(&["dbo", "Pending Approval\"<"]),
            "dbo-pending-approval--"
        );
    }
}
