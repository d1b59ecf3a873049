//! Walking marked-yaml nodes by hand: typed getters that record a located diagnostic instead
//! of failing, so one run reports every problem in the file.

use std::sync::Arc;

use marked_yaml::types::{MarkedMappingNode, MarkedScalarNode};
use marked_yaml::{Node, Span};

use crate::diag::{Diagnostic, Diagnostics, closest};
use crate::ir::Loc;

/// The loader's state: the file name for locations and the problems found so far.
pub(crate) struct Cx {
    file: Arc<str>,
    /// Everything found so far, in file order.
    pub diags: Diagnostics,
}

impl Cx {
    /// A context for `file`.
    pub fn new(file: &str) -> Self {
        Cx {
            file: file.into(),
            diags: Diagnostics::default(),
        }
    }

    /// A context for the same file with no problems yet (for work done on another thread).
    pub fn fork(&self) -> Self {
        Cx {
            file: self.file.clone(),
            diags: Diagnostics::default(),
        }
    }

    /// The location where `span` starts.
    pub fn loc(&self, span: &Span) -> Option<Loc> {
        span.start().map(|m| Loc {
            file: self.file.clone(),
            line: m.line() as u32,
            column: m.column() as u32,
        })
    }

    /// Records an error at `span`.
    pub fn error(&mut self, span: &Span, message: String, help: impl Into<String>) {
        let d = Diagnostic::error(self.loc(span), message).with_help(help);
        self.diags.push(d);
    }
}

/// A mapping whose keys have been checked against the allowed set.
pub(crate) struct Map<'a> {
    node: &'a MarkedMappingNode,
    /// What the mapping describes, for messages (`ref.UserStatus.Code`).
    pub what: String,
}

impl<'a> Map<'a> {
    /// Opens `node` as a mapping describing `what`, reporting every key not in `allowed`.
    pub fn open(cx: &mut Cx, node: &'a Node, what: &str, allowed: &[&str]) -> Option<Self> {
        let map = Map::new(cx, node, what, allowed)?;
        map.allow(cx, allowed);
        Some(map)
    }

    /// Opens a mapping that has a required `name`; messages then call it `prefix.name`
    /// (`ref.UserStatus`). Returns the mapping and the name.
    pub fn named(
        cx: &mut Cx,
        node: &'a Node,
        prefix: &str,
        kind: &str,
        allowed: &[&str],
    ) -> Option<(Self, String)> {
        let map = Map::new(cx, node, &format!("{prefix} {kind}"), allowed)?;
        let name = map.req_text(cx, "name");
        let map = match &name {
            Some(n) if prefix.is_empty() => map.renamed(n.clone()),
            Some(n) => map.renamed(format!("{prefix}.{n}")),
            None => map,
        };
        map.allow(cx, allowed);
        Some((map, name?))
    }

    /// Checks that `node` is a mapping, without looking at its keys yet.
    fn new(cx: &mut Cx, node: &'a Node, what: &str, allowed: &[&str]) -> Option<Self> {
        let Some(map) = node.as_mapping() else {
            cx.error(
                node.span(),
                format!(
                    "{what}: expected a mapping ({{ key: value, … }}), found {}",
                    kind(node)
                ),
                format!("write it as a mapping with keys {}", allowed.join(", ")),
            );
            return None;
        };
        Some(Map {
            node: map,
            what: what.to_string(),
        })
    }

    /// Reports every key not in `allowed`, suggesting the nearest allowed one.
    fn allow(&self, cx: &mut Cx, allowed: &[&str]) {
        for key in self.node.keys() {
            if !allowed.contains(&key.as_str()) {
                cx.error(
                    key.span(),
                    format!("{}: unknown key `{}`", self.what, key.as_str()),
                    unknown_key_help(key.as_str(), allowed),
                );
            }
        }
    }

    /// The same mapping described as `what` (once its name is known).
    pub fn renamed(self, what: impl Into<String>) -> Self {
        Map {
            what: what.into(),
            ..self
        }
    }

    /// The value under `key`, if present.
    pub fn get(&self, key: &str) -> Option<&'a Node> {
        self.node.get_node(key)
    }

    /// The value under `key`, recording an error when it is missing.
    pub fn req(&self, cx: &mut Cx, key: &str) -> Option<&'a Node> {
        let found = self.get(key);
        if found.is_none() {
            cx.error(
                self.span(),
                format!("{}: missing required key `{key}`", self.what),
                format!("add `{key}: …` to {}", self.what),
            );
        }
        found
    }

    /// Where the mapping starts: its `{`, or for a block mapping its first key (marked-yaml
    /// marks a block mapping at the first key's `:`, which is not where a reader looks).
    pub fn span(&self) -> &'a Span {
        let own = self.node.span();
        let first_key = self.node.keys().next().map(|k| k.span());
        let at = |s: &Span| s.start().map_or(usize::MAX, |m| m.character());
        match first_key {
            Some(k) if at(k) < at(own) => k,
            _ => own,
        }
    }

    /// The text under `key`, if present and text.
    pub fn text(&self, cx: &mut Cx, key: &str) -> Option<String> {
        let node = self.get(key)?;
        self.text_of(cx, node, key)
    }

    /// The text under a required `key`.
    pub fn req_text(&self, cx: &mut Cx, key: &str) -> Option<String> {
        let node = self.req(cx, key)?;
        self.text_of(cx, node, key)
    }

    /// [`text`] of the value under `key`, naming `what.key` only when it is not text: most
    /// values are, and a 2,000-table file has about 100,000 of them.
    fn text_of(&self, cx: &mut Cx, node: &Node, key: &str) -> Option<String> {
        match scalar(node) {
            Some(s) if !is_null(node) => Some(s.as_str().to_string()),
            _ => text(cx, node, &format!("{}.{key}", self.what)),
        }
    }

    /// The boolean under `key`; `false` when absent.
    pub fn flag(&self, cx: &mut Cx, key: &str) -> bool {
        let Some(node) = self.get(key) else {
            return false;
        };
        match scalar(node).and_then(MarkedScalarNode::as_bool) {
            Some(b) => b,
            None => {
                let what = format!("{}.{key}", self.what);
                cx.error(
                    node.span(),
                    format!("{what}: expected `true` or `false`, found {}", kind(node)),
                    "write true or false, unquoted",
                );
                false
            }
        }
    }

    /// The list of names under `key` (`[A, B]`); empty when absent.
    pub fn names(&self, cx: &mut Cx, key: &str) -> Vec<String> {
        match self.get(key) {
            Some(node) => names(cx, node, &format!("{}.{key}", self.what)),
            None => Vec::new(),
        }
    }

    /// The sequence under `key`; empty when absent or not a sequence (the latter reported).
    pub fn seq(&self, cx: &mut Cx, key: &str) -> &'a [Node] {
        match self.get(key) {
            Some(node) => match node.as_sequence() {
                Some(items) => items.as_slice(),
                None => seq(cx, node, &format!("{}.{key}", self.what)),
            },
            None => &[],
        }
    }
}

/// The node as a scalar, if it is one.
pub(crate) fn scalar(node: &Node) -> Option<&MarkedScalarNode> {
    node.as_scalar()
}

/// Whether the node is YAML's null (`null`, `~` or nothing, unquoted).
pub(crate) fn is_null(node: &Node) -> bool {
    scalar(node).is_some_and(|s| {
        s.may_coerce() && matches!(s.as_str(), "" | "~" | "null" | "Null" | "NULL")
    })
}

/// A non-empty text scalar.
pub(crate) fn text(cx: &mut Cx, node: &Node, what: &str) -> Option<String> {
    match scalar(node) {
        Some(s) if !is_null(node) => Some(s.as_str().to_string()),
        _ => {
            cx.error(
                node.span(),
                format!("{what}: expected text, found {}", kind(node)),
                "write a single-line string (quote it if it contains `: `, ` #`, or starts with a YAML indicator)",
            );
            None
        }
    }
}

/// A whole number scalar.
pub(crate) fn integer(cx: &mut Cx, node: &Node, what: &str) -> Option<i64> {
    let found = scalar(node).and_then(MarkedScalarNode::as_i64);
    if found.is_none() {
        cx.error(
            node.span(),
            format!("{what}: expected a whole number, found {}", kind(node)),
            "write an unquoted integer such as 1",
        );
    }
    found
}

/// A sequence's items (reported and empty when the node is not a sequence).
pub(crate) fn seq<'a>(cx: &mut Cx, node: &'a Node, what: &str) -> &'a [Node] {
    match node.as_sequence() {
        Some(s) => s.as_slice(),
        None => {
            cx.error(
                node.span(),
                format!("{what}: expected a list, found {}", kind(node)),
                "write a list: `[A, B]` or one `- item` per line",
            );
            &[]
        }
    }
}

/// A list of text scalars (`[A, B]`).
pub(crate) fn names(cx: &mut Cx, node: &Node, what: &str) -> Vec<String> {
    seq(cx, node, what)
        .iter()
        .filter_map(|n| text(cx, n, what))
        .collect()
}

/// Describes a node for messages ("text `abc`", "a list").
pub(crate) fn kind(node: &Node) -> String {
    match node {
        Node::Scalar(s) if is_null(node) && s.as_str().is_empty() => "nothing".into(),
        Node::Scalar(s) => format!("`{}`", s.as_str()),
        Node::Mapping(_) => "a mapping".into(),
        Node::Sequence(_) => "a list".into(),
    }
}

fn unknown_key_help(key: &str, allowed: &[&str]) -> String {
    match closest(key, allowed) {
        Some(near) => format!(
            "did you mean `{near}`? allowed keys: {}",
            allowed.join(", ")
        ),
        None => format!("allowed keys: {}", allowed.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_near_keys_only() {
        let keys = ["name", "type", "nullable", "identity", "default"];
        assert_eq!(closest("nulable", &keys), Some("nullable"));
        assert_eq!(closest("tpye", &keys), Some("type"));
        assert_eq!(closest("colour", &keys), None);
    }
}
