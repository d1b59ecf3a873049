// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Where and how a company is invoiced.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#dbo-company_billing_details).
/// References: [`Company`](crate::dbo::Company), [`CountryRow`](crate::ref_::CountryRow).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
pub struct CompanyBillingDetails {
    /// Surrogate key of the billing details.
    #[cfg_attr(feature = "serde", serde(rename = "CompanyBillingDetailsID"))]
    pub company_billing_details_id: i64,
    /// The company (dbo.Company); one row per company.
    #[cfg_attr(feature = "serde", serde(rename = "CompanyID"))]
    pub company_id: i64,
    /// Address invoices are sent to.
    #[cfg_attr(feature = "serde", serde(rename = "BillingEmail"))]
    pub billing_email: ::std::string::String,
    /// Person invoices are addressed to.
    #[cfg_attr(feature = "serde", serde(rename = "BillingContactName"))]
    pub billing_contact_name: ::core::option::Option<::std::string::String>,
    /// First line of the billing address.
    #[cfg_attr(feature = "serde", serde(rename = "AddressLine1"))]
    pub address_line1: ::std::string::String,
    /// Second line of the billing address.
    #[cfg_attr(feature = "serde", serde(rename = "AddressLine2"))]
    pub address_line2: ::core::option::Option<::std::string::String>,
    /// Suburb, town or city.
    #[cfg_attr(feature = "serde", serde(rename = "Suburb"))]
    pub suburb: ::std::string::String,
    /// State or territory abbreviation (NSW, VIC, ACT); NULL outside Australia.
    #[cfg_attr(feature = "serde", serde(rename = "StateCode"))]
    pub state_code: ::core::option::Option<::std::string::String>,
    /// Postcode; four digits in Australia.
    #[cfg_attr(feature = "serde", serde(rename = "Postcode"))]
    pub postcode: ::std::string::String,
    /// Country of the billing address (ref.Country).
    #[cfg_attr(feature = "serde", serde(rename = "CountryID"))]
    pub country_id: crate::ref_::Country,
    /// ISO 4217 currency invoices are issued in.
    #[cfg_attr(feature = "serde", serde(rename = "CurrencyCode"))]
    pub currency_code: ::std::string::String,
    /// Days between invoice and due date.
    #[cfg_attr(feature = "serde", serde(rename = "PaymentTermsDays"))]
    pub payment_terms_days: u8,
    /// Most the company may owe at once, in CurrencyCode; NULL means no credit.
    #[cfg_attr(feature = "serde", serde(rename = "CreditLimit"))]
    pub credit_limit: ::core::option::Option<::rust_decimal::Decimal>,
    /// Whether invoices must quote a purchase order number.
    #[cfg_attr(feature = "serde", serde(rename = "PurchaseOrderRequired"))]
    pub purchase_order_required: bool,
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
impl ::gen_runtime::Table for CompanyBillingDetails {
    const META: &'static ::gen_runtime::TableMeta = &::gen_runtime::TableMeta {
        schema: "dbo",
        name: "CompanyBillingDetails",
        columns: &[
            ::gen_runtime::ColumnMeta::new(
                self::columns::COMPANY_BILLING_DETAILS_ID,
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
                self::columns::BILLING_EMAIL,
                "nvarchar(255)",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::BILLING_CONTACT_NAME,
                "nvarchar(200)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::ADDRESS_LINE1,
                "nvarchar(200)",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::ADDRESS_LINE2,
                "nvarchar(200)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::SUBURB,
                "nvarchar(100)",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::STATE_CODE,
                "varchar(3)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::POSTCODE,
                "varchar(10)",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::COUNTRY_ID,
                "int",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::CURRENCY_CODE,
                "char(3)",
                false,
                false,
                Some("'AUD'"),
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::PAYMENT_TERMS_DAYS,
                "tinyint",
                false,
                false,
                Some("14"),
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::CREDIT_LIMIT,
                "decimal(18,2)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::PURCHASE_ORDER_REQUIRED,
                "bit",
                false,
                false,
                Some("false"),
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
        primary_key_name: "PK_CompanyBillingDetails",
        primary_key: &["CompanyBillingDetailsID"],
        foreign_keys: &[
            ::gen_runtime::ForeignKeyMeta {
                name: "FK_CompanyBillingDetails_Company",
                columns: &["CompanyID"],
                ref_schema: "dbo",
                ref_table: "Company",
                ref_columns: &["CompanyID"],
            },
            ::gen_runtime::ForeignKeyMeta {
                name: "FK_CompanyBillingDetails_Country",
                columns: &["CountryID"],
                ref_schema: "ref",
                ref_table: "Country",
                ref_columns: &["CountryID"],
            },
        ],
        uniques: &[
            ::gen_runtime::IndexMeta {
                name: "UQ_CompanyBillingDetails_CompanyID",
                columns: &["CompanyID"],
                unique: true,
            },
        ],
        indexes: &[
            ::gen_runtime::IndexMeta {
                name: "IX_CompanyBillingDetails_CountryID",
                columns: &["CountryID"],
                unique: false,
            },
        ],
    };
}
/// A new row of `dbo.CompanyBillingDetails`: every column but identities and database defaults.
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
    /// Most the company may owe at once, in CurrencyCode; NULL means no credit.
    pub credit_limit: ::core::option::Option<::rust_decimal::Decimal>,
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
    CompanyBillingDetails, NewCompanyBillingDetails; get company_billing_details_id, get
    company_id, get billing_email, opt billing_contact_name, get address_line1, opt
    address_line2, get suburb, opt state_code, get postcode, reference country_id, get
    currency_code, get payment_terms_days, opt credit_limit, get purchase_order_required,
    get created_date, opt created_by, get updated_date, opt updated_by, get is_deleted,
    opt deleted_date, opt deleted_by,; company_id, billing_email, billing_contact_name,
    address_line1, address_line2, suburb, state_code, postcode, country_id, credit_limit,
    created_by, updated_by, deleted_date, deleted_by,
);
::gen_runtime::navigation!(
    CompanyBillingDetails[0] => crate ::dbo::Company; company, company_sql,
    " The live `dbo.Company` row that `CompanyID` references (FK_CompanyBillingDetails_Company); `None` when the key is NULL or the row is gone or soft-deleted.";
    company_billing_detailses, company_billing_detailses_sql,
    " The live `dbo.CompanyBillingDetails` rows whose `CompanyID` references this row (FK_CompanyBillingDetails_Company)."
);
::gen_runtime::navigation!(
    CompanyBillingDetails[1] => crate ::ref_::CountryRow; country, country_sql,
    " The live `ref.Country` row that `CountryID` references (FK_CompanyBillingDetails_Country); `None` when the key is NULL or the row is gone or soft-deleted.";
    company_billing_detailses, company_billing_detailses_sql,
    " The live `dbo.CompanyBillingDetails` rows whose `CountryID` references this row (FK_CompanyBillingDetails_Country)."
);
