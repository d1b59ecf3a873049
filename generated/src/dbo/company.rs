// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// An organisation on the platform, identified by its Australian Business Number where it has one.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#dbo-company).
/// Referenced by: [`UserCompany`](crate::dbo::UserCompany), [`CompanyCustomerDetails`](crate::dbo::CompanyCustomerDetails), [`CompanyBillingDetails`](crate::dbo::CompanyBillingDetails), [`CompanyOrganizerDetails`](crate::dbo::CompanyOrganizerDetails), [`UserInvitation`](crate::dbo::UserInvitation).
/**
 # Columns

 | Column | Rust field | SQL type | Null | Default |
 |---|---|---|---|---|
 | `CompanyID` | `company_id` | `bigint identity` | no |  |
 | `CompanyName` | `company_name` | `nvarchar(200)` | no |  |
 | `ABN` | `abn` | `char(11)` | yes |  |
 | `ACN` | `acn` | `char(9)` | yes |  |
 | `TradingName` | `trading_name` | `nvarchar(200)` | yes |  |
 | `EntityTypeCode` | `entity_type_code` | `varchar(10)` | yes |  |
 | `EntityTypeName` | `entity_type_name` | `nvarchar(100)` | yes |  |
 | `GSTRegistered` | `gst_registered` | `bit` | no | `false` |
 | `IsActive` | `is_active` | `bit` | no | `true` |
 | `CreatedDate` | `created_date` | `datetime2(7)` | no | `GETUTCDATE()` |
 | `CreatedBy` | `created_by` | `bigint` | yes |  |
 | `UpdatedDate` | `updated_date` | `datetime2(7)` | no | `GETUTCDATE()` |
 | `UpdatedBy` | `updated_by` | `bigint` | yes |  |
 | `IsDeleted` | `is_deleted` | `bit` | no | `false` |
 | `DeletedDate` | `deleted_date` | `datetime2(7)` | yes |  |
 | `DeletedBy` | `deleted_by` | `bigint` | yes |  |

 # Keys

 - primary key `PK_Company` (`CompanyID`)
 - check `CK_Company_ABN`: `LEN(ABN) = 11`
 - check `CK_Company_ACN`: `LEN(ACN) = 9`
 - unique index `IX_Company_ABN` (`ABN`) where `ABN IS NOT NULL`
 - index `IX_Company_CompanyName` (`CompanyName`)
*/
#[derive(Debug, Clone, PartialEq)]
pub struct Company {
    /// Surrogate key of the company.
    pub company_id: i64,
    /// Legal name, as registered or as entered at sign-up.
    pub company_name: ::std::string::String,
    /// Australian Business Number, 11 digits without spaces; NULL for companies without one.
    pub abn: ::core::option::Option<::std::string::String>,
    /// Australian Company Number, 9 digits without spaces; NULL when not a registered company.
    pub acn: ::core::option::Option<::std::string::String>,
    /// Name the company trades under, when different from CompanyName.
    pub trading_name: ::core::option::Option<::std::string::String>,
    /// ABR entity type code (PRV, PUB, IND, TRT).
    pub entity_type_code: ::core::option::Option<::std::string::String>,
    /// ABR entity type description (Australian Private Company).
    pub entity_type_name: ::core::option::Option<::std::string::String>,
    /// Whether the company is registered for GST according to the ABR.
    pub gst_registered: bool,
    /// Whether the company may use the platform; inactive companies are read-only.
    pub is_active: bool,
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

/// Column names of `dbo.Company`, for SQL text.
pub mod columns {
    /// Surrogate key of the company.
    pub const COMPANY_ID: &str = "CompanyID";
    /// Legal name, as registered or as entered at sign-up.
    pub const COMPANY_NAME: &str = "CompanyName";
    /// Australian Business Number, 11 digits without spaces; NULL for companies without one.
    pub const ABN: &str = "ABN";
    /// Australian Company Number, 9 digits without spaces; NULL when not a registered company.
    pub const ACN: &str = "ACN";
    /// Name the company trades under, when different from CompanyName.
    pub const TRADING_NAME: &str = "TradingName";
    /// ABR entity type code (PRV, PUB, IND, TRT).
    pub const ENTITY_TYPE_CODE: &str = "EntityTypeCode";
    /// ABR entity type description (Australian Private Company).
    pub const ENTITY_TYPE_NAME: &str = "EntityTypeName";
    /// Whether the company is registered for GST according to the ABR.
    pub const GST_REGISTERED: &str = "GSTRegistered";
    /// Whether the company may use the platform; inactive companies are read-only.
    pub const IS_ACTIVE: &str = "IsActive";
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
    Company = "dbo"."Company";
    columns[
        COMPANY_ID("bigint").identity(),
        COMPANY_NAME("nvarchar(200)"),
        ABN("char(11)").null(),
        ACN("char(9)").null(),
        TRADING_NAME("nvarchar(200)").null(),
        ENTITY_TYPE_CODE("varchar(10)").null(),
        ENTITY_TYPE_NAME("nvarchar(100)").null(),
        GST_REGISTERED("bit").default("false"),
        IS_ACTIVE("bit").default("true"),
        CREATED_DATE("datetime2(7)").default("GETUTCDATE()"),
        CREATED_BY("bigint").null(),
        UPDATED_DATE("datetime2(7)").default("GETUTCDATE()"),
        UPDATED_BY("bigint").null(),
        IS_DELETED("bit").default("false"),
        DELETED_DATE("datetime2(7)").null(),
        DELETED_BY("bigint").null()
    ];
    primary_key["PK_Company"("CompanyID")];
    foreign_keys[];
    uniques[];
    indexes[
        "IX_Company_ABN"("ABN").unique(),
        "IX_Company_CompanyName"("CompanyName")
    ];
);

/// A new row of `dbo.Company`: every column but identities; a column with a database default is `Defaulted::Default` (left to the database) or `Defaulted::Value(…)`.
#[derive(Debug, Clone)]
pub struct NewCompany {
    /// Legal name, as registered or as entered at sign-up.
    pub company_name: ::std::string::String,
    /// Australian Business Number, 11 digits without spaces; NULL for companies without one.
    pub abn: ::core::option::Option<::std::string::String>,
    /// Australian Company Number, 9 digits without spaces; NULL when not a registered company.
    pub acn: ::core::option::Option<::std::string::String>,
    /// Name the company trades under, when different from CompanyName.
    pub trading_name: ::core::option::Option<::std::string::String>,
    /// ABR entity type code (PRV, PUB, IND, TRT).
    pub entity_type_code: ::core::option::Option<::std::string::String>,
    /// ABR entity type description (Australian Private Company).
    pub entity_type_name: ::core::option::Option<::std::string::String>,
    /// Whether the company is registered for GST according to the ABR.
    pub gst_registered: ::gen_runtime::Defaulted<bool>,
    /// Whether the company may use the platform; inactive companies are read-only.
    pub is_active: ::gen_runtime::Defaulted<bool>,
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
    Company, NewCompany;
    company_id = get(0, COMPANY_ID),
    company_name = get(1, COMPANY_NAME),
    abn = opt(2, ABN),
    acn = opt(3, ACN),
    trading_name = opt(4, TRADING_NAME),
    entity_type_code = opt(5, ENTITY_TYPE_CODE),
    entity_type_name = opt(6, ENTITY_TYPE_NAME),
    gst_registered = get(7, GST_REGISTERED),
    is_active = get(8, IS_ACTIVE),
    created_date = get(9, CREATED_DATE),
    created_by = opt(10, CREATED_BY),
    updated_date = get(11, UPDATED_DATE),
    updated_by = opt(12, UPDATED_BY),
    is_deleted = get(13, IS_DELETED),
    deleted_date = opt(14, DELETED_DATE),
    deleted_by = opt(15, DELETED_BY);
    company_name,
    abn,
    acn,
    trading_name,
    entity_type_code,
    entity_type_name,
    gst_registered,
    is_active,
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
    NewCompany;
    company_name: ::std::string::String;
    abn,
    acn,
    trading_name,
    entity_type_code,
    entity_type_name,
    created_by,
    updated_by,
    deleted_date,
    deleted_by;
    gst_registered,
    is_active,
    created_date,
    updated_date,
    is_deleted
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::finders!(
    Company;
    by_abn = unique_index(0; abn: &str),
    " The `dbo.Company` row whose `ABN` equals the argument (IX_Company_ABN). Live rows only unless `.including_deleted()`."
);
