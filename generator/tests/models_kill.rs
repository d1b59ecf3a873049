//! A kill at any instant leaves the output whole: `gen models` is SIGKILLed at many points
//! while it replaces thousands of changed files, and after each kill the output directory
//! is exactly the old tree or the new one; the next run removes what the kill left beside it
//! and leaves exactly the new tree and nothing else.

#![cfg(unix)]

mod models_support;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use models_support::{fixture, gen_cmd, root};

/// Every file under `dir` with its bytes (a missing directory is an empty tree).
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = fs::read_dir(&d) else {
            continue;
        };
        for e in entries {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir).unwrap().display().to_string();
                out.insert(rel, fs::read(&p).unwrap());
            }
        }
    }
    out
}

/// Names in `dir` other than the schema files.
fn beside(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.ends_with(".yaml"))
        .collect();
    names.sort();
    names
}

fn models(dir: &Path, schema: &str) -> std::process::Output {
    gen_cmd(dir, &["models", "--schema", schema, "--out", "out"])
}

/// Starts `gen models` and waits until it has begun staging; returns the child and when.
fn start_until_staging(dir: &Path, schema: &str) -> (std::process::Child, Instant) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gen"))
        .args(["models", "--schema", schema, "--out", "out"])
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let staging = format!(".out.gen-staging-{}", child.id());
    loop {
        if dir.join(&staging).exists() {
            return (child, Instant::now());
        }
        if child.try_wait().unwrap().is_some() {
            panic!("gen models ended before it staged anything");
        }
        std::thread::sleep(Duration::from_micros(500));
    }
}

/// Tables in the synthetic schemas: enough that the write phase (two files a table) lasts long
/// enough to be hit mid-way by kills spread over it, few enough for a debug `gen` in CI.
const TABLES: usize = 1200;

/// Two synthetic schemas of [`TABLES`] tables that differ in every table's description.
fn schemas(dir: &Path) {
    let script = root().join("scripts/synth_schema.py");
    let out = Command::new("python3")
        .arg(&script)
        .args(["--tables", &TABLES.to_string(), "--columns", "2"])
        .output()
        .expect("python3 runs scripts/synth_schema.py");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let a = String::from_utf8(out.stdout).unwrap();
    let b = a.replace("Synthetic table ", "Synthetic table (v2) ");
    assert_ne!(a, b);
    fs::write(dir.join("a.yaml"), a).unwrap();
    fs::write(dir.join("b.yaml"), b).unwrap();
}

#[test]
fn a_kill_at_any_point_of_a_large_regeneration_leaves_the_old_or_the_new_tree() {
    let tmp = tempfile::tempdir_in(root().join("target")).unwrap();
    let dir = tmp.path();
    schemas(dir);
    let out = dir.join("out");
    assert!(models(dir, "a.yaml").status.success());
    let a = tree(&out);
    // One uninterrupted switch to b: how long its write phase takes.
    let (mut child, staged) = start_until_staging(dir, "b.yaml");
    assert!(child.wait().unwrap().success());
    let write_time = staged.elapsed();
    let b = tree(&out);
    let changed = a.iter().filter(|(k, v)| b.get(*k) != Some(v)).count();
    assert!(changed > TABLES, "only {changed} files change");
    let trees = [("a.yaml", &a), ("b.yaml", &b)];
    let kills = 10;
    let mut from = 1;
    let mut litter_seen = 0;
    for i in 0..kills {
        let (schema, new) = trees[1 - from];
        let (mut child, staged) = start_until_staging(dir, schema);
        // Spread over the write phase as the uninterrupted run measured it.
        let at = write_time.mul_f64(f64::from(i) / f64::from(kills - 1) * 0.95);
        std::thread::sleep(at.saturating_sub(staged.elapsed()));
        let _ = child.kill();
        let _ = child.wait();
        let now = tree(&out);
        assert!(
            now == a || now == b,
            "kill {i} at {at:?}: the output is neither the old nor the new tree ({} files)",
            now.len()
        );
        if beside(dir) != ["out"] {
            litter_seen += 1;
        }
        let next = models(dir, schema);
        assert!(
            next.status.success(),
            "{}",
            String::from_utf8_lossy(&next.stderr)
        );
        assert!(
            tree(&out) == *new,
            "after kill {i}, the next run left another tree"
        );
        assert_eq!(beside(dir), ["out"], "after kill {i}, litter is left");
        from = 1 - from;
    }
    // Timing varies with the machine's load; a third is enough to show kills land mid-write.
    assert!(
        litter_seen >= kills / 3,
        "kills should land mid-write ({litter_seen} of {kills} left a staging directory)"
    );
}

/// `features` generated into `dir/out`, and its tree.
fn features(dir: &Path) -> (PathBuf, BTreeMap<String, Vec<u8>>) {
    let schema = fixture("features").display().to_string();
    let run = models(dir, &schema);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    (dir.join("out"), tree(&dir.join("out")))
}

/// A process id that cannot be running (above Linux's largest pid_max).
const DEAD: u32 = 4_999_999;

#[test]
fn the_next_run_puts_back_an_old_tree_moved_aside_and_removes_litter() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let (out, old) = features(dir);
    // A run killed between moving the old tree aside and moving the new one in.
    fs::rename(&out, dir.join(format!(".out.gen-backup-{DEAD}"))).unwrap();
    fs::create_dir_all(dir.join(format!(".out.gen-staging-{DEAD}/src"))).unwrap();
    fs::write(
        dir.join(format!(".out.gen-staging-{DEAD}/src/x.rs")),
        "half",
    )
    .unwrap();
    let check = gen_cmd(
        dir,
        &[
            "models",
            "--schema",
            fixture("features").to_str().unwrap(),
            "--out",
            "out",
            "--check",
        ],
    );
    let stderr = String::from_utf8_lossy(&check.stderr);
    assert_eq!(check.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("moved") && stderr.contains("put it back"),
        "{stderr}"
    );
    assert_eq!(tree(&out), old);
    assert_eq!(beside(dir), ["out"]);
    // Litter of a live process is not touched.
    let live = dir.join(format!(".out.gen-staging-{}", std::process::id()));
    fs::create_dir_all(&live).unwrap();
    let (_, again) = features(dir);
    assert_eq!(again, old);
    assert!(
        live.exists(),
        "a running process's staging directory is left alone"
    );
}
