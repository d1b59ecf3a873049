//! Columns: type, identity and the forms a default may take.

use marked_yaml::Node;

use super::node::{self, Cx, Map};
use super::table::exceptions;
use crate::ir::{
    Column, ColumnEnum, DefaultExpr, Identity, SqlType, TypeParseError, TypeRef, Value,
};

const COLUMN_KEYS: &[&str] = &[
    "name",
    "type",
    "rust_type",
    "enum",
    "nullable",
    "identity",
    "default",
    "default_name",
    "description",
    "lint",
];

/// One column of `table` (`schema.table`).
pub(super) fn column(cx: &mut Cx, node: &Node, table: &str) -> Option<Column> {
    let (map, name) = Map::named(cx, node, table, "column", COLUMN_KEYS)?;
    let rust_type_override = map.text(cx, "rust_type");
    let (sql_type, user_type) = match user_type(&map) {
        // Resolved to its base type once every schema's `types:` are read.
        Some(t) => (Some(SqlType::default()), Some(t)),
        None => (sql_type(cx, &map, rust_type_override.is_some()), None),
    };
    let value_enum = map.get("enum").and_then(|n| column_enum(cx, n, &map.what));
    Some(Column {
        name,
        user_type,
        value_enum,
        rust_enum: String::new(),
        rust_field: String::new(),
        rust_const: String::new(),
        sql_type: sql_type?,
        nullable: map.flag(cx, "nullable"),
        identity: map.get("identity").and_then(|n| identity(cx, n, &map.what)),
        default: map.get("default").and_then(|n| default(cx, n, &map.what)),
        default_name: map.text(cx, "default_name"),
        description: map.text(cx, "description"),
        lint_exceptions: exceptions(cx, &map),
        loc: cx.loc(map.span()),
        rust_type_override,
    })
}

fn sql_type(cx: &mut Cx, map: &Map, has_rust_type: bool) -> Option<SqlType> {
    let node = map.req(cx, "type")?;
    let text = map.text(cx, "type")?;
    match SqlType::parse(&text, has_rust_type) {
        Ok(t) => Some(t),
        Err(e) => {
            let help = match e {
                TypeParseError::Unknown(_) => {
                    "use a canonical type from docs/schema-format.md, or add `rust_type:` on the column for a type outside it"
                }
                TypeParseError::BadArgs { .. } => {
                    "write the type with the arguments docs/schema-format.md shows for it"
                }
            };
            cx.error(node.span(), format!("{}: {e}", map.what), help);
            None
        }
    }
}

/// A `type:` naming a schema's type (`public.mood`, `dbo.Email`): a dot, which no canonical
/// type has, outside any parentheses.
fn user_type(map: &Map) -> Option<TypeRef> {
    let text = node::scalar(map.get("type")?)?.as_str().trim();
    if text.contains('(') {
        return None;
    }
    let (schema, name) = text.rsplit_once('.')?;
    (!schema.is_empty() && !name.is_empty()).then(|| TypeRef {
        schema: schema.to_owned(),
        name: name.to_owned(),
    })
}

/// `enum: true` (named `{Table}{Column}`), `enum: false` or `enum: RustName`.
fn column_enum(cx: &mut Cx, node: &Node, column: &str) -> Option<ColumnEnum> {
    let s = node::scalar(node);
    let loc = cx.loc(node.span());
    match s.map(|s| (s.as_bool(), s.as_str())) {
        Some((Some(true), _)) => Some(ColumnEnum {
            loc,
            ..ColumnEnum::default()
        }),
        Some((Some(false), _)) => None,
        Some((None, name))
            if crate::naming::make(name, crate::naming::Case::Pascal).as_deref() == Some(name) =>
        {
            Some(ColumnEnum {
                name: Some(name.to_owned()),
                loc,
                ..ColumnEnum::default()
            })
        }
        _ => {
            cx.error(
                node.span(),
                format!(
                    "{column}.enum: expected `true` or a Rust type name such as `OrderStatus`, found {}",
                    s.map_or_else(|| node::kind(node), |s| format!("`{}`", s.as_str()))
                ),
                "write `enum: true` to name the enum {Table}{Column}, or `enum: <PascalCaseName>`",
            );
            None
        }
    }
}

fn identity(cx: &mut Cx, node: &Node, column: &str) -> Option<Identity> {
    let what = format!("{column}.identity");
    if let Some(s) = node::scalar(node) {
        return match s.as_bool() {
            Some(true) => Some(Identity::default()),
            Some(false) => None,
            None => {
                cx.error(
                    node.span(),
                    format!(
                        "{what}: expected `true` or `{{ seed: S, increment: I }}`, found {}",
                        node::kind(node)
                    ),
                    "write `identity: true` for IDENTITY(1,1)",
                );
                None
            }
        };
    }
    let map = Map::open(cx, node, &what, &["seed", "increment"])?;
    let seed = map
        .req(cx, "seed")
        .and_then(|n| node::integer(cx, n, &format!("{what}.seed")));
    let increment = map
        .req(cx, "increment")
        .and_then(|n| node::integer(cx, n, &format!("{what}.increment")));
    Some(Identity {
        seed: seed?,
        increment: increment?,
    })
}

fn default(cx: &mut Cx, node: &Node, column: &str) -> Option<DefaultExpr> {
    let what = format!("{column}.default");
    if node.as_mapping().is_some() {
        let map = Map::open(cx, node, &what, &["sql"])?;
        return map.req_text(cx, "sql").map(DefaultExpr::Sql);
    }
    let parsed = node::scalar(node).and_then(|s| scalar_default(s.as_str(), s.may_coerce()));
    if parsed.is_none() {
        cx.error(
            node.span(),
            format!("{what}: `{}` is not a default gen understands", node::scalar(node).map_or("?", |s| s.as_str())),
            "write GETUTCDATE(), NEWID(), a number, true/false, a quoted SQL literal such as \"'AU'\", or { sql: \"<expression>\" }",
        );
    }
    parsed
}

/// A default written as a scalar. `plain` is false for quoted YAML strings, which are SQL
/// string literals and nothing else.
fn scalar_default(s: &str, plain: bool) -> Option<DefaultExpr> {
    if let Some(inner) = s.strip_prefix('\'').and_then(|r| r.strip_suffix('\''))
        && s.len() >= 2
        && !inner.replace("''", "").contains('\'')
    {
        return Some(DefaultExpr::Literal(Value::Text(inner.replace("''", "'"))));
    }
    if !plain {
        return None;
    }
    if s.eq_ignore_ascii_case(gen_runtime::Dialect::Mssql.now_utc()) {
        return Some(DefaultExpr::CurrentUtc);
    }
    match s.to_ascii_uppercase().as_str() {
        "NEWID()" => return Some(DefaultExpr::NewGuid),
        "TRUE" => return Some(DefaultExpr::Literal(Value::Bool(true))),
        "FALSE" => return Some(DefaultExpr::Literal(Value::Bool(false))),
        _ => {}
    }
    number(s).map(DefaultExpr::Literal)
}

/// A plain scalar that is a number: an integer, or an exact decimal kept as written.
pub(super) fn number(s: &str) -> Option<Value> {
    if let Ok(i) = s.parse::<i64>() {
        return Some(Value::Int(i));
    }
    let digits = s.strip_prefix('-').unwrap_or(s);
    let (whole, frac) = digits.split_once('.')?;
    let all_digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    (all_digits(whole) && all_digits(frac)).then(|| Value::Decimal(s.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalar_defaults() {
        assert_eq!(
            scalar_default("GETUTCDATE()", true),
            Some(DefaultExpr::CurrentUtc)
        );
        assert_eq!(scalar_default("newid()", true), Some(DefaultExpr::NewGuid));
        assert_eq!(
            scalar_default("0", true),
            Some(DefaultExpr::Literal(Value::Int(0)))
        );
        assert_eq!(
            scalar_default("12.50", true),
            Some(DefaultExpr::Literal(Value::Decimal("12.50".into())))
        );
        assert_eq!(
            scalar_default("'O''Brien'", false),
            Some(DefaultExpr::Literal(Value::Text("O'Brien".into())))
        );
        assert_eq!(scalar_default("AU", true), None);
        assert_eq!(scalar_default("0", false), None);
        assert_eq!(scalar_default("'a'b'", false), None);
    }
}
