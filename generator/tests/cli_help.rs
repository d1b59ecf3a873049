//! The CLI contract: `gen --help` and every subcommand's help are snapshots, changed in the
//! same commit as the CLI and the README's CLI block; `gen --version` is the crate version
//! that release tags (`gen-vX.Y.Z`) name.

use std::process::Command;

/// The subcommands `gen --help` lists.
fn subcommands() -> Vec<String> {
    let help = gen_out(&["--help"]);
    let list = help
        .split("Commands:\n")
        .nth(1)
        .expect("a Commands section");
    list.lines()
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .map(str::to_owned)
        .collect()
}

fn gen_out(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_gen"))
        .args(args)
        .env_remove("DATABASE_URL")
        .env("COLUMNS", "100")
        .output()
        .expect("gen runs");
    assert!(out.status.success(), "gen {args:?}: {out:?}");
    String::from_utf8(out.stdout).expect("UTF-8 help")
}

#[test]
fn help_of_gen_and_every_subcommand() {
    insta::assert_snapshot!("gen_help", gen_out(&["--help"]));
    for sub in subcommands() {
        let name = format!("gen_{}_help", sub.replace('-', "_"));
        insta::assert_snapshot!(name, gen_out(&[&sub, "--help"]));
    }
}

#[test]
fn version_is_the_crate_version() {
    assert_eq!(
        gen_out(&["--version"]),
        format!("gen {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn the_readme_cli_block_lists_every_subcommand_and_flag() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md"))
        .expect("README.md");
    let start = readme.find("## The CLI").expect("a CLI section");
    let block = &readme[start..];
    let block = &block[block.find("```\n").expect("a code block") + 4..];
    let block = &block[..block.find("```").expect("closed")];
    for sub in subcommands() {
        let sub = sub.as_str();
        let line = block
            .lines()
            .position(|l| l.starts_with(&format!("gen {sub} ")))
            .unwrap_or_else(|| panic!("README CLI block has no `gen {sub}`"));
        // The subcommand's lines: its own and the indented continuation lines.
        let text: String = block
            .lines()
            .skip(line)
            .enumerate()
            .take_while(|(i, l)| *i == 0 || l.starts_with(' '))
            .map(|(_, l)| l)
            .collect();
        let help = gen_out(&[sub, "--help"]);
        for flag in help
            .split_whitespace()
            .filter(|w| w.starts_with("--") && *w != "--help")
        {
            let flag = flag.trim_end_matches(',');
            assert!(
                text.contains(flag),
                "README's `gen {sub}` lacks {flag} (gen {sub} --help has it)"
            );
        }
    }
}
