// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// A company's profile as a customer of the platform: tier, industry and preferences.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#dbo-company_customer_details).
/// References: [`Company`](crate::dbo::Company), [`CustomerTierRow`](crate::ref_::CustomerTierRow), [`IndustryRow`](crate::ref_::IndustryRow), [`TimezoneRow`](crate::ref_::TimezoneRow), [`LanguageRow`](crate::ref_::LanguageRow).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
pub struct CompanyCustomerDetails {
    /// Surrogate key of the customer details.
    #[cfg_attr(feature = "serde", serde(rename = "CompanyCustomerDetailsID"))]
    pub company_customer_details_id: i64,
    /// The company (dbo.Company); one row per company.
    #[cfg_attr(feature = "serde", serde(rename = "CompanyID"))]
    pub company_id: i64,
    /// Subscription tier (ref.CustomerTier).
    #[cfg_attr(feature = "serde", serde(rename = "CustomerTierID"))]
    pub customer_tier_id: crate::ref_::CustomerTier,
    /// Main industry (ref.Industry).
    #[cfg_attr(feature = "serde", serde(rename = "IndustryID"))]
    pub industry_id: ::core::option::Option<crate::ref_::Industry>,
    /// Time zone for showing dates to the company's users (ref.Timezone).
    #[cfg_attr(feature = "serde", serde(rename = "TimezoneID"))]
    pub timezone_id: ::core::option::Option<crate::ref_::Timezone>,
    /// Preferred language for emails (ref.Language).
    #[cfg_attr(feature = "serde", serde(rename = "LanguageID"))]
    pub language_id: ::core::option::Option<crate::ref_::Language>,
    /// Company website URL.
    #[cfg_attr(feature = "serde", serde(rename = "Website"))]
    pub website: ::core::option::Option<::std::string::String>,
    /// Approximate number of employees, as the customer states it.
    #[cfg_attr(feature = "serde", serde(rename = "EmployeeCount"))]
    pub employee_count: ::core::option::Option<i32>,
    /// First day of the current subscription.
    #[cfg_attr(feature = "serde", serde(rename = "SubscriptionStartDate"))]
    pub subscription_start_date: ::core::option::Option<::chrono::NaiveDate>,
    /// Last day of the current subscription; NULL while it renews.
    #[cfg_attr(feature = "serde", serde(rename = "SubscriptionEndDate"))]
    pub subscription_end_date: ::core::option::Option<::chrono::NaiveDate>,
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
/// Column names of `dbo.CompanyCustomerDetails`, for SQL text.
pub mod columns {
    /// Surrogate key of the customer details.
    pub const COMPANY_CUSTOMER_DETAILS_ID: &str = "CompanyCustomerDetailsID";
    /// The company (dbo.Company); one row per company.
    pub const COMPANY_ID: &str = "CompanyID";
    /// Subscription tier (ref.CustomerTier).
    pub const CUSTOMER_TIER_ID: &str = "CustomerTierID";
    /// Main industry (ref.Industry).
    pub const INDUSTRY_ID: &str = "IndustryID";
    /// Time zone for showing dates to the company's users (ref.Timezone).
    pub const TIMEZONE_ID: &str = "TimezoneID";
    /// Preferred language for emails (ref.Language).
    pub const LANGUAGE_ID: &str = "LanguageID";
    /// Company website URL.
    pub const WEBSITE: &str = "Website";
    /// Approximate number of employees, as the customer states it.
    pub const EMPLOYEE_COUNT: &str = "EmployeeCount";
    /// First day of the current subscription.
    pub const SUBSCRIPTION_START_DATE: &str = "SubscriptionStartDate";
    /// Last day of the current subscription; NULL while it renews.
    pub const SUBSCRIPTION_END_DATE: &str = "SubscriptionEndDate";
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
impl ::gen_runtime::Table for CompanyCustomerDetails {
    const META: &'static ::gen_runtime::TableMeta = &::gen_runtime::TableMeta {
        schema: "dbo",
        name: "CompanyCustomerDetails",
        columns: &[
            ::gen_runtime::ColumnMeta::new(
                self::columns::COMPANY_CUSTOMER_DETAILS_ID,
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
                self::columns::CUSTOMER_TIER_ID,
                "int",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::INDUSTRY_ID,
                "int",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::TIMEZONE_ID,
                "int",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::LANGUAGE_ID,
                "int",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::WEBSITE,
                "nvarchar(500)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::EMPLOYEE_COUNT,
                "int",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::SUBSCRIPTION_START_DATE,
                "date",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::SUBSCRIPTION_END_DATE,
                "date",
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
        primary_key_name: "PK_CompanyCustomerDetails",
        primary_key: &["CompanyCustomerDetailsID"],
        foreign_keys: &[
            ::gen_runtime::ForeignKeyMeta {
                name: "FK_CompanyCustomerDetails_Company",
                columns: &["CompanyID"],
                ref_schema: "dbo",
                ref_table: "Company",
                ref_columns: &["CompanyID"],
            },
            ::gen_runtime::ForeignKeyMeta {
                name: "FK_CompanyCustomerDetails_CustomerTier",
                columns: &["CustomerTierID"],
                ref_schema: "ref",
                ref_table: "CustomerTier",
                ref_columns: &["CustomerTierID"],
            },
            ::gen_runtime::ForeignKeyMeta {
                name: "FK_CompanyCustomerDetails_Industry",
                columns: &["IndustryID"],
                ref_schema: "ref",
                ref_table: "Industry",
                ref_columns: &["IndustryID"],
            },
            ::gen_runtime::ForeignKeyMeta {
                name: "FK_CompanyCustomerDetails_Timezone",
                columns: &["TimezoneID"],
                ref_schema: "ref",
                ref_table: "Timezone",
                ref_columns: &["TimezoneID"],
            },
            ::gen_runtime::ForeignKeyMeta {
                name: "FK_CompanyCustomerDetails_Language",
                columns: &["LanguageID"],
                ref_schema: "ref",
                ref_table: "Language",
                ref_columns: &["LanguageID"],
            },
        ],
        uniques: &[
            ::gen_runtime::IndexMeta {
                name: "UQ_CompanyCustomerDetails_CompanyID",
                columns: &["CompanyID"],
                unique: true,
            },
        ],
        indexes: &[
            ::gen_runtime::IndexMeta {
                name: "IX_CompanyCustomerDetails_CustomerTierID",
                columns: &["CustomerTierID"],
                unique: false,
            },
            ::gen_runtime::IndexMeta {
                name: "IX_CompanyCustomerDetails_IndustryID",
                columns: &["IndustryID"],
                unique: false,
            },
        ],
    };
}
impl ::gen_runtime::Record for CompanyCustomerDetails {
    fn decode<R: ::gen_runtime::RowReader>(
        r: &mut R,
    ) -> ::core::result::Result<Self, ::gen_runtime::DecodeError> {
        ::core::result::Result::Ok(Self {
            company_customer_details_id: r.get()?,
            company_id: r.get()?,
            customer_tier_id: r.reference()?,
            industry_id: r.reference_opt()?,
            timezone_id: r.reference_opt()?,
            language_id: r.reference_opt()?,
            website: r.opt()?,
            employee_count: r.opt()?,
            subscription_start_date: r.opt()?,
            subscription_end_date: r.opt()?,
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
            ::gen_runtime::ToValue::to_value(& self.company_customer_details_id),
            ::gen_runtime::ToValue::to_value(& self.company_id),
            ::gen_runtime::ToValue::to_value(& self.customer_tier_id),
            ::gen_runtime::ToValue::to_value(& self.industry_id),
            ::gen_runtime::ToValue::to_value(& self.timezone_id),
            ::gen_runtime::ToValue::to_value(& self.language_id),
            ::gen_runtime::ToValue::to_value(& self.website),
            ::gen_runtime::ToValue::to_value(& self.employee_count),
            ::gen_runtime::ToValue::to_value(& self.subscription_start_date),
            ::gen_runtime::ToValue::to_value(& self.subscription_end_date),
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
/// A new row of `dbo.CompanyCustomerDetails`: every column but identities and database defaults.
#[derive(Debug, Clone, PartialEq)]
pub struct NewCompanyCustomerDetails {
    /// The company (dbo.Company); one row per company.
    pub company_id: i64,
    /// Subscription tier (ref.CustomerTier).
    pub customer_tier_id: crate::ref_::CustomerTier,
    /// Main industry (ref.Industry).
    pub industry_id: ::core::option::Option<crate::ref_::Industry>,
    /// Time zone for showing dates to the company's users (ref.Timezone).
    pub timezone_id: ::core::option::Option<crate::ref_::Timezone>,
    /// Preferred language for emails (ref.Language).
    pub language_id: ::core::option::Option<crate::ref_::Language>,
    /// Company website URL.
    pub website: ::core::option::Option<::std::string::String>,
    /// Approximate number of employees, as the customer states it.
    pub employee_count: ::core::option::Option<i32>,
    /// First day of the current subscription.
    pub subscription_start_date: ::core::option::Option<::chrono::NaiveDate>,
    /// Last day of the current subscription; NULL while it renews.
    pub subscription_end_date: ::core::option::Option<::chrono::NaiveDate>,
    /// UserID of who created the row; NULL for the system (not a foreign key).
    pub created_by: ::core::option::Option<i64>,
    /// UserID of who last updated the row; NULL for the system (not a foreign key).
    pub updated_by: ::core::option::Option<i64>,
    /// When the row was soft-deleted (UTC); NULL while live.
    pub deleted_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// UserID of who soft-deleted the row (not a foreign key).
    pub deleted_by: ::core::option::Option<i64>,
}
impl ::gen_runtime::NewRecord for NewCompanyCustomerDetails {
    type Record = CompanyCustomerDetails;
    fn values(&self) -> ::std::vec::Vec<::gen_runtime::SqlValue> {
        ::std::vec![
            ::gen_runtime::ToValue::to_value(& self.company_id),
            ::gen_runtime::ToValue::to_value(& self.customer_tier_id),
            ::gen_runtime::ToValue::to_value(& self.industry_id),
            ::gen_runtime::ToValue::to_value(& self.timezone_id),
            ::gen_runtime::ToValue::to_value(& self.language_id),
            ::gen_runtime::ToValue::to_value(& self.website),
            ::gen_runtime::ToValue::to_value(& self.employee_count),
            ::gen_runtime::ToValue::to_value(& self.subscription_start_date),
            ::gen_runtime::ToValue::to_value(& self.subscription_end_date),
            ::gen_runtime::ToValue::to_value(& self.created_by),
            ::gen_runtime::ToValue::to_value(& self.updated_by),
            ::gen_runtime::ToValue::to_value(& self.deleted_date),
            ::gen_runtime::ToValue::to_value(& self.deleted_by),
        ]
    }
}
impl CompanyCustomerDetails {
    /// SQL behind `company`: its parameters are the foreign key's columns, in order.
    pub fn company_sql(dialect: ::gen_runtime::Dialect) -> &'static str {
        ::gen_runtime::forward_sql::<
            crate::dbo::Company,
        >(dialect, &<Self as ::gen_runtime::Table>::META.foreign_keys[0])
    }
    /// The live `dbo.Company` row that `CompanyID` references (FK_CompanyCustomerDetails_Company); `None` when the key is NULL or the row is gone or soft-deleted.
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
                &<Self as ::gen_runtime::Table>::META.foreign_keys[0],
                conn,
            )
            .await
    }
}
impl crate::dbo::Company {
    /// SQL behind `company_customer_detailses`: its parameters are the referenced columns, in order.
    pub fn company_customer_detailses_sql(
        dialect: ::gen_runtime::Dialect,
    ) -> &'static str {
        ::gen_runtime::reverse_sql::<
            self::CompanyCustomerDetails,
        >(
            dialect,
            &<self::CompanyCustomerDetails as ::gen_runtime::Table>::META.foreign_keys[0],
        )
    }
    /// The live `dbo.CompanyCustomerDetails` rows whose `CompanyID` references this row (FK_CompanyCustomerDetails_Company).
    #[cfg(any(feature = "postgres", feature = "tiberius"))]
    pub async fn company_customer_detailses<C: ::gen_runtime::Conn>(
        &self,
        conn: C,
    ) -> ::core::result::Result<
        ::std::vec::Vec<self::CompanyCustomerDetails>,
        ::gen_runtime::Error,
    > {
        ::gen_runtime::reverse(
                self,
                &<self::CompanyCustomerDetails as ::gen_runtime::Table>::META
                    .foreign_keys[0],
                conn,
            )
            .await
    }
}
impl CompanyCustomerDetails {
    /// SQL behind `customer_tier`: its parameters are the foreign key's columns, in order.
    pub fn customer_tier_sql(dialect: ::gen_runtime::Dialect) -> &'static str {
        ::gen_runtime::forward_sql::<
            crate::ref_::CustomerTierRow,
        >(dialect, &<Self as ::gen_runtime::Table>::META.foreign_keys[1])
    }
    /// The live `ref.CustomerTier` row that `CustomerTierID` references (FK_CompanyCustomerDetails_CustomerTier); `None` when the key is NULL or the row is gone or soft-deleted.
    #[cfg(any(feature = "postgres", feature = "tiberius"))]
    pub async fn customer_tier<C: ::gen_runtime::Conn>(
        &self,
        conn: C,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ref_::CustomerTierRow>,
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
impl crate::ref_::CustomerTierRow {
    /// SQL behind `company_customer_detailses`: its parameters are the referenced columns, in order.
    pub fn company_customer_detailses_sql(
        dialect: ::gen_runtime::Dialect,
    ) -> &'static str {
        ::gen_runtime::reverse_sql::<
            self::CompanyCustomerDetails,
        >(
            dialect,
            &<self::CompanyCustomerDetails as ::gen_runtime::Table>::META.foreign_keys[1],
        )
    }
    /// The live `dbo.CompanyCustomerDetails` rows whose `CustomerTierID` references this row (FK_CompanyCustomerDetails_CustomerTier).
    #[cfg(any(feature = "postgres", feature = "tiberius"))]
    pub async fn company_customer_detailses<C: ::gen_runtime::Conn>(
        &self,
        conn: C,
    ) -> ::core::result::Result<
        ::std::vec::Vec<self::CompanyCustomerDetails>,
        ::gen_runtime::Error,
    > {
        ::gen_runtime::reverse(
                self,
                &<self::CompanyCustomerDetails as ::gen_runtime::Table>::META
                    .foreign_keys[1],
                conn,
            )
            .await
    }
}
impl CompanyCustomerDetails {
    /// SQL behind `industry`: its parameters are the foreign key's columns, in order.
    pub fn industry_sql(dialect: ::gen_runtime::Dialect) -> &'static str {
        ::gen_runtime::forward_sql::<
            crate::ref_::IndustryRow,
        >(dialect, &<Self as ::gen_runtime::Table>::META.foreign_keys[2])
    }
    /// The live `ref.Industry` row that `IndustryID` references (FK_CompanyCustomerDetails_Industry); `None` when the key is NULL or the row is gone or soft-deleted.
    #[cfg(any(feature = "postgres", feature = "tiberius"))]
    pub async fn industry<C: ::gen_runtime::Conn>(
        &self,
        conn: C,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ref_::IndustryRow>,
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
impl crate::ref_::IndustryRow {
    /// SQL behind `company_customer_detailses`: its parameters are the referenced columns, in order.
    pub fn company_customer_detailses_sql(
        dialect: ::gen_runtime::Dialect,
    ) -> &'static str {
        ::gen_runtime::reverse_sql::<
            self::CompanyCustomerDetails,
        >(
            dialect,
            &<self::CompanyCustomerDetails as ::gen_runtime::Table>::META.foreign_keys[2],
        )
    }
    /// The live `dbo.CompanyCustomerDetails` rows whose `IndustryID` references this row (FK_CompanyCustomerDetails_Industry).
    #[cfg(any(feature = "postgres", feature = "tiberius"))]
    pub async fn company_customer_detailses<C: ::gen_runtime::Conn>(
        &self,
        conn: C,
    ) -> ::core::result::Result<
        ::std::vec::Vec<self::CompanyCustomerDetails>,
        ::gen_runtime::Error,
    > {
        ::gen_runtime::reverse(
                self,
                &<self::CompanyCustomerDetails as ::gen_runtime::Table>::META
                    .foreign_keys[2],
                conn,
            )
            .await
    }
}
impl CompanyCustomerDetails {
    /// SQL behind `timezone`: its parameters are the foreign key's columns, in order.
    pub fn timezone_sql(dialect: ::gen_runtime::Dialect) -> &'static str {
        ::gen_runtime::forward_sql::<
            crate::ref_::TimezoneRow,
        >(dialect, &<Self as ::gen_runtime::Table>::META.foreign_keys[3])
    }
    /// The live `ref.Timezone` row that `TimezoneID` references (FK_CompanyCustomerDetails_Timezone); `None` when the key is NULL or the row is gone or soft-deleted.
    #[cfg(any(feature = "postgres", feature = "tiberius"))]
    pub async fn timezone<C: ::gen_runtime::Conn>(
        &self,
        conn: C,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ref_::TimezoneRow>,
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
impl crate::ref_::TimezoneRow {
    /// SQL behind `company_customer_detailses`: its parameters are the referenced columns, in order.
    pub fn company_customer_detailses_sql(
        dialect: ::gen_runtime::Dialect,
    ) -> &'static str {
        ::gen_runtime::reverse_sql::<
            self::CompanyCustomerDetails,
        >(
            dialect,
            &<self::CompanyCustomerDetails as ::gen_runtime::Table>::META.foreign_keys[3],
        )
    }
    /// The live `dbo.CompanyCustomerDetails` rows whose `TimezoneID` references this row (FK_CompanyCustomerDetails_Timezone).
    #[cfg(any(feature = "postgres", feature = "tiberius"))]
    pub async fn company_customer_detailses<C: ::gen_runtime::Conn>(
        &self,
        conn: C,
    ) -> ::core::result::Result<
        ::std::vec::Vec<self::CompanyCustomerDetails>,
        ::gen_runtime::Error,
    > {
        ::gen_runtime::reverse(
                self,
                &<self::CompanyCustomerDetails as ::gen_runtime::Table>::META
                    .foreign_keys[3],
                conn,
            )
            .await
    }
}
impl CompanyCustomerDetails {
    /// SQL behind `language`: its parameters are the foreign key's columns, in order.
    pub fn language_sql(dialect: ::gen_runtime::Dialect) -> &'static str {
        ::gen_runtime::forward_sql::<
            crate::ref_::LanguageRow,
        >(dialect, &<Self as ::gen_runtime::Table>::META.foreign_keys[4])
    }
    /// The live `ref.Language` row that `LanguageID` references (FK_CompanyCustomerDetails_Language); `None` when the key is NULL or the row is gone or soft-deleted.
    #[cfg(any(feature = "postgres", feature = "tiberius"))]
    pub async fn language<C: ::gen_runtime::Conn>(
        &self,
        conn: C,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ref_::LanguageRow>,
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
impl crate::ref_::LanguageRow {
    /// SQL behind `company_customer_detailses`: its parameters are the referenced columns, in order.
    pub fn company_customer_detailses_sql(
        dialect: ::gen_runtime::Dialect,
    ) -> &'static str {
        ::gen_runtime::reverse_sql::<
            self::CompanyCustomerDetails,
        >(
            dialect,
            &<self::CompanyCustomerDetails as ::gen_runtime::Table>::META.foreign_keys[4],
        )
    }
    /// The live `dbo.CompanyCustomerDetails` rows whose `LanguageID` references this row (FK_CompanyCustomerDetails_Language).
    #[cfg(any(feature = "postgres", feature = "tiberius"))]
    pub async fn company_customer_detailses<C: ::gen_runtime::Conn>(
        &self,
        conn: C,
    ) -> ::core::result::Result<
        ::std::vec::Vec<self::CompanyCustomerDetails>,
        ::gen_runtime::Error,
    > {
        ::gen_runtime::reverse(
                self,
                &<self::CompanyCustomerDetails as ::gen_runtime::Table>::META
                    .foreign_keys[4],
                conn,
            )
            .await
    }
}
