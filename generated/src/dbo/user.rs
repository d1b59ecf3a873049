// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// A person who can sign in: identity, credentials and onboarding state.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#dbo-user).
/// References: [`UserStatusRow`](crate::ref_::UserStatusRow).
/// Referenced by: [`UserCompany`](crate::dbo::UserCompany), [`UserRefreshToken`](crate::dbo::UserRefreshToken), [`UserInvitation`](crate::dbo::UserInvitation), [`UserEmailVerificationToken`](crate::dbo::UserEmailVerificationToken), [`UserPasswordResetToken`](crate::dbo::UserPasswordResetToken).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
pub struct User {
    /// Surrogate key of the user.
    #[cfg_attr(feature = "serde", serde(rename = "UserID"))]
    pub user_id: i64,
    /// Sign-in email address, stored lower-case; unique.
    #[cfg_attr(feature = "serde", serde(rename = "Email"))]
    pub email: ::std::string::String,
    /// bcrypt hash of the password (cost 12, $2b$ format); never the password itself.
    #[cfg_attr(feature = "serde", serde(rename = "PasswordHash"))]
    pub password_hash: ::std::string::String,
    /// Given name.
    #[cfg_attr(feature = "serde", serde(rename = "FirstName"))]
    pub first_name: ::core::option::Option<::std::string::String>,
    /// Family name.
    #[cfg_attr(feature = "serde", serde(rename = "LastName"))]
    pub last_name: ::core::option::Option<::std::string::String>,
    /// Contact phone number in E.164 form (+61412345678).
    #[cfg_attr(feature = "serde", serde(rename = "Phone"))]
    pub phone: ::core::option::Option<::std::string::String>,
    /// Job title the user gives, free text (Marketing Manager).
    #[cfg_attr(feature = "serde", serde(rename = "RoleTitle"))]
    pub role_title: ::core::option::Option<::std::string::String>,
    /// Whether the user has confirmed their email address.
    #[cfg_attr(feature = "serde", serde(rename = "IsEmailVerified"))]
    pub is_email_verified: bool,
    /// When the email address was confirmed (UTC).
    #[cfg_attr(feature = "serde", serde(rename = "EmailVerifiedDate"))]
    pub email_verified_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// Whether the user has finished the onboarding wizard.
    #[cfg_attr(feature = "serde", serde(rename = "OnboardingComplete"))]
    pub onboarding_complete: bool,
    /// When the user last signed in successfully (UTC).
    #[cfg_attr(feature = "serde", serde(rename = "LastLogin"))]
    pub last_login: ::core::option::Option<::chrono::NaiveDateTime>,
    /// Embedded in access tokens; incrementing it revokes every token issued before.
    #[cfg_attr(feature = "serde", serde(rename = "AccessTokenVersion"))]
    pub access_token_version: i32,
    /// Account state (ref.UserStatus); named StatusID by the live database.
    #[cfg_attr(feature = "serde", serde(rename = "StatusID"))]
    pub status_id: crate::ref_::UserStatus,
    /// When the row was created (UTC).
    #[cfg_attr(feature = "serde", serde(rename = "CreatedDate"))]
    pub created_date: ::chrono::NaiveDateTime,
    /// UserID of who created the row; NULL for the system (not a foreign key).
    #[cfg_attr(feature = "serde", serde(rename = "CreatedBy"))]
    pub created_by: ::core::option::Option<i64>,
    /// When the row was last updated (UTC).
    #[cfg_attr(feature = "serde", serde(rename = "UpdatedDate"))]
    pub updated_date: ::chrono::NaiveDateTime,
    /// UserID of who last updated the row; NULL for the system (not a foreign key).
    #[cfg_attr(feature = "serde", serde(rename = "UpdatedBy"))]
    pub updated_by: ::core::option::Option<i64>,
    /// Soft-delete flag; deleted rows stay for audit and are hidden by services.
    #[cfg_attr(feature = "serde", serde(rename = "IsDeleted"))]
    pub is_deleted: bool,
    /// When the row was soft-deleted (UTC); NULL while live.
    #[cfg_attr(feature = "serde", serde(rename = "DeletedDate"))]
    pub deleted_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// UserID of who soft-deleted the row (not a foreign key).
    #[cfg_attr(feature = "serde", serde(rename = "DeletedBy"))]
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
impl ::gen_runtime::Table for User {
    const META: &'static ::gen_runtime::TableMeta = &::gen_runtime::TableMeta {
        schema: "dbo",
        name: "User",
        columns: &[
            ::gen_runtime::ColumnMeta::new(
                self::columns::USER_ID,
                "bigint",
                false,
                true,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::EMAIL,
                "nvarchar(255)",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::PASSWORD_HASH,
                "nvarchar(255)",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::FIRST_NAME,
                "nvarchar(100)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::LAST_NAME,
                "nvarchar(100)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::PHONE,
                "nvarchar(20)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::ROLE_TITLE,
                "nvarchar(100)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::IS_EMAIL_VERIFIED,
                "bit",
                false,
                false,
                Some("false"),
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::EMAIL_VERIFIED_DATE,
                "datetime2(7)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::ONBOARDING_COMPLETE,
                "bit",
                false,
                false,
                Some("false"),
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::LAST_LOGIN,
                "datetime2(7)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::ACCESS_TOKEN_VERSION,
                "int",
                false,
                false,
                Some("1"),
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::STATUS_ID,
                "int",
                false,
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
            ::gen_runtime::ColumnMeta::new(
                self::columns::CREATED_BY,
                "bigint",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::UPDATED_DATE,
                "datetime2(7)",
                false,
                false,
                Some("GETUTCDATE()"),
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::UPDATED_BY,
                "bigint",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::IS_DELETED,
                "bit",
                false,
                false,
                Some("false"),
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::DELETED_DATE,
                "datetime2(7)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::DELETED_BY,
                "bigint",
                true,
                false,
                None,
            ),
        ],
        primary_key_name: "PK_User",
        primary_key: &["UserID"],
        foreign_keys: &[
            ::gen_runtime::ForeignKeyMeta {
                name: "FK_User_UserStatus",
                columns: &["StatusID"],
                ref_schema: "ref",
                ref_table: "UserStatus",
                ref_columns: &["UserStatusID"],
            },
        ],
        uniques: &[
            ::gen_runtime::IndexMeta {
                name: "UQ_User_Email",
                columns: &["Email"],
                unique: true,
            },
        ],
        indexes: &[
            ::gen_runtime::IndexMeta {
                name: "IX_User_StatusID",
                columns: &["StatusID"],
                unique: false,
            },
        ],
    };
}
/// A new row of `dbo.User`: every column but identities and database defaults.
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
    /// When the email address was confirmed (UTC).
    pub email_verified_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// When the user last signed in successfully (UTC).
    pub last_login: ::core::option::Option<::chrono::NaiveDateTime>,
    /// Account state (ref.UserStatus); named StatusID by the live database.
    pub status_id: crate::ref_::UserStatus,
    /// UserID of who created the row; NULL for the system (not a foreign key).
    pub created_by: ::core::option::Option<i64>,
    /// UserID of who last updated the row; NULL for the system (not a foreign key).
    pub updated_by: ::core::option::Option<i64>,
    /// When the row was soft-deleted (UTC); NULL while live.
    pub deleted_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// UserID of who soft-deleted the row (not a foreign key).
    pub deleted_by: ::core::option::Option<i64>,
}
::gen_runtime::record!(
    User, NewUser; get user_id, get email, get password_hash, opt first_name, opt
    last_name, opt phone, opt role_title, get is_email_verified, opt email_verified_date,
    get onboarding_complete, opt last_login, get access_token_version, reference
    status_id, get created_date, opt created_by, get updated_date, opt updated_by, get
    is_deleted, opt deleted_date, opt deleted_by,; email, password_hash, first_name,
    last_name, phone, role_title, email_verified_date, last_login, status_id, created_by,
    updated_by, deleted_date, deleted_by,
);
::gen_runtime::navigation!(
    User[0] => crate ::ref_::UserStatusRow; status, status_sql,
    " The live `ref.UserStatus` row that `StatusID` references (FK_User_UserStatus); `None` when the key is NULL or the row is gone or soft-deleted.";
    users_by_status, users_by_status_sql,
    " The live `dbo.User` rows whose `StatusID` references this row (FK_User_UserStatus)."
);
