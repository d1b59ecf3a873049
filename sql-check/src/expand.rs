//! The body of the generated `sql!` / `sql_as!` proc macros (feature `macro`): reads the
//! invocation, checks the statement against the baked-in schema, and expands to a record
//! type with the result columns as typed fields plus a `gen_runtime::checked::Checked` value
//! with the arguments bound, each checked against its parameter's type. Problems become
//! `compile_error!`s at the literal, the message carrying the line and column inside the SQL.
//!
//! Input (from the generated crate's `macro_rules!` wrappers): `$crate ; [Type ,] [mssql |
//! postgres ,] "SQL" [, argument]*`.

use std::str::FromStr;

use proc_macro2::{Delimiter, Group, Ident, Literal, Span, TokenStream, TokenTree};
use quote::{format_ident, quote, quote_spanned};

use crate::{Checked, Dialect, ResultColumn, Schema, check, opted_out, rust_lit};

/// `sql!`: rows decode into a record the macro defines.
pub fn sql(schema: &Schema<'_>, input: TokenStream) -> TokenStream {
    expand(schema, input, false)
}

/// `sql_as!`: rows decode into the named struct, whose fields must match by name and type.
pub fn sql_as(schema: &Schema<'_>, input: TokenStream) -> TokenStream {
    expand(schema, input, true)
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

fn expand(schema: &Schema<'_>, input: TokenStream, with_target: bool) -> TokenStream {
    let input = match parse(input, with_target) {
        Ok(i) => i,
        Err(e) => return e,
    };
    let dialect = input
        .dialect
        .unwrap_or_else(|| Dialect::guess(&input.sql.value));
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
    let krate = &input.krate;
    let rt = quote!(#krate::__sql::gen_runtime);
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
    let record = format_ident!("__SqlRecord");
    let idents: Vec<Ident> = fields
        .iter()
        .map(|(n, _, _)| Ident::new_raw_or_plain(n))
        .collect();
    let types: Vec<TokenStream> = fields
        .iter()
        .map(|(_, c, ty)| {
            let base = type_tokens(krate, &ty.rust);
            if c.nullable {
                quote!(::core::option::Option<#base>)
            } else {
                base
            }
        })
        .collect();
    let reads: Vec<TokenStream> = fields
        .iter()
        .map(|(_, c, ty)| match (ty.reference, c.nullable) {
            (true, false) => quote!(r.reference()?),
            (true, true) => quote!(r.reference_opt()?),
            (false, false) => quote!(r.get()?),
            (false, true) => quote!(r.opt()?),
        })
        .collect();
    let metas: Vec<TokenStream> = fields
        .iter()
        .map(|(_, c, ty)| {
            let name = c.name.clone().unwrap_or_default();
            let sql_type = format!("{:?}", ty.kind);
            let nullable = c.nullable;
            quote!(#rt::ColumnMeta::new(#name, #sql_type, #nullable, false, ::core::option::Option::None))
        })
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
                    quote_spanned!(span => #rt::checked::arg::<#want, _>(#a))
                }
                None => quote_spanned!(span => #rt::checked::untyped(#a)),
            }
        })
        .collect();
    let sql = &input.sql.value;
    let dialect_tokens = dialect_path(&rt, dialect);
    let construct = match &input.target {
        None => quote!(#rt::checked::Checked::<#record>::new(#sql, #dialect_tokens, __params)),
        Some(target) => quote!(
            #rt::checked::Checked::<#record, #target>::mapped(#sql, #dialect_tokens, __params, |r: #record| #target { #(#idents: r.#idents),* })
        ),
    };
    Ok(quote!({
        /// A row of the checked statement. (Debug only: every derive is more impls for rustc to
        /// check per statement.)
        #[derive(Debug)]
        #[allow(non_camel_case_types, dead_code)]
        struct #record { #(pub #idents: #types),* }
        impl #rt::Table for #record {
            const META: &'static #rt::TableMeta = &#rt::TableMeta {
                schema: "sql!",
                name: "result",
                columns: &[#(#metas),*],
                kind: #rt::TableKind::Table,
                primary_key: ::core::option::Option::None,
                foreign_keys: &[],
                uniques: &[],
                indexes: &[],
            };
        }
        impl #rt::Record for #record {
            fn decode<R: #rt::RowReader>(r: &mut R) -> ::core::result::Result<Self, #rt::DecodeError> {
                let _ = &r;
                ::core::result::Result::Ok(#record { #(#idents: #reads),* })
            }
            fn values(&self) -> ::std::vec::Vec<#rt::SqlValue> {
                ::std::vec![#(#rt::ToValue::to_value(&self.#idents)),*]
            }
        }
        let __params: ::std::vec::Vec<#rt::SqlValue> = ::std::vec![#(#args),*];
        #construct
    }))
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
    let target = match &input.target {
        Some(t) => t.clone(),
        None => quote!(#rt::checked::NoRows),
    };
    quote!(#rt::checked::Checked::<#target>::new(#sql, #dialect_tokens, ::std::vec![#(#rt::checked::untyped(#args)),*]))
}

trait NewIdent {
    fn new_raw_or_plain(name: &str) -> Ident;
}

impl NewIdent for Ident {
    fn new_raw_or_plain(name: &str) -> Ident {
        let name = name.strip_prefix("r#").unwrap_or(name);
        if crate::naming::is_keyword(name) {
            Ident::new_raw(name, Span::call_site())
        } else {
            Ident::new(name, Span::call_site())
        }
    }
}
