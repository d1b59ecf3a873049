//! Primary, foreign and unique keys, indexes and check constraints.

use marked_yaml::Node;

use super::node::{self, Cx, Map};
use super::table::exceptions;
use crate::ir::{
    CheckConstraint, ForeignKey, Index, IndexColumn, PrimaryKey, ReferentialAction, Table,
    TableRef, UniqueConstraint,
};

const FK_KEYS: &[&str] = &[
    "name",
    "columns",
    "references",
    "ref_columns",
    "on_delete",
    "on_update",
    "lint",
];
const INDEX_KEYS: &[&str] = &["name", "columns", "unique", "include", "filter"];

/// Reads everything after `columns` except rows into `t`.
pub(super) fn constraints(cx: &mut Cx, table: &Map, t: &mut Table) {
    let what = table.what.clone();
    t.primary_key = table
        .get("primary_key")
        .and_then(|n| primary_key(cx, n, &what));
    t.foreign_keys = items(cx, table, "foreign_keys", |cx, n| foreign_key(cx, n, &what));
    t.uniques = items(cx, table, "unique", |cx, n| unique(cx, n, &what));
    t.indexes = items(cx, table, "indexes", |cx, n| index(cx, n, &what));
    t.checks = items(cx, table, "checks", |cx, n| check(cx, n, &what));
}

fn items<T>(
    cx: &mut Cx,
    table: &Map,
    key: &str,
    mut one: impl FnMut(&mut Cx, &Node) -> Option<T>,
) -> Vec<T> {
    table
        .seq(cx, key)
        .iter()
        .filter_map(|n| one(cx, n))
        .collect()
}

fn required_names(cx: &mut Cx, map: &Map, key: &str) -> Option<Vec<String>> {
    let node = map.req(cx, key)?;
    let names = node::names(cx, node, &format!("{}.{key}", map.what));
    if names.is_empty() {
        cx.error(
            node.span(),
            format!("{}.{key}: the list is empty", map.what),
            "name at least one column",
        );
        return None;
    }
    Some(names)
}

fn primary_key(cx: &mut Cx, node: &Node, table: &str) -> Option<PrimaryKey> {
    let (map, name) = Map::named(cx, node, table, "primary_key", &["name", "columns"])?;
    let columns = required_names(cx, &map, "columns")?;
    Some(PrimaryKey {
        name,
        columns,
        loc: cx.loc(map.span()),
    })
}

fn unique(cx: &mut Cx, node: &Node, table: &str) -> Option<UniqueConstraint> {
    let (map, name) = Map::named(cx, node, table, "unique constraint", &["name", "columns"])?;
    let columns = required_names(cx, &map, "columns")?;
    Some(UniqueConstraint {
        name,
        columns,
        rust_finder: String::new(),
        loc: cx.loc(map.span()),
    })
}

fn check(cx: &mut Cx, node: &Node, table: &str) -> Option<CheckConstraint> {
    let (map, name) = Map::named(cx, node, table, "check", &["name", "expression"])?;
    let expression = map.req_text(cx, "expression")?;
    Some(CheckConstraint {
        name,
        expression,
        loc: cx.loc(map.span()),
    })
}

fn index(cx: &mut Cx, node: &Node, table: &str) -> Option<Index> {
    let (map, name) = Map::named(cx, node, table, "index", INDEX_KEYS)?;
    let columns = required_names(cx, &map, "columns")?
        .into_iter()
        .map(|c| index_column(&c))
        .collect();
    Some(Index {
        name,
        columns,
        unique: map.flag(cx, "unique"),
        rust_finder: String::new(),
        include: map.names(cx, "include"),
        filter: map.text(cx, "filter"),
        loc: cx.loc(map.span()),
    })
}

/// `"Name DESC"` is a descending key column; anything else is the column name.
fn index_column(written: &str) -> IndexColumn {
    let trimmed = written.trim();
    match trimmed.rsplit_once(' ') {
        Some((name, dir)) if dir.eq_ignore_ascii_case("desc") => IndexColumn {
            name: name.trim().to_string(),
            descending: true,
        },
        _ => IndexColumn {
            name: trimmed.to_string(),
            descending: false,
        },
    }
}

fn foreign_key(cx: &mut Cx, node: &Node, table: &str) -> Option<ForeignKey> {
    let (map, name) = Map::named(cx, node, table, "foreign key", FK_KEYS)?;
    let columns = required_names(cx, &map, "columns");
    let ref_columns = required_names(cx, &map, "ref_columns");
    let references = map
        .req(cx, "references")
        .and_then(|n| table_ref(cx, n, &map.what));
    let on_delete = action(cx, &map, "on_delete");
    let on_update = action(cx, &map, "on_update");
    let lint_exceptions = exceptions(cx, &map);
    Some(ForeignKey {
        name,
        columns: columns?,
        references: references?,
        ref_columns: ref_columns?,
        on_delete,
        on_update,
        rust_forward: String::new(),
        rust_reverse: String::new(),
        rust_forward_sql: String::new(),
        rust_reverse_sql: String::new(),
        rust_finder: String::new(),
        lint_exceptions,
        loc: cx.loc(map.span()),
    })
}

fn table_ref(cx: &mut Cx, node: &Node, fk: &str) -> Option<TableRef> {
    let text = node::text(cx, node, &format!("{fk}.references"))?;
    match text.split_once('.') {
        Some((schema, table))
            if !schema.is_empty() && !table.is_empty() && !table.contains('.') =>
        {
            Some(TableRef {
                schema: schema.into(),
                table: table.into(),
            })
        }
        _ => {
            cx.error(
                node.span(),
                format!("{fk}.references: `{text}` is not `schema.table`"),
                "name the referenced table with its schema, e.g. `ref.UserStatus`",
            );
            None
        }
    }
}

fn action(cx: &mut Cx, map: &Map, key: &str) -> ReferentialAction {
    let Some(text) = map.text(cx, key) else {
        return ReferentialAction::NoAction;
    };
    match text.as_str() {
        "no_action" => ReferentialAction::NoAction,
        "cascade" => ReferentialAction::Cascade,
        "set_null" => ReferentialAction::SetNull,
        "set_default" => ReferentialAction::SetDefault,
        "restrict" => ReferentialAction::Restrict,
        other => {
            let span = map.get(key).map_or(map.span(), Node::span);
            cx.error(
                span,
                format!("{}.{key}: `{other}` is not a referential action", map.what),
                "use no_action, cascade, set_null, set_default or restrict (PostgreSQL only)",
            );
            ReferentialAction::NoAction
        }
    }
}
