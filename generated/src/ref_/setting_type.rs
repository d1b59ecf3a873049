// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Data type of an application setting's value, used to parse and validate it.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#ref_-setting_type).
/// Referenced by: [`AppSetting`](crate::config::AppSetting).
/**
 # Columns

 | Column | Rust field | SQL type | Null | Default |
 |---|---|---|---|---|
 | `SettingTypeID` | `setting_type_id` | `int` | no |  |
 | `Code` | `code` | `nvarchar(50)` | no |  |
 | `Name` | `name` | `nvarchar(100)` | no |  |
 | `SortOrder` | `sort_order` | `int` | no | `0` |
 | `IsActive` | `is_active` | `bit` | no | `true` |

 # Keys

 - primary key `PK_SettingType` (`SettingTypeID`)
 - unique `UQ_SettingType_Code` (`Code`)
 - check `CK_SettingType_SortOrder`: `SortOrder >= 0`
*/
#[derive(Debug, Clone, PartialEq)]
pub struct SettingTypeRow {
    /// Key of the SettingType row; pinned, so the generated enum's values never change.
    pub setting_type_id: i32,
    /// Stable UPPER_SNAKE code services use; names the enum variant.
    pub code: ::std::string::String,
    /// Display name shown to users.
    pub name: ::std::string::String,
    /// Position in pick lists, ascending.
    pub sort_order: i32,
    /// Whether the value may be chosen for new rows; inactive values stay valid on old rows.
    pub is_active: bool,
}

/// Column names of `ref.SettingType`, for SQL text.
pub mod columns {
    /// Key of the SettingType row; pinned, so the generated enum's values never change.
    pub const SETTING_TYPE_ID: &str = "SettingTypeID";
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
    SettingTypeRow = "ref"."SettingType";
    columns[
        SETTING_TYPE_ID("int"),
        CODE("nvarchar(50)"),
        NAME("nvarchar(100)"),
        SORT_ORDER("int").default("0"),
        IS_ACTIVE("bit").default("true")
    ];
    primary_key["PK_SettingType"("SettingTypeID")];
    foreign_keys[];
    uniques["UQ_SettingType_Code"("Code")];
    indexes[];
);

/// A new row of `ref.SettingType`: every column but identities; a column with a database default is `Defaulted::Default` (left to the database) or `Defaulted::Value(…)`.
#[derive(Debug, Clone)]
pub struct NewSettingTypeRow {
    /// Key of the SettingType row; pinned, so the generated enum's values never change.
    pub setting_type_id: i32,
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
    SettingTypeRow, NewSettingTypeRow;
    setting_type_id = get(0, SETTING_TYPE_ID),
    code = get(1, CODE),
    name = get(2, NAME),
    sort_order = get(3, SORT_ORDER),
    is_active = get(4, IS_ACTIVE);
    setting_type_id,
    code,
    name,
    sort_order,
    is_active
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::new_row!(
    NewSettingTypeRow;
    setting_type_id: i32,
    code: ::std::string::String,
    name: ::std::string::String;
;
    sort_order,
    is_active
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::finders!(
    SettingTypeRow;
    by_code = unique(0; code: &str),
    " The `ref.SettingType` row whose `Code` equals the argument (UQ_SettingType_Code). Live rows only unless `.including_deleted()`."
);

/// Data type of an application setting's value, used to parse and validate it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SettingType {
    /// Text
    String,
    /// Whole Number
    Integer,
    /// Decimal Number
    Decimal,
    /// True or False
    Boolean,
    /// JSON Document
    Json,
    /// Duration in Seconds
    Duration,
}

impl SettingType {
    /// Every variant, in row order.
    pub const ALL: &'static [Self] = &[
        Self::String,
        Self::Integer,
        Self::Decimal,
        Self::Boolean,
        Self::Json,
        Self::Duration,
    ];
    /// The row's ID.
    pub const fn id(self) -> i32 {
        match self {
            Self::String => 1,
            Self::Integer => 2,
            Self::Decimal => 3,
            Self::Boolean => 4,
            Self::Json => 5,
            Self::Duration => 6,
        }
    }
    /// The row's code.
    pub const fn code(self) -> &'static str {
        match self {
            Self::String => "STRING",
            Self::Integer => "INTEGER",
            Self::Decimal => "DECIMAL",
            Self::Boolean => "BOOLEAN",
            Self::Json => "JSON",
            Self::Duration => "DURATION",
        }
    }
}

impl ::gen_runtime::RefEnum for SettingType {
    const TABLE: &'static str = "ref.SettingType";
    const ALL: &'static [Self] = Self::ALL;
    fn id(self) -> i64 {
        i64::from(Self::id(self))
    }
    fn code(self) -> &'static str {
        Self::code(self)
    }
}

impl ::gen_runtime::ToValue for SettingType {
    fn to_value(&self) -> ::gen_runtime::SqlValue {
        ::gen_runtime::ToValue::to_value(&self.id())
    }
    fn null() -> ::gen_runtime::SqlValue {
        <i32 as ::gen_runtime::ToValue>::null()
    }
}

impl ::core::convert::From<SettingType> for i32 {
    fn from(value: SettingType) -> Self {
        value.id()
    }
}

impl ::core::convert::TryFrom<i32> for SettingType {
    type Error = ::gen_runtime::UnknownId;
    fn try_from(id: i32) -> ::core::result::Result<Self, Self::Error> {
        <Self as ::gen_runtime::RefEnum>::from_id(i64::from(id))
    }
}

impl ::core::fmt::Display for SettingType {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.code())
    }
}

impl ::core::str::FromStr for SettingType {
    type Err = ::gen_runtime::UnknownCode;
    fn from_str(code: &str) -> ::core::result::Result<Self, Self::Err> {
        <Self as ::gen_runtime::RefEnum>::from_code(code)
    }
}

/// Requires feature `serde`.
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl ::serde::Serialize for SettingType {
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
impl<'de> ::serde::Deserialize<'de> for SettingType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::gen_runtime::serde_code::deserialize(deserializer)
    }
}
