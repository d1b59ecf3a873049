// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Runtime settings administrators can change without a deployment.
pub mod app_setting;
pub use self::app_setting::AppSetting;

/// Field validation rules applied by the API and the web client alike.
pub mod validation_rule;
pub use self::validation_rule::ValidationRule;
