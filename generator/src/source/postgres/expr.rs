//! PostgreSQL's stored form of a check or index predicate, turned back into the canonical
//! (T-SQL) spelling schema.yaml uses: PostgreSQL rewrites `x IN ('a', 'b')` as
//! `x = ANY (ARRAY['a'::varchar, …])`, `LIKE` as `~~`, and a negative number as `'-720'::integer`.
//! The dialect module then compares both sides token by token; this only undoes rewrites that
//! its token comparison cannot see through.

use std::sync::LazyLock;

use regex::Regex;

static ANY_ARRAY: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?i)(=|<>)\s*(ANY|ALL)\s*\(\s*\(?\s*ARRAY\s*\[(?P<items>[^\]]*)\]\s*\)?\s*(?:::\s*[a-z ]+\[\])?\s*\)").ok()
});
static NUMBER_LITERAL: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"'(-?[0-9]+(?:\.[0-9]+)?)'::(?:integer|bigint|smallint|numeric)").ok()
});
static BETWEEN: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?i)(NOT\s+)?([^\s()]+)\s+BETWEEN\s+([^\s()]+)\s+AND\s+([^\s()]+)").ok()
});

/// A predicate as `pg_get_constraintdef` / `pg_get_expr` give it, in canonical spelling.
pub fn to_canonical(text: &str) -> String {
    let mut s = text.to_string();
    if let Some(re) = ANY_ARRAY.as_ref() {
        s = re
            .replace_all(&s, |c: &regex::Captures| {
                let op = if c[1].eq("=") && c[2].eq_ignore_ascii_case("any") {
                    "IN"
                } else {
                    "NOT IN"
                };
                format!("{op} ({})", &c["items"])
            })
            .into_owned();
    }
    if let Some(re) = NUMBER_LITERAL.as_ref() {
        s = re.replace_all(&s, "$1").into_owned();
    }
    s.replace("!~~", "NOT LIKE").replace("~~", "LIKE")
}

/// `x BETWEEN a AND b` → `x >= a AND x <= b`, the form both servers store, so a schema that
/// says BETWEEN compares equal to what the database gives back. `NOT BETWEEN` is left alone.
pub fn expand_between(text: &str) -> String {
    let Some(re) = BETWEEN.as_ref() else {
        return text.to_string();
    };
    re.replace_all(text, |c: &regex::Captures| {
        if c.get(1).is_some() || c[2].eq_ignore_ascii_case("not") {
            c[0].to_string()
        } else {
            format!("{0} >= {1} AND {0} <= {2}", &c[2], &c[3], &c[4])
        }
    })
    .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dialect::Dialect;

    fn same(canonical: &str, live: &str, cols: &[&str]) -> bool {
        Dialect::Postgres.check_equivalent(&expand_between(canonical), &to_canonical(live), cols)
    }

    #[test]
    fn postgres_rewrites_compare_equal_to_the_schema() {
        let any = r#"((("ChangeType")::text = ANY ((ARRAY['CREATE'::character varying, 'UPDATE'::character varying])::text[])))"#;
        assert!(same(
            "ChangeType IN ('CREATE', 'UPDATE')",
            any,
            &["ChangeType"]
        ));
        assert!(same(
            "Email LIKE '%_@_%'",
            r#"(("Email")::text ~~ '%_@_%'::text)"#,
            &["Email"]
        ));
        let between =
            r#"((("UtcOffsetMinutes" >= '-720'::integer) AND ("UtcOffsetMinutes" <= 840)))"#;
        assert!(same(
            "UtcOffsetMinutes BETWEEN -720 AND 840",
            between,
            &["UtcOffsetMinutes"]
        ));
    }

    #[test]
    fn different_predicates_stay_different() {
        let any = r#"(("Code")::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))"#;
        assert!(!same("Code IN ('A', 'C')", any, &["Code"]));
        assert!(!same("Code NOT IN ('A', 'B')", any, &["Code"]));
        assert_eq!(
            expand_between("x NOT BETWEEN 1 AND 2"),
            "x NOT BETWEEN 1 AND 2"
        );
    }
}
