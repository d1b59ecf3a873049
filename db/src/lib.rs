//! Pooled connections (being written).
