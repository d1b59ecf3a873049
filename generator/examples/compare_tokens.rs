//! Compares two generated crates as parsed tokens, whitespace and doc attributes ignored:
//! `cargo run -q -p generator --example compare_tokens -- OLD_DIR NEW_DIR`, or
//! `scripts/compare_generated.sh REV` (the crate at a commit against `generated/`).
//!
//! Every `.rs` file of either crate is parsed with `syn`; doc attributes (`///`, `/** */`,
//! `#[doc = …]`, `#![doc = …]`) are removed everywhere; then each item's tokens are compared.
//! Prints every item that differs (old and new tokens), every file only one side has, and a
//! count; exits 1 when anything differs, so a layout-only change shows as no output. Other
//! files (Cargo.toml, MODELS.md, erd.svg) are compared as text, line by line.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use proc_macro2::{Group, TokenStream, TokenTree};
use quote::ToTokens;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [old, new] = args.as_slice() else {
        eprintln!("usage: compare_tokens OLD_DIR NEW_DIR");
        return ExitCode::from(2);
    };
    match compare(Path::new(old), Path::new(new)) {
        Ok(0) => {
            println!("no difference in tokens (whitespace and docs ignored)");
            ExitCode::SUCCESS
        }
        Ok(n) => {
            println!("{n} difference(s)");
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn compare(old: &Path, new: &Path) -> Result<usize, String> {
    let mut paths = BTreeSet::new();
    files(old, old, &mut paths)?;
    files(new, new, &mut paths)?;
    let mut differences = 0;
    for rel in paths {
        let (a, b) = (read(&old.join(&rel)), read(&new.join(&rel)));
        let shown = rel.display();
        match (a, b) {
            (Some(a), Some(b)) if rel.extension().is_some_and(|e| e == "rs") => {
                differences += compare_rust(&shown.to_string(), &a, &b)?;
            }
            (Some(a), Some(b)) => {
                if a != b {
                    differences += 1;
                    println!("== {shown}: text differs");
                    for change in similar::TextDiff::from_lines(&a, &b).iter_all_changes() {
                        if change.tag() != similar::ChangeTag::Equal {
                            print!("{}{}", change.tag(), change);
                        }
                    }
                }
            }
            (Some(_), None) => {
                differences += 1;
                println!("== {shown}: only in {}", old.display());
            }
            (None, Some(_)) => {
                differences += 1;
                println!("== {shown}: only in {}", new.display());
            }
            (None, None) => {}
        }
    }
    Ok(differences)
}

fn compare_rust(path: &str, a: &str, b: &str) -> Result<usize, String> {
    let a = items(path, a)?;
    let b = items(path, b)?;
    let mut differences = 0;
    let (sa, sb): (Vec<&str>, Vec<&str>) = (
        a.iter().map(String::as_str).collect(),
        b.iter().map(String::as_str).collect(),
    );
    let diff = similar::TextDiff::from_slices(&sa, &sb);
    for op in diff.ops() {
        let (old, new) = (op.old_range(), op.new_range());
        if matches!(op.tag(), similar::DiffTag::Equal) {
            continue;
        }
        differences += 1;
        println!("== {path}: items {old:?} → {new:?}");
        for item in &a[old] {
            println!("- {item}");
        }
        for item in &b[new] {
            println!("+ {item}");
        }
    }
    Ok(differences)
}

/// The file's inner attributes and items as token text, doc attributes removed.
fn items(path: &str, text: &str) -> Result<Vec<String>, String> {
    let file = syn::parse_file(text).map_err(|e| format!("{path}: {e}"))?;
    let attrs = file.attrs.iter().map(|a| a.to_token_stream());
    let items = file.items.iter().map(|i| i.to_token_stream());
    Ok(attrs
        .chain(items)
        .map(strip_docs)
        .map(|t| t.to_string())
        .filter(|t| !t.is_empty())
        .collect())
}

/// `tokens` without any `#[doc …]` / `#![doc …]` attribute, at any depth.
fn strip_docs(tokens: TokenStream) -> TokenStream {
    let tts: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = Vec::with_capacity(tts.len());
    let mut i = 0;
    while let Some(tt) = tts.get(i) {
        if let TokenTree::Punct(p) = tt
            && p.as_char() == '#'
        {
            let bang = matches!(tts.get(i + 1), Some(TokenTree::Punct(b)) if b.as_char() == '!');
            let at = i + 1 + usize::from(bang);
            if let Some(TokenTree::Group(g)) = tts.get(at)
                && matches!(g.stream().into_iter().next(), Some(TokenTree::Ident(d)) if d == "doc")
            {
                i = at + 1;
                continue;
            }
        }
        out.push(match tt {
            TokenTree::Group(g) => {
                let mut inner = Group::new(g.delimiter(), strip_docs(g.stream()));
                inner.set_span(g.span());
                TokenTree::Group(inner)
            }
            other => other.clone(),
        });
        i += 1;
    }
    out.into_iter().collect()
}

fn read(path: &Path) -> Option<String> {
    std::fs::read_to_string(path).ok()
}

fn files(root: &Path, dir: &Path, out: &mut BTreeSet<PathBuf>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        if path.is_dir() {
            files(root, &path, out)?;
        } else if let Ok(rel) = path.strip_prefix(root) {
            out.insert(rel.to_path_buf());
        }
    }
    Ok(())
}
