// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Industries a company can operate in, for segmentation and reporting.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#ref_-industry).
/// Referenced by: [`CompanyCustomerDetails`](crate::dbo::CompanyCustomerDetails), [`CompanyOrganizerDetails`](crate::dbo::CompanyOrganizerDetails).
/**
 # Columns

 | Column | Rust field | SQL type | Null | Default |
 |---|---|---|---|---|
 | `IndustryID` | `industry_id` | `int` | no |  |
 | `Code` | `code` | `nvarchar(50)` | no |  |
 | `Name` | `name` | `nvarchar(100)` | no |  |
 | `SortOrder` | `sort_order` | `int` | no | `0` |
 | `IsActive` | `is_active` | `bit` | no | `true` |

 # Keys

 - primary key `PK_Industry` (`IndustryID`)
 - unique `UQ_Industry_Code` (`Code`)
 - check `CK_Industry_SortOrder`: `SortOrder >= 0`
*/
#[derive(Debug, Clone, PartialEq)]
pub struct IndustryRow {
    /// Key of the Industry row; pinned, so the generated enum's values never change.
    pub industry_id: i32,
    /// Stable UPPER_SNAKE code services use; names the enum variant.
    pub code: ::std::string::String,
    /// Display name shown to users.
    pub name: ::std::string::String,
    /// Position in pick lists, ascending.
    pub sort_order: i32,
    /// Whether the value may be chosen for new rows; inactive values stay valid on old rows.
    pub is_active: bool,
}

/// Column names of `ref.Industry`, for SQL text.
pub mod columns {
    /// Key of the Industry row; pinned, so the generated enum's values never change.
    pub const INDUSTRY_ID: &str = "IndustryID";
    /// Stable UPPER_SNAKE code services use; names the enum variant.
    pub const CODE: &str = "Code";
    /// Display name shown to users.
    pub const NAME: &str = "Name";
    /// Position in pick lists, ascending.
    pub const SORT_ORDER: &str = "SortOrder";
    /// Whether the value may be chosen for new rows; inactive values stay valid on old rows.
    pub const IS_ACTIVE: &str = "IsActive";
}

::gen_runtime::table_meta!(
    IndustryRow = "ref"."Industry";
    columns[
        INDUSTRY_ID("int"),
        CODE("nvarchar(50)"),
        NAME("nvarchar(100)"),
        SORT_ORDER("int").default("0"),
        IS_ACTIVE("bit").default("true")
    ];
    primary_key["PK_Industry"("IndustryID")];
    foreign_keys[];
    uniques["UQ_Industry_Code"("Code")];
    indexes[];
);

/// A new row of `ref.Industry`: every column but identities; a column with a database default is `Defaulted::Default` (left to the database) or `Defaulted::Value(…)`.
#[derive(Debug, Clone)]
pub struct NewIndustryRow {
    /// Key of the Industry row; pinned, so the generated enum's values never change.
    pub industry_id: i32,
    /// Stable UPPER_SNAKE code services use; names the enum variant.
    pub code: ::std::string::String,
    /// Display name shown to users.
    pub name: ::std::string::String,
    /// Position in pick lists, ascending.
    pub sort_order: ::gen_runtime::Defaulted<i32>,
    /// Whether the value may be chosen for new rows; inactive values stay valid on old rows.
    pub is_active: ::gen_runtime::Defaulted<bool>,
}

::gen_runtime::record!(
    IndustryRow, NewIndustryRow;
    industry_id = get(0, INDUSTRY_ID),
    code = get(1, CODE),
    name = get(2, NAME),
    sort_order = get(3, SORT_ORDER),
    is_active = get(4, IS_ACTIVE);
    industry_id,
    code,
    name,
    sort_order,
    is_active
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::new_row!(
    NewIndustryRow;
    industry_id: i32,
    code: ::std::string::String,
    name: ::std::string::String;
;
    sort_order,
    is_active
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::finders!(
    IndustryRow;
    by_code = unique(0; code: &str),
    " The `ref.Industry` row whose `Code` equals the argument (UQ_Industry_Code). Live rows only unless `.including_deleted()`."
);

/// Industries a company can operate in, for segmentation and reporting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Industry {
    /// Technology
    Technology,
    /// Healthcare
    Healthcare,
    /// Education
    Education,
    /// Financial Services
    FinancialServices,
    /// Government
    Government,
    /// Manufacturing
    Manufacturing,
    /// Retail
    Retail,
    /// Hospitality and Tourism
    Hospitality,
    /// Professional Services
    ProfessionalServices,
    /// Not for Profit
    NotForProfit,
    /// Events and Exhibitions
    EventsExhibitions,
    /// Other
    Other,
}

impl Industry {
    /// Every variant, in row order.
    pub const ALL: &'static [Self] = &[
        Self::Technology,
        Self::Healthcare,
        Self::Education,
        Self::FinancialServices,
        Self::Government,
        Self::Manufacturing,
        Self::Retail,
        Self::Hospitality,
        Self::ProfessionalServices,
        Self::NotForProfit,
        Self::EventsExhibitions,
        Self::Other,
    ];
    /// The row's ID.
    pub const fn id(self) -> i32 {
        match self {
            Self::Technology => 1,
            Self::Healthcare => 2,
            Self::Education => 3,
            Self::FinancialServices => 4,
            Self::Government => 5,
            Self::Manufacturing => 6,
            Self::Retail => 7,
            Self::Hospitality => 8,
            Self::ProfessionalServices => 9,
            Self::NotForProfit => 10,
            Self::EventsExhibitions => 11,
            Self::Other => 12,
        }
    }
    /// The row's code.
    pub const fn code(self) -> &'static str {
        match self {
            Self::Technology => "TECHNOLOGY",
            Self::Healthcare => "HEALTHCARE",
            Self::Education => "EDUCATION",
            Self::FinancialServices => "FINANCIAL_SERVICES",
            Self::Government => "GOVERNMENT",
            Self::Manufacturing => "MANUFACTURING",
            Self::Retail => "RETAIL",
            Self::Hospitality => "HOSPITALITY",
            Self::ProfessionalServices => "PROFESSIONAL_SERVICES",
            Self::NotForProfit => "NOT_FOR_PROFIT",
            Self::EventsExhibitions => "EVENTS_EXHIBITIONS",
            Self::Other => "OTHER",
        }
    }
}

impl ::gen_runtime::RefEnum for Industry {
    const TABLE: &'static str = "ref.Industry";
    const ALL: &'static [Self] = Self::ALL;
    fn id(self) -> i64 {
        i64::from(Self::id(self))
    }
    fn code(self) -> &'static str {
        Self::code(self)
    }
}

impl ::gen_runtime::ToValue for Industry {
    fn to_value(&self) -> ::gen_runtime::SqlValue {
        ::gen_runtime::ToValue::to_value(&self.id())
    }
    fn null() -> ::gen_runtime::SqlValue {
        <i32 as ::gen_runtime::ToValue>::null()
    }
}

impl ::core::convert::From<Industry> for i32 {
    fn from(value: Industry) -> Self {
        value.id()
    }
}

impl ::core::convert::TryFrom<i32> for Industry {
    type Error = ::gen_runtime::UnknownId;
    fn try_from(id: i32) -> ::core::result::Result<Self, Self::Error> {
        <Self as ::gen_runtime::RefEnum>::from_id(i64::from(id))
    }
}

impl ::core::fmt::Display for Industry {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.code())
    }
}

impl ::core::str::FromStr for Industry {
    type Err = ::gen_runtime::UnknownCode;
    fn from_str(code: &str) -> ::core::result::Result<Self, Self::Err> {
        <Self as ::gen_runtime::RefEnum>::from_code(code)
    }
}

/// Requires feature `serde`.
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl ::serde::Serialize for Industry {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        ::gen_runtime::serde_code::serialize(*self, serializer)
    }
}

/// Requires feature `serde`.
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> ::serde::Deserialize<'de> for Industry {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::gen_runtime::serde_code::deserialize(deserializer)
    }
}
