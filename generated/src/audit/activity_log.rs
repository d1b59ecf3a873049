// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Business-level activity feed: who did what to which entity.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#audit-activity_log).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
pub struct ActivityLog {
    /// Surrogate key of the activity record.
    #[cfg_attr(feature = "serde", serde(rename = "ActivityLogID"))]
    pub activity_log_id: i64,
    /// UserID of the actor; NULL for the system (not a foreign key: audit outlives users).
    #[cfg_attr(feature = "serde", serde(rename = "UserID"))]
    pub user_id: ::core::option::Option<i64>,
    /// Company the activity happened in (not a foreign key).
    #[cfg_attr(feature = "serde", serde(rename = "CompanyID"))]
    pub company_id: ::core::option::Option<i64>,
    /// What happened, as an UPPER_SNAKE code (COMPANY_CREATED, USER_INVITED).
    #[cfg_attr(feature = "serde", serde(rename = "ActivityType"))]
    pub activity_type: ::std::string::String,
    /// Kind of entity acted on (User, Company, UserInvitation).
    #[cfg_attr(feature = "serde", serde(rename = "EntityType"))]
    pub entity_type: ::core::option::Option<::std::string::String>,
    /// Key of the entity acted on, within EntityType.
    #[cfg_attr(feature = "serde", serde(rename = "EntityID"))]
    pub entity_id: ::core::option::Option<i64>,
    /// Further details as a JSON object.
    #[cfg_attr(feature = "serde", serde(rename = "Details"))]
    pub details: ::core::option::Option<::std::string::String>,
    /// Client IP address of the request.
    #[cfg_attr(feature = "serde", serde(rename = "IPAddress"))]
    pub ip_address: ::core::option::Option<::std::string::String>,
    /// Client User-Agent header of the request.
    #[cfg_attr(feature = "serde", serde(rename = "UserAgent"))]
    pub user_agent: ::core::option::Option<::std::string::String>,
    /// Request ID shared with log.ApiRequest.
    #[cfg_attr(feature = "serde", serde(rename = "CorrelationID"))]
    pub correlation_id: ::core::option::Option<::uuid::Uuid>,
    /// When the activity happened (UTC).
    #[cfg_attr(feature = "serde", serde(rename = "CreatedDate"))]
    pub created_date: ::chrono::NaiveDateTime,
}
/// Column names of `audit.ActivityLog`, for SQL text.
pub mod columns {
    /// Surrogate key of the activity record.
    pub const ACTIVITY_LOG_ID: &str = "ActivityLogID";
    /// UserID of the actor; NULL for the system (not a foreign key: audit outlives users).
    pub const USER_ID: &str = "UserID";
    /// Company the activity happened in (not a foreign key).
    pub const COMPANY_ID: &str = "CompanyID";
    /// What happened, as an UPPER_SNAKE code (COMPANY_CREATED, USER_INVITED).
    pub const ACTIVITY_TYPE: &str = "ActivityType";
    /// Kind of entity acted on (User, Company, UserInvitation).
    pub const ENTITY_TYPE: &str = "EntityType";
    /// Key of the entity acted on, within EntityType.
    pub const ENTITY_ID: &str = "EntityID";
    /// Further details as a JSON object.
    pub const DETAILS: &str = "Details";
    /// Client IP address of the request.
    pub const IP_ADDRESS: &str = "IPAddress";
    /// Client User-Agent header of the request.
    pub const USER_AGENT: &str = "UserAgent";
    /// Request ID shared with log.ApiRequest.
    pub const CORRELATION_ID: &str = "CorrelationID";
    /// When the activity happened (UTC).
    pub const CREATED_DATE: &str = "CreatedDate";
}
impl ::gen_runtime::Table for ActivityLog {
    const META: &'static ::gen_runtime::TableMeta = &::gen_runtime::TableMeta {
        schema: "audit",
        name: "ActivityLog",
        columns: &[
            ::gen_runtime::ColumnMeta::new(
                self::columns::ACTIVITY_LOG_ID,
                "bigint",
                false,
                true,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::USER_ID,
                "bigint",
                true,
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
                self::columns::ACTIVITY_TYPE,
                "varchar(50)",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::ENTITY_TYPE,
                "varchar(50)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::ENTITY_ID,
                "bigint",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::DETAILS,
                "nvarchar(max)",
                true,
                false,
                None,
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
        primary_key_name: "PK_ActivityLog",
        primary_key: &["ActivityLogID"],
        foreign_keys: &[],
        uniques: &[],
        indexes: &[
            ::gen_runtime::IndexMeta {
                name: "IX_ActivityLog_UserID",
                columns: &["UserID"],
                unique: false,
            },
            ::gen_runtime::IndexMeta {
                name: "IX_ActivityLog_CompanyID",
                columns: &["CompanyID"],
                unique: false,
            },
            ::gen_runtime::IndexMeta {
                name: "IX_ActivityLog_CreatedDate",
                columns: &["CreatedDate"],
                unique: false,
            },
            ::gen_runtime::IndexMeta {
                name: "IX_ActivityLog_EntityType_EntityID",
                columns: &["EntityType", "EntityID"],
                unique: false,
            },
        ],
    };
}
/// A new row of `audit.ActivityLog`: every column but identities and database defaults.
#[derive(Debug, Clone)]
pub struct NewActivityLog {
    /// UserID of the actor; NULL for the system (not a foreign key: audit outlives users).
    pub user_id: ::core::option::Option<i64>,
    /// Company the activity happened in (not a foreign key).
    pub company_id: ::core::option::Option<i64>,
    /// What happened, as an UPPER_SNAKE code (COMPANY_CREATED, USER_INVITED).
    pub activity_type: ::std::string::String,
    /// Kind of entity acted on (User, Company, UserInvitation).
    pub entity_type: ::core::option::Option<::std::string::String>,
    /// Key of the entity acted on, within EntityType.
    pub entity_id: ::core::option::Option<i64>,
    /// Further details as a JSON object.
    pub details: ::core::option::Option<::std::string::String>,
    /// Client IP address of the request.
    pub ip_address: ::core::option::Option<::std::string::String>,
    /// Client User-Agent header of the request.
    pub user_agent: ::core::option::Option<::std::string::String>,
    /// Request ID shared with log.ApiRequest.
    pub correlation_id: ::core::option::Option<::uuid::Uuid>,
}
::gen_runtime::record!(
    ActivityLog, NewActivityLog; get activity_log_id, opt user_id, opt company_id, get
    activity_type, opt entity_type, opt entity_id, opt details, opt ip_address, opt
    user_agent, opt correlation_id, get created_date,; user_id, company_id,
    activity_type, entity_type, entity_id, details, ip_address, user_agent,
    correlation_id,
);
