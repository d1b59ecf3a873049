//! An example service on the generated models: sign-up, email verification, login, password
//! reset and company invitations, over the `db` pool and the `security` crate.
//!
//! Every column is named through the generated constants (`models::dbo::user::columns::EMAIL`),
//! every table through its generated metadata, and every status through its generated enum,
//! so a renamed column or a removed lookup row breaks this crate's build. Each flow writes in
//! one transaction: a refusal or a failure leaves nothing half-written.
//!
//! There is no SQL text here: inserts go through the generated `New…` structs (defaulted
//! columns given or left to the database), lookups through the generated finders
//! (`User::by_email`, `UserCompany::by_user_and_company`) with row locks where a read decides
//! a write, updates through `row.set(|r| …).save(tx)` (only the changed columns, `UpdatedDate`
//! and any `set_now` column stamped with the database's UTC now), all on `db::Pool`, so the
//! same code runs on PostgreSQL and SQL Server; transactions retry a deadlock victim.
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
