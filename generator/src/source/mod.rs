//! Loaders: each turns one kind of source (schema.yaml, a live database) into the IR.

pub mod yaml;
pub mod postgres;
pub mod live;
pub mod mssql;
