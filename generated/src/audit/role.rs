// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// History of role grants and changes, platform-wide and per company.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#audit-role).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
pub struct Role {
    /// Surrogate key of the audit record.
    #[cfg_attr(feature = "serde", serde(rename = "AuditRoleID"))]
    pub audit_role_id: i64,
    /// The user whose role changed (not a foreign key).
    #[cfg_attr(feature = "serde", serde(rename = "UserID"))]
    pub user_id: i64,
    /// Company of the membership; NULL for a platform role (ref.UserRole) change (not a foreign key).
    #[cfg_attr(feature = "serde", serde(rename = "CompanyID"))]
    pub company_id: ::core::option::Option<i64>,
    /// What happened: GRANT, CHANGE or REVOKE.
    #[cfg_attr(feature = "serde", serde(rename = "ChangeType"))]
    pub change_type: ::std::string::String,
    /// Code of the role before (ref.UserCompanyRole or ref.UserRole); NULL for GRANT.
    #[cfg_attr(feature = "serde", serde(rename = "OldRoleCode"))]
    pub old_role_code: ::core::option::Option<::std::string::String>,
    /// Code of the role after; NULL for REVOKE.
    #[cfg_attr(feature = "serde", serde(rename = "NewRoleCode"))]
    pub new_role_code: ::core::option::Option<::std::string::String>,
    /// UserID of who made the change; NULL for the system (not a foreign key).
    #[cfg_attr(feature = "serde", serde(rename = "ChangedBy"))]
    pub changed_by: ::core::option::Option<i64>,
    /// When the change happened (UTC).
    #[cfg_attr(feature = "serde", serde(rename = "ChangedDate"))]
    pub changed_date: ::chrono::NaiveDateTime,
    /// Client IP address of the request that made the change.
    #[cfg_attr(feature = "serde", serde(rename = "IPAddress"))]
    pub ip_address: ::core::option::Option<::std::string::String>,
    /// Why the change was made, when the actor gave a reason.
    #[cfg_attr(feature = "serde", serde(rename = "Reason"))]
    pub reason: ::core::option::Option<::std::string::String>,
    /// Request ID shared with log.ApiRequest.
    #[cfg_attr(feature = "serde", serde(rename = "CorrelationID"))]
    pub correlation_id: ::core::option::Option<::uuid::Uuid>,
    /// When the audit row was written (UTC).
    #[cfg_attr(feature = "serde", serde(rename = "CreatedDate"))]
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
impl ::gen_runtime::Table for Role {
    const META: &'static ::gen_runtime::TableMeta = &::gen_runtime::TableMeta {
        schema: "audit",
        name: "Role",
        columns: &[
            ::gen_runtime::ColumnMeta::new(
                self::columns::AUDIT_ROLE_ID,
                "bigint",
                false,
                true,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::USER_ID,
                "bigint",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::COMPANY_ID,
                "bigint",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::CHANGE_TYPE,
                "varchar(20)",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::OLD_ROLE_CODE,
                "varchar(50)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::NEW_ROLE_CODE,
                "varchar(50)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::CHANGED_BY,
                "bigint",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::CHANGED_DATE,
                "datetime2(7)",
                false,
                false,
                Some("GETUTCDATE()"),
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::IP_ADDRESS,
                "varchar(45)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::REASON,
                "nvarchar(500)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::CORRELATION_ID,
                "uniqueidentifier",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::CREATED_DATE,
                "datetime2(7)",
                false,
                false,
                Some("GETUTCDATE()"),
            ),
        ],
        primary_key_name: "PK_AuditRole",
        primary_key: &["AuditRoleID"],
        foreign_keys: &[],
        uniques: &[],
        indexes: &[
            ::gen_runtime::IndexMeta {
                name: "IX_AuditRole_UserID",
                columns: &["UserID"],
                unique: false,
            },
            ::gen_runtime::IndexMeta {
                name: "IX_AuditRole_CompanyID",
                columns: &["CompanyID"],
                unique: false,
            },
        ],
    };
}
/// A new row of `audit.Role`: every column but identities and database defaults.
#[derive(Debug, Clone)]
pub struct NewRole {
    /// The user whose role changed (not a foreign key).
    pub user_id: i64,
    /// Company of the membership; NULL for a platform role (ref.UserRole) change (not a foreign key).
    pub company_id: ::core::option::Option<i64>,
    /// What happened: GRANT, CHANGE or REVOKE.
    pub change_type: ::std::string::String,
    /// Code of the role before (ref.UserCompanyRole or ref.UserRole); NULL for GRANT.
    pub old_role_code: ::core::option::Option<::std::string::String>,
    /// Code of the role after; NULL for REVOKE.
    pub new_role_code: ::core::option::Option<::std::string::String>,
    /// UserID of who made the change; NULL for the system (not a foreign key).
    pub changed_by: ::core::option::Option<i64>,
    /// Client IP address of the request that made the change.
    pub ip_address: ::core::option::Option<::std::string::String>,
    /// Why the change was made, when the actor gave a reason.
    pub reason: ::core::option::Option<::std::string::String>,
    /// Request ID shared with log.ApiRequest.
    pub correlation_id: ::core::option::Option<::uuid::Uuid>,
}
::gen_runtime::record!(
    Role, NewRole; get audit_role_id, get user_id, opt company_id, get change_type, opt
    old_role_code, opt new_role_code, opt changed_by, get changed_date, opt ip_address,
    opt reason, opt correlation_id, get created_date,; user_id, company_id, change_type,
    old_role_code, new_role_code, changed_by, ip_address, reason, correlation_id,
);
