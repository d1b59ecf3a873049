//! The guide inside the generated crate: its "how do I" examples compile as `no_run`
//! doctests, and rustdoc accepts the whole crate (the guide module and the struct docs that
//! link into it and to related tables) with warnings denied, also for the hostile fixture.

mod models_support;

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use generator::render;
use models_support::{Scratch, assert_ok, root};

/// A scratch workspace holding the crate generated from `schema`.
fn scratch_for(name: &str, schema: &Path) -> Scratch {
    let db = match generator::pipeline::load_schema(schema) {
        Ok(loaded) => loaded.db,
        Err(e) => panic!("{} does not load:\n{e}", schema.display()),
    };
    let files = render::render(&db, None).unwrap_or_else(|e| panic!("{e}"));
    let scratch = Scratch::new(name);
    for (rel, text) in &files {
        let path = scratch.out().join(rel);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).unwrap();
        }
        fs::write(path, text).unwrap();
    }
    scratch
}

fn cargo(scratch: &Scratch, args: &[&str]) -> Output {
    Command::new(env!("CARGO"))
        .args(args)
        .args(["--offline", "-p", "models"])
        .current_dir(&scratch.dir)
        .env("CARGO_TARGET_DIR", root().join("target/gen-check/target"))
        .env("RUSTDOCFLAGS", "-D warnings")
        .output()
        .expect("cargo runs")
}

#[test]
fn the_guide_examples_compile_as_doctests() {
    let scratch = scratch_for("docs_doctests", &root().join("schema.yaml"));
    // The examples run queries, which exist only with a driver feature (the guide says so).
    let out = cargo(&scratch, &["test", "--doc", "--features", "postgres"]);
    assert_ok(&out, "cargo test --doc on the generated crate");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("running 3 tests") && stdout.contains("3 passed"),
        "the three examples ran as doctests:\n{stdout}"
    );
}

#[test]
fn rustdoc_accepts_the_guide_and_struct_links() {
    for (name, schema) in [
        ("docs_rustdoc", root().join("schema.yaml")),
        (
            "docs_rustdoc_hostile",
            root().join("generator/tests/fixtures/hostile/schema.yaml"),
        ),
    ] {
        let scratch = scratch_for(name, &schema);
        assert_ok(&cargo(&scratch, &["doc", "--no-deps"]), name);
        if name == "docs_rustdoc" {
            struct_page_shows_columns_and_keys();
        }
    }
}

/// The struct page of `dbo.User` lists its columns (name, SQL type, nullability, default)
/// and its keys, from the one multi-line doc attribute on the struct.
fn struct_page_shows_columns_and_keys() {
    let page = root().join("target/gen-check/target/doc/models/dbo/user/struct.User.html");
    let html = fs::read_to_string(&page).unwrap_or_else(|e| panic!("{}: {e}", page.display()));
    for want in [
        "<table>",
        "<code>UserID</code>",
        "<code>bigint identity</code>",
        "<code>nvarchar(255)</code>",
        "<code>GETUTCDATE()</code>",
        "primary key <code>PK_User</code>",
        "unique <code>UQ_User_Email</code>",
        "foreign key <code>FK_User_UserStatus</code>",
    ] {
        assert!(html.contains(want), "{} lacks {want:?}", page.display());
    }
}
