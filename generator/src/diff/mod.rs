//! Drift: the graded differences between the schema a service was generated from (schema.yaml)
//! and a live database, compared in the live database's own type space.
//!
//! [`compare`] walks two IRs and returns [`Difference`]s sorted by grade, object path and kind.
//! Each difference carries a [`Grade`] saying what it does to running services, so that CI can
//! fail on what matters (`--fail-on`), record what is known ([`baseline`]) and compare several
//! environments at once ([`matrix`]). The per-item comparisons are public to the crate so that
//! `gen introspect`'s merge keeps an item verbatim exactly when this module finds it unchanged.

pub mod baseline;
mod columns;
mod constraints;
pub mod matrix;
pub mod report;
mod rows;
mod tables;

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::ir::Database;
use gen_runtime::Dialect;

pub(crate) use columns::compare_column;
pub(crate) use constraints::{Exprs, check_eq, index_eq};
pub(crate) use rows::rows_equal;

/// What a difference does to services generated from schema.yaml. Ordered from worst to least.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Grade {
    /// Running services fail: something they read is gone, renamed, narrowed or changed, or a
    /// closed reference enum no longer matches the table's rows.
    Breaking,
    /// Something new that existing code simply does not use (a nullable column, a table, an
    /// index, a constraint).
    Additive,
    /// Nothing a program can observe (a description, an index name).
    Cosmetic,
}

/// The class of a difference; its snake_case name is part of the JSON and baseline formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A table in the database that schema.yaml lacks.
    TableAdded,
    /// A table in schema.yaml that the database lacks.
    TableRemoved,
    /// A table on one side, a view on the other.
    Relation,
    /// A column in the database that schema.yaml lacks.
    ColumnAdded,
    /// A column in schema.yaml that the database lacks.
    ColumnRemoved,
    /// A different type (not just a different length or precision).
    Type,
    /// The same type with a different length, precision or scale.
    Length,
    /// NULL allowed on one side only.
    Nullability,
    /// Identity on one side only, or a different seed or increment.
    Identity,
    /// A different column default.
    Default,
    /// A different primary key.
    PrimaryKey,
    /// A foreign key added, removed or changed.
    ForeignKey,
    /// A unique constraint added, removed or changed.
    Unique,
    /// An index added, removed or changed.
    Index,
    /// The same index under another name.
    IndexName,
    /// A check constraint added, removed or changed.
    Check,
    /// A different description.
    Description,
    /// A reference row in the database that schema.yaml lacks.
    RowAdded,
    /// A reference row in schema.yaml that the database lacks.
    RowRemoved,
    /// A reference row whose ID or code is the same on both sides but whose values differ.
    RowChanged,
}

/// One difference between schema.yaml (`expected`) and the database (`actual`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Difference {
    /// How bad it is.
    pub grade: Grade,
    /// What kind of difference.
    pub kind: Kind,
    /// The object: `schema.table`, `schema.table.column`, `schema.table.IX_name`,
    /// `schema.table[ID=3]`.
    pub path: String,
    /// What schema.yaml says; `None` when schema.yaml lacks the object.
    pub expected: Option<String>,
    /// What the database has; `None` when the database lacks the object.
    pub actual: Option<String>,
}

/// Compares schema.yaml's model with the model of a live database of `dialect`, in that
/// dialect's type space (on PostgreSQL a canonical `nvarchar(255)` equals a live
/// `varchar(255)`). The result is sorted by grade, path and kind so reports and baselines are
/// deterministic.
pub fn compare(expected: &Database, actual: &Database, dialect: Dialect) -> Vec<Difference> {
    let mut out = Vec::new();
    tables::compare_tables(expected, actual, dialect, &mut out);
    out.sort_by(|a, b| {
        (a.grade, &a.path, a.kind, &a.expected, &a.actual).cmp(&(
            b.grade,
            &b.path,
            b.kind,
            &b.expected,
            &b.actual,
        ))
    });
    out.dedup();
    out
}

/// The worst grade among `diffs`, if any.
pub fn worst(diffs: &[Difference]) -> Option<Grade> {
    diffs.iter().map(|d| d.grade).min()
}

impl Difference {
    /// A difference with both sides.
    pub(crate) fn new(
        grade: Grade,
        kind: Kind,
        path: impl Into<String>,
        expected: Option<String>,
        actual: Option<String>,
    ) -> Self {
        Difference {
            grade,
            kind,
            path: path.into(),
            expected,
            actual,
        }
    }
}

impl fmt::Display for Grade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Grade::Breaking => "breaking",
            Grade::Additive => "additive",
            Grade::Cosmetic => "cosmetic",
        })
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The serde name is the one documented name; reuse it rather than keep a second table.
        let v = serde_json::to_value(self).map_err(|_| fmt::Error)?;
        f.write_str(v.as_str().unwrap_or("unknown").replace('_', " ").as_str())
    }
}

/// `one, two` or `-` for an empty list, for messages.
pub(crate) fn join(items: &[String]) -> String {
    if items.is_empty() {
        "-".into()
    } else {
        items.join(", ")
    }
}
