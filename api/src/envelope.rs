//! The JSON envelopes every endpoint answers with.
//!
//! ```json
//! {"success": true, "message": "Company created", "data": {"companyId": 7}}
//! {"error": "Validation failed", "details": {"field": "pageSize", "reason": "…"}}
//! ```
//! `message`, `data` and `details` are always present and `null` when empty, as the platform's
//! earlier Pydantic models wrote them.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A successful (or plainly reported) answer: `{"success", "message", "data"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BaseResponse<T> {
    /// Whether the request did what it asked.
    pub success: bool,
    /// A sentence for the user, if any.
    pub message: Option<String>,
    /// The payload, if any.
    pub data: Option<T>,
}

impl<T> BaseResponse<T> {
    /// `success: true` with `data` and no message.
    pub fn ok(data: T) -> Self {
        Self {
            success: true,
            message: None,
            data: Some(data),
        }
    }

    /// `success: true` with `data` and a message.
    pub fn ok_with_message(data: T, message: impl Into<String>) -> Self {
        Self {
            success: true,
            message: Some(message.into()),
            data: Some(data),
        }
    }

    /// A message without data; `success` as given.
    pub fn message(success: bool, message: impl Into<String>) -> Self {
        Self {
            success,
            message: Some(message.into()),
            data: None,
        }
    }
}

/// An error answer: `{"error", "details"}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ErrorResponse {
    /// What went wrong, in a sentence safe to show the user (never a secret or a stack trace).
    pub error: String,
    /// Structured detail, such as the field that failed validation and why.
    pub details: Option<Value>,
}

impl ErrorResponse {
    /// An error without details.
    pub fn new(error: impl Into<String>) -> Self {
        Self {
            error: error.into(),
            details: None,
        }
    }

    /// The same error with `details`.
    pub fn with_details(self, details: Value) -> Self {
        Self {
            details: Some(details),
            ..self
        }
    }

    /// A validation error on one request field: details `{"field": …, "reason": …}`.
    pub fn invalid_field(field: &str, reason: impl std::fmt::Display) -> Self {
        Self::new("Validation failed").with_details(serde_json::json!({
            "field": field,
            "reason": reason.to_string(),
        }))
    }
}
