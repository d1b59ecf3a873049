//! Writers that print the IR back out in a fixed, canonical form.

pub mod quote;
pub mod yaml;
