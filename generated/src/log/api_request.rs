// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// One row per HTTP request the API served, for tracing and usage reports.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#log-api_request).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
pub struct ApiRequest {
    /// Surrogate key of the request record.
    #[cfg_attr(feature = "serde", serde(rename = "ApiRequestID"))]
    pub api_request_id: i64,
    /// Request ID from the X-Request-ID header or generated; the CorrelationID elsewhere.
    #[cfg_attr(feature = "serde", serde(rename = "RequestID"))]
    pub request_id: ::uuid::Uuid,
    /// HTTP method (GET, POST).
    #[cfg_attr(feature = "serde", serde(rename = "Method"))]
    pub method: ::std::string::String,
    /// Request path without the query string.
    #[cfg_attr(feature = "serde", serde(rename = "Path"))]
    pub path: ::std::string::String,
    /// Query string with secrets (token, password) masked.
    #[cfg_attr(feature = "serde", serde(rename = "QueryString"))]
    pub query_string: ::core::option::Option<::std::string::String>,
    /// HTTP status code of the response.
    #[cfg_attr(feature = "serde", serde(rename = "StatusCode"))]
    pub status_code: i16,
    /// Time to produce the response, in milliseconds.
    #[cfg_attr(feature = "serde", serde(rename = "DurationMs"))]
    pub duration_ms: i32,
    /// Signed-in user, if any (not a foreign key: logs outlive users).
    #[cfg_attr(feature = "serde", serde(rename = "UserID"))]
    pub user_id: ::core::option::Option<i64>,
    /// Company the request acted for, if any (not a foreign key).
    #[cfg_attr(feature = "serde", serde(rename = "CompanyID"))]
    pub company_id: ::core::option::Option<i64>,
    /// Client IP address, IPv4 or IPv6 text.
    #[cfg_attr(feature = "serde", serde(rename = "IPAddress"))]
    pub ip_address: ::core::option::Option<::std::string::String>,
    /// Client User-Agent header, truncated to 500 characters.
    #[cfg_attr(feature = "serde", serde(rename = "UserAgent"))]
    pub user_agent: ::core::option::Option<::std::string::String>,
    /// When the request arrived (UTC).
    #[cfg_attr(feature = "serde", serde(rename = "CreatedDate"))]
    pub created_date: ::chrono::NaiveDateTime,
}
/// Column names of `log.ApiRequest`, for SQL text.
pub mod columns {
    /// Surrogate key of the request record.
    pub const API_REQUEST_ID: &str = "ApiRequestID";
    /// Request ID from the X-Request-ID header or generated; the CorrelationID elsewhere.
    pub const REQUEST_ID: &str = "RequestID";
    /// HTTP method (GET, POST).
    pub const METHOD: &str = "Method";
    /// Request path without the query string.
    pub const PATH: &str = "Path";
    /// Query string with secrets (token, password) masked.
    pub const QUERY_STRING: &str = "QueryString";
    /// HTTP status code of the response.
    pub const STATUS_CODE: &str = "StatusCode";
    /// Time to produce the response, in milliseconds.
    pub const DURATION_MS: &str = "DurationMs";
    /// Signed-in user, if any (not a foreign key: logs outlive users).
    pub const USER_ID: &str = "UserID";
    /// Company the request acted for, if any (not a foreign key).
    pub const COMPANY_ID: &str = "CompanyID";
    /// Client IP address, IPv4 or IPv6 text.
    pub const IP_ADDRESS: &str = "IPAddress";
    /// Client User-Agent header, truncated to 500 characters.
    pub const USER_AGENT: &str = "UserAgent";
    /// When the request arrived (UTC).
    pub const CREATED_DATE: &str = "CreatedDate";
}
impl ::gen_runtime::Table for ApiRequest {
    const META: &'static ::gen_runtime::TableMeta = &::gen_runtime::TableMeta {
        schema: "log",
        name: "ApiRequest",
        columns: &[
            ::gen_runtime::ColumnMeta::new(
                self::columns::API_REQUEST_ID,
                "bigint",
                false,
                true,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::REQUEST_ID,
                "uniqueidentifier",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::METHOD,
                "varchar(10)",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::PATH,
                "nvarchar(2000)",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::QUERY_STRING,
                "nvarchar(2000)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::STATUS_CODE,
                "smallint",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::DURATION_MS,
                "int",
                false,
                false,
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
                self::columns::CREATED_DATE,
                "datetime2(7)",
                false,
                false,
                Some("GETUTCDATE()"),
            ),
        ],
        primary_key_name: "PK_ApiRequest",
        primary_key: &["ApiRequestID"],
        foreign_keys: &[],
        uniques: &[],
        indexes: &[
            ::gen_runtime::IndexMeta {
                name: "IX_ApiRequest_RequestID",
                columns: &["RequestID"],
                unique: false,
            },
            ::gen_runtime::IndexMeta {
                name: "IX_ApiRequest_UserID",
                columns: &["UserID"],
                unique: false,
            },
            ::gen_runtime::IndexMeta {
                name: "IX_ApiRequest_CreatedDate",
                columns: &["CreatedDate"],
                unique: false,
            },
        ],
    };
}
/// A new row of `log.ApiRequest`: every column but identities and database defaults.
#[derive(Debug, Clone)]
pub struct NewApiRequest {
    /// Request ID from the X-Request-ID header or generated; the CorrelationID elsewhere.
    pub request_id: ::uuid::Uuid,
    /// HTTP method (GET, POST).
    pub method: ::std::string::String,
    /// Request path without the query string.
    pub path: ::std::string::String,
    /// Query string with secrets (token, password) masked.
    pub query_string: ::core::option::Option<::std::string::String>,
    /// HTTP status code of the response.
    pub status_code: i16,
    /// Time to produce the response, in milliseconds.
    pub duration_ms: i32,
    /// Signed-in user, if any (not a foreign key: logs outlive users).
    pub user_id: ::core::option::Option<i64>,
    /// Company the request acted for, if any (not a foreign key).
    pub company_id: ::core::option::Option<i64>,
    /// Client IP address, IPv4 or IPv6 text.
    pub ip_address: ::core::option::Option<::std::string::String>,
    /// Client User-Agent header, truncated to 500 characters.
    pub user_agent: ::core::option::Option<::std::string::String>,
}
::gen_runtime::record!(
    ApiRequest, NewApiRequest; get api_request_id, get request_id, get method, get path,
    opt query_string, get status_code, get duration_ms, opt user_id, opt company_id, opt
    ip_address, opt user_agent, get created_date,; request_id, method, path,
    query_string, status_code, duration_ms, user_id, company_id, ip_address, user_agent,
);
