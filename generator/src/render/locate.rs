//! Which template line wrote the Rust that `syn` rejected. syn's errors carry no position
//! (span locations stay off: they would cost every parse), so the file is rendered again with
//! every template line marked ([`super::templates::annotated`]), and the first bad output
//! line is found as the one after the longest prefix that parses once its open delimiters
//! are closed. That line's marker names the template and its line.

use minijinja::{Environment, Value};

use super::templates::{MARK, annotated};

/// `(template, line)` of the template line that wrote the first line of invalid Rust when
/// `template` renders with `ctx`; `None` when it cannot be told.
pub fn bad_line(env: &Environment<'_>, template: &str, ctx: Value) -> Option<(String, u32)> {
    let marked = annotated(env)?;
    let text = marked.get_template(template).ok()?.render(ctx).ok()?;
    syn::parse_file(&text).err()?;
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut prefix_len: Vec<usize> = Vec::with_capacity(lines.len() + 1);
    let mut len = 0;
    prefix_len.push(0);
    for l in &lines {
        len += l.len();
        prefix_len.push(len);
    }
    // The longest prefix of whole lines that parses when closed; the next line is bad.
    let good = (0..lines.len()).rev().find(|&n| {
        let prefix = &text[..prefix_len[n]];
        closers(prefix).is_some_and(|close| syn::parse_file(&format!("{prefix}{close}")).is_ok())
    })?;
    // The marker at the end of the bad line, or the next one after it.
    let rest = &text[prefix_len[good]..];
    let at = rest.find(MARK)? + MARK.len();
    let (name, tail) = rest[at..].split_once(':')?;
    let line = tail.split_once("*/")?.0.parse().ok()?;
    Some((name.to_owned(), line))
}

/// The delimiters that close what `text` leaves open, innermost first; `None` when it ends
/// inside a string, character literal or comment.
fn closers(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let mut open = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'(' => open.push(b')'),
            b'[' => open.push(b']'),
            b'{' => open.push(b'}'),
            b')' | b']' | b'}' => {
                open.pop();
            }
            b'"' => i = skip_string(b, i + 1)?,
            b'/' if b.get(i + 1) == Some(&b'/') => {
                i = text[i..].find('\n').map_or(b.len(), |n| i + n);
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i = text[i + 2..].find("*/").map(|n| i + 2 + n + 1)?;
            }
            b'\'' => i = skip_char(b, i),
            _ => {}
        }
        i += 1;
    }
    Some(open.iter().rev().map(|&c| c as char).collect())
}

/// The index of the closing quote of a string starting at `i` (just after its `"`).
fn skip_string(b: &[u8], mut i: usize) -> Option<usize> {
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b'"' => return Some(i),
            _ => {}
        }
        i += 1;
    }
    None
}

/// Past a character literal at `i` (`'a'`, `'\n'`); a lifetime (`'a`) is left as it is.
fn skip_char(b: &[u8], i: usize) -> usize {
    match (b.get(i + 1), b.get(i + 2), b.get(i + 3)) {
        (Some(b'\\'), _, _) => (i + 2..b.len()).find(|&j| b[j] == b'\'').unwrap_or(i),
        (Some(_), Some(b'\''), _) => i + 2,
        _ => i,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closes_what_is_open_and_skips_literals_and_comments() {
        assert_eq!(closers("fn f() { let x = [1, (2"), Some(")]}".into()));
        assert_eq!(
            closers("const A: &str = \"{(\"; // {\n/* [ */ {"),
            Some("}".into())
        );
        assert_eq!(
            closers("let c = '{'; fn g<'a>(x: &'a u8) {"),
            Some("}".into())
        );
        assert_eq!(closers("let s = \"open"), None);
    }
}
