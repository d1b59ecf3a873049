// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Cached Australian Business Register lookups, so onboarding does not call the ABR twice for one search.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#cache-abr_search).
/**
 # Columns

 | Column | Rust field | SQL type | Null | Default |
 |---|---|---|---|---|
 | `ABRSearchID` | `abr_search_id` | `bigint identity` | no |  |
 | `SearchType` | `search_type` | `varchar(10)` | no |  |
 | `SearchValue` | `search_value` | `nvarchar(200)` | no |  |
 | `ResultJson` | `result_json` | `nvarchar(max)` | no |  |
 | `ResultCount` | `result_count` | `int` | no | `0` |
 | `HitCount` | `hit_count` | `int` | no | `0` |
 | `LastHitDate` | `last_hit_date` | `datetime2(7)` | yes |  |
 | `ExpiryDate` | `expiry_date` | `datetime2(7)` | no |  |
 | `CreatedDate` | `created_date` | `datetime2(7)` | no | `GETUTCDATE()` |

 # Keys

 - primary key `PK_ABRSearch` (`ABRSearchID`)
 - unique `UQ_ABRSearch_SearchType_SearchValue` (`SearchType`, `SearchValue`)
 - check `CK_ABRSearch_SearchType`: `SearchType IN ('ABN', 'ACN', 'NAME')`
 - check `CK_ABRSearch_ResultCount`: `ResultCount >= 0`
 - index `IX_ABRSearch_ExpiryDate` (`ExpiryDate`)
*/
#[derive(Debug, Clone, PartialEq)]
pub struct AbrSearch {
    /// Surrogate key of the cached search.
    pub abr_search_id: i64,
    /// What was searched: ABN, ACN or NAME.
    pub search_type: crate::cache::AbrSearchSearchType,
    /// The search term, normalised (digits only for ABN and ACN, lower-case for NAME).
    pub search_value: ::std::string::String,
    /// The ABR response as JSON.
    pub result_json: ::std::string::String,
    /// Number of matches in ResultJson.
    pub result_count: i32,
    /// How many times this cached result was served.
    pub hit_count: i32,
    /// When the result was last served from the cache (UTC).
    pub last_hit_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// When the result must be fetched again (UTC).
    pub expiry_date: ::chrono::NaiveDateTime,
    /// When the ABR was queried (UTC).
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

::gen_runtime::table_meta!(
    AbrSearch = "cache"."ABRSearch";
    columns[
        ABR_SEARCH_ID("bigint").identity(),
        SEARCH_TYPE("varchar(10)"),
        SEARCH_VALUE("nvarchar(200)"),
        RESULT_JSON("nvarchar(max)"),
        RESULT_COUNT("int").default("0"),
        HIT_COUNT("int").default("0"),
        LAST_HIT_DATE("datetime2(7)").null(),
        EXPIRY_DATE("datetime2(7)"),
        CREATED_DATE("datetime2(7)").default("GETUTCDATE()")
    ];
    primary_key["PK_ABRSearch"("ABRSearchID")];
    foreign_keys[];
    uniques["UQ_ABRSearch_SearchType_SearchValue"("SearchType", "SearchValue")];
    indexes["IX_ABRSearch_ExpiryDate"("ExpiryDate")];
);

/// A new row of `cache.ABRSearch`: every column but identities; a column with a database default is `Defaulted::Default` (left to the database) or `Defaulted::Value(…)`.
#[derive(Debug, Clone)]
pub struct NewAbrSearch {
    /// What was searched: ABN, ACN or NAME.
    pub search_type: crate::cache::AbrSearchSearchType,
    /// The search term, normalised (digits only for ABN and ACN, lower-case for NAME).
    pub search_value: ::std::string::String,
    /// The ABR response as JSON.
    pub result_json: ::std::string::String,
    /// Number of matches in ResultJson.
    pub result_count: ::gen_runtime::Defaulted<i32>,
    /// How many times this cached result was served.
    pub hit_count: ::gen_runtime::Defaulted<i32>,
    /// When the result was last served from the cache (UTC).
    pub last_hit_date: ::core::option::Option<::chrono::NaiveDateTime>,
    /// When the result must be fetched again (UTC).
    pub expiry_date: ::chrono::NaiveDateTime,
    /// When the ABR was queried (UTC).
    pub created_date: ::gen_runtime::Defaulted<::chrono::NaiveDateTime>,
}

::gen_runtime::record!(
    AbrSearch, NewAbrSearch;
    abr_search_id = get(0, ABR_SEARCH_ID),
    search_type = value_enum(1, SEARCH_TYPE),
    search_value = get(2, SEARCH_VALUE),
    result_json = get(3, RESULT_JSON),
    result_count = get(4, RESULT_COUNT),
    hit_count = get(5, HIT_COUNT),
    last_hit_date = opt(6, LAST_HIT_DATE),
    expiry_date = get(7, EXPIRY_DATE),
    created_date = get(8, CREATED_DATE);
    search_type,
    search_value,
    result_json,
    result_count,
    hit_count,
    last_hit_date,
    expiry_date,
    created_date
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::new_row!(
    NewAbrSearch;
    search_type: crate::cache::AbrSearchSearchType,
    search_value: ::std::string::String,
    result_json: ::std::string::String,
    expiry_date: ::chrono::NaiveDateTime;
    last_hit_date;
    result_count,
    hit_count,
    created_date
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::finders!(
    AbrSearch;
    by_search_type_and_search_value = unique(0; search_type: crate::cache::AbrSearchSearchType, search_value: &str),
    " The `cache.ABRSearch` row whose `SearchType`, `SearchValue` equal the arguments (UQ_ABRSearch_SearchType_SearchValue). Live rows only unless `.including_deleted()`."
);

/// The values of `cache.ABRSearch.SearchType`, from its check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AbrSearchSearchType {
    /// `ABN`.
    Abn,
    /// `ACN`.
    Acn,
    /// `NAME`.
    Name,
}

::gen_runtime::value_enum!(
    AbrSearchSearchType, "cache.ABRSearch.SearchType";
    Abn = "ABN",
    Acn = "ACN",
    Name = "NAME"
);
