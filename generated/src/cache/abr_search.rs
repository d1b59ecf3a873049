// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Cached Australian Business Register lookups, so onboarding does not call the ABR twice for one search.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#cache-abr_search).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
pub struct AbrSearch {
    /// Surrogate key of the cached search.
    #[cfg_attr(feature = "serde", serde(rename = "ABRSearchID"))]
    pub abr_search_id: i64,
    /// What was searched: ABN, ACN or NAME.
    #[cfg_attr(feature = "serde", serde(rename = "SearchType"))]
    pub search_type: ::std::string::String,
    /// The search term, normalised (digits only for ABN and ACN, lower-case for NAME).
    #[cfg_attr(feature = "serde", serde(rename = "SearchValue"))]
    pub search_value: ::std::string::String,
    /// The ABR response as JSON.
    #[cfg_attr(feature = "serde", serde(rename = "ResultJson"))]
    pub result_json: ::std::string::String,
    /// Number of matches in ResultJson.
    #[cfg_attr(feature = "serde", serde(rename = "ResultCount"))]
    pub result_count: i32,
    /// How many times this cached result was served.
    #[cfg_attr(feature = "serde", serde(rename = "HitCount"))]
    pub hit_count: i32,
    /// When the result was last served from the cache (UTC).
    #[cfg_attr(feature = "serde", serde(rename = "LastHitDate"))]
    pub last_hit_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// When the result must be fetched again (UTC).
    #[cfg_attr(feature = "serde", serde(rename = "ExpiryDate"))]
    pub expiry_date: ::chrono::NaiveDateTime,
    /// When the ABR was queried (UTC).
    #[cfg_attr(feature = "serde", serde(rename = "CreatedDate"))]
    pub created_date: ::chrono::NaiveDateTime,
}
/// Column names of `cache.ABRSearch`, for SQL text.
pub mod columns {
    /// Surrogate key of the cached search.
    pub const ABR_SEARCH_ID: &str = "ABRSearchID";
    /// What was searched: ABN, ACN or NAME.
    pub const SEARCH_TYPE: &str = "SearchType";
    /// The search term, normalised (digits only for ABN and ACN, lower-case for NAME).
    pub const SEARCH_VALUE: &str = "SearchValue";
    /// The ABR response as JSON.
    pub const RESULT_JSON: &str = "ResultJson";
    /// Number of matches in ResultJson.
    pub const RESULT_COUNT: &str = "ResultCount";
    /// How many times this cached result was served.
    pub const HIT_COUNT: &str = "HitCount";
    /// When the result was last served from the cache (UTC).
    pub const LAST_HIT_DATE: &str = "LastHitDate";
    /// When the result must be fetched again (UTC).
    pub const EXPIRY_DATE: &str = "ExpiryDate";
    /// When the ABR was queried (UTC).
    pub const CREATED_DATE: &str = "CreatedDate";
}
impl ::gen_runtime::Table for AbrSearch {
    const META: &'static ::gen_runtime::TableMeta = &::gen_runtime::TableMeta {
        schema: "cache",
        name: "ABRSearch",
        columns: &[
            ::gen_runtime::ColumnMeta::new(
                self::columns::ABR_SEARCH_ID,
                "bigint",
                false,
                true,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::SEARCH_TYPE,
                "varchar(10)",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::SEARCH_VALUE,
                "nvarchar(200)",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::RESULT_JSON,
                "nvarchar(max)",
                false,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::RESULT_COUNT,
                "int",
                false,
                false,
                Some("0"),
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::HIT_COUNT,
                "int",
                false,
                false,
                Some("0"),
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::LAST_HIT_DATE,
                "datetime2(7)",
                true,
                false,
                None,
            ),
            ::gen_runtime::ColumnMeta::new(
                self::columns::EXPIRY_DATE,
                "datetime2(7)",
                false,
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
        ],
        primary_key_name: "PK_ABRSearch",
        primary_key: &["ABRSearchID"],
        foreign_keys: &[],
        uniques: &[
            ::gen_runtime::IndexMeta {
                name: "UQ_ABRSearch_SearchType_SearchValue",
                columns: &["SearchType", "SearchValue"],
                unique: true,
            },
        ],
        indexes: &[
            ::gen_runtime::IndexMeta {
                name: "IX_ABRSearch_ExpiryDate",
                columns: &["ExpiryDate"],
                unique: false,
            },
        ],
    };
}
/// A new row of `cache.ABRSearch`: every column but identities and database defaults.
#[derive(Debug, Clone)]
pub struct NewAbrSearch {
    /// What was searched: ABN, ACN or NAME.
    pub search_type: ::std::string::String,
    /// The search term, normalised (digits only for ABN and ACN, lower-case for NAME).
    pub search_value: ::std::string::String,
    /// The ABR response as JSON.
    pub result_json: ::std::string::String,
    /// When the result was last served from the cache (UTC).
    pub last_hit_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// When the result must be fetched again (UTC).
    pub expiry_date: ::chrono::NaiveDateTime,
}
::gen_runtime::record!(
    AbrSearch, NewAbrSearch; get abr_search_id, get search_type, get search_value, get
    result_json, get result_count, get hit_count, opt last_hit_date, get expiry_date, get
    created_date,; search_type, search_value, result_json, last_hit_date, expiry_date,
);
