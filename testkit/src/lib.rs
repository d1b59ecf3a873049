//! Test support for database tests (being written).
