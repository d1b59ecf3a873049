// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Unhandled errors and logged failures of the backend services.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#log-application_error).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
pub struct ApplicationError {
    /// Surrogate key of the error record.
    #[cfg_attr(feature = "serde", serde(rename = "ApplicationErrorID"))]
    pub application_error_id: i64,
    /// Error class or code (DatabaseError, ValidationError).
    #[cfg_attr(feature = "serde", serde(rename = "ErrorType"))]
    pub error_type: ::std::string::String,
    /// Error message, with secrets masked.
    #[cfg_attr(feature = "serde", serde(rename = "Message"))]
    pub message: ::std::string::String,
    /// Stack trace or error chain, when available.
    #[cfg_attr(feature = "serde", serde(rename = "StackTrace"))]
    pub stack_trace: ::core::option::Option<::std::string::String>,
    /// WARNING, ERROR or CRITICAL.
    #[cfg_attr(feature = "serde", serde(rename = "Severity"))]
    pub severity: ::std::string::String,
    /// Service that logged the error (auth-api).
    #[cfg_attr(feature = "serde", serde(rename = "ServiceName"))]
    pub service_name: ::core::option::Option<::std::string::String>,
    /// Request path being served, if any.
    #[cfg_attr(feature = "serde", serde(rename = "Path"))]
    pub path: ::core::option::Option<::std::string::String>,
    /// HTTP method of that request.
    #[cfg_attr(feature = "serde", serde(rename = "Method"))]
    pub method: ::core::option::Option<::std::string::String>,
    /// Signed-in user, if any (not a foreign key).
    #[cfg_attr(feature = "serde", serde(rename = "UserID"))]
    pub user_id: ::core::option::Option<i64>,
    /// Request ID shared with log.ApiRequest.
    #[cfg_attr(feature = "serde", serde(rename = "RequestID"))]
    pub request_id: ::core::option::Option<::uuid::Uuid>,
    /// When the error happened (UTC).
    #[cfg_attr(feature = "serde", serde(rename = "CreatedDate"))]
    pub created_date: ::chrono::NaiveDateTime,
}
/// Column names of `log.ApplicationError`, for SQL text.
pub mod columns {
    /// Surrogate key of the error record.
    pub const APPLICATION_ERROR_ID: &str = "ApplicationErrorID";
    /// Error class or code (DatabaseError, ValidationError).
    pub const ERROR_TYPE: &str = "ErrorType";
    /// Error message, with secrets masked.
    pub const MESSAGE: &str = "Message";
    /// Stack trace or error chain, when available.
    pub const STACK_TRACE: &str = "StackTrace";
    /// WARNING, ERROR or CRITICAL.
    pub const SEVERITY: &str = "Severity";
    /// Service that logged the error (auth-api).
    pub const SERVICE_NAME: &str = "ServiceName";
    /// Request path being served, if any.
    pub const PATH: &str = "Path";
    /// HTTP method of that request.
    pub const METHOD: &str = "Method";
    /// Signed-in user, if any (not a foreign key).
    pub const USER_ID: &str = "UserID";
    /// Request ID shared with log.ApiRequest.
    pub const REQUEST_ID: &str = "RequestID";
    /// When the error happened (UTC).
    pub const CREATED_DATE: &str = "CreatedDate";
}
impl ::gen_runtime::Table for ApplicationError {
    const META: &'static ::gen_runtime::TableMeta = &::gen_runtime::TableMeta {
        schema: "log",
        name: "ApplicationError",
        columns: &[
            ::gen_runtime::ColumnMeta::new(
                self::columns::APPLICATION_ERROR_ID,
                "bigint",
                false,
                true,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::ERROR_TYPE,
                "nvarchar(200)",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::MESSAGE,
                "nvarchar(max)",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::STACK_TRACE,
                "nvarchar(max)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::SEVERITY,
                "varchar(20)",
                false,
                false,
                Some("'ERROR'"),
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::SERVICE_NAME,
                "varchar(100)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::PATH,
                "nvarchar(2000)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::METHOD,
                "varchar(10)",
                true,
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
        primary_key_name: "PK_ApplicationError",
        primary_key: &["ApplicationErrorID"],
        foreign_keys: &[],
        uniques: &[],
        indexes: &[
            ::gen_runtime::IndexMeta {
                name: "IX_ApplicationError_CreatedDate",
                columns: &["CreatedDate"],
                unique: false,
            },
            ::gen_runtime::IndexMeta {
                name: "IX_ApplicationError_ErrorType",
                columns: &["ErrorType"],
                unique: false,
            },
            ::gen_runtime::IndexMeta {
                name: "IX_ApplicationError_RequestID",
                columns: &["RequestID"],
                unique: false,
            },
        ],
    };
}
/// A new row of `log.ApplicationError`: every column but identities and database defaults.
#[derive(Debug, Clone)]
pub struct NewApplicationError {
    /// Error class or code (DatabaseError, ValidationError).
    pub error_type: ::std::string::String,
    /// Error message, with secrets masked.
    pub message: ::std::string::String,
    /// Stack trace or error chain, when available.
    pub stack_trace: ::core::option::Option<::std::string::String>,
    /// Service that logged the error (auth-api).
    pub service_name: ::core::option::Option<::std::string::String>,
    /// Request path being served, if any.
    pub path: ::core::option::Option<::std::string::String>,
    /// HTTP method of that request.
    pub method: ::core::option::Option<::std::string::String>,
    /// Signed-in user, if any (not a foreign key).
    pub user_id: ::core::option::Option<i64>,
    /// Request ID shared with log.ApiRequest.
    pub request_id: ::core::option::Option<::uuid::Uuid>,
}
::gen_runtime::record!(
    ApplicationError, NewApplicationError; get application_error_id, get error_type, get
    message, opt stack_trace, get severity, opt service_name, opt path, opt method, opt
    user_id, opt request_id, get created_date,; error_type, message, stack_trace,
    service_name, path, method, user_id, request_id,
);
