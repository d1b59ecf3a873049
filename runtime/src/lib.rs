//! Support code the generated models crate depends on.
