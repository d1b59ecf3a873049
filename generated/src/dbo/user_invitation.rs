// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// An invitation, sent by email, to join a company with a given role.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#dbo-user_invitation).
/// References: [`Company`](crate::dbo::Company), [`UserCompanyRoleRow`](crate::ref_::UserCompanyRoleRow), [`UserInvitationStatusRow`](crate::ref_::UserInvitationStatusRow), [`User`](crate::dbo::User).
/**
 # Columns

 | Column | Rust field | SQL type | Null | Default |
 |---|---|---|---|---|
 | `UserInvitationID` | `user_invitation_id` | `bigint identity` | no |  |
 | `CompanyID` | `company_id` | `bigint` | no |  |
 | `Email` | `email` | `nvarchar(255)` | no |  |
 | `FirstName` | `first_name` | `nvarchar(100)` | yes |  |
 | `LastName` | `last_name` | `nvarchar(100)` | yes |  |
 | `UserCompanyRoleID` | `user_company_role_id` | `int` | no |  |
 | `UserInvitationStatusID` | `user_invitation_status_id` | `int` | no |  |
 | `InvitedBy` | `invited_by` | `bigint` | no |  |
 | `TokenHash` | `token_hash` | `char(64)` | no |  |
 | `ExpiryDate` | `expiry_date` | `datetime2(7)` | no |  |
 | `AcceptedDate` | `accepted_date` | `datetime2(7)` | yes |  |
 | `RevokedDate` | `revoked_date` | `datetime2(7)` | yes |  |
 | `ResendCount` | `resend_count` | `tinyint` | no | `0` |
 | `CreatedDate` | `created_date` | `datetime2(7)` | no | `GETUTCDATE()` |
 | `CreatedBy` | `created_by` | `bigint` | yes |  |
 | `UpdatedDate` | `updated_date` | `datetime2(7)` | no | `GETUTCDATE()` |
 | `UpdatedBy` | `updated_by` | `bigint` | yes |  |
 | `IsDeleted` | `is_deleted` | `bit` | no | `false` |
 | `DeletedDate` | `deleted_date` | `datetime2(7)` | yes |  |
 | `DeletedBy` | `deleted_by` | `bigint` | yes |  |

 # Keys

 - primary key `PK_UserInvitation` (`UserInvitationID`)
 - unique `UQ_UserInvitation_TokenHash` (`TokenHash`)
 - check `CK_UserInvitation_TokenHash`: `LEN(TokenHash) = 64`
 - check `CK_UserInvitation_ResendCount`: `ResendCount <= 10`
 - foreign key `FK_UserInvitation_Company` (`CompanyID`) → `dbo.Company` (`CompanyID`)
 - foreign key `FK_UserInvitation_UserCompanyRole` (`UserCompanyRoleID`) → `ref.UserCompanyRole` (`UserCompanyRoleID`)
 - foreign key `FK_UserInvitation_UserInvitationStatus` (`UserInvitationStatusID`) → `ref.UserInvitationStatus` (`UserInvitationStatusID`)
 - foreign key `FK_UserInvitation_User` (`InvitedBy`) → `dbo.User` (`UserID`)
 - index `IX_UserInvitation_CompanyID` (`CompanyID`)
 - index `IX_UserInvitation_Email` (`Email`)
 - index `IX_UserInvitation_UserInvitationStatusID` (`UserInvitationStatusID`)
 - index `IX_UserInvitation_InvitedBy` (`InvitedBy`)
*/
#[derive(Debug, Clone, PartialEq)]
pub struct UserInvitation {
    /// Surrogate key of the invitation.
    pub user_invitation_id: i64,
    /// The company the invitee is asked to join (dbo.Company).
    pub company_id: i64,
    /// Address the invitation was sent to, lower-case.
    pub email: ::std::string::String,
    /// Invitee's given name, as the inviter typed it.
    pub first_name: ::core::option::Option<::std::string::String>,
    /// Invitee's family name, as the inviter typed it.
    pub last_name: ::core::option::Option<::std::string::String>,
    /// Role the invitee gets on acceptance (ref.UserCompanyRole).
    pub user_company_role_id: crate::ref_::UserCompanyRole,
    /// State of the invitation (ref.UserInvitationStatus).
    pub user_invitation_status_id: crate::ref_::UserInvitationStatus,
    /// UserID of the user who sent the invitation (dbo.User).
    pub invited_by: i64,
    /// SHA-256 of the invitation token as 64 lower-case hex characters; the token itself is never stored.
    pub token_hash: ::std::string::String,
    /// When the invitation link stops working (UTC).
    pub expiry_date: ::chrono::NaiveDateTime,
    /// When the invitee accepted (UTC).
    pub accepted_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// When an administrator cancelled the invitation (UTC).
    pub revoked_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// How many times the email was sent again.
    pub resend_count: u8,
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

/// Column names of `dbo.UserInvitation`, for SQL text.
pub mod columns {
    /// Surrogate key of the invitation.
    pub const USER_INVITATION_ID: &str = "UserInvitationID";
    /// The company the invitee is asked to join (dbo.Company).
    pub const COMPANY_ID: &str = "CompanyID";
    /// Address the invitation was sent to, lower-case.
    pub const EMAIL: &str = "Email";
    /// Invitee's given name, as the inviter typed it.
    pub const FIRST_NAME: &str = "FirstName";
    /// Invitee's family name, as the inviter typed it.
    pub const LAST_NAME: &str = "LastName";
    /// Role the invitee gets on acceptance (ref.UserCompanyRole).
    pub const USER_COMPANY_ROLE_ID: &str = "UserCompanyRoleID";
    /// State of the invitation (ref.UserInvitationStatus).
    pub const USER_INVITATION_STATUS_ID: &str = "UserInvitationStatusID";
    /// UserID of the user who sent the invitation (dbo.User).
    pub const INVITED_BY: &str = "InvitedBy";
    /// SHA-256 of the invitation token as 64 lower-case hex characters; the token itself is never stored.
    pub const TOKEN_HASH: &str = "TokenHash";
    /// When the invitation link stops working (UTC).
    pub const EXPIRY_DATE: &str = "ExpiryDate";
    /// When the invitee accepted (UTC).
    pub const ACCEPTED_DATE: &str = "AcceptedDate";
    /// When an administrator cancelled the invitation (UTC).
    pub const REVOKED_DATE: &str = "RevokedDate";
    /// How many times the email was sent again.
    pub const RESEND_COUNT: &str = "ResendCount";
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
    UserInvitation = "dbo"."UserInvitation";
    columns[
        USER_INVITATION_ID("bigint").identity(),
        COMPANY_ID("bigint"),
        EMAIL("nvarchar(255)"),
        FIRST_NAME("nvarchar(100)").null(),
        LAST_NAME("nvarchar(100)").null(),
        USER_COMPANY_ROLE_ID("int"),
        USER_INVITATION_STATUS_ID("int"),
        INVITED_BY("bigint"),
        TOKEN_HASH("char(64)"),
        EXPIRY_DATE("datetime2(7)"),
        ACCEPTED_DATE("datetime2(7)").null(),
        REVOKED_DATE("datetime2(7)").null(),
        RESEND_COUNT("tinyint").default("0"),
        CREATED_DATE("datetime2(7)").default("GETUTCDATE()"),
        CREATED_BY("bigint").null(),
        UPDATED_DATE("datetime2(7)").default("GETUTCDATE()"),
        UPDATED_BY("bigint").null(),
        IS_DELETED("bit").default("false"),
        DELETED_DATE("datetime2(7)").null(),
        DELETED_BY("bigint").null()
    ];
    primary_key["PK_UserInvitation"("UserInvitationID")];
    foreign_keys[
        "FK_UserInvitation_Company"("CompanyID") => "dbo"."Company"("CompanyID"),
        "FK_UserInvitation_UserCompanyRole"("UserCompanyRoleID") => "ref"."UserCompanyRole"("UserCompanyRoleID"),
        "FK_UserInvitation_UserInvitationStatus"("UserInvitationStatusID") => "ref"."UserInvitationStatus"("UserInvitationStatusID"),
        "FK_UserInvitation_User"("InvitedBy") => "dbo"."User"("UserID")
    ];
    uniques["UQ_UserInvitation_TokenHash"("TokenHash")];
    indexes[
        "IX_UserInvitation_CompanyID"("CompanyID"),
        "IX_UserInvitation_Email"("Email"),
        "IX_UserInvitation_UserInvitationStatusID"("UserInvitationStatusID"),
        "IX_UserInvitation_InvitedBy"("InvitedBy")
    ];
);

/// A new row of `dbo.UserInvitation`: every column but identities; a column with a database default is `Defaulted::Default` (left to the database) or `Defaulted::Value(…)`.
#[derive(Debug, Clone)]
pub struct NewUserInvitation {
    /// The company the invitee is asked to join (dbo.Company).
    pub company_id: i64,
    /// Address the invitation was sent to, lower-case.
    pub email: ::std::string::String,
    /// Invitee's given name, as the inviter typed it.
    pub first_name: ::core::option::Option<::std::string::String>,
    /// Invitee's family name, as the inviter typed it.
    pub last_name: ::core::option::Option<::std::string::String>,
    /// Role the invitee gets on acceptance (ref.UserCompanyRole).
    pub user_company_role_id: crate::ref_::UserCompanyRole,
    /// State of the invitation (ref.UserInvitationStatus).
    pub user_invitation_status_id: crate::ref_::UserInvitationStatus,
    /// UserID of the user who sent the invitation (dbo.User).
    pub invited_by: i64,
    /// SHA-256 of the invitation token as 64 lower-case hex characters; the token itself is never stored.
    pub token_hash: ::std::string::String,
    /// When the invitation link stops working (UTC).
    pub expiry_date: ::chrono::NaiveDateTime,
    /// When the invitee accepted (UTC).
    pub accepted_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// When an administrator cancelled the invitation (UTC).
    pub revoked_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// How many times the email was sent again.
    pub resend_count: ::gen_runtime::Defaulted<u8>,
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
    UserInvitation, NewUserInvitation;
    user_invitation_id = get(0, USER_INVITATION_ID),
    company_id = get(1, COMPANY_ID),
    email = get(2, EMAIL),
    first_name = opt(3, FIRST_NAME),
    last_name = opt(4, LAST_NAME),
    user_company_role_id = reference(5, USER_COMPANY_ROLE_ID),
    user_invitation_status_id = reference(6, USER_INVITATION_STATUS_ID),
    invited_by = get(7, INVITED_BY),
    token_hash = get(8, TOKEN_HASH),
    expiry_date = get(9, EXPIRY_DATE),
    accepted_date = opt(10, ACCEPTED_DATE),
    revoked_date = opt(11, REVOKED_DATE),
    resend_count = get(12, RESEND_COUNT),
    created_date = get(13, CREATED_DATE),
    created_by = opt(14, CREATED_BY),
    updated_date = get(15, UPDATED_DATE),
    updated_by = opt(16, UPDATED_BY),
    is_deleted = get(17, IS_DELETED),
    deleted_date = opt(18, DELETED_DATE),
    deleted_by = opt(19, DELETED_BY);
    company_id,
    email,
    first_name,
    last_name,
    user_company_role_id,
    user_invitation_status_id,
    invited_by,
    token_hash,
    expiry_date,
    accepted_date,
    revoked_date,
    resend_count,
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
    NewUserInvitation;
    company_id: i64,
    email: ::std::string::String,
    user_company_role_id: crate::ref_::UserCompanyRole,
    user_invitation_status_id: crate::ref_::UserInvitationStatus,
    invited_by: i64,
    token_hash: ::std::string::String,
    expiry_date: ::chrono::NaiveDateTime;
    first_name,
    last_name,
    accepted_date,
    revoked_date,
    created_by,
    updated_by,
    deleted_date,
    deleted_by;
    resend_count,
    created_date,
    updated_date,
    is_deleted
);

::gen_runtime::navigation!(
    UserInvitation[0] => crate::dbo::Company;
    company,
    " The live `dbo.Company` row that `CompanyID` references (FK_UserInvitation_Company); `None` when the key is NULL or the row is gone or soft-deleted.";
    company_sql,
    " The SQL behind `company`: selects the `dbo.Company` row that `CompanyID` of `dbo.UserInvitation` references (foreign key FK_UserInvitation_Company); its parameters are the key's columns.";
    user_invitations,
    " The live `dbo.UserInvitation` rows whose `CompanyID` references this row (FK_UserInvitation_Company).";
    user_invitations_sql,
    " The SQL behind `user_invitations`: selects the `dbo.UserInvitation` rows whose `CompanyID` references a `dbo.Company` row (foreign key FK_UserInvitation_Company); its parameters are the referenced columns."
);

::gen_runtime::navigation!(
    UserInvitation[1] => crate::ref_::UserCompanyRoleRow;
    user_company_role,
    " The live `ref.UserCompanyRole` row that `UserCompanyRoleID` references (FK_UserInvitation_UserCompanyRole); `None` when the key is NULL or the row is gone or soft-deleted.";
    user_company_role_sql,
    " The SQL behind `user_company_role`: selects the `ref.UserCompanyRole` row that `UserCompanyRoleID` of `dbo.UserInvitation` references (foreign key FK_UserInvitation_UserCompanyRole); its parameters are the key's columns.";
    user_invitations,
    " The live `dbo.UserInvitation` rows whose `UserCompanyRoleID` references this row (FK_UserInvitation_UserCompanyRole).";
    user_invitations_sql,
    " The SQL behind `user_invitations`: selects the `dbo.UserInvitation` rows whose `UserCompanyRoleID` references a `ref.UserCompanyRole` row (foreign key FK_UserInvitation_UserCompanyRole); its parameters are the referenced columns."
);

::gen_runtime::navigation!(
    UserInvitation[2] => crate::ref_::UserInvitationStatusRow;
    user_invitation_status,
    " The live `ref.UserInvitationStatus` row that `UserInvitationStatusID` references (FK_UserInvitation_UserInvitationStatus); `None` when the key is NULL or the row is gone or soft-deleted.";
    user_invitation_status_sql,
    " The SQL behind `user_invitation_status`: selects the `ref.UserInvitationStatus` row that `UserInvitationStatusID` of `dbo.UserInvitation` references (foreign key FK_UserInvitation_UserInvitationStatus); its parameters are the key's columns.";
    user_invitations,
    " The live `dbo.UserInvitation` rows whose `UserInvitationStatusID` references this row (FK_UserInvitation_UserInvitationStatus).";
    user_invitations_sql,
    " The SQL behind `user_invitations`: selects the `dbo.UserInvitation` rows whose `UserInvitationStatusID` references a `ref.UserInvitationStatus` row (foreign key FK_UserInvitation_UserInvitationStatus); its parameters are the referenced columns."
);

::gen_runtime::navigation!(
    UserInvitation[3] => crate::dbo::User;
    invited_by_user,
    " The live `dbo.User` row that `InvitedBy` references (FK_UserInvitation_User); `None` when the key is NULL or the row is gone or soft-deleted.";
    invited_by_user_sql,
    " The SQL behind `invited_by_user`: selects the `dbo.User` row that `InvitedBy` of `dbo.UserInvitation` references (foreign key FK_UserInvitation_User); its parameters are the key's columns.";
    user_invitations_by_invited_by,
    " The live `dbo.UserInvitation` rows whose `InvitedBy` references this row (FK_UserInvitation_User).";
    user_invitations_by_invited_by_sql,
    " The SQL behind `user_invitations_by_invited_by`: selects the `dbo.UserInvitation` rows whose `InvitedBy` references a `dbo.User` row (foreign key FK_UserInvitation_User); its parameters are the referenced columns."
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::finders!(
    UserInvitation;
    by_token_hash = unique(0; token_hash: &str),
    " The `dbo.UserInvitation` row whose `TokenHash` equals the argument (UQ_UserInvitation_TokenHash). Live rows only unless `.including_deleted()`.";
    for_company = foreign_key(0; company_id: i64),
    " The `dbo.UserInvitation` rows whose `CompanyID` equals the argument (FK_UserInvitation_Company). Live rows only unless `.including_deleted()`.";
    for_user_company_role = foreign_key(1; user_company_role_id: crate::ref_::UserCompanyRole),
    " The `dbo.UserInvitation` rows whose `UserCompanyRoleID` equals the argument (FK_UserInvitation_UserCompanyRole). Live rows only unless `.including_deleted()`.";
    for_user_invitation_status = foreign_key(2; user_invitation_status_id: crate::ref_::UserInvitationStatus),
    " The `dbo.UserInvitation` rows whose `UserInvitationStatusID` equals the argument (FK_UserInvitation_UserInvitationStatus). Live rows only unless `.including_deleted()`.";
    for_invited_by = foreign_key(3; invited_by: i64),
    " The `dbo.UserInvitation` rows whose `InvitedBy` equals the argument (FK_UserInvitation_User). Live rows only unless `.including_deleted()`."
);
