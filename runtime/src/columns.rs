//! [`Column`] for every Rust type a column maps to (docs/schema-format.md, Types), per driver.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};
use rust_decimal::Decimal;
use uuid::Uuid;

use crate::{Column, SqlValue};

/// `from_value` for a type stored in one [`SqlValue`] variant.
macro_rules! from_value {
    ($variant:ident) => {
        fn from_value(value: &SqlValue) -> Result<Option<Self>, String> {
            match value {
                SqlValue::$variant(v) => Ok(v.clone()),
                other => Err(format!("{other:?}")),
            }
        }
    };
}

/// Types both drivers read directly.
macro_rules! column {
    ($($ty:ty => $variant:ident),* $(,)?) => {$(
        impl Column for $ty {
            from_value!($variant);

            #[cfg(feature = "postgres")]
            #[inline]
            fn from_pg(row: &tokio_postgres::Row, i: usize) -> Result<Option<Self>, String> {
                crate::pg::get(row, i)
            }

            #[cfg(feature = "postgres")]
            #[inline]
            fn from_pg_required(row: &tokio_postgres::Row, i: usize) -> Result<Self, String> {
                crate::pg::get_required(row, i)
            }

            #[cfg(feature = "tiberius")]
            #[inline]
            fn from_tds(row: &tiberius::Row, i: usize) -> Result<Option<Self>, String> {
                crate::tds::get(row, i)
            }
        }
    )*};
}

column!(
    i64 => I64, i32 => I32, i16 => I16, bool => Bool, f64 => F64, f32 => F32,
    Decimal => Decimal, Uuid => Uuid, NaiveDateTime => DateTime, NaiveDate => Date,
    NaiveTime => Time, DateTime<FixedOffset> => DateTimeOffset,
);

impl Column for u8 {
    from_value!(U8);

    /// PostgreSQL has no tinyint: the column is a smallint, range-checked here.
    #[cfg(feature = "postgres")]
    fn from_pg(row: &tokio_postgres::Row, i: usize) -> Result<Option<Self>, String> {
        match crate::pg::get::<i16>(row, i)? {
            None => Ok(None),
            Some(v) => u8::try_from(v)
                .map(Some)
                .map_err(|_| format!("{v}, outside tinyint's range 0..=255")),
        }
    }

    #[cfg(feature = "tiberius")]
    fn from_tds(row: &tiberius::Row, i: usize) -> Result<Option<Self>, String> {
        crate::tds::get(row, i)
    }
}

impl Column for String {
    from_value!(Text);

    #[cfg(feature = "postgres")]
    #[inline]
    fn from_pg(row: &tokio_postgres::Row, i: usize) -> Result<Option<Self>, String> {
        crate::pg::get(row, i)
    }

    #[cfg(feature = "postgres")]
    #[inline]
    fn from_pg_required(row: &tokio_postgres::Row, i: usize) -> Result<Self, String> {
        crate::pg::get_required(row, i)
    }

    #[cfg(feature = "tiberius")]
    fn from_tds(row: &tiberius::Row, i: usize) -> Result<Option<Self>, String> {
        Ok(crate::tds::get::<&str>(row, i)?.map(str::to_owned))
    }
}

impl Column for Vec<u8> {
    from_value!(Bytes);

    #[cfg(feature = "postgres")]
    fn from_pg(row: &tokio_postgres::Row, i: usize) -> Result<Option<Self>, String> {
        crate::pg::get(row, i)
    }

    #[cfg(feature = "tiberius")]
    fn from_tds(row: &tiberius::Row, i: usize) -> Result<Option<Self>, String> {
        Ok(crate::tds::get::<&[u8]>(row, i)?.map(<[u8]>::to_vec))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_decode_only_into_their_own_type() {
        assert_eq!(i32::from_value(&SqlValue::I32(Some(4))), Ok(Some(4)));
        assert_eq!(String::from_value(&SqlValue::Text(None)), Ok(None));
        let err = i64::from_value(&SqlValue::Text(Some("x".into()))).unwrap_err();
        assert!(err.contains("Text"), "{err}");
    }
}
