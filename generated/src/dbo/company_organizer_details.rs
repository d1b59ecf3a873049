// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// A company's public profile as an event organiser.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#dbo-company_organizer_details).
/// References: [`Company`](crate::dbo::Company), [`IndustryRow`](crate::ref_::IndustryRow).
/**
 # Columns

 | Column | Rust field | SQL type | Null | Default |
 |---|---|---|---|---|
 | `CompanyOrganizerDetailsID` | `company_organizer_details_id` | `bigint identity` | no |  |
 | `CompanyID` | `company_id` | `bigint` | no |  |
 | `OrganizerName` | `organizer_name` | `nvarchar(200)` | no |  |
 | `IndustryID` | `industry_id` | `int` | yes |  |
 | `Website` | `website` | `nvarchar(500)` | yes |  |
 | `PublicEmail` | `public_email` | `nvarchar(255)` | yes |  |
 | `PublicPhone` | `public_phone` | `nvarchar(20)` | yes |  |
 | `LogoUrl` | `logo_url` | `nvarchar(1000)` | yes |  |
 | `AboutText` | `about_text` | `nvarchar(max)` | yes |  |
 | `EventsPerYear` | `events_per_year` | `smallint` | yes |  |
 | `IsVerified` | `is_verified` | `bit` | no | `false` |
 | `VerifiedDate` | `verified_date` | `datetime2(7)` | yes |  |
 | `CreatedDate` | `created_date` | `datetime2(7)` | no | `GETUTCDATE()` |
 | `CreatedBy` | `created_by` | `bigint` | yes |  |
 | `UpdatedDate` | `updated_date` | `datetime2(7)` | no | `GETUTCDATE()` |
 | `UpdatedBy` | `updated_by` | `bigint` | yes |  |
 | `IsDeleted` | `is_deleted` | `bit` | no | `false` |
 | `DeletedDate` | `deleted_date` | `datetime2(7)` | yes |  |
 | `DeletedBy` | `deleted_by` | `bigint` | yes |  |

 # Keys

 - primary key `PK_CompanyOrganizerDetails` (`CompanyOrganizerDetailsID`)
 - unique `UQ_CompanyOrganizerDetails_CompanyID` (`CompanyID`)
 - check `CK_CompanyOrganizerDetails_EventsPerYear`: `EventsPerYear >= 0`
 - foreign key `FK_CompanyOrganizerDetails_Company` (`CompanyID`) → `dbo.Company` (`CompanyID`)
 - foreign key `FK_CompanyOrganizerDetails_Industry` (`IndustryID`) → `ref.Industry` (`IndustryID`)
 - index `IX_CompanyOrganizerDetails_IndustryID` (`IndustryID`)
*/
#[derive(Debug, Clone, PartialEq)]
pub struct CompanyOrganizerDetails {
    /// Surrogate key of the organiser details.
    pub company_organizer_details_id: i64,
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
    /// Whether platform staff have verified the organiser.
    pub is_verified: bool,
    /// When the organiser was verified (UTC).
    pub verified_date: ::core::option::Option<::chrono::NaiveDateTime>,
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

::gen_runtime::table_meta!(
    CompanyOrganizerDetails = "dbo"."CompanyOrganizerDetails";
    columns[
        COMPANY_ORGANIZER_DETAILS_ID("bigint").identity(),
        COMPANY_ID("bigint"),
        ORGANIZER_NAME("nvarchar(200)"),
        INDUSTRY_ID("int").null(),
        WEBSITE("nvarchar(500)").null(),
        PUBLIC_EMAIL("nvarchar(255)").null(),
        PUBLIC_PHONE("nvarchar(20)").null(),
        LOGO_URL("nvarchar(1000)").null(),
        ABOUT_TEXT("nvarchar(max)").null(),
        EVENTS_PER_YEAR("smallint").null(),
        IS_VERIFIED("bit").default("false"),
        VERIFIED_DATE("datetime2(7)").null(),
        CREATED_DATE("datetime2(7)").default("GETUTCDATE()"),
        CREATED_BY("bigint").null(),
        UPDATED_DATE("datetime2(7)").default("GETUTCDATE()"),
        UPDATED_BY("bigint").null(),
        IS_DELETED("bit").default("false"),
        DELETED_DATE("datetime2(7)").null(),
        DELETED_BY("bigint").null()
    ];
    primary_key["PK_CompanyOrganizerDetails"("CompanyOrganizerDetailsID")];
    foreign_keys[
        "FK_CompanyOrganizerDetails_Company"("CompanyID") => "dbo"."Company"("CompanyID"),
        "FK_CompanyOrganizerDetails_Industry"("IndustryID") => "ref"."Industry"("IndustryID")
    ];
    uniques["UQ_CompanyOrganizerDetails_CompanyID"("CompanyID")];
    indexes["IX_CompanyOrganizerDetails_IndustryID"("IndustryID")];
);

/// A new row of `dbo.CompanyOrganizerDetails`: every column but identities; a column with a database default is `Defaulted::Default` (left to the database) or `Defaulted::Value(…)`.
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
    /// Whether platform staff have verified the organiser.
    pub is_verified: ::gen_runtime::Defaulted<bool>,
    /// When the organiser was verified (UTC).
    pub verified_date: ::core::option::Option<::chrono::NaiveDateTime>,
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
    CompanyOrganizerDetails, NewCompanyOrganizerDetails;
    company_organizer_details_id = get(0, COMPANY_ORGANIZER_DETAILS_ID),
    company_id = get(1, COMPANY_ID),
    organizer_name = get(2, ORGANIZER_NAME),
    industry_id = reference_opt(3, INDUSTRY_ID),
    website = opt(4, WEBSITE),
    public_email = opt(5, PUBLIC_EMAIL),
    public_phone = opt(6, PUBLIC_PHONE),
    logo_url = opt(7, LOGO_URL),
    about_text = opt(8, ABOUT_TEXT),
    events_per_year = opt(9, EVENTS_PER_YEAR),
    is_verified = get(10, IS_VERIFIED),
    verified_date = opt(11, VERIFIED_DATE),
    created_date = get(12, CREATED_DATE),
    created_by = opt(13, CREATED_BY),
    updated_date = get(14, UPDATED_DATE),
    updated_by = opt(15, UPDATED_BY),
    is_deleted = get(16, IS_DELETED),
    deleted_date = opt(17, DELETED_DATE),
    deleted_by = opt(18, DELETED_BY);
    company_id,
    organizer_name,
    industry_id,
    website,
    public_email,
    public_phone,
    logo_url,
    about_text,
    events_per_year,
    is_verified,
    verified_date,
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
    NewCompanyOrganizerDetails;
    company_id: i64,
    organizer_name: ::std::string::String;
    industry_id,
    website,
    public_email,
    public_phone,
    logo_url,
    about_text,
    events_per_year,
    verified_date,
    created_by,
    updated_by,
    deleted_date,
    deleted_by;
    is_verified,
    created_date,
    updated_date,
    is_deleted
);

::gen_runtime::navigation!(
    CompanyOrganizerDetails[0] => crate::dbo::Company;
    company,
    " The live `dbo.Company` row that `CompanyID` references (FK_CompanyOrganizerDetails_Company); `None` when the key is NULL or the row is gone or soft-deleted.";
    company_sql,
    " The SQL behind `company`: selects the `dbo.Company` row that `CompanyID` of `dbo.CompanyOrganizerDetails` references (foreign key FK_CompanyOrganizerDetails_Company); its parameters are the key's columns.";
    company_organizer_detailses,
    " The live `dbo.CompanyOrganizerDetails` rows whose `CompanyID` references this row (FK_CompanyOrganizerDetails_Company).";
    company_organizer_detailses_sql,
    " The SQL behind `company_organizer_detailses`: selects the `dbo.CompanyOrganizerDetails` rows whose `CompanyID` references a `dbo.Company` row (foreign key FK_CompanyOrganizerDetails_Company); its parameters are the referenced columns."
);

::gen_runtime::navigation!(
    CompanyOrganizerDetails[1] => crate::ref_::IndustryRow;
    industry,
    " The live `ref.Industry` row that `IndustryID` references (FK_CompanyOrganizerDetails_Industry); `None` when the key is NULL or the row is gone or soft-deleted.";
    industry_sql,
    " The SQL behind `industry`: selects the `ref.Industry` row that `IndustryID` of `dbo.CompanyOrganizerDetails` references (foreign key FK_CompanyOrganizerDetails_Industry); its parameters are the key's columns.";
    company_organizer_detailses,
    " The live `dbo.CompanyOrganizerDetails` rows whose `IndustryID` references this row (FK_CompanyOrganizerDetails_Industry).";
    company_organizer_detailses_sql,
    " The SQL behind `company_organizer_detailses`: selects the `dbo.CompanyOrganizerDetails` rows whose `IndustryID` references a `ref.Industry` row (foreign key FK_CompanyOrganizerDetails_Industry); its parameters are the referenced columns."
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::finders!(
    CompanyOrganizerDetails;
    by_company = unique(0; company_id: i64),
    " The `dbo.CompanyOrganizerDetails` row whose `CompanyID` equals the argument (UQ_CompanyOrganizerDetails_CompanyID). Live rows only unless `.including_deleted()`.";
    for_company = foreign_key(0; company_id: i64),
    " The `dbo.CompanyOrganizerDetails` rows whose `CompanyID` equals the argument (FK_CompanyOrganizerDetails_Company). Live rows only unless `.including_deleted()`.";
    for_industry = foreign_key(1; industry_id: crate::ref_::Industry),
    " The `dbo.CompanyOrganizerDetails` rows whose `IndustryID` equals the argument (FK_CompanyOrganizerDetails_Industry). Live rows only unless `.including_deleted()`."
);
