//! The layout of a generated Rust file: `prettyplease` formats every item, one at a time, and
//! items are joined with blank lines; the invocations of gen-runtime's macros (`table_meta!`,
//! `record!`, `navigation!`, `finders!`) are laid out here instead.
//!
//! This is the one exception to "prettyplease formats the output": prettyplease fills a
//! macro's tokens to the line width (`get(0, USER_ID), email = get(1, …` wrapped mid-entry,
//! `crate ::ref_::…`), since it cannot know the macro's grammar. The layout below knows only
//! its shape, which all four macros share: sections separated by `;`. The first section (the
//! table's name, `User, NewUser`, `User[0] => crate::ref_::UserStatusRow`) is one line;
//! every later section puts each of its `,`-separated entries on its own line, and a section
//! `name[…]` with more than one entry lists them one per line inside the brackets. The tokens
//! are exactly the ones `syn` parsed (only whitespace is chosen here), so the file is still
//! checked by `syn` and means what the template wrote.

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};
use quote::ToTokens;
use syn::{File, Item};

/// The indent of a section, and one more for a bracketed list's entries.
const INDENT: &str = "    ";

/// `file` as text: inner attributes, then every item, a blank line between items (none
/// before a `use`, which stays beside the item it re-exports).
pub fn unparse(file: File) -> String {
    let mut out = String::new();
    if !file.attrs.is_empty() {
        out.push_str(&prettyplease::unparse(&File {
            shebang: None,
            frontmatter: None,
            attrs: file.attrs,
            items: Vec::new(),
        }));
    }
    let mut first = out.is_empty();
    for item in file.items {
        if !first && !matches!(item, Item::Use(_)) {
            out.push('\n');
        }
        first = false;
        match item {
            Item::Macro(m) if m.ident.is_none() && is_paren(&m.mac) => {
                for attr in &m.attrs {
                    out.push_str(&inline(attr.to_token_stream()));
                    out.push('\n');
                }
                macro_call(&m.mac, &mut out);
            }
            item => out.push_str(&prettyplease::unparse(&File {
                shebang: None,
                frontmatter: None,
                attrs: Vec::new(),
                items: vec![item],
            })),
        }
    }
    out
}

fn is_paren(mac: &syn::Macro) -> bool {
    matches!(mac.delimiter, syn::MacroDelimiter::Paren(_))
}

/// `path!(` then one line per section (see the module docs), then `);`.
fn macro_call(mac: &syn::Macro, out: &mut String) {
    out.push_str(&inline(mac.path.to_token_stream()));
    out.push_str("!(\n");
    let sections = split(mac.tokens.clone(), ';');
    let last = sections.len().saturating_sub(1);
    for (i, section) in sections.iter().enumerate() {
        // A trailing `;` leaves an empty last section: its `;` is already written.
        if section.is_empty() && i == last {
            continue;
        }
        match i {
            0 => {
                out.push_str(INDENT);
                out.push_str(&inline(section.iter().cloned().collect()));
            }
            _ => entries(section, INDENT, out),
        }
        if i < last {
            out.push(';');
        }
        out.push('\n');
    }
    out.push_str(");\n");
}

/// One section after the first, at `indent`: a bracketed list one entry per line, or the
/// section's `,`-separated entries one per line.
fn entries(section: &[TokenTree], indent: &str, out: &mut String) {
    if let [TokenTree::Ident(name), TokenTree::Group(g)] = section
        && g.delimiter() == Delimiter::Bracket
    {
        let items = split(g.stream(), ',');
        if items.iter().filter(|e| !e.is_empty()).count() > 1 {
            out.push_str(&format!("{indent}{name}[\n"));
            lines(&items, &format!("{indent}{INDENT}"), out);
            out.push('\n');
            out.push_str(indent);
            out.push(']');
            return;
        }
    }
    lines(&split(section.iter().cloned().collect(), ','), indent, out);
}

/// Entries one per line at `indent`, joined by `,` (a trailing comma kept where it was).
fn lines(items: &[Vec<TokenTree>], indent: &str, out: &mut String) {
    let last = items.len().saturating_sub(1);
    for (i, item) in items.iter().enumerate() {
        if item.is_empty() && i == last {
            continue;
        }
        if i > 0 {
            out.push('\n');
        }
        out.push_str(indent);
        out.push_str(&inline(item.iter().cloned().collect()));
        if i < last {
            out.push(',');
        }
    }
}

/// `tokens` split at top-level `sep` punctuation (never inside a group).
fn split(tokens: TokenStream, sep: char) -> Vec<Vec<TokenTree>> {
    let mut parts = vec![Vec::new()];
    for tt in tokens {
        match &tt {
            TokenTree::Punct(p) if p.as_char() == sep && p.spacing() == Spacing::Alone => {
                parts.push(Vec::new());
            }
            _ => {
                if let Some(part) = parts.last_mut() {
                    part.push(tt);
                }
            }
        }
    }
    parts
}

/// What was written last, for the spacing of what follows.
#[derive(Clone, Copy, PartialEq)]
enum Prev {
    /// Nothing yet, or just after an opening delimiter.
    Start,
    /// An identifier or literal.
    Word,
    /// A closing delimiter.
    Close,
    /// Punctuation, with whether a space follows it (`,`, `=`) or not (`::`, `.`, `&`).
    Op { space_after: bool },
}

/// `tokens` on one line, spaced as rustfmt would space them in an expression or type.
pub fn inline(tokens: TokenStream) -> String {
    let mut out = String::new();
    write_inline(tokens, &mut out, Prev::Start);
    out
}

fn write_inline(tokens: TokenStream, out: &mut String, mut prev: Prev) -> Prev {
    let mut iter = tokens.into_iter().peekable();
    while let Some(tt) = iter.next() {
        prev = match tt {
            TokenTree::Ident(i) => {
                space(out, prev, matches!(prev, Prev::Word | Prev::Close));
                out.push_str(&i.to_string());
                Prev::Word
            }
            TokenTree::Literal(l) => {
                space(out, prev, matches!(prev, Prev::Word | Prev::Close));
                out.push_str(&l.to_string());
                Prev::Word
            }
            TokenTree::Group(g) => {
                let (open, close) = match g.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::Brace => ("{", "}"),
                    Delimiter::None => ("", ""),
                };
                space(out, prev, false);
                out.push_str(open);
                write_inline(g.stream(), out, Prev::Start);
                out.push_str(close);
                Prev::Close
            }
            TokenTree::Punct(p) => {
                let mut op = p.as_char().to_string();
                let mut joint = p.spacing() == Spacing::Joint;
                while joint {
                    match iter.peek() {
                        Some(TokenTree::Punct(next)) => {
                            op.push(next.as_char());
                            joint = next.spacing() == Spacing::Joint;
                            iter.next();
                        }
                        // A lifetime's `'` is joint with the identifier after it.
                        _ => break,
                    }
                }
                let (before, after) = op_spacing(&op, prev);
                space(out, prev, before);
                out.push_str(&op);
                Prev::Op { space_after: after }
            }
        };
    }
    prev
}

/// Whether an operator wants a space before it (after what came before) and after it.
fn op_spacing(op: &str, prev: Prev) -> (bool, bool) {
    match op {
        "," | ";" | ":" => (false, true),
        "." | "!" | "?" | ">" | "<" => (false, false),
        // A path's `::`: attached to what it continues (`crate::x`), spaced after `=>` or `,`.
        "::" => (false, false),
        // Prefix operators: `&str`, `&'static str`, `#[…]`, `-1`.
        "&" | "'" | "#" | "-" | "*" => (true, false),
        _ => (true, prev != Prev::Start),
    }
}

/// Writes a space when `prev` asked for one after it, or `wanted` for what follows it.
fn space(out: &mut String, prev: Prev, wanted: bool) {
    let after_op = matches!(prev, Prev::Op { space_after: true });
    let word = matches!(prev, Prev::Word | Prev::Close);
    if after_op || (word && wanted) {
        out.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(src: &str) -> String {
        unparse(syn::parse_file(src).expect("valid Rust"))
    }

    #[test]
    fn paths_types_and_calls_are_spaced_like_rustfmt() {
        let cases = [
            (
                "crate :: ref_ :: UserStatusRow",
                "crate::ref_::UserStatusRow",
            ),
            ("email : & str", "email: &str"),
            ("x : & 'static str", "x: &'static str"),
            ("a = get ( 0 , A )", "a = get(0, A)"),
            ("\"dbo\" . \"User\"", "\"dbo\".\"User\""),
            (
                "\"FK\"(\"A\") => \"r\".\"T\"(\"B\")",
                "\"FK\"(\"A\") => \"r\".\"T\"(\"B\")",
            ),
            ("A(\"int\").default(\"-1\")", "A(\"int\").default(\"-1\")"),
            (
                "x : :: core :: option :: Option < i64 >",
                "x: ::core::option::Option<i64>",
            ),
            ("f(0; a: &[u8])", "f(0; a: &[u8])"),
            ("User[0] => crate::x::Y", "User[0] => crate::x::Y"),
            (
                "# [cfg (feature = \"serde\")]",
                "#[cfg(feature = \"serde\")]",
            ),
        ];
        for (tokens, want) in cases {
            let ts: TokenStream = tokens.parse().expect("tokens");
            assert_eq!(inline(ts), want, "{tokens}");
        }
    }

    #[test]
    fn macro_sections_are_laid_out_one_entry_per_line() {
        let got = layout(
            "::m::table_meta!(T = \"s\".\"t\"; columns[A(\"int\"), B(\"bit\").null()]; primary_key[\"PK\"(\"A\")]; uniques[]; list a, b; one x;); struct S;",
        );
        let want = "::m::table_meta!(
    T = \"s\".\"t\";
    columns[
        A(\"int\"),
        B(\"bit\").null()
    ];
    primary_key[\"PK\"(\"A\")];
    uniques[];
    list a,
    b;
    one x;
);

struct S;
";
        assert_eq!(got, want);
    }

    #[test]
    fn the_layout_keeps_every_token() {
        let src = "::m::record!(T, NewT; a = get(0, A), b = opt(1, B),; a, b); ::m::nav!(T[0] => crate::x::Y; f, \" doc\"; g, \" doc\");";
        let before: TokenStream = src.parse().expect("tokens");
        let after: TokenStream = layout(src).parse().expect("tokens");
        assert_eq!(before.to_string(), after.to_string());
    }

    #[test]
    fn items_are_separated_by_blank_lines_but_uses_stay_beside_their_module() {
        let got = layout("#![doc = \" x\"] pub mod a; pub use self::a::A; pub mod b;");
        assert_eq!(
            got,
            "//! x\n\npub mod a;\npub use self::a::A;\n\npub mod b;\n"
        );
    }
}
