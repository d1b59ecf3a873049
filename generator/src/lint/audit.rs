//! SOL007–SOL009: the audit columns every business table carries, their types, defaults, and
//! that the `…By` columns are not foreign keys (audit rows must outlive the users they name).

use gen_runtime::{DELETED_BY, DELETED_DATE, IS_DELETED, UPDATED_DATE};

use super::Finding;
use super::finding::Sink;
use crate::ir::{Column, DefaultExpr, SqlType, Table};

/// Schemas whose tables are business tables.
const BUSINESS_SCHEMAS: &[&str] = &["dbo", "config"];

/// What each audit column must be.
#[derive(Clone, Copy)]
enum Expect {
    /// datetime2, NOT NULL.
    Timestamp,
    /// datetime2, nullable.
    OptionalTimestamp,
    /// An integer user ID (nullable or not).
    UserId,
    /// bit, NOT NULL.
    Flag,
}

const AUDIT: &[(&str, Expect)] = &[
    ("CreatedDate", Expect::Timestamp),
    ("CreatedBy", Expect::UserId),
    (UPDATED_DATE, Expect::Timestamp),
    ("UpdatedBy", Expect::UserId),
    (IS_DELETED, Expect::Flag),
    (DELETED_DATE, Expect::OptionalTimestamp),
    (DELETED_BY, Expect::UserId),
];

pub(super) fn check(t: &Table, out: &mut Vec<Finding>) {
    let mut s = Sink::new(t, out);
    if BUSINESS_SCHEMAS
        .iter()
        .any(|b| t.schema.eq_ignore_ascii_case(b))
    {
        audit_columns(&mut s);
    }
    timestamps(&mut s);
    for k in &t.foreign_keys {
        for c in k.columns.iter().filter(|c| is_by_column(c)) {
            s.foreign_key("SOL009", k, format!("audit column `{c}` is part of a foreign key; audit columns hold user IDs without a constraint so rows outlive the users they name — drop the foreign key"));
        }
    }
}

fn is_by_column(name: &str) -> bool {
    ["CreatedBy", "UpdatedBy", "DeletedBy"]
        .iter()
        .any(|b| b.eq_ignore_ascii_case(name))
}

fn audit_columns(s: &mut Sink) {
    let t = s.t;
    let missing: Vec<&str> = AUDIT
        .iter()
        .map(|(n, _)| *n)
        .filter(|n| t.column(n).is_none())
        .collect();
    if !missing.is_empty() {
        s.table("SOL007", None, format!("business table lacks audit column(s) {}; every dbo/config table has CreatedDate, CreatedBy, UpdatedDate, UpdatedBy, IsDeleted, DeletedDate, DeletedBy", missing.join(", ")));
    }
    for (name, expect) in AUDIT {
        if let Some(c) = t.column(name)
            && let Some(problem) = mismatch(c, *expect)
        {
            s.column(
                "SOL007",
                c,
                format!(
                    "audit column `{}` is {}{}; expected {problem}",
                    c.name,
                    c.sql_type,
                    if c.nullable { " NULL" } else { " NOT NULL" }
                ),
            );
        }
    }
}

/// What the column should be, when it is not.
fn mismatch(c: &Column, expect: Expect) -> Option<&'static str> {
    let datetime2 = matches!(c.sql_type, SqlType::DateTime2(_));
    let ok = match expect {
        Expect::Timestamp => datetime2 && !c.nullable,
        Expect::OptionalTimestamp => datetime2 && c.nullable,
        Expect::UserId => c.sql_type.is_integer(),
        Expect::Flag => c.sql_type == SqlType::Bit && !c.nullable,
    };
    (!ok).then_some(match expect {
        Expect::Timestamp => "datetime2 NOT NULL",
        Expect::OptionalTimestamp => "datetime2 NULL",
        Expect::UserId => "an integer user ID (the type of dbo.User's key)",
        Expect::Flag => "bit NOT NULL",
    })
}

fn timestamps(s: &mut Sink) {
    let t = s.t;
    for c in &t.columns {
        let stamped = ["CreatedDate", "UpdatedDate"]
            .iter()
            .any(|n| n.eq_ignore_ascii_case(&c.name));
        if c.sql_type == SqlType::DateTime {
            s.column(
                "SOL008",
                c,
                format!(
                    "`{}` is datetime; expected datetime2 (UTC by convention)",
                    c.name
                ),
            );
        } else if stamped
            && (!matches!(c.sql_type, SqlType::DateTime2(_))
                || c.default != Some(DefaultExpr::CurrentUtc))
        {
            s.column(
                "SOL008",
                c,
                format!(
                    "`{}` must be datetime2 with `default: GETUTCDATE()`",
                    c.name
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::AUDIT;

    #[test]
    fn the_audit_columns_include_what_soft_deletes_need() {
        for c in gen_runtime::SOFT_DELETE_COLUMNS {
            assert!(AUDIT.iter().any(|(n, _)| *n == c), "{c}");
        }
    }
}
