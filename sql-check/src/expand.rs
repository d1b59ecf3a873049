//! The body of the generated `sql!` / `sql_as!` proc macros (feature `macro`): reads the
//! invocation, checks the statement against the baked-in schema, and expands to a small
//! record struct with the result columns as typed fields (none for `sql_as!`) and a
//! `gen_runtime::checked::Checked` value: the arguments bound, each checked against its
//! parameter's type, and a closure moving the decoded tuple into the record. No trait impls:
//! decoding is gen-runtime's, written once for tuples, so that each invocation costs rustc
//! little to check. Problems become `compile_error!`s at the literal, the message carrying
//! the line and column inside the SQL.
//!
//! Input (from the generated crate's `macro_rules!` wrappers): `$crate ; [Type ,] [mssql |
//! postgres ,] "SQL" [, argument]*`.

use std::str::FromStr;

use proc_macro2::{Delimiter, Group, Ident, Literal, Span, TokenStream, TokenTree};
use quote::{format_ident, quote, quote_spanned};

use crate::{Checked, Dialect, ResultColumn, Schema, check, opted_out, rust_lit};

/// Which of the two macros an invocation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Macro {
    /// `sql!`: rows decode into a record the macro defines.
    Sql,
    /// `sql_as!`: rows decode into the named struct, whose fields must match by name and type.
    SqlAs,
}

/// The body of both generated proc macros: checks the invocation's statement against
/// `schema` in its dialect (`mssql,` / `postgres,` before the text, else `dialect`) and
/// expands to the `Checked` value, or to the problems as `compile_error!`s.
pub fn expand(
    schema: &Schema<'_>,
    dialect: Dialect,
    which: Macro,
    input: TokenStream,
) -> TokenStream {
    run(schema, dialect, input, which == Macro::SqlAs)
}

/// A problem, as a `compile_error!` at `span`.
fn error(span: Span, message: &str) -> TokenStream {
    errors(span, &[message.to_owned()])
}

/// Problems, as one block of `compile_error!`s (the macro stands where an expression goes;
/// the block's type is `!`, so that no type error follows the real one).
fn errors(span: Span, messages: &[String]) -> TokenStream {
    let each = messages
        .iter()
        .map(|m| quote_spanned!(span => ::core::compile_error!(#m);));
    quote_spanned!(span => { #(#each)* ::core::unreachable!() })
}

/// The invocation, split up.
struct Input {
    krate: TokenStream,
    target: Option<TokenStream>,
    dialect: Option<Dialect>,
    lit: Literal,
    sql: rust_lit::Decoded,
    args: Vec<TokenStream>,
}

fn split_commas(tokens: TokenStream) -> Vec<TokenStream> {
    let mut parts = vec![TokenStream::new()];
    for t in tokens {
        match &t {
            TokenTree::Punct(p) if p.as_char() == ',' => parts.push(TokenStream::new()),
            _ => {
                if let Some(last) = parts.last_mut() {
                    last.extend([t]);
                }
            }
        }
    }
    if parts.last().is_some_and(|p| p.is_empty()) {
        parts.pop();
    }
    parts
}

/// A macro_rules fragment may arrive wrapped in an invisible group.
fn unwrap_group(ts: TokenStream) -> TokenStream {
    let mut iter = ts.clone().into_iter();
    match (iter.next(), iter.next()) {
        (Some(TokenTree::Group(g)), None) if g.delimiter() == Delimiter::None => {
            unwrap_group(g.stream())
        }
        _ => ts,
    }
}

fn parse(input: TokenStream, with_target: bool) -> Result<Input, TokenStream> {
    let mut tokens = input.into_iter().peekable();
    let mut krate = TokenStream::new();
    for t in tokens.by_ref() {
        if matches!(&t, TokenTree::Punct(p) if p.as_char() == ';') {
            break;
        }
        krate.extend([t]);
    }
    let mut parts = split_commas(tokens.collect()).into_iter().map(unwrap_group);
    let usage = if with_target {
        "usage: sql_as!(Struct, [mssql | postgres,] \"SQL\", arguments…)"
    } else {
        "usage: sql!([mssql | postgres,] \"SQL\", arguments…)"
    };
    let missing = || error(Span::call_site(), usage);
    let target = if with_target {
        Some(parts.next().ok_or_else(missing)?)
    } else {
        None
    };
    let mut next = parts.next().ok_or_else(missing)?;
    let mut dialect = None;
    if let Some(TokenTree::Ident(id)) = next.clone().into_iter().next() {
        dialect = match id.to_string().as_str() {
            "mssql" => Some(Dialect::Mssql),
            "postgres" => Some(Dialect::Postgres),
            _ => return Err(error(id.span(), usage)),
        };
        next = parts.next().ok_or_else(missing)?;
    }
    let lit = match next.into_iter().next() {
        Some(TokenTree::Literal(l)) => l,
        Some(other) => return Err(error(other.span(), usage)),
        None => return Err(missing()),
    };
    let sql = rust_lit::decode(&lit.to_string())
        .ok_or_else(|| error(lit.span(), "the statement must be a string literal"))?;
    Ok(Input {
        krate,
        target,
        dialect,
        lit,
        sql,
        args: parts.collect(),
    })
}

fn run(
    schema: &Schema<'_>,
    default: Dialect,
    input: TokenStream,
    with_target: bool,
) -> TokenStream {
    let input = match parse(input, with_target) {
        Ok(i) => i,
        Err(e) => return e,
    };
    let dialect = input.dialect.unwrap_or(default);
    if opted_out(&input.sql.value) {
        return unchecked(&input, dialect);
    }
    let checked = match check(schema, &input.sql.value, dialect) {
        Ok(c) => c,
        Err(problems) => {
            return problems
                .iter()
                .map(|p| {
                    let msg = format!("SQL line {}, column {}: {}", p.line, p.column, p.message);
                    error(input.lit.span(), &msg)
                })
                .collect();
        }
    };
    match checked_expansion(&input, dialect, &checked) {
        Ok(ts) => ts,
        Err(messages) => errors(input.lit.span(), &messages),
    }
}

/// Rewrites a schema Rust type to a path the caller's crate can name: `crate::` is the
/// generated crate, and chrono / uuid / rust_decimal come through its re-exports.
fn type_tokens(krate: &TokenStream, rust: &str) -> TokenStream {
    let path = rust
        .replace("::chrono::", "__SQL__::chrono::")
        .replace("::uuid::", "__SQL__::uuid::")
        .replace("::rust_decimal::", "__SQL__::rust_decimal::");
    let path = match path.strip_prefix("crate::") {
        Some(rest) => format!("__KRATE__::{rest}"),
        None => path,
    };
    let ts = TokenStream::from_str(&path).unwrap_or_else(|_| quote!(()));
    replace_markers(ts, krate)
}

fn replace_markers(ts: TokenStream, krate: &TokenStream) -> TokenStream {
    ts.into_iter()
        .flat_map(|t| match t {
            TokenTree::Ident(id) if id == "__KRATE__" => krate.clone(),
            TokenTree::Ident(id) if id == "__SQL__" => quote!(#krate::__sql),
            TokenTree::Group(g) => {
                let inner = replace_markers(g.stream(), krate);
                TokenStream::from(TokenTree::Group(Group::new(g.delimiter(), inner)))
            }
            other => TokenStream::from(other),
        })
        .collect()
}

/// The field name of a result column: the schema's field for a column selected as is, else
/// the name in snake case.
fn field_name(c: &ResultColumn) -> Option<String> {
    if let Some(f) = &c.field
        && c.name.is_some()
    {
        return Some(f.clone());
    }
    let name = c.name.as_ref()?;
    Some(crate::naming::snake(name))
}

fn checked_expansion(
    input: &Input,
    dialect: Dialect,
    checked: &Checked,
) -> Result<TokenStream, Vec<String>> {
    let mut problems = Vec::new();
    if let Some(extra) = checked.extra_results.first() {
        problems.push(format!(
            "SQL line {}, column {}: the text returns more than one result set; a checked statement returns one",
            extra.line, extra.column
        ));
    }
    for u in &checked.unchecked {
        problems.push(format!(
            "SQL line {}, column {}: {}; only SELECT, INSERT, UPDATE, DELETE, DECLARE and #temp tables are checked (opt out with `-- sql-check: off`)",
            u.line, u.column, u.message
        ));
    }
    let cols = checked.columns.clone().unwrap_or_default();
    let mut fields = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for (i, c) in cols.iter().enumerate() {
        let at = format!("SQL line {}, column {}", c.at.0, c.at.1);
        let Some(name) = field_name(c) else {
            problems.push(format!(
                "{at}: result column {} (`{}`) has no name; give it one with AS",
                i + 1,
                c.origin
            ));
            continue;
        };
        let Some(ty) = &c.ty else {
            problems.push(format!(
                "{at}: the Rust type of result column `{name}` (`{}`) is unknown; CAST it to a SQL type",
                c.origin
            ));
            continue;
        };
        if seen.contains(&name) {
            problems.push(format!(
                "{at}: two result columns become the field `{name}`; rename one with AS"
            ));
            continue;
        }
        seen.push(name.clone());
        fields.push((name, c, ty));
    }
    let params = &checked.params;
    if params.len() != input.args.len() {
        let names: Vec<String> = params.iter().map(|p| dialect.param(p.number)).collect();
        problems.push(format!(
            "the statement has {} parameter{} ({}) but {} argument{} {} given",
            params.len(),
            if params.len() == 1 { "" } else { "s" },
            if names.is_empty() {
                "none".into()
            } else {
                names.join(", ")
            },
            input.args.len(),
            if input.args.len() == 1 { "" } else { "s" },
            if input.args.len() == 1 { "was" } else { "were" },
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let krate = &input.krate;
    let rt = quote!(#krate::__sql::gen_runtime);
    let ck = quote!(#rt::checked);
    // The row decodes as a tuple (nested by 16) of the columns' types, through the one
    // `FromRow` impl gen-runtime has for tuples; a closure moves it into the record.
    let mut tuple_types = Vec::new();
    let mut patterns = Vec::new();
    let mut field_types = Vec::new();
    let mut inits = Vec::new();
    for (i, (name, c, ty)) in fields.iter().enumerate() {
        let base = type_tokens(krate, &ty.rust);
        let binding = format_ident!("__c{i}");
        let field = Ident::new_raw_or_plain(name);
        let field_ty = if c.nullable {
            quote!(::core::option::Option<#base>)
        } else {
            base.clone()
        };
        let (tuple_ty, pattern) = match (ty.reference, c.nullable) {
            (true, false) => (quote!(#ck::Ref<#base>), quote!(#ck::Ref(#binding))),
            (true, true) => (quote!(#ck::RefOpt<#base>), quote!(#ck::RefOpt(#binding))),
            (false, _) => (field_ty.clone(), quote!(#binding)),
        };
        tuple_types.push(tuple_ty);
        patterns.push(pattern);
        field_types.push(quote!(pub #field: #field_ty));
        inits.push(quote!(#field: #binding));
    }
    let tuple_ty = nest(tuple_types);
    let pattern = nest(patterns);
    let names: Vec<String> = fields
        .iter()
        .map(|(_, c, _)| c.name.clone().unwrap_or_default())
        .collect();
    let args: Vec<TokenStream> = params
        .iter()
        .zip(&input.args)
        .map(|(p, a)| {
            let span = a
                .clone()
                .into_iter()
                .next()
                .map_or(Span::call_site(), |t| t.span());
            match &p.ty {
                Some(ty) => {
                    let base = type_tokens(krate, &ty.rust);
                    let want = if p.nullable {
                        quote!(::core::option::Option<#base>)
                    } else {
                        base
                    };
                    quote_spanned!(span => #ck::arg::<#want, _>(#a))
                }
                None => quote_spanned!(span => #ck::untyped(#a)),
            }
        })
        .collect();
    let sql = &input.sql.value;
    let dialect_tokens = dialect_path(&rt, dialect);
    let new = |target: TokenStream| quote!(#ck::Checked::new(#sql, #dialect_tokens, &[#(#names),*], [#(#args),*], |#pattern: #tuple_ty| #target { #(#inits),* }));
    Ok(match &input.target {
        Some(target) => new(target.clone()),
        None => {
            let construct = new(quote!(__SqlRecord));
            quote!({
                #[allow(non_camel_case_types, dead_code)]
                struct __SqlRecord { #(#field_types),* }
                #construct
            })
        }
    })
}

/// Groups a tuple's elements by 16 (the widest tuple gen-runtime decodes), nesting as deep
/// as it takes: `(a, b)`, or `((a, …, p), (q, …))`.
fn nest(mut items: Vec<TokenStream>) -> TokenStream {
    const WIDEST: usize = 16;
    while items.len() > WIDEST {
        items = items
            .chunks(WIDEST)
            .map(|chunk| quote!((#(#chunk,)*)))
            .collect();
    }
    quote!((#(#items,)*))
}

fn dialect_path(rt: &TokenStream, dialect: Dialect) -> TokenStream {
    match dialect {
        Dialect::Mssql => quote!(#rt::Dialect::Mssql),
        Dialect::Postgres => quote!(#rt::Dialect::Postgres),
    }
}

/// An opted-out statement: nothing is checked; arguments bind as they are. `sql!` can only
/// `execute` it meaningfully; `sql_as!(T, …)` decodes rows into `T`, which must be a
/// generated table struct (it implements `Record`).
fn unchecked(input: &Input, dialect: Dialect) -> TokenStream {
    let krate = &input.krate;
    let rt = quote!(#krate::__sql::gen_runtime);
    let sql = &input.sql.value;
    let args = &input.args;
    let dialect_tokens = dialect_path(&rt, dialect);
    let params = quote!([#(#rt::checked::untyped(#args)),*]);
    match &input.target {
        Some(t) => {
            quote!(#rt::checked::Checked::<#t, #rt::checked::Whole<#t>>::whole(#sql, #dialect_tokens, #params))
        }
        None => quote!(#rt::checked::Checked::unchecked(#sql, #dialect_tokens, #params)),
    }
}

trait NewIdent {
    fn new_raw_or_plain(name: &str) -> Ident;
}

impl NewIdent for Ident {
    fn new_raw_or_plain(name: &str) -> Ident {
        let name = name.strip_prefix("r#").unwrap_or(name);
        if crate::naming::is_keyword(name) && !crate::naming::NOT_RAW.contains(&name) {
            Ident::new_raw(name, Span::call_site())
        } else {
            Ident::new(name, Span::call_site())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ColumnDef, Kind, TableDef};

    static USER: &[ColumnDef<'static>] = &[
        ColumnDef::new("UserID", "user_id", Kind::BigInt, crate::schema::OPTIONAL),
        ColumnDef::new("Email", "email", Kind::Text, 0),
    ];
    static SCHEMA: Schema<'static> = Schema {
        tables: &[TableDef {
            schema: "dbo",
            name: "User",
            columns: USER,
        }],
        unmodelled: &[],
    };

    fn expanded(dialect: Dialect, input: &str) -> String {
        let input = TokenStream::from_str(input).unwrap_or_default();
        expand(&SCHEMA, dialect, Macro::Sql, input).to_string()
    }

    #[test]
    fn a_statement_takes_the_default_dialect_unless_it_names_its_own() {
        let tsql =
            r#"models; "SELECT u.UserID, u.Email FROM dbo.[User] AS u WHERE u.Email = @P1", "a""#;
        let out = expanded(Dialect::Mssql, tsql);
        assert!(out.contains("Dialect :: Mssql"), "{out}");
        assert!(out.contains("struct __SqlRecord"), "{out}");
        // The same text as PostgreSQL does not parse (`[User]`).
        let out = expanded(Dialect::Postgres, tsql);
        assert!(out.contains("does not parse as PostgreSQL"), "{out}");
        let pg = r#"models; postgres, "SELECT u.\"Email\" FROM \"dbo\".\"User\" u""#;
        let out = expanded(Dialect::Mssql, pg);
        assert!(out.contains("Dialect :: Postgres"), "{out}");
    }
}
