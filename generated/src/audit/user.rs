// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Field-level change history of dbo.User.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#audit-user).
/**
 # Columns

 | Column | Rust field | SQL type | Null | Default |
 |---|---|---|---|---|
 | `AuditUserID` | `audit_user_id` | `bigint identity` | no |  |
 | `UserID` | `user_id` | `bigint` | no |  |
 | `ChangeType` | `change_type` | `varchar(20)` | no |  |
 | `FieldName` | `field_name` | `nvarchar(128)` | yes |  |
 | `OldValue` | `old_value` | `nvarchar(max)` | yes |  |
 | `NewValue` | `new_value` | `nvarchar(max)` | yes |  |
 | `ChangedBy` | `changed_by` | `bigint` | yes |  |
 | `ChangedDate` | `changed_date` | `datetime2(7)` | no | `GETUTCDATE()` |
 | `IPAddress` | `ip_address` | `varchar(45)` | yes |  |
 | `UserAgent` | `user_agent` | `nvarchar(500)` | yes |  |
 | `Reason` | `reason` | `nvarchar(500)` | yes |  |
 | `CorrelationID` | `correlation_id` | `uniqueidentifier` | yes |  |
 | `CreatedDate` | `created_date` | `datetime2(7)` | no | `GETUTCDATE()` |

 # Keys

 - primary key `PK_AuditUser` (`AuditUserID`)
 - check `CK_AuditUser_ChangeType`: `ChangeType IN ('CREATE', 'UPDATE', 'DELETE', 'RESTORE')`
 - index `IX_AuditUser_UserID` (`UserID`)
 - index `IX_AuditUser_ChangedDate` (`ChangedDate DESC`)
*/
#[derive(Debug, Clone, PartialEq)]
pub struct User {
    /// Surrogate key of the audit record (not the user's key).
    pub audit_user_id: i64,
    /// The user whose row changed (dbo.User.UserID; not a foreign key: audit outlives users).
    pub user_id: i64,
    /// What happened: CREATE, UPDATE, DELETE or RESTORE.
    pub change_type: crate::audit::AuditUserChangeType,
    /// Column that changed, for UPDATE; NULL for whole-row changes.
    pub field_name: ::core::option::Option<::std::string::String>,
    /// Value before the change, as text; secrets are never recorded.
    pub old_value: ::core::option::Option<::std::string::String>,
    /// Value after the change, as text; secrets are never recorded.
    pub new_value: ::core::option::Option<::std::string::String>,
    /// UserID of who made the change; NULL for the system (not a foreign key).
    pub changed_by: ::core::option::Option<i64>,
    /// When the change happened (UTC).
    pub changed_date: ::chrono::NaiveDateTime,
    /// Client IP address of the request that made the change.
    pub ip_address: ::core::option::Option<::std::string::String>,
    /// Client User-Agent header of that request.
    pub user_agent: ::core::option::Option<::std::string::String>,
    /// Why the change was made, when the actor gave a reason.
    pub reason: ::core::option::Option<::std::string::String>,
    /// Request ID shared with log.ApiRequest, to find every effect of one request.
    pub correlation_id: ::core::option::Option<::uuid::Uuid>,
    /// When the audit row was written (UTC).
    pub created_date: ::chrono::NaiveDateTime,
}

/// Column names of `audit.User`, for SQL text.
pub mod columns {
    /// Surrogate key of the audit record (not the user's key).
    pub const AUDIT_USER_ID: &str = "AuditUserID";
    /// The user whose row changed (dbo.User.UserID; not a foreign key: audit outlives users).
    pub const USER_ID: &str = "UserID";
    /// What happened: CREATE, UPDATE, DELETE or RESTORE.
    pub const CHANGE_TYPE: &str = "ChangeType";
    /// Column that changed, for UPDATE; NULL for whole-row changes.
    pub const FIELD_NAME: &str = "FieldName";
    /// Value before the change, as text; secrets are never recorded.
    pub const OLD_VALUE: &str = "OldValue";
    /// Value after the change, as text; secrets are never recorded.
    pub const NEW_VALUE: &str = "NewValue";
    /// UserID of who made the change; NULL for the system (not a foreign key).
    pub const CHANGED_BY: &str = "ChangedBy";
    /// When the change happened (UTC).
    pub const CHANGED_DATE: &str = "ChangedDate";
    /// Client IP address of the request that made the change.
    pub const IP_ADDRESS: &str = "IPAddress";
    /// Client User-Agent header of that request.
    pub const USER_AGENT: &str = "UserAgent";
    /// Why the change was made, when the actor gave a reason.
    pub const REASON: &str = "Reason";
    /// Request ID shared with log.ApiRequest, to find every effect of one request.
    pub const CORRELATION_ID: &str = "CorrelationID";
    /// When the audit row was written (UTC).
    pub const CREATED_DATE: &str = "CreatedDate";
}

::gen_runtime::table_meta!(
    User = "audit"."User";
    columns[
        AUDIT_USER_ID("bigint").identity(),
        USER_ID("bigint"),
        CHANGE_TYPE("varchar(20)"),
        FIELD_NAME("nvarchar(128)").null(),
        OLD_VALUE("nvarchar(max)").null(),
        NEW_VALUE("nvarchar(max)").null(),
        CHANGED_BY("bigint").null(),
        CHANGED_DATE("datetime2(7)").default("GETUTCDATE()"),
        IP_ADDRESS("varchar(45)").null(),
        USER_AGENT("nvarchar(500)").null(),
        REASON("nvarchar(500)").null(),
        CORRELATION_ID("uniqueidentifier").null(),
        CREATED_DATE("datetime2(7)").default("GETUTCDATE()")
    ];
    primary_key["PK_AuditUser"("AuditUserID")];
    foreign_keys[];
    uniques[];
    indexes[
        "IX_AuditUser_UserID"("UserID"),
        "IX_AuditUser_ChangedDate"("ChangedDate")
    ];
);

/// A new row of `audit.User`: every column but identities; a column with a database default is `Defaulted::Default` (left to the database) or `Defaulted::Value(…)`.
#[derive(Debug, Clone)]
pub struct NewUser {
    /// The user whose row changed (dbo.User.UserID; not a foreign key: audit outlives users).
    pub user_id: i64,
    /// What happened: CREATE, UPDATE, DELETE or RESTORE.
    pub change_type: crate::audit::AuditUserChangeType,
    /// Column that changed, for UPDATE; NULL for whole-row changes.
    pub field_name: ::core::option::Option<::std::string::String>,
    /// Value before the change, as text; secrets are never recorded.
    pub old_value: ::core::option::Option<::std::string::String>,
    /// Value after the change, as text; secrets are never recorded.
    pub new_value: ::core::option::Option<::std::string::String>,
    /// UserID of who made the change; NULL for the system (not a foreign key).
    pub changed_by: ::core::option::Option<i64>,
    /// When the change happened (UTC).
    pub changed_date: ::gen_runtime::Defaulted<::chrono::NaiveDateTime>,
    /// Client IP address of the request that made the change.
    pub ip_address: ::core::option::Option<::std::string::String>,
    /// Client User-Agent header of that request.
    pub user_agent: ::core::option::Option<::std::string::String>,
    /// Why the change was made, when the actor gave a reason.
    pub reason: ::core::option::Option<::std::string::String>,
    /// Request ID shared with log.ApiRequest, to find every effect of one request.
    pub correlation_id: ::core::option::Option<::uuid::Uuid>,
    /// When the audit row was written (UTC).
    pub created_date: ::gen_runtime::Defaulted<::chrono::NaiveDateTime>,
}

::gen_runtime::record!(
    User, NewUser;
    audit_user_id = get(0, AUDIT_USER_ID),
    user_id = get(1, USER_ID),
    change_type = value_enum(2, CHANGE_TYPE),
    field_name = opt(3, FIELD_NAME),
    old_value = opt(4, OLD_VALUE),
    new_value = opt(5, NEW_VALUE),
    changed_by = opt(6, CHANGED_BY),
    changed_date = get(7, CHANGED_DATE),
    ip_address = opt(8, IP_ADDRESS),
    user_agent = opt(9, USER_AGENT),
    reason = opt(10, REASON),
    correlation_id = opt(11, CORRELATION_ID),
    created_date = get(12, CREATED_DATE);
    user_id,
    change_type,
    field_name,
    old_value,
    new_value,
    changed_by,
    changed_date,
    ip_address,
    user_agent,
    reason,
    correlation_id,
    created_date
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::new_row!(
    NewUser;
    user_id: i64,
    change_type: crate::audit::AuditUserChangeType;
    field_name,
    old_value,
    new_value,
    changed_by,
    ip_address,
    user_agent,
    reason,
    correlation_id;
    changed_date,
    created_date
);

/// The values of `audit.User.ChangeType`, from its check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AuditUserChangeType {
    /// `CREATE`.
    Create,
    /// `UPDATE`.
    Update,
    /// `DELETE`.
    Delete,
    /// `RESTORE`.
    Restore,
}

::gen_runtime::value_enum!(
    AuditUserChangeType, "audit.User.ChangeType";
    Create = "CREATE",
    Update = "UPDATE",
    Delete = "DELETE",
    Restore = "RESTORE"
);
