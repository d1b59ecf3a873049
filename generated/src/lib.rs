//! Generated models (placeholder until `gen models` writes it).
