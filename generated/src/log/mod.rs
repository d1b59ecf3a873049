// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// One row per HTTP request the API served, for tracing and usage reports.
pub mod api_request;
pub use self::api_request::ApiRequest;

/// Security events of sign-in, sign-out, verification and password reset.
pub mod auth_event;
pub use self::auth_event::AuthEvent;

/// Unhandled errors and logged failures of the backend services.
pub mod application_error;
pub use self::application_error::ApplicationError;
pub use self::application_error::ApplicationErrorSeverity;

/// Every email the platform sends and what became of it.
pub mod email_delivery;
pub use self::email_delivery::EmailDelivery;
pub use self::email_delivery::EmailDeliveryStatus;
