//! Printing differences: text grouped by grade, or JSON Lines (one object per difference; the
//! shape is documented in docs/diff.md).

use std::borrow::Cow;
use std::fmt::Write;

use serde::Serialize;

use super::{Difference, Grade};

/// One line per difference, under a heading per grade (worst first); empty when in sync.
pub fn text(diffs: &[Difference]) -> String {
    let mut out = String::new();
    for grade in [Grade::Breaking, Grade::Additive, Grade::Cosmetic] {
        let group: Vec<&Difference> = diffs.iter().filter(|d| d.grade == grade).collect();
        if group.is_empty() {
            continue;
        }
        let _ = writeln!(out, "{grade} ({}):", group.len());
        for d in group {
            let _ = writeln!(out, "  {}", line(d));
        }
    }
    out
}

/// `dbo.User.Phone: column removed (schema.yaml: varchar(20) NULL; database: none)`. Text
/// from the database stays on the line: control characters are escaped ([`one_line`]).
pub fn line(d: &Difference) -> String {
    format!(
        "{}: {} (schema.yaml: {}; database: {})",
        one_line(&d.path),
        d.kind,
        side(d.expected.as_deref()),
        side(d.actual.as_deref())
    )
}

/// One side of a difference for text output, on one line; `none` when that side lacks the
/// object.
pub fn side(s: Option<&str>) -> String {
    s.map_or_else(|| "none".into(), |s| one_line(s).into_owned())
}

/// `s` with every character that would break or hide a line written as an escape: `\n`,
/// `\r`, `\t`, and `\u{…}` for any other control character and for U+2028/U+2029.
pub fn one_line(s: &str) -> Cow<'_, str> {
    let breaks = |c: char| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}');
    if !s.chars().any(breaks) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if breaks(c) => {
                let _ = write!(out, "\\u{{{:04x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// One JSON object per difference and line, with `env` when several environments are compared.
#[derive(Serialize)]
struct JsonLine<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    env: Option<&'a str>,
    #[serde(flatten)]
    diff: &'a Difference,
}

/// JSON Lines: one object per difference (`grade`, `kind`, `path`, `expected`, `actual`, and
/// `env` when `env` is given).
pub fn json(diffs: &[Difference], env: Option<&str>) -> String {
    let mut out = String::new();
    for diff in diffs {
        // Serialising plain strings and enums cannot fail; skip rather than panic if it ever did.
        if let Ok(s) = serde_json::to_string(&JsonLine { env, diff }) {
            out.push_str(&s);
            out.push('\n');
        }
    }
    out
}
