//! SQL Server: mapping `sys.types` / `sys.columns` back to canonical types.

use super::UnsupportedType;
use crate::ir::{Length, SqlType};

/// Maps a `sys.types` name with `sys.columns`' `max_length` (bytes, `-1` = max), `precision`
/// and `scale` to the canonical type.
pub fn from_catalog(
    name: &str,
    max_length: i32,
    precision: u8,
    scale: u8,
) -> Result<SqlType, UnsupportedType> {
    use SqlType::*;
    let lower = name.trim().to_ascii_lowercase();
    if matches!(lower.as_str(), "decimal" | "numeric")
        && let Some(why) = crate::ir::beyond_decimal(precision)
    {
        let name = format!("{lower}({precision},{scale})");
        return Err(UnsupportedType { name, why });
    }
    Ok(match lower.as_str() {
        "bigint" => BigInt,
        "int" => Int,
        "smallint" => SmallInt,
        "tinyint" => TinyInt,
        "bit" => Bit,
        "decimal" => Decimal(precision, scale),
        "numeric" => Numeric(precision, scale),
        "money" => Money,
        "smallmoney" => SmallMoney,
        // float(1..24) is stored as real; sys.types then says `real` already.
        "float" if precision <= 24 => Real,
        "float" => Float,
        "real" => Real,
        "nvarchar" => NVarChar(length(name, max_length, 2)?),
        "varchar" => VarChar(length(name, max_length, 1)?),
        "nchar" => NChar(fixed(name, max_length, 2)?),
        "char" => Char(fixed(name, max_length, 1)?),
        "varbinary" => VarBinary(length(name, max_length, 1)?),
        "binary" => Binary(fixed(name, max_length, 1)?),
        "datetime2" => DateTime2(scale.min(7)),
        "datetime" => DateTime,
        "date" => Date,
        "time" => Time(scale.min(7)),
        "datetimeoffset" => DateTimeOffset(scale.min(7)),
        "uniqueidentifier" => UniqueIdentifier,
        "text" | "ntext" | "image" => {
            let (to, rust) = match lower.as_str() {
                "text" => ("varchar(max)", "String"),
                "ntext" => ("nvarchar(max)", "String"),
                _ => ("varbinary(max)", "Vec<u8>"),
            };
            return Err(UnsupportedType {
                name: name.trim().to_owned(),
                why: format!(
                    "it is deprecated in SQL Server and has no canonical type; convert the column with `ALTER TABLE … ALTER COLUMN … {to}` (the same values, which gen maps to {rust})"
                ),
            });
        }
        "xml" => {
            return Err(UnsupportedType {
                name: name.trim().to_owned(),
                why: "it has no canonical type (the SQL Server driver reads it as an XML document, not text); store the document as nvarchar(max), or map the column with `rust_type:` and read it with a hand-written query".into(),
            });
        }
        _ => {
            return Err(UnsupportedType {
                name: name.trim().to_owned(),
                why: "it has no canonical type".into(),
            });
        }
    })
}

/// A `max_length` in bytes as a length in characters (`bytes_per_char` is 2 for nvarchar).
fn length(name: &str, max_length: i32, bytes_per_char: i32) -> Result<Length, UnsupportedType> {
    match max_length {
        -1 => Ok(Length::Max),
        n if n > 0 => Ok(Length::N((n / bytes_per_char) as u32)),
        n => Err(UnsupportedType {
            name: name.to_owned(),
            why: format!(
                "the catalog reports max_length {n}, which is neither -1 (max) nor a positive byte count"
            ),
        }),
    }
}

fn fixed(name: &str, max_length: i32, bytes_per_char: i32) -> Result<u32, UnsupportedType> {
    match length(name, max_length, bytes_per_char)? {
        Length::N(n) => Ok(n),
        Length::Max => Err(UnsupportedType {
            name: name.to_owned(),
            why: "a fixed-length type cannot have max_length -1".into(),
        }),
    }
}
