//! Owned parameter values: what generated code hands the runtime for inserts, updates and
//! keys, independent of the driver. NULLs keep their type, since SQL Server types a NULL
//! parameter and PostgreSQL checks it against the column.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};
use rust_decimal::Decimal;
use uuid::Uuid;

/// One parameter value of a supported Rust type; `None` is a typed NULL.
#[derive(Debug, Clone, PartialEq)]
pub enum SqlValue {
    /// `bigint`.
    I64(Option<i64>),
    /// `int`.
    I32(Option<i32>),
    /// `smallint`.
    I16(Option<i16>),
    /// `tinyint` (sent as `smallint` to PostgreSQL).
    U8(Option<u8>),
    /// `bit`.
    Bool(Option<bool>),
    /// `float`.
    F64(Option<f64>),
    /// `real`.
    F32(Option<f32>),
    /// `decimal` / `numeric` / `money`.
    Decimal(Option<Decimal>),
    /// Character types.
    Text(Option<String>),
    /// Binary types.
    Bytes(Option<Vec<u8>>),
    /// `uniqueidentifier`.
    Uuid(Option<Uuid>),
    /// `datetime2` / `datetime`.
    DateTime(Option<NaiveDateTime>),
    /// `date`.
    Date(Option<NaiveDate>),
    /// `time`.
    Time(Option<NaiveTime>),
    /// `datetimeoffset`.
    DateTimeOffset(Option<DateTime<FixedOffset>>),
    /// A PostgreSQL array (`None` is a NULL array).
    Array(Option<crate::ArrayValue>),
}

impl SqlValue {
    /// Whether the value is NULL.
    pub fn is_null(&self) -> bool {
        match self {
            SqlValue::I64(v) => v.is_none(),
            SqlValue::I32(v) => v.is_none(),
            SqlValue::I16(v) => v.is_none(),
            SqlValue::U8(v) => v.is_none(),
            SqlValue::Bool(v) => v.is_none(),
            SqlValue::F64(v) => v.is_none(),
            SqlValue::F32(v) => v.is_none(),
            SqlValue::Decimal(v) => v.is_none(),
            SqlValue::Text(v) => v.is_none(),
            SqlValue::Bytes(v) => v.is_none(),
            SqlValue::Uuid(v) => v.is_none(),
            SqlValue::DateTime(v) => v.is_none(),
            SqlValue::Date(v) => v.is_none(),
            SqlValue::Time(v) => v.is_none(),
            SqlValue::DateTimeOffset(v) => v.is_none(),
            SqlValue::Array(v) => v.is_none(),
        }
    }
}

/// A Rust value that can be a parameter. Generated reference enums implement it through
/// their ID; `Option<T>` is NULL or the value.
pub trait ToValue {
    /// The value as a parameter.
    fn to_value(&self) -> SqlValue;
    /// A NULL of this type.
    fn null() -> SqlValue;
}

macro_rules! to_value {
    ($($ty:ty => $variant:ident),* $(,)?) => {$(
        impl ToValue for $ty {
            fn to_value(&self) -> SqlValue {
                SqlValue::$variant(Some(self.clone()))
            }
            fn null() -> SqlValue {
                SqlValue::$variant(None)
            }
        }
    )*};
}

to_value!(
    i64 => I64, i32 => I32, i16 => I16, u8 => U8, bool => Bool, f64 => F64, f32 => F32,
    Decimal => Decimal, String => Text, Vec<u8> => Bytes, Uuid => Uuid,
    NaiveDateTime => DateTime, NaiveDate => Date, NaiveTime => Time,
    DateTime<FixedOffset> => DateTimeOffset,
);

impl<T: ToValue> ToValue for Option<T> {
    fn to_value(&self) -> SqlValue {
        match self {
            Some(v) => v.to_value(),
            None => T::null(),
        }
    }
    fn null() -> SqlValue {
        T::null()
    }
}

impl ToValue for &str {
    fn to_value(&self) -> SqlValue {
        SqlValue::Text(Some((*self).to_owned()))
    }
    fn null() -> SqlValue {
        SqlValue::Text(None)
    }
}

impl ToValue for &[u8] {
    fn to_value(&self) -> SqlValue {
        SqlValue::Bytes(Some(self.to_vec()))
    }
    fn null() -> SqlValue {
        SqlValue::Bytes(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nulls_keep_their_type() {
        assert_eq!(None::<i32>.to_value(), SqlValue::I32(None));
        assert_eq!(Some(7u8).to_value(), SqlValue::U8(Some(7)));
        assert!(Option::<String>::None.to_value().is_null());
        assert!(!"x".to_value().is_null());
    }
}
