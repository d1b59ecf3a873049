// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Languages for the user interface and emails (ISO 639-1).
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#ref_-language).
/// Referenced by: [`CompanyCustomerDetails`](crate::dbo::CompanyCustomerDetails).
/**
 # Columns

 | Column | Rust field | SQL type | Null | Default |
 |---|---|---|---|---|
 | `LanguageID` | `language_id` | `int` | no |  |
 | `Code` | `code` | `varchar(10)` | no |  |
 | `Name` | `name` | `nvarchar(100)` | no |  |
 | `SortOrder` | `sort_order` | `int` | no | `0` |
 | `IsActive` | `is_active` | `bit` | no | `true` |

 # Keys

 - primary key `PK_Language` (`LanguageID`)
 - unique `UQ_Language_Code` (`Code`)
 - check `CK_Language_SortOrder`: `SortOrder >= 0`
*/
#[derive(Debug, Clone, PartialEq)]
pub struct LanguageRow {
    /// Key of the Language row; pinned, so the generated enum's values never change.
    pub language_id: i32,
    /// ISO 639-1 code in lower case (en); names the enum variant.
    pub code: ::std::string::String,
    /// Display name shown to users.
    pub name: ::std::string::String,
    /// Position in pick lists, ascending.
    pub sort_order: i32,
    /// Whether the value may be chosen for new rows; inactive values stay valid on old rows.
    pub is_active: bool,
}

/// Column names of `ref.Language`, for SQL text.
pub mod columns {
    /// Key of the Language row; pinned, so the generated enum's values never change.
    pub const LANGUAGE_ID: &str = "LanguageID";
    /// ISO 639-1 code in lower case (en); names the enum variant.
    pub const CODE: &str = "Code";
    /// Display name shown to users.
    pub const NAME: &str = "Name";
    /// Position in pick lists, ascending.
    pub const SORT_ORDER: &str = "SortOrder";
    /// Whether the value may be chosen for new rows; inactive values stay valid on old rows.
    pub const IS_ACTIVE: &str = "IsActive";
}

::gen_runtime::table_meta!(
    LanguageRow = "ref"."Language";
    columns[
        LANGUAGE_ID("int"),
        CODE("varchar(10)"),
        NAME("nvarchar(100)"),
        SORT_ORDER("int").default("0"),
        IS_ACTIVE("bit").default("true")
    ];
    primary_key["PK_Language"("LanguageID")];
    foreign_keys[];
    uniques["UQ_Language_Code"("Code")];
    indexes[];
);

/// A new row of `ref.Language`: every column but identities; a column with a database default is `Defaulted::Default` (left to the database) or `Defaulted::Value(…)`.
#[derive(Debug, Clone)]
pub struct NewLanguageRow {
    /// Key of the Language row; pinned, so the generated enum's values never change.
    pub language_id: i32,
    /// ISO 639-1 code in lower case (en); names the enum variant.
    pub code: ::std::string::String,
    /// Display name shown to users.
    pub name: ::std::string::String,
    /// Position in pick lists, ascending.
    pub sort_order: ::gen_runtime::Defaulted<i32>,
    /// Whether the value may be chosen for new rows; inactive values stay valid on old rows.
    pub is_active: ::gen_runtime::Defaulted<bool>,
}

::gen_runtime::record!(
    LanguageRow, NewLanguageRow;
    language_id = get(0, LANGUAGE_ID),
    code = get(1, CODE),
    name = get(2, NAME),
    sort_order = get(3, SORT_ORDER),
    is_active = get(4, IS_ACTIVE);
    language_id,
    code,
    name,
    sort_order,
    is_active
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::new_row!(
    NewLanguageRow;
    language_id: i32,
    code: ::std::string::String,
    name: ::std::string::String;
;
    sort_order,
    is_active
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::finders!(
    LanguageRow;
    by_code = unique(0; code: &str),
    " The `ref.Language` row whose `Code` equals the argument (UQ_Language_Code). Live rows only unless `.including_deleted()`."
);

/// Languages for the user interface and emails (ISO 639-1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    /// English
    En,
    /// French
    Fr,
    /// German
    De,
    /// Spanish
    Es,
    /// Italian
    It,
    /// Japanese
    Ja,
    /// Chinese
    Zh,
    /// Korean
    Ko,
    /// Hindi
    Hi,
    /// Arabic
    Ar,
}

impl Language {
    /// Every variant, in row order.
    pub const ALL: &'static [Self] = &[
        Self::En,
        Self::Fr,
        Self::De,
        Self::Es,
        Self::It,
        Self::Ja,
        Self::Zh,
        Self::Ko,
        Self::Hi,
        Self::Ar,
    ];
    /// The row's ID.
    pub const fn id(self) -> i32 {
        match self {
            Self::En => 1,
            Self::Fr => 2,
            Self::De => 3,
            Self::Es => 4,
            Self::It => 5,
            Self::Ja => 6,
            Self::Zh => 7,
            Self::Ko => 8,
            Self::Hi => 9,
            Self::Ar => 10,
        }
    }
    /// The row's code.
    pub const fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Fr => "fr",
            Self::De => "de",
            Self::Es => "es",
            Self::It => "it",
            Self::Ja => "ja",
            Self::Zh => "zh",
            Self::Ko => "ko",
            Self::Hi => "hi",
            Self::Ar => "ar",
        }
    }
}

impl ::gen_runtime::RefEnum for Language {
    const TABLE: &'static str = "ref.Language";
    const ALL: &'static [Self] = Self::ALL;
    fn id(self) -> i64 {
        i64::from(Self::id(self))
    }
    fn code(self) -> &'static str {
        Self::code(self)
    }
}

impl ::gen_runtime::ToValue for Language {
    fn to_value(&self) -> ::gen_runtime::SqlValue {
        ::gen_runtime::ToValue::to_value(&self.id())
    }
    fn null() -> ::gen_runtime::SqlValue {
        <i32 as ::gen_runtime::ToValue>::null()
    }
}

impl ::core::convert::From<Language> for i32 {
    fn from(value: Language) -> Self {
        value.id()
    }
}

impl ::core::convert::TryFrom<i32> for Language {
    type Error = ::gen_runtime::UnknownId;
    fn try_from(id: i32) -> ::core::result::Result<Self, Self::Error> {
        <Self as ::gen_runtime::RefEnum>::from_id(i64::from(id))
    }
}

impl ::core::fmt::Display for Language {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.code())
    }
}

impl ::core::str::FromStr for Language {
    type Err = ::gen_runtime::UnknownCode;
    fn from_str(code: &str) -> ::core::result::Result<Self, Self::Err> {
        <Self as ::gen_runtime::RefEnum>::from_code(code)
    }
}

/// Requires feature `serde`.
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl ::serde::Serialize for Language {
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
impl<'de> ::serde::Deserialize<'de> for Language {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::gen_runtime::serde_code::deserialize(deserializer)
    }
}
