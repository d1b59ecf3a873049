//! An example service on the generated models: sign-up, email verification, login, password
//! reset and company invitations, over the `db` pool and the `security` crate.
//!
//! Every column is named through the generated constants (`models::dbo::user::columns::EMAIL`),
//! every table through its generated metadata, and every status through its generated enum,
//! so a renamed column or a removed lookup row breaks this crate's build. Each flow writes in
//! one transaction: a refusal or a failure leaves nothing half-written.
//!
//! Inserts go through the generated `New…` structs, rows are decoded by the generated
//! decoders, and the hand-written statements that remain (updates stamped with the database's
//! clock, lookups by other columns) are built from the constants with gen-runtime's quoting.
//! PostgreSQL only for now.
#![deny(missing_docs)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod auth_log;
mod company;
mod error;
mod login;
mod register;
mod reset;
mod service;
mod tokens;

pub use company::Invitation;
pub use error::AccountError;
pub use register::{NewAccount, Registered};
pub use service::{AccountService, TokenLifetimes};
