//! Reference enums: one variant per row of a lookup table, closed on purpose.

use std::fmt;

/// A generated reference enum. A lookup row that exists in the database but not in the enum
/// is an error ([`UnknownId`]), never a silent fallback: it is drift to fix in schema.yaml.
pub trait RefEnum: Sized + Copy + 'static {
    /// `schema.table` of the reference table, for messages.
    const TABLE: &'static str;
    /// Every variant, in row order.
    const ALL: &'static [Self];

    /// The row's ID.
    fn id(self) -> i64;

    /// The row's code (the value of the enum's variant column).
    fn code(self) -> &'static str;

    /// The variant whose row has this ID.
    fn from_id(id: i64) -> Result<Self, UnknownId> {
        Self::ALL
            .iter()
            .copied()
            .find(|v| v.id() == id)
            .ok_or(UnknownId {
                table: Self::TABLE,
                id,
            })
    }

    /// The variant whose row has this code (exact match, as stored).
    fn from_code(code: &str) -> Result<Self, UnknownCode> {
        Self::ALL
            .iter()
            .copied()
            .find(|v| v.code() == code)
            .ok_or_else(|| UnknownCode {
                table: Self::TABLE,
                code: code.to_owned(),
            })
    }
}

/// An ID with no variant in a reference enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownId {
    /// `schema.table` of the reference table.
    pub table: &'static str,
    /// The ID that was read.
    pub id: i64,
}

/// A code with no variant in a reference enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownCode {
    /// `schema.table` of the reference table.
    pub table: &'static str,
    /// The code that was read.
    pub code: String,
}

impl fmt::Display for UnknownId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} has no row with ID {} in the generated enum; add the row to schema.yaml and run `gen models`",
            self.table, self.id
        )
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} has no row with code {:?} in the generated enum; add the row to schema.yaml and run `gen models`",
            self.table, self.code
        )
    }
}

impl std::error::Error for UnknownId {}
impl std::error::Error for UnknownCode {}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq)]
    enum Status {
        Active,
        Locked,
    }

    impl RefEnum for Status {
        const TABLE: &'static str = "ref.UserStatus";
        const ALL: &'static [Self] = &[Status::Active, Status::Locked];
        fn id(self) -> i64 {
            match self {
                Status::Active => 1,
                Status::Locked => 2,
            }
        }
        fn code(self) -> &'static str {
            match self {
                Status::Active => "ACTIVE",
                Status::Locked => "LOCKED",
            }
        }
    }

    #[test]
    fn conversions_find_variants_and_name_unknown_values() {
        assert_eq!(Status::from_id(2), Ok(Status::Locked));
        assert_eq!(Status::from_code("ACTIVE"), Ok(Status::Active));
        let err = Status::from_id(9).unwrap_err();
        assert!(
            err.to_string()
                .contains("ref.UserStatus has no row with ID 9")
        );
        let err = Status::from_code("GONE").unwrap_err();
        assert!(
            err.to_string()
                .contains("ref.UserStatus has no row with code \"GONE\"")
        );
    }
}
