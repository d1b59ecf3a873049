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
impl ::gen_runtime::Record for UserCompany {
    fn decode<R: ::gen_runtime::RowReader>(
        r: &mut R,
    ) -> ::core::result::Result<Self, ::gen_runtime::DecodeError> {
        ::core::result::Result::Ok(Self {
            user_company_id: r.get()?,
            user_id: r.get()?,
            company_id: r.get()?,
            user_company_role_id: r.reference()?,
            user_company_status_id: r.reference()?,
            is_default_company: r.get()?,
            joined_via: r.reference()?,
            invited_by: r.opt()?,
            created_date: r.get()?,
            created_by: r.opt()?,
            updated_date: r.get()?,
            updated_by: r.opt()?,
            is_deleted: r.get()?,
            deleted_date: r.opt()?,
            deleted_by: r.opt()?,
        })
    }
    fn values(&self) -> ::std::vec::Vec<::gen_runtime::SqlValue> {
        ::std::vec![
            ::gen_runtime::ToValue::to_value(& self.user_company_id),
            ::gen_runtime::ToValue::to_value(& self.user_id),
            ::gen_runtime::ToValue::to_value(& self.company_id),
            ::gen_runtime::ToValue::to_value(& self.user_company_role_id),
            ::gen_runtime::ToValue::to_value(& self.user_company_status_id),
            ::gen_runtime::ToValue::to_value(& self.is_default_company),
            ::gen_runtime::ToValue::to_value(& self.joined_via),
            ::gen_runtime::ToValue::to_value(& self.invited_by),
            ::gen_runtime::ToValue::to_value(& self.created_date),
            ::gen_runtime::ToValue::to_value(& self.created_by),
            ::gen_runtime::ToValue::to_value(& self.updated_date),
            ::gen_runtime::ToValue::to_value(& self.updated_by),
            ::gen_runtime::ToValue::to_value(& self.is_deleted),
            ::gen_runtime::ToValue::to_value(& self.deleted_date),
            ::gen_runtime::ToValue::to_value(& self.deleted_by),
        ]
    }
}
/// A new row of `dbo.UserCompany`: every column but identities and database defaults.
#[derive(Debug, Clone, PartialEq)]
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
impl ::gen_runtime::NewRecord for NewUserCompany {
    type Record = UserCompany;
    fn values(&self) -> ::std::vec::Vec<::gen_runtime::SqlValue> {
        ::std::vec![
            ::gen_runtime::ToValue::to_value(& self.user_id),
            ::gen_runtime::ToValue::to_value(& self.company_id),
            ::gen_runtime::ToValue::to_value(& self.user_company_role_id),
            ::gen_runtime::ToValue::to_value(& self.user_company_status_id),
            ::gen_runtime::ToValue::to_value(& self.joined_via),
            ::gen_runtime::ToValue::to_value(& self.invited_by),
            ::gen_runtime::ToValue::to_value(& self.created_by),
            ::gen_runtime::ToValue::to_value(& self.updated_by),
            ::gen_runtime::ToValue::to_value(& self.deleted_date),
            ::gen_runtime::ToValue::to_value(& self.deleted_by),
        ]
    }
}
impl UserCompany {
    /// SQL behind `user`: its parameters are the foreign key's columns, in order.
    pub fn user_sql(dialect: ::gen_runtime::Dialect) -> &'static str {
        ::gen_runtime::forward_sql::<
            crate::dbo::User,
        >(dialect, &<Self as ::gen_runtime::Table>::META.foreign_keys[0])
    }
    /// The live `dbo.User` row that `UserID` references (FK_UserCompany_User_UserID); `None` when the key is NULL or the row is gone or soft-deleted.
    #[cfg(any(feature = "postgres", feature = "tiberius"))]
    pub async fn user<C: ::gen_runtime::Conn>(
        &self,
        conn: C,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::dbo::User>,
        ::gen_runtime::Error,
    > {
        ::gen_runtime::forward(
                self,
                &<Self as ::gen_runtime::Table>::META.foreign_keys[0],
                conn,
            )
            .await
    }
}
impl crate::dbo::User {
    /// SQL behind `user_companies`: its parameters are the referenced columns, in order.
    pub fn user_companies_sql(dialect: ::gen_runtime::Dialect) -> &'static str {
        ::gen_runtime::reverse_sql::<
            self::UserCompany,
        >(dialect, &<self::UserCompany as ::gen_runtime::Table>::META.foreign_keys[0])
    }
    /// The live `dbo.UserCompany` rows whose `UserID` references this row (FK_UserCompany_User_UserID).
    #[cfg(any(feature = "postgres", feature = "tiberius"))]
    pub async fn user_companies<C: ::gen_runtime::Conn>(
        &self,
        conn: C,
    ) -> ::core::result::Result<
        ::std::vec::Vec<self::UserCompany>,
        ::gen_runtime::Error,
    > {
        ::gen_runtime::reverse(
                self,
                &<self::UserCompany as ::gen_runtime::Table>::META.foreign_keys[0],
                conn,
            )
            .await
    }
}
impl UserCompany {
    /// SQL behind `company`: its parameters are the foreign key's columns, in order.
    pub fn company_sql(dialect: ::gen_runtime::Dialect) -> &'static str {
        ::gen_runtime::forward_sql::<
            crate::dbo::Company,
        >(dialect, &<Self as ::gen_runtime::Table>::META.foreign_keys[1])
    }
    /// The live `dbo.Company` row that `CompanyID` references (FK_UserCompany_Company); `None` when the key is NULL or the row is gone or soft-deleted.
    #[cfg(any(feature = "postgres", feature = "tiberius"))]
    pub async fn company<C: ::gen_runtime::Conn>(
        &self,
        conn: C,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::dbo::Company>,
        ::gen_runtime::Error,
    > {
        ::gen_runtime::forward(
                self,
                &<Self as ::gen_runtime::Table>::META.foreign_keys[1],
                conn,
            )
            .await
    }
}
impl crate::dbo::Company {
    /// SQL behind `user_companies`: its parameters are the referenced columns, in order.
    pub fn user_companies_sql(dialect: ::gen_runtime::Dialect) -> &'static str {
        ::gen_runtime::reverse_sql::<
            self::UserCompany,
        >(dialect, &<self::UserCompany as ::gen_runtime::Table>::META.foreign_keys[1])
    }
    /// The live `dbo.UserCompany` rows whose `CompanyID` references this row (FK_UserCompany_Company).
    #[cfg(any(feature = "postgres", feature = "tiberius"))]
    pub async fn user_companies<C: ::gen_runtime::Conn>(
        &self,
        conn: C,
    ) -> ::core::result::Result<
        ::std::vec::Vec<self::UserCompany>,
        ::gen_runtime::Error,
    > {
        ::gen_runtime::reverse(
                self,
                &<self::UserCompany as ::gen_runtime::Table>::META.foreign_keys[1],
                conn,
            )
            .await
    }
}
impl UserCompany {
    /// SQL behind `user_company_role`: its parameters are the foreign key's columns, in order.
    pub fn user_company_role_sql(dialect: ::gen_runtime::Dialect) -> &'static str {
        ::gen_runtime::forward_sql::<
            crate::ref_::UserCompanyRoleRow,
        >(dialect, &<Self as ::gen_runtime::Table>::META.foreign_keys[2])
    }
    /// The live `ref.UserCompanyRole` row that `UserCompanyRoleID` references (FK_UserCompany_UserCompanyRole); `None` when the key is NULL or the row is gone or soft-deleted.
    #[cfg(any(feature = "postgres", feature = "tiberius"))]
    pub async fn user_company_role<C: ::gen_runtime::Conn>(
        &self,
        conn: C,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ref_::UserCompanyRoleRow>,
        ::gen_runtime::Error,
    > {
        ::gen_runtime::forward(
                self,
                &<Self as ::gen_runtime::Table>::META.foreign_keys[2],
                conn,
            )
            .await
    }
}
impl crate::ref_::UserCompanyRoleRow {
    /// SQL behind `user_companies`: its parameters are the referenced columns, in order.
    pub fn user_companies_sql(dialect: ::gen_runtime::Dialect) -> &'static str {
        ::gen_runtime::reverse_sql::<
            self::UserCompany,
        >(dialect, &<self::UserCompany as ::gen_runtime::Table>::META.foreign_keys[2])
    }
    /// The live `dbo.UserCompany` rows whose `UserCompanyRoleID` references this row (FK_UserCompany_UserCompanyRole).
    #[cfg(any(feature = "postgres", feature = "tiberius"))]
    pub async fn user_companies<C: ::gen_runtime::Conn>(
        &self,
        conn: C,
    ) -> ::core::result::Result<
        ::std::vec::Vec<self::UserCompany>,
        ::gen_runtime::Error,
    > {
        ::gen_runtime::reverse(
                self,
                &<self::UserCompany as ::gen_runtime::Table>::META.foreign_keys[2],
                conn,
            )
            .await
    }
}
impl UserCompany {
    /// SQL behind `user_company_status`: its parameters are the foreign key's columns, in order.
    pub fn user_company_status_sql(dialect: ::gen_runtime::Dialect) -> &'static str {
        ::gen_runtime::forward_sql::<
            crate::ref_::UserCompanyStatusRow,
        >(dialect, &<Self as ::gen_runtime::Table>::META.foreign_keys[3])
    }
    /// The live `ref.UserCompanyStatus` row that `UserCompanyStatusID` references (FK_UserCompany_UserCompanyStatus); `None` when the key is NULL or the row is gone or soft-deleted.
    #[cfg(any(feature = "postgres", feature = "tiberius"))]
    pub async fn user_company_status<C: ::gen_runtime::Conn>(
        &self,
        conn: C,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ref_::UserCompanyStatusRow>,
        ::gen_runtime::Error,
    > {
        ::gen_runtime::forward(
                self,
                &<Self as ::gen_runtime::Table>::META.foreign_keys[3],
                conn,
            )
            .await
    }
}
impl crate::ref_::UserCompanyStatusRow {
    /// SQL behind `user_companies`: its parameters are the referenced columns, in order.
    pub fn user_companies_sql(dialect: ::gen_runtime::Dialect) -> &'static str {
        ::gen_runtime::reverse_sql::<
            self::UserCompany,
        >(dialect, &<self::UserCompany as ::gen_runtime::Table>::META.foreign_keys[3])
    }
    /// The live `dbo.UserCompany` rows whose `UserCompanyStatusID` references this row (FK_UserCompany_UserCompanyStatus).
    #[cfg(any(feature = "postgres", feature = "tiberius"))]
    pub async fn user_companies<C: ::gen_runtime::Conn>(
        &self,
        conn: C,
    ) -> ::core::result::Result<
        ::std::vec::Vec<self::UserCompany>,
        ::gen_runtime::Error,
    > {
        ::gen_runtime::reverse(
                self,
                &<self::UserCompany as ::gen_runtime::Table>::META.foreign_keys[3],
                conn,
            )
            .await
    }
}
impl UserCompany {
    /// SQL behind `joined_via`: its parameters are the foreign key's columns, in order.
    pub fn joined_via_sql(dialect: ::gen_runtime::Dialect) -> &'static str {
        ::gen_runtime::forward_sql::<
            crate::ref_::JoinedViaRow,
        >(dialect, &<Self as ::gen_runtime::Table>::META.foreign_keys[4])
    }
    /// The live `ref.JoinedVia` row that `JoinedVia` references (FK_UserCompany_JoinedVia); `None` when the key is NULL or the row is gone or soft-deleted.
    #[cfg(any(feature = "postgres", feature = "tiberius"))]
    pub async fn joined_via<C: ::gen_runtime::Conn>(
        &self,
        conn: C,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ref_::JoinedViaRow>,
        ::gen_runtime::Error,
    > {
        ::gen_runtime::forward(
                self,
                &<Self as ::gen_runtime::Table>::META.foreign_keys[4],
                conn,
            )
            .await
    }
}
impl crate::ref_::JoinedViaRow {
    /// SQL behind `user_companies`: its parameters are the referenced columns, in order.
    pub fn user_companies_sql(dialect: ::gen_runtime::Dialect) -> &'static str {
        ::gen_runtime::reverse_sql::<
            self::UserCompany,
        >(dialect, &<self::UserCompany as ::gen_runtime::Table>::META.foreign_keys[4])
    }
    /// The live `dbo.UserCompany` rows whose `JoinedVia` references this row (FK_UserCompany_JoinedVia).
    #[cfg(any(feature = "postgres", feature = "tiberius"))]
    pub async fn user_companies<C: ::gen_runtime::Conn>(
        &self,
        conn: C,
    ) -> ::core::result::Result<
        ::std::vec::Vec<self::UserCompany>,
        ::gen_runtime::Error,
    > {
        ::gen_runtime::reverse(
                self,
                &<self::UserCompany as ::gen_runtime::Table>::META.foreign_keys[4],
                conn,
            )
            .await
    }
}
impl UserCompany {
    /// SQL behind `invited_by_user`: its parameters are the foreign key's columns, in order.
    pub fn invited_by_user_sql(dialect: ::gen_runtime::Dialect) -> &'static str {
        ::gen_runtime::forward_sql::<
            crate::dbo::User,
        >(dialect, &<Self as ::gen_runtime::Table>::META.foreign_keys[5])
    }
    /// The live `dbo.User` row that `InvitedBy` references (FK_UserCompany_User_InvitedBy); `None` when the key is NULL or the row is gone or soft-deleted.
    #[cfg(any(feature = "postgres", feature = "tiberius"))]
    pub async fn invited_by_user<C: ::gen_runtime::Conn>(
        &self,
        conn: C,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::dbo::User>,
        ::gen_runtime::Error,
    > {
        ::gen_runtime::forward(
                self,
                &<Self as ::gen_runtime::Table>::META.foreign_keys[5],
                conn,
            )
            .await
    }
}
impl crate::dbo::User {
    /// SQL behind `user_companies_by_invited_by`: its parameters are the referenced columns, in order.
    pub fn user_companies_by_invited_by_sql(
        dialect: ::gen_runtime::Dialect,
    ) -> &'static str {
        ::gen_runtime::reverse_sql::<
            self::UserCompany,
        >(dialect, &<self::UserCompany as ::gen_runtime::Table>::META.foreign_keys[5])
    }
    /// The live `dbo.UserCompany` rows whose `InvitedBy` references this row (FK_UserCompany_User_InvitedBy).
    #[cfg(any(feature = "postgres", feature = "tiberius"))]
    pub async fn user_companies_by_invited_by<C: ::gen_runtime::Conn>(
        &self,
        conn: C,
    ) -> ::core::result::Result<
        ::std::vec::Vec<self::UserCompany>,
        ::gen_runtime::Error,
    > {
        ::gen_runtime::reverse(
                self,
                &<self::UserCompany as ::gen_runtime::Table>::META.foreign_keys[5],
                conn,
            )
            .await
    }
}
