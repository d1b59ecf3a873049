//! SQL Server introspection: typed rows of the catalog views ([`catalog`]), read through a
//! small decoding trait ([`decode`]) so fixtures can stand in for a server, mapped to the IR by
//! pure functions ([`build`]), plus the reference rows ([`rows`]), which server it is
//! ([`server`]: SQL Server or Babelfish) and the live reader ([`live`]). Only the live reader
//! talks to a server; the `#[ignore = "set MSSQL_URL"]` tests run it against one.

pub mod babelfish;
pub mod build;
pub mod catalog;
pub mod decode;
pub mod live;
pub mod rows;
pub mod server;

pub use build::build;
pub use catalog::{Catalog, Query};
pub use decode::{CatalogRow, DecodeError};
pub use live::{build_for, load_mssql};
pub use server::{Flavour, Server};
