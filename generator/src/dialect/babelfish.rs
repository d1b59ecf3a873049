//! Babelfish for PostgreSQL: where its SQL Server catalog views answer differently from SQL
//! Server's, and how each answer maps back to what SQL Server would say. Every rule here is a
//! known equivalence (the same object, spelled by Babelfish's storage), never a blanket
//! "ignore": what the rule cannot prove equal stays as the catalog says, and so is reported.
//!
//! Read from Babelfish 4.2.0 (babelfishpg_tsql `sys_views.sql`, `gram-tsql-epilogue.y.c`,
//! `pl_handler.c`) and checked against its catalog rows (tests/fixtures/mssql/babelfish/).

use md5::{Digest, Md5};

use super::expr::{self, Tok};
use super::postgres;

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

/// The PostgreSQL name Babelfish stores for a T-SQL name: lower-cased (ASCII, as PostgreSQL
/// folds identifiers), and when longer than 63 bytes its first 31 bytes followed by the MD5 of
/// the whole (`pltsql_truncate_identifier`).
pub fn stored_identifier(name: &str) -> String {
    let lower = name.to_ascii_lowercase();
    if lower.len() <= MAX_IDENT {
        return lower;
    }
    format!("{}{}", clip(&lower, MAX_IDENT - MD5_HEX), md5_hex(&lower))
}

/// Whether `original` (a name Babelfish recorded as created) is the name of the object it
/// stores as `stored`: a stale or unrelated record is not taken.
pub fn is_original_of(original: &str, stored: &str) -> bool {
    stored_identifier(original) == stored || original == stored
}

/// A check definition or index filter as Babelfish reports it (PostgreSQL's deparse of the
/// stored expression: `((email ~~* '%_@_%'))`, `(utcoffset >= CAST('-720' AS int))`,
/// `(sku IS NOT NULL)`) in the T-SQL spelling schema.yaml uses: `~~*` is LIKE (Babelfish
/// stores LIKE under a case-insensitive collation as ILIKE), `CAST(x AS t)` goes like
/// PostgreSQL's `x::t`, and names the server folded to lower case get back the spelling
/// `original` knows (columns of the table).
pub fn tsql_predicate(stored: &str, original: impl Fn(&str) -> Option<String>) -> String {
    let toks = case_insensitive_like(expr::tokenize(stored, false));
    let toks = postgres::undo_storage_rewrites(casts_as_colons(toks));
    let toks: Vec<Tok> = expr::strip_redundant_parens(toks)
        .into_iter()
        .map(|t| match t {
            Tok::Word(w) => Tok::Word(original(&w).unwrap_or(w)),
            Tok::Quoted(q) => match original(&q) {
                Some(o) => Tok::Quoted(o),
                None => Tok::Quoted(q),
            },
            t => t,
        })
        .collect();
    super::tidy_tokens(&toks)
}

/// A column default as Babelfish reports it (`CAST(('x') AS nvarchar(1))` for `N'x'`,
/// `CAST('-1' AS int)` for `-1`, `getutcdate()`) in T-SQL spelling without the casts, which
/// the SQL Server default normaliser then reads as it reads SQL Server's `((0))`.
pub fn tsql_default(stored: &str) -> String {
    let toks = postgres::undo_storage_rewrites(casts_as_colons(expr::tokenize(stored, false)));
    super::tsql_tokens(toks)
}

/// `~~*` and `!~~*` (ILIKE) as `~~` and `!~~` (LIKE).
fn case_insensitive_like(toks: Vec<Tok>) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::with_capacity(toks.len());
    for t in toks {
        let after_like = out
            .last()
            .is_some_and(|p| p.is_punct("~~") || p.is_punct("!~~"));
        if after_like && t.is_punct("*") {
            continue;
        }
        out.push(t);
    }
    out
}

/// `CAST ( x AS t )` as `x :: t` (parenthesised when `x` is more than one token).
fn casts_as_colons(toks: Vec<Tok>) -> Vec<Tok> {
    let mut out = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        let cast = toks[i].is_word("cast") && toks.get(i + 1) == Some(&Tok::Open);
        let close = cast.then(|| expr::matching_close(&toks, i + 1)).flatten();
        let inner = close.map(|c| &toks[i + 2..c]);
        let split = inner.and_then(|inner| {
            let mut depth = 0i32;
            inner.iter().position(|t| {
                match t {
                    Tok::Open => depth += 1,
                    Tok::Close => depth -= 1,
                    _ => {}
                }
                depth == 0 && t.is_word("as")
            })
        });
        match (inner, split, close) {
            (Some(inner), Some(at), Some(c)) => {
                let (value, ty) = (&inner[..at], &inner[at + 1..]);
                let value = casts_as_colons(value.to_vec());
                if value.len() == 1 {
                    out.extend(value);
                } else {
                    out.push(Tok::Open);
                    out.extend(value);
                    out.push(Tok::Close);
                }
                out.push(Tok::Punct("::".into()));
                out.extend_from_slice(ty);
                i = c + 1;
            }
            _ => {
                out.push(toks[i].clone());
                i += 1;
            }
        }
    }
    out
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

    fn column(name: &str) -> Option<String> {
        ["Email", "UtcOffset", "Sku", "IsDeleted", "Price"]
            .iter()
            .find(|c| c.eq_ignore_ascii_case(name))
            .map(|c| (*c).to_owned())
    }

    #[test]
    fn predicates_come_back_in_tsql_spelling() {
        // As Babelfish 4.2.0 reports them (tests/fixtures/mssql/babelfish/shop.json).
        assert_eq!(
            tsql_predicate("((email ~~* '%_@_%'))", column),
            "Email LIKE '%_@_%'"
        );
        assert_eq!(
            tsql_predicate(
                "(((utcoffset >= CAST('-720' AS int)) AND (utcoffset <= 840)))",
                column
            ),
            "UtcOffset >= -720 AND UtcOffset <= 840"
        );
        assert_eq!(
            tsql_predicate("(sku IS NOT NULL)", column),
            "Sku IS NOT NULL"
        );
        assert_eq!(tsql_predicate("((price >= 0))", column), "Price >= 0");
        assert_eq!(
            tsql_predicate("((email !~~* 'x%'))", column),
            "Email NOT LIKE 'x%'"
        );
        // An unknown name stays as stored.
        assert_eq!(tsql_predicate("(other = 1)", column), "other = 1");
    }

    #[test]
    fn defaults_lose_babelfish_casts() {
        // As Babelfish 4.2.0 reports `N'x'`, `-1`, `1.5`, `GETUTCDATE()`, `NEWID()`.
        assert_eq!(tsql_default("CAST(('x') AS nvarchar(1))"), "'x'");
        assert_eq!(tsql_default("CAST(('it''s') AS nvarchar(4))"), "'it''s'");
        assert_eq!(tsql_default("CAST('-1' AS int)"), "-1");
        assert_eq!(tsql_default("1.5"), "1.5");
        assert_eq!(tsql_default("getutcdate()"), "getutcdate()");
        assert_eq!(tsql_default("newid()"), "newid()");
    }

    #[test]
    fn stored_identifiers_fold_case_and_hash_long_names() {
        assert_eq!(stored_identifier("UtcOffset"), "utcoffset");
        assert!(is_original_of("UtcOffset", "utcoffset"));
        assert!(!is_original_of("Notes", "remarks"));
        let long = "A".repeat(70);
        let stored = stored_identifier(&long);
        assert_eq!(stored.len(), 63);
        assert!(stored.starts_with(&"a".repeat(31)));
        assert!(is_original_of(&long, &stored));
    }

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
