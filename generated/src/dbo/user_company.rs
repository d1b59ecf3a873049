// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Membership of a user in a company, with their role there.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#dbo-user_company).
/// References: [`User`](crate::dbo::User), [`Company`](crate::dbo::Company), [`UserCompanyRoleRow`](crate::ref_::UserCompanyRoleRow), [`UserCompanyStatusRow`](crate::ref_::UserCompanyStatusRow), [`JoinedViaRow`](crate::ref_::JoinedViaRow).
/**
 # Columns

 | Column | Rust field | SQL type | Null | Default |
 |---|---|---|---|---|
 | `UserCompanyID` | `user_company_id` | `bigint identity` | no |  |
 | `UserID` | `user_id` | `bigint` | no |  |
 | `CompanyID` | `company_id` | `bigint` | no |  |
 | `UserCompanyRoleID` | `user_company_role_id` | `int` | no |  |
 | `UserCompanyStatusID` | `user_company_status_id` | `int` | no |  |
 | `IsDefaultCompany` | `is_default_company` | `bit` | no | `false` |
 | `JoinedVia` | `joined_via` | `int` | no |  |
 | `InvitedBy` | `invited_by` | `bigint` | yes |  |
 | `CreatedDate` | `created_date` | `datetime2(7)` | no | `GETUTCDATE()` |
 | `CreatedBy` | `created_by` | `bigint` | yes |  |
 | `UpdatedDate` | `updated_date` | `datetime2(7)` | no | `GETUTCDATE()` |
 | `UpdatedBy` | `updated_by` | `bigint` | yes |  |
 | `IsDeleted` | `is_deleted` | `bit` | no | `false` |
 | `DeletedDate` | `deleted_date` | `datetime2(7)` | yes |  |
 | `DeletedBy` | `deleted_by` | `bigint` | yes |  |

 # Keys

 - primary key `PK_UserCompany` (`UserCompanyID`)
 - unique `UQ_UserCompany_UserID_CompanyID` (`UserID`, `CompanyID`)
 - foreign key `FK_UserCompany_User_UserID` (`UserID`) → `dbo.User` (`UserID`)
 - foreign key `FK_UserCompany_Company` (`CompanyID`) → `dbo.Company` (`CompanyID`)
 - foreign key `FK_UserCompany_UserCompanyRole` (`UserCompanyRoleID`) → `ref.UserCompanyRole` (`UserCompanyRoleID`)
 - foreign key `FK_UserCompany_UserCompanyStatus` (`UserCompanyStatusID`) → `ref.UserCompanyStatus` (`UserCompanyStatusID`)
 - foreign key `FK_UserCompany_JoinedVia` (`JoinedVia`) → `ref.JoinedVia` (`JoinedViaID`)
 - foreign key `FK_UserCompany_User_InvitedBy` (`InvitedBy`) → `dbo.User` (`UserID`)
 - index `IX_UserCompany_CompanyID` (`CompanyID`)
 - index `IX_UserCompany_InvitedBy` (`InvitedBy`)
*/
#[derive(Debug, Clone, PartialEq)]
pub struct UserCompany {
    /// Surrogate key of the membership.
    pub user_company_id: i64,
    /// The member (dbo.User).
    pub user_id: i64,
    /// The company (dbo.Company).
    pub company_id: i64,
    /// The member's role in the company (ref.UserCompanyRole).
    pub user_company_role_id: crate::ref_::UserCompanyRole,
    /// State of the membership (ref.UserCompanyStatus).
    pub user_company_status_id: crate::ref_::UserCompanyStatus,
    /// Whether this company is selected when the user signs in; at most one per user.
    pub is_default_company: bool,
    /// How the user joined (ref.JoinedVia); named JoinedVia by the live database.
    pub joined_via: crate::ref_::JoinedVia,
    /// UserID of the user who invited this member (dbo.User); NULL unless joined by invitation.
    pub invited_by: ::core::option::Option<i64>,
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

::gen_runtime::table_meta!(
    UserCompany = "dbo"."UserCompany";
    columns[
        USER_COMPANY_ID("bigint").identity(),
        USER_ID("bigint"),
        COMPANY_ID("bigint"),
        USER_COMPANY_ROLE_ID("int"),
        USER_COMPANY_STATUS_ID("int"),
        IS_DEFAULT_COMPANY("bit").default("false"),
        JOINED_VIA("int"),
        INVITED_BY("bigint").null(),
        CREATED_DATE("datetime2(7)").default("GETUTCDATE()"),
        CREATED_BY("bigint").null(),
        UPDATED_DATE("datetime2(7)").default("GETUTCDATE()"),
        UPDATED_BY("bigint").null(),
        IS_DELETED("bit").default("false"),
        DELETED_DATE("datetime2(7)").null(),
        DELETED_BY("bigint").null()
    ];
    primary_key["PK_UserCompany"("UserCompanyID")];
    foreign_keys[
        "FK_UserCompany_User_UserID"("UserID") => "dbo"."User"("UserID"),
        "FK_UserCompany_Company"("CompanyID") => "dbo"."Company"("CompanyID"),
        "FK_UserCompany_UserCompanyRole"("UserCompanyRoleID") => "ref"."UserCompanyRole"("UserCompanyRoleID"),
        "FK_UserCompany_UserCompanyStatus"("UserCompanyStatusID") => "ref"."UserCompanyStatus"("UserCompanyStatusID"),
        "FK_UserCompany_JoinedVia"("JoinedVia") => "ref"."JoinedVia"("JoinedViaID"),
        "FK_UserCompany_User_InvitedBy"("InvitedBy") => "dbo"."User"("UserID")
    ];
    uniques["UQ_UserCompany_UserID_CompanyID"("UserID", "CompanyID")];
    indexes[
        "IX_UserCompany_CompanyID"("CompanyID"),
        "IX_UserCompany_InvitedBy"("InvitedBy")
    ];
);

/// A new row of `dbo.UserCompany`: every column but identities; a column with a database default is `Defaulted::Default` (left to the database) or `Defaulted::Value(…)`.
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
    /// Whether this company is selected when the user signs in; at most one per user.
    pub is_default_company: ::gen_runtime::Defaulted<bool>,
    /// How the user joined (ref.JoinedVia); named JoinedVia by the live database.
    pub joined_via: crate::ref_::JoinedVia,
    /// UserID of the user who invited this member (dbo.User); NULL unless joined by invitation.
    pub invited_by: ::core::option::Option<i64>,
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
    UserCompany, NewUserCompany;
    user_company_id = get(0, USER_COMPANY_ID),
    user_id = get(1, USER_ID),
    company_id = get(2, COMPANY_ID),
    user_company_role_id = reference(3, USER_COMPANY_ROLE_ID),
    user_company_status_id = reference(4, USER_COMPANY_STATUS_ID),
    is_default_company = get(5, IS_DEFAULT_COMPANY),
    joined_via = reference(6, JOINED_VIA),
    invited_by = opt(7, INVITED_BY),
    created_date = get(8, CREATED_DATE),
    created_by = opt(9, CREATED_BY),
    updated_date = get(10, UPDATED_DATE),
    updated_by = opt(11, UPDATED_BY),
    is_deleted = get(12, IS_DELETED),
    deleted_date = opt(13, DELETED_DATE),
    deleted_by = opt(14, DELETED_BY);
    user_id,
    company_id,
    user_company_role_id,
    user_company_status_id,
    is_default_company,
    joined_via,
    invited_by,
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
    NewUserCompany;
    user_id: i64,
    company_id: i64,
    user_company_role_id: crate::ref_::UserCompanyRole,
    user_company_status_id: crate::ref_::UserCompanyStatus,
    joined_via: crate::ref_::JoinedVia;
    invited_by,
    created_by,
    updated_by,
    deleted_date,
    deleted_by;
    is_default_company,
    created_date,
    updated_date,
    is_deleted
);

::gen_runtime::navigation!(
    UserCompany[0] => crate::dbo::User;
    user,
    " The live `dbo.User` row that `UserID` references (FK_UserCompany_User_UserID); `None` when the key is NULL or the row is gone or soft-deleted.";
    user_sql,
    " The SQL behind `user`: selects the `dbo.User` row that `UserID` of `dbo.UserCompany` references (foreign key FK_UserCompany_User_UserID); its parameters are the key's columns.";
    user_companies,
    " The live `dbo.UserCompany` rows whose `UserID` references this row (FK_UserCompany_User_UserID).";
    user_companies_sql,
    " The SQL behind `user_companies`: selects the `dbo.UserCompany` rows whose `UserID` references a `dbo.User` row (foreign key FK_UserCompany_User_UserID); its parameters are the referenced columns."
);

::gen_runtime::navigation!(
    UserCompany[1] => crate::dbo::Company;
    company,
    " The live `dbo.Company` row that `CompanyID` references (FK_UserCompany_Company); `None` when the key is NULL or the row is gone or soft-deleted.";
    company_sql,
    " The SQL behind `company`: selects the `dbo.Company` row that `CompanyID` of `dbo.UserCompany` references (foreign key FK_UserCompany_Company); its parameters are the key's columns.";
    user_companies,
    " The live `dbo.UserCompany` rows whose `CompanyID` references this row (FK_UserCompany_Company).";
    user_companies_sql,
    " The SQL behind `user_companies`: selects the `dbo.UserCompany` rows whose `CompanyID` references a `dbo.Company` row (foreign key FK_UserCompany_Company); its parameters are the referenced columns."
);

::gen_runtime::navigation!(
    UserCompany[2] => crate::ref_::UserCompanyRoleRow;
    user_company_role,
    " The live `ref.UserCompanyRole` row that `UserCompanyRoleID` references (FK_UserCompany_UserCompanyRole); `None` when the key is NULL or the row is gone or soft-deleted.";
    user_company_role_sql,
    " The SQL behind `user_company_role`: selects the `ref.UserCompanyRole` row that `UserCompanyRoleID` of `dbo.UserCompany` references (foreign key FK_UserCompany_UserCompanyRole); its parameters are the key's columns.";
    user_companies,
    " The live `dbo.UserCompany` rows whose `UserCompanyRoleID` references this row (FK_UserCompany_UserCompanyRole).";
    user_companies_sql,
    " The SQL behind `user_companies`: selects the `dbo.UserCompany` rows whose `UserCompanyRoleID` references a `ref.UserCompanyRole` row (foreign key FK_UserCompany_UserCompanyRole); its parameters are the referenced columns."
);

::gen_runtime::navigation!(
    UserCompany[3] => crate::ref_::UserCompanyStatusRow;
    user_company_status,
    " The live `ref.UserCompanyStatus` row that `UserCompanyStatusID` references (FK_UserCompany_UserCompanyStatus); `None` when the key is NULL or the row is gone or soft-deleted.";
    user_company_status_sql,
    " The SQL behind `user_company_status`: selects the `ref.UserCompanyStatus` row that `UserCompanyStatusID` of `dbo.UserCompany` references (foreign key FK_UserCompany_UserCompanyStatus); its parameters are the key's columns.";
    user_companies,
    " The live `dbo.UserCompany` rows whose `UserCompanyStatusID` references this row (FK_UserCompany_UserCompanyStatus).";
    user_companies_sql,
    " The SQL behind `user_companies`: selects the `dbo.UserCompany` rows whose `UserCompanyStatusID` references a `ref.UserCompanyStatus` row (foreign key FK_UserCompany_UserCompanyStatus); its parameters are the referenced columns."
);

::gen_runtime::navigation!(
    UserCompany[4] => crate::ref_::JoinedViaRow;
    joined_via,
    " The live `ref.JoinedVia` row that `JoinedVia` references (FK_UserCompany_JoinedVia); `None` when the key is NULL or the row is gone or soft-deleted.";
    joined_via_sql,
    " The SQL behind `joined_via`: selects the `ref.JoinedVia` row that `JoinedVia` of `dbo.UserCompany` references (foreign key FK_UserCompany_JoinedVia); its parameters are the key's columns.";
    user_companies,
    " The live `dbo.UserCompany` rows whose `JoinedVia` references this row (FK_UserCompany_JoinedVia).";
    user_companies_sql,
    " The SQL behind `user_companies`: selects the `dbo.UserCompany` rows whose `JoinedVia` references a `ref.JoinedVia` row (foreign key FK_UserCompany_JoinedVia); its parameters are the referenced columns."
);

::gen_runtime::navigation!(
    UserCompany[5] => crate::dbo::User;
    invited_by_user,
    " The live `dbo.User` row that `InvitedBy` references (FK_UserCompany_User_InvitedBy); `None` when the key is NULL or the row is gone or soft-deleted.";
    invited_by_user_sql,
    " The SQL behind `invited_by_user`: selects the `dbo.User` row that `InvitedBy` of `dbo.UserCompany` references (foreign key FK_UserCompany_User_InvitedBy); its parameters are the key's columns.";
    user_companies_by_invited_by,
    " The live `dbo.UserCompany` rows whose `InvitedBy` references this row (FK_UserCompany_User_InvitedBy).";
    user_companies_by_invited_by_sql,
    " The SQL behind `user_companies_by_invited_by`: selects the `dbo.UserCompany` rows whose `InvitedBy` references a `dbo.User` row (foreign key FK_UserCompany_User_InvitedBy); its parameters are the referenced columns."
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::finders!(
    UserCompany;
    by_user_and_company = unique(0; user_id: i64, company_id: i64),
    " The `dbo.UserCompany` row whose `UserID`, `CompanyID` equal the arguments (UQ_UserCompany_UserID_CompanyID). Live rows only unless `.including_deleted()`.";
    for_user = foreign_key(0; user_id: i64),
    " The `dbo.UserCompany` rows whose `UserID` equals the argument (FK_UserCompany_User_UserID). Live rows only unless `.including_deleted()`.";
    for_company = foreign_key(1; company_id: i64),
    " The `dbo.UserCompany` rows whose `CompanyID` equals the argument (FK_UserCompany_Company). Live rows only unless `.including_deleted()`.";
    for_user_company_role = foreign_key(2; user_company_role_id: crate::ref_::UserCompanyRole),
    " The `dbo.UserCompany` rows whose `UserCompanyRoleID` equals the argument (FK_UserCompany_UserCompanyRole). Live rows only unless `.including_deleted()`.";
    for_user_company_status = foreign_key(3; user_company_status_id: crate::ref_::UserCompanyStatus),
    " The `dbo.UserCompany` rows whose `UserCompanyStatusID` equals the argument (FK_UserCompany_UserCompanyStatus). Live rows only unless `.including_deleted()`.";
    for_joined_via = foreign_key(4; joined_via: crate::ref_::JoinedVia),
    " The `dbo.UserCompany` rows whose `JoinedVia` equals the argument (FK_UserCompany_JoinedVia). Live rows only unless `.including_deleted()`.";
    for_invited_by = foreign_key(5; invited_by: i64),
    " The `dbo.UserCompany` rows whose `InvitedBy` equals the argument (FK_UserCompany_User_InvitedBy). Live rows only unless `.including_deleted()`."
);
