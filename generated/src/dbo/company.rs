// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// An organisation on the platform, identified by its Australian Business Number where it has one.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#dbo-company).
/// Referenced by: [`UserCompany`](crate::dbo::UserCompany), [`CompanyCustomerDetails`](crate::dbo::CompanyCustomerDetails), [`CompanyBillingDetails`](crate::dbo::CompanyBillingDetails), [`CompanyOrganizerDetails`](crate::dbo::CompanyOrganizerDetails), [`UserInvitation`](crate::dbo::UserInvitation).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
pub struct Company {
    /// Surrogate key of the company.
    #[cfg_attr(feature = "serde", serde(rename = "CompanyID"))]
    pub company_id: i64,
    /// Legal name, as registered or as entered at sign-up.
    #[cfg_attr(feature = "serde", serde(rename = "CompanyName"))]
    pub company_name: ::std::string::String,
    /// Australian Business Number, 11 digits without spaces; NULL for companies without one.
    #[cfg_attr(feature = "serde", serde(rename = "ABN"))]
    pub abn: ::core::option::Option<::std::string::String>,
    /// Australian Company Number, 9 digits without spaces; NULL when not a registered company.
    #[cfg_attr(feature = "serde", serde(rename = "ACN"))]
    pub acn: ::core::option::Option<::std::string::String>,
    /// Name the company trades under, when different from CompanyName.
    #[cfg_attr(feature = "serde", serde(rename = "TradingName"))]
    pub trading_name: ::core::option::Option<::std::string::String>,
    /// ABR entity type code (PRV, PUB, IND, TRT).
    #[cfg_attr(feature = "serde", serde(rename = "EntityTypeCode"))]
    pub entity_type_code: ::core::option::Option<::std::string::String>,
    /// ABR entity type description (Australian Private Company).
    #[cfg_attr(feature = "serde", serde(rename = "EntityTypeName"))]
    pub entity_type_name: ::core::option::Option<::std::string::String>,
    /// Whether the company is registered for GST according to the ABR.
    #[cfg_attr(feature = "serde", serde(rename = "GSTRegistered"))]
    pub gst_registered: bool,
    /// Whether the company may use the platform; inactive companies are read-only.
    #[cfg_attr(feature = "serde", serde(rename = "IsActive"))]
    pub is_active: bool,
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
impl ::gen_runtime::Table for Company {
    const META: &'static ::gen_runtime::TableMeta = &::gen_runtime::TableMeta {
        schema: "dbo",
        name: "Company",
        columns: &[
            ::gen_runtime::ColumnMeta::new(
                self::columns::COMPANY_ID,
                "bigint",
                false,
                true,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::COMPANY_NAME,
                "nvarchar(200)",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::ABN,
                "char(11)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::ACN,
                "char(9)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::TRADING_NAME,
                "nvarchar(200)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::ENTITY_TYPE_CODE,
                "varchar(10)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::ENTITY_TYPE_NAME,
                "nvarchar(100)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::GST_REGISTERED,
                "bit",
                false,
                false,
                Some("false"),
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::IS_ACTIVE,
                "bit",
                false,
                false,
                Some("true"),
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
        primary_key_name: "PK_Company",
        primary_key: &["CompanyID"],
        foreign_keys: &[],
        uniques: &[],
        indexes: &[
            ::gen_runtime::IndexMeta {
                name: "IX_Company_ABN",
                columns: &["ABN"],
                unique: true,
            },
            ::gen_runtime::IndexMeta {
                name: "IX_Company_CompanyName",
                columns: &["CompanyName"],
                unique: false,
            },
        ],
    };
}
/// A new row of `dbo.Company`: every column but identities and database defaults.
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
    Company, NewCompany; get company_id, get company_name, opt abn, opt acn, opt
    trading_name, opt entity_type_code, opt entity_type_name, get gst_registered, get
    is_active, get created_date, opt created_by, get updated_date, opt updated_by, get
    is_deleted, opt deleted_date, opt deleted_by,; company_name, abn, acn, trading_name,
    entity_type_code, entity_type_name, created_by, updated_by, deleted_date, deleted_by,
);
