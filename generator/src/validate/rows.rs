//! Reference rows: known columns, values of the right type and length, every required value
//! present, no duplicate keys or codes.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;

use super::{Findings, at_line};
use crate::ir::{Loc, Row, SqlType, Table, Value};

pub(super) fn check(db: &crate::ir::Database, out: &mut Findings) {
    for (_, t) in db.tables() {
        for row in &t.rows {
            row_values(t, row, out);
            required(t, row, out);
        }
        duplicate_keys(t, out);
    }
}

fn row_values(t: &Table, row: &Row, out: &mut Findings) {
    for (name, value) in &row.values {
        let subject = format!("{}.{name}", t.qualified());
        let Some(c) = t.column(name) else {
            out.error(
                &row.loc,
                &t.qualified(),
                format!("row has unknown column `{name}`"),
                format!(
                    "columns are: {}",
                    t.columns
                        .iter()
                        .map(|c| c.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
            continue;
        };
        if *value == Value::Null {
            if !c.nullable {
                out.error(
                    &row.loc,
                    &subject,
                    "row sets NULL in a NOT NULL column".into(),
                    "give a value, or make the column `nullable: true`",
                );
            }
            continue;
        }
        if let Some((what, help)) = value_problem(&c.sql_type, value) {
            out.error(&row.loc, &subject, format!("value {what}"), help);
        }
    }
}

/// Why `v` cannot be stored in a column of type `t` (wrong type, or text too long), as the
/// end of a message ("`abc` is not a whole number…") and a hint; `None` when it can.
pub(crate) fn value_problem(t: &SqlType, v: &Value) -> Option<(String, String)> {
    if let Some(expected) = type_problem(t, v) {
        return Some((
            format!("`{v}` is not {expected}"),
            format!("the column is {t}"),
        ));
    }
    let (Some(max), Value::Text(s)) = (t.max_chars(), v) else {
        return None;
    };
    let n = s.chars().count();
    (n > max as usize).then(|| {
        (
            format!("is {n} characters long; {t} holds {max}"),
            "shorten the value or widen the column".to_string(),
        )
    })
}

/// Columns that need a value in every row: NOT NULL, no default, not identity.
fn required(t: &Table, row: &Row, out: &mut Findings) {
    for c in &t.columns {
        let needed = !c.nullable && c.default.is_none() && c.identity.is_none();
        if needed && t.row_value(row, &c.name).is_none() {
            out.error(
                &row.loc,
                &format!("{}.{}", t.qualified(), c.name),
                "row has no value for this NOT NULL column (no default, not identity)".into(),
                format!("add `{}: …` to the row", c.name),
            );
        }
    }
}

fn duplicate_keys(t: &Table, out: &mut Findings) {
    let pk: Vec<&str> = t
        .primary_key
        .iter()
        .flat_map(|k| k.columns.iter().map(String::as_str))
        .collect();
    let code = t.enum_spec.as_ref().map(|e| e.variant_column.as_str());
    let mut ids: BTreeMap<String, &Option<Loc>> = BTreeMap::new();
    let mut codes: BTreeMap<String, &Option<Loc>> = BTreeMap::new();
    for row in &t.rows {
        let key: Vec<String> = pk
            .iter()
            .filter_map(|c| t.row_value(row, c))
            .map(ToString::to_string)
            .collect();
        if !pk.is_empty() && key.len() == pk.len() {
            note(out, t, row, &mut ids, key.join(", "), "primary key value");
        }
        if let Some(Value::Text(s)) = code.and_then(|c| t.row_value(row, c)) {
            note(out, t, row, &mut codes, s.to_lowercase(), "code");
        }
    }
}

fn note<'a>(
    out: &mut Findings,
    t: &Table,
    row: &'a Row,
    seen: &mut BTreeMap<String, &'a Option<Loc>>,
    key: String,
    kind: &str,
) {
    match seen.get(&key) {
        Some(first) => out.error(
            &row.loc,
            &t.qualified(),
            format!("duplicate {kind} `{key}` (first used {})", at_line(first)),
            format!("each row needs its own {kind}"),
        ),
        None => {
            seen.insert(key, &row.loc);
        }
    }
}

static DATE: &str = r"\d{4}-\d{2}-\d{2}";
static TIME: &str = r"\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?";
static PATTERNS: LazyLock<[Regex; 6]> = LazyLock::new(|| {
    let p = |s: String| {
        Regex::new(&format!("^(?:{s})$")).unwrap_or_else(|e| unreachable!("static pattern: {e}"))
    };
    [
        p(DATE.to_string()),
        p(TIME.to_string()),
        p(format!("{DATE}([T ]{TIME})?")),
        p(format!("{DATE}[T ]{TIME}(Z|[+-]\\d{{2}}:\\d{{2}})")),
        p(
            r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"
                .to_string(),
        ),
        p(r"0x([0-9A-Fa-f]{2})*".to_string()),
    ]
});

/// What a value of `t` should look like, when `v` does not.
pub(crate) fn type_problem(t: &SqlType, v: &Value) -> Option<&'static str> {
    use SqlType::*;
    let text = |i: usize, what| match v {
        Value::Text(s) if PATTERNS[i].is_match(s) => None,
        _ => Some(what),
    };
    match t {
        _ if t.is_integer() => match v {
            Value::Int(i) if int_range(t).contains(i) => None,
            _ => Some("a whole number in the type's range"),
        },
        Bit => (!matches!(v, Value::Bool(_))).then_some("true or false"),
        Decimal(..) | Numeric(..) | Money | SmallMoney | Float | Real => {
            (!matches!(v, Value::Int(_) | Value::Decimal(_))).then_some("a number")
        }
        _ if t.is_text() => (!matches!(v, Value::Text(_))).then_some("text"),
        Date => text(0, "an ISO date (2026-01-31)"),
        Time(_) => text(1, "an ISO time (13:45:00)"),
        DateTime2(_) | DateTime => text(2, "an ISO date-time (2026-01-31T13:45:00)"),
        DateTimeOffset(_) => text(
            3,
            "an ISO date-time with offset (2026-01-31T13:45:00+10:00)",
        ),
        UniqueIdentifier => text(4, "a GUID (8-4-4-4-12 hex digits)"),
        VarBinary(_) | Binary(_) => text(5, "hex bytes (0x0A1B)"),
        _ => None,
    }
}

fn int_range(t: &SqlType) -> std::ops::RangeInclusive<i64> {
    match t {
        SqlType::TinyInt => 0..=255,
        SqlType::SmallInt => i16::MIN as i64..=i16::MAX as i64,
        SqlType::Int => i32::MIN as i64..=i32::MAX as i64,
        _ => i64::MIN..=i64::MAX,
    }
}
