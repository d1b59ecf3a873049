//! A service repository outside this workspace, as a new team would set one up: its own
//! schema.yaml with a `crate:` section, the crate `gen models` writes from it, and a service
//! crate that uses the generated structs, constants and SQL. It builds with gen-runtime by
//! path, by a `file://` git URL at a tag made in a temporary clone of this repository, and by
//! version with a `[patch]`; offline (the git form fetches only from the local clone, with a
//! proxy that refuses everything else), with this workspace's Cargo.lock and one shared target
//! directory. Renaming a column breaks the service's build, naming the column. Then the CI
//! gate (examples/ci/models-gate.sh) runs there: clean, drifted generated/, drifted database.

mod diff_common;
mod models_support;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use models_support::root;

/// The scratch repository's schema: diff_common's Shop schema, pinned to this gen, as crate
/// `shop-models` with `runtime` (a `crate.runtime` flow mapping, or nothing for the default).
fn schema(runtime: Option<&str>) -> String {
    let body = diff_common::SCHEMA
        .strip_prefix("gen: \"0.1\"\ndatabase: Shop\n")
        .expect("diff_common::SCHEMA starts with gen and database")
        .replace(
            "        description: Things for sale.\n",
            "        description: Things for sale.\n        lint:\n          - { rule: SOL007, reason: \"An example table without audit columns.\" }\n",
        );
    let runtime = runtime
        .map(|r| format!("  runtime: {r}\n"))
        .unwrap_or_default();
    format!(
        "gen: \"{}\"\ndatabase: Shop\ncrate:\n  name: shop-models\n  version: \"2.3.0\"\n  description: Shop models for the shop service.\n{runtime}{body}",
        env!("CARGO_PKG_VERSION")
    )
}

/// The service: generated structs (a field), constants, an enum and SQL text.
const SERVICE: &str = r#"//! A service on the generated crate.
use gen_runtime::{Dialect, Query, Table};
use shop_models::dbo::{Item, item::columns};
use shop_models::ref_::Status;

/// The column a search filters on, by its constant.
pub fn search_sql(dialect: Dialect) -> String {
    let meta = <Item as Table>::META;
    match dialect {
        Dialect::Postgres => format!("{} WHERE {} LIKE $1", Item::sql(dialect).select.as_str(), gen_runtime::quote_pg(columns::TITLE)),
        Dialect::Mssql => format!("SELECT {} FROM {}", gen_runtime::quote_mssql(columns::TITLE), meta.qualified_mssql()),
    }
}

/// A struct field and an enum.
pub fn label(item: &Item) -> String {
    format!("{} ({})", item.title, item.status_id.code())
}

/// Reference rows by ID.
pub fn open() -> i32 {
    Status::Open.id()
}
"#;

/// A scratch service repository in a temporary directory.
struct Repo {
    dir: tempfile::TempDir,
}

impl Repo {
    /// schema.yaml, the workspace manifest (with `patch`, a `[patch.crates-io]` body), the
    /// service crate (taking gen-runtime as `runtime_dep`, the text after `gen-runtime = `),
    /// and this workspace's Cargo.lock; then `gen models`.
    fn new(schema_text: &str, runtime_dep: &str, patch: Option<&str>) -> Repo {
        let dir = tempfile::tempdir().expect("temp dir");
        let p = dir.path();
        fs::write(p.join("schema.yaml"), schema_text).unwrap();
        let mut manifest =
            "[workspace]\nresolver = \"3\"\nmembers = [\"service\", \"generated\"]\n".to_string();
        if let Some(patch) = patch {
            manifest.push_str(&format!("\n[patch.crates-io]\n{patch}\n"));
        }
        fs::write(p.join("Cargo.toml"), manifest).unwrap();
        fs::create_dir_all(p.join("service/src")).unwrap();
        fs::write(
            p.join("service/Cargo.toml"),
            format!("[package]\nname = \"shop-service\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\nshop-models = {{ path = \"../generated\" }}\ngen-runtime = {runtime_dep}\n"),
        )
        .unwrap();
        fs::write(p.join("service/src/lib.rs"), SERVICE).unwrap();
        fs::copy(root().join("Cargo.lock"), p.join("Cargo.lock")).unwrap();
        let repo = Repo { dir };
        let out = repo.run_gen(&["models"]);
        assert!(out.status.success(), "gen models: {out:?}");
        repo
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Runs this workspace's `gen` in the repository.
    fn run_gen(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_gen"))
            .args(args)
            .current_dir(self.path())
            .env_remove("DATABASE_URL")
            .output()
            .expect("gen runs")
    }

    /// `cargo build` of the service (and so of the generated crate) with the shared target
    /// directory. `offline` false is for the git source: cargo then may fetch, but only the
    /// `file://` clone is reachable (every HTTP request goes to a proxy that is not there).
    fn build(&self, offline: bool, cargo_home: Option<&Path>) -> Output {
        let mut cmd = Command::new(env!("CARGO"));
        cmd.args(["build", "--quiet", "-p", "shop-service"])
            .current_dir(self.path())
            .env("CARGO_TARGET_DIR", shared_target())
            .env("RUSTFLAGS", "-D warnings")
            .env("CARGO_HTTP_PROXY", "http://127.0.0.1:9")
            .env("CARGO_NET_RETRY", "0");
        if offline {
            cmd.arg("--offline");
        }
        if let Some(home) = cargo_home {
            cmd.env("CARGO_HOME", home);
        }
        cmd.output().expect("cargo runs")
    }

    /// The generated Cargo.toml.
    fn manifest(&self) -> String {
        fs::read_to_string(self.path().join("generated/Cargo.toml")).unwrap()
    }
}

fn shared_target() -> PathBuf {
    root().join("target/gen-check/target")
}

fn text(out: &Output) -> String {
    format!(
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn crate_path(name: &str) -> String {
    root()
        .join(name)
        .canonicalize()
        .unwrap()
        .display()
        .to_string()
}

/// A throwaway CARGO_HOME sharing the real registry cache (so nothing is downloaded) but not
/// the real git cache (so the temporary clone leaves nothing behind).
fn cargo_home(inside: &Path) -> PathBuf {
    let real = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .expect("CARGO_HOME or HOME");
    let home = inside.join("cargo-home");
    fs::create_dir_all(&home).unwrap();
    std::os::unix::fs::symlink(real.join("registry"), home.join("registry")).unwrap();
    home
}

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git runs");
    assert!(out.status.success(), "git {args:?}: {}", text(&out));
}

#[test]
fn a_service_builds_on_each_runtime_source_and_breaks_on_a_rename() {
    // By path.
    let rt = crate_path("runtime");
    let sc = crate_path("sql-check");
    let by_path = format!("{{ path = \"{rt}\" }}");
    let repo = Repo::new(
        &schema(Some(&format!("{{ path: \"{rt}\" }}"))),
        &by_path,
        None,
    );
    let manifest = repo.manifest();
    assert!(manifest.contains("name = \"shop-models\""), "{manifest}");
    assert!(manifest.contains("version = \"2.3.0\""), "{manifest}");
    assert!(
        manifest.contains("description = \"Shop models for the shop service.\""),
        "{manifest}"
    );
    assert!(
        manifest.contains(&format!("gen-runtime = {by_path}")),
        "{manifest}"
    );
    let out = repo.build(true, None);
    assert!(out.status.success(), "by path: {}", text(&out));
    let check = repo.run_gen(&["models", "--check"]);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check));

    // By a git URL at a tag, made in a temporary clone of this repository (its HEAD).
    let scratch = tempfile::tempdir().unwrap();
    let clone = scratch.path().join("gen-repo");
    git(
        scratch.path(),
        &["clone", "--quiet", root().to_str().unwrap(), "gen-repo"],
    );
    let tag = format!("gen-v{}", env!("CARGO_PKG_VERSION"));
    git(&clone, &["tag", &tag]);
    let url = format!("file://{}", clone.display());
    let runtime = format!("{{ git: \"{url}\", tag: {tag} }}");
    let by_git = format!("{{ git = \"{url}\", tag = \"{tag}\" }}");
    let repo = Repo::new(&schema(Some(&runtime)), &by_git, None);
    assert!(
        repo.manifest().contains(&format!(
            "gen-runtime = {{ git = \"{url}\", tag = \"{tag}\" }}"
        )),
        "{}",
        repo.manifest()
    );
    let home = cargo_home(scratch.path());
    let out = repo.build(false, Some(&home));
    assert!(out.status.success(), "by git tag: {}", text(&out));
    let lock = fs::read_to_string(repo.path().join("Cargo.lock")).unwrap();
    assert!(lock.contains(&format!("git+{url}?tag={tag}#")), "{lock}");

    // By version (the default), with the [patch] a team uses before publishing.
    let repo = Repo::new(
        &schema(None),
        "\"=0.1.0\"",
        Some(&format!(
            "gen-runtime = {{ path = \"{rt}\" }}\nsql-check = {{ path = \"{sc}\" }}"
        )),
    );
    assert!(
        repo.manifest().contains(&format!(
            "gen-runtime = {{ version = \"={}\" }}",
            env!("CARGO_PKG_VERSION")
        )),
        "{}",
        repo.manifest()
    );
    let out = repo.build(true, None);
    assert!(out.status.success(), "by version + patch: {}", text(&out));
    assert_eq!(repo.run_gen(&["models", "--check"]).status.code(), Some(0));

    // Renaming a column breaks the service, naming it.
    let renamed = schema(None).replace("Title", "Heading");
    fs::write(repo.path().join("schema.yaml"), renamed).unwrap();
    let check = repo.run_gen(&["models", "--check"]);
    assert_eq!(check.status.code(), Some(1), "stale after the rename");
    assert!(repo.run_gen(&["models"]).status.success());
    let out = repo.build(true, None);
    assert!(!out.status.success(), "the rename must break the build");
    let err = text(&out);
    assert!(err.contains("TITLE"), "the constant is named: {err}");
    assert!(err.contains("title"), "the field is named: {err}");
}

/// The gate script of examples/ci, run as CI would run it.
fn gate(repo: &Repo, args: &[&str], env: &[(&str, &str)]) -> (i32, String) {
    let bin = Path::new(env!("CARGO_BIN_EXE_gen")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut cmd = Command::new("bash");
    cmd.arg(root().join("examples/ci/models-gate.sh"))
        .args(args)
        .current_dir(repo.path())
        .env("PATH", path)
        .env("CARGO_TARGET_DIR", shared_target())
        .env("CARGO_NET_OFFLINE", "true")
        .env_remove("DATABASE_URL")
        .env_remove("STAGING_DATABASE_URL")
        .env_remove("GEN_REPO");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("bash runs");
    (out.status.code().unwrap_or(-1), text(&out))
}

#[test]
fn the_ci_gate_passes_clean_and_fails_on_drift_with_the_documented_codes() {
    let rt = crate_path("runtime");
    let sc = crate_path("sql-check");
    let repo = Repo::new(
        &schema(None),
        "\"=0.1.0\"",
        Some(&format!(
            "gen-runtime = {{ path = \"{rt}\" }}\nsql-check = {{ path = \"{sc}\" }}"
        )),
    );
    let db = diff_common::shop_db("svc_gate");
    let envs = ["dev=DEV_DATABASE_URL", "staging=STAGING_DATABASE_URL"];
    let dev = [("DEV_DATABASE_URL", db.url())];

    // No baseline yet: exit 2, naming the command that records it; nothing is created.
    let (code, out) = gate(&repo, &envs, &dev);
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("skipping staging: STAGING_DATABASE_URL is not set"),
        "{out}"
    );
    assert!(
        out.contains(
            "--env dev=DEV_DATABASE_URL --schema schema.yaml --write-baseline drift-baseline.yaml"
        ),
        "{out}"
    );
    assert!(!repo.path().join("drift-baseline.yaml").exists());
    let out = Command::new(env!("CARGO_BIN_EXE_gen"))
        .args([
            "diff",
            "--env",
            "dev=DEV_DATABASE_URL",
            "--schema",
            "schema.yaml",
        ])
        .args(["--write-baseline", "drift-baseline.yaml"])
        .current_dir(repo.path())
        .env("DEV_DATABASE_URL", db.url())
        .output()
        .expect("gen runs");
    assert!(out.status.success(), "{}", text(&out));

    // Clean.
    let (code, out) = gate(&repo, &envs, &dev);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("generated/ is up to date"), "{out}");
    assert!(out.contains("no naming-standard findings"), "{out}");
    assert!(out.contains("in sync: schema.yaml matches dev"), "{out}");
    assert!(out.contains("models gate passed"), "{out}");
    // No secrets at all (a pull request from a fork): diff skipped, said so, exit 0.
    let (code, out) = gate(&repo, &envs, &[]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("gen diff skipped"), "{out}");

    // A drifted generated/: exit 1 before any database is read.
    let lib = repo.path().join("generated/src/lib.rs");
    let original = fs::read_to_string(&lib).unwrap();
    fs::write(&lib, format!("{original}// edited by hand\n")).unwrap();
    let (code, out) = gate(&repo, &envs, &dev);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("src/lib.rs"), "{out}");
    fs::write(&lib, original).unwrap();

    // An unreachable environment: exit 3.
    let (code, out) = gate(
        &repo,
        &envs,
        &[(
            "DEV_DATABASE_URL",
            "postgres://postgres@127.0.0.1:1/nowhere",
        )],
    );
    assert_eq!(code, 3, "{out}");

    // A drifted database (a column dropped: breaking): exit 1, naming it.
    db.execute_batch(r#"ALTER TABLE "dbo"."Item" DROP COLUMN "Notes""#)
        .expect("drop a column");
    let (code, out) = gate(&repo, &envs, &dev);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("dbo.Item.Notes"), "{out}");
}
