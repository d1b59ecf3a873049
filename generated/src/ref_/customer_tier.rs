// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
/// Subscription tiers a customer company can be on.
///
/// Guide: [columns, keys, relationships and the diagram](crate::guide#ref_-customer_tier).
/// Referenced by: [`CompanyCustomerDetails`](crate::dbo::CompanyCustomerDetails).
/**
 # Columns

 | Column | Rust field | SQL type | Null | Default |
 |---|---|---|---|---|
 | `CustomerTierID` | `customer_tier_id` | `int` | no |  |
 | `Code` | `code` | `nvarchar(50)` | no |  |
 | `Name` | `name` | `nvarchar(100)` | no |  |
 | `MonthlyPrice` | `monthly_price` | `decimal(10,2)` | no |  |
 | `MaxUsers` | `max_users` | `int` | yes |  |
 | `SortOrder` | `sort_order` | `int` | no | `0` |
 | `IsActive` | `is_active` | `bit` | no | `true` |

 # Keys

 - primary key `PK_CustomerTier` (`CustomerTierID`)
 - unique `UQ_CustomerTier_Code` (`Code`)
 - check `CK_CustomerTier_SortOrder`: `SortOrder >= 0`
 - check `CK_CustomerTier_MonthlyPrice`: `MonthlyPrice >= 0`
*/
#[derive(Debug, Clone, PartialEq)]
pub struct CustomerTierRow {
    /// Key of the CustomerTier row; pinned, so the generated enum's values never change.
    pub customer_tier_id: i32,
    /// Stable UPPER_SNAKE code services use; names the enum variant.
    pub code: ::std::string::String,
    /// Display name shown to users.
    pub name: ::std::string::String,
    /// List price per month in AUD, excluding GST.
    pub monthly_price: ::rust_decimal::Decimal,
    /// Most users a company on this tier may have; NULL means unlimited.
    pub max_users: ::core::option::Option<i32>,
    /// Position in pick lists, ascending.
    pub sort_order: i32,
    /// Whether the value may be chosen for new rows; inactive values stay valid on old rows.
    pub is_active: bool,
}

/// Column names of `ref.CustomerTier`, for SQL text.
pub mod columns {
    /// Key of the CustomerTier row; pinned, so the generated enum's values never change.
    pub const CUSTOMER_TIER_ID: &str = "CustomerTierID";
    /// Stable UPPER_SNAKE code services use; names the enum variant.
    pub const CODE: &str = "Code";
    /// Display name shown to users.
    pub const NAME: &str = "Name";
    /// List price per month in AUD, excluding GST.
    pub const MONTHLY_PRICE: &str = "MonthlyPrice";
    /// Most users a company on this tier may have; NULL means unlimited.
    pub const MAX_USERS: &str = "MaxUsers";
    /// Position in pick lists, ascending.
    pub const SORT_ORDER: &str = "SortOrder";
    /// Whether the value may be chosen for new rows; inactive values stay valid on old rows.
    pub const IS_ACTIVE: &str = "IsActive";
}

::gen_runtime::table_meta!(
    CustomerTierRow = "ref"."CustomerTier";
    columns[
        CUSTOMER_TIER_ID("int"),
        CODE("nvarchar(50)"),
        NAME("nvarchar(100)"),
        MONTHLY_PRICE("decimal(10,2)"),
        MAX_USERS("int").null(),
        SORT_ORDER("int").default("0"),
        IS_ACTIVE("bit").default("true")
    ];
    primary_key["PK_CustomerTier"("CustomerTierID")];
    foreign_keys[];
    uniques["UQ_CustomerTier_Code"("Code")];
    indexes[];
);

/// A new row of `ref.CustomerTier`: every column but identities; a column with a database default is `Defaulted::Default` (left to the database) or `Defaulted::Value(…)`.
#[derive(Debug, Clone)]
pub struct NewCustomerTierRow {
    /// Key of the CustomerTier row; pinned, so the generated enum's values never change.
    pub customer_tier_id: i32,
    /// Stable UPPER_SNAKE code services use; names the enum variant.
    pub code: ::std::string::String,
    /// Display name shown to users.
    pub name: ::std::string::String,
    /// List price per month in AUD, excluding GST.
    pub monthly_price: ::rust_decimal::Decimal,
    /// Most users a company on this tier may have; NULL means unlimited.
    pub max_users: ::core::option::Option<i32>,
    /// Position in pick lists, ascending.
    pub sort_order: ::gen_runtime::Defaulted<i32>,
    /// Whether the value may be chosen for new rows; inactive values stay valid on old rows.
    pub is_active: ::gen_runtime::Defaulted<bool>,
}

::gen_runtime::record!(
    CustomerTierRow, NewCustomerTierRow;
    customer_tier_id = get(0, CUSTOMER_TIER_ID),
    code = get(1, CODE),
    name = get(2, NAME),
    monthly_price = get(3, MONTHLY_PRICE),
    max_users = opt(4, MAX_USERS),
    sort_order = get(5, SORT_ORDER),
    is_active = get(6, IS_ACTIVE);
    customer_tier_id,
    code,
    name,
    monthly_price,
    max_users,
    sort_order,
    is_active
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::new_row!(
    NewCustomerTierRow;
    customer_tier_id: i32,
    code: ::std::string::String,
    name: ::std::string::String,
    monthly_price: ::rust_decimal::Decimal;
    max_users;
    sort_order,
    is_active
);

#[cfg(any(feature = "postgres", feature = "tiberius"))]
::gen_runtime::finders!(
    CustomerTierRow;
    by_code = unique(0; code: &str),
    " The `ref.CustomerTier` row whose `Code` equals the argument (UQ_CustomerTier_Code). Live rows only unless `.including_deleted()`."
);

/// Subscription tiers a customer company can be on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CustomerTier {
    /// Free
    Free,
    /// Starter
    Starter,
    /// Professional
    Professional,
    /// Enterprise
    Enterprise,
}

impl CustomerTier {
    /// Every variant, in row order.
    pub const ALL: &'static [Self] = &[
        Self::Free,
        Self::Starter,
        Self::Professional,
        Self::Enterprise,
    ];
    /// The row's ID.
    pub const fn id(self) -> i32 {
        match self {
            Self::Free => 1,
            Self::Starter => 2,
            Self::Professional => 3,
            Self::Enterprise => 4,
        }
    }
    /// The row's code.
    pub const fn code(self) -> &'static str {
        match self {
            Self::Free => "FREE",
            Self::Starter => "STARTER",
            Self::Professional => "PROFESSIONAL",
            Self::Enterprise => "ENTERPRISE",
        }
    }
}

impl ::gen_runtime::RefEnum for CustomerTier {
    const TABLE: &'static str = "ref.CustomerTier";
    const ALL: &'static [Self] = Self::ALL;
    fn id(self) -> i64 {
        i64::from(Self::id(self))
    }
    fn code(self) -> &'static str {
        Self::code(self)
    }
}

impl ::gen_runtime::ToValue for CustomerTier {
    fn to_value(&self) -> ::gen_runtime::SqlValue {
        ::gen_runtime::ToValue::to_value(&self.id())
    }
    fn null() -> ::gen_runtime::SqlValue {
        <i32 as ::gen_runtime::ToValue>::null()
    }
}

impl ::core::convert::From<CustomerTier> for i32 {
    fn from(value: CustomerTier) -> Self {
        value.id()
    }
}

impl ::core::convert::TryFrom<i32> for CustomerTier {
    type Error = ::gen_runtime::UnknownId;
    fn try_from(id: i32) -> ::core::result::Result<Self, Self::Error> {
        <Self as ::gen_runtime::RefEnum>::from_id(i64::from(id))
    }
}

impl ::core::fmt::Display for CustomerTier {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.code())
    }
}

impl ::core::str::FromStr for CustomerTier {
    type Err = ::gen_runtime::UnknownCode;
    fn from_str(code: &str) -> ::core::result::Result<Self, Self::Err> {
        <Self as ::gen_runtime::RefEnum>::from_code(code)
    }
}

/// Requires feature `serde`.
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl ::serde::Serialize for CustomerTier {
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
impl<'de> ::serde::Deserialize<'de> for CustomerTier {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::gen_runtime::serde_code::deserialize(deserializer)
    }
}
