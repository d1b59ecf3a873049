// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Where and how a company is invoiced.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#dbo-company_billing_details).
/// References: [`Company`](crate::dbo::Company), [`CountryRow`](crate::ref_::CountryRow).
/**
 # Columns

 | Column | Rust field | SQL type | Null | Default |
 |---|---|---|---|---|
 | `CompanyBillingDetailsID` | `company_billing_details_id` | `bigint identity` | no |  |
 | `CompanyID` | `company_id` | `bigint` | no |  |
 | `BillingEmail` | `billing_email` | `nvarchar(255)` | no |  |
 | `BillingContactName` | `billing_contact_name` | `nvarchar(200)` | yes |  |
 | `AddressLine1` | `address_line1` | `nvarchar(200)` | no |  |
 | `AddressLine2` | `address_line2` | `nvarchar(200)` | yes |  |
 | `Suburb` | `suburb` | `nvarchar(100)` | no |  |
 | `StateCode` | `state_code` | `varchar(3)` | yes |  |
 | `Postcode` | `postcode` | `varchar(10)` | no |  |
 | `CountryID` | `country_id` | `int` | no |  |
 | `CurrencyCode` | `currency_code` | `char(3)` | no | `'AUD'` |
 | `PaymentTermsDays` | `payment_terms_days` | `tinyint` | no | `14` |
 | `CreditLimit` | `credit_limit` | `decimal(18,2)` | yes |  |
 | `PurchaseOrderRequired` | `purchase_order_required` | `bit` | no | `false` |
 | `CreatedDate` | `created_date` | `datetime2(7)` | no | `GETUTCDATE()` |
 | `CreatedBy` | `created_by` | `bigint` | yes |  |
 | `UpdatedDate` | `updated_date` | `datetime2(7)` | no | `GETUTCDATE()` |
 | `UpdatedBy` | `updated_by` | `bigint` | yes |  |
 | `IsDeleted` | `is_deleted` | `bit` | no | `false` |
 | `DeletedDate` | `deleted_date` | `datetime2(7)` | yes |  |
 | `DeletedBy` | `deleted_by` | `bigint` | yes |  |

 # Keys

 - primary key `PK_CompanyBillingDetails` (`CompanyBillingDetailsID`)
 - unique `UQ_CompanyBillingDetails_CompanyID` (`CompanyID`)
 - check `CK_CompanyBillingDetails_PaymentTermsDays`: `PaymentTermsDays <= 90`
 - check `CK_CompanyBillingDetails_CreditLimit`: `CreditLimit >= 0`
 - check `CK_CompanyBillingDetails_CurrencyCode`: `LEN(CurrencyCode) = 3`
 - foreign key `FK_CompanyBillingDetails_Company` (`CompanyID`) → `dbo.Company` (`CompanyID`)
 - foreign key `FK_CompanyBillingDetails_Country` (`CountryID`) → `ref.Country` (`CountryID`)
 - index `IX_CompanyBillingDetails_CountryID` (`CountryID`)
*/
#[derive(Debug, Clone, PartialEq)]
pub struct CompanyBillingDetails {
    /// Surrogate key of the billing details.
    pub company_billing_details_id: i64,
    /// The company (dbo.Company); one row per company.
    pub company_id: i64,
    /// Address invoices are sent to.
    pub billing_email: ::std::string::String,
    /// Person invoices are addressed to.
    pub billing_contact_name: ::core::option::Option<::std::string::String>,
    /// First line of the billing address.
    pub address_line1: ::std::string::String,
    /// Second line of the billing address.
    pub address_line2: ::core::option::Option<::std::string::String>,
    /// Suburb, town or city.
    pub suburb: ::std::string::String,
    /// State or territory abbreviation (NSW, VIC, ACT); NULL outside Australia.
    pub state_code: ::core::option::Option<::std::string::String>,
    /// Postcode; four digits in Australia.
    pub postcode: ::std::string::String,
    /// Country of the billing address (ref.Country).
    pub country_id: crate::ref_::Country,
    /// ISO 4217 currency invoices are issued in.
    pub currency_code: ::std::string::String,
    /// Days between invoice and due date.
    pub payment_terms_days: u8,
    /// Most the company may owe at once, in CurrencyCode; NULL means no credit.
    pub credit_limit: ::core::option::Option<::rust_decimal::Decimal>,
    /// Whether invoices must quote a purchase order number.
    pub purchase_order_required: bool,
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

/// Column names of `dbo.CompanyBillingDetails`, for SQL text.
pub mod columns {
    /// Surrogate key of the billing details.
    pub const COMPANY_BILLING_DETAILS_ID: &str = "CompanyBillingDetailsID";
    /// The company (dbo.Company); one row per company.
    pub const COMPANY_ID: &str = "CompanyID";
    /// Address invoices are sent to.
    pub const BILLING_EMAIL: &str = "BillingEmail";
    /// Person invoices are addressed to.
    pub const BILLING_CONTACT_NAME: &str = "BillingContactName";
    /// First line of the billing address.
    pub const ADDRESS_LINE1: &str = "AddressLine1";
    /// Second line of the billing address.
    pub const ADDRESS_LINE2: &str = "AddressLine2";
    /// Suburb, town or city.
    pub const SUBURB: &str = "Suburb";
    /// State or territory abbreviation (NSW, VIC, ACT); NULL outside Australia.
    pub const STATE_CODE: &str = "StateCode";
    /// Postcode; four digits in Australia.
    pub const POSTCODE: &str = "Postcode";
    /// Country of the billing address (ref.Country).
    pub const COUNTRY_ID: &str = "CountryID";
    /// ISO 4217 currency invoices are issued in.
    pub const CURRENCY_CODE: &str = "CurrencyCode";
    /// Days between invoice and due date.
    pub const PAYMENT_TERMS_DAYS: &str = "PaymentTermsDays";
    /// Most the company may owe at once, in CurrencyCode; NULL means no credit.
    pub const CREDIT_LIMIT: &str = "CreditLimit";
    /// Whether invoices must quote a purchase order number.
    pub const PURCHASE_ORDER_REQUIRED: &str = "PurchaseOrderRequired";
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
    CompanyBillingDetails = "dbo"."CompanyBillingDetails";
    columns[
        COMPANY_BILLING_DETAILS_ID("bigint").identity(),
        COMPANY_ID("bigint"),
        BILLING_EMAIL("nvarchar(255)"),
        BILLING_CONTACT_NAME("nvarchar(200)").null(),
        ADDRESS_LINE1("nvarchar(200)"),
        ADDRESS_LINE2("nvarchar(200)").null(),
        SUBURB("nvarchar(100)"),
        STATE_CODE("varchar(3)").null(),
        POSTCODE("varchar(10)"),
        COUNTRY_ID("int"),
        CURRENCY_CODE("char(3)").default("'AUD'"),
        PAYMENT_TERMS_DAYS("tinyint").default("14"),
        CREDIT_LIMIT("decimal(18,2)").null(),
        PURCHASE_ORDER_REQUIRED("bit").default("false"),
        CREATED_DATE("datetime2(7)").default("GETUTCDATE()"),
        CREATED_BY("bigint").null(),
        UPDATED_DATE("datetime2(7)").default("GETUTCDATE()"),
        UPDATED_BY("bigint").null(),
        IS_DELETED("bit").default("false"),
        DELETED_DATE("datetime2(7)").null(),
        DELETED_BY("bigint").null()
    ];
    primary_key["PK_CompanyBillingDetails"("CompanyBillingDetailsID")];
    foreign_keys[
        "FK_CompanyBillingDetails_Company"("CompanyID") => "dbo"."Company"("CompanyID"),
        "FK_CompanyBillingDetails_Country"("CountryID") => "ref"."Country"("CountryID")
    ];
    uniques["UQ_CompanyBillingDetails_CompanyID"("CompanyID")];
    indexes["IX_CompanyBillingDetails_CountryID"("CountryID")];
);

/// A new row of `dbo.CompanyBillingDetails`: every column but identities; a column with a database default is `Defaulted::Default` (left to the database) or `Defaulted::Value(…)`.
#[derive(Debug, Clone)]
pub struct NewCompanyBillingDetails {
    /// The company (dbo.Company); one row per company.
    pub company_id: i64,
    /// Address invoices are sent to.
    pub billing_email: ::std::string::String,
    /// Person invoices are addressed to.
    pub billing_contact_name: ::core::option::Option<::std::string::String>,
    /// First line of the billing address.
    pub address_line1: ::std::string::String,
    /// Second line of the billing address.
    pub address_line2: ::core::option::Option<::std::string::String>,
    /// Suburb, town or city.
    pub suburb: ::std::string::String,
    /// State or territory abbreviation (NSW, VIC, ACT); NULL outside Australia.
    pub state_code: ::core::option::Option<::std::string::String>,
    /// Postcode; four digits in Australia.
    pub postcode: ::std::string::String,
    /// Country of the billing address (ref.Country).
    pub country_id: crate::ref_::Country,
    /// ISO 4217 currency invoices are issued in.
    pub currency_code: ::gen_runtime::Defaulted<::std::string::String>,
    /// Days between invoice and due date.
    pub payment_terms_days: ::gen_runtime::Defaulted<u8>,
    /// Most the company may owe at once, in CurrencyCode; NULL means no credit.
    pub credit_limit: ::core::option::Option<::rust_decimal::Decimal>,
    /// Whether invoices must quote a purchase order number.
    pub purchase_order_required: ::gen_runtime::Defaulted<bool>,
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
    CompanyBillingDetails, NewCompanyBillingDetails;
    company_billing_details_id = get(0, COMPANY_BILLING_DETAILS_ID),
    company_id = get(1, COMPANY_ID),
    billing_email = get(2, BILLING_EMAIL),
    billing_contact_name = opt(3, BILLING_CONTACT_NAME),
    address_line1 = get(4, ADDRESS_LINE1),
    address_line2 = opt(5, ADDRESS_LINE2),
    suburb = get(6, SUBURB),
    state_code = opt(7, STATE_CODE),
    postcode = get(8, POSTCODE),
    country_id = reference(9, COUNTRY_ID),
    currency_code = get(10, CURRENCY_CODE),
    payment_terms_days = get(11, PAYMENT_TERMS_DAYS),
    credit_limit = opt(12, CREDIT_LIMIT),
    purchase_order_required = get(13, PURCHASE_ORDER_REQUIRED),
    created_date = get(14, CREATED_DATE),
    created_by = opt(15, CREATED_BY),
    updated_date = get(16, UPDATED_DATE),
    updated_by = opt(17, UPDATED_BY),
    is_deleted = get(18, IS_DELETED),
    deleted_date = opt(19, DELETED_DATE),
    deleted_by = opt(20, DELETED_BY);
    company_id,
    billing_email,
    billing_contact_name,
    address_line1,
    address_line2,
    suburb,
    state_code,
    postcode,
    country_id,
    currency_code,
    payment_terms_days,
    credit_limit,
    purchase_order_required,
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
    NewCompanyBillingDetails;
    company_id: i64,
    billing_email: ::std::string::String,
    address_line1: ::std::string::String,
    suburb: ::std::string::String,
    postcode: ::std::string::String,
    country_id: crate::ref_::Country;
    billing_contact_name,
    address_line2,
    state_code,
    credit_limit,
    created_by,
    updated_by,
    deleted_date,
    deleted_by;
    currency_code,
    payment_terms_days,
    purchase_order_required,
    created_date,
    updated_date,
    is_deleted
);

::gen_runtime::navigation!(
    CompanyBillingDetails[0] => crate::dbo::Company;
    company,
    " The live `dbo.Company` row that `CompanyID` references (FK_CompanyBillingDetails_Company); `None` when the key is NULL or the row is gone or soft-deleted.";
    company_sql,
    " The SQL behind `company`: selects the `dbo.Company` row that `CompanyID` of `dbo.CompanyBillingDetails` references (foreign key FK_CompanyBillingDetails_Company); its parameters are the key's columns.";
    company_billing_detailses,
    " The live `dbo.CompanyBillingDetails` rows whose `CompanyID` references this row (FK_CompanyBillingDetails_Company).";
    company_billing_detailses_sql,
    " The SQL behind `company_billing_detailses`: selects the `dbo.CompanyBillingDetails` rows whose `CompanyID` references a `dbo.Company` row (foreign key FK_CompanyBillingDetails_Company); its parameters are the referenced columns."
);

::gen_runtime::navigation!(
    CompanyBillingDetails[1] => crate::ref_::CountryRow;
    country,
    " The live `ref.Country` row that `CountryID` references (FK_CompanyBillingDetails_Country); `None` when the key is NULL or the row is gone or soft-deleted.";
    country_sql,
    " The SQL behind `country`: selects the `ref.Country` row that `CountryID` of `dbo.CompanyBillingDetails` references (foreign key FK_CompanyBillingDetails_Country); its parameters are the key's columns.";
    company_billing_detailses,
    " The live `dbo.CompanyBillingDetails` rows whose `CountryID` references this row (FK_CompanyBillingDetails_Country).";
    company_billing_detailses_sql,
    " The SQL behind `company_billing_detailses`: selects the `dbo.CompanyBillingDetails` rows whose `CountryID` references a `ref.Country` row (foreign key FK_CompanyBillingDetails_Country); its parameters are the referenced columns."
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::finders!(
    CompanyBillingDetails;
    by_company = unique(0; company_id: i64),
    " The `dbo.CompanyBillingDetails` row whose `CompanyID` equals the argument (UQ_CompanyBillingDetails_CompanyID). Live rows only unless `.including_deleted()`.";
    for_company = foreign_key(0; company_id: i64),
    " The `dbo.CompanyBillingDetails` rows whose `CompanyID` equals the argument (FK_CompanyBillingDetails_Company). Live rows only unless `.including_deleted()`.";
    for_country = foreign_key(1; country_id: crate::ref_::Country),
    " The `dbo.CompanyBillingDetails` rows whose `CountryID` equals the argument (FK_CompanyBillingDetails_Country). Live rows only unless `.including_deleted()`."
);
