//! Serde for reference enums by code, so generated enums need only two one-line impls.

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serializer};

use crate::RefEnum;

/// Serialises a reference enum as its code.
pub fn serialize<E: RefEnum, S: Serializer>(value: E, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(value.code())
}

/// Deserialises a reference enum from its code; an unknown code is an error naming the table.
pub fn deserialize<'de, E: RefEnum, D: Deserializer<'de>>(deserializer: D) -> Result<E, D::Error> {
    let code = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
    E::from_code(&code).map_err(D::Error::custom)
}
