// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Kinds of validation rule and how their RuleValue is read.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#ref_-rule_type).
/// Referenced by: [`ValidationRule`](crate::config::ValidationRule).
/**
 # Columns

 | Column | Rust field | SQL type | Null | Default |
 |---|---|---|---|---|
 | `RuleTypeID` | `rule_type_id` | `int` | no |  |
 | `Code` | `code` | `nvarchar(50)` | no |  |
 | `Name` | `name` | `nvarchar(100)` | no |  |
 | `Description` | `description` | `nvarchar(500)` | yes |  |
 | `SortOrder` | `sort_order` | `int` | no | `0` |
 | `IsActive` | `is_active` | `bit` | no | `true` |

 # Keys

 - primary key `PK_RuleType` (`RuleTypeID`)
 - unique `UQ_RuleType_Code` (`Code`)
 - check `CK_RuleType_SortOrder`: `SortOrder >= 0`
*/
#[derive(Debug, Clone, PartialEq)]
pub struct RuleTypeRow {
    /// Key of the RuleType row; pinned, so the generated enum's values never change.
    pub rule_type_id: i32,
    /// Stable UPPER_SNAKE code services use; names the enum variant.
    pub code: ::std::string::String,
    /// Display name shown to users.
    pub name: ::std::string::String,
    /// What the value means, for administrators.
    pub description: ::core::option::Option<::std::string::String>,
    /// Position in pick lists, ascending.
    pub sort_order: i32,
    /// Whether the value may be chosen for new rows; inactive values stay valid on old rows.
    pub is_active: bool,
}

/// Column names of `ref.RuleType`, for SQL text.
pub mod columns {
    /// Key of the RuleType row; pinned, so the generated enum's values never change.
    pub const RULE_TYPE_ID: &str = "RuleTypeID";
    /// Stable UPPER_SNAKE code services use; names the enum variant.
    pub const CODE: &str = "Code";
    /// Display name shown to users.
    pub const NAME: &str = "Name";
    /// What the value means, for administrators.
    pub const DESCRIPTION: &str = "Description";
    /// Position in pick lists, ascending.
    pub const SORT_ORDER: &str = "SortOrder";
    /// Whether the value may be chosen for new rows; inactive values stay valid on old rows.
    pub const IS_ACTIVE: &str = "IsActive";
}

::gen_runtime::table_meta!(
    RuleTypeRow = "ref"."RuleType";
    columns[
        RULE_TYPE_ID("int"),
        CODE("nvarchar(50)"),
        NAME("nvarchar(100)"),
        DESCRIPTION("nvarchar(500)").null(),
        SORT_ORDER("int").default("0"),
        IS_ACTIVE("bit").default("true")
    ];
    primary_key["PK_RuleType"("RuleTypeID")];
    foreign_keys[];
    uniques["UQ_RuleType_Code"("Code")];
    indexes[];
);

/// A new row of `ref.RuleType`: every column but identities; a column with a database default is `Defaulted::Default` (left to the database) or `Defaulted::Value(…)`.
#[derive(Debug, Clone)]
pub struct NewRuleTypeRow {
    /// Key of the RuleType row; pinned, so the generated enum's values never change.
    pub rule_type_id: i32,
    /// Stable UPPER_SNAKE code services use; names the enum variant.
    pub code: ::std::string::String,
    /// Display name shown to users.
    pub name: ::std::string::String,
    /// What the value means, for administrators.
    pub description: ::core::option::Option<::std::string::String>,
    /// Position in pick lists, ascending.
    pub sort_order: ::gen_runtime::Defaulted<i32>,
    /// Whether the value may be chosen for new rows; inactive values stay valid on old rows.
    pub is_active: ::gen_runtime::Defaulted<bool>,
}

::gen_runtime::record!(
    RuleTypeRow, NewRuleTypeRow;
    rule_type_id = get(0, RULE_TYPE_ID),
    code = get(1, CODE),
    name = get(2, NAME),
    description = opt(3, DESCRIPTION),
    sort_order = get(4, SORT_ORDER),
    is_active = get(5, IS_ACTIVE);
    rule_type_id,
    code,
    name,
    description,
    sort_order,
    is_active
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::new_row!(
    NewRuleTypeRow;
    rule_type_id: i32,
    code: ::std::string::String,
    name: ::std::string::String;
    description;
    sort_order,
    is_active
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::finders!(
    RuleTypeRow;
    by_code = unique(0; code: &str),
    " The `ref.RuleType` row whose `Code` equals the argument (UQ_RuleType_Code). Live rows only unless `.including_deleted()`."
);

/// Kinds of validation rule and how their RuleValue is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RuleType {
    /// RuleValue is a regular expression the whole value must match.
    Regex,
    /// RuleValue is the minimum number of characters.
    MinLength,
    /// RuleValue is the maximum number of characters.
    MaxLength,
    /// RuleValue is min..max, inclusive.
    Range,
    /// RuleValue names a checksum algorithm (ABN, ACN).
    Checksum,
    /// The value must be present; RuleValue is ignored.
    Required,
}

impl RuleType {
    /// Every variant, in row order.
    pub const ALL: &'static [Self] = &[
        Self::Regex,
        Self::MinLength,
        Self::MaxLength,
        Self::Range,
        Self::Checksum,
        Self::Required,
    ];
    /// The row's ID.
    pub const fn id(self) -> i32 {
        match self {
            Self::Regex => 1,
            Self::MinLength => 2,
            Self::MaxLength => 3,
            Self::Range => 4,
            Self::Checksum => 5,
            Self::Required => 6,
        }
    }
    /// The row's code.
    pub const fn code(self) -> &'static str {
        match self {
            Self::Regex => "REGEX",
            Self::MinLength => "MIN_LENGTH",
            Self::MaxLength => "MAX_LENGTH",
            Self::Range => "RANGE",
            Self::Checksum => "CHECKSUM",
            Self::Required => "REQUIRED",
        }
    }
}

impl ::gen_runtime::RefEnum for RuleType {
    const TABLE: &'static str = "ref.RuleType";
    const ALL: &'static [Self] = Self::ALL;
    fn id(self) -> i64 {
        i64::from(Self::id(self))
    }
    fn code(self) -> &'static str {
        Self::code(self)
    }
}

impl ::gen_runtime::ToValue for RuleType {
    fn to_value(&self) -> ::gen_runtime::SqlValue {
        ::gen_runtime::ToValue::to_value(&self.id())
    }
    fn null() -> ::gen_runtime::SqlValue {
        <i32 as ::gen_runtime::ToValue>::null()
    }
}

impl ::core::convert::From<RuleType> for i32 {
    fn from(value: RuleType) -> Self {
        value.id()
    }
}

impl ::core::convert::TryFrom<i32> for RuleType {
    type Error = ::gen_runtime::UnknownId;
    fn try_from(id: i32) -> ::core::result::Result<Self, Self::Error> {
        <Self as ::gen_runtime::RefEnum>::from_id(i64::from(id))
    }
}

impl ::core::fmt::Display for RuleType {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.code())
    }
}

impl ::core::str::FromStr for RuleType {
    type Err = ::gen_runtime::UnknownCode;
    fn from_str(code: &str) -> ::core::result::Result<Self, Self::Err> {
        <Self as ::gen_runtime::RefEnum>::from_code(code)
    }
}

/// Requires feature `serde`.
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl ::serde::Serialize for RuleType {
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
impl<'de> ::serde::Deserialize<'de> for RuleType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::gen_runtime::serde_code::deserialize(deserializer)
    }
}
