// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Unhandled errors and logged failures of the backend services.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#log-application_error).
/**
 # Columns

 | Column | Rust field | SQL type | Null | Default |
 |---|---|---|---|---|
 | `ApplicationErrorID` | `application_error_id` | `bigint identity` | no |  |
 | `ErrorType` | `error_type` | `nvarchar(200)` | no |  |
 | `Message` | `message` | `nvarchar(max)` | no |  |
 | `StackTrace` | `stack_trace` | `nvarchar(max)` | yes |  |
 | `Severity` | `severity` | `varchar(20)` | no | `'ERROR'` |
 | `ServiceName` | `service_name` | `varchar(100)` | yes |  |
 | `Path` | `path` | `nvarchar(2000)` | yes |  |
 | `Method` | `method` | `varchar(10)` | yes |  |
 | `UserID` | `user_id` | `bigint` | yes |  |
 | `RequestID` | `request_id` | `uniqueidentifier` | yes |  |
 | `CreatedDate` | `created_date` | `datetime2(7)` | no | `GETUTCDATE()` |

 # Keys

 - primary key `PK_ApplicationError` (`ApplicationErrorID`)
 - check `CK_ApplicationError_Severity`: `Severity IN ('WARNING', 'ERROR', 'CRITICAL')`
 - index `IX_ApplicationError_CreatedDate` (`CreatedDate DESC`)
 - index `IX_ApplicationError_ErrorType` (`ErrorType`)
 - index `IX_ApplicationError_RequestID` (`RequestID`)
*/
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationError {
    /// Surrogate key of the error record.
    pub application_error_id: i64,
    /// Error class or code (DatabaseError, ValidationError).
    pub error_type: ::std::string::String,
    /// Error message, with secrets masked.
    pub message: ::std::string::String,
    /// Stack trace or error chain, when available.
    pub stack_trace: ::core::option::Option<::std::string::String>,
    /// WARNING, ERROR or CRITICAL.
    pub severity: crate::log::ApplicationErrorSeverity,
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
    /// When the error happened (UTC).
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

::gen_runtime::table_meta!(
    ApplicationError = "log"."ApplicationError";
    columns[
        APPLICATION_ERROR_ID("bigint").identity(),
        ERROR_TYPE("nvarchar(200)"),
        MESSAGE("nvarchar(max)"),
        STACK_TRACE("nvarchar(max)").null(),
        SEVERITY("varchar(20)").default("'ERROR'"),
        SERVICE_NAME("varchar(100)").null(),
        PATH("nvarchar(2000)").null(),
        METHOD("varchar(10)").null(),
        USER_ID("bigint").null(),
        REQUEST_ID("uniqueidentifier").null(),
        CREATED_DATE("datetime2(7)").default("GETUTCDATE()")
    ];
    primary_key["PK_ApplicationError"("ApplicationErrorID")];
    foreign_keys[];
    uniques[];
    indexes[
        "IX_ApplicationError_CreatedDate"("CreatedDate"),
        "IX_ApplicationError_ErrorType"("ErrorType"),
        "IX_ApplicationError_RequestID"("RequestID")
    ];
);

/// A new row of `log.ApplicationError`: every column but identities; a column with a database default is `Defaulted::Default` (left to the database) or `Defaulted::Value(…)`.
#[derive(Debug, Clone)]
pub struct NewApplicationError {
    /// Error class or code (DatabaseError, ValidationError).
    pub error_type: ::std::string::String,
    /// Error message, with secrets masked.
    pub message: ::std::string::String,
    /// Stack trace or error chain, when available.
    pub stack_trace: ::core::option::Option<::std::string::String>,
    /// WARNING, ERROR or CRITICAL.
    pub severity: ::gen_runtime::Defaulted<crate::log::ApplicationErrorSeverity>,
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
    /// When the error happened (UTC).
    pub created_date: ::gen_runtime::Defaulted<::chrono::NaiveDateTime>,
}

::gen_runtime::record!(
    ApplicationError, NewApplicationError;
    application_error_id = get(0, APPLICATION_ERROR_ID),
    error_type = get(1, ERROR_TYPE),
    message = get(2, MESSAGE),
    stack_trace = opt(3, STACK_TRACE),
    severity = value_enum(4, SEVERITY),
    service_name = opt(5, SERVICE_NAME),
    path = opt(6, PATH),
    method = opt(7, METHOD),
    user_id = opt(8, USER_ID),
    request_id = opt(9, REQUEST_ID),
    created_date = get(10, CREATED_DATE);
    error_type,
    message,
    stack_trace,
    severity,
    service_name,
    path,
    method,
    user_id,
    request_id,
    created_date
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::new_row!(
    NewApplicationError;
    error_type: ::std::string::String,
    message: ::std::string::String;
    stack_trace,
    service_name,
    path,
    method,
    user_id,
    request_id;
    severity,
    created_date
);

/// The values of `log.ApplicationError.Severity`, from its check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ApplicationErrorSeverity {
    /// `WARNING`.
    Warning,
    /// `ERROR`.
    Error,
    /// `CRITICAL`.
    Critical,
}

::gen_runtime::value_enum!(
    ApplicationErrorSeverity, "log.ApplicationError.Severity";
    Warning = "WARNING",
    Error = "ERROR",
    Critical = "CRITICAL"
);
