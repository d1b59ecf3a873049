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
/// A new row of `dbo.CompanyCustomerDetails`: every column but identities and database defaults.
#[derive(Debug, Clone)]
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
::gen_runtime::record!(
    CompanyCustomerDetails, NewCompanyCustomerDetails; get company_customer_details_id,
    get company_id, reference customer_tier_id, reference_opt industry_id, reference_opt
    timezone_id, reference_opt language_id, opt website, opt employee_count, opt
    subscription_start_date, opt subscription_end_date, get created_date, opt created_by,
    get updated_date, opt updated_by, get is_deleted, opt deleted_date, opt deleted_by,;
    company_id, customer_tier_id, industry_id, timezone_id, language_id, website,
    employee_count, subscription_start_date, subscription_end_date, created_by,
    updated_by, deleted_date, deleted_by,
);
::gen_runtime::navigation!(
    CompanyCustomerDetails[0] => crate ::dbo::Company; company, company_sql,
    " The live `dbo.Company` row that `CompanyID` references (FK_CompanyCustomerDetails_Company); `None` when the key is NULL or the row is gone or soft-deleted.";
    company_customer_detailses, company_customer_detailses_sql,
    " The live `dbo.CompanyCustomerDetails` rows whose `CompanyID` references this row (FK_CompanyCustomerDetails_Company)."
);
::gen_runtime::navigation!(
    CompanyCustomerDetails[1] => crate ::ref_::CustomerTierRow; customer_tier,
    customer_tier_sql,
    " The live `ref.CustomerTier` row that `CustomerTierID` references (FK_CompanyCustomerDetails_CustomerTier); `None` when the key is NULL or the row is gone or soft-deleted.";
    company_customer_detailses, company_customer_detailses_sql,
    " The live `dbo.CompanyCustomerDetails` rows whose `CustomerTierID` references this row (FK_CompanyCustomerDetails_CustomerTier)."
);
::gen_runtime::navigation!(
    CompanyCustomerDetails[2] => crate ::ref_::IndustryRow; industry, industry_sql,
    " The live `ref.Industry` row that `IndustryID` references (FK_CompanyCustomerDetails_Industry); `None` when the key is NULL or the row is gone or soft-deleted.";
    company_customer_detailses, company_customer_detailses_sql,
    " The live `dbo.CompanyCustomerDetails` rows whose `IndustryID` references this row (FK_CompanyCustomerDetails_Industry)."
);
::gen_runtime::navigation!(
    CompanyCustomerDetails[3] => crate ::ref_::TimezoneRow; timezone, timezone_sql,
    " The live `ref.Timezone` row that `TimezoneID` references (FK_CompanyCustomerDetails_Timezone); `None` when the key is NULL or the row is gone or soft-deleted.";
    company_customer_detailses, company_customer_detailses_sql,
    " The live `dbo.CompanyCustomerDetails` rows whose `TimezoneID` references this row (FK_CompanyCustomerDetails_Timezone)."
);
::gen_runtime::navigation!(
    CompanyCustomerDetails[4] => crate ::ref_::LanguageRow; language, language_sql,
    " The live `ref.Language` row that `LanguageID` references (FK_CompanyCustomerDetails_Language); `None` when the key is NULL or the row is gone or soft-deleted.";
    company_customer_detailses, company_customer_detailses_sql,
    " The live `dbo.CompanyCustomerDetails` rows whose `LanguageID` references this row (FK_CompanyCustomerDetails_Language)."
);
