// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Membership of a user in a company, with their role there.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#dbo-user_company).
/// References: [`User`](crate::dbo::User), [`Company`](crate::dbo::Company), [`UserCompanyRoleRow`](crate::ref_::UserCompanyRoleRow), [`UserCompanyStatusRow`](crate::ref_::UserCompanyStatusRow), [`JoinedViaRow`](crate::ref_::JoinedViaRow).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
pub struct UserCompany {
    /// Surrogate key of the membership.
    #[cfg_attr(feature = "serde", serde(rename = "UserCompanyID"))]
    pub user_company_id: i64,
    /// The member (dbo.User).
    #[cfg_attr(feature = "serde", serde(rename = "UserID"))]
    pub user_id: i64,
    /// The company (dbo.Company).
    #[cfg_attr(feature = "serde", serde(rename = "CompanyID"))]
    pub company_id: i64,
    /// The member's role in the company (ref.UserCompanyRole).
    #[cfg_attr(feature = "serde", serde(rename = "UserCompanyRoleID"))]
    pub user_company_role_id: crate::ref_::UserCompanyRole,
    /// State of the membership (ref.UserCompanyStatus).
    #[cfg_attr(feature = "serde", serde(rename = "UserCompanyStatusID"))]
    pub user_company_status_id: crate::ref_::UserCompanyStatus,
    /// Whether this company is selected when the user signs in; at most one per user.
    #[cfg_attr(feature = "serde", serde(rename = "IsDefaultCompany"))]
    pub is_default_company: bool,
    /// How the user joined (ref.JoinedVia); named JoinedVia by the live database.
    #[cfg_attr(feature = "serde", serde(rename = "JoinedVia"))]
    pub joined_via: crate::ref_::JoinedVia,
    /// UserID of the user who invited this member (dbo.User); NULL unless joined by invitation.
    #[cfg_attr(feature = "serde", serde(rename = "InvitedBy"))]
    pub invited_by: ::core::option::Option<i64>,
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
/// Column names of `dbo.UserCompany`, for SQL text.
pub mod columns {
    /// Surrogate key of the membership.
    pub const USER_COMPANY_ID: &str = "UserCompanyID";
    /// The member (dbo.User).
    pub const USER_ID: &str = "UserID";
    /// The company (dbo.Company).
    pub const COMPANY_ID: &str = "CompanyID";
    /// The member's role in the company (ref.UserCompanyRole).
    pub const USER_COMPANY_ROLE_ID: &str = "UserCompanyRoleID";
    /// State of the membership (ref.UserCompanyStatus).
    pub const USER_COMPANY_STATUS_ID: &str = "UserCompanyStatusID";
    /// Whether this company is selected when the user signs in; at most one per user.
    pub const IS_DEFAULT_COMPANY: &str = "IsDefaultCompany";
    /// How the user joined (ref.JoinedVia); named JoinedVia by the live database.
    pub const JOINED_VIA: &str = "JoinedVia";
    /// UserID of the user who invited this member (dbo.User); NULL unless joined by invitation.
    pub const INVITED_BY: &str = "InvitedBy";
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
impl ::gen_runtime::Table for UserCompany {
    const META: &'static ::gen_runtime::TableMeta = &::gen_runtime::TableMeta {
        schema: "dbo",
        name: "UserCompany",
        columns: &[
            ::gen_runtime::ColumnMeta::new(
                self::columns::USER_COMPANY_ID,
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
                self::columns::COMPANY_ID,
                "bigint",
                false,
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
                self::columns::USER_COMPANY_STATUS_ID,
                "int",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::IS_DEFAULT_COMPANY,
                "bit",
                false,
                false,
                Some("false"),
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::JOINED_VIA,
                "int",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::INVITED_BY,
                "bigint",
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
        primary_key_name: "PK_UserCompany",
        primary_key: &["UserCompanyID"],
        foreign_keys: &[
            ::gen_runtime::ForeignKeyMeta {
                name: "FK_UserCompany_User_UserID",
                columns: &["UserID"],
                ref_schema: "dbo",
                ref_table: "User",
                ref_columns: &["UserID"],
            },
            ::gen_runtime::ForeignKeyMeta {
                name: "FK_UserCompany_Company",
                columns: &["CompanyID"],
                ref_schema: "dbo",
                ref_table: "Company",
                ref_columns: &["CompanyID"],
            },
            ::gen_runtime::ForeignKeyMeta {
                name: "FK_UserCompany_UserCompanyRole",
                columns: &["UserCompanyRoleID"],
                ref_schema: "ref",
                ref_table: "UserCompanyRole",
                ref_columns: &["UserCompanyRoleID"],
            },
            ::gen_runtime::ForeignKeyMeta {
                name: "FK_UserCompany_UserCompanyStatus",
                columns: &["UserCompanyStatusID"],
                ref_schema: "ref",
                ref_table: "UserCompanyStatus",
                ref_columns: &["UserCompanyStatusID"],
            },
            ::gen_runtime::ForeignKeyMeta {
                name: "FK_UserCompany_JoinedVia",
                columns: &["JoinedVia"],
                ref_schema: "ref",
                ref_table: "JoinedVia",
                ref_columns: &["JoinedViaID"],
            },
            ::gen_runtime::ForeignKeyMeta {
                name: "FK_UserCompany_User_InvitedBy",
                columns: &["InvitedBy"],
                ref_schema: "dbo",
                ref_table: "User",
                ref_columns: &["UserID"],
            },
        ],
        uniques: &[
            ::gen_runtime::IndexMeta {
                name: "UQ_UserCompany_UserID_CompanyID",
                columns: &["UserID", "CompanyID"],
                unique: true,
            },
        ],
        indexes: &[
            ::gen_runtime::IndexMeta {
                name: "IX_UserCompany_CompanyID",
                columns: &["CompanyID"],
                unique: false,
            },
            ::gen_runtime::IndexMeta {
                name: "IX_UserCompany_InvitedBy",
                columns: &["InvitedBy"],
                unique: false,
            },
        ],
    };
}
/// A new row of `dbo.UserCompany`: every column but identities and database defaults.
#[derive(Debug, Clone)]
pub struct NewUserCompany {
    /// The member (dbo.User).
    pub user_id: i64,
    /// The company (dbo.Company).
    pub company_id: i64,
    /// The member's role in the company (ref.UserCompanyRole).
    pub user_company_role_id: crate::ref_::UserCompanyRole,
    /// State of the membership (ref.UserCompanyStatus).
    pub user_company_status_id: crate::ref_::UserCompanyStatus,
    /// How the user joined (ref.JoinedVia); named JoinedVia by the live database.
    pub joined_via: crate::ref_::JoinedVia,
    /// UserID of the user who invited this member (dbo.User); NULL unless joined by invitation.
    pub invited_by: ::core::option::Option<i64>,
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
    UserCompany, NewUserCompany; get user_company_id, get user_id, get company_id,
    reference user_company_role_id, reference user_company_status_id, get
    is_default_company, reference joined_via, opt invited_by, get created_date, opt
    created_by, get updated_date, opt updated_by, get is_deleted, opt deleted_date, opt
    deleted_by,; user_id, company_id, user_company_role_id, user_company_status_id,
    joined_via, invited_by, created_by, updated_by, deleted_date, deleted_by,
);
::gen_runtime::navigation!(
    UserCompany[0] => crate ::dbo::User; user, user_sql,
    " The live `dbo.User` row that `UserID` references (FK_UserCompany_User_UserID); `None` when the key is NULL or the row is gone or soft-deleted.";
    user_companies, user_companies_sql,
    " The live `dbo.UserCompany` rows whose `UserID` references this row (FK_UserCompany_User_UserID)."
);
::gen_runtime::navigation!(
    UserCompany[1] => crate ::dbo::Company; company, company_sql,
    " The live `dbo.Company` row that `CompanyID` references (FK_UserCompany_Company); `None` when the key is NULL or the row is gone or soft-deleted.";
    user_companies, user_companies_sql,
    " The live `dbo.UserCompany` rows whose `CompanyID` references this row (FK_UserCompany_Company)."
);
::gen_runtime::navigation!(
    UserCompany[2] => crate ::ref_::UserCompanyRoleRow; user_company_role,
    user_company_role_sql,
    " The live `ref.UserCompanyRole` row that `UserCompanyRoleID` references (FK_UserCompany_UserCompanyRole); `None` when the key is NULL or the row is gone or soft-deleted.";
    user_companies, user_companies_sql,
    " The live `dbo.UserCompany` rows whose `UserCompanyRoleID` references this row (FK_UserCompany_UserCompanyRole)."
);
::gen_runtime::navigation!(
    UserCompany[3] => crate ::ref_::UserCompanyStatusRow; user_company_status,
    user_company_status_sql,
    " The live `ref.UserCompanyStatus` row that `UserCompanyStatusID` references (FK_UserCompany_UserCompanyStatus); `None` when the key is NULL or the row is gone or soft-deleted.";
    user_companies, user_companies_sql,
    " The live `dbo.UserCompany` rows whose `UserCompanyStatusID` references this row (FK_UserCompany_UserCompanyStatus)."
);
::gen_runtime::navigation!(
    UserCompany[4] => crate ::ref_::JoinedViaRow; joined_via, joined_via_sql,
    " The live `ref.JoinedVia` row that `JoinedVia` references (FK_UserCompany_JoinedVia); `None` when the key is NULL or the row is gone or soft-deleted.";
    user_companies, user_companies_sql,
    " The live `dbo.UserCompany` rows whose `JoinedVia` references this row (FK_UserCompany_JoinedVia)."
);
::gen_runtime::navigation!(
    UserCompany[5] => crate ::dbo::User; invited_by_user, invited_by_user_sql,
    " The live `dbo.User` row that `InvitedBy` references (FK_UserCompany_User_InvitedBy); `None` when the key is NULL or the row is gone or soft-deleted.";
    user_companies_by_invited_by, user_companies_by_invited_by_sql,
    " The live `dbo.UserCompany` rows whose `InvitedBy` references this row (FK_UserCompany_User_InvitedBy)."
);
