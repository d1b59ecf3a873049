//! Babelfish for PostgreSQL: where its SQL Server catalog views answer differently from SQL
//! Server's, and how each answer maps back to what SQL Server would say. Every rule here is a
//! known equivalence (the same object, spelled by Babelfish's storage), never a blanket
//! "ignore": what the rule cannot prove equal stays as the catalog says, and so is reported.
//!
//! Read from Babelfish 4.2.0 (babelfishpg_tsql `sys_views.sql`, `gram-tsql-epilogue.y.c`,
//! `pl_handler.c`) and checked against its catalog rows (tests/fixtures/mssql/babelfish/).

use md5::{Digest, Md5};

/// PostgreSQL's longest identifier in bytes (`NAMEDATALEN - 1`).
const MAX_IDENT: usize = 63;
/// Hex digits of an MD5.
const MD5_HEX: usize = 32;

fn md5_hex(text: &str) -> String {
    Md5::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The longest prefix of `s` of at most `max` bytes that ends on a character boundary
/// (PostgreSQL's `pg_mbcliplen`).
fn clip(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The name Babelfish gives the PostgreSQL index behind the T-SQL index `index` of `table`:
/// `index + table + md5(index)`, and when that is longer than 63 bytes, its first 31 bytes
/// followed by the MD5 of the whole (lower-cased, as on a case-insensitive server).
/// (`construct_unique_index_name` and `pltsql_truncate_identifier` in babelfishpg_tsql.)
pub fn stored_index_name(index: &str, table: &str) -> String {
    let full = format!("{index}{table}{}", md5_hex(index));
    if full.len() <= MAX_IDENT {
        return full;
    }
    let head = clip(&full, MAX_IDENT - MD5_HEX);
    format!("{head}{}", md5_hex(&full.to_lowercase()))
}

/// The T-SQL name of an index Babelfish reports as `stored` on `table`: `candidates` (the
/// names schema.yaml gives that table's indexes) are tried first, then the name is recovered
/// from `stored` itself when it carries the whole index name (`index + table + md5(index)`,
/// the hash checked). `None` when neither proves a name: the caller keeps `stored`, which then
/// shows as drift rather than being guessed away. Names compare without case (the server is
/// case-insensitive).
pub fn index_name<'a>(
    stored: &str,
    table: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    let same = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    for c in candidates {
        if same(&stored_index_name(c, table), stored)
            || same(&stored_index_name(&c.to_lowercase(), table), stored)
        {
            return Some(c.to_owned());
        }
    }
    let tail = table.len() + MD5_HEX;
    let cut = stored.len().checked_sub(tail)?;
    if cut == 0 || !stored.is_char_boundary(cut) {
        return None;
    }
    let (index, rest) = stored.split_at(cut);
    let (t, hash) = rest.split_at(table.len());
    let hash_ok = hash == md5_hex(index) || hash == md5_hex(&index.to_lowercase());
    (same(t, table) && hash_ok).then(|| index.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_names_come_back_from_their_stored_form() {
        // md5("IX_Item_Title") = 4e5c…; the stored form appends the table and the hash.
        let stored = stored_index_name("IX_Item_Title", "Item");
        assert_eq!(stored.len(), "IX_Item_Title".len() + 4 + 32);
        assert!(stored.starts_with("IX_Item_TitleItem"));
        assert_eq!(
            index_name(&stored, "Item", []),
            Some("IX_Item_Title".to_owned())
        );
        assert_eq!(
            index_name(&stored, "Item", ["IX_Other", "IX_Item_Title"]),
            Some("IX_Item_Title".to_owned())
        );
        // A name that merely looks similar, or a wrong hash, is not an index of this name.
        assert_eq!(index_name("IX_Item_TitleItem", "Item", []), None);
        let forged = format!("IX_Item_TitleItem{}", "0".repeat(32));
        assert_eq!(index_name(&forged, "Item", ["IX_Item_Title"]), None);
        // Too long for 63 bytes: only a candidate can prove the name.
        let long = "IX_UserEmailVerificationToken_UserID_ExpiresAt";
        let stored = stored_index_name(long, "UserEmailVerificationToken");
        assert_eq!(stored.len(), 63);
        assert_eq!(index_name(&stored, "UserEmailVerificationToken", []), None);
        assert_eq!(
            index_name(&stored, "UserEmailVerificationToken", [long]),
            Some(long.to_owned())
        );
    }
}
