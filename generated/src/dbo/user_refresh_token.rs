// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Refresh tokens issued at sign-in, rotated on every use; stored only as hashes.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#dbo-user_refresh_token).
/// References: [`User`](crate::dbo::User).
/**
 # Columns

 | Column | Rust field | SQL type | Null | Default |
 |---|---|---|---|---|
 | `UserRefreshTokenID` | `user_refresh_token_id` | `bigint identity` | no |  |
 | `UserID` | `user_id` | `bigint` | no |  |
 | `TokenHash` | `token_hash` | `char(64)` | no |  |
 | `TokenFamilyID` | `token_family_id` | `uniqueidentifier` | no | `NEWID()` |
 | `ExpiryDate` | `expiry_date` | `datetime2(7)` | no |  |
 | `RevokedDate` | `revoked_date` | `datetime2(7)` | yes |  |
 | `RevokedReason` | `revoked_reason` | `nvarchar(100)` | yes |  |
 | `IPAddress` | `ip_address` | `varchar(45)` | yes |  |
 | `UserAgent` | `user_agent` | `nvarchar(500)` | yes |  |
 | `CreatedDate` | `created_date` | `datetime2(7)` | no | `GETUTCDATE()` |
 | `CreatedBy` | `created_by` | `bigint` | yes |  |
 | `UpdatedDate` | `updated_date` | `datetime2(7)` | no | `GETUTCDATE()` |
 | `UpdatedBy` | `updated_by` | `bigint` | yes |  |
 | `IsDeleted` | `is_deleted` | `bit` | no | `false` |
 | `DeletedDate` | `deleted_date` | `datetime2(7)` | yes |  |
 | `DeletedBy` | `deleted_by` | `bigint` | yes |  |

 # Keys

 - primary key `PK_UserRefreshToken` (`UserRefreshTokenID`)
 - unique `UQ_UserRefreshToken_TokenHash` (`TokenHash`)
 - check `CK_UserRefreshToken_TokenHash`: `LEN(TokenHash) = 64`
 - foreign key `FK_UserRefreshToken_User` (`UserID`) → `dbo.User` (`UserID`)
 - index `IX_UserRefreshToken_UserID` (`UserID`)
 - index `IX_UserRefreshToken_TokenFamilyID` (`TokenFamilyID`)
 - index `IX_UserRefreshToken_ExpiryDate` (`ExpiryDate`)
*/
#[derive(Debug, Clone, PartialEq)]
pub struct UserRefreshToken {
    /// Surrogate key of the refresh token.
    pub user_refresh_token_id: i64,
    /// The user the token signs in (dbo.User).
    pub user_id: i64,
    /// SHA-256 of the refresh token as 64 lower-case hex characters; the token itself is never stored.
    pub token_hash: ::std::string::String,
    /// Shared by every token of one rotation chain; reuse of a rotated token revokes the family.
    pub token_family_id: ::uuid::Uuid,
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

::gen_runtime::table_meta!(
    UserRefreshToken = "dbo"."UserRefreshToken";
    columns[
        USER_REFRESH_TOKEN_ID("bigint").identity(),
        USER_ID("bigint"),
        TOKEN_HASH("char(64)"),
        TOKEN_FAMILY_ID("uniqueidentifier").default("NEWID()"),
        EXPIRY_DATE("datetime2(7)"),
        REVOKED_DATE("datetime2(7)").null(),
        REVOKED_REASON("nvarchar(100)").null(),
        IP_ADDRESS("varchar(45)").null(),
        USER_AGENT("nvarchar(500)").null(),
        CREATED_DATE("datetime2(7)").default("GETUTCDATE()"),
        CREATED_BY("bigint").null(),
        UPDATED_DATE("datetime2(7)").default("GETUTCDATE()"),
        UPDATED_BY("bigint").null(),
        IS_DELETED("bit").default("false"),
        DELETED_DATE("datetime2(7)").null(),
        DELETED_BY("bigint").null()
    ];
    primary_key["PK_UserRefreshToken"("UserRefreshTokenID")];
    foreign_keys["FK_UserRefreshToken_User"("UserID") => "dbo"."User"("UserID")];
    uniques["UQ_UserRefreshToken_TokenHash"("TokenHash")];
    indexes[
        "IX_UserRefreshToken_UserID"("UserID"),
        "IX_UserRefreshToken_TokenFamilyID"("TokenFamilyID"),
        "IX_UserRefreshToken_ExpiryDate"("ExpiryDate")
    ];
);

/// A new row of `dbo.UserRefreshToken`: every column but identities; a column with a database default is `Defaulted::Default` (left to the database) or `Defaulted::Value(…)`.
#[derive(Debug, Clone)]
pub struct NewUserRefreshToken {
    /// The user the token signs in (dbo.User).
    pub user_id: i64,
    /// SHA-256 of the refresh token as 64 lower-case hex characters; the token itself is never stored.
    pub token_hash: ::std::string::String,
    /// Shared by every token of one rotation chain; reuse of a rotated token revokes the family.
    pub token_family_id: ::gen_runtime::Defaulted<::uuid::Uuid>,
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
    UserRefreshToken, NewUserRefreshToken;
    user_refresh_token_id = get(0, USER_REFRESH_TOKEN_ID),
    user_id = get(1, USER_ID),
    token_hash = get(2, TOKEN_HASH),
    token_family_id = get(3, TOKEN_FAMILY_ID),
    expiry_date = get(4, EXPIRY_DATE),
    revoked_date = opt(5, REVOKED_DATE),
    revoked_reason = opt(6, REVOKED_REASON),
    ip_address = opt(7, IP_ADDRESS),
    user_agent = opt(8, USER_AGENT),
    created_date = get(9, CREATED_DATE),
    created_by = opt(10, CREATED_BY),
    updated_date = get(11, UPDATED_DATE),
    updated_by = opt(12, UPDATED_BY),
    is_deleted = get(13, IS_DELETED),
    deleted_date = opt(14, DELETED_DATE),
    deleted_by = opt(15, DELETED_BY);
    user_id,
    token_hash,
    token_family_id,
    expiry_date,
    revoked_date,
    revoked_reason,
    ip_address,
    user_agent,
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
    NewUserRefreshToken;
    user_id: i64,
    token_hash: ::std::string::String,
    expiry_date: ::chrono::NaiveDateTime;
    revoked_date,
    revoked_reason,
    ip_address,
    user_agent,
    created_by,
    updated_by,
    deleted_date,
    deleted_by;
    token_family_id,
    created_date,
    updated_date,
    is_deleted
);

::gen_runtime::navigation!(
    UserRefreshToken[0] => crate::dbo::User;
    user,
    " The live `dbo.User` row that `UserID` references (FK_UserRefreshToken_User); `None` when the key is NULL or the row is gone or soft-deleted.";
    user_sql,
    " The SQL behind `user`: selects the `dbo.User` row that `UserID` of `dbo.UserRefreshToken` references (foreign key FK_UserRefreshToken_User); its parameters are the key's columns.";
    user_refresh_tokens,
    " The live `dbo.UserRefreshToken` rows whose `UserID` references this row (FK_UserRefreshToken_User).";
    user_refresh_tokens_sql,
    " The SQL behind `user_refresh_tokens`: selects the `dbo.UserRefreshToken` rows whose `UserID` references a `dbo.User` row (foreign key FK_UserRefreshToken_User); its parameters are the referenced columns."
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::finders!(
    UserRefreshToken;
    by_token_hash = unique(0; token_hash: &str),
    " The `dbo.UserRefreshToken` row whose `TokenHash` equals the argument (UQ_UserRefreshToken_TokenHash). Live rows only unless `.including_deleted()`.";
    for_user = foreign_key(0; user_id: i64),
    " The `dbo.UserRefreshToken` rows whose `UserID` equals the argument (FK_UserRefreshToken_User). Live rows only unless `.including_deleted()`."
);
