// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Security events of sign-in, sign-out, verification and password reset.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#log-auth_event).
/**
 # Columns

 | Column | Rust field | SQL type | Null | Default |
 |---|---|---|---|---|
 | `AuthEventID` | `auth_event_id` | `bigint identity` | no |  |
 | `UserID` | `user_id` | `bigint` | yes |  |
 | `Email` | `email` | `nvarchar(255)` | yes |  |
 | `EventType` | `event_type` | `varchar(50)` | no |  |
 | `Reason` | `reason` | `nvarchar(500)` | yes |  |
 | `IPAddress` | `ip_address` | `varchar(45)` | yes |  |
 | `UserAgent` | `user_agent` | `nvarchar(500)` | yes |  |
 | `RequestID` | `request_id` | `uniqueidentifier` | yes |  |
 | `CreatedDate` | `created_date` | `datetime2(7)` | no | `GETUTCDATE()` |

 # Keys

 - primary key `PK_AuthEvent` (`AuthEventID`)
 - index `IX_AuthEvent_UserID` (`UserID`)
 - index `IX_AuthEvent_Email` (`Email`)
 - index `IX_AuthEvent_EventType_CreatedDate` (`EventType`, `CreatedDate DESC`)
*/
#[derive(Debug, Clone, PartialEq)]
pub struct AuthEvent {
    /// Surrogate key of the event.
    pub auth_event_id: i64,
    /// The user concerned, when known (not a foreign key: logs outlive users).
    pub user_id: ::core::option::Option<i64>,
    /// Email address given, also for unknown users; lower-case.
    pub email: ::core::option::Option<::std::string::String>,
    /// What happened (LOGIN_SUCCESS, LOGIN_FAILED, LOGOUT, PASSWORD_RESET_REQUESTED, EMAIL_VERIFIED).
    pub event_type: ::std::string::String,
    /// Why, for failures (INVALID_PASSWORD, ACCOUNT_LOCKED); never the password.
    pub reason: ::core::option::Option<::std::string::String>,
    /// Client IP address, IPv4 or IPv6 text.
    pub ip_address: ::core::option::Option<::std::string::String>,
    /// Client User-Agent header, truncated to 500 characters.
    pub user_agent: ::core::option::Option<::std::string::String>,
    /// Request ID shared with log.ApiRequest.
    pub request_id: ::core::option::Option<::uuid::Uuid>,
    /// When the event happened (UTC).
    pub created_date: ::chrono::NaiveDateTime,
}

/// Column names of `log.AuthEvent`, for SQL text.
pub mod columns {
    /// Surrogate key of the event.
    pub const AUTH_EVENT_ID: &str = "AuthEventID";
    /// The user concerned, when known (not a foreign key: logs outlive users).
    pub const USER_ID: &str = "UserID";
    /// Email address given, also for unknown users; lower-case.
    pub const EMAIL: &str = "Email";
    /// What happened (LOGIN_SUCCESS, LOGIN_FAILED, LOGOUT, PASSWORD_RESET_REQUESTED, EMAIL_VERIFIED).
    pub const EVENT_TYPE: &str = "EventType";
    /// Why, for failures (INVALID_PASSWORD, ACCOUNT_LOCKED); never the password.
    pub const REASON: &str = "Reason";
    /// Client IP address, IPv4 or IPv6 text.
    pub const IP_ADDRESS: &str = "IPAddress";
    /// Client User-Agent header, truncated to 500 characters.
    pub const USER_AGENT: &str = "UserAgent";
    /// Request ID shared with log.ApiRequest.
    pub const REQUEST_ID: &str = "RequestID";
    /// When the event happened (UTC).
    pub const CREATED_DATE: &str = "CreatedDate";
}

::gen_runtime::table_meta!(
    AuthEvent = "log"."AuthEvent";
    columns[
        AUTH_EVENT_ID("bigint").identity(),
        USER_ID("bigint").null(),
        EMAIL("nvarchar(255)").null(),
        EVENT_TYPE("varchar(50)"),
        REASON("nvarchar(500)").null(),
        IP_ADDRESS("varchar(45)").null(),
        USER_AGENT("nvarchar(500)").null(),
        REQUEST_ID("uniqueidentifier").null(),
        CREATED_DATE("datetime2(7)").default("GETUTCDATE()")
    ];
    primary_key["PK_AuthEvent"("AuthEventID")];
    foreign_keys[];
    uniques[];
    indexes[
        "IX_AuthEvent_UserID"("UserID"),
        "IX_AuthEvent_Email"("Email"),
        "IX_AuthEvent_EventType_CreatedDate"("EventType", "CreatedDate")
    ];
);

/// A new row of `log.AuthEvent`: every column but identities; a column with a database default is `Defaulted::Default` (left to the database) or `Defaulted::Value(…)`.
#[derive(Debug, Clone)]
pub struct NewAuthEvent {
    /// The user concerned, when known (not a foreign key: logs outlive users).
    pub user_id: ::core::option::Option<i64>,
    /// Email address given, also for unknown users; lower-case.
    pub email: ::core::option::Option<::std::string::String>,
    /// What happened (LOGIN_SUCCESS, LOGIN_FAILED, LOGOUT, PASSWORD_RESET_REQUESTED, EMAIL_VERIFIED).
    pub event_type: ::std::string::String,
    /// Why, for failures (INVALID_PASSWORD, ACCOUNT_LOCKED); never the password.
    pub reason: ::core::option::Option<::std::string::String>,
    /// Client IP address, IPv4 or IPv6 text.
    pub ip_address: ::core::option::Option<::std::string::String>,
    /// Client User-Agent header, truncated to 500 characters.
    pub user_agent: ::core::option::Option<::std::string::String>,
    /// Request ID shared with log.ApiRequest.
    pub request_id: ::core::option::Option<::uuid::Uuid>,
    /// When the event happened (UTC).
    pub created_date: ::gen_runtime::Defaulted<::chrono::NaiveDateTime>,
}

::gen_runtime::record!(
    AuthEvent, NewAuthEvent;
    auth_event_id = get(0, AUTH_EVENT_ID),
    user_id = opt(1, USER_ID),
    email = opt(2, EMAIL),
    event_type = get(3, EVENT_TYPE),
    reason = opt(4, REASON),
    ip_address = opt(5, IP_ADDRESS),
    user_agent = opt(6, USER_AGENT),
    request_id = opt(7, REQUEST_ID),
    created_date = get(8, CREATED_DATE);
    user_id,
    email,
    event_type,
    reason,
    ip_address,
    user_agent,
    request_id,
    created_date
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::new_row!(
    NewAuthEvent;
    event_type: ::std::string::String;
    user_id,
    email,
    reason,
    ip_address,
    user_agent,
    request_id;
    created_date
);
