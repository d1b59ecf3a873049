//! Value enums: a column whose values are a fixed list of labels, as a Rust enum. Either a
//! PostgreSQL enum type (`CREATE TYPE mood AS ENUM (…)`) or a text column with a value-list
//! check (`CHECK (Status IN ('QUEUED', 'SENT'))`) that schema.yaml marks `enum:`. The value
//! goes to the database as its label: tokio-postgres sends text to a parameter of an enum
//! type as the label ([`crate::pg`]), and a label is read back from an enum or a text column
//! ([`Label`]).

use std::fmt;

use crate::SqlValue;

/// A generated value enum.
pub trait ValueEnum: Sized + Copy + 'static {
    /// What the labels belong to, for messages: the enum type (`public.mood`) or the column
    /// with the check (`log.EmailDelivery.Status`).
    const SOURCE: &'static str;
    /// Every variant, in the order of the type's (or the check's) labels.
    const ALL: &'static [Self];

    /// The label as the database stores it.
    fn label(self) -> &'static str;

    /// The variant with this label (exact match, as stored).
    fn from_label(label: &str) -> Result<Self, UnknownLabel> {
        Self::ALL
            .iter()
            .copied()
            .find(|v| v.label() == label)
            .ok_or_else(|| UnknownLabel {
                source: Self::SOURCE,
                label: label.to_owned(),
            })
    }
}

/// A label no variant of a value enum has: the type or check changed in the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLabel {
    /// The enum type or checked column.
    pub source: &'static str,
    /// The label that was read.
    pub label: String,
}

impl fmt::Display for UnknownLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} has no label {:?} in the generated enum; run `gen introspect` (or add the value to schema.yaml) and `gen models`",
            self.source, self.label
        )
    }
}

impl std::error::Error for UnknownLabel {}

/// A label read from the database: from a PostgreSQL enum column (which tokio-postgres does
/// not read as a `String`) or from any text column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label(pub String);

#[cfg(feature = "postgres")]
impl<'a> tokio_postgres::types::FromSql<'a> for Label {
    fn from_sql(
        _: &tokio_postgres::types::Type,
        raw: &'a [u8],
    ) -> Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        // An enum's binary form is its label's text, as is text's.
        Ok(Label(std::str::from_utf8(raw)?.to_owned()))
    }

    fn accepts(ty: &tokio_postgres::types::Type) -> bool {
        matches!(ty.kind(), tokio_postgres::types::Kind::Enum(_))
            || <&str as tokio_postgres::types::FromSql>::accepts(ty)
    }
}

impl crate::Column for Label {
    fn from_value(value: &SqlValue) -> Result<Option<Self>, String> {
        match value {
            SqlValue::Text(v) => Ok(v.clone().map(Label)),
            other => Err(format!("{other:?}")),
        }
    }

    #[cfg(feature = "postgres")]
    #[inline]
    fn from_pg(row: &tokio_postgres::Row, i: usize) -> Result<Option<Self>, String> {
        crate::pg::get(row, i)
    }

    #[cfg(feature = "tiberius")]
    fn from_tds(row: &tiberius::Row, i: usize) -> Result<Option<Self>, String> {
        Ok(crate::tds::get::<&str>(row, i)?.map(|s| Label(s.to_owned())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ColumnMeta, RowReader, TableMeta, ValueRow};

    #[derive(Debug, Clone, Copy, PartialEq)]
    enum Mood {
        Sad,
        Happy,
    }

    crate::value_enum!(Mood, "public.mood"; Sad = "sad", Happy = "happy");

    static META: TableMeta = TableMeta {
        schema: "public",
        name: "T",
        columns: &[
            ColumnMeta::new("A", "mood", false, false, None),
            ColumnMeta::new("B", "mood", true, false, None),
        ],
        kind: crate::TableKind::Table,
        primary_key: None,
        foreign_keys: &[],
        uniques: &[],
        indexes: &[],
    };

    #[test]
    fn labels_decode_into_variants_and_unknown_ones_say_so() {
        let values = [SqlValue::Text(Some("happy".into())), SqlValue::Text(None)];
        let mut r = ValueRow::new(&values, &META);
        assert_eq!(r.value_enum::<Mood>(), Ok(Mood::Happy));
        assert_eq!(r.value_enum_opt::<Mood>(), Ok(None));
        let values = [SqlValue::Text(Some("meh".into())), SqlValue::Text(None)];
        let err = ValueRow::new(&values, &META)
            .value_enum::<Mood>()
            .unwrap_err();
        assert_eq!(err.column, "A");
        assert!(
            err.found.contains("public.mood has no label \"meh\""),
            "{err}"
        );
    }
}
