// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// One-time tokens emailed to confirm an email address; stored only as hashes.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#dbo-user_email_verification_token).
/// References: [`User`](crate::dbo::User).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
pub struct UserEmailVerificationToken {
    /// Surrogate key of the email verification token.
    #[cfg_attr(feature = "serde", serde(rename = "UserEmailVerificationTokenID"))]
    pub user_email_verification_token_id: i64,
    /// The user the token belongs to (dbo.User).
    #[cfg_attr(feature = "serde", serde(rename = "UserID"))]
    pub user_id: i64,
    /// SHA-256 of the email verification token as 64 lower-case hex characters; the token itself is never stored.
    #[cfg_attr(feature = "serde", serde(rename = "TokenHash"))]
    pub token_hash: ::std::string::String,
    /// When the token stops being accepted (UTC).
    #[cfg_attr(feature = "serde", serde(rename = "ExpiryDate"))]
    pub expiry_date: ::chrono::NaiveDateTime,
    /// When the token was used (UTC); a used token is never accepted again.
    #[cfg_attr(feature = "serde", serde(rename = "UsedDate"))]
    pub used_date: ::core::option::Option<::chrono::NaiveDateTime>,
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
/// Column names of `dbo.UserEmailVerificationToken`, for SQL text.
pub mod columns {
    /// Surrogate key of the email verification token.
    pub const USER_EMAIL_VERIFICATION_TOKEN_ID: &str = "UserEmailVerificationTokenID";
    /// The user the token belongs to (dbo.User).
    pub const USER_ID: &str = "UserID";
    /// SHA-256 of the email verification token as 64 lower-case hex characters; the token itself is never stored.
    pub const TOKEN_HASH: &str = "TokenHash";
    /// When the token stops being accepted (UTC).
    pub const EXPIRY_DATE: &str = "ExpiryDate";
    /// When the token was used (UTC); a used token is never accepted again.
    pub const USED_DATE: &str = "UsedDate";
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
impl ::gen_runtime::Table for UserEmailVerificationToken {
    const META: &'static ::gen_runtime::TableMeta = &::gen_runtime::TableMeta {
        schema: "dbo",
        name: "UserEmailVerificationToken",
        columns: &[
            ::gen_runtime::ColumnMeta::new(
                self::columns::USER_EMAIL_VERIFICATION_TOKEN_ID,
                "bigint",
                false,
                true,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::USER_ID,
                "bigint",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::TOKEN_HASH,
                "char(64)",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::EXPIRY_DATE,
                "datetime2(7)",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::USED_DATE,
                "datetime2(7)",
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
        primary_key_name: "PK_UserEmailVerificationToken",
        primary_key: &["UserEmailVerificationTokenID"],
        foreign_keys: &[
            ::gen_runtime::ForeignKeyMeta {
                name: "FK_UserEmailVerificationToken_User",
                columns: &["UserID"],
                ref_schema: "dbo",
                ref_table: "User",
                ref_columns: &["UserID"],
            },
        ],
        uniques: &[
            ::gen_runtime::IndexMeta {
                name: "UQ_UserEmailVerificationToken_TokenHash",
                columns: &["TokenHash"],
                unique: true,
            },
        ],
        indexes: &[
            ::gen_runtime::IndexMeta {
                name: "IX_UserEmailVerificationToken_UserID",
                columns: &["UserID"],
                unique: false,
            },
            ::gen_runtime::IndexMeta {
                name: "IX_UserEmailVerificationToken_ExpiryDate",
                columns: &["ExpiryDate"],
                unique: false,
            },
        ],
    };
}
/// A new row of `dbo.UserEmailVerificationToken`: every column but identities and database defaults.
#[derive(Debug, Clone)]
pub struct NewUserEmailVerificationToken {
    /// The user the token belongs to (dbo.User).
    pub user_id: i64,
    /// SHA-256 of the email verification token as 64 lower-case hex characters; the token itself is never stored.
    pub token_hash: ::std::string::String,
    /// When the token stops being accepted (UTC).
    pub expiry_date: ::chrono::NaiveDateTime,
    /// When the token was used (UTC); a used token is never accepted again.
    pub used_date: ::core::option::Option<::chrono::NaiveDateTime>,
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
    UserEmailVerificationToken, NewUserEmailVerificationToken; get
    user_email_verification_token_id, get user_id, get token_hash, get expiry_date, opt
    used_date, get created_date, opt created_by, get updated_date, opt updated_by, get
    is_deleted, opt deleted_date, opt deleted_by,; user_id, token_hash, expiry_date,
    used_date, created_by, updated_by, deleted_date, deleted_by,
);
::gen_runtime::navigation!(
    UserEmailVerificationToken[0] => crate ::dbo::User; user, user_sql,
    " The live `dbo.User` row that `UserID` references (FK_UserEmailVerificationToken_User); `None` when the key is NULL or the row is gone or soft-deleted.";
    user_email_verification_tokens, user_email_verification_tokens_sql,
    " The live `dbo.UserEmailVerificationToken` rows whose `UserID` references this row (FK_UserEmailVerificationToken_User)."
);
