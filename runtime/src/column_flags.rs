//! Which columns the generated statements set, and which are the audit and soft-delete columns:
//! decided here once, over a column's flags, for gen-runtime's statements, the generator's
//! insert structs and its audit lint alike.

/// The soft-delete flag column.
pub const IS_DELETED: &str = "IsDeleted";
/// When a row was soft-deleted.
pub const DELETED_DATE: &str = "DeletedDate";
/// Who soft-deleted a row.
pub const DELETED_BY: &str = "DeletedBy";
/// When a row was last updated; every update sets it to the database's UTC now.
pub const UPDATED_DATE: &str = "UpdatedDate";

/// The columns whose presence makes a table soft-deletable, in the order a soft delete sets
/// them: the flag, when, and who.
pub const SOFT_DELETE_COLUMNS: [&str; 3] = [IS_DELETED, DELETED_DATE, DELETED_BY];

/// What decides how statements treat a column: its SQL name and flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ColumnFlags<'a> {
    /// SQL name.
    pub name: &'a str,
    /// The database assigns the value (`IDENTITY`).
    pub identity: bool,
    /// The column has a database default.
    pub has_default: bool,
    /// The column is part of the primary key.
    pub primary_key: bool,
}

impl ColumnFlags<'_> {
    /// Whether an insert sets the column: all but identities and columns the database
    /// defaults (those are left to the database).
    pub fn inserted(&self) -> bool {
        !self.identity && !self.has_default
    }

    /// Whether an update sets the column from the row: all but identities, the primary key
    /// and `UpdatedDate` (which the update stamps with the database's UTC now).
    pub fn updated(&self) -> bool {
        !self.identity && !self.primary_key && !self.name.eq_ignore_ascii_case(UPDATED_DATE)
    }

    /// Whether the column is one of [`SOFT_DELETE_COLUMNS`] (compared ignoring ASCII case,
    /// as SQL Server compares names).
    pub fn soft_delete(&self) -> bool {
        is_soft_delete_column(self.name)
    }
}

/// Whether `name` is one of [`SOFT_DELETE_COLUMNS`], ignoring ASCII case.
pub fn is_soft_delete_column(name: &str) -> bool {
    SOFT_DELETE_COLUMNS
        .iter()
        .any(|c| c.eq_ignore_ascii_case(name))
}

/// Whether a table with these column names is soft-deletable: it has every one of
/// [`SOFT_DELETE_COLUMNS`].
pub fn soft_deletable<'a>(names: impl IntoIterator<Item = &'a str> + Clone) -> bool {
    SOFT_DELETE_COLUMNS
        .iter()
        .all(|c| names.clone().into_iter().any(|n| n.eq_ignore_ascii_case(c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flags(name: &str, identity: bool, has_default: bool, primary_key: bool) -> ColumnFlags<'_> {
        ColumnFlags {
            name,
            identity,
            has_default,
            primary_key,
        }
    }

    #[test]
    fn inserts_leave_identities_and_defaults_to_the_database() {
        assert!(flags("Email", false, false, false).inserted());
        assert!(
            flags("Code", false, false, true).inserted(),
            "a natural key is inserted"
        );
        assert!(!flags("UserID", true, false, true).inserted());
        assert!(!flags("CreatedDate", false, true, false).inserted());
    }

    #[test]
    fn updates_leave_keys_identities_and_the_stamp_alone() {
        assert!(flags("Email", false, false, false).updated());
        assert!(
            flags("CreatedDate", false, true, false).updated(),
            "defaults are updated"
        );
        assert!(!flags("Code", false, false, true).updated());
        assert!(!flags("RowID", true, false, false).updated());
        assert!(!flags("updateddate", false, true, false).updated());
    }

    #[test]
    fn soft_delete_needs_all_three_columns() {
        assert!(flags("isdeleted", false, true, false).soft_delete());
        assert!(!flags("DeletedAt", false, false, false).soft_delete());
        assert!(soft_deletable([
            "ID",
            "IsDeleted",
            "DeletedDate",
            "DeletedBy"
        ]));
        assert!(!soft_deletable(["ID", "IsDeleted", "DeletedDate"]));
    }
}
