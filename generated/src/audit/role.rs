// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// History of role grants and changes, platform-wide and per company.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#audit-role).
/**
 # Columns

 | Column | Rust field | SQL type | Null | Default |
 |---|---|---|---|---|
 | `AuditRoleID` | `audit_role_id` | `bigint identity` | no |  |
 | `UserID` | `user_id` | `bigint` | no |  |
 | `CompanyID` | `company_id` | `bigint` | yes |  |
 | `ChangeType` | `change_type` | `varchar(20)` | no |  |
 | `OldRoleCode` | `old_role_code` | `varchar(50)` | yes |  |
 | `NewRoleCode` | `new_role_code` | `varchar(50)` | yes |  |
 | `ChangedBy` | `changed_by` | `bigint` | yes |  |
 | `ChangedDate` | `changed_date` | `datetime2(7)` | no | `GETUTCDATE()` |
 | `IPAddress` | `ip_address` | `varchar(45)` | yes |  |
 | `Reason` | `reason` | `nvarchar(500)` | yes |  |
 | `CorrelationID` | `correlation_id` | `uniqueidentifier` | yes |  |
 | `CreatedDate` | `created_date` | `datetime2(7)` | no | `GETUTCDATE()` |

 # Keys

 - primary key `PK_AuditRole` (`AuditRoleID`)
 - check `CK_AuditRole_ChangeType`: `ChangeType IN ('GRANT', 'CHANGE', 'REVOKE')`
 - index `IX_AuditRole_UserID` (`UserID`)
 - index `IX_AuditRole_CompanyID` (`CompanyID`)
*/
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    /// Surrogate key of the audit record.
    pub audit_role_id: i64,
    /// The user whose role changed (not a foreign key).
    pub user_id: i64,
    /// Company of the membership; NULL for a platform role (ref.UserRole) change (not a foreign key).
    pub company_id: ::core::option::Option<i64>,
    /// What happened: GRANT, CHANGE or REVOKE.
    pub change_type: crate::audit::AuditRoleChangeType,
    /// Code of the role before (ref.UserCompanyRole or ref.UserRole); NULL for GRANT.
    pub old_role_code: ::core::option::Option<::std::string::String>,
    /// Code of the role after; NULL for REVOKE.
    pub new_role_code: ::core::option::Option<::std::string::String>,
    /// UserID of who made the change; NULL for the system (not a foreign key).
    pub changed_by: ::core::option::Option<i64>,
    /// When the change happened (UTC).
    pub changed_date: ::chrono::NaiveDateTime,
    /// Client IP address of the request that made the change.
    pub ip_address: ::core::option::Option<::std::string::String>,
    /// Why the change was made, when the actor gave a reason.
    pub reason: ::core::option::Option<::std::string::String>,
    /// Request ID shared with log.ApiRequest.
    pub correlation_id: ::core::option::Option<::uuid::Uuid>,
    /// When the audit row was written (UTC).
    pub created_date: ::chrono::NaiveDateTime,
}

/// Column names of `audit.Role`, for SQL text.
pub mod columns {
    /// Surrogate key of the audit record.
    pub const AUDIT_ROLE_ID: &str = "AuditRoleID";
    /// The user whose role changed (not a foreign key).
    pub const USER_ID: &str = "UserID";
    /// Company of the membership; NULL for a platform role (ref.UserRole) change (not a foreign key).
    pub const COMPANY_ID: &str = "CompanyID";
    /// What happened: GRANT, CHANGE or REVOKE.
    pub const CHANGE_TYPE: &str = "ChangeType";
    /// Code of the role before (ref.UserCompanyRole or ref.UserRole); NULL for GRANT.
    pub const OLD_ROLE_CODE: &str = "OldRoleCode";
    /// Code of the role after; NULL for REVOKE.
    pub const NEW_ROLE_CODE: &str = "NewRoleCode";
    /// UserID of who made the change; NULL for the system (not a foreign key).
    pub const CHANGED_BY: &str = "ChangedBy";
    /// When the change happened (UTC).
    pub const CHANGED_DATE: &str = "ChangedDate";
    /// Client IP address of the request that made the change.
    pub const IP_ADDRESS: &str = "IPAddress";
    /// Why the change was made, when the actor gave a reason.
    pub const REASON: &str = "Reason";
    /// Request ID shared with log.ApiRequest.
    pub const CORRELATION_ID: &str = "CorrelationID";
    /// When the audit row was written (UTC).
    pub const CREATED_DATE: &str = "CreatedDate";
}

::gen_runtime::table_meta!(
    Role = "audit"."Role";
    columns[
        AUDIT_ROLE_ID("bigint").identity(),
        USER_ID("bigint"),
        COMPANY_ID("bigint").null(),
        CHANGE_TYPE("varchar(20)"),
        OLD_ROLE_CODE("varchar(50)").null(),
        NEW_ROLE_CODE("varchar(50)").null(),
        CHANGED_BY("bigint").null(),
        CHANGED_DATE("datetime2(7)").default("GETUTCDATE()"),
        IP_ADDRESS("varchar(45)").null(),
        REASON("nvarchar(500)").null(),
        CORRELATION_ID("uniqueidentifier").null(),
        CREATED_DATE("datetime2(7)").default("GETUTCDATE()")
    ];
    primary_key["PK_AuditRole"("AuditRoleID")];
    foreign_keys[];
    uniques[];
    indexes[
        "IX_AuditRole_UserID"("UserID"),
        "IX_AuditRole_CompanyID"("CompanyID")
    ];
);

/// A new row of `audit.Role`: every column but identities; a column with a database default is `Defaulted::Default` (left to the database) or `Defaulted::Value(…)`.
#[derive(Debug, Clone)]
pub struct NewRole {
    /// The user whose role changed (not a foreign key).
    pub user_id: i64,
    /// Company of the membership; NULL for a platform role (ref.UserRole) change (not a foreign key).
    pub company_id: ::core::option::Option<i64>,
    /// What happened: GRANT, CHANGE or REVOKE.
    pub change_type: crate::audit::AuditRoleChangeType,
    /// Code of the role before (ref.UserCompanyRole or ref.UserRole); NULL for GRANT.
    pub old_role_code: ::core::option::Option<::std::string::String>,
    /// Code of the role after; NULL for REVOKE.
    pub new_role_code: ::core::option::Option<::std::string::String>,
    /// UserID of who made the change; NULL for the system (not a foreign key).
    pub changed_by: ::core::option::Option<i64>,
    /// When the change happened (UTC).
    pub changed_date: ::gen_runtime::Defaulted<::chrono::NaiveDateTime>,
    /// Client IP address of the request that made the change.
    pub ip_address: ::core::option::Option<::std::string::String>,
    /// Why the change was made, when the actor gave a reason.
    pub reason: ::core::option::Option<::std::string::String>,
    /// Request ID shared with log.ApiRequest.
    pub correlation_id: ::core::option::Option<::uuid::Uuid>,
    /// When the audit row was written (UTC).
    pub created_date: ::gen_runtime::Defaulted<::chrono::NaiveDateTime>,
}

::gen_runtime::record!(
    Role, NewRole;
    audit_role_id = get(0, AUDIT_ROLE_ID),
    user_id = get(1, USER_ID),
    company_id = opt(2, COMPANY_ID),
    change_type = value_enum(3, CHANGE_TYPE),
    old_role_code = opt(4, OLD_ROLE_CODE),
    new_role_code = opt(5, NEW_ROLE_CODE),
    changed_by = opt(6, CHANGED_BY),
    changed_date = get(7, CHANGED_DATE),
    ip_address = opt(8, IP_ADDRESS),
    reason = opt(9, REASON),
    correlation_id = opt(10, CORRELATION_ID),
    created_date = get(11, CREATED_DATE);
    user_id,
    company_id,
    change_type,
    old_role_code,
    new_role_code,
    changed_by,
    changed_date,
    ip_address,
    reason,
    correlation_id,
    created_date
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::new_row!(
    NewRole;
    user_id: i64,
    change_type: crate::audit::AuditRoleChangeType;
    company_id,
    old_role_code,
    new_role_code,
    changed_by,
    ip_address,
    reason,
    correlation_id;
    changed_date,
    created_date
);

/// The values of `audit.Role.ChangeType`, from its check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AuditRoleChangeType {
    /// `GRANT`.
    Grant,
    /// `CHANGE`.
    Change,
    /// `REVOKE`.
    Revoke,
}

::gen_runtime::value_enum!(
    AuditRoleChangeType, "audit.Role.ChangeType";
    Grant = "GRANT",
    Change = "CHANGE",
    Revoke = "REVOKE"
);
