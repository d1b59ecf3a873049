//! All-or-nothing output: stale generated files go, other files stay, a failure changes
//! nothing, and unchanged files are not rewritten.

mod models_support;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use models_support::{fixture, gen_cmd};

/// Every file under `dir` with its bytes and modification time.
fn snapshot(dir: &Path) -> BTreeMap<String, (Vec<u8>, std::time::SystemTime)> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir).unwrap().display().to_string();
                out.insert(
                    rel,
                    (
                        fs::read(&p).unwrap(),
                        fs::metadata(&p).unwrap().modified().unwrap(),
                    ),
                );
            }
        }
    }
    out
}

fn generate(dir: &Path, extra: &[&str]) -> std::process::Output {
    let schema = fixture("features");
    let mut args = vec![
        "models",
        "--schema",
        schema.to_str().unwrap(),
        "--out",
        "out",
    ];
    args.extend_from_slice(extra);
    gen_cmd(dir, &args)
}

#[test]
fn stale_generated_files_are_removed_and_others_kept() {
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(generate(tmp.path(), &[]).status.code(), Some(0));
    let out = tmp.path().join("out");
    fs::create_dir_all(out.join("src/gone")).unwrap();
    fs::write(
        out.join("src/gone/old.rs"),
        "// @generated from schema.yaml by `gen`. x\n",
    )
    .unwrap();
    fs::write(out.join("README.md"), "hand-written\n").unwrap();
    let check = generate(tmp.path(), &["--check"]);
    assert_eq!(check.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&check.stdout).contains("would remove: out/src/gone/old.rs"));
    assert_eq!(generate(tmp.path(), &[]).status.code(), Some(0));
    assert!(
        !out.join("src/gone").exists(),
        "the stale file and its emptied folder are gone"
    );
    assert!(
        out.join("README.md").exists(),
        "a file without the header is never deleted"
    );
    // The hand-written file is reported by --check, since gen models would leave it there.
    let check = generate(tmp.path(), &["--check"]);
    assert_eq!(check.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&check.stdout);
    assert!(stdout.contains("not generated: out/README.md"), "{stdout}");
    assert!(!stdout.contains("would"), "nothing else differs: {stdout}");
}

#[test]
fn a_file_in_the_way_that_gen_did_not_write_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    fs::create_dir_all(tmp.path().join("out/src")).unwrap();
    fs::write(tmp.path().join("out/src/lib.rs"), "// mine\n").unwrap();
    let before = snapshot(&tmp.path().join("out"));
    let run = generate(tmp.path(), &[]);
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("was not written by `gen`"));
    assert_eq!(snapshot(&tmp.path().join("out")), before);
}

#[test]
fn a_new_directory_is_created_whole_with_nothing_left_beside_it() {
    let tmp = tempfile::tempdir().unwrap();
    let run = generate(tmp.path(), &[]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let beside: Vec<_> = fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(beside, ["out"], "no staging directory left");
    let files = snapshot(&tmp.path().join("out"));
    assert!(
        files.contains_key("Cargo.toml") && files.contains_key("src/lib.rs"),
        "{:?}",
        files.keys()
    );
    assert_eq!(generate(tmp.path(), &["--check"]).status.code(), Some(0));
}

#[test]
fn a_template_failure_leaves_the_directory_exactly_as_it_was() {
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(generate(tmp.path(), &[]).status.code(), Some(0));
    let schema = tmp.path().join("schema.yaml");
    let yaml = fs::read_to_string(fixture("features")).unwrap();
    fs::write(&schema, yaml.replace("IsEmailVerified", "IsEmailConfirmed")).unwrap();
    let templates = tmp.path().join("templates");
    fs::create_dir_all(&templates).unwrap();
    fs::write(
        templates.join("columns.rs.j2"),
        "pub mod columns { this is not rust }\n",
    )
    .unwrap();
    let before = snapshot(&tmp.path().join("out"));
    let args = [
        "models",
        "--schema",
        "schema.yaml",
        "--out",
        "out",
        "--templates",
        "templates",
    ];
    let run = gen_cmd(tmp.path(), &args);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("template `columns.rs.j2`")
            && stderr.contains("line 1 produced invalid Rust"),
        "{stderr}"
    );
    assert_eq!(snapshot(&tmp.path().join("out")), before, "nothing changed");
    let leftovers: Vec<_> = fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        leftovers.len(),
        3,
        "no staging or backup directory left: {leftovers:?}"
    );
}

#[test]
fn only_changed_files_are_rewritten_and_output_is_stable_across_runs() {
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(generate(tmp.path(), &[]).status.code(), Some(0));
    let first = snapshot(&tmp.path().join("out"));
    std::thread::sleep(std::time::Duration::from_millis(20));
    let again = gen_cmd(
        tmp.path(),
        &[
            "models",
            "--schema",
            fixture("features").to_str().unwrap(),
            "--out",
            "out",
        ],
    );
    assert_eq!(again.status.code(), Some(0));
    assert_eq!(
        snapshot(&tmp.path().join("out")),
        first,
        "same bytes, and no file rewritten"
    );
    let other = tempfile::tempdir().unwrap();
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_gen"));
    cmd.args([
        "models",
        "--schema",
        fixture("features").to_str().unwrap(),
        "--out",
        "out",
    ])
    .current_dir(other.path())
    .env("LC_ALL", "tr_TR.UTF-8")
    .env("TZ", "Pacific/Chatham");
    assert!(cmd.output().unwrap().status.success());
    let bytes =
        |s: BTreeMap<String, (Vec<u8>, std::time::SystemTime)>| -> BTreeMap<String, Vec<u8>> {
            s.into_iter().map(|(k, (b, _))| (k, b)).collect()
        };
    assert_eq!(
        bytes(snapshot(&other.path().join("out"))),
        bytes(first),
        "identical in another dir, locale and zone"
    );
}
