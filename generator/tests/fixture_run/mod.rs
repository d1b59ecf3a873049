//! Runs the real `gen lint` on fixture files and checks them against their `.expected` sidecar:
//! `exit N` on the first line, then `at LINE:COLUMN <message fragment>` lines, each of which
//! must match one printed line that starts with `<file>:LINE:COLUMN: ` and contains the fragment.

use std::path::{Path, PathBuf};
use std::process::Command;

/// One fixture and what `gen lint` must say about it.
pub struct Case {
    /// The schema file.
    pub path: PathBuf,
    /// Expected exit code.
    pub exit: i32,
    /// `(line:column, fragment)` pairs.
    pub at: Vec<(String, String)>,
}

/// Every `*.yaml` with a `.expected` sidecar under `tests/fixtures/<dir>`, sorted by name.
pub fn cases(dir: &str) -> Vec<Case> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures")
        .join(dir);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "expected"))
        .collect();
    paths.sort();
    paths.iter().map(|p| parse(p)).collect()
}

fn parse(expected: &Path) -> Case {
    let text =
        std::fs::read_to_string(expected).unwrap_or_else(|e| panic!("{}: {e}", expected.display()));
    let mut lines = text.lines();
    let exit = lines
        .next()
        .and_then(|l| l.strip_prefix("exit "))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{}: first line must be `exit N`", expected.display()));
    let at = lines
        .filter_map(|l| l.strip_prefix("at "))
        .map(|l| {
            l.split_once(' ')
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .expect("at L:C fragment")
        })
        .collect();
    Case {
        path: expected.with_extension("yaml"),
        exit,
        at,
    }
}

/// Runs `gen lint --schema <path>`: exit code, stdout, stderr.
pub fn gen_lint(path: &Path) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_gen"))
        .args(["lint", "--schema"])
        .arg(path)
        .output()
        .expect("run gen");
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (
        out.status.code().unwrap_or(-1),
        text(&out.stdout),
        text(&out.stderr),
    )
}

/// Checks every case, with `prefix` after the location (`error: ` for input errors), and
/// returns one message per mismatch so a run shows every broken fixture at once.
pub fn check_all(cases: &[Case], prefix: &str, use_stderr: bool) -> Vec<String> {
    let mut failures = Vec::new();
    for case in cases {
        let (code, stdout, stderr) = gen_lint(&case.path);
        let name = case
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if code != case.exit {
            failures.push(format!(
                "{name}: exit {code}, expected {}\n{stdout}{stderr}",
                case.exit
            ));
            continue;
        }
        let output = if use_stderr { &stderr } else { &stdout };
        let entries = entries(output);
        for (lc, fragment) in &case.at {
            let start = format!("{}:{lc}: {prefix}", case.path.display());
            if !entries
                .iter()
                .any(|l| l.starts_with(&start) && l.contains(fragment.as_str()))
            {
                failures.push(format!(
                    "{name}: no line `{start}…{fragment}…` in:\n{output}"
                ));
            }
        }
    }
    failures
}

/// Printed diagnostics, each joined with its `help:` line.
fn entries(output: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in output.lines() {
        match out.last_mut() {
            Some(last) if line.starts_with("  help:") => last.push_str(line),
            _ => out.push(line.to_string()),
        }
    }
    out
}
