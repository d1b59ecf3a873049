// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// One row per HTTP request the API served, for tracing and usage reports.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#log-api_request).
/**
 # Columns

 | Column | Rust field | SQL type | Null | Default |
 |---|---|---|---|---|
 | `ApiRequestID` | `api_request_id` | `bigint identity` | no |  |
 | `RequestID` | `request_id` | `uniqueidentifier` | no |  |
 | `Method` | `method` | `varchar(10)` | no |  |
 | `Path` | `path` | `nvarchar(2000)` | no |  |
 | `QueryString` | `query_string` | `nvarchar(2000)` | yes |  |
 | `StatusCode` | `status_code` | `smallint` | no |  |
 | `DurationMs` | `duration_ms` | `int` | no |  |
 | `UserID` | `user_id` | `bigint` | yes |  |
 | `CompanyID` | `company_id` | `bigint` | yes |  |
 | `IPAddress` | `ip_address` | `varchar(45)` | yes |  |
 | `UserAgent` | `user_agent` | `nvarchar(500)` | yes |  |
 | `CreatedDate` | `created_date` | `datetime2(7)` | no | `GETUTCDATE()` |

 # Keys

 - primary key `PK_ApiRequest` (`ApiRequestID`)
 - check `CK_ApiRequest_StatusCode`: `StatusCode BETWEEN 100 AND 599`
 - check `CK_ApiRequest_DurationMs`: `DurationMs >= 0`
 - index `IX_ApiRequest_RequestID` (`RequestID`)
 - index `IX_ApiRequest_UserID` (`UserID`)
 - index `IX_ApiRequest_CreatedDate` (`CreatedDate DESC`) include (`StatusCode`, `DurationMs`)
*/
#[derive(Debug, Clone, PartialEq)]
pub struct ApiRequest {
    /// Surrogate key of the request record.
    pub api_request_id: i64,
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
    /// When the request arrived (UTC).
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

::gen_runtime::table_meta!(
    ApiRequest = "log"."ApiRequest";
    columns[
        API_REQUEST_ID("bigint").identity(),
        REQUEST_ID("uniqueidentifier"),
        METHOD("varchar(10)"),
        PATH("nvarchar(2000)"),
        QUERY_STRING("nvarchar(2000)").null(),
        STATUS_CODE("smallint"),
        DURATION_MS("int"),
        USER_ID("bigint").null(),
        COMPANY_ID("bigint").null(),
        IP_ADDRESS("varchar(45)").null(),
        USER_AGENT("nvarchar(500)").null(),
        CREATED_DATE("datetime2(7)").default("GETUTCDATE()")
    ];
    primary_key["PK_ApiRequest"("ApiRequestID")];
    foreign_keys[];
    uniques[];
    indexes[
        "IX_ApiRequest_RequestID"("RequestID"),
        "IX_ApiRequest_UserID"("UserID"),
        "IX_ApiRequest_CreatedDate"("CreatedDate")
    ];
);

/// A new row of `log.ApiRequest`: every column but identities; a column with a database default is `Defaulted::Default` (left to the database) or `Defaulted::Value(…)`.
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
    /// When the request arrived (UTC).
    pub created_date: ::gen_runtime::Defaulted<::chrono::NaiveDateTime>,
}

::gen_runtime::record!(
    ApiRequest, NewApiRequest;
    api_request_id = get(0, API_REQUEST_ID),
    request_id = get(1, REQUEST_ID),
    method = get(2, METHOD),
    path = get(3, PATH),
    query_string = opt(4, QUERY_STRING),
    status_code = get(5, STATUS_CODE),
    duration_ms = get(6, DURATION_MS),
    user_id = opt(7, USER_ID),
    company_id = opt(8, COMPANY_ID),
    ip_address = opt(9, IP_ADDRESS),
    user_agent = opt(10, USER_AGENT),
    created_date = get(11, CREATED_DATE);
    request_id,
    method,
    path,
    query_string,
    status_code,
    duration_ms,
    user_id,
    company_id,
    ip_address,
    user_agent,
    created_date
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::new_row!(
    NewApiRequest;
    request_id: ::uuid::Uuid,
    method: ::std::string::String,
    path: ::std::string::String,
    status_code: i16,
    duration_ms: i32;
    query_string,
    user_id,
    company_id,
    ip_address,
    user_agent;
    created_date
);
