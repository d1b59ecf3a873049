//! Files a user writes, through the real `gen` binary: a schema file that is not UTF-8 is
//! located at its first bad byte; a `--templates` directory that does not exist, or a file
//! in it that names no template, is refused, and invalid Rust names the template line; `gen models --check` reports a hand-added file
//! under the output directory (and `gen models` leaves it there).

mod models_support;

use std::fs;

use models_support::{fixture, gen_cmd};

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn a_schema_file_that_is_not_utf8_names_the_line_and_column_of_the_first_bad_byte() {
    let tmp = tempfile::tempdir().unwrap();
    let mut bytes = b"gen: \"0.1\"\ndatabase: D\ndescription: Caf".to_vec();
    bytes.push(0xE9); // é in Latin-1
    bytes.extend_from_slice(b" au lait\nschemas: []\n");
    fs::write(tmp.path().join("schema.yaml"), &bytes).unwrap();
    let out = gen_cmd(tmp.path(), &["lint"]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(
            "schema.yaml:3:17: error: the file is not UTF-8: byte 0xE9 here starts no UTF-8 character"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("save the file as UTF-8"), "{stderr}");
    // UTF-16, as some editors save by default.
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("gen: \"0.1\"\n".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    fs::write(tmp.path().join("schema.yaml"), utf16).unwrap();
    let out = gen_cmd(tmp.path(), &["models", "--check"]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("schema.yaml:1:1: error: the file is not UTF-8 (it looks like UTF-16)"),
        "{stderr}"
    );
}

fn models_with_templates(dir: &std::path::Path, templates: &str) -> std::process::Output {
    let schema = fixture("features").display().to_string();
    gen_cmd(
        dir,
        &[
            "models",
            "--schema",
            &schema,
            "--out",
            "out",
            "--templates",
            templates,
        ],
    )
}

#[test]
fn a_templates_directory_gen_would_not_use_is_an_error_naming_it() {
    let tmp = tempfile::tempdir().unwrap();
    let out = models_with_templates(tmp.path(), "no-such-dir");
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("--templates no-such-dir: no such directory"),
        "{stderr}"
    );
    assert!(!tmp.path().join("out").exists(), "nothing generated");
    let dir = tmp.path().join("tpl");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("colums.rs.j2"), "pub mod columns {}\n").unwrap();
    fs::write(dir.join("notes.txt"), "mine\n").unwrap();
    let out = models_with_templates(tmp.path(), "tpl");
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("`colums.rs.j2` (did you mean `columns.rs.j2`?), `notes.txt` are not the name of a template gen renders"),
        "{stderr}"
    );
    assert!(!tmp.path().join("out").exists(), "nothing generated");
    // Invalid Rust from an included template is named by that template and its line.
    fs::write(
        dir.join("colums.rs.j2"),
        "{% if true %}\npub mod columns {\n{% endif %}\n    pub const X: &str = \"{{ struct_name }}\";\n    fn f() { let x = 1 }\n}\n",
    )
    .unwrap();
    fs::remove_file(dir.join("notes.txt")).unwrap();
    fs::rename(dir.join("colums.rs.j2"), dir.join("columns.rs.j2")).unwrap();
    let out = models_with_templates(tmp.path(), "tpl");
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("template `columns.rs.j2` (rendering ")
            && stderr.contains(") line 5 produced invalid Rust: expected `;`"),
        "{stderr}"
    );
    // Named right and valid, it is used.
    fs::write(dir.join("columns.rs.j2"), "pub mod columns {}\n").unwrap();
    let out = models_with_templates(tmp.path(), "tpl");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let table = fs::read_to_string(tmp.path().join("out/src/dbo/user.rs")).unwrap();
    assert!(table.contains("pub mod columns {}"), "{table}");
}

#[test]
fn check_reports_a_hand_added_file_in_the_output_directory() {
    let tmp = tempfile::tempdir().unwrap();
    let schema = fixture("features").display().to_string();
    let args = ["models", "--schema", &schema, "--out", "out"];
    assert!(gen_cmd(tmp.path(), &args).status.success());
    fs::write(tmp.path().join("out/src/extra.rs"), "pub fn mine() {}\n").unwrap();
    fs::create_dir_all(tmp.path().join("out/.hidden")).unwrap();
    fs::write(tmp.path().join("out/.hidden/notes"), "x\n").unwrap();
    let check = gen_cmd(tmp.path(), &[&args[..], &["--check"]].concat());
    let stdout = text(&check.stdout);
    assert_eq!(check.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("not generated: out/src/extra.rs"),
        "{stdout}"
    );
    assert!(
        stdout.contains("not generated: out/.hidden/notes"),
        "{stdout}"
    );
    // gen models leaves files it did not write, and says so.
    let run = gen_cmd(tmp.path(), &args);
    assert!(run.status.success());
    assert!(
        text(&run.stderr).contains("out/src/extra.rs was not written by gen; left as it is"),
        "{}",
        text(&run.stderr)
    );
    assert!(tmp.path().join("out/src/extra.rs").exists());
}
