//! `gen lint`: the naming standards of DESIGN.md, each a rule with a stable ID.

pub mod rules;
