//! PostgreSQL arrays of the supported element types: a column is a `Vec<Option<T>>` (the
//! catalog cannot say that elements are not NULL), bound as the array and decoded from it.
//! SQL Server has no arrays; schema.yaml refuses them for the `mssql` dialect.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};
use rust_decimal::Decimal;
use uuid::Uuid;

use crate::{Column, SqlValue, ToValue};

/// An array parameter: the elements of one element type.
#[derive(Debug, Clone, PartialEq)]
pub enum ArrayValue {
    /// `bigint[]`.
    I64(Vec<Option<i64>>),
    /// `integer[]`.
    I32(Vec<Option<i32>>),
    /// `smallint[]`.
    I16(Vec<Option<i16>>),
    /// `boolean[]`.
    Bool(Vec<Option<bool>>),
    /// `double precision[]`.
    F64(Vec<Option<f64>>),
    /// `real[]`.
    F32(Vec<Option<f32>>),
    /// `numeric[]`.
    Decimal(Vec<Option<Decimal>>),
    /// `text[]`, `varchar(n)[]`, `char(n)[]`.
    Text(Vec<Option<String>>),
    /// `bytea[]`.
    Bytes(Vec<Option<Vec<u8>>>),
    /// `uuid[]`.
    Uuid(Vec<Option<Uuid>>),
    /// `timestamp[]`.
    DateTime(Vec<Option<NaiveDateTime>>),
    /// `date[]`.
    Date(Vec<Option<NaiveDate>>),
    /// `time[]`.
    Time(Vec<Option<NaiveTime>>),
    /// `timestamptz[]`.
    DateTimeOffset(Vec<Option<DateTime<FixedOffset>>>),
}

/// A type that can be an array element: every column type but `u8` (PostgreSQL has no
/// tinyint; its arrays are `smallint[]`).
pub trait ArrayElement: Sized + Clone {
    /// The elements as a parameter.
    fn array(items: Vec<Option<Self>>) -> ArrayValue;

    /// The elements of `value`, when they are of this type.
    fn items(value: &ArrayValue) -> Option<&Vec<Option<Self>>>;

    /// Column `i` of a PostgreSQL row as an array of this type; `Ok(None)` for NULL.
    #[cfg(feature = "postgres")]
    fn from_pg_array(
        row: &tokio_postgres::Row,
        i: usize,
    ) -> Result<Option<Vec<Option<Self>>>, String>;
}

macro_rules! element {
    ($($ty:ty => $variant:ident),* $(,)?) => {$(
        impl ArrayElement for $ty {
            fn array(items: Vec<Option<Self>>) -> ArrayValue {
                ArrayValue::$variant(items)
            }

            fn items(value: &ArrayValue) -> Option<&Vec<Option<Self>>> {
                match value {
                    ArrayValue::$variant(v) => Some(v),
                    _ => None,
                }
            }

            #[cfg(feature = "postgres")]
            fn from_pg_array(
                row: &tokio_postgres::Row,
                i: usize,
            ) -> Result<Option<Vec<Option<Self>>>, String> {
                crate::pg::get::<Vec<Option<$ty>>>(row, i)
            }
        }
    )*};
}

element!(
    i64 => I64, i32 => I32, i16 => I16, bool => Bool, f64 => F64, f32 => F32,
    Decimal => Decimal, String => Text, Vec<u8> => Bytes, Uuid => Uuid,
    NaiveDateTime => DateTime, NaiveDate => Date, NaiveTime => Time,
    DateTime<FixedOffset> => DateTimeOffset,
);

impl<T: ArrayElement> ToValue for Vec<Option<T>> {
    fn to_value(&self) -> SqlValue {
        SqlValue::Array(Some(T::array(self.clone())))
    }
    fn null() -> SqlValue {
        SqlValue::Array(None)
    }
}

impl<T: ArrayElement> Column for Vec<Option<T>> {
    fn from_value(value: &SqlValue) -> Result<Option<Self>, String> {
        match value {
            SqlValue::Array(None) => Ok(None),
            SqlValue::Array(Some(a)) => T::items(a)
                .cloned()
                .map(Some)
                .ok_or_else(|| format!("{a:?}")),
            other => Err(format!("{other:?}")),
        }
    }

    #[cfg(feature = "postgres")]
    fn from_pg(row: &tokio_postgres::Row, i: usize) -> Result<Option<Self>, String> {
        T::from_pg_array(row, i)
    }

    #[cfg(feature = "tiberius")]
    fn from_tds(_: &tiberius::Row, i: usize) -> Result<Option<Self>, String> {
        Err(format!(
            "an array at position {i}, which SQL Server cannot hold (arrays are PostgreSQL only)"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrays_keep_their_nulls_and_element_type() {
        let v = vec![Some(1), None, Some(-3)];
        let value = v.to_value();
        assert_eq!(value, SqlValue::Array(Some(ArrayValue::I32(v.clone()))));
        assert_eq!(<Vec<Option<i32>>>::from_value(&value), Ok(Some(v)));
        assert!(<Vec<Option<i64>>>::from_value(&value).is_err());
        assert_eq!(<Vec<Option<String>>>::null(), SqlValue::Array(None));
        assert!(SqlValue::Array(None).is_null());
    }
}
