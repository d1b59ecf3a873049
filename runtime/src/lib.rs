//! Support code the generated models crate depends on.
//!
//! Generated code holds only data (structs, enums, `const` metadata) and small `match`
//! tables; everything with behaviour lives here, written and tested once: the metadata types,
//! the [`Table`] and [`RefEnum`] traits, their errors, and identifier quoting per dialect.

#![deny(missing_docs)]

mod meta;
mod quote;
mod ref_enum;
#[cfg(feature = "serde")]
pub mod serde_code;

pub use meta::{ColumnMeta, ForeignKeyMeta, IndexMeta, Table, TableMeta};
pub use quote::{quote_mssql, quote_pg};
pub use ref_enum::{RefEnum, UnknownCode, UnknownId};
