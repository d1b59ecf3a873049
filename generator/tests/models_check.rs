//! `gen models --check` on a renamed column: exit 1, a diff naming the column, nothing
//! written; and a service using the old constant stops compiling once regenerated.

mod models_support;

use std::fs;

use models_support::{Scratch, assert_ok, gen_cmd, root};

fn text(out: &std::process::Output) -> (String, String) {
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_repository_crate_is_up_to_date() {
    let out = gen_cmd(&root(), &["models", "--check"]);
    let (stdout, stderr) = text(&out);
    assert_eq!(
        out.status.code(),
        Some(0),
        "generated/ is stale; run `gen models`:\n{stdout}{stderr}"
    );
}

#[test]
fn renaming_a_column_is_drift_and_breaks_services_that_use_the_old_name() {
    let mut scratch = Scratch::new("rename");
    let schema = scratch.dir.join("schema.yaml");
    fs::copy(root().join("schema.yaml"), &schema).unwrap();
    let first = gen_cmd(&scratch.dir, &["models"]);
    assert_eq!(first.status.code(), Some(0), "{:?}", text(&first));
    scratch.add_user(
        "uses_old_name",
        "//! A service naming a column through its constant.\n\n/// The verified flag's SQL name.\npub const COLUMN: &str = models::dbo::user::columns::IS_EMAIL_VERIFIED;\n",
    );
    assert_ok(&scratch.check(&[]), "cargo check before the rename");

    let yaml = fs::read_to_string(&schema).unwrap();
    fs::write(&schema, yaml.replace("IsEmailVerified", "IsEmailConfirmed")).unwrap();
    let before = fs::read_to_string(scratch.out().join("src/dbo/user.rs")).unwrap();
    let check = gen_cmd(&scratch.dir, &["models", "--check"]);
    let (stdout, _) = text(&check);
    assert_eq!(check.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("--- a/generated/src/dbo/user.rs"),
        "{stdout}"
    );
    assert!(
        stdout.contains("-    pub const IS_EMAIL_VERIFIED: &str = \"IsEmailVerified\";"),
        "{stdout}"
    );
    assert!(
        stdout.contains("+    pub const IS_EMAIL_CONFIRMED: &str = \"IsEmailConfirmed\";"),
        "{stdout}"
    );
    assert!(
        stdout
            .trim_end()
            .ends_with("run `gen models` to regenerate it"),
        "{stdout}"
    );
    assert_eq!(
        fs::read_to_string(scratch.out().join("src/dbo/user.rs")).unwrap(),
        before,
        "--check wrote"
    );

    let regen = gen_cmd(&scratch.dir, &["models"]);
    assert_eq!(regen.status.code(), Some(0), "{:?}", text(&regen));
    let broken = scratch.check(&[]);
    let (_, stderr) = text(&broken);
    assert!(!broken.status.success(), "the service still compiles");
    assert!(stderr.contains("IS_EMAIL_VERIFIED"), "{stderr}");
}
