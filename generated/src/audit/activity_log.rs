// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Business-level activity feed: who did what to which entity.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#audit-activity_log).
/**
 # Columns

 | Column | Rust field | SQL type | Null | Default |
 |---|---|---|---|---|
 | `ActivityLogID` | `activity_log_id` | `bigint identity` | no |  |
 | `UserID` | `user_id` | `bigint` | yes |  |
 | `CompanyID` | `company_id` | `bigint` | yes |  |
 | `ActivityType` | `activity_type` | `varchar(50)` | no |  |
 | `EntityType` | `entity_type` | `varchar(50)` | yes |  |
 | `EntityID` | `entity_id` | `bigint` | yes |  |
 | `Details` | `details` | `nvarchar(max)` | yes |  |
 | `IPAddress` | `ip_address` | `varchar(45)` | yes |  |
 | `UserAgent` | `user_agent` | `nvarchar(500)` | yes |  |
 | `CorrelationID` | `correlation_id` | `uniqueidentifier` | yes |  |
 | `CreatedDate` | `created_date` | `datetime2(7)` | no | `GETUTCDATE()` |

 # Keys

 - primary key `PK_ActivityLog` (`ActivityLogID`)
 - index `IX_ActivityLog_UserID` (`UserID`)
 - index `IX_ActivityLog_CompanyID` (`CompanyID`)
 - index `IX_ActivityLog_CreatedDate` (`CreatedDate DESC`)
 - index `IX_ActivityLog_EntityType_EntityID` (`EntityType`, `EntityID`)
*/
#[derive(Debug, Clone, PartialEq)]
pub struct ActivityLog {
    /// Surrogate key of the activity record.
    pub activity_log_id: i64,
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
    /// When the activity happened (UTC).
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

::gen_runtime::table_meta!(
    ActivityLog = "audit"."ActivityLog";
    columns[
        ACTIVITY_LOG_ID("bigint").identity(),
        USER_ID("bigint").null(),
        COMPANY_ID("bigint").null(),
        ACTIVITY_TYPE("varchar(50)"),
        ENTITY_TYPE("varchar(50)").null(),
        ENTITY_ID("bigint").null(),
        DETAILS("nvarchar(max)").null(),
        IP_ADDRESS("varchar(45)").null(),
        USER_AGENT("nvarchar(500)").null(),
        CORRELATION_ID("uniqueidentifier").null(),
        CREATED_DATE("datetime2(7)").default("GETUTCDATE()")
    ];
    primary_key["PK_ActivityLog"("ActivityLogID")];
    foreign_keys[];
    uniques[];
    indexes[
        "IX_ActivityLog_UserID"("UserID"),
        "IX_ActivityLog_CompanyID"("CompanyID"),
        "IX_ActivityLog_CreatedDate"("CreatedDate"),
        "IX_ActivityLog_EntityType_EntityID"("EntityType", "EntityID")
    ];
);

/// A new row of `audit.ActivityLog`: every column but identities; a column with a database default is `Defaulted::Default` (left to the database) or `Defaulted::Value(…)`.
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
    /// When the activity happened (UTC).
    pub created_date: ::gen_runtime::Defaulted<::chrono::NaiveDateTime>,
}

::gen_runtime::record!(
    ActivityLog, NewActivityLog;
    activity_log_id = get(0, ACTIVITY_LOG_ID),
    user_id = opt(1, USER_ID),
    company_id = opt(2, COMPANY_ID),
    activity_type = get(3, ACTIVITY_TYPE),
    entity_type = opt(4, ENTITY_TYPE),
    entity_id = opt(5, ENTITY_ID),
    details = opt(6, DETAILS),
    ip_address = opt(7, IP_ADDRESS),
    user_agent = opt(8, USER_AGENT),
    correlation_id = opt(9, CORRELATION_ID),
    created_date = get(10, CREATED_DATE);
    user_id,
    company_id,
    activity_type,
    entity_type,
    entity_id,
    details,
    ip_address,
    user_agent,
    correlation_id,
    created_date
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::new_row!(
    NewActivityLog;
    activity_type: ::std::string::String;
    user_id,
    company_id,
    entity_type,
    entity_id,
    details,
    ip_address,
    user_agent,
    correlation_id;
    created_date
);
