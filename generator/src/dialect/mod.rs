//! What each SQL dialect knows about the IR: type names and their mapping back from the
//! catalog, default expressions, literals and check predicates. Introspection, DDL and diff all
//! go through here, so they can never disagree about a dialect.
//!
//! The [`Dialect`] type itself and its primitives (quoting, string and boolean literals, UTC
//! now) are gen-runtime's, shared with `db` and the generated crate; this module adds the
//! IR-aware part as the [`IrDialect`] extension trait over it.
//!
//! Canonical types and expressions use SQL Server's spelling (docs/schema-format.md, Types); PostgreSQL's
//! spelling lives in [`postgres`], SQL Server's catalog quirks in [`mssql`].

pub mod babelfish;
pub(crate) mod expr;
pub mod mssql;
pub mod postgres;

use gen_runtime::Dialect;

use crate::ir::{DefaultExpr, SqlType, Value};

/// A live column type that has no canonical equivalent. Callers add `schema.table.column`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("type `{name}` is not supported: {why}")]
pub struct UnsupportedType {
    /// The type as the catalog names it.
    pub name: String,
    /// Why it cannot be mapped, and what to do.
    pub why: String,
}

/// The IR-aware part of a [`Dialect`]: type names, catalog mapping, defaults, literals and
/// predicates. Implemented for gen-runtime's `Dialect` only.
pub trait IrDialect: Copy {
    /// The dialect's name for a canonical type (`varchar(255)` for `nvarchar(255)` on
    /// PostgreSQL).
    fn type_name(self, ty: &SqlType) -> String;

    /// Maps a type as the live catalog reports it back to a type in this dialect's type space.
    ///
    /// SQL Server: `name` from `sys.types`, `max_length` from `sys.columns` in BYTES (`-1` for
    /// `max`; nvarchar/nchar use 2 bytes per character), `precision`/`scale` from `sys.columns`
    /// (the fractional-second precision of datetime2/time/datetimeoffset is `scale`).
    /// PostgreSQL: `name` from `format_type()` (arguments inside it win) or
    /// `information_schema.columns.data_type`; `max_length` the character maximum length (`-1`
    /// when unbounded), `precision`/`scale` the numeric ones, and for time types the
    /// fractional-second precision in `scale`.
    fn canonical_from_catalog(
        self,
        name: &str,
        max_length: i32,
        precision: u8,
        scale: u8,
    ) -> Result<SqlType, UnsupportedType>;

    /// Whether a live column of type `live` (in this dialect's type space) satisfies the
    /// canonical type: they have the same name in this dialect. On SQL Server that is
    /// equality; on PostgreSQL `nvarchar(255)` equals `varchar(255)` and `datetime2(7)` equals
    /// `timestamp(6)`, since PostgreSQL cannot tell them apart.
    fn equivalent(self, canonical: &SqlType, live: &SqlType) -> bool;

    /// The SQL for a default expression on a column of type `ty`.
    fn default_sql(self, default: &DefaultExpr, ty: &SqlType) -> String;

    /// Normalises a default as the live catalog stores it (`((0))`, `(getutcdate())`,
    /// `(N'AU')`; `'AU'::character varying`, `false`, `(now() AT TIME ZONE 'utc'::text)`) so it
    /// compares equal to the canonical one. `None` for PostgreSQL's `nextval(…)`, which is how
    /// a serial column counts, not a default.
    fn normalize_default(self, text: &str, ty: &SqlType) -> Option<DefaultExpr>;

    /// A literal for a reference-row value in a column of type `ty`: `N'…'` for Unicode text
    /// on SQL Server, `true`/`false` for `bit` on PostgreSQL, quotes doubled everywhere.
    fn literal(self, value: &Value, ty: &SqlType) -> String;

    /// A check predicate (canonical, T-SQL) as this dialect needs it. On PostgreSQL, `LEN(` →
    /// `length(`, `[x]` → `"x"`, `N'…'` → `'…'`, and bare names of `columns` are quoted, since
    /// PostgreSQL folds unquoted names to lower case.
    fn check_sql(self, expression: &str, columns: &[&str]) -> String;

    /// A predicate of `table` (check constraint or index filter, canonical T-SQL) as this
    /// dialect needs it. Like [`IrDialect::check_sql`] with the table's columns, and on
    /// PostgreSQL a `bit` column compared with `0`/`1` compares with `false`/`true` instead.
    fn predicate_sql(self, expression: &str, table: &crate::ir::Table) -> String;

    /// The comparable form of a check predicate as the live catalog stores it
    /// (`([Amount]>=(0))`, `CHECK (("Amount" >= (0)::numeric))`) or as schema.yaml writes it:
    /// the dialect's storage rewrites undone, casts, brackets, quotes and redundant parentheses
    /// removed, BETWEEN expanded, names and keywords lower-cased. String literals keep their
    /// case. Compare with [`IrDialect::check_equivalent`].
    fn normalize_check(self, text: &str) -> String;

    /// A live expression (check definition, index filter) in the readable canonical form
    /// schema.yaml uses: SQL Server's `([Amount]>=(0))` becomes `Amount >= 0`, PostgreSQL's
    /// `(("Code")::text = ANY ((ARRAY['A'::character varying])::text[]))` becomes
    /// `Code IN ('A')`. Redundant parentheses and casts go, plain names lose their delimiters
    /// (others keep them, in T-SQL form), case and literals are kept.
    fn tidy_expression(self, text: &str) -> String;

    /// Whether a live check definition says the same as the canonical expression.
    fn check_equivalent(self, canonical: &str, live: &str, columns: &[&str]) -> bool;

    /// Whether this dialect accepts a foreign key from a column of type `own` to one of type
    /// `referenced`. SQL Server wants the same type, length included; PostgreSQL any two types
    /// with an equality between them: integers of any width (`smallint` → `integer`), text
    /// of any length, or the same PostgreSQL type.
    fn foreign_key_types(self, own: &SqlType, referenced: &SqlType) -> bool;
}

impl IrDialect for Dialect {
    fn foreign_key_types(self, own: &SqlType, referenced: &SqlType) -> bool {
        match self {
            Dialect::Mssql => own == referenced,
            Dialect::Postgres => {
                (own.is_integer() && referenced.is_integer())
                    || (own.is_text() && referenced.is_text())
                    || self.type_name(own) == self.type_name(referenced)
            }
        }
    }

    fn type_name(self, ty: &SqlType) -> String {
        match self {
            Dialect::Mssql => ty.to_string(),
            Dialect::Postgres => postgres::type_name(ty),
        }
    }

    fn canonical_from_catalog(
        self,
        name: &str,
        max_length: i32,
        precision: u8,
        scale: u8,
    ) -> Result<SqlType, UnsupportedType> {
        match self {
            Dialect::Mssql => mssql::from_catalog(name, max_length, precision, scale),
            Dialect::Postgres => postgres::from_catalog(name, max_length, precision, scale),
        }
    }

    fn equivalent(self, canonical: &SqlType, live: &SqlType) -> bool {
        match self {
            Dialect::Mssql => canonical == live,
            Dialect::Postgres => self.type_name(canonical) == self.type_name(live),
        }
    }

    fn default_sql(self, default: &DefaultExpr, ty: &SqlType) -> String {
        match (self, default) {
            (Dialect::Mssql, DefaultExpr::CurrentUtc)
                if matches!(ty, SqlType::DateTimeOffset(_)) =>
            {
                "SYSDATETIMEOFFSET()".into()
            }
            (Dialect::Postgres, DefaultExpr::CurrentUtc)
                if matches!(ty, SqlType::DateTimeOffset(_)) =>
            {
                "now()".into()
            }
            (_, DefaultExpr::CurrentUtc) => self.now_utc().into(),
            (Dialect::Mssql, DefaultExpr::NewGuid) => "NEWID()".into(),
            (Dialect::Mssql, DefaultExpr::Sql(s)) => s.clone(),
            (Dialect::Postgres, DefaultExpr::NewGuid) => "gen_random_uuid()".into(),
            (Dialect::Postgres, DefaultExpr::Sql(s)) => postgres::translate_expr(s, &[]),
            (_, DefaultExpr::Literal(v)) => self.literal(v, ty),
        }
    }

    fn normalize_default(self, text: &str, ty: &SqlType) -> Option<DefaultExpr> {
        let brackets = self == Dialect::Mssql;
        let inner = expr::strip_outer_parens(text, brackets);
        let toks = expr::strip_redundant_parens(expr::drop_casts(expr::tokenize(inner, brackets)));
        if toks.first().is_some_and(|t| t.is_word("nextval")) {
            return None;
        }
        Some(classify_default(&toks, ty).unwrap_or_else(|| DefaultExpr::Sql(inner.to_owned())))
    }

    fn literal(self, value: &Value, ty: &SqlType) -> String {
        let national = matches!(
            ty,
            SqlType::NVarChar(_) | SqlType::NChar(_) | SqlType::Other(_)
        );
        match (self, value) {
            (_, Value::Null) => "NULL".into(),
            (_, Value::Bool(b)) => self.boolean(*b).into(),
            (Dialect::Postgres, Value::Int(i)) if *ty == SqlType::Bit => {
                self.boolean(*i != 0).into()
            }
            (_, Value::Int(i)) => i.to_string(),
            (_, Value::Decimal(d)) => d.clone(),
            (_, Value::Text(t)) => self.string_literal(t, national),
        }
    }

    fn check_sql(self, expression: &str, columns: &[&str]) -> String {
        match self {
            Dialect::Mssql => expression.to_owned(),
            Dialect::Postgres => postgres::translate_expr(expression, columns),
        }
    }

    fn predicate_sql(self, expression: &str, table: &crate::ir::Table) -> String {
        match self {
            Dialect::Mssql => expression.to_owned(),
            Dialect::Postgres => {
                let names: Vec<&str> = table.columns.iter().map(|c| c.name.as_str()).collect();
                let bits: Vec<&str> = table
                    .columns
                    .iter()
                    .filter(|c| c.sql_type == SqlType::Bit)
                    .map(|c| c.name.as_str())
                    .collect();
                postgres::translate_predicate(expression, &names, &bits)
            }
        }
    }

    fn normalize_check(self, text: &str) -> String {
        let mut toks = stored_tokens(self, text);
        if toks.last().is_some_and(|t| t.is_word("valid")) && toks.len() >= 2 {
            toks.truncate(toks.len() - 2); // `NOT VALID`
        }
        expr::normal_form(toks)
    }

    fn tidy_expression(self, text: &str) -> String {
        tidy_tokens(&expr::strip_redundant_parens(stored_tokens(self, text)))
    }

    fn check_equivalent(self, canonical: &str, live: &str, columns: &[&str]) -> bool {
        self.normalize_check(&self.check_sql(canonical, columns)) == self.normalize_check(live)
    }
}

/// The tokens of a stored predicate without a leading `CHECK`, with `d`'s storage rewrites
/// undone and casts dropped.
fn stored_tokens(d: Dialect, text: &str) -> Vec<expr::Tok> {
    let mut toks = expr::tokenize(text, d == Dialect::Mssql);
    if toks.first().is_some_and(|t| t.is_word("check")) {
        toks.remove(0);
    }
    match d {
        Dialect::Mssql => expr::drop_casts(toks),
        Dialect::Postgres => postgres::undo_storage_rewrites(toks),
    }
}

/// Tokens in the readable T-SQL form schema.yaml uses: plain names bare, others delimited.
pub(crate) fn tidy_tokens(toks: &[expr::Tok]) -> String {
    let plain = |s: &str| {
        let mut chars = s.chars();
        chars
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    let ms = Dialect::Mssql;
    expr::render(
        toks,
        |q| if plain(q) { q.to_owned() } else { ms.quote(q) },
        |s, national| ms.string_literal(s, national),
    )
}

/// Tokens as T-SQL with every name delimited, redundant parentheses removed.
pub(crate) fn tsql_tokens(toks: Vec<expr::Tok>) -> String {
    let ms = Dialect::Mssql;
    expr::render(
        &expr::strip_redundant_parens(toks),
        |q| ms.quote(q),
        |s, national| ms.string_literal(s, national),
    )
}

/// `x BETWEEN a AND b` written as `(x >= a AND x <= b)` (T-SQL spelling), the form both
/// servers store; [`IrDialect::check_equivalent`] already compares through it.
pub fn expand_between(text: &str) -> String {
    tsql_tokens(expr::expand_between(expr::tokenize(text, true)))
}

/// The value-list check on `column` of `table` (`CHECK (Status IN ('A', 'B'))`, in either
/// dialect's stored spelling once tidied) and its labels, in the check's order.
pub fn value_list_of<'t>(
    table: &'t crate::ir::Table,
    column: &str,
) -> Option<(&'t crate::ir::CheckConstraint, Vec<String>)> {
    table.checks.iter().find_map(|k| {
        let (c, labels) = expr::value_list(&k.expression)?;
        c.eq_ignore_ascii_case(column).then_some((k, labels))
    })
}

/// Recognises the defaults every dialect shares; `None` leaves the text as [`DefaultExpr::Sql`].
fn classify_default(toks: &[expr::Tok], ty: &SqlType) -> Option<DefaultExpr> {
    use expr::Tok;
    let words: Vec<String> = toks
        .iter()
        .map(|t| match t {
            Tok::Word(w) => w.to_ascii_lowercase(),
            Tok::Open => "(".into(),
            Tok::Close => ")".into(),
            Tok::Punct(p) => p.clone(),
            _ => "\u{0}".into(),
        })
        .collect();
    let w: Vec<&str> = words.iter().map(String::as_str).collect();
    Some(match (toks, w.as_slice()) {
        ([Tok::Num(n)], _) => number_default(n, ty),
        ([Tok::Punct(m), Tok::Num(n)], _) if m == "-" => number_default(&format!("-{n}"), ty),
        ([Tok::Str { text, .. }], _) => DefaultExpr::Literal(Value::Text(text.clone())),
        (_, ["true"]) => DefaultExpr::Literal(Value::Bool(true)),
        (_, ["false"]) => DefaultExpr::Literal(Value::Bool(false)),
        (_, ["null"]) => DefaultExpr::Literal(Value::Null),
        (_, ["getutcdate" | "sysutcdatetime", "(", ")"]) => DefaultExpr::CurrentUtc,
        (_, ["now", "(", ")", "at", "time", "zone", "\u{0}"]) if is_utc(&toks[6]) => {
            DefaultExpr::CurrentUtc
        }
        (_, ["timezone", "(", "\u{0}", ",", "now", "(", ")", ")"]) if is_utc(&toks[2]) => {
            DefaultExpr::CurrentUtc
        }
        (_, ["now" | "sysdatetimeoffset", "(", ")"] | ["current_timestamp"])
            if matches!(ty, SqlType::DateTimeOffset(_)) =>
        {
            DefaultExpr::CurrentUtc
        }
        (_, ["newid" | "gen_random_uuid" | "uuid_generate_v4", "(", ")"]) => DefaultExpr::NewGuid,
        _ => return None,
    })
}

fn is_utc(t: &expr::Tok) -> bool {
    matches!(t, expr::Tok::Str { text, .. } if text.eq_ignore_ascii_case("utc"))
}

fn number_default(n: &str, ty: &SqlType) -> DefaultExpr {
    let value = match (ty, n.parse::<i64>()) {
        (SqlType::Bit, Ok(i)) => Value::Bool(i != 0),
        (_, Ok(i)) => Value::Int(i),
        (_, Err(_)) => Value::Decimal(n.to_owned()),
    };
    DefaultExpr::Literal(value)
}

#[cfg(test)]
mod tests;
