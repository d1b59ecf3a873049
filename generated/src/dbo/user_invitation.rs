// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// An invitation, sent by email, to join a company with a given role.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#dbo-user_invitation).
/// References: [`Company`](crate::dbo::Company), [`UserCompanyRoleRow`](crate::ref_::UserCompanyRoleRow), [`UserInvitationStatusRow`](crate::ref_::UserInvitationStatusRow), [`User`](crate::dbo::User).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
pub struct UserInvitation {
    /// Surrogate key of the invitation.
    #[cfg_attr(feature = "serde", serde(rename = "UserInvitationID"))]
    pub user_invitation_id: i64,
    /// The company the invitee is asked to join (dbo.Company).
    #[cfg_attr(feature = "serde", serde(rename = "CompanyID"))]
    pub company_id: i64,
    /// Address the invitation was sent to, lower-case.
    #[cfg_attr(feature = "serde", serde(rename = "Email"))]
    pub email: ::std::string::String,
    /// Invitee's given name, as the inviter typed it.
    #[cfg_attr(feature = "serde", serde(rename = "FirstName"))]
    pub first_name: ::core::option::Option<::std::string::String>,
    /// Invitee's family name, as the inviter typed it.
    #[cfg_attr(feature = "serde", serde(rename = "LastName"))]
    pub last_name: ::core::option::Option<::std::string::String>,
    /// Role the invitee gets on acceptance (ref.UserCompanyRole).
    #[cfg_attr(feature = "serde", serde(rename = "UserCompanyRoleID"))]
    pub user_company_role_id: crate::ref_::UserCompanyRole,
    /// State of the invitation (ref.UserInvitationStatus).
    #[cfg_attr(feature = "serde", serde(rename = "UserInvitationStatusID"))]
    pub user_invitation_status_id: crate::ref_::UserInvitationStatus,
    /// UserID of the user who sent the invitation (dbo.User).
    #[cfg_attr(feature = "serde", serde(rename = "InvitedBy"))]
    pub invited_by: i64,
    /// SHA-256 of the invitation token as 64 lower-case hex characters; the token itself is never stored.
    #[cfg_attr(feature = "serde", serde(rename = "TokenHash"))]
    pub token_hash: ::std::string::String,
    /// When the invitation link stops working (UTC).
    #[cfg_attr(feature = "serde", serde(rename = "ExpiryDate"))]
    pub expiry_date: ::chrono::NaiveDateTime,
    /// When the invitee accepted (UTC).
    #[cfg_attr(feature = "serde", serde(rename = "AcceptedDate"))]
    pub accepted_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// When an administrator cancelled the invitation (UTC).
    #[cfg_attr(feature = "serde", serde(rename = "RevokedDate"))]
    pub revoked_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// How many times the email was sent again.
    #[cfg_attr(feature = "serde", serde(rename = "ResendCount"))]
    pub resend_count: u8,
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
impl ::gen_runtime::Table for UserInvitation {
    const META: &'static ::gen_runtime::TableMeta = &::gen_runtime::TableMeta {
        schema: "dbo",
        name: "UserInvitation",
        columns: &[
            ::gen_runtime::ColumnMeta::new(
                self::columns::USER_INVITATION_ID,
                "bigint",
                false,
                true,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::COMPANY_ID,
                "bigint",
                false,
                false,
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
                self::columns::USER_COMPANY_ROLE_ID,
                "int",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::USER_INVITATION_STATUS_ID,
                "int",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::INVITED_BY,
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
                self::columns::ACCEPTED_DATE,
                "datetime2(7)",
                true,
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
                self::columns::RESEND_COUNT,
                "tinyint",
                false,
                false,
                Some("0"),
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
        primary_key_name: "PK_UserInvitation",
        primary_key: &["UserInvitationID"],
        foreign_keys: &[
            ::gen_runtime::ForeignKeyMeta {
                name: "FK_UserInvitation_Company",
                columns: &["CompanyID"],
                ref_schema: "dbo",
                ref_table: "Company",
                ref_columns: &["CompanyID"],
            },
            ::gen_runtime::ForeignKeyMeta {
                name: "FK_UserInvitation_UserCompanyRole",
                columns: &["UserCompanyRoleID"],
                ref_schema: "ref",
                ref_table: "UserCompanyRole",
                ref_columns: &["UserCompanyRoleID"],
            },
            ::gen_runtime::ForeignKeyMeta {
                name: "FK_UserInvitation_UserInvitationStatus",
                columns: &["UserInvitationStatusID"],
                ref_schema: "ref",
                ref_table: "UserInvitationStatus",
                ref_columns: &["UserInvitationStatusID"],
            },
            ::gen_runtime::ForeignKeyMeta {
                name: "FK_UserInvitation_User",
                columns: &["InvitedBy"],
                ref_schema: "dbo",
                ref_table: "User",
                ref_columns: &["UserID"],
            },
        ],
        uniques: &[
            ::gen_runtime::IndexMeta {
                name: "UQ_UserInvitation_TokenHash",
                columns: &["TokenHash"],
                unique: true,
            },
        ],
        indexes: &[
            ::gen_runtime::IndexMeta {
                name: "IX_UserInvitation_CompanyID",
                columns: &["CompanyID"],
                unique: false,
            },
            ::gen_runtime::IndexMeta {
                name: "IX_UserInvitation_Email",
                columns: &["Email"],
                unique: false,
            },
            ::gen_runtime::IndexMeta {
                name: "IX_UserInvitation_UserInvitationStatusID",
                columns: &["UserInvitationStatusID"],
                unique: false,
            },
            ::gen_runtime::IndexMeta {
                name: "IX_UserInvitation_InvitedBy",
                columns: &["InvitedBy"],
                unique: false,
            },
        ],
    };
}
/// A new row of `dbo.UserInvitation`: every column but identities and database defaults.
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
    UserInvitation, NewUserInvitation; get user_invitation_id, get company_id, get email,
    opt first_name, opt last_name, reference user_company_role_id, reference
    user_invitation_status_id, get invited_by, get token_hash, get expiry_date, opt
    accepted_date, opt revoked_date, get resend_count, get created_date, opt created_by,
    get updated_date, opt updated_by, get is_deleted, opt deleted_date, opt deleted_by,;
    company_id, email, first_name, last_name, user_company_role_id,
    user_invitation_status_id, invited_by, token_hash, expiry_date, accepted_date,
    revoked_date, created_by, updated_by, deleted_date, deleted_by,
);
::gen_runtime::navigation!(
    UserInvitation[0] => crate ::dbo::Company; company, company_sql,
    " The live `dbo.Company` row that `CompanyID` references (FK_UserInvitation_Company); `None` when the key is NULL or the row is gone or soft-deleted.";
    user_invitations, user_invitations_sql,
    " The live `dbo.UserInvitation` rows whose `CompanyID` references this row (FK_UserInvitation_Company)."
);
::gen_runtime::navigation!(
    UserInvitation[1] => crate ::ref_::UserCompanyRoleRow; user_company_role,
    user_company_role_sql,
    " The live `ref.UserCompanyRole` row that `UserCompanyRoleID` references (FK_UserInvitation_UserCompanyRole); `None` when the key is NULL or the row is gone or soft-deleted.";
    user_invitations, user_invitations_sql,
    " The live `dbo.UserInvitation` rows whose `UserCompanyRoleID` references this row (FK_UserInvitation_UserCompanyRole)."
);
::gen_runtime::navigation!(
    UserInvitation[2] => crate ::ref_::UserInvitationStatusRow; user_invitation_status,
    user_invitation_status_sql,
    " The live `ref.UserInvitationStatus` row that `UserInvitationStatusID` references (FK_UserInvitation_UserInvitationStatus); `None` when the key is NULL or the row is gone or soft-deleted.";
    user_invitations, user_invitations_sql,
    " The live `dbo.UserInvitation` rows whose `UserInvitationStatusID` references this row (FK_UserInvitation_UserInvitationStatus)."
);
::gen_runtime::navigation!(
    UserInvitation[3] => crate ::dbo::User; invited_by_user, invited_by_user_sql,
    " The live `dbo.User` row that `InvitedBy` references (FK_UserInvitation_User); `None` when the key is NULL or the row is gone or soft-deleted.";
    user_invitations_by_invited_by, user_invitations_by_invited_by_sql,
    " The live `dbo.UserInvitation` rows whose `InvitedBy` references this row (FK_UserInvitation_User)."
);
