// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// A person who can sign in: identity, credentials and onboarding state.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#dbo-user).
/// References: [`UserStatusRow`](crate::ref_::UserStatusRow).
/// Referenced by: [`UserCompany`](crate::dbo::UserCompany), [`UserRefreshToken`](crate::dbo::UserRefreshToken), [`UserInvitation`](crate::dbo::UserInvitation), [`UserEmailVerificationToken`](crate::dbo::UserEmailVerificationToken), [`UserPasswordResetToken`](crate::dbo::UserPasswordResetToken).
/**
 # Columns

 | Column | Rust field | SQL type | Null | Default |
 |---|---|---|---|---|
 | `UserID` | `user_id` | `bigint identity` | no |  |
 | `Email` | `email` | `nvarchar(255)` | no |  |
 | `PasswordHash` | `password_hash` | `nvarchar(255)` | no |  |
 | `FirstName` | `first_name` | `nvarchar(100)` | yes |  |
 | `LastName` | `last_name` | `nvarchar(100)` | yes |  |
 | `Phone` | `phone` | `nvarchar(20)` | yes |  |
 | `RoleTitle` | `role_title` | `nvarchar(100)` | yes |  |
 | `IsEmailVerified` | `is_email_verified` | `bit` | no | `false` |
 | `EmailVerifiedDate` | `email_verified_date` | `datetime2(7)` | yes |  |
 | `OnboardingComplete` | `onboarding_complete` | `bit` | no | `false` |
 | `LastLogin` | `last_login` | `datetime2(7)` | yes |  |
 | `AccessTokenVersion` | `access_token_version` | `int` | no | `1` |
 | `StatusID` | `status_id` | `int` | no |  |
 | `CreatedDate` | `created_date` | `datetime2(7)` | no | `GETUTCDATE()` |
 | `CreatedBy` | `created_by` | `bigint` | yes |  |
 | `UpdatedDate` | `updated_date` | `datetime2(7)` | no | `GETUTCDATE()` |
 | `UpdatedBy` | `updated_by` | `bigint` | yes |  |
 | `IsDeleted` | `is_deleted` | `bit` | no | `false` |
 | `DeletedDate` | `deleted_date` | `datetime2(7)` | yes |  |
 | `DeletedBy` | `deleted_by` | `bigint` | yes |  |

 # Keys

 - primary key `PK_User` (`UserID`)
 - unique `UQ_User_Email` (`Email`)
 - check `CK_User_Email`: `Email LIKE '%_@_%'`
 - check `CK_User_AccessTokenVersion`: `AccessTokenVersion >= 1`
 - foreign key `FK_User_UserStatus` (`StatusID`) → `ref.UserStatus` (`UserStatusID`)
 - index `IX_User_StatusID` (`StatusID`)
*/
#[derive(Debug, Clone, PartialEq)]
pub struct User {
    /// Surrogate key of the user.
    pub user_id: i64,
    /// Sign-in email address, stored lower-case; unique.
    pub email: ::std::string::String,
    /// bcrypt hash of the password (cost 12, $2b$ format); never the password itself.
    pub password_hash: ::std::string::String,
    /// Given name.
    pub first_name: ::core::option::Option<::std::string::String>,
    /// Family name.
    pub last_name: ::core::option::Option<::std::string::String>,
    /// Contact phone number in E.164 form (+61412345678).
    pub phone: ::core::option::Option<::std::string::String>,
    /// Job title the user gives, free text (Marketing Manager).
    pub role_title: ::core::option::Option<::std::string::String>,
    /// Whether the user has confirmed their email address.
    pub is_email_verified: bool,
    /// When the email address was confirmed (UTC).
    pub email_verified_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// Whether the user has finished the onboarding wizard.
    pub onboarding_complete: bool,
    /// When the user last signed in successfully (UTC).
    pub last_login: ::core::option::Option<::chrono::NaiveDateTime>,
    /// Embedded in access tokens; incrementing it revokes every token issued before.
    pub access_token_version: i32,
    /// Account state (ref.UserStatus); named StatusID by the live database.
    pub status_id: crate::ref_::UserStatus,
    /// When the row was created (UTC).
    pub created_date: ::chrono::NaiveDateTime,
    /// UserID of who created the row; NULL for the system (not a foreign key).
    pub created_by: ::core::option::Option<i64>,
    /// When the row was last updated (UTC).
    pub updated_date: ::chrono::NaiveDateTime,
    /// UserID of who last updated the row; NULL for the system (not a foreign key).
    pub updated_by: ::core::option::Option<i64>,
    /// Soft-delete flag; deleted rows stay for audit and are hidden by services.
    pub is_deleted: bool,
    /// When the row was soft-deleted (UTC); NULL while live.
    pub deleted_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// UserID of who soft-deleted the row (not a foreign key).
    pub deleted_by: ::core::option::Option<i64>,
}

/// Column names of `dbo.User`, for SQL text.
pub mod columns {
    /// Surrogate key of the user.
    pub const USER_ID: &str = "UserID";
    /// Sign-in email address, stored lower-case; unique.
    pub const EMAIL: &str = "Email";
    /// bcrypt hash of the password (cost 12, $2b$ format); never the password itself.
    pub const PASSWORD_HASH: &str = "PasswordHash";
    /// Given name.
    pub const FIRST_NAME: &str = "FirstName";
    /// Family name.
    pub const LAST_NAME: &str = "LastName";
    /// Contact phone number in E.164 form (+61412345678).
    pub const PHONE: &str = "Phone";
    /// Job title the user gives, free text (Marketing Manager).
    pub const ROLE_TITLE: &str = "RoleTitle";
    /// Whether the user has confirmed their email address.
    pub const IS_EMAIL_VERIFIED: &str = "IsEmailVerified";
    /// When the email address was confirmed (UTC).
    pub const EMAIL_VERIFIED_DATE: &str = "EmailVerifiedDate";
    /// Whether the user has finished the onboarding wizard.
    pub const ONBOARDING_COMPLETE: &str = "OnboardingComplete";
    /// When the user last signed in successfully (UTC).
    pub const LAST_LOGIN: &str = "LastLogin";
    /// Embedded in access tokens; incrementing it revokes every token issued before.
    pub const ACCESS_TOKEN_VERSION: &str = "AccessTokenVersion";
    /// Account state (ref.UserStatus); named StatusID by the live database.
    pub const STATUS_ID: &str = "StatusID";
    /// When the row was created (UTC).
    pub const CREATED_DATE: &str = "CreatedDate";
    /// UserID of who created the row; NULL for the system (not a foreign key).
    pub const CREATED_BY: &str = "CreatedBy";
    /// When the row was last updated (UTC).
    pub const UPDATED_DATE: &str = "UpdatedDate";
    /// UserID of who last updated the row; NULL for the system (not a foreign key).
    pub const UPDATED_BY: &str = "UpdatedBy";
    /// Soft-delete flag; deleted rows stay for audit and are hidden by services.
    pub const IS_DELETED: &str = "IsDeleted";
    /// When the row was soft-deleted (UTC); NULL while live.
    pub const DELETED_DATE: &str = "DeletedDate";
    /// UserID of who soft-deleted the row (not a foreign key).
    pub const DELETED_BY: &str = "DeletedBy";
}

::gen_runtime::table_meta!(
    User = "dbo"."User";
    columns[
        USER_ID("bigint").identity(),
        EMAIL("nvarchar(255)"),
        PASSWORD_HASH("nvarchar(255)"),
        FIRST_NAME("nvarchar(100)").null(),
        LAST_NAME("nvarchar(100)").null(),
        PHONE("nvarchar(20)").null(),
        ROLE_TITLE("nvarchar(100)").null(),
        IS_EMAIL_VERIFIED("bit").default("false"),
        EMAIL_VERIFIED_DATE("datetime2(7)").null(),
        ONBOARDING_COMPLETE("bit").default("false"),
        LAST_LOGIN("datetime2(7)").null(),
        ACCESS_TOKEN_VERSION("int").default("1"),
        STATUS_ID("int"),
        CREATED_DATE("datetime2(7)").default("GETUTCDATE()"),
        CREATED_BY("bigint").null(),
        UPDATED_DATE("datetime2(7)").default("GETUTCDATE()"),
        UPDATED_BY("bigint").null(),
        IS_DELETED("bit").default("false"),
        DELETED_DATE("datetime2(7)").null(),
        DELETED_BY("bigint").null()
    ];
    primary_key["PK_User"("UserID")];
    foreign_keys["FK_User_UserStatus"("StatusID") => "ref"."UserStatus"("UserStatusID")];
    uniques["UQ_User_Email"("Email")];
    indexes["IX_User_StatusID"("StatusID")];
);

/// A new row of `dbo.User`: every column but identities; a column with a database default is `Defaulted::Default` (left to the database) or `Defaulted::Value(…)`.
#[derive(Debug, Clone)]
pub struct NewUser {
    /// Sign-in email address, stored lower-case; unique.
    pub email: ::std::string::String,
    /// bcrypt hash of the password (cost 12, $2b$ format); never the password itself.
    pub password_hash: ::std::string::String,
    /// Given name.
    pub first_name: ::core::option::Option<::std::string::String>,
    /// Family name.
    pub last_name: ::core::option::Option<::std::string::String>,
    /// Contact phone number in E.164 form (+61412345678).
    pub phone: ::core::option::Option<::std::string::String>,
    /// Job title the user gives, free text (Marketing Manager).
    pub role_title: ::core::option::Option<::std::string::String>,
    /// Whether the user has confirmed their email address.
    pub is_email_verified: ::gen_runtime::Defaulted<bool>,
    /// When the email address was confirmed (UTC).
    pub email_verified_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// Whether the user has finished the onboarding wizard.
    pub onboarding_complete: ::gen_runtime::Defaulted<bool>,
    /// When the user last signed in successfully (UTC).
    pub last_login: ::core::option::Option<::chrono::NaiveDateTime>,
    /// Embedded in access tokens; incrementing it revokes every token issued before.
    pub access_token_version: ::gen_runtime::Defaulted<i32>,
    /// Account state (ref.UserStatus); named StatusID by the live database.
    pub status_id: crate::ref_::UserStatus,
    /// When the row was created (UTC).
    pub created_date: ::gen_runtime::Defaulted<::chrono::NaiveDateTime>,
    /// UserID of who created the row; NULL for the system (not a foreign key).
    pub created_by: ::core::option::Option<i64>,
    /// When the row was last updated (UTC).
    pub updated_date: ::gen_runtime::Defaulted<::chrono::NaiveDateTime>,
    /// UserID of who last updated the row; NULL for the system (not a foreign key).
    pub updated_by: ::core::option::Option<i64>,
    /// Soft-delete flag; deleted rows stay for audit and are hidden by services.
    pub is_deleted: ::gen_runtime::Defaulted<bool>,
    /// When the row was soft-deleted (UTC); NULL while live.
    pub deleted_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// UserID of who soft-deleted the row (not a foreign key).
    pub deleted_by: ::core::option::Option<i64>,
}

::gen_runtime::record!(
    User, NewUser;
    user_id = get(0, USER_ID),
    email = get(1, EMAIL),
    password_hash = get(2, PASSWORD_HASH),
    first_name = opt(3, FIRST_NAME),
    last_name = opt(4, LAST_NAME),
    phone = opt(5, PHONE),
    role_title = opt(6, ROLE_TITLE),
    is_email_verified = get(7, IS_EMAIL_VERIFIED),
    email_verified_date = opt(8, EMAIL_VERIFIED_DATE),
    onboarding_complete = get(9, ONBOARDING_COMPLETE),
    last_login = opt(10, LAST_LOGIN),
    access_token_version = get(11, ACCESS_TOKEN_VERSION),
    status_id = reference(12, STATUS_ID),
    created_date = get(13, CREATED_DATE),
    created_by = opt(14, CREATED_BY),
    updated_date = get(15, UPDATED_DATE),
    updated_by = opt(16, UPDATED_BY),
    is_deleted = get(17, IS_DELETED),
    deleted_date = opt(18, DELETED_DATE),
    deleted_by = opt(19, DELETED_BY);
    email,
    password_hash,
    first_name,
    last_name,
    phone,
    role_title,
    is_email_verified,
    email_verified_date,
    onboarding_complete,
    last_login,
    access_token_version,
    status_id,
    created_date,
    created_by,
    updated_date,
    updated_by,
    is_deleted,
    deleted_date,
    deleted_by
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::new_row!(
    NewUser;
    email: ::std::string::String,
    password_hash: ::std::string::String,
    status_id: crate::ref_::UserStatus;
    first_name,
    last_name,
    phone,
    role_title,
    email_verified_date,
    last_login,
    created_by,
    updated_by,
    deleted_date,
    deleted_by;
    is_email_verified,
    onboarding_complete,
    access_token_version,
    created_date,
    updated_date,
    is_deleted
);

::gen_runtime::navigation!(
    User[0] => crate::ref_::UserStatusRow;
    status,
    " The live `ref.UserStatus` row that `StatusID` references (FK_User_UserStatus); `None` when the key is NULL or the row is gone or soft-deleted.";
    status_sql,
    " The SQL behind `status`: selects the `ref.UserStatus` row that `StatusID` of `dbo.User` references (foreign key FK_User_UserStatus); its parameters are the key's columns.";
    users_by_status,
    " The live `dbo.User` rows whose `StatusID` references this row (FK_User_UserStatus).";
    users_by_status_sql,
    " The SQL behind `users_by_status`: selects the `dbo.User` rows whose `StatusID` references a `ref.UserStatus` row (foreign key FK_User_UserStatus); its parameters are the referenced columns."
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::finders!(
    User;
    by_email = unique(0; email: &str),
    " The `dbo.User` row whose `Email` equals the argument (UQ_User_Email). Live rows only unless `.including_deleted()`.";
    for_status = foreign_key(0; status_id: crate::ref_::UserStatus),
    " The `dbo.User` rows whose `StatusID` equals the argument (FK_User_UserStatus). Live rows only unless `.including_deleted()`."
);
