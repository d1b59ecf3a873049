//! Loaders: each turns one kind of source (schema.yaml, a live database) into the IR.

pub mod live;
pub mod mssql;
pub mod postgres;
pub mod yaml;
