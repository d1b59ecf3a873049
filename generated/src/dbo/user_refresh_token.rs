// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Refresh tokens issued at sign-in, rotated on every use; stored only as hashes.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#dbo-user_refresh_token).
/// References: [`User`](crate::dbo::User).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
pub struct UserRefreshToken {
    /// Surrogate key of the refresh token.
    #[cfg_attr(feature = "serde", serde(rename = "UserRefreshTokenID"))]
    pub user_refresh_token_id: i64,
    /// The user the token signs in (dbo.User).
    #[cfg_attr(feature = "serde", serde(rename = "UserID"))]
    pub user_id: i64,
    /// SHA-256 of the refresh token as 64 lower-case hex characters; the token itself is never stored.
    #[cfg_attr(feature = "serde", serde(rename = "TokenHash"))]
    pub token_hash: ::std::string::String,
    /// Shared by every token of one rotation chain; reuse of a rotated token revokes the family.
    #[cfg_attr(feature = "serde", serde(rename = "TokenFamilyID"))]
    pub token_family_id: ::uuid::Uuid,
    /// When the token stops being accepted (UTC).
    #[cfg_attr(feature = "serde", serde(rename = "ExpiryDate"))]
    pub expiry_date: ::chrono::NaiveDateTime,
    /// When the token was revoked (UTC); NULL while valid.
    #[cfg_attr(feature = "serde", serde(rename = "RevokedDate"))]
    pub revoked_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// Why it was revoked (ROTATED, SIGNED_OUT, REUSE_DETECTED, PASSWORD_CHANGED).
    #[cfg_attr(feature = "serde", serde(rename = "RevokedReason"))]
    pub revoked_reason: ::core::option::Option<::std::string::String>,
    /// Client IP address at issue, IPv4 or IPv6 text.
    #[cfg_attr(feature = "serde", serde(rename = "IPAddress"))]
    pub ip_address: ::core::option::Option<::std::string::String>,
    /// Client User-Agent header at issue, truncated to 500 characters.
    #[cfg_attr(feature = "serde", serde(rename = "UserAgent"))]
    pub user_agent: ::core::option::Option<::std::string::String>,
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
/// Column names of `dbo.UserRefreshToken`, for SQL text.
pub mod columns {
    /// Surrogate key of the refresh token.
    pub const USER_REFRESH_TOKEN_ID: &str = "UserRefreshTokenID";
    /// The user the token signs in (dbo.User).
    pub const USER_ID: &str = "UserID";
    /// SHA-256 of the refresh token as 64 lower-case hex characters; the token itself is never stored.
    pub const TOKEN_HASH: &str = "TokenHash";
    /// Shared by every token of one rotation chain; reuse of a rotated token revokes the family.
    pub const TOKEN_FAMILY_ID: &str = "TokenFamilyID";
    /// When the token stops being accepted (UTC).
    pub const EXPIRY_DATE: &str = "ExpiryDate";
    /// When the token was revoked (UTC); NULL while valid.
    pub const REVOKED_DATE: &str = "RevokedDate";
    /// Why it was revoked (ROTATED, SIGNED_OUT, REUSE_DETECTED, PASSWORD_CHANGED).
    pub const REVOKED_REASON: &str = "RevokedReason";
    /// Client IP address at issue, IPv4 or IPv6 text.
    pub const IP_ADDRESS: &str = "IPAddress";
    /// Client User-Agent header at issue, truncated to 500 characters.
    pub const USER_AGENT: &str = "UserAgent";
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
impl ::gen_runtime::Table for UserRefreshToken {
    const META: &'static ::gen_runtime::TableMeta = &::gen_runtime::TableMeta {
        schema: "dbo",
        name: "UserRefreshToken",
        columns: &[
            ::gen_runtime::ColumnMeta::new(
                self::columns::USER_REFRESH_TOKEN_ID,
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
                self::columns::TOKEN_FAMILY_ID,
                "uniqueidentifier",
                false,
                false,
                Some("NEWID()"),
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::EXPIRY_DATE,
                "datetime2(7)",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::REVOKED_DATE,
                "datetime2(7)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::REVOKED_REASON,
                "nvarchar(100)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::IP_ADDRESS,
                "varchar(45)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::USER_AGENT,
                "nvarchar(500)",
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
        primary_key_name: "PK_UserRefreshToken",
        primary_key: &["UserRefreshTokenID"],
        foreign_keys: &[
            ::gen_runtime::ForeignKeyMeta {
                name: "FK_UserRefreshToken_User",
                columns: &["UserID"],
                ref_schema: "dbo",
                ref_table: "User",
                ref_columns: &["UserID"],
            },
        ],
        uniques: &[
            ::gen_runtime::IndexMeta {
                name: "UQ_UserRefreshToken_TokenHash",
                columns: &["TokenHash"],
                unique: true,
            },
        ],
        indexes: &[
            ::gen_runtime::IndexMeta {
                name: "IX_UserRefreshToken_UserID",
                columns: &["UserID"],
                unique: false,
            },
            ::gen_runtime::IndexMeta {
                name: "IX_UserRefreshToken_TokenFamilyID",
                columns: &["TokenFamilyID"],
                unique: false,
            },
            ::gen_runtime::IndexMeta {
                name: "IX_UserRefreshToken_ExpiryDate",
                columns: &["ExpiryDate"],
                unique: false,
            },
        ],
    };
}
/// A new row of `dbo.UserRefreshToken`: every column but identities and database defaults.
#[derive(Debug, Clone)]
pub struct NewUserRefreshToken {
    /// The user the token signs in (dbo.User).
    pub user_id: i64,
    /// SHA-256 of the refresh token as 64 lower-case hex characters; the token itself is never stored.
    pub token_hash: ::std::string::String,
    /// When the token stops being accepted (UTC).
    pub expiry_date: ::chrono::NaiveDateTime,
    /// When the token was revoked (UTC); NULL while valid.
    pub revoked_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// Why it was revoked (ROTATED, SIGNED_OUT, REUSE_DETECTED, PASSWORD_CHANGED).
    pub revoked_reason: ::core::option::Option<::std::string::String>,
    /// Client IP address at issue, IPv4 or IPv6 text.
    pub ip_address: ::core::option::Option<::std::string::String>,
    /// Client User-Agent header at issue, truncated to 500 characters.
    pub user_agent: ::core::option::Option<::std::string::String>,
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
    UserRefreshToken, NewUserRefreshToken; get user_refresh_token_id, get user_id, get
    token_hash, get token_family_id, get expiry_date, opt revoked_date, opt
    revoked_reason, opt ip_address, opt user_agent, get created_date, opt created_by, get
    updated_date, opt updated_by, get is_deleted, opt deleted_date, opt deleted_by,;
    user_id, token_hash, expiry_date, revoked_date, revoked_reason, ip_address,
    user_agent, created_by, updated_by, deleted_date, deleted_by,
);
::gen_runtime::navigation!(
    UserRefreshToken[0] => crate ::dbo::User; user, user_sql,
    " The live `dbo.User` row that `UserID` references (FK_UserRefreshToken_User); `None` when the key is NULL or the row is gone or soft-deleted.";
    user_refresh_tokens, user_refresh_tokens_sql,
    " The live `dbo.UserRefreshToken` rows whose `UserID` references this row (FK_UserRefreshToken_User)."
);
