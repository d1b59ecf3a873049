//! PostgreSQL: canonical types spelled the PostgreSQL way, catalog types mapped back, and
//! T-SQL expressions translated.

use super::expr::{self, Tok};
use super::{Dialect, UnsupportedType};
use crate::ir::{Length, SqlType};

/// PostgreSQL's name for a canonical type (docs/schema-format.md, Types).
pub fn type_name(ty: &SqlType) -> String {
    use SqlType::*;
    match ty {
        BigInt => "bigint".into(),
        Int => "integer".into(),
        SmallInt | TinyInt => "smallint".into(),
        Bit => "boolean".into(),
        Decimal(p, s) | Numeric(p, s) => format!("numeric({p},{s})"),
        Money => "numeric(19,4)".into(),
        SmallMoney => "numeric(10,4)".into(),
        Float => "double precision".into(),
        Real => "real".into(),
        NVarChar(Length::N(n)) | VarChar(Length::N(n)) => format!("varchar({n})"),
        NVarChar(Length::Max) | VarChar(Length::Max) => "text".into(),
        NChar(n) | Char(n) => format!("char({n})"),
        DateTime2(p) if *p >= 6 => "timestamp".into(),
        DateTime2(p) => format!("timestamp({p})"),
        DateTime => "timestamp(3)".into(),
        Date => "date".into(),
        Time(p) if *p >= 6 => "time".into(),
        Time(p) => format!("time({p})"),
        DateTimeOffset(p) if *p >= 6 => "timestamptz".into(),
        DateTimeOffset(p) => format!("timestamptz({p})"),
        UniqueIdentifier => "uuid".into(),
        VarBinary(_) | Binary(_) => "bytea".into(),
        Array(e) => format!("{}[]", type_name(e)),
        Other(name) => name.clone(),
    }
}

/// Maps a PostgreSQL type (`format_type()` text such as `character varying(255)` or
/// `timestamp(6) without time zone`, or an `information_schema` / `udt_name` spelling) to a
/// type in PostgreSQL's type space: `varchar(n)` → `nvarchar(n)`, `text` → `nvarchar(max)`,
/// `timestamp(p)` → `datetime2(p)`, `timestamptz` → `datetimeoffset(p)`, `bytea` →
/// `varbinary(max)`, `numeric(p,s)` → `decimal(p,s)`. A time type without a precision has
/// PostgreSQL's default, 6: `timestamp` is `datetime2(6)`, never `datetime2(0)`. Full
/// precision is written without one (`timestamp`, `time`, `timestamptz`), as `pg_dump` does.
pub fn from_catalog(
    name: &str,
    max_length: i32,
    precision: u8,
    scale: u8,
) -> Result<SqlType, UnsupportedType> {
    use SqlType::*;
    if let Some(element) = name.trim().strip_suffix("[]") {
        return match from_catalog(element, max_length, precision, scale)? {
            Array(_) => Err(UnsupportedType {
                name: name.trim().to_owned(),
                why: "arrays of arrays have no canonical type".into(),
            }),
            TinyInt => Ok(Array(Box::new(SmallInt))),
            e => Ok(Array(Box::new(e))),
        };
    }
    let (base, args) = split_args(name);
    let arg = |i: usize| args.get(i).copied();
    let len = arg(0).map(i64::from).unwrap_or(i64::from(max_length));
    // `format_type` omits the precision only when none was declared, which means 6 (all of it).
    let frac = arg(0).map_or(6, |p| p.min(6) as u8);
    let unsupported = |why: &str| UnsupportedType {
        name: name.trim().to_owned(),
        why: why.to_owned(),
    };
    Ok(match base.as_str() {
        "bigint" | "int8" => BigInt,
        "integer" | "int" | "int4" => Int,
        "smallint" | "int2" => SmallInt,
        "boolean" | "bool" => Bit,
        "numeric" | "decimal" => {
            let p = arg(0).map_or(precision, |p| p.min(255) as u8);
            let s = arg(1).map_or(if arg(0).is_some() { 0 } else { scale }, |s| {
                s.min(255) as u8
            });
            if p == 0 {
                return Err(unsupported(
                    "numeric without a precision has no canonical type (its values may exceed rust_decimal::Decimal's 28 digits)",
                ));
            }
            if let Some(why) = crate::ir::beyond_decimal(p) {
                return Err(unsupported(&why));
            }
            Decimal(p, s)
        }
        "real" | "float4" => Real,
        "double precision" | "float8" => Float,
        "character varying" | "varchar" if len > 0 => NVarChar(Length::N(len as u32)),
        "character varying" | "varchar" | "text" => NVarChar(Length::Max),
        "character" | "char" | "bpchar" if len > 0 => NChar(len as u32),
        "timestamp" | "timestamp without time zone" => DateTime2(frac),
        "timestamptz" | "timestamp with time zone" => DateTimeOffset(frac),
        "time" | "time without time zone" => Time(frac),
        "date" => Date,
        "uuid" => UniqueIdentifier,
        "bytea" => VarBinary(Length::Max),
        "xml" => {
            return Err(unsupported(
                "it has no canonical type (the PostgreSQL driver does not read it as text); store the document as text, or map the column with `rust_type:` and read it with a hand-written query",
            ));
        }
        _ => {
            return Err(unsupported("it has no canonical type"));
        }
    })
}

/// `timestamp(6) without time zone` → (`timestamp without time zone`, [6]).
fn split_args(name: &str) -> (String, Vec<u32>) {
    let lower = name.trim().to_ascii_lowercase();
    let (Some(open), Some(close)) = (lower.find('('), lower.find(')')) else {
        return (lower, Vec::new());
    };
    if close < open {
        return (lower, Vec::new());
    }
    let args = lower[open + 1..close]
        .split(',')
        .filter_map(|a| a.trim().parse().ok())
        .collect();
    let base = format!("{} {}", lower[..open].trim(), lower[close + 1..].trim());
    (base.trim().to_owned(), args)
}

/// Translates a T-SQL expression for PostgreSQL: `[x]` and bare names of `columns` become
/// `"x"`, `LEN(` becomes `length(`, `GETUTCDATE()` the UTC now, `NEWID()` `gen_random_uuid()`,
/// `N'…'` a plain literal.
pub fn translate_expr(text: &str, columns: &[&str]) -> String {
    translate_predicate(text, columns, &[])
}

/// [`translate_expr`], and a column named in `bits` compared (`=`, `<>`, `!=`) with `0` or `1`
/// compares with `false` or `true`, since PostgreSQL's boolean does not equal an integer.
pub fn translate_predicate(text: &str, columns: &[&str], bits: &[&str]) -> String {
    let mut toks = expr::tokenize(text, true);
    bit_literals(&mut toks, bits);
    let mut out: Vec<Tok> = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        let call = toks.get(i + 1) == Some(&Tok::Open);
        let empty_call = call && toks.get(i + 2) == Some(&Tok::Close);
        match &toks[i] {
            t if empty_call && (t.is_word("getutcdate") || t.is_word("sysutcdatetime")) => {
                out.extend(expr::tokenize("(now() AT TIME ZONE 'utc')", false));
                i += 2;
            }
            t if empty_call && t.is_word("newid") => out.push(Tok::Word("gen_random_uuid".into())),
            t if call && t.is_word("len") => out.push(Tok::Word("length".into())),
            Tok::Word(w) if !call => match columns.iter().find(|c| c.eq_ignore_ascii_case(w)) {
                Some(c) => out.push(Tok::Quoted((*c).to_owned())),
                None => out.push(Tok::Word(w.clone())),
            },
            t => out.push(t.clone()),
        }
        i += 1;
    }
    let pg = Dialect::Postgres;
    expr::render(&out, |q| pg.quote(q), |s, _| pg.string_literal(s, false))
}

/// Rewrites `bit_column = 0|1` into `bit_column = false|true`.
fn bit_literals(toks: &mut [Tok], bits: &[&str]) {
    for i in 2..toks.len() {
        let is_bit = matches!(&toks[i - 2], Tok::Word(w) | Tok::Quoted(w) if bits.iter().any(|b| b.eq_ignore_ascii_case(w)));
        let compares = matches!(&toks[i - 1], Tok::Punct(p) if p == "=" || p == "<>" || p == "!=");
        if is_bit && compares {
            match &toks[i] {
                Tok::Num(n) if n == "0" => toks[i] = Tok::Word("false".into()),
                Tok::Num(n) if n == "1" => toks[i] = Tok::Word("true".into()),
                _ => {}
            }
        }
    }
}

/// Undoes the rewrites PostgreSQL applies when it stores a check or index predicate, so the
/// text `pg_get_constraintdef` / `pg_get_expr` give back reads as schema.yaml wrote it:
/// `'-720'::integer` → `-720`, casts dropped, `x = ANY (ARRAY['a', 'b'])` → `x IN ('a', 'b')`
/// (`<> ALL` → `NOT IN`), `~~` → `LIKE`, `!~~` → `NOT LIKE`, `length(` → `LEN(`. Text without
/// them (canonical T-SQL) passes through unchanged.
pub(crate) fn undo_storage_rewrites(toks: Vec<Tok>) -> Vec<Tok> {
    let toks = expr::drop_casts(numeric_strings(toks));
    let mut out = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        if let Some((negated, items, next)) = any_array(&toks, i) {
            out.extend(negated.then(|| Tok::Word("NOT".into())));
            out.extend([Tok::Word("IN".into()), Tok::Open]);
            out.extend_from_slice(items);
            out.push(Tok::Close);
            i = next;
            continue;
        }
        match &toks[i] {
            Tok::Punct(p) if p == "~~" => out.push(Tok::Word("LIKE".into())),
            Tok::Punct(p) if p == "!~~" => {
                out.extend([Tok::Word("NOT".into()), Tok::Word("LIKE".into())]);
            }
            t => out.push(t.clone()),
        }
        i += 1;
    }
    tsql_functions(&mut out);
    out
}

/// A number PostgreSQL keeps as a cast string (`'-720'::integer`) as the number it is; the
/// cast itself goes with the others.
fn numeric_strings(toks: Vec<Tok>) -> Vec<Tok> {
    const NUMERIC: [&str; 10] = [
        "integer", "int", "int2", "int4", "int8", "smallint", "bigint", "numeric", "real", "double",
    ];
    let mut out = Vec::with_capacity(toks.len());
    for (i, t) in toks.iter().enumerate() {
        let cast = toks.get(i + 1).is_some_and(|c| c.is_punct("::"))
            && toks
                .get(i + 2)
                .is_some_and(|w| NUMERIC.iter().any(|n| w.is_word(n)));
        match t {
            Tok::Str { text, .. } if cast && is_number(text) => match text.strip_prefix('-') {
                Some(abs) => out.extend([Tok::Punct("-".into()), Tok::Num(abs.into())]),
                None => out.push(Tok::Num(text.clone())),
            },
            t => out.push(t.clone()),
        }
    }
    out
}

fn is_number(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    all_digits(whole) && all_digits(fraction)
}

/// At `i`, `= ANY (ARRAY[…])` or `<> ALL (ARRAY[…])` (extra parentheses allowed): whether it
/// is the negated form, the items, and the index after it.
fn any_array(toks: &[Tok], i: usize) -> Option<(bool, &[Tok], usize)> {
    let negated = match (&toks[i], toks.get(i + 1)?) {
        (Tok::Punct(p), w) if p == "=" && w.is_word("any") => false,
        (Tok::Punct(p), w) if (p == "<>" || p == "!=") && w.is_word("all") => true,
        _ => return None,
    };
    if toks.get(i + 2) != Some(&Tok::Open) {
        return None;
    }
    let close = expr::matching_close(toks, i + 2)?;
    let mut inner = &toks[i + 3..close];
    while inner.first() == Some(&Tok::Open)
        && expr::matching_close(inner, 0) == Some(inner.len() - 1)
    {
        inner = &inner[1..inner.len() - 1];
    }
    match inner {
        [array, open, items @ .., end]
            if array.is_word("array") && open.is_punct("[") && end.is_punct("]") =>
        {
            Some((negated, items, close + 1))
        }
        _ => None,
    }
}

/// PostgreSQL function names that have a different T-SQL name, back in T-SQL (`length(` →
/// `LEN(`), the reverse of [`translate_expr`].
fn tsql_functions(toks: &mut [Tok]) {
    for i in 0..toks.len() {
        let call = toks.get(i + 1) == Some(&Tok::Open);
        if call && toks[i].is_word("length") {
            toks[i] = Tok::Word("LEN".into());
        }
    }
}
