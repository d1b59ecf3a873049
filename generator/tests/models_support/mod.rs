//! Shared by the `models_*` tests: fixtures, running `gen`, and compiling generated crates in
//! one shared scratch target directory (`target/gen-check`) with the workspace's Cargo.lock.

#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use generator::ir::Database;

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// `generator/tests/fixtures/<case>/schema.yaml`.
pub fn fixture(case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(case)
        .join("schema.yaml")
}

/// The fixture loaded, validated and named.
pub fn load(case: &str) -> Database {
    match generator::pipeline::load_schema(&fixture(case)) {
        Ok(loaded) => loaded.db,
        Err(e) => panic!("fixture {case} does not load:\n{e}"),
    }
}

/// Runs the `gen` binary in `cwd`.
pub fn gen_cmd(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gen"))
        .args(args)
        .current_dir(cwd)
        .env_remove("DATABASE_URL")
        .output()
        .expect("gen runs")
}

/// A scratch workspace under `target/gen-check/ws/<name>`: the runtime crate, a `generated/`
/// directory and any extra member crates.
pub struct Scratch {
    /// Its directory.
    pub dir: PathBuf,
    members: Vec<String>,
}

impl Scratch {
    /// A fresh scratch workspace.
    pub fn new(name: &str) -> Scratch {
        let dir = root().join("target/gen-check/ws").join(name);
        let _ = fs::remove_dir_all(&dir);
        // The hand-written crates generated code depends on: the runtime, and the SQL
        // checker behind the macro crate.
        for krate in ["runtime", "sql-check"] {
            copy_tree(&root().join(krate), &dir.join(krate));
        }
        fs::copy(root().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
        let scratch = Scratch {
            dir,
            members: vec![
                "generated".into(),
                "generated/macros".into(),
                "runtime".into(),
                "sql-check".into(),
            ],
        };
        scratch.write_manifest();
        scratch
    }

    /// The generated crate's directory.
    pub fn out(&self) -> PathBuf {
        self.dir.join("generated")
    }

    /// Adds a member crate `name` depending on the generated crate, with `lib` as its lib.rs.
    pub fn add_user(&mut self, name: &str, lib: &str) {
        let deps =
            "models = { path = \"../generated\" }\ngen-runtime = { path = \"../runtime\" }\n";
        self.add_member(name, deps, "lib.rs", lib);
    }

    /// Adds feature `name` to member `crate_name`, enabling `deps` (`models/postgres`).
    pub fn add_feature(&mut self, crate_name: &str, name: &str, deps: &[&str]) {
        let path = self.dir.join(crate_name).join("Cargo.toml");
        let mut text = fs::read_to_string(&path).unwrap();
        let list: Vec<String> = deps.iter().map(|d| format!("\"{d}\"")).collect();
        text.push_str(&format!("\n[features]\n{name} = [{}]\n", list.join(", ")));
        fs::write(path, text).unwrap();
    }

    /// Adds a library member `name` with `deps` (a `[dependencies]` body) and `lib` as its
    /// lib.rs.
    pub fn add_lib(&mut self, name: &str, deps: &str, lib: &str) {
        self.add_member(name, deps, "lib.rs", lib);
    }

    /// Adds a binary member `name` with `deps` (a `[dependencies]` body) and `main` as its
    /// main.rs.
    pub fn add_bin(&mut self, name: &str, deps: &str, main: &str) {
        self.add_member(name, deps, "main.rs", main);
    }

    fn add_member(&mut self, name: &str, deps: &str, file: &str, body: &str) {
        let d = self.dir.join(name);
        fs::create_dir_all(d.join("src")).unwrap();
        let manifest = format!(
            "[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\n{deps}"
        );
        fs::write(d.join("Cargo.toml"), manifest).unwrap();
        fs::write(d.join("src").join(file), body).unwrap();
        self.members.push(name.into());
        self.write_manifest();
    }

    /// `cargo run -p <name>` in the shared scratch target directory, with `env` set.
    pub fn run(&self, name: &str, env: &[(&str, &str)]) -> Output {
        let mut cmd = Command::new(env!("CARGO"));
        cmd.args(["run", "--offline", "--quiet", "-p", name])
            .current_dir(&self.dir)
            .env("CARGO_TARGET_DIR", root().join("target/gen-check/target"));
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.output().expect("cargo runs")
    }

    /// Adds the generated crate in `from` as member `name`, its package renamed `models_<name>`
    /// so that several generated crates build in one workspace (and one cargo run).
    pub fn add_generated(&mut self, name: &str, from: &Path) {
        let dest = self.dir.join(name);
        copy_dir(from, &dest);
        let manifest = dest.join("Cargo.toml");
        let text = fs::read_to_string(&manifest).unwrap();
        let renamed = text.replacen("name = \"models\"", &format!("name = \"models_{name}\""), 1);
        // Its macro crate too, or the workspace would hold two `models-macros`.
        let renamed = renamed.replacen(
            "models-macros = { path = \"macros\"",
            &format!("models-macros = {{ package = \"models_{name}-macros\", path = \"macros\""),
            1,
        );
        fs::write(manifest, renamed).unwrap();
        let macros = dest.join("macros/Cargo.toml");
        if let Ok(text) = fs::read_to_string(&macros) {
            let renamed = text.replacen(
                "name = \"models-macros\"",
                &format!("name = \"models_{name}-macros\""),
                1,
            );
            fs::write(macros, renamed).unwrap();
        }
        self.members.push(name.into());
        self.write_manifest();
    }

    /// `cargo check --workspace --all-features` with warnings denied.
    pub fn check_all_features(&self) -> Output {
        Command::new(env!("CARGO"))
            .args([
                "check",
                "--offline",
                "--workspace",
                "--quiet",
                "--all-features",
            ])
            .current_dir(&self.dir)
            .env("CARGO_TARGET_DIR", root().join("target/gen-check/target"))
            .env("RUSTFLAGS", "-D warnings")
            .output()
            .expect("cargo runs")
    }

    fn write_manifest(&self) {
        let members: Vec<String> = self.members.iter().map(|m| format!("\"{m}\"")).collect();
        let text = format!(
            "[workspace]\nresolver = \"3\"\nmembers = [{}]\n\n[workspace.package]\n{}\n# A crate without `crate.runtime` asks for gen-runtime (and sql-check) by version; these copies stand in,\n# as in a service repository before gen-runtime is published.\n[patch.crates-io]\ngen-runtime = {{ path = \"runtime\" }}\nsql-check = {{ path = \"sql-check\" }}\n",
            members.join(", "),
            workspace_package()
        );
        fs::write(self.dir.join("Cargo.toml"), text).unwrap();
    }

    /// `cargo check` of what `args` select (`--workspace`, `-p x`, features) with warnings
    /// denied, going on past failing crates, one line per message (`file:line:col: error…`):
    /// for builds that must fail where a test says.
    pub fn check_short(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO"))
            .args([
                "check",
                "--offline",
                "--keep-going",
                "--message-format",
                "short",
            ])
            .args(args)
            .current_dir(&self.dir)
            .env("CARGO_TARGET_DIR", root().join("target/gen-check/target"))
            .env("RUSTFLAGS", "-D warnings")
            .output()
            .expect("cargo runs")
    }

    /// `cargo check --workspace` with warnings denied; `features` are the generated crate's.
    pub fn check(&self, features: &[&str]) -> Output {
        let mut cmd = Command::new(env!("CARGO"));
        cmd.args(["check", "--offline", "--workspace", "--quiet"])
            .current_dir(&self.dir)
            .env("CARGO_TARGET_DIR", root().join("target/gen-check/target"))
            .env("RUSTFLAGS", "-D warnings");
        if !features.is_empty() {
            cmd.arg("--features").arg(
                features
                    .iter()
                    .map(|f| format!("models/{f}"))
                    .collect::<Vec<_>>()
                    .join(","),
            );
        }
        cmd.output().expect("cargo runs")
    }
}

/// Copies a crate's Cargo.toml and src/ (recursively).
fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    fs::copy(from.join("Cargo.toml"), to.join("Cargo.toml")).unwrap();
    copy_dir(&from.join("src"), &to.join("src"));
}

/// The workspace's own `[workspace.package]` table (which gen-runtime's manifest inherits from).
pub fn workspace_package() -> String {
    let text = fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let start = text.find("[workspace.package]\n").unwrap() + "[workspace.package]\n".len();
    let len = text[start..].find("\n[").unwrap_or(text.len() - start);
    text[start..start + len].trim_end().to_string()
}

/// Panics with cargo's output unless it succeeded.
pub fn assert_ok(out: &Output, what: &str) {
    assert!(
        out.status.success(),
        "{what} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Copies a directory tree.
pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let dest = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &dest);
        } else {
            fs::copy(&path, &dest).unwrap();
        }
    }
}
