// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Time zones for showing UTC timestamps in local time (IANA names).
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#ref_-timezone).
/// Referenced by: [`CompanyCustomerDetails`](crate::dbo::CompanyCustomerDetails).
/**
 # Columns

 | Column | Rust field | SQL type | Null | Default |
 |---|---|---|---|---|
 | `TimezoneID` | `timezone_id` | `int` | no |  |
 | `Code` | `code` | `varchar(64)` | no |  |
 | `Name` | `name` | `nvarchar(100)` | no |  |
 | `UtcOffsetMinutes` | `utc_offset_minutes` | `smallint` | no |  |
 | `SortOrder` | `sort_order` | `int` | no | `0` |
 | `IsActive` | `is_active` | `bit` | no | `true` |

 # Keys

 - primary key `PK_Timezone` (`TimezoneID`)
 - unique `UQ_Timezone_Code` (`Code`)
 - check `CK_Timezone_SortOrder`: `SortOrder >= 0`
 - check `CK_Timezone_UtcOffsetMinutes`: `UtcOffsetMinutes BETWEEN -720 AND 840`
*/
#[derive(Debug, Clone, PartialEq)]
pub struct TimezoneRow {
    /// Key of the Timezone row; pinned, so the generated enum's values never change.
    pub timezone_id: i32,
    /// IANA time zone name (Australia/Sydney); not an identifier, so the variant name is derived.
    pub code: ::std::string::String,
    /// Display name shown to users.
    pub name: ::std::string::String,
    /// Standard (non-daylight-saving) offset from UTC in minutes.
    pub utc_offset_minutes: i16,
    /// Position in pick lists, ascending.
    pub sort_order: i32,
    /// Whether the value may be chosen for new rows; inactive values stay valid on old rows.
    pub is_active: bool,
}

/// Column names of `ref.Timezone`, for SQL text.
pub mod columns {
    /// Key of the Timezone row; pinned, so the generated enum's values never change.
    pub const TIMEZONE_ID: &str = "TimezoneID";
    /// IANA time zone name (Australia/Sydney); not an identifier, so the variant name is derived.
    pub const CODE: &str = "Code";
    /// Display name shown to users.
    pub const NAME: &str = "Name";
    /// Standard (non-daylight-saving) offset from UTC in minutes.
    pub const UTC_OFFSET_MINUTES: &str = "UtcOffsetMinutes";
    /// Position in pick lists, ascending.
    pub const SORT_ORDER: &str = "SortOrder";
    /// Whether the value may be chosen for new rows; inactive values stay valid on old rows.
    pub const IS_ACTIVE: &str = "IsActive";
}

::gen_runtime::table_meta!(
    TimezoneRow = "ref"."Timezone";
    columns[
        TIMEZONE_ID("int"),
        CODE("varchar(64)"),
        NAME("nvarchar(100)"),
        UTC_OFFSET_MINUTES("smallint"),
        SORT_ORDER("int").default("0"),
        IS_ACTIVE("bit").default("true")
    ];
    primary_key["PK_Timezone"("TimezoneID")];
    foreign_keys[];
    uniques["UQ_Timezone_Code"("Code")];
    indexes[];
);

/// A new row of `ref.Timezone`: every column but identities; a column with a database default is `Defaulted::Default` (left to the database) or `Defaulted::Value(…)`.
#[derive(Debug, Clone)]
pub struct NewTimezoneRow {
    /// Key of the Timezone row; pinned, so the generated enum's values never change.
    pub timezone_id: i32,
    /// IANA time zone name (Australia/Sydney); not an identifier, so the variant name is derived.
    pub code: ::std::string::String,
    /// Display name shown to users.
    pub name: ::std::string::String,
    /// Standard (non-daylight-saving) offset from UTC in minutes.
    pub utc_offset_minutes: i16,
    /// Position in pick lists, ascending.
    pub sort_order: ::gen_runtime::Defaulted<i32>,
    /// Whether the value may be chosen for new rows; inactive values stay valid on old rows.
    pub is_active: ::gen_runtime::Defaulted<bool>,
}

::gen_runtime::record!(
    TimezoneRow, NewTimezoneRow;
    timezone_id = get(0, TIMEZONE_ID),
    code = get(1, CODE),
    name = get(2, NAME),
    utc_offset_minutes = get(3, UTC_OFFSET_MINUTES),
    sort_order = get(4, SORT_ORDER),
    is_active = get(5, IS_ACTIVE);
    timezone_id,
    code,
    name,
    utc_offset_minutes,
    sort_order,
    is_active
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::new_row!(
    NewTimezoneRow;
    timezone_id: i32,
    code: ::std::string::String,
    name: ::std::string::String,
    utc_offset_minutes: i16;
;
    sort_order,
    is_active
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::finders!(
    TimezoneRow;
    by_code = unique(0; code: &str),
    " The `ref.Timezone` row whose `Code` equals the argument (UQ_Timezone_Code). Live rows only unless `.including_deleted()`."
);

/// Time zones for showing UTC timestamps in local time (IANA names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Timezone {
    /// Sydney, Canberra (AEST/AEDT)
    AustraliaSydney,
    /// Melbourne (AEST/AEDT)
    AustraliaMelbourne,
    /// Brisbane (AEST)
    AustraliaBrisbane,
    /// Adelaide (ACST/ACDT)
    AustraliaAdelaide,
    /// Darwin (ACST)
    AustraliaDarwin,
    /// Perth (AWST)
    AustraliaPerth,
    /// Hobart (AEST/AEDT)
    AustraliaHobart,
    /// Auckland (NZST/NZDT)
    PacificAuckland,
    /// Singapore (SGT)
    AsiaSingapore,
    /// London (GMT/BST)
    EuropeLondon,
    /// New York (EST/EDT)
    AmericaNewYork,
    /// Los Angeles (PST/PDT)
    AmericaLosAngeles,
    /// Coordinated Universal Time (UTC)
    EtcUtc,
}

impl Timezone {
    /// Every variant, in row order.
    pub const ALL: &'static [Self] = &[
        Self::AustraliaSydney,
        Self::AustraliaMelbourne,
        Self::AustraliaBrisbane,
        Self::AustraliaAdelaide,
        Self::AustraliaDarwin,
        Self::AustraliaPerth,
        Self::AustraliaHobart,
        Self::PacificAuckland,
        Self::AsiaSingapore,
        Self::EuropeLondon,
        Self::AmericaNewYork,
        Self::AmericaLosAngeles,
        Self::EtcUtc,
    ];
    /// The row's ID.
    pub const fn id(self) -> i32 {
        match self {
            Self::AustraliaSydney => 1,
            Self::AustraliaMelbourne => 2,
            Self::AustraliaBrisbane => 3,
            Self::AustraliaAdelaide => 4,
            Self::AustraliaDarwin => 5,
            Self::AustraliaPerth => 6,
            Self::AustraliaHobart => 7,
            Self::PacificAuckland => 8,
            Self::AsiaSingapore => 9,
            Self::EuropeLondon => 10,
            Self::AmericaNewYork => 11,
            Self::AmericaLosAngeles => 12,
            Self::EtcUtc => 13,
        }
    }
    /// The row's code.
    pub const fn code(self) -> &'static str {
        match self {
            Self::AustraliaSydney => "Australia/Sydney",
            Self::AustraliaMelbourne => "Australia/Melbourne",
            Self::AustraliaBrisbane => "Australia/Brisbane",
            Self::AustraliaAdelaide => "Australia/Adelaide",
            Self::AustraliaDarwin => "Australia/Darwin",
            Self::AustraliaPerth => "Australia/Perth",
            Self::AustraliaHobart => "Australia/Hobart",
            Self::PacificAuckland => "Pacific/Auckland",
            Self::AsiaSingapore => "Asia/Singapore",
            Self::EuropeLondon => "Europe/London",
            Self::AmericaNewYork => "America/New_York",
            Self::AmericaLosAngeles => "America/Los_Angeles",
            Self::EtcUtc => "Etc/UTC",
        }
    }
}

impl ::gen_runtime::RefEnum for Timezone {
    const TABLE: &'static str = "ref.Timezone";
    const ALL: &'static [Self] = Self::ALL;
    fn id(self) -> i64 {
        i64::from(Self::id(self))
    }
    fn code(self) -> &'static str {
        Self::code(self)
    }
}

impl ::gen_runtime::ToValue for Timezone {
    fn to_value(&self) -> ::gen_runtime::SqlValue {
        ::gen_runtime::ToValue::to_value(&self.id())
    }
    fn null() -> ::gen_runtime::SqlValue {
        <i32 as ::gen_runtime::ToValue>::null()
    }
}

impl ::core::convert::From<Timezone> for i32 {
    fn from(value: Timezone) -> Self {
        value.id()
    }
}

impl ::core::convert::TryFrom<i32> for Timezone {
    type Error = ::gen_runtime::UnknownId;
    fn try_from(id: i32) -> ::core::result::Result<Self, Self::Error> {
        <Self as ::gen_runtime::RefEnum>::from_id(i64::from(id))
    }
}

impl ::core::fmt::Display for Timezone {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.code())
    }
}

impl ::core::str::FromStr for Timezone {
    type Err = ::gen_runtime::UnknownCode;
    fn from_str(code: &str) -> ::core::result::Result<Self, Self::Err> {
        <Self as ::gen_runtime::RefEnum>::from_code(code)
    }
}

/// Requires feature `serde`.
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl ::serde::Serialize for Timezone {
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
impl<'de> ::serde::Deserialize<'de> for Timezone {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::gen_runtime::serde_code::deserialize(deserializer)
    }
}
