// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]
//! EventLeadPlatform: users, companies, onboarding, settings, audit trail, logs and the ABR cache.

/// Reference (lookup) tables; each becomes a Rust enum built from its rows.
pub mod ref_;

/// Core business tables: users, companies, memberships, invitations and tokens.
pub mod dbo;

/// Runtime configuration administrators can change.
pub mod config;

/// Change history; rows outlive the users and companies they name, so nothing here is a foreign key.
pub mod audit;

/// Technical logs: requests, authentication events, errors and email delivery.
pub mod log;

/// Caches of external lookups; safe to empty at any time.
pub mod cache;

/// The models guide (MODELS.md): every table's columns, keys and relationships, the
/// entity-relationship diagram, and "how do I" examples compiled as doctests.
#[doc = include_str!("../MODELS.md")]
pub mod guide {}

/// A SQL statement checked against this crate's schema at compile time (feature `sql`):
/// `sql!([mssql | postgres,] "SQL", arguments…)`. Every table, alias, column and `*` must
/// exist, parameters (`@P1…` / `$1…`) must be numbered without gaps and each argument must
/// have its column's Rust type. It yields a `gen_runtime::checked::Checked` whose rows decode
/// into a record with one typed field per result column (`Option` where the column or an
/// outer join allows NULL); run it with `fetch_all`, `fetch_one`, `fetch_optional` or
/// `execute` on a connection of the statement's dialect. A `-- sql-check: off` comment in
/// the statement turns checking off for it. See docs/checked-sql.md.
///
/// Requires feature `sql`.
#[cfg(feature = "sql")]
#[cfg_attr(docsrs, doc(cfg(feature = "sql")))]
#[macro_export]
macro_rules! sql {
    ($($tokens:tt)*) => {
        $crate::__sql::check!($crate; $($tokens)*)
    };
}

/// Like [`sql!`], decoding rows into the named struct:
/// `sql_as!(Struct, [mssql | postgres,] "SQL", arguments…)`; the struct's fields must be the
/// result columns' fields, by name and type.
///
/// Requires feature `sql`.
#[cfg(feature = "sql")]
#[cfg_attr(docsrs, doc(cfg(feature = "sql")))]
#[macro_export]
macro_rules! sql_as {
    ($($tokens:tt)*) => {
        $crate::__sql::check_as!($crate; $($tokens)*)
    };
}

/// What the `sql!` expansion names, reachable from the caller's crate.
#[cfg(feature = "sql")]
#[doc(hidden)]
pub mod __sql {
    pub use ::chrono;
    pub use ::gen_runtime;
    pub use ::models_macros::{check, check_as};
    pub use ::rust_decimal;
    pub use ::uuid;
}
