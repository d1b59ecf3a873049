//! The only way database text reaches generated code: as escaped Rust literals.

/// `s` as a Rust string literal token (`"a\"b"`), safe whatever the text holds (quotes, `*/`,
/// `}`, `include!(…)`, control characters).
pub fn string(s: &str) -> String {
    proc_macro2::Literal::string(s).to_string()
}

/// A description as `#[doc = …]` literals, one per line, each with the leading space that
/// `///` comments have. Carriage returns and other control characters are dropped, since
/// rustc rejects a bare CR in a doc comment.
pub fn doc_lines(text: Option<&str>, fallback: &str) -> Vec<String> {
    let text = text
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .unwrap_or(fallback);
    text.lines()
        .map(|line| {
            let clean: String = line.chars().filter(|c| !c.is_control()).collect();
            string(&format!(" {}", clean.trim_end()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_stays_inside_the_literal() {
        for s in [
            "a\"b",
            "*/ }",
            "include!(\"x\")",
            "\\",
            "line\r\nnext",
            "\u{202e}",
        ] {
            let lit = string(s);
            let parsed: syn::LitStr = syn::parse_str(&lit).expect("a valid literal");
            assert_eq!(parsed.value(), s);
        }
    }

    #[test]
    fn descriptions_become_one_literal_per_line() {
        assert_eq!(
            doc_lines(Some("One.\r\nTwo */"), "x"),
            ["\" One.\"", "\" Two */\""]
        );
        assert_eq!(doc_lines(Some("  "), "Fallback."), ["\" Fallback.\""]);
    }
}
