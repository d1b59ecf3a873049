//! Loaders: each turns one kind of source (schema.yaml, a live database) into the IR.

pub mod live;
pub mod mssql;
pub mod postgres;
pub mod yaml;

use crate::diag::Diagnostic;

/// A database object introspection meets but the IR does not hold, for [`not_modelled`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unmodelled {
    /// A trigger: it keeps running, and the generated statements work beside it.
    Trigger,
    /// A computed (generated) column: the struct leaves it out.
    ComputedColumn,
    /// An index gen cannot describe (on expressions, or of another method or kind).
    Index,
    /// A whole relation gen does not model (materialized view, foreign table): `filter` can
    /// exclude it.
    Relation,
    /// A partition of a partitioned table: its rows are the partitioned table's.
    Partition,
    /// How a table is partitioned (`PARTITION BY`): the table itself is modelled.
    Partitioning,
    /// A domain's own NOT NULL, default or check: the domain is modelled as its base type.
    DomainConstraint,
}

/// The warning for an object `what` (`trigger TR_X on dbo.T`) that gen does not model, with
/// advice that does what it says for that kind of object.
pub(crate) fn not_modelled(kind: Unmodelled, what: &str) -> Diagnostic {
    let help = match kind {
        Unmodelled::Trigger => {
            "nothing to do: the trigger keeps running in the database, and the generated statements work with it (on SQL Server inserts find their row by SCOPE_IDENTITY() or the inserted key, never a bare OUTPUT); the warning stays while the trigger exists"
        }
        Unmodelled::ComputedColumn => {
            "the generated struct leaves the column out; read it with a hand-written query, or make it a plain column if services need it"
        }
        Unmodelled::Index => {
            "the index keeps working in the database, but `gen ddl` does not recreate it and `gen diff` does not compare it; keep its definition in a hand-written migration"
        }
        Unmodelled::Partition => {
            "its rows are read and written through the partitioned table, which is modelled; `gen ddl` does not recreate partitions, so keep them in a hand-written migration"
        }
        Unmodelled::Partitioning => {
            "the table is modelled with its columns and keys, but `gen ddl` writes a plain table and `gen diff` does not compare the partition key; keep `PARTITION BY` and the partitions in a hand-written migration"
        }
        Unmodelled::DomainConstraint => {
            "columns of the domain are modelled with its name and base type, and the database keeps enforcing the constraint, but `gen ddl` writes the domain without it and `gen diff` does not compare it; keep it in a hand-written migration, or move it to a check on each column"
        }
        Unmodelled::Relation => {
            "services cannot use it through the generated crate; add it to `filter.exclude` in schema.yaml to silence this"
        }
    };
    Diagnostic::warning(None, format!("{what} is not modelled by gen")).with_help(help)
}

/// Marks `enum: true` on every text column with a value-list check on it
/// (`CHECK (Status IN ('A', 'B'))`, which SQL Server stores as an OR chain and PostgreSQL as
/// `= ANY (ARRAY[…])`), so that a new schema.yaml types it as a Rust enum; merging into an
/// existing file keeps that file's setting (docs/schema-format.md, Value enums).
pub(crate) fn mark_value_list_enums(db: &mut crate::ir::Database) {
    for table in db.schemas.iter_mut().flat_map(|s| s.tables.iter_mut()) {
        let listed: Vec<bool> = table
            .columns
            .iter()
            .map(|c| {
                c.sql_type.is_text()
                    && c.user_type.is_none()
                    && crate::dialect::value_list_of(table, &c.name).is_some()
            })
            .collect();
        for (c, listed) in table.columns.iter_mut().zip(listed) {
            if listed && c.value_enum.is_none() {
                c.value_enum = Some(crate::ir::ColumnEnum::default());
            }
        }
    }
}

/// Drops every foreign key whose referenced table is not in `db` (the schema file's `filter`
/// excludes it, or it is a relation gen does not model), with a warning naming the key and
/// the table: schema.yaml must load, and a key into a missing table would not.
pub(crate) fn drop_dangling_keys(
    db: &mut crate::ir::Database,
    diags: &mut crate::diag::Diagnostics,
) {
    let present: std::collections::BTreeSet<(String, String)> = db
        .tables()
        .map(|(s, t)| (s.name.to_lowercase(), t.name.to_lowercase()))
        .collect();
    for t in db.schemas.iter_mut().flat_map(|s| s.tables.iter_mut()) {
        let qualified = t.qualified();
        t.foreign_keys.retain(|fk| {
            let target = (
                fk.references.schema.to_lowercase(),
                fk.references.table.to_lowercase(),
            );
            let keep = present.contains(&target);
            if !keep {
                diags.push(
                    Diagnostic::warning(
                        None,
                        format!(
                            "foreign key {} on {qualified} references {}.{}, which is not introspected; the key is left out of schema.yaml",
                            fk.name, fk.references.schema, fk.references.table
                        ),
                    )
                    .with_help(format!(
                        "to keep the key, let `filter` admit {}.{}",
                        fk.references.schema, fk.references.table
                    )),
                );
            }
            keep
        });
    }
}
