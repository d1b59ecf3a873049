//! SQL Server introspection: typed rows of the catalog views ([`catalog`]), read through a
//! small decoding trait ([`decode`]) so fixtures can stand in for a server, mapped to the IR by
//! pure functions ([`build`]), plus the reference rows ([`rows`]) and the live reader
//! ([`live`]). Only the live reader talks to a server; it has never been run against one on
//! the build machines (no SQL Server there), see the `#[ignore = "set MSSQL_URL"]` test.

pub mod build;
pub mod catalog;
pub mod decode;
pub mod live;
pub mod rows;

pub use build::build;
pub use catalog::{Catalog, Query};
pub use decode::{CatalogRow, DecodeError};
pub use live::load_mssql;
