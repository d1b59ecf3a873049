//! Canonical column types and the one place a column's Rust type comes from.
//!
//! Canonical types use SQL Server's names (the platform's database); what PostgreSQL calls
//! them lives in `dialect::postgres`, never here. Their spellings live with their writers: the
//! canonical one (`Display`) in `schema_yaml::write`, the Rust path in `render::rust_type`.

use std::str::FromStr;

/// A character or binary length: a number of units, or `max`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Length {
    /// A bounded length.
    N(u32),
    /// `max` (up to 2 GB on SQL Server).
    Max,
}

/// A canonical column type.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SqlType {
    /// 64-bit integer.
    BigInt,
    /// 32-bit integer.
    #[default]
    Int,
    /// 16-bit integer.
    SmallInt,
    /// 0..=255.
    TinyInt,
    /// Boolean.
    Bit,
    /// `decimal(p,s)`.
    Decimal(u8, u8),
    /// `numeric(p,s)`.
    Numeric(u8, u8),
    /// `money`: decimal(19,4) from -922337203685477.5808 to 922337203685477.5807. Read
    /// through `CAST(… AS decimal(19,4))`, since the driver would give an `f64`.
    Money,
    /// `smallmoney`: decimal(10,4) from -214748.3648 to 214748.3647, read through
    /// `CAST(… AS decimal(10,4))`.
    SmallMoney,
    /// 64-bit float.
    Float,
    /// 32-bit float.
    Real,
    /// Unicode variable-length text.
    NVarChar(Length),
    /// Byte variable-length text.
    VarChar(Length),
    /// Unicode fixed-length text.
    NChar(u32),
    /// Byte fixed-length text.
    Char(u32),
    /// `datetime2(p)`, UTC by convention.
    DateTime2(u8),
    /// Legacy `datetime`.
    DateTime,
    /// Calendar date.
    Date,
    /// `time(p)`.
    Time(u8),
    /// `datetimeoffset(p)`.
    DateTimeOffset(u8),
    /// GUID.
    UniqueIdentifier,
    /// Variable-length binary.
    VarBinary(Length),
    /// Fixed-length binary.
    Binary(u32),
    /// A PostgreSQL array of a supported element type (`int[]`, `nvarchar(20)[]`): a
    /// `Vec<Option<T>>`, since the catalog cannot say that elements are not NULL. SQL Server
    /// has no arrays.
    Array(Box<SqlType>),
    /// A type outside the supported table (xml, geography, …). Only usable when the column
    /// also names its Rust type explicitly.
    Other(String),
}

/// The Rust type of a (non-null) column value, as generated code spells it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RustType {
    /// `i64`.
    I64,
    /// `i32`.
    I32,
    /// `i16`.
    I16,
    /// `u8`.
    U8,
    /// `bool`.
    Bool,
    /// `rust_decimal::Decimal`.
    Decimal,
    /// `f64`.
    F64,
    /// `f32`.
    F32,
    /// `String`.
    String,
    /// `chrono::NaiveDateTime`.
    NaiveDateTime,
    /// `chrono::NaiveDate`.
    NaiveDate,
    /// `chrono::NaiveTime`.
    NaiveTime,
    /// `chrono::DateTime<FixedOffset>`.
    DateTimeOffset,
    /// `uuid::Uuid`.
    Uuid,
    /// `Vec<u8>`.
    Bytes,
    /// `Vec<Option<T>>` of a PostgreSQL array.
    Array(Box<RustType>),
    /// A path the schema named explicitly (`rust_type:` on the column).
    Custom(String),
}

impl SqlType {
    /// The Rust type for this SQL type. `None` for [`SqlType::Other`], which needs an explicit
    /// `rust_type` on the column.
    pub fn rust_type(&self) -> Option<RustType> {
        use SqlType::*;
        Some(match self {
            BigInt => RustType::I64,
            Int => RustType::I32,
            SmallInt => RustType::I16,
            TinyInt => RustType::U8,
            Bit => RustType::Bool,
            Decimal(..) | Numeric(..) | Money | SmallMoney => RustType::Decimal,
            Float => RustType::F64,
            Real => RustType::F32,
            NVarChar(_) | VarChar(_) | NChar(_) | Char(_) => RustType::String,
            DateTime2(_) | DateTime => RustType::NaiveDateTime,
            Date => RustType::NaiveDate,
            Time(_) => RustType::NaiveTime,
            DateTimeOffset(_) => RustType::DateTimeOffset,
            UniqueIdentifier => RustType::Uuid,
            VarBinary(_) | Binary(_) => RustType::Bytes,
            Array(element) => RustType::Array(Box::new(element.rust_type()?)),
            Other(_) => return None,
        })
    }

    /// Whether values are integers (usable as enum IDs and identity columns).
    pub fn is_integer(&self) -> bool {
        matches!(
            self,
            SqlType::BigInt | SqlType::Int | SqlType::SmallInt | SqlType::TinyInt
        )
    }

    /// Whether values are text.
    pub fn is_text(&self) -> bool {
        matches!(
            self,
            SqlType::NVarChar(_) | SqlType::VarChar(_) | SqlType::NChar(_) | SqlType::Char(_)
        )
    }

    /// The maximum number of characters for text types with a bound.
    pub fn max_chars(&self) -> Option<u32> {
        match self {
            SqlType::NVarChar(Length::N(n))
            | SqlType::VarChar(Length::N(n))
            | SqlType::NChar(n)
            | SqlType::Char(n) => Some(*n),
            _ => None,
        }
    }
}

/// Why a type string is not a canonical type.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TypeParseError {
    /// The name is not in the supported table.
    #[error(
        "unknown type `{0}`; expected one of bigint, int, smallint, tinyint, bit, decimal(p,s), numeric(p,s), money, smallmoney, float, real, nvarchar(n|max), varchar(n|max), nchar(n), char(n), datetime2(p), datetime, date, time(p), datetimeoffset(p), uniqueidentifier, varbinary(n|max), binary(n)"
    )]
    Unknown(String),
    /// The arguments are missing, extra or out of range.
    #[error("bad arguments for `{ty}`: {why}")]
    BadArgs {
        /// The type as written.
        ty: String,
        /// What is wrong.
        why: String,
    },
}

impl SqlType {
    /// Parses a canonical type name, with an `other` fallback when `allow_other` is set (for
    /// columns that name their Rust type explicitly). A bare `numeric` / `decimal` (PostgreSQL's
    /// unconstrained numeric, which introspection writes that way) and one wider than
    /// [`MAX_DECIMAL_PRECISION`] are such types too.
    pub fn parse(s: &str, allow_other: bool) -> Result<SqlType, TypeParseError> {
        let lower = s.trim().to_ascii_lowercase();
        let bare_numeric = lower == "numeric" || lower == "decimal";
        let wide_numeric = lower.starts_with("numeric(") || lower.starts_with("decimal(");
        match s.parse::<SqlType>() {
            Err(TypeParseError::Unknown(_)) if allow_other => Ok(SqlType::Other(s.trim().into())),
            Err(TypeParseError::BadArgs { .. })
                if allow_other && (bare_numeric || wide_numeric) =>
            {
                Ok(SqlType::Other(s.trim().into()))
            }
            r => r,
        }
    }
}

impl FromStr for SqlType {
    type Err = TypeParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim().to_ascii_lowercase();
        if let Some(element) = t.strip_suffix("[]") {
            return match element.parse::<SqlType>() {
                Ok(SqlType::Array(_)) => Err(bad(s, "arrays of arrays are not supported")),
                Ok(e) => Ok(SqlType::Array(Box::new(e))),
                Err(e) => Err(e),
            };
        }
        let (name, args) = match t.find('(') {
            Some(i) if t.ends_with(')') => (t[..i].trim(), Some(&t[i + 1..t.len() - 1])),
            Some(_) => return Err(bad(s, "unbalanced parentheses")),
            None => (t.as_str(), None),
        };
        let args: Vec<&str> = args
            .map(|a| a.split(',').map(str::trim).collect())
            .unwrap_or_default();
        parse_named(s, name, &args)
    }
}

fn bad(ty: &str, why: &str) -> TypeParseError {
    TypeParseError::BadArgs {
        ty: ty.trim().into(),
        why: why.into(),
    }
}

fn parse_named(orig: &str, name: &str, args: &[&str]) -> Result<SqlType, TypeParseError> {
    use SqlType::*;
    let none = |t: SqlType| {
        if args.is_empty() {
            Ok(t)
        } else {
            Err(bad(orig, "this type takes no arguments"))
        }
    };
    match name {
        "bigint" => none(BigInt),
        "int" => none(Int),
        "smallint" => none(SmallInt),
        "tinyint" => none(TinyInt),
        "bit" => none(Bit),
        "money" => none(Money),
        "smallmoney" => none(SmallMoney),
        "float" => none(Float),
        "real" => none(Real),
        "datetime" => none(DateTime),
        "date" => none(Date),
        "uniqueidentifier" => none(UniqueIdentifier),
        "decimal" | "numeric" => {
            let (p, s) = precision_scale(orig, args)?;
            Ok(if name == "decimal" {
                Decimal(p, s)
            } else {
                Numeric(p, s)
            })
        }
        "nvarchar" => Ok(NVarChar(length(orig, args, 4000)?)),
        "varchar" => Ok(VarChar(length(orig, args, 8000)?)),
        "varbinary" => Ok(VarBinary(length(orig, args, 8000)?)),
        "nchar" => fixed(orig, args, 4000).map(NChar),
        "char" => fixed(orig, args, 8000).map(Char),
        "binary" => fixed(orig, args, 8000).map(Binary),
        "datetime2" => fraction(orig, args).map(DateTime2),
        "time" => fraction(orig, args).map(Time),
        "datetimeoffset" => fraction(orig, args).map(DateTimeOffset),
        _ => Err(TypeParseError::Unknown(orig.trim().into())),
    }
}

fn number(orig: &str, a: &str) -> Result<u32, TypeParseError> {
    a.parse::<u32>()
        .map_err(|_| bad(orig, &format!("`{a}` is not a whole number")))
}

fn length(orig: &str, args: &[&str], limit: u32) -> Result<Length, TypeParseError> {
    match args {
        ["max"] => Ok(Length::Max),
        [n] => match number(orig, n)? {
            0 => Err(bad(orig, "length must be at least 1")),
            n if n > limit => Err(bad(
                orig,
                &format!("length {n} exceeds {limit}; use `max` for longer values"),
            )),
            n => Ok(Length::N(n)),
        },
        _ => Err(bad(orig, "expected one length, a number or `max`")),
    }
}

fn fixed(orig: &str, args: &[&str], limit: u32) -> Result<u32, TypeParseError> {
    match length(orig, args, limit)? {
        Length::N(n) => Ok(n),
        Length::Max => Err(bad(orig, "fixed-length types cannot be `max`")),
    }
}

fn fraction(orig: &str, args: &[&str]) -> Result<u8, TypeParseError> {
    match args {
        [] => Ok(7),
        [p] => match number(orig, p)? {
            p @ 0..=7 => Ok(p as u8),
            p => Err(bad(
                orig,
                &format!("fractional-second precision {p} is outside 0..7"),
            )),
        },
        _ => Err(bad(orig, "expected at most one precision")),
    }
}

fn precision_scale(orig: &str, args: &[&str]) -> Result<(u8, u8), TypeParseError> {
    let (p, s) = match args {
        [p] => (number(orig, p)?, 0),
        [p, s] => (number(orig, p)?, number(orig, s)?),
        _ => {
            return Err(bad(
                orig,
                "expected precision and scale, e.g. decimal(18,2)",
            ));
        }
    };
    if !(1..=38).contains(&p) {
        return Err(bad(orig, &format!("precision {p} is outside 1..38")));
    }
    if s > p {
        return Err(bad(orig, &format!("scale {s} exceeds precision {p}")));
    }
    if let Some(why) = beyond_decimal(p as u8) {
        return Err(bad(orig, &why));
    }
    Ok((p as u8, s as u8))
}

/// The most digits every value of `decimal(p,s)` may have for `rust_decimal::Decimal` (a
/// 96-bit mantissa) to hold it exactly.
pub const MAX_DECIMAL_PRECISION: u8 = 28;

/// Why `decimal(p,s)` cannot be a `rust_decimal::Decimal`, when `p` is above
/// [`MAX_DECIMAL_PRECISION`]: the drivers would fail on its larger values (tiberius panics,
/// tokio-postgres rounds or refuses), so the type is refused where it is declared.
pub fn beyond_decimal(precision: u8) -> Option<String> {
    (precision > MAX_DECIMAL_PRECISION).then(|| {
        format!(
            "precision {precision} is more than rust_decimal::Decimal holds ({MAX_DECIMAL_PRECISION} digits): larger values would make the SQL Server driver panic and the PostgreSQL one round; declare at most decimal({MAX_DECIMAL_PRECISION},s), or map the column with `rust_type:`"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_spelling_round_trips() {
        for s in [
            "bigint",
            "int",
            "tinyint",
            "decimal(18,2)",
            "nvarchar(255)",
            "nvarchar(max)",
            "varbinary(max)",
            "char(2)",
            "datetime2(7)",
            "time(0)",
            "datetimeoffset(3)",
            "uniqueidentifier",
            "money",
            "int[]",
            "nvarchar(20)[]",
        ] {
            assert_eq!(s.parse::<SqlType>().unwrap().to_string(), s);
        }
        assert_eq!(
            "NVARCHAR( 50 )".parse::<SqlType>().unwrap().to_string(),
            "nvarchar(50)"
        );
        assert_eq!(
            "datetime2".parse::<SqlType>().unwrap(),
            SqlType::DateTime2(7)
        );
    }

    #[test]
    fn bad_types_say_why() {
        assert!(matches!(
            "nvarchar(0)".parse::<SqlType>(),
            Err(TypeParseError::BadArgs { .. })
        ));
        assert!(matches!(
            "nvarchar(5000)".parse::<SqlType>(),
            Err(TypeParseError::BadArgs { .. })
        ));
        assert!(matches!(
            "decimal(10,12)".parse::<SqlType>(),
            Err(TypeParseError::BadArgs { .. })
        ));
        assert!(matches!(
            "datetime2(9)".parse::<SqlType>(),
            Err(TypeParseError::BadArgs { .. })
        ));
        assert!(matches!(
            "strng".parse::<SqlType>(),
            Err(TypeParseError::Unknown(_))
        ));
        assert_eq!(
            SqlType::parse("xml", true).unwrap(),
            SqlType::Other("xml".into())
        );
    }
}
