//! Rust string literals as source text: their value, and where each character of the value
//! sits in the source, so that a position inside the SQL becomes a position in the `.rs` file
//! (escapes and `\`-newline continuations included). The `sql!` macro and `gen check-sql`
//! both read literals through it.

/// A decoded string literal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The literal's value.
    pub value: String,
    /// For each character of `value`, its place in the literal's source text: lines after the
    /// literal's first line, and the column (from 0, in characters) on that line, counted
    /// from the literal's first character when on its first line, else from the line start.
    pub places: Vec<(usize, usize)>,
}

/// Decodes a string literal token (`"…"` or `r#"…"#`); `None` for anything else (byte and C
/// strings, characters, numbers) or a malformed escape.
pub fn decode(token: &str) -> Option<Decoded> {
    let chars: Vec<char> = token.chars().collect();
    let mut places: Vec<(usize, usize)> = Vec::with_capacity(chars.len());
    let (mut line, mut col) = (0usize, 0usize);
    for c in &chars {
        places.push((line, col));
        if *c == '\n' {
            line += 1;
            col = 0;
        } else {
            col += 1;
        }
    }
    if chars.first() == Some(&'r') {
        let hashes = chars[1..].iter().take_while(|c| **c == '#').count();
        let open = 1 + hashes;
        if chars.get(open) != Some(&'"') || chars.len() < open + 2 + hashes {
            return None;
        }
        let end = chars.len() - 1 - hashes;
        let body = open + 1..end;
        return Some(Decoded {
            value: chars[body.clone()].iter().collect(),
            places: places[body].to_vec(),
        });
    }
    if chars.first() != Some(&'"') || chars.last() != Some(&'"') || chars.len() < 2 {
        return None;
    }
    let mut value = String::new();
    let mut out_places = Vec::new();
    let mut i = 1;
    let end = chars.len() - 1;
    while i < end {
        let c = chars[i];
        if c != '\\' {
            value.push(c);
            out_places.push(places[i]);
            i += 1;
            continue;
        }
        let at = places[i];
        let next = *chars.get(i + 1)?;
        let (ch, len) = match next {
            'n' => ('\n', 2),
            'r' => ('\r', 2),
            't' => ('\t', 2),
            '0' => ('\0', 2),
            '\\' | '\'' | '"' => (next, 2),
            'x' => {
                let hex: String = chars.get(i + 2..i + 4)?.iter().collect();
                (char::from(u8::from_str_radix(&hex, 16).ok()?), 4)
            }
            'u' => {
                let close = chars[i..].iter().position(|c| *c == '}')? + i;
                let hex: String = chars.get(i + 3..close)?.iter().collect();
                (
                    char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?,
                    close + 1 - i,
                )
            }
            '\n' | '\r' => {
                // A continuation: the newline and the next line's leading whitespace vanish.
                i += 1;
                while i < end && chars[i].is_whitespace() {
                    i += 1;
                }
                continue;
            }
            _ => return None,
        };
        value.push(ch);
        out_places.push(at);
        i += len;
    }
    Some(Decoded {
        value,
        places: out_places,
    })
}

impl Decoded {
    /// The place in the literal's source of the character at `line:column` of the value
    /// (both from 1, as [`crate::Problem`] counts them).
    pub fn place_of(&self, line: u64, column: u64) -> (usize, usize) {
        let (mut l, mut c) = (1u64, 1u64);
        for (i, ch) in self.value.chars().enumerate() {
            if l == line && c == column {
                return self.places.get(i).copied().unwrap_or((0, 0));
            }
            if ch == '\n' {
                l += 1;
                c = 1;
            } else {
                c += 1;
            }
        }
        self.places.last().copied().unwrap_or((0, 0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_continuations_keep_their_source_places() {
        let d = decode("\"SELECT \\\"A\\\" \\\n      FROM t\"").unwrap();
        assert_eq!(d.value, "SELECT \"A\" FROM t");
        // `F` of FROM: line 1 of the token, column 6.
        assert_eq!(d.place_of(1, 12), (1, 6));
        assert_eq!(d.place_of(1, 8), (0, 8));
        let raw = decode("r#\"a\nb\"#").unwrap();
        assert_eq!(raw.value, "a\nb");
        assert_eq!(raw.place_of(2, 1), (1, 0));
        assert!(decode("b\"x\"").is_none());
        assert_eq!(decode("\"\\u{41}\\x42\"").unwrap().value, "AB");
    }
}
