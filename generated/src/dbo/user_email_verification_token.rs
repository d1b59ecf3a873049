// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// One-time tokens emailed to confirm an email address; stored only as hashes.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#dbo-user_email_verification_token).
/// References: [`User`](crate::dbo::User).
/**
 # Columns

 | Column | Rust field | SQL type | Null | Default |
 |---|---|---|---|---|
 | `UserEmailVerificationTokenID` | `user_email_verification_token_id` | `bigint identity` | no |  |
 | `UserID` | `user_id` | `bigint` | no |  |
 | `TokenHash` | `token_hash` | `char(64)` | no |  |
 | `ExpiryDate` | `expiry_date` | `datetime2(7)` | no |  |
 | `UsedDate` | `used_date` | `datetime2(7)` | yes |  |
 | `CreatedDate` | `created_date` | `datetime2(7)` | no | `GETUTCDATE()` |
 | `CreatedBy` | `created_by` | `bigint` | yes |  |
 | `UpdatedDate` | `updated_date` | `datetime2(7)` | no | `GETUTCDATE()` |
 | `UpdatedBy` | `updated_by` | `bigint` | yes |  |
 | `IsDeleted` | `is_deleted` | `bit` | no | `false` |
 | `DeletedDate` | `deleted_date` | `datetime2(7)` | yes |  |
 | `DeletedBy` | `deleted_by` | `bigint` | yes |  |

 # Keys

 - primary key `PK_UserEmailVerificationToken` (`UserEmailVerificationTokenID`)
 - unique `UQ_UserEmailVerificationToken_TokenHash` (`TokenHash`)
 - check `CK_UserEmailVerificationToken_TokenHash`: `LEN(TokenHash) = 64`
 - foreign key `FK_UserEmailVerificationToken_User` (`UserID`) → `dbo.User` (`UserID`)
 - index `IX_UserEmailVerificationToken_UserID` (`UserID`)
 - index `IX_UserEmailVerificationToken_ExpiryDate` (`ExpiryDate`)
*/
#[derive(Debug, Clone, PartialEq)]
pub struct UserEmailVerificationToken {
    /// Surrogate key of the email verification token.
    pub user_email_verification_token_id: i64,
    /// The user the token belongs to (dbo.User).
    pub user_id: i64,
    /// SHA-256 of the email verification token as 64 lower-case hex characters; the token itself is never stored.
    pub token_hash: ::std::string::String,
    /// When the token stops being accepted (UTC).
    pub expiry_date: ::chrono::NaiveDateTime,
    /// When the token was used (UTC); a used token is never accepted again.
    pub used_date: ::core::option::Option<::chrono::NaiveDateTime>,
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

::gen_runtime::table_meta!(
    UserEmailVerificationToken = "dbo"."UserEmailVerificationToken";
    columns[
        USER_EMAIL_VERIFICATION_TOKEN_ID("bigint").identity(),
        USER_ID("bigint"),
        TOKEN_HASH("char(64)"),
        EXPIRY_DATE("datetime2(7)"),
        USED_DATE("datetime2(7)").null(),
        CREATED_DATE("datetime2(7)").default("GETUTCDATE()"),
        CREATED_BY("bigint").null(),
        UPDATED_DATE("datetime2(7)").default("GETUTCDATE()"),
        UPDATED_BY("bigint").null(),
        IS_DELETED("bit").default("false"),
        DELETED_DATE("datetime2(7)").null(),
        DELETED_BY("bigint").null()
    ];
    primary_key["PK_UserEmailVerificationToken"("UserEmailVerificationTokenID")];
    foreign_keys["FK_UserEmailVerificationToken_User"("UserID") => "dbo"."User"("UserID")];
    uniques["UQ_UserEmailVerificationToken_TokenHash"("TokenHash")];
    indexes[
        "IX_UserEmailVerificationToken_UserID"("UserID"),
        "IX_UserEmailVerificationToken_ExpiryDate"("ExpiryDate")
    ];
);

/// A new row of `dbo.UserEmailVerificationToken`: every column but identities; a column with a database default is `Defaulted::Default` (left to the database) or `Defaulted::Value(…)`.
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
    UserEmailVerificationToken, NewUserEmailVerificationToken;
    user_email_verification_token_id = get(0, USER_EMAIL_VERIFICATION_TOKEN_ID),
    user_id = get(1, USER_ID),
    token_hash = get(2, TOKEN_HASH),
    expiry_date = get(3, EXPIRY_DATE),
    used_date = opt(4, USED_DATE),
    created_date = get(5, CREATED_DATE),
    created_by = opt(6, CREATED_BY),
    updated_date = get(7, UPDATED_DATE),
    updated_by = opt(8, UPDATED_BY),
    is_deleted = get(9, IS_DELETED),
    deleted_date = opt(10, DELETED_DATE),
    deleted_by = opt(11, DELETED_BY);
    user_id,
    token_hash,
    expiry_date,
    used_date,
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
    NewUserEmailVerificationToken;
    user_id: i64,
    token_hash: ::std::string::String,
    expiry_date: ::chrono::NaiveDateTime;
    used_date,
    created_by,
    updated_by,
    deleted_date,
    deleted_by;
    created_date,
    updated_date,
    is_deleted
);

::gen_runtime::navigation!(
    UserEmailVerificationToken[0] => crate::dbo::User;
    user,
    " The live `dbo.User` row that `UserID` references (FK_UserEmailVerificationToken_User); `None` when the key is NULL or the row is gone or soft-deleted.";
    user_sql,
    " The SQL behind `user`: selects the `dbo.User` row that `UserID` of `dbo.UserEmailVerificationToken` references (foreign key FK_UserEmailVerificationToken_User); its parameters are the key's columns.";
    user_email_verification_tokens,
    " The live `dbo.UserEmailVerificationToken` rows whose `UserID` references this row (FK_UserEmailVerificationToken_User).";
    user_email_verification_tokens_sql,
    " The SQL behind `user_email_verification_tokens`: selects the `dbo.UserEmailVerificationToken` rows whose `UserID` references a `dbo.User` row (foreign key FK_UserEmailVerificationToken_User); its parameters are the referenced columns."
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::finders!(
    UserEmailVerificationToken;
    by_token_hash = unique(0; token_hash: &str),
    " The `dbo.UserEmailVerificationToken` row whose `TokenHash` equals the argument (UQ_UserEmailVerificationToken_TokenHash). Live rows only unless `.including_deleted()`.";
    for_user = foreign_key(0; user_id: i64),
    " The `dbo.UserEmailVerificationToken` rows whose `UserID` equals the argument (FK_UserEmailVerificationToken_User). Live rows only unless `.including_deleted()`."
);
