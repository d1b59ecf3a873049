//! Tables, their enum setting and lint exceptions.

use marked_yaml::Node;

use super::node::{self, Cx, Map};
use super::{column, keys, rows};
use crate::ir::{DeprecatedVariant, EnumSpec, LintException, Table, ViewDef};
use crate::lint::rules;

const TABLE_KEYS: &[&str] = &[
    "name",
    "description",
    "enum",
    "lint",
    "columns",
    "primary_key",
    "foreign_keys",
    "unique",
    "indexes",
    "checks",
    "rows",
];

/// A view's keys: no keys, indexes, checks, rows or enum, since nothing is written to it.
const VIEW_KEYS: &[&str] = &[
    "name",
    "description",
    "lint",
    "dialect",
    "definition",
    "columns",
];

/// One table of `schema`.
pub(super) fn table(cx: &mut Cx, node: &Node, schema: &str) -> Option<Table> {
    relation(cx, node, schema, false)
}

/// One view of `schema` (its `views:` list).
pub(super) fn view(cx: &mut Cx, node: &Node, schema: &str) -> Option<Table> {
    relation(cx, node, schema, true)
}

fn relation(cx: &mut Cx, node: &Node, schema: &str, is_view: bool) -> Option<Table> {
    let (kind, keys) = match is_view {
        true => ("view", VIEW_KEYS),
        false => ("table", TABLE_KEYS),
    };
    let (map, name) = Map::named(cx, node, schema, kind, keys)?;
    let view = match is_view {
        true => Some(view_def(cx, &map)?),
        false => None,
    };
    let mut t = Table {
        view,
        name,
        schema: schema.to_string(),
        loc: cx.loc(map.span()),
        description: map.text(cx, "description"),
        enum_spec: map.get("enum").and_then(|n| enum_spec(cx, n, &map.what)),
        lint_exceptions: exceptions(cx, &map),
        ..Table::default()
    };
    if let Some(cols) = map.req(cx, "columns") {
        t.columns = node::seq(cx, cols, &format!("{}.columns", map.what))
            .iter()
            .filter_map(|c| column::column(cx, c, &map.what))
            .collect();
    }
    keys::constraints(cx, &map, &mut t);
    t.rows = rows::rows(cx, &map, &t);
    Some(t)
}

/// A view's `dialect` (which SQL `definition` is written in) and `definition`.
fn view_def(cx: &mut Cx, map: &Map) -> Option<ViewDef> {
    let dialect_node = map.req(cx, "dialect");
    let definition = map.req_text(cx, "definition");
    let dialect = dialect_node.and_then(|n| {
        let text = node::text(cx, n, &format!("{}.dialect", map.what))?;
        let parsed = text.parse::<gen_runtime::Dialect>().ok();
        if parsed.is_none() {
            cx.error(
                n.span(),
                format!("{}: unknown dialect `{text}`", map.what),
                "write `dialect: postgres` or `dialect: mssql`: the SQL the definition is written in",
            );
        }
        parsed
    });
    Some(ViewDef {
        dialect: dialect?,
        definition: definition?,
        loc: cx.loc(map.span()),
    })
}

fn enum_spec(cx: &mut Cx, node: &Node, table: &str) -> Option<EnumSpec> {
    let what = format!("{table}.enum");
    let loc = cx.loc(node.span());
    if node.as_mapping().is_none() {
        let variant_column = node::text(cx, node, &what)?;
        return Some(EnumSpec {
            variant_column,
            loc,
            ..EnumSpec::default()
        });
    }
    let map = Map::open(cx, node, &what, &["variant_column", "deprecated"])?;
    let variant_column = map.req_text(cx, "variant_column")?;
    let deprecated = map
        .seq(cx, "deprecated")
        .iter()
        .filter_map(|d| deprecated(cx, d, &what))
        .collect();
    Some(EnumSpec {
        variant_column,
        rust_name: String::new(),
        deprecated,
        loc,
    })
}

fn deprecated(cx: &mut Cx, node: &Node, what: &str) -> Option<DeprecatedVariant> {
    let map = Map::open(
        cx,
        node,
        &format!("{what}.deprecated"),
        &["id", "code", "note"],
    )?;
    let id = map
        .req(cx, "id")
        .and_then(|n| node::integer(cx, n, &format!("{what}.deprecated.id")));
    let code = map.req_text(cx, "code");
    let note = map.req_text(cx, "note");
    Some(DeprecatedVariant {
        id: id?,
        code: code?,
        rust_variant: String::new(),
        note: note?,
        loc: cx.loc(map.span()),
    })
}

/// The `lint:` exceptions of a table, column or foreign key. An exception without a reason or
/// for an unknown rule is an input error, so exceptions stay meaningful.
pub(super) fn exceptions(cx: &mut Cx, owner: &Map) -> Vec<LintException> {
    let what = format!("{}.lint", owner.what);
    owner
        .seq(cx, "lint")
        .iter()
        .filter_map(|n| exception(cx, n, &what))
        .collect()
}

fn exception(cx: &mut Cx, node: &Node, what: &str) -> Option<LintException> {
    let map = Map::open(cx, node, what, &["rule", "reason"])?;
    let rule = map.req_text(cx, "rule");
    let reason = map.req_text(cx, "reason");
    if let Some(r) = &rule
        && !rules::is_known(r)
    {
        let span = map.get("rule").map_or(map.span(), Node::span);
        cx.error(
            span,
            format!("{what}: `{r}` is not a lint rule"),
            "use one of the IDs in docs/lint-rules.md (SOL001 … SOL010)",
        );
        return None;
    }
    if reason.as_deref().is_some_and(|r| r.trim().is_empty()) {
        cx.error(
            map.span(),
            format!("{what}: exception has an empty reason"),
            "say why the rule does not apply here",
        );
        return None;
    }
    Some(LintException {
        rule: rule?,
        reason: reason?,
    })
}
