//! Reference rows. Values are read by their column's type, so `Code: 2000` in a text column is
//! the text `2000`; whether a value fits its column is [`crate::validate`]'s question.

use marked_yaml::Node;
use marked_yaml::types::MarkedScalarNode;

use super::column::number;
use super::node::{self, Cx, Map};
use crate::ir::{Row, SqlType, Table, Value};

/// The `rows:` of `t` (whose columns are already read).
pub(super) fn rows(cx: &mut Cx, table: &Map, t: &Table) -> Vec<Row> {
    let what = format!("{}.rows", table.what);
    table
        .seq(cx, "rows")
        .iter()
        .filter_map(|n| row(cx, n, t, &what))
        .collect()
}

fn row(cx: &mut Cx, node: &Node, t: &Table, what: &str) -> Option<Row> {
    let Some(map) = node.as_mapping() else {
        cx.error(
            node.span(),
            format!(
                "{what}: expected a row mapping ({{ Column: value, … }}), found {}",
                node::kind(node)
            ),
            "write each row as `- { Col: value, … }`",
        );
        return None;
    };
    let mut values = Vec::with_capacity(map.len());
    for (key, value) in map.iter() {
        let column = t.column(key.as_str()).map(|c| &c.sql_type);
        match node::scalar(value) {
            Some(s) => values.push((key.as_str().to_string(), value_of(s, column))),
            None => cx.error(
                value.span(),
                format!(
                    "{what}: `{}` must be a single value, found {}",
                    key.as_str(),
                    node::kind(value)
                ),
                "write the value inline; dates, times and GUIDs are strings",
            ),
        }
    }
    Some(Row {
        values,
        rust_variant: String::new(),
        loc: cx.loc(map.span()),
    })
}

/// A scalar as a value of `column`'s type (or, for an unknown column, its YAML reading).
fn value_of(s: &MarkedScalarNode, column: Option<&SqlType>) -> Value {
    let raw = s.as_str();
    let plain = s.may_coerce();
    if plain && matches!(raw, "" | "~" | "null" | "Null" | "NULL") {
        return Value::Null;
    }
    if !plain {
        return Value::Text(raw.to_string());
    }
    match column {
        Some(t) if t.is_text() || !numeric_or_bit(t) => Value::Text(raw.to_string()),
        _ => match s.as_bool() {
            Some(b) => Value::Bool(b),
            None => number(raw).unwrap_or_else(|| Value::Text(raw.to_string())),
        },
    }
}

/// Whether plain scalars of this type are read as numbers or booleans rather than text.
fn numeric_or_bit(t: &SqlType) -> bool {
    use SqlType::*;
    t.is_integer()
        || matches!(
            t,
            Bit | Decimal(..) | Numeric(..) | Money | SmallMoney | Float | Real | Other(_)
        )
}
