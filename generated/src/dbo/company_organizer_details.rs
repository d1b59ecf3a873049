// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// A company's public profile as an event organiser.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#dbo-company_organizer_details).
/// References: [`Company`](crate::dbo::Company), [`IndustryRow`](crate::ref_::IndustryRow).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
pub struct CompanyOrganizerDetails {
    /// Surrogate key of the organiser details.
    #[cfg_attr(feature = "serde", serde(rename = "CompanyOrganizerDetailsID"))]
    pub company_organizer_details_id: i64,
    /// The company (dbo.Company); one row per company.
    #[cfg_attr(feature = "serde", serde(rename = "CompanyID"))]
    pub company_id: i64,
    /// Name shown to exhibitors and attendees.
    #[cfg_attr(feature = "serde", serde(rename = "OrganizerName"))]
    pub organizer_name: ::std::string::String,
    /// Industry the organiser's events serve (ref.Industry).
    #[cfg_attr(feature = "serde", serde(rename = "IndustryID"))]
    pub industry_id: ::core::option::Option<crate::ref_::Industry>,
    /// Organiser website URL.
    #[cfg_attr(feature = "serde", serde(rename = "Website"))]
    pub website: ::core::option::Option<::std::string::String>,
    /// Contact address shown publicly.
    #[cfg_attr(feature = "serde", serde(rename = "PublicEmail"))]
    pub public_email: ::core::option::Option<::std::string::String>,
    /// Contact phone shown publicly, E.164 form.
    #[cfg_attr(feature = "serde", serde(rename = "PublicPhone"))]
    pub public_phone: ::core::option::Option<::std::string::String>,
    /// URL of the logo image.
    #[cfg_attr(feature = "serde", serde(rename = "LogoUrl"))]
    pub logo_url: ::core::option::Option<::std::string::String>,
    /// Profile text shown on the organiser's public page.
    #[cfg_attr(feature = "serde", serde(rename = "AboutText"))]
    pub about_text: ::core::option::Option<::std::string::String>,
    /// Number of events the organiser expects to run per year.
    #[cfg_attr(feature = "serde", serde(rename = "EventsPerYear"))]
    pub events_per_year: ::core::option::Option<i16>,
    /// Whether platform staff have verified the organiser.
    #[cfg_attr(feature = "serde", serde(rename = "IsVerified"))]
    pub is_verified: bool,
    /// When the organiser was verified (UTC).
    #[cfg_attr(feature = "serde", serde(rename = "VerifiedDate"))]
    pub verified_date: ::core::option::Option<::chrono::NaiveDateTime>,
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
/// Column names of `dbo.CompanyOrganizerDetails`, for SQL text.
pub mod columns {
    /// Surrogate key of the organiser details.
    pub const COMPANY_ORGANIZER_DETAILS_ID: &str = "CompanyOrganizerDetailsID";
    /// The company (dbo.Company); one row per company.
    pub const COMPANY_ID: &str = "CompanyID";
    /// Name shown to exhibitors and attendees.
    pub const ORGANIZER_NAME: &str = "OrganizerName";
    /// Industry the organiser's events serve (ref.Industry).
    pub const INDUSTRY_ID: &str = "IndustryID";
    /// Organiser website URL.
    pub const WEBSITE: &str = "Website";
    /// Contact address shown publicly.
    pub const PUBLIC_EMAIL: &str = "PublicEmail";
    /// Contact phone shown publicly, E.164 form.
    pub const PUBLIC_PHONE: &str = "PublicPhone";
    /// URL of the logo image.
    pub const LOGO_URL: &str = "LogoUrl";
    /// Profile text shown on the organiser's public page.
    pub const ABOUT_TEXT: &str = "AboutText";
    /// Number of events the organiser expects to run per year.
    pub const EVENTS_PER_YEAR: &str = "EventsPerYear";
    /// Whether platform staff have verified the organiser.
    pub const IS_VERIFIED: &str = "IsVerified";
    /// When the organiser was verified (UTC).
    pub const VERIFIED_DATE: &str = "VerifiedDate";
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
impl ::gen_runtime::Table for CompanyOrganizerDetails {
    const META: &'static ::gen_runtime::TableMeta = &::gen_runtime::TableMeta {
        schema: "dbo",
        name: "CompanyOrganizerDetails",
        columns: &[
            ::gen_runtime::ColumnMeta::new(
                self::columns::COMPANY_ORGANIZER_DETAILS_ID,
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
                self::columns::ORGANIZER_NAME,
                "nvarchar(200)",
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
                self::columns::WEBSITE,
                "nvarchar(500)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::PUBLIC_EMAIL,
                "nvarchar(255)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::PUBLIC_PHONE,
                "nvarchar(20)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::LOGO_URL,
                "nvarchar(1000)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::ABOUT_TEXT,
                "nvarchar(max)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::EVENTS_PER_YEAR,
                "smallint",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::IS_VERIFIED,
                "bit",
                false,
                false,
                Some("false"),
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::VERIFIED_DATE,
                "datetime2(7)",
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
        primary_key_name: "PK_CompanyOrganizerDetails",
        primary_key: &["CompanyOrganizerDetailsID"],
        foreign_keys: &[
            ::gen_runtime::ForeignKeyMeta {
                name: "FK_CompanyOrganizerDetails_Company",
                columns: &["CompanyID"],
                ref_schema: "dbo",
                ref_table: "Company",
                ref_columns: &["CompanyID"],
            },
            ::gen_runtime::ForeignKeyMeta {
                name: "FK_CompanyOrganizerDetails_Industry",
                columns: &["IndustryID"],
                ref_schema: "ref",
                ref_table: "Industry",
                ref_columns: &["IndustryID"],
            },
        ],
        uniques: &[
            ::gen_runtime::IndexMeta {
                name: "UQ_CompanyOrganizerDetails_CompanyID",
                columns: &["CompanyID"],
                unique: true,
            },
        ],
        indexes: &[
            ::gen_runtime::IndexMeta {
                name: "IX_CompanyOrganizerDetails_IndustryID",
                columns: &["IndustryID"],
                unique: false,
            },
        ],
    };
}
/// A new row of `dbo.CompanyOrganizerDetails`: every column but identities and database defaults.
#[derive(Debug, Clone)]
pub struct NewCompanyOrganizerDetails {
    /// The company (dbo.Company); one row per company.
    pub company_id: i64,
    /// Name shown to exhibitors and attendees.
    pub organizer_name: ::std::string::String,
    /// Industry the organiser's events serve (ref.Industry).
    pub industry_id: ::core::option::Option<crate::ref_::Industry>,
    /// Organiser website URL.
    pub website: ::core::option::Option<::std::string::String>,
    /// Contact address shown publicly.
    pub public_email: ::core::option::Option<::std::string::String>,
    /// Contact phone shown publicly, E.164 form.
    pub public_phone: ::core::option::Option<::std::string::String>,
    /// URL of the logo image.
    pub logo_url: ::core::option::Option<::std::string::String>,
    /// Profile text shown on the organiser's public page.
    pub about_text: ::core::option::Option<::std::string::String>,
    /// Number of events the organiser expects to run per year.
    pub events_per_year: ::core::option::Option<i16>,
    /// When the organiser was verified (UTC).
    pub verified_date: ::core::option::Option<::chrono::NaiveDateTime>,
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
    CompanyOrganizerDetails, NewCompanyOrganizerDetails; get
    company_organizer_details_id, get company_id, get organizer_name, reference_opt
    industry_id, opt website, opt public_email, opt public_phone, opt logo_url, opt
    about_text, opt events_per_year, get is_verified, opt verified_date, get
    created_date, opt created_by, get updated_date, opt updated_by, get is_deleted, opt
    deleted_date, opt deleted_by,; company_id, organizer_name, industry_id, website,
    public_email, public_phone, logo_url, about_text, events_per_year, verified_date,
    created_by, updated_by, deleted_date, deleted_by,
);
::gen_runtime::navigation!(
    CompanyOrganizerDetails[0] => crate ::dbo::Company; company, company_sql,
    " The live `dbo.Company` row that `CompanyID` references (FK_CompanyOrganizerDetails_Company); `None` when the key is NULL or the row is gone or soft-deleted.";
    company_organizer_detailses, company_organizer_detailses_sql,
    " The live `dbo.CompanyOrganizerDetails` rows whose `CompanyID` references this row (FK_CompanyOrganizerDetails_Company)."
);
::gen_runtime::navigation!(
    CompanyOrganizerDetails[1] => crate ::ref_::IndustryRow; industry, industry_sql,
    " The live `ref.Industry` row that `IndustryID` references (FK_CompanyOrganizerDetails_Industry); `None` when the key is NULL or the row is gone or soft-deleted.";
    company_organizer_detailses, company_organizer_detailses_sql,
    " The live `dbo.CompanyOrganizerDetails` rows whose `IndustryID` references this row (FK_CompanyOrganizerDetails_Industry)."
);
