// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Security events of sign-in, sign-out, verification and password reset.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#log-auth_event).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
pub struct AuthEvent {
    /// Surrogate key of the event.
    #[cfg_attr(feature = "serde", serde(rename = "AuthEventID"))]
    pub auth_event_id: i64,
    /// The user concerned, when known (not a foreign key: logs outlive users).
    #[cfg_attr(feature = "serde", serde(rename = "UserID"))]
    pub user_id: ::core::option::Option<i64>,
    /// Email address given, also for unknown users; lower-case.
    #[cfg_attr(feature = "serde", serde(rename = "Email"))]
    pub email: ::core::option::Option<::std::string::String>,
    /// What happened (LOGIN_SUCCESS, LOGIN_FAILED, LOGOUT, PASSWORD_RESET_REQUESTED, EMAIL_VERIFIED).
    #[cfg_attr(feature = "serde", serde(rename = "EventType"))]
    pub event_type: ::std::string::String,
    /// Why, for failures (INVALID_PASSWORD, ACCOUNT_LOCKED); never the password.
    #[cfg_attr(feature = "serde", serde(rename = "Reason"))]
    pub reason: ::core::option::Option<::std::string::String>,
    /// Client IP address, IPv4 or IPv6 text.
    #[cfg_attr(feature = "serde", serde(rename = "IPAddress"))]
    pub ip_address: ::core::option::Option<::std::string::String>,
    /// Client User-Agent header, truncated to 500 characters.
    #[cfg_attr(feature = "serde", serde(rename = "UserAgent"))]
    pub user_agent: ::core::option::Option<::std::string::String>,
    /// Request ID shared with log.ApiRequest.
    #[cfg_attr(feature = "serde", serde(rename = "RequestID"))]
    pub request_id: ::core::option::Option<::uuid::Uuid>,
    /// When the event happened (UTC).
    #[cfg_attr(feature = "serde", serde(rename = "CreatedDate"))]
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
impl ::gen_runtime::Table for AuthEvent {
    const META: &'static ::gen_runtime::TableMeta = &::gen_runtime::TableMeta {
        schema: "log",
        name: "AuthEvent",
        columns: &[
            ::gen_runtime::ColumnMeta::new(
                self::columns::AUTH_EVENT_ID,
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
                self::columns::EMAIL,
                "nvarchar(255)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::EVENT_TYPE,
                "varchar(50)",
                false,
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
                self::columns::REQUEST_ID,
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
        primary_key_name: "PK_AuthEvent",
        primary_key: &["AuthEventID"],
        foreign_keys: &[],
        uniques: &[],
        indexes: &[
            ::gen_runtime::IndexMeta {
                name: "IX_AuthEvent_UserID",
                columns: &["UserID"],
                unique: false,
            },
            ::gen_runtime::IndexMeta {
                name: "IX_AuthEvent_Email",
                columns: &["Email"],
                unique: false,
            },
            ::gen_runtime::IndexMeta {
                name: "IX_AuthEvent_EventType_CreatedDate",
                columns: &["EventType", "CreatedDate"],
                unique: false,
            },
        ],
    };
}
/// A new row of `log.AuthEvent`: every column but identities and database defaults.
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
}
::gen_runtime::record!(
    AuthEvent, NewAuthEvent; get auth_event_id, opt user_id, opt email, get event_type,
    opt reason, opt ip_address, opt user_agent, opt request_id, get created_date,;
    user_id, email, event_type, reason, ip_address, user_agent, request_id,
);
