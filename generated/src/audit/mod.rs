// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Business-level activity feed: who did what to which entity.
pub mod activity_log;
pub use self::activity_log::ActivityLog;

/// Field-level change history of dbo.User.
pub mod user;
pub use self::user::User;
pub use self::user::AuditUserChangeType;

/// Field-level change history of dbo.Company.
pub mod company;
pub use self::company::Company;
pub use self::company::AuditCompanyChangeType;

/// History of role grants and changes, platform-wide and per company.
pub mod role;
pub use self::role::Role;
pub use self::role::AuditRoleChangeType;
