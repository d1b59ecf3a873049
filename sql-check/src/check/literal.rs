//! Literals against the columns they meet, and the number of arguments common functions take:
//! `WHERE IsEmailVerified = 'yes'` fails on SQL Server at run time ('yes' is no bit), and so
//! does `ISNULL(x)`; both are found here instead.

use crate::{Dialect, Kind};

/// A literal as the statement writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Lit {
    /// `'text'`, `N'text'`.
    Text(String),
    /// `42`, `-1.5`.
    Number(String),
    /// `TRUE` / `FALSE`.
    Bool(bool),
}

impl Lit {
    /// How the statement writes it, for messages.
    pub(crate) fn shown(&self) -> String {
        match self {
            Lit::Text(s) => format!("'{}'", s.replace('\'', "''")),
            Lit::Number(n) => n.clone(),
            Lit::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        }
    }

    /// The literal with a sign before it (`-1`).
    pub(crate) fn negated(&self) -> Lit {
        match self {
            Lit::Number(n) => Lit::Number(format!("-{n}")),
            other => other.clone(),
        }
    }
}

/// Why `lit` cannot stand for a value of a `kind` column in `dialect`, and what to write
/// instead; `None` when the database converts it (or the checker cannot tell).
pub(crate) fn mismatch(dialect: Dialect, lit: &Lit, kind: Kind) -> Option<String> {
    let (what, fix) = match (kind, lit) {
        (Kind::Bool, Lit::Bool(_)) => return None,
        (Kind::Bool, Lit::Number(n)) => match dialect {
            Dialect::Mssql if integer(n) => return None,
            Dialect::Mssql => ("a bit", "write 1 or 0"),
            Dialect::Postgres => ("a boolean", "write TRUE or FALSE"),
        },
        (Kind::Bool, Lit::Text(s)) => match dialect {
            Dialect::Mssql if tsql_bit_text(s) => return None,
            Dialect::Postgres if pg_bool_text(s) => return None,
            Dialect::Mssql => ("a bit", "write 1 or 0"),
            Dialect::Postgres => ("a boolean", "write TRUE or FALSE"),
        },
        (Kind::BigInt | Kind::Int | Kind::SmallInt | Kind::TinyInt, l) => match l {
            Lit::Number(_) => return None,
            Lit::Text(s) if s.trim().parse::<i64>().is_ok() => return None,
            _ => ("an integer", "write the number without quotes"),
        },
        (Kind::Decimal | Kind::Float | Kind::Real, l) => match l {
            Lit::Number(_) => return None,
            Lit::Text(s) if s.trim().parse::<f64>().is_ok() => return None,
            _ => ("a number", "write the number without quotes"),
        },
        (Kind::Text, Lit::Text(_)) => return None,
        (Kind::Text, _) => ("a text", "quote it: '…'"),
        (Kind::Uuid, Lit::Text(s)) if uuid(s) => return None,
        (Kind::Uuid, _) => (
            "a uuid",
            "write it as 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'",
        ),
        (Kind::DateTime | Kind::Date | Kind::Time | Kind::DateTimeOffset, Lit::Text(_)) => {
            return None;
        }
        (Kind::DateTime | Kind::Date | Kind::Time | Kind::DateTimeOffset, _) => (
            "a date/time",
            "write it as a quoted ISO 8601 text: '2024-01-31'",
        ),
        (Kind::Bytes | Kind::Other, _) => return None,
    };
    Some(format!("{what} column; {fix}"))
}

fn integer(n: &str) -> bool {
    n.trim_start_matches('-')
        .bytes()
        .all(|b| b.is_ascii_digit())
}

/// T-SQL converts 'TRUE' / 'FALSE' and numbers to bit, nothing else.
fn tsql_bit_text(s: &str) -> bool {
    let t = s.trim();
    t.eq_ignore_ascii_case("true") || t.eq_ignore_ascii_case("false") || t.parse::<f64>().is_ok()
}

/// PostgreSQL's boolean input: a prefix of true / false / yes / no, on / off, 1 / 0.
fn pg_bool_text(s: &str) -> bool {
    let t = s.trim().to_ascii_lowercase();
    if t.is_empty() {
        return false;
    }
    ["true", "false", "yes", "no"]
        .iter()
        .any(|w| w.starts_with(t.as_str()))
        || matches!(t.as_str(), "on" | "off" | "of" | "1" | "0")
}

/// `8-4-4-4-12` hex digits, in braces or not (T-SQL accepts both).
fn uuid(s: &str) -> bool {
    let t = s.trim();
    let t = t
        .strip_prefix('{')
        .and_then(|x| x.strip_suffix('}'))
        .unwrap_or(t);
    let groups: Vec<&str> = t.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// How many arguments a common function takes in `dialect`: (at least, at most); `None` for a
/// function the checker does not know (any number is taken on trust).
pub(crate) fn arity(dialect: Dialect, name: &str) -> Option<(usize, usize)> {
    const ANY: usize = usize::MAX;
    let both = match name {
        "count" | "min" | "max" | "sum" | "avg" | "lower" | "upper" | "abs" => (1, 1),
        "coalesce" => (1, ANY),
        "nullif" | "left" | "right" => (2, 2),
        "replace" => (3, 3),
        "ltrim" | "rtrim" => (1, 2),
        "char_length" => (1, 1),
        _ => match (dialect, name) {
            (Dialect::Mssql, "count_big" | "len" | "datalength") => (1, 1),
            (Dialect::Mssql, "isnull") => (2, 2),
            (
                Dialect::Mssql,
                "getutcdate" | "getdate" | "sysutcdatetime" | "sysdatetime" | "newid",
            ) => (0, 0),
            (Dialect::Mssql, "dateadd" | "datediff") => (3, 3),
            (Dialect::Mssql, "concat") => (2, 254),
            (Dialect::Mssql, "round") => (2, 3),
            (Dialect::Mssql, "charindex") => (2, 3),
            (Dialect::Postgres, "now" | "gen_random_uuid") => (0, 0),
            (Dialect::Postgres, "length") => (1, 2),
            (Dialect::Postgres, "round") => (1, 2),
            _ => return None,
        },
    };
    Some(both)
}

/// "takes 2 arguments", "takes 1 or 2 arguments", "takes at least 1 argument".
pub(crate) fn arity_text((min, max): (usize, usize)) -> String {
    let noun = |n: usize| if n == 1 { "argument" } else { "arguments" };
    if min == max {
        format!("takes {min} {}", noun(min))
    } else if max == usize::MAX {
        format!("takes at least {min} {}", noun(min))
    } else if max == min + 1 {
        format!("takes {min} or {max} {}", noun(max))
    } else {
        format!("takes {min} to {max} {}", noun(max))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_the_database_cannot_convert_are_found() {
        let text = |s: &str| Lit::Text(s.into());
        let num = |s: &str| Lit::Number(s.into());
        assert!(mismatch(Dialect::Mssql, &text("yes"), Kind::Bool).is_some());
        assert!(mismatch(Dialect::Postgres, &text("yes"), Kind::Bool).is_none());
        assert!(mismatch(Dialect::Mssql, &text("TRUE"), Kind::Bool).is_none());
        assert!(mismatch(Dialect::Mssql, &num("1"), Kind::Bool).is_none());
        assert!(mismatch(Dialect::Postgres, &num("1"), Kind::Bool).is_some());
        assert!(mismatch(Dialect::Mssql, &text("12"), Kind::Int).is_none());
        assert!(mismatch(Dialect::Mssql, &text("ACTIVE"), Kind::Int).is_some());
        assert!(mismatch(Dialect::Mssql, &num("5"), Kind::Text).is_some());
        assert!(mismatch(Dialect::Mssql, &text("x"), Kind::Text).is_none());
        assert!(
            mismatch(
                Dialect::Mssql,
                &text("6F9619FF-8B86-D011-B42D-00C04FC964FF"),
                Kind::Uuid
            )
            .is_none()
        );
        assert!(mismatch(Dialect::Mssql, &text("abc"), Kind::Uuid).is_some());
        assert!(mismatch(Dialect::Mssql, &text("2024-01-31"), Kind::Date).is_none());
        assert!(mismatch(Dialect::Mssql, &num("0"), Kind::DateTime).is_some());
        assert!(mismatch(Dialect::Mssql, &num("0"), Kind::Other).is_none());
    }

    #[test]
    fn arities_read_as_sentences() {
        assert_eq!(arity(Dialect::Mssql, "isnull"), Some((2, 2)));
        assert_eq!(arity(Dialect::Postgres, "isnull"), None);
        assert_eq!(arity_text((2, 2)), "takes 2 arguments");
        assert_eq!(arity_text((1, 2)), "takes 1 or 2 arguments");
        assert_eq!(arity_text((1, usize::MAX)), "takes at least 1 argument");
        assert_eq!(arity_text((2, 254)), "takes 2 to 254 arguments");
        assert_eq!(arity_text((0, 0)), "takes 0 arguments");
    }
}
