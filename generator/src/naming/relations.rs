//! Navigation names for foreign keys: forward (`user_company.invited_by_user`) per owning
//! table, reverse (`user.user_companies_by_invited_by`) per referenced table; and finder
//! names, per table: `by_email` for a unique key, `for_company` for a foreign key.

use std::collections::BTreeMap;

use super::ident::{Case, make, twin, unraw};
use super::namespace::Namespace;
use crate::diag::Diagnostics;
use crate::ir::{Database, ForeignKey};

/// Methods every generated struct already has (gen-runtime's `Record`, `NewRecord`, `Query`
/// and the derives): a navigation of the same name would shadow them, since inherent methods
/// win over trait methods.
const TAKEN_METHODS: &[&str] = &[
    "decode",
    "values",
    "insert",
    "sql",
    "key",
    "all",
    "all_including_deleted",
    "find",
    "find_including_deleted",
    "update",
    "soft_delete",
    "select",
    "by_key",
    "set",
    "clone",
    "clone_from",
    "eq",
    "ne",
    "fmt",
    "serialize",
    "deserialize",
];

/// Every navigation method also has an `…_sql` twin ([`super::twin`]).
const TWIN_SUFFIXES: &[&str] = &[SQL_TWIN];

/// The suffix of a navigation's SQL twin.
pub const SQL_TWIN: &str = "_sql";

/// Fills `rust_forward`, `rust_reverse` and their `…_sql` twins of every foreign key, in source order. Forward and
/// reverse methods land in the same inherent namespace (a table can own one key and be the
/// target of another), so there is one scope per struct.
pub fn assign(db: &mut Database, diags: &mut Diagnostics) {
    let mut methods = Scopes(BTreeMap::new(), db.dialect);
    for schema in &mut db.schemas {
        for table in &mut schema.tables {
            let owner_plural = plural(unraw(&table.rust_module).trim_end_matches('_'));
            let (owner_schema, owner) = (table.schema.clone(), table.name.clone());
            for fk in &mut table.foreign_keys {
                let (fwd, by) = forward_name(fk);
                let rev = match by {
                    Some(by) => format!("{owner_plural}_by_{by}"),
                    None => owner_plural.clone(),
                };
                let rev = make(&rev, Case::Snake).unwrap_or(rev);
                let (loc, raw) = (fk.loc.as_ref(), fk.name.as_str());
                fk.rust_forward = methods.of(&owner_schema, &owner).claim_with(
                    fwd,
                    raw,
                    Case::Snake,
                    loc,
                    TWIN_SUFFIXES,
                    diags,
                );
                let target = &fk.references;
                fk.rust_reverse = methods.of(&target.schema, &target.table).claim_with(
                    rev,
                    raw,
                    Case::Snake,
                    loc,
                    TWIN_SUFFIXES,
                    diags,
                );
                // The twins were claimed with their names (`claim_with`).
                fk.rust_forward_sql = twin(&fk.rust_forward, SQL_TWIN);
                fk.rust_reverse_sql = twin(&fk.rust_reverse, SQL_TWIN);
            }
        }
    }
    // After every navigation, so that adding finders renamed no navigation.
    for schema in &mut db.schemas {
        for table in &mut schema.tables {
            let scope = methods.of(&table.schema, &table.name);
            assign_finders(table, scope, diags);
        }
    }
}

/// `by_…` for each unique constraint and unique index, `for_…` for each foreign key; a key
/// over the same columns as an earlier one of its kind gets none (one finder is enough).
fn assign_finders(table: &mut crate::ir::Table, scope: &mut Namespace, diags: &mut Diagnostics) {
    let mut seen: Vec<Vec<String>> = Vec::new();
    let mut first = |columns: Vec<String>| {
        let lower: Vec<String> = columns.iter().map(|c| c.to_lowercase()).collect();
        let new = !seen.contains(&lower);
        seen.push(lower);
        new
    };
    for uq in &mut table.uniques {
        if first(uq.columns.clone()) {
            let wanted = finder_name("by", &uq.columns);
            uq.rust_finder = scope.claim(wanted, &uq.name, Case::Snake, uq.loc.as_ref(), diags);
        }
    }
    for ix in table.indexes.iter_mut().filter(|i| i.unique) {
        let columns: Vec<String> = ix.columns.iter().map(|c| c.name.clone()).collect();
        if first(columns.clone()) {
            let wanted = finder_name("by", &columns);
            ix.rust_finder = scope.claim(wanted, &ix.name, Case::Snake, ix.loc.as_ref(), diags);
        }
    }
    let mut seen: Vec<Vec<String>> = Vec::new();
    for fk in &mut table.foreign_keys {
        let lower: Vec<String> = fk.columns.iter().map(|c| c.to_lowercase()).collect();
        if seen.contains(&lower) {
            continue;
        }
        seen.push(lower);
        let wanted = finder_name("for", &fk.columns);
        fk.rust_finder = scope.claim(wanted, &fk.name, Case::Snake, fk.loc.as_ref(), diags);
    }
}

/// `by_email`, `by_user_and_company`, `for_invited_by`: the prefix, then each column in
/// snake case without an `ID` suffix, joined by `_and_`.
fn finder_name(prefix: &str, columns: &[String]) -> String {
    let parts: Vec<String> = columns
        .iter()
        .map(|c| {
            let snake = make(strip_id(c), Case::Snake).unwrap_or_else(|| "column".into());
            unraw(&snake).trim_end_matches('_').to_owned()
        })
        .collect();
    let name = format!("{prefix}_{}", parts.join("_and_"));
    make(&name, Case::Snake).unwrap_or(name)
}

/// The inherent-method scope of every struct, by `(schema, table)` as the dialect compares.
struct Scopes(BTreeMap<(String, String), Namespace>, gen_runtime::Dialect);

impl Scopes {
    fn of(&mut self, schema: &str, table: &str) -> &mut Namespace {
        let key = (self.1.name_key(schema), self.1.name_key(table));
        self.0.entry(key).or_insert_with(|| {
            let mut ns = Namespace::new(format!("methods of `{schema}.{table}`"));
            for m in TAKEN_METHODS {
                ns.reserve(m, "a method every generated struct has");
            }
            ns
        })
    }
}

/// The forward name, and the qualifier for the reverse name when the key is not the plain
/// "column named for the table" case. `UserID → User` gives (`user`, None); `InvitedBy → User`
/// gives (`invited_by_user`, `invited_by`); `StatusID → UserStatus` gives (`status`, `status`).
fn forward_name(fk: &ForeignKey) -> (String, Option<String>) {
    let target = make(&fk.references.table, Case::Snake).unwrap_or_else(|| "target".into());
    let target = unraw(&target).to_owned();
    let base = match fk.columns.as_slice() {
        [only] => make(strip_id(only), Case::Snake).map(|b| unraw(&b).to_owned()),
        _ => None,
    };
    let Some(base) = base else {
        return (target, None);
    };
    if base == target {
        return (target, None);
    }
    let related = target.ends_with(&format!("_{base}")) || base.ends_with(&format!("_{target}"));
    let forward = if related {
        base.clone()
    } else {
        format!("{base}_{target}")
    };
    (make(&forward, Case::Snake).unwrap_or(forward), Some(base))
}

/// `UserID` → `User`, `user_id` → `user`; other names unchanged.
fn strip_id(column: &str) -> &str {
    for suffix in ["_ID", "_Id", "_id", "ID", "Id"] {
        if let Some(stem) = column.strip_suffix(suffix).filter(|s| !s.is_empty()) {
            return stem;
        }
    }
    column
}

/// English plural of a snake_case name's last word, good enough for navigation names.
fn plural(name: &str) -> String {
    if let Some(stem) = name
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']))
    {
        format!("{stem}ies")
    } else if name.ends_with(['s', 'x', 'z']) || name.ends_with("ch") || name.ends_with("sh") {
        format!("{name}es")
    } else {
        format!("{name}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::TableRef;

    fn fk(column: &str, table: &str) -> ForeignKey {
        ForeignKey {
            columns: vec![column.into()],
            references: TableRef {
                schema: "dbo".into(),
                table: table.into(),
            },
            ..ForeignKey::default()
        }
    }

    #[test]
    fn forward_names_follow_the_column() {
        assert_eq!(forward_name(&fk("UserID", "User")), ("user".into(), None));
        assert_eq!(
            forward_name(&fk("InvitedBy", "User")),
            ("invited_by_user".into(), Some("invited_by".into()))
        );
        assert_eq!(
            forward_name(&fk("StatusID", "UserStatus")),
            ("status".into(), Some("status".into()))
        );
    }

    #[test]
    fn finder_names_follow_the_columns() {
        assert_eq!(finder_name("by", &["Email".into()]), "by_email");
        assert_eq!(
            finder_name("by", &["UserID".into(), "CompanyID".into()]),
            "by_user_and_company"
        );
        assert_eq!(finder_name("for", &["InvitedBy".into()]), "for_invited_by");
        assert_eq!(finder_name("for", &["StatusID".into()]), "for_status");
    }

    #[test]
    fn plurals() {
        assert_eq!(plural("user_company"), "user_companies");
        assert_eq!(plural("user"), "users");
        assert_eq!(plural("abr_search"), "abr_searches");
        assert_eq!(plural("survey"), "surveys");
    }
}
