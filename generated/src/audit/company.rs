// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Field-level change history of dbo.Company.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#audit-company).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
pub struct Company {
    /// Surrogate key of the audit record (not the company's key).
    #[cfg_attr(feature = "serde", serde(rename = "AuditCompanyID"))]
    pub audit_company_id: i64,
    /// The company whose row changed (dbo.Company.CompanyID; not a foreign key).
    #[cfg_attr(feature = "serde", serde(rename = "CompanyID"))]
    pub company_id: i64,
    /// What happened: CREATE, UPDATE, DELETE or RESTORE.
    #[cfg_attr(feature = "serde", serde(rename = "ChangeType"))]
    pub change_type: ::std::string::String,
    /// Column that changed, for UPDATE; NULL for whole-row changes.
    #[cfg_attr(feature = "serde", serde(rename = "FieldName"))]
    pub field_name: ::core::option::Option<::std::string::String>,
    /// Value before the change, as text; secrets are never recorded.
    #[cfg_attr(feature = "serde", serde(rename = "OldValue"))]
    pub old_value: ::core::option::Option<::std::string::String>,
    /// Value after the change, as text; secrets are never recorded.
    #[cfg_attr(feature = "serde", serde(rename = "NewValue"))]
    pub new_value: ::core::option::Option<::std::string::String>,
    /// UserID of who made the change; NULL for the system (not a foreign key).
    #[cfg_attr(feature = "serde", serde(rename = "ChangedBy"))]
    pub changed_by: ::core::option::Option<i64>,
    /// When the change happened (UTC).
    #[cfg_attr(feature = "serde", serde(rename = "ChangedDate"))]
    pub changed_date: ::chrono::NaiveDateTime,
    /// Client IP address of the request that made the change.
    #[cfg_attr(feature = "serde", serde(rename = "IPAddress"))]
    pub ip_address: ::core::option::Option<::std::string::String>,
    /// Client User-Agent header of that request.
    #[cfg_attr(feature = "serde", serde(rename = "UserAgent"))]
    pub user_agent: ::core::option::Option<::std::string::String>,
    /// Why the change was made, when the actor gave a reason.
    #[cfg_attr(feature = "serde", serde(rename = "Reason"))]
    pub reason: ::core::option::Option<::std::string::String>,
    /// Request ID shared with log.ApiRequest, to find every effect of one request.
    #[cfg_attr(feature = "serde", serde(rename = "CorrelationID"))]
    pub correlation_id: ::core::option::Option<::uuid::Uuid>,
    /// When the audit row was written (UTC).
    #[cfg_attr(feature = "serde", serde(rename = "CreatedDate"))]
    pub created_date: ::chrono::NaiveDateTime,
}
/// Column names of `audit.Company`, for SQL text.
pub mod columns {
    /// Surrogate key of the audit record (not the company's key).
    pub const AUDIT_COMPANY_ID: &str = "AuditCompanyID";
    /// The company whose row changed (dbo.Company.CompanyID; not a foreign key).
    pub const COMPANY_ID: &str = "CompanyID";
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
impl ::gen_runtime::Table for Company {
    const META: &'static ::gen_runtime::TableMeta = &::gen_runtime::TableMeta {
        schema: "audit",
        name: "Company",
        columns: &[
            ::gen_runtime::ColumnMeta::new(
                self::columns::AUDIT_COMPANY_ID,
                "bigint",
                false,
                true,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::COMPANY_ID,
                "bigint",
                false,
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
                self::columns::FIELD_NAME,
                "nvarchar(128)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::OLD_VALUE,
                "nvarchar(max)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::NEW_VALUE,
                "nvarchar(max)",
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
                self::columns::USER_AGENT,
                "nvarchar(500)",
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
        primary_key_name: "PK_AuditCompany",
        primary_key: &["AuditCompanyID"],
        foreign_keys: &[],
        uniques: &[],
        indexes: &[
            ::gen_runtime::IndexMeta {
                name: "IX_AuditCompany_CompanyID",
                columns: &["CompanyID"],
                unique: false,
            },
            ::gen_runtime::IndexMeta {
                name: "IX_AuditCompany_ChangedDate",
                columns: &["ChangedDate"],
                unique: false,
            },
        ],
    };
}
/// A new row of `audit.Company`: every column but identities and database defaults.
#[derive(Debug, Clone)]
pub struct NewCompany {
    /// The company whose row changed (dbo.Company.CompanyID; not a foreign key).
    pub company_id: i64,
    /// What happened: CREATE, UPDATE, DELETE or RESTORE.
    pub change_type: ::std::string::String,
    /// Column that changed, for UPDATE; NULL for whole-row changes.
    pub field_name: ::core::option::Option<::std::string::String>,
    /// Value before the change, as text; secrets are never recorded.
    pub old_value: ::core::option::Option<::std::string::String>,
    /// Value after the change, as text; secrets are never recorded.
    pub new_value: ::core::option::Option<::std::string::String>,
    /// UserID of who made the change; NULL for the system (not a foreign key).
    pub changed_by: ::core::option::Option<i64>,
    /// Client IP address of the request that made the change.
    pub ip_address: ::core::option::Option<::std::string::String>,
    /// Client User-Agent header of that request.
    pub user_agent: ::core::option::Option<::std::string::String>,
    /// Why the change was made, when the actor gave a reason.
    pub reason: ::core::option::Option<::std::string::String>,
    /// Request ID shared with log.ApiRequest, to find every effect of one request.
    pub correlation_id: ::core::option::Option<::uuid::Uuid>,
}
::gen_runtime::record!(
    Company, NewCompany; get audit_company_id, get company_id, get change_type, opt
    field_name, opt old_value, opt new_value, opt changed_by, get changed_date, opt
    ip_address, opt user_agent, opt reason, opt correlation_id, get created_date,;
    company_id, change_type, field_name, old_value, new_value, changed_by, ip_address,
    user_agent, reason, correlation_id,
);
