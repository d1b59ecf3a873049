//! One scope of Rust names (the fields of a struct, the types of a module…), handing out
//! unique names in source order so that collisions resolve the same way every run.

use std::collections::BTreeMap;

use super::ident::{Case, twin, unraw};
use crate::diag::{Diagnostic, Diagnostics};
use crate::ir::Loc;

/// A scope in which every name must be unique.
pub struct Namespace {
    /// What the scope is, for messages (`fields of dbo.User`).
    scope: String,
    /// Names taken so far, with the raw text each came from.
    taken: BTreeMap<String, String>,
    /// Names reserved by [`reserve`](Self::reserve), with what gen generates under them.
    reserved: BTreeMap<String, String>,
}

impl Namespace {
    /// An empty scope described as `scope` in messages.
    pub fn new(scope: impl Into<String>) -> Self {
        Namespace {
            scope: scope.into(),
            taken: BTreeMap::new(),
            reserved: BTreeMap::new(),
        }
    }

    /// Whether `name` is taken.
    pub fn contains(&self, name: &str) -> bool {
        self.taken.contains_key(name)
    }

    /// Marks `name` as taken by something that is not a database name (`why` says what, in
    /// the warning a later claim of it gets).
    pub fn reserve(&mut self, name: &str, why: &str) {
        self.taken.insert(name.to_owned(), String::new());
        self.reserved.insert(name.to_owned(), why.to_owned());
    }

    /// Takes `wanted` for `raw`; when it is taken already, takes the first free numbered form
    /// (`user_id_2`, `User2`) and records a warning naming both raw names.
    pub fn claim(
        &mut self,
        wanted: String,
        raw: &str,
        case: Case,
        loc: Option<&Loc>,
        diags: &mut Diagnostics,
    ) -> String {
        self.claim_with(wanted, raw, case, loc, &[], diags)
    }

    /// [`claim`](Self::claim) for a name that brings twins (`user` and `user_sql`): a name is
    /// free only when it and every `name + suffix` are, and all of them are taken together.
    pub fn claim_with(
        &mut self,
        wanted: String,
        raw: &str,
        case: Case,
        loc: Option<&Loc>,
        suffixes: &[&str],
        diags: &mut Diagnostics,
    ) -> String {
        let clash = |ns: &Self, name: &str| {
            std::iter::once(name.to_owned())
                .chain(suffixes.iter().map(|s| twin(name, s)))
                .find_map(|n| ns.taken.get(&n).map(|raw| (n.clone(), raw.clone())))
        };
        let Some((hit, first)) = clash(self, &wanted) else {
            self.take(&wanted, raw, suffixes);
            return wanted;
        };
        let name = (2..)
            .map(|n| numbered(&wanted, n, case))
            .find(|n| clash(self, n).is_none())
            .unwrap_or_default();
        let message = match self.reserved.get(&hit) {
            Some(why) => format!(
                "in the {}, `{raw}` would become `{wanted}`, but `{hit}` is {why}; `{raw}` is named `{name}`",
                self.scope
            ),
            None => format!(
                "in the {}, `{first}` and `{raw}` both become `{wanted}`; `{raw}` is named `{name}`",
                self.scope
            ),
        };
        diags.push(
            Diagnostic::warning(loc.cloned(), message)
                .with_help("rename one of them in the database, or use the numbered name"),
        );
        self.take(&name, raw, suffixes);
        name
    }

    fn take(&mut self, name: &str, raw: &str, suffixes: &[&str]) {
        for s in suffixes {
            self.taken.insert(twin(name, s), raw.to_owned());
        }
        self.taken.insert(name.to_owned(), raw.to_owned());
    }
}

/// `wanted` with the number `n` appended in the style of its case (`User2`, `user_id_2`).
fn numbered(wanted: &str, n: u32, case: Case) -> String {
    match case {
        Case::Pascal => format!("{}{n}", unraw(wanted).trim_end_matches('_')),
        _ => format!("{}_{n}", unraw(wanted).trim_end_matches('_')),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collisions_get_numbers_in_source_order_and_a_warning() {
        let mut ns = Namespace::new("fields of dbo.User");
        let mut diags = Diagnostics::default();
        let a = ns.claim("user_id".into(), "UserID", Case::Snake, None, &mut diags);
        let b = ns.claim("user_id".into(), "User_ID", Case::Snake, None, &mut diags);
        let c = ns.claim("user_id".into(), "userId", Case::Snake, None, &mut diags);
        assert_eq!(
            (a.as_str(), b.as_str(), c.as_str()),
            ("user_id", "user_id_2", "user_id_3")
        );
        assert_eq!(diags.0.len(), 2);
        assert!(
            diags.0[0]
                .message
                .contains("`UserID` and `User_ID` both become `user_id`")
        );
        let mut types = Namespace::new("types of dbo");
        types.claim("Foo".into(), "Foo", Case::Pascal, None, &mut diags);
        assert_eq!(
            types.claim("Foo".into(), "foo", Case::Pascal, None, &mut diags),
            "Foo2"
        );
        let mut raw = Namespace::new("fields");
        raw.claim("r#type".into(), "type", Case::Snake, None, &mut diags);
        assert_eq!(
            raw.claim("r#type".into(), "Type", Case::Snake, None, &mut diags),
            "type_2"
        );
    }
}
