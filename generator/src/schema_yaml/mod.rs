//! Writers that print the IR back out in a fixed, canonical form.

pub mod scalar;
pub mod write;
