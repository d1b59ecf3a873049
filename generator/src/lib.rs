//! The EventLeadPlatform model generator.
//!
//! Pipeline: a loader (`source::yaml`, `source::postgres`, `source::mssql`) produces the IR
//! ([`ir::Database`]); [`validate`] checks it and [`naming`] fills in every Rust name once;
//! then each output is a function of the IR: [`render`] (the models crate), [`ddl`] (creation
//! scripts), [`diff`] (drift against another IR), [`schema_yaml`] (schema.yaml in canonical form).
//!
//! Only the CLI layer ([`cli`], [`commands`], [`stdout`]) prints; the library returns warnings as
//! [`diag::Diagnostics`], progress through a [`report::Progress`] its caller passes in, and
//! timings through [`stats`].

#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::print_stdout,
        clippy::print_stderr
    )
)]

pub mod cli;
#[allow(clippy::print_stdout, clippy::print_stderr)]
pub mod commands;
pub mod connect;
pub mod crate_writer;
pub mod ddl;
pub mod diag;
pub mod dialect;
pub mod diff;
pub mod error;
pub mod ir;
pub mod lint;
pub mod naming;
pub mod par;
pub mod pipeline;
pub mod render;
pub mod report;
pub mod schema_yaml;
pub mod source;
pub mod sqlscan;
pub mod sqlschema;
pub mod stats;
#[allow(clippy::print_stdout, clippy::print_stderr)]
pub mod stdout;
pub mod validate;
