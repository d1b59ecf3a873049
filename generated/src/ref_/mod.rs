// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Countries for addresses and phone numbers (ISO 3166-1).
pub mod country;
pub use self::country::Country;
pub use self::country::CountryRow;

/// Languages for the user interface and emails (ISO 639-1).
pub mod language;
pub use self::language::Language;
pub use self::language::LanguageRow;

/// Industries a company can operate in, for segmentation and reporting.
pub mod industry;
pub use self::industry::Industry;
pub use self::industry::IndustryRow;

/// Time zones for showing UTC timestamps in local time (IANA names).
pub mod timezone;
pub use self::timezone::Timezone;
pub use self::timezone::TimezoneRow;

/// Lifecycle state of a user account.
pub mod user_status;
pub use self::user_status::UserStatus;
pub use self::user_status::UserStatusRow;

/// State of an invitation to join a company.
pub mod user_invitation_status;
pub use self::user_invitation_status::UserInvitationStatus;
pub use self::user_invitation_status::UserInvitationStatusRow;

/// Platform-wide roles, independent of any company.
pub mod user_role;
pub use self::user_role::UserRole;
pub use self::user_role::UserRoleRow;

/// A user's role within one company.
pub mod user_company_role;
pub use self::user_company_role::UserCompanyRole;
pub use self::user_company_role::UserCompanyRoleRow;

/// State of a user's membership in a company.
pub mod user_company_status;
pub use self::user_company_status::UserCompanyStatus;
pub use self::user_company_status::UserCompanyStatusRow;

/// Groups of application settings, for the settings screen.
pub mod setting_category;
pub use self::setting_category::SettingCategory;
pub use self::setting_category::SettingCategoryRow;

/// Data type of an application setting's value, used to parse and validate it.
pub mod setting_type;
pub use self::setting_type::SettingType;
pub use self::setting_type::SettingTypeRow;

/// Kinds of validation rule and how their RuleValue is read.
pub mod rule_type;
pub use self::rule_type::RuleType;
pub use self::rule_type::RuleTypeRow;

/// Subscription tiers a customer company can be on.
pub mod customer_tier;
pub use self::customer_tier::CustomerTier;
pub use self::customer_tier::CustomerTierRow;

/// How a user became a member of a company.
pub mod joined_via;
pub use self::joined_via::JoinedVia;
pub use self::joined_via::JoinedViaRow;
