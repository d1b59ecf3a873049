//! Rust spellings of the IR's types: what generated code writes for a column's Rust type.

use crate::ir::RustType;

/// The fully qualified path generated code uses for `t` (absolute, so a table named `Option`
/// or `String` shadows nothing).
pub fn path(t: &RustType) -> String {
    match t {
        RustType::I64 => "i64".into(),
        RustType::I32 => "i32".into(),
        RustType::I16 => "i16".into(),
        RustType::U8 => "u8".into(),
        RustType::Bool => "bool".into(),
        RustType::Decimal => "::rust_decimal::Decimal".into(),
        RustType::F64 => "f64".into(),
        RustType::F32 => "f32".into(),
        RustType::String => "::std::string::String".into(),
        RustType::NaiveDateTime => "::chrono::NaiveDateTime".into(),
        RustType::NaiveDate => "::chrono::NaiveDate".into(),
        RustType::NaiveTime => "::chrono::NaiveTime".into(),
        RustType::DateTimeOffset => "::chrono::DateTime<::chrono::FixedOffset>".into(),
        RustType::Uuid => "::uuid::Uuid".into(),
        RustType::Bytes => "::std::vec::Vec<u8>".into(),
        RustType::Array(e) => format!("::std::vec::Vec<::core::option::Option<{}>>", path(e)),
        RustType::Custom(p) => p.clone(),
    }
}
