//! Support code the generated models crate depends on.
//!
//! Generated code holds only data (structs, enums, `const` metadata), small `match` tables and
//! one short line per column (decode, values); everything with behaviour lives here, written
//! and tested once: the metadata types, the [`Table`], [`Record`] and [`RefEnum`] traits, SQL
//! text per [`Dialect`] built from the metadata and cached ([`Statements`]), row decoding
//! ([`RowReader`], [`DecodeError`]) and queries over any [`Conn`]. The drivers sit behind the
//! `postgres` (tokio-postgres) and `tiberius` features.

#![deny(missing_docs)]

mod array;
mod cache;
pub mod checked;
mod column_flags;
mod columns;
mod conn;
mod decode;
mod dialect;
// Needs the `serde` feature, which the crate's dev-dependency on itself turns on for tests.
#[cfg(all(test, feature = "serde"))]
mod macro_tests;
mod macros;
mod meta;
#[cfg(feature = "postgres")]
pub mod pg;
mod quote;
mod record;
mod ref_enum;
mod select;
#[cfg(feature = "serde")]
pub mod serde_code;
mod statements;
#[cfg(feature = "tiberius")]
pub mod tds;
mod value;
mod value_enum;
mod write;

pub use array::{ArrayElement, ArrayValue};
pub use column_flags::{
    CREATED_BY, CREATED_DATE, ColumnFlags, DELETED_BY, DELETED_DATE, IS_DELETED,
    SOFT_DELETE_COLUMNS, UPDATED_DATE, is_rowversion_type, is_soft_delete_column, soft_deletable,
};
pub use conn::{Conn, Error};
pub use decode::{Column, ColumnIndex, Cursor, DecodeError, RowReader, ValueRow};
pub use dialect::{Dialect, UnknownDialect};
pub use meta::{
    ColumnMeta, ForeignKeyMeta, IndexMeta, Keyed, PrimaryKeyMeta, Table, TableKind, TableMeta,
};
pub use quote::{quote_mssql, quote_pg};
pub use record::{NewRecord, Query, Record, forward, forward_sql, reverse, reverse_sql};
pub use ref_enum::{RefEnum, UnknownCode, UnknownId};
pub use select::{Direction, Select};
pub use statements::Statements;
pub use value::{SqlValue, ToValue};
pub use value_enum::{Label, UnknownLabel, ValueEnum};
pub use write::{Changes, Defaulted, InsertValue};
