// @generated from schema.yaml by `gen`. Do not edit: change schema.yaml and run `gen models`.
#![deny(missing_docs)]
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
