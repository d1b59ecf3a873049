// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Countries for addresses and phone numbers (ISO 3166-1).
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#ref_-country).
/// Referenced by: [`CompanyBillingDetails`](crate::dbo::CompanyBillingDetails), [`ValidationRule`](crate::config::ValidationRule).
/**
 # Columns

 | Column | Rust field | SQL type | Null | Default |
 |---|---|---|---|---|
 | `CountryID` | `country_id` | `int` | no |  |
 | `Code` | `code` | `char(2)` | no |  |
 | `Name` | `name` | `nvarchar(100)` | no |  |
 | `Alpha3Code` | `alpha3_code` | `char(3)` | no |  |
 | `PhonePrefix` | `phone_prefix` | `varchar(5)` | no |  |
 | `SortOrder` | `sort_order` | `int` | no | `0` |
 | `IsActive` | `is_active` | `bit` | no | `true` |

 # Keys

 - primary key `PK_Country` (`CountryID`)
 - unique `UQ_Country_Code` (`Code`)
 - unique `UQ_Country_Alpha3Code` (`Alpha3Code`)
 - check `CK_Country_SortOrder`: `SortOrder >= 0`
*/
#[derive(Debug, Clone, PartialEq)]
pub struct CountryRow {
    /// Key of the Country row; pinned, so the generated enum's values never change.
    pub country_id: i32,
    /// ISO 3166-1 alpha-2 code (AU); names the enum variant.
    pub code: ::std::string::String,
    /// Display name shown to users.
    pub name: ::std::string::String,
    /// ISO 3166-1 alpha-3 code (AUS).
    pub alpha3_code: ::std::string::String,
    /// International dialling prefix including the plus sign (+61).
    pub phone_prefix: ::std::string::String,
    /// Position in pick lists, ascending.
    pub sort_order: i32,
    /// Whether the value may be chosen for new rows; inactive values stay valid on old rows.
    pub is_active: bool,
}

/// Column names of `ref.Country`, for SQL text.
pub mod columns {
    /// Key of the Country row; pinned, so the generated enum's values never change.
    pub const COUNTRY_ID: &str = "CountryID";
    /// ISO 3166-1 alpha-2 code (AU); names the enum variant.
    pub const CODE: &str = "Code";
    /// Display name shown to users.
    pub const NAME: &str = "Name";
    /// ISO 3166-1 alpha-3 code (AUS).
    pub const ALPHA3_CODE: &str = "Alpha3Code";
    /// International dialling prefix including the plus sign (+61).
    pub const PHONE_PREFIX: &str = "PhonePrefix";
    /// Position in pick lists, ascending.
    pub const SORT_ORDER: &str = "SortOrder";
    /// Whether the value may be chosen for new rows; inactive values stay valid on old rows.
    pub const IS_ACTIVE: &str = "IsActive";
}

::gen_runtime::table_meta!(
    CountryRow = "ref"."Country";
    columns[
        COUNTRY_ID("int"),
        CODE("char(2)"),
        NAME("nvarchar(100)"),
        ALPHA3_CODE("char(3)"),
        PHONE_PREFIX("varchar(5)"),
        SORT_ORDER("int").default("0"),
        IS_ACTIVE("bit").default("true")
    ];
    primary_key["PK_Country"("CountryID")];
    foreign_keys[];
    uniques[
        "UQ_Country_Code"("Code"),
        "UQ_Country_Alpha3Code"("Alpha3Code")
    ];
    indexes[];
);

/// A new row of `ref.Country`: every column but identities; a column with a database default is `Defaulted::Default` (left to the database) or `Defaulted::Value(…)`.
#[derive(Debug, Clone)]
pub struct NewCountryRow {
    /// Key of the Country row; pinned, so the generated enum's values never change.
    pub country_id: i32,
    /// ISO 3166-1 alpha-2 code (AU); names the enum variant.
    pub code: ::std::string::String,
    /// Display name shown to users.
    pub name: ::std::string::String,
    /// ISO 3166-1 alpha-3 code (AUS).
    pub alpha3_code: ::std::string::String,
    /// International dialling prefix including the plus sign (+61).
    pub phone_prefix: ::std::string::String,
    /// Position in pick lists, ascending.
    pub sort_order: ::gen_runtime::Defaulted<i32>,
    /// Whether the value may be chosen for new rows; inactive values stay valid on old rows.
    pub is_active: ::gen_runtime::Defaulted<bool>,
}

::gen_runtime::record!(
    CountryRow, NewCountryRow;
    country_id = get(0, COUNTRY_ID),
    code = get(1, CODE),
    name = get(2, NAME),
    alpha3_code = get(3, ALPHA3_CODE),
    phone_prefix = get(4, PHONE_PREFIX),
    sort_order = get(5, SORT_ORDER),
    is_active = get(6, IS_ACTIVE);
    country_id,
    code,
    name,
    alpha3_code,
    phone_prefix,
    sort_order,
    is_active
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::new_row!(
    NewCountryRow;
    country_id: i32,
    code: ::std::string::String,
    name: ::std::string::String,
    alpha3_code: ::std::string::String,
    phone_prefix: ::std::string::String;
;
    sort_order,
    is_active
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::finders!(
    CountryRow;
    by_code = unique(0; code: &str),
    " The `ref.Country` row whose `Code` equals the argument (UQ_Country_Code). Live rows only unless `.including_deleted()`.";
    by_alpha3_code = unique(1; alpha3_code: &str),
    " The `ref.Country` row whose `Alpha3Code` equals the argument (UQ_Country_Alpha3Code). Live rows only unless `.including_deleted()`."
);

/// Countries for addresses and phone numbers (ISO 3166-1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Country {
    /// Australia
    Au,
    /// New Zealand
    Nz,
    /// United States
    Us,
    /// United Kingdom
    Gb,
    /// Singapore
    Sg,
    /// Canada
    Ca,
    /// Ireland
    Ie,
    /// Germany
    De,
    /// Japan
    Jp,
    /// India
    In,
}

impl Country {
    /// Every variant, in row order.
    pub const ALL: &'static [Self] = &[
        Self::Au,
        Self::Nz,
        Self::Us,
        Self::Gb,
        Self::Sg,
        Self::Ca,
        Self::Ie,
        Self::De,
        Self::Jp,
        Self::In,
    ];
    /// The row's ID.
    pub const fn id(self) -> i32 {
        match self {
            Self::Au => 1,
            Self::Nz => 2,
            Self::Us => 3,
            Self::Gb => 4,
            Self::Sg => 5,
            Self::Ca => 6,
            Self::Ie => 7,
            Self::De => 8,
            Self::Jp => 9,
            Self::In => 10,
        }
    }
    /// The row's code.
    pub const fn code(self) -> &'static str {
        match self {
            Self::Au => "AU",
            Self::Nz => "NZ",
            Self::Us => "US",
            Self::Gb => "GB",
            Self::Sg => "SG",
            Self::Ca => "CA",
            Self::Ie => "IE",
            Self::De => "DE",
            Self::Jp => "JP",
            Self::In => "IN",
        }
    }
}

impl ::gen_runtime::RefEnum for Country {
    const TABLE: &'static str = "ref.Country";
    const ALL: &'static [Self] = Self::ALL;
    fn id(self) -> i64 {
        i64::from(Self::id(self))
    }
    fn code(self) -> &'static str {
        Self::code(self)
    }
}

impl ::gen_runtime::ToValue for Country {
    fn to_value(&self) -> ::gen_runtime::SqlValue {
        ::gen_runtime::ToValue::to_value(&self.id())
    }
    fn null() -> ::gen_runtime::SqlValue {
        <i32 as ::gen_runtime::ToValue>::null()
    }
}

impl ::core::convert::From<Country> for i32 {
    fn from(value: Country) -> Self {
        value.id()
    }
}

impl ::core::convert::TryFrom<i32> for Country {
    type Error = ::gen_runtime::UnknownId;
    fn try_from(id: i32) -> ::core::result::Result<Self, Self::Error> {
        <Self as ::gen_runtime::RefEnum>::from_id(i64::from(id))
    }
}

impl ::core::fmt::Display for Country {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.code())
    }
}

impl ::core::str::FromStr for Country {
    type Err = ::gen_runtime::UnknownCode;
    fn from_str(code: &str) -> ::core::result::Result<Self, Self::Err> {
        <Self as ::gen_runtime::RefEnum>::from_code(code)
    }
}

/// Requires feature `serde`.
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl ::serde::Serialize for Country {
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
impl<'de> ::serde::Deserialize<'de> for Country {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::gen_runtime::serde_code::deserialize(deserializer)
    }
}
