//! Finding SQL text for `gen check-sql`: `.sql` files whole, and in Rust sources every string
//! literal that is a statement naming the schema ([`sql_check::candidate`]), each with where
//! it starts so that a problem's position inside the SQL becomes a `file:line:column`.

use std::path::{Path, PathBuf};
use std::str::FromStr;

use proc_macro2::{TokenStream, TokenTree};
use sql_check::rust_lit::Decoded;

/// A piece of SQL text found in a file.
#[derive(Debug, Clone)]
pub struct Found {
    /// The SQL.
    pub sql: String,
    /// Where each character of a Rust literal's value sits in the literal's source; `None`
    /// for a `.sql` file (positions are the file's own).
    pub literal: Option<(Decoded, usize, usize)>,
}

impl Found {
    /// The file line and column (both from 1) of `line:column` inside the SQL.
    pub fn place(&self, line: u64, column: u64) -> (u64, u64) {
        match &self.literal {
            None => (line, column),
            Some((decoded, start_line, start_col)) => {
                let (dl, dc) = decoded.place_of(line, column);
                let file_line = *start_line as u64 + dl as u64;
                let file_col = if dl == 0 { start_col + dc } else { dc } as u64 + 1;
                (file_line, file_col)
            }
        }
    }
}

/// Every `.sql` and `.rs` file under `paths` (files as given; directories walked, leaving out
/// `target` and hidden directories), sorted.
pub fn files(paths: &[PathBuf]) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            walk(p, &mut out)?;
        } else {
            std::fs::metadata(p)?;
            out.push(p.clone());
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if path.is_dir() {
            if name != "target" && !name.starts_with('.') {
                walk(&path, out)?;
            }
        } else if name.ends_with(".sql") || name.ends_with(".rs") {
            out.push(path);
        }
    }
    Ok(())
}

/// The string literals of a Rust source, each with its line (from 1) and column (from 0,
/// characters), in source order; `None` when the file does not tokenize.
pub fn string_literals(source: &str) -> Option<Vec<(Decoded, usize, usize)>> {
    let tokens = TokenStream::from_str(source).ok()?;
    let lines: Vec<&str> = source.lines().collect();
    let mut out = Vec::new();
    collect(tokens, &lines, &mut out);
    Some(out)
}

fn collect(tokens: TokenStream, lines: &[&str], out: &mut Vec<(Decoded, usize, usize)>) {
    for t in tokens {
        match t {
            TokenTree::Group(g) => collect(g.stream(), lines, out),
            TokenTree::Literal(lit) => {
                let start = lit.span().start();
                // Doc comments arrive as literals too; only real string literals start with
                // a quote (or `r`) in the source.
                let first = lines
                    .get(start.line.saturating_sub(1))
                    .and_then(|l| l.chars().nth(start.column));
                if !matches!(first, Some('"' | 'r')) {
                    continue;
                }
                if let Some(d) = sql_check::rust_lit::decode(&lit.to_string()) {
                    out.push((d, start.line, start.column));
                }
            }
            _ => {}
        }
    }
}
