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
/// When a row was created; written by inserts only.
pub const CREATED_DATE: &str = "CreatedDate";
/// Who created a row; written by inserts only.
pub const CREATED_BY: &str = "CreatedBy";

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
    /// The column is SQL Server's `rowversion` ([`is_rowversion_type`]): the database's.
    pub rowversion: bool,
    /// The schema marks the column as the row's version (bumped by every update).
    pub version: bool,
}

/// Whether `sql_type` is SQL Server's `rowversion` (or its old name `timestamp`).
pub fn is_rowversion_type(sql_type: &str) -> bool {
    ["rowversion", "timestamp"]
        .iter()
        .any(|t| sql_type.eq_ignore_ascii_case(t))
}

impl ColumnFlags<'_> {
    /// Whether the database maintains the column itself: an identity or a `rowversion`.
    pub fn database_managed(&self) -> bool {
        self.identity || self.rowversion
    }

    /// Whether an insert may set the column (a field of the `New…` struct): all but the
    /// database-managed ones.
    pub fn inserted(&self) -> bool {
        !self.database_managed()
    }

    /// Whether an insert may also leave the column to its database default (its `New…`
    /// field is a `Defaulted<…>`).
    pub fn defaulted(&self) -> bool {
        self.inserted() && self.has_default
    }

    /// Whether an update may write the column when a service changed it.
    pub fn updated(&self) -> bool {
        self.not_updated().is_none()
    }

    /// Why an update never writes the column from a changed field, if it does not: the
    /// database's columns, the primary key, `CreatedDate`/`CreatedBy` (the insert's),
    /// `UpdatedDate` (stamped with the database's UTC now) and the row version (moved by
    /// every update itself).
    pub fn not_updated(&self) -> Option<&'static str> {
        let is = |n: &str| self.name.eq_ignore_ascii_case(n);
        if self.database_managed() {
            Some("the database assigns it")
        } else if self.primary_key {
            Some("it is the primary key; insert a new row instead")
        } else if is(CREATED_DATE) || is(CREATED_BY) {
            Some("it records the row's creation and is written by the insert only")
        } else if is(UPDATED_DATE) {
            Some("every update stamps it with the database's UTC now")
        } else if self.version {
            Some("it is the row version, which every update moves by itself")
        } else {
            None
        }
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
            rowversion: false,
            version: false,
        }
    }

    #[test]
    fn inserts_leave_identities_and_rowversions_to_the_database() {
        assert!(flags("Email", false, false, false).inserted());
        assert!(
            flags("Code", false, false, true).inserted(),
            "a natural key is inserted"
        );
        assert!(!flags("UserID", true, false, true).inserted());
        let created = flags("CreatedDate", false, true, false);
        assert!(
            created.inserted() && created.defaulted(),
            "given or left to the default"
        );
        assert!(!flags("Email", false, false, false).defaulted());
        let stamp = ColumnFlags {
            rowversion: is_rowversion_type("ROWVERSION"),
            ..flags("RowStamp", false, false, false)
        };
        assert!(!stamp.inserted() && !stamp.updated());
    }

    #[test]
    fn updates_leave_keys_creation_stamps_and_versions_alone() {
        assert!(flags("Email", false, false, false).updated());
        assert!(
            flags("IsDefaultCompany", false, true, false).updated(),
            "defaulted columns are updated"
        );
        assert!(!flags("Code", false, false, true).updated());
        assert!(!flags("RowID", true, false, false).updated());
        assert!(!flags("updateddate", false, true, false).updated());
        assert!(!flags("CreatedDate", false, true, false).updated());
        assert!(!flags("createdby", false, false, false).updated());
        let version = ColumnFlags {
            version: true,
            ..flags("Version", false, true, false)
        };
        assert!(
            version
                .not_updated()
                .is_some_and(|r| r.contains("row version"))
        );
        assert!(
            flags("AccessTokenVersion", false, true, false).updated(),
            "an unmarked counter is the service's to change"
        );
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
