//! Navigation names for foreign keys: forward (`user_company.invited_by_user`) per owning
//! table, reverse (`user.user_companies_by_invited_by`) per referenced table.

use std::collections::BTreeMap;

use super::ident::{Case, make, unraw};
use super::namespace::Namespace;
use crate::diag::Diagnostics;
use crate::ir::{Database, ForeignKey};

/// Fills `rust_forward` and `rust_reverse` of every foreign key, in source order.
pub fn assign(db: &mut Database, diags: &mut Diagnostics) {
    let mut reverse: BTreeMap<(String, String), Namespace> = BTreeMap::new();
    for schema in &mut db.schemas {
        for table in &mut schema.tables {
            let owner_plural = plural(unraw(&table.rust_module).trim_end_matches('_'));
            let mut forward = Namespace::new(format!("relations of `{}`", table.qualified()));
            for fk in &mut table.foreign_keys {
                let (fwd, by) = forward_name(fk);
                fk.rust_forward = forward.claim(fwd, &fk.name, Case::Snake, fk.loc.as_ref(), diags);
                let rev = match by {
                    Some(by) => format!("{owner_plural}_by_{by}"),
                    None => owner_plural.clone(),
                };
                let key = (
                    fk.references.schema.to_lowercase(),
                    fk.references.table.to_lowercase(),
                );
                let scope = reverse.entry(key).or_insert_with(|| {
                    Namespace::new(format!(
                        "relations of `{}.{}`",
                        fk.references.schema, fk.references.table
                    ))
                });
                let rev = make(&rev, Case::Snake).unwrap_or(rev);
                fk.rust_reverse = scope.claim(rev, &fk.name, Case::Snake, fk.loc.as_ref(), diags);
            }
        }
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
    fn plurals() {
        assert_eq!(plural("user_company"), "user_companies");
        assert_eq!(plural("user"), "users");
        assert_eq!(plural("abr_search"), "abr_searches");
        assert_eq!(plural("survey"), "surveys");
    }
}
