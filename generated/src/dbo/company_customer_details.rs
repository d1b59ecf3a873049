// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// A company's profile as a customer of the platform: tier, industry and preferences.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#dbo-company_customer_details).
/// References: [`Company`](crate::dbo::Company), [`CustomerTierRow`](crate::ref_::CustomerTierRow), [`IndustryRow`](crate::ref_::IndustryRow), [`TimezoneRow`](crate::ref_::TimezoneRow), [`LanguageRow`](crate::ref_::LanguageRow).
/**
 # Columns

 | Column | Rust field | SQL type | Null | Default |
 |---|---|---|---|---|
 | `CompanyCustomerDetailsID` | `company_customer_details_id` | `bigint identity` | no |  |
 | `CompanyID` | `company_id` | `bigint` | no |  |
 | `CustomerTierID` | `customer_tier_id` | `int` | no |  |
 | `IndustryID` | `industry_id` | `int` | yes |  |
 | `TimezoneID` | `timezone_id` | `int` | yes |  |
 | `LanguageID` | `language_id` | `int` | yes |  |
 | `Website` | `website` | `nvarchar(500)` | yes |  |
 | `EmployeeCount` | `employee_count` | `int` | yes |  |
 | `SubscriptionStartDate` | `subscription_start_date` | `date` | yes |  |
 | `SubscriptionEndDate` | `subscription_end_date` | `date` | yes |  |
 | `CreatedDate` | `created_date` | `datetime2(7)` | no | `GETUTCDATE()` |
 | `CreatedBy` | `created_by` | `bigint` | yes |  |
 | `UpdatedDate` | `updated_date` | `datetime2(7)` | no | `GETUTCDATE()` |
 | `UpdatedBy` | `updated_by` | `bigint` | yes |  |
 | `IsDeleted` | `is_deleted` | `bit` | no | `false` |
 | `DeletedDate` | `deleted_date` | `datetime2(7)` | yes |  |
 | `DeletedBy` | `deleted_by` | `bigint` | yes |  |

 # Keys

 - primary key `PK_CompanyCustomerDetails` (`CompanyCustomerDetailsID`)
 - unique `UQ_CompanyCustomerDetails_CompanyID` (`CompanyID`)
 - check `CK_CompanyCustomerDetails_EmployeeCount`: `EmployeeCount >= 0`
 - check `CK_CompanyCustomerDetails_SubscriptionDates`: `SubscriptionEndDate IS NULL OR SubscriptionEndDate >= SubscriptionStartDate`
 - foreign key `FK_CompanyCustomerDetails_Company` (`CompanyID`) → `dbo.Company` (`CompanyID`)
 - foreign key `FK_CompanyCustomerDetails_CustomerTier` (`CustomerTierID`) → `ref.CustomerTier` (`CustomerTierID`)
 - foreign key `FK_CompanyCustomerDetails_Industry` (`IndustryID`) → `ref.Industry` (`IndustryID`)
 - foreign key `FK_CompanyCustomerDetails_Timezone` (`TimezoneID`) → `ref.Timezone` (`TimezoneID`)
 - foreign key `FK_CompanyCustomerDetails_Language` (`LanguageID`) → `ref.Language` (`LanguageID`)
 - index `IX_CompanyCustomerDetails_CustomerTierID` (`CustomerTierID`)
 - index `IX_CompanyCustomerDetails_IndustryID` (`IndustryID`)
*/
#[derive(Debug, Clone, PartialEq)]
pub struct CompanyCustomerDetails {
    /// Surrogate key of the customer details.
    pub company_customer_details_id: i64,
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

::gen_runtime::table_meta!(
    CompanyCustomerDetails = "dbo"."CompanyCustomerDetails";
    columns[
        COMPANY_CUSTOMER_DETAILS_ID("bigint").identity(),
        COMPANY_ID("bigint"),
        CUSTOMER_TIER_ID("int"),
        INDUSTRY_ID("int").null(),
        TIMEZONE_ID("int").null(),
        LANGUAGE_ID("int").null(),
        WEBSITE("nvarchar(500)").null(),
        EMPLOYEE_COUNT("int").null(),
        SUBSCRIPTION_START_DATE("date").null(),
        SUBSCRIPTION_END_DATE("date").null(),
        CREATED_DATE("datetime2(7)").default("GETUTCDATE()"),
        CREATED_BY("bigint").null(),
        UPDATED_DATE("datetime2(7)").default("GETUTCDATE()"),
        UPDATED_BY("bigint").null(),
        IS_DELETED("bit").default("false"),
        DELETED_DATE("datetime2(7)").null(),
        DELETED_BY("bigint").null()
    ];
    primary_key["PK_CompanyCustomerDetails"("CompanyCustomerDetailsID")];
    foreign_keys[
        "FK_CompanyCustomerDetails_Company"("CompanyID") => "dbo"."Company"("CompanyID"),
        "FK_CompanyCustomerDetails_CustomerTier"("CustomerTierID") => "ref"."CustomerTier"("CustomerTierID"),
        "FK_CompanyCustomerDetails_Industry"("IndustryID") => "ref"."Industry"("IndustryID"),
        "FK_CompanyCustomerDetails_Timezone"("TimezoneID") => "ref"."Timezone"("TimezoneID"),
        "FK_CompanyCustomerDetails_Language"("LanguageID") => "ref"."Language"("LanguageID")
    ];
    uniques["UQ_CompanyCustomerDetails_CompanyID"("CompanyID")];
    indexes[
        "IX_CompanyCustomerDetails_CustomerTierID"("CustomerTierID"),
        "IX_CompanyCustomerDetails_IndustryID"("IndustryID")
    ];
);

/// A new row of `dbo.CompanyCustomerDetails`: every column but identities; a column with a database default is `Defaulted::Default` (left to the database) or `Defaulted::Value(…)`.
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
    CompanyCustomerDetails, NewCompanyCustomerDetails;
    company_customer_details_id = get(0, COMPANY_CUSTOMER_DETAILS_ID),
    company_id = get(1, COMPANY_ID),
    customer_tier_id = reference(2, CUSTOMER_TIER_ID),
    industry_id = reference_opt(3, INDUSTRY_ID),
    timezone_id = reference_opt(4, TIMEZONE_ID),
    language_id = reference_opt(5, LANGUAGE_ID),
    website = opt(6, WEBSITE),
    employee_count = opt(7, EMPLOYEE_COUNT),
    subscription_start_date = opt(8, SUBSCRIPTION_START_DATE),
    subscription_end_date = opt(9, SUBSCRIPTION_END_DATE),
    created_date = get(10, CREATED_DATE),
    created_by = opt(11, CREATED_BY),
    updated_date = get(12, UPDATED_DATE),
    updated_by = opt(13, UPDATED_BY),
    is_deleted = get(14, IS_DELETED),
    deleted_date = opt(15, DELETED_DATE),
    deleted_by = opt(16, DELETED_BY);
    company_id,
    customer_tier_id,
    industry_id,
    timezone_id,
    language_id,
    website,
    employee_count,
    subscription_start_date,
    subscription_end_date,
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
    NewCompanyCustomerDetails;
    company_id: i64,
    customer_tier_id: crate::ref_::CustomerTier;
    industry_id,
    timezone_id,
    language_id,
    website,
    employee_count,
    subscription_start_date,
    subscription_end_date,
    created_by,
    updated_by,
    deleted_date,
    deleted_by;
    created_date,
    updated_date,
    is_deleted
);

::gen_runtime::navigation!(
    CompanyCustomerDetails[0] => crate::dbo::Company;
    company,
    " The live `dbo.Company` row that `CompanyID` references (FK_CompanyCustomerDetails_Company); `None` when the key is NULL or the row is gone or soft-deleted.";
    company_sql,
    " The SQL behind `company`: selects the `dbo.Company` row that `CompanyID` of `dbo.CompanyCustomerDetails` references (foreign key FK_CompanyCustomerDetails_Company); its parameters are the key's columns.";
    company_customer_detailses,
    " The live `dbo.CompanyCustomerDetails` rows whose `CompanyID` references this row (FK_CompanyCustomerDetails_Company).";
    company_customer_detailses_sql,
    " The SQL behind `company_customer_detailses`: selects the `dbo.CompanyCustomerDetails` rows whose `CompanyID` references a `dbo.Company` row (foreign key FK_CompanyCustomerDetails_Company); its parameters are the referenced columns."
);

::gen_runtime::navigation!(
    CompanyCustomerDetails[1] => crate::ref_::CustomerTierRow;
    customer_tier,
    " The live `ref.CustomerTier` row that `CustomerTierID` references (FK_CompanyCustomerDetails_CustomerTier); `None` when the key is NULL or the row is gone or soft-deleted.";
    customer_tier_sql,
    " The SQL behind `customer_tier`: selects the `ref.CustomerTier` row that `CustomerTierID` of `dbo.CompanyCustomerDetails` references (foreign key FK_CompanyCustomerDetails_CustomerTier); its parameters are the key's columns.";
    company_customer_detailses,
    " The live `dbo.CompanyCustomerDetails` rows whose `CustomerTierID` references this row (FK_CompanyCustomerDetails_CustomerTier).";
    company_customer_detailses_sql,
    " The SQL behind `company_customer_detailses`: selects the `dbo.CompanyCustomerDetails` rows whose `CustomerTierID` references a `ref.CustomerTier` row (foreign key FK_CompanyCustomerDetails_CustomerTier); its parameters are the referenced columns."
);

::gen_runtime::navigation!(
    CompanyCustomerDetails[2] => crate::ref_::IndustryRow;
    industry,
    " The live `ref.Industry` row that `IndustryID` references (FK_CompanyCustomerDetails_Industry); `None` when the key is NULL or the row is gone or soft-deleted.";
    industry_sql,
    " The SQL behind `industry`: selects the `ref.Industry` row that `IndustryID` of `dbo.CompanyCustomerDetails` references (foreign key FK_CompanyCustomerDetails_Industry); its parameters are the key's columns.";
    company_customer_detailses,
    " The live `dbo.CompanyCustomerDetails` rows whose `IndustryID` references this row (FK_CompanyCustomerDetails_Industry).";
    company_customer_detailses_sql,
    " The SQL behind `company_customer_detailses`: selects the `dbo.CompanyCustomerDetails` rows whose `IndustryID` references a `ref.Industry` row (foreign key FK_CompanyCustomerDetails_Industry); its parameters are the referenced columns."
);

::gen_runtime::navigation!(
    CompanyCustomerDetails[3] => crate::ref_::TimezoneRow;
    timezone,
    " The live `ref.Timezone` row that `TimezoneID` references (FK_CompanyCustomerDetails_Timezone); `None` when the key is NULL or the row is gone or soft-deleted.";
    timezone_sql,
    " The SQL behind `timezone`: selects the `ref.Timezone` row that `TimezoneID` of `dbo.CompanyCustomerDetails` references (foreign key FK_CompanyCustomerDetails_Timezone); its parameters are the key's columns.";
    company_customer_detailses,
    " The live `dbo.CompanyCustomerDetails` rows whose `TimezoneID` references this row (FK_CompanyCustomerDetails_Timezone).";
    company_customer_detailses_sql,
    " The SQL behind `company_customer_detailses`: selects the `dbo.CompanyCustomerDetails` rows whose `TimezoneID` references a `ref.Timezone` row (foreign key FK_CompanyCustomerDetails_Timezone); its parameters are the referenced columns."
);

::gen_runtime::navigation!(
    CompanyCustomerDetails[4] => crate::ref_::LanguageRow;
    language,
    " The live `ref.Language` row that `LanguageID` references (FK_CompanyCustomerDetails_Language); `None` when the key is NULL or the row is gone or soft-deleted.";
    language_sql,
    " The SQL behind `language`: selects the `ref.Language` row that `LanguageID` of `dbo.CompanyCustomerDetails` references (foreign key FK_CompanyCustomerDetails_Language); its parameters are the key's columns.";
    company_customer_detailses,
    " The live `dbo.CompanyCustomerDetails` rows whose `LanguageID` references this row (FK_CompanyCustomerDetails_Language).";
    company_customer_detailses_sql,
    " The SQL behind `company_customer_detailses`: selects the `dbo.CompanyCustomerDetails` rows whose `LanguageID` references a `ref.Language` row (foreign key FK_CompanyCustomerDetails_Language); its parameters are the referenced columns."
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::finders!(
    CompanyCustomerDetails;
    by_company = unique(0; company_id: i64),
    " The `dbo.CompanyCustomerDetails` row whose `CompanyID` equals the argument (UQ_CompanyCustomerDetails_CompanyID). Live rows only unless `.including_deleted()`.";
    for_company = foreign_key(0; company_id: i64),
    " The `dbo.CompanyCustomerDetails` rows whose `CompanyID` equals the argument (FK_CompanyCustomerDetails_Company). Live rows only unless `.including_deleted()`.";
    for_customer_tier = foreign_key(1; customer_tier_id: crate::ref_::CustomerTier),
    " The `dbo.CompanyCustomerDetails` rows whose `CustomerTierID` equals the argument (FK_CompanyCustomerDetails_CustomerTier). Live rows only unless `.including_deleted()`.";
    for_industry = foreign_key(2; industry_id: crate::ref_::Industry),
    " The `dbo.CompanyCustomerDetails` rows whose `IndustryID` equals the argument (FK_CompanyCustomerDetails_Industry). Live rows only unless `.including_deleted()`.";
    for_timezone = foreign_key(3; timezone_id: crate::ref_::Timezone),
    " The `dbo.CompanyCustomerDetails` rows whose `TimezoneID` equals the argument (FK_CompanyCustomerDetails_Timezone). Live rows only unless `.including_deleted()`.";
    for_language = foreign_key(4; language_id: crate::ref_::Language),
    " The `dbo.CompanyCustomerDetails` rows whose `LanguageID` equals the argument (FK_CompanyCustomerDetails_Language). Live rows only unless `.including_deleted()`."
);
