//! Schemas a database really holds, through the real `gen` binary: names that are legal by
//! the rules of the file's `dialect` (per-schema constraint names, case-variant tables and
//! schemas on PostgreSQL) and names the generated crate defines itself (`guide`, `Self`,
//! `columns`, the methods every struct has). `tests/fixtures/legal` loads, lints, generates
//! a crate that compiles with warnings denied, and `gen ddl --dialect mssql` refuses, with
//! the location, each name SQL Server would reject.

mod models_support;

use std::fs;
use std::path::Path;

use models_support::{Scratch, assert_ok, fixture, gen_cmd, root};

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Writes `yaml` to a scratch file and runs `gen <args> --schema <file>`: exit, stdout, stderr.
fn gen_on(dir: &Path, yaml: &str, args: &[&str]) -> (i32, String, String) {
    fs::create_dir_all(dir).unwrap();
    let path = dir.join("schema.yaml");
    fs::write(&path, yaml).unwrap();
    let mut all: Vec<&str> = args.to_vec();
    let shown = path.display().to_string();
    all.extend(["--schema", &shown]);
    let out = gen_cmd(dir, &all);
    (
        out.status.code().unwrap_or(-1),
        text(&out.stdout),
        text(&out.stderr),
    )
}

#[test]
fn the_legal_fixture_generates_a_crate_that_compiles_with_warnings_denied() {
    let schema = fixture("legal");
    let shown = schema.display().to_string();
    let lint = gen_cmd(&root(), &["lint", "--schema", &shown]);
    assert_ne!(lint.status.code(), Some(2), "{}", text(&lint.stderr));
    let scratch = Scratch::new("legal");
    let out = scratch.out().display().to_string();
    let run = gen_cmd(&root(), &["models", "--schema", &shown, "--out", &out]);
    let stderr = text(&run.stderr);
    assert!(run.status.success(), "gen models: {stderr}");
    // Both case variants are kept, the second under a numbered Rust name, with a warning.
    assert!(
        stderr.contains("`User` and `user` both become `User`; `user` is named `User2`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("`guide` would become `guide`, but `guide` is an item the generated crate defines at its root; `guide` is named `guide_2`"),
        "{stderr}"
    );
    let lib = fs::read_to_string(scratch.out().join("src/lib.rs")).unwrap();
    for module in [
        "pub mod dbo;",
        "pub mod dbo_2;",
        "pub mod guide_2;",
        "pub mod guide {}",
    ] {
        assert!(lib.contains(module), "{module} missing from lib.rs:\n{lib}");
    }
    let nav = fs::read_to_string(scratch.out().join("src/guide_2/guide.rs")).unwrap();
    assert!(
        nav.contains("self_sql") && !nav.contains("self__sql"),
        "{nav}"
    );
    assert_ok(
        &scratch.check_all_features(),
        "cargo check --all-features of the legal crate",
    );
}

#[test]
fn ddl_for_sql_server_refuses_names_sql_server_would_reject_with_their_location() {
    let schema = fixture("legal");
    let shown = schema.display().to_string();
    let out = gen_cmd(&root(), &["ddl", "--dialect", "mssql", "--schema", &shown]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(out.stdout.is_empty(), "no script is printed");
    for (at, what) in [
        // Schemas and tables compare case-insensitively on SQL Server.
        (":17:5: error: dbo: duplicate schema name `dbo`", "schema"),
        (
            ":35:9: error: dbo.user: duplicate table name `user`",
            "table",
        ),
        // Constraint names are unique per schema there (PostgreSQL scopes checks and
        // foreign keys to their table).
        (
            "dbo.user.ck_age: duplicate check constraint name `ck_age`",
            "check",
        ),
        (
            "dbo.Account.fk_parent: duplicate foreign key name `fk_parent`",
            "foreign key",
        ),
    ] {
        assert!(stderr.contains(at), "{what}: `{at}` not in\n{stderr}");
    }
    assert!(
        stderr.contains("on SQL Server table and constraint names are unique in their schema and names compare case-insensitively"),
        "{stderr}"
    );
    // The same file for PostgreSQL, its own dialect, is a script.
    let pg = gen_cmd(
        &root(),
        &["ddl", "--dialect", "postgres", "--schema", &shown],
    );
    assert!(pg.status.success(), "{}", text(&pg.stderr));
}

const HEAD: &str = "gen: \"0.1\"\ndatabase: D\nschemas:\n";

/// A table `name` in the schema list, with a primary key named `pk` and `extra` lines.
fn table(name: &str, pk: &str, extra: &str) -> String {
    format!(
        "      - name: {name}\n        columns:\n          - {{ name: ID, type: int, description: Key. }}\n        primary_key: {{ name: {pk}, columns: [ID] }}\n{extra}"
    )
}

#[test]
fn sql_server_scopes_constraint_names_to_the_schema_and_index_names_to_the_table() {
    let dir = root().join("target/gen-check/legal-mssql");
    let ix = "        indexes:\n          - { name: IX_ID, columns: [ID] }\n";
    // PK_T in two schemas, IX_ID on two tables of one schema: both legal on SQL Server.
    let yaml = format!(
        "{HEAD}  - name: a\n    tables:\n{}{}  - name: b\n    tables:\n{}",
        table("T", "PK_T", ix),
        table("U", "PK_U", ix),
        table("T", "PK_T", "")
    );
    let (code, _, stderr) = gen_on(&dir, &yaml, &["models", "--check", "--out", "none"]);
    assert_ne!(code, 2, "{stderr}");
    // The index names PostgreSQL would reject: same name in one schema.
    let (code, stdout, stderr) = gen_on(&dir, &yaml, &["ddl", "--dialect", "postgres"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("schema.yaml:17:13: error: a.U.IX_ID: duplicate index name `IX_ID`: the index of `a.T` declared at line 11 has it"),
        "{stderr}"
    );
    // One schema, two tables with PK_T: SQL Server and PostgreSQL both refuse it.
    let yaml = format!(
        "{HEAD}  - name: a\n    tables:\n{}{}",
        table("T", "PK_T", ""),
        table("U", "pk_t", "")
    );
    let (code, _, stderr) = gen_on(&dir, &yaml, &["lint"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("a.U.pk_t: duplicate primary key name `pk_t`"),
        "{stderr}"
    );
}

#[test]
fn an_unknown_dialect_is_refused_at_its_position() {
    let dir = root().join("target/gen-check/legal-dialect");
    let yaml = "gen: \"0.1\"\ndialect: oracle\ndatabase: D\nschemas: []\n";
    let (code, _, stderr) = gen_on(&dir, yaml, &["lint"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("schema.yaml:2:10: error: unknown dialect `oracle`"),
        "{stderr}"
    );
}

/// A live database with what PostgreSQL holds and SQL Server would not: per-schema duplicate
/// primary key and index names, check and foreign key names repeated per table, case-variant
/// schemas and tables, and an exclusion constraint.
const LIVE_DDL: &str = r#"
CREATE SCHEMA "Dbo"; CREATE SCHEMA dbo; CREATE SCHEMA s1;
CREATE TABLE "Dbo".t000 (id int CONSTRAINT pk_t000 PRIMARY KEY, name varchar(50));
CREATE INDEX ix_name ON "Dbo".t000 (name);
CREATE TABLE dbo.t000 (id int CONSTRAINT pk_t000 PRIMARY KEY, name varchar(50));
CREATE INDEX ix_name ON dbo.t000 (name);
CREATE TABLE s1.t000 (id int CONSTRAINT pk_t000 PRIMARY KEY, name varchar(50));
CREATE INDEX ix_name ON s1.t000 (name);
CREATE TABLE dbo."User" ("UserID" int CONSTRAINT "PK_User" PRIMARY KEY,
  "Age" int NOT NULL CONSTRAINT ck_age CHECK ("Age" >= 0), "Name" varchar(50), name varchar(50));
CREATE TABLE dbo."user" ("UserID" int CONSTRAINT pk_user PRIMARY KEY,
  "Age" int NOT NULL CONSTRAINT ck_age CHECK ("Age" >= 0),
  "ParentID" int CONSTRAINT fk_parent REFERENCES dbo."User" ("UserID"));
CREATE TABLE dbo."Account" ("AccountID" int CONSTRAINT "PK_Account" PRIMARY KEY,
  "UserID" int NOT NULL CONSTRAINT fk_parent REFERENCES dbo."User" ("UserID"),
  userid int NOT NULL CONSTRAINT fk_parent_lower REFERENCES dbo."user" ("UserID"));
CREATE TABLE dbo."Booking" ("BookingID" int CONSTRAINT "PK_Booking" PRIMARY KEY,
  "From" int NOT NULL, "To" int NOT NULL,
  CONSTRAINT ex_booking_overlap EXCLUDE USING gist (int4range("From", "To") WITH &&));
"#;

#[test]
fn a_live_postgres_database_with_legal_names_introspects_lints_generates_and_compiles() {
    let db = testkit::TestDb::from_template("legal_live", LIVE_DDL);
    let mut scratch = Scratch::new("legal-live");
    let schema = scratch.dir.join("schema.yaml");
    let shown = schema.display().to_string();
    let run = gen_cmd(
        &scratch.dir,
        &["introspect", "--url", db.url(), "--schema", &shown],
    );
    let stderr = text(&run.stderr);
    assert!(run.status.success(), "gen introspect: {stderr}");
    assert!(
        stderr.contains("exclusion constraint ex_booking_overlap on dbo.Booking")
            && stderr.contains("is not modelled by gen"),
        "the exclusion constraint is named: {stderr}"
    );
    let yaml = fs::read_to_string(&schema).unwrap();
    assert!(yaml.contains("\ndialect: postgres\n"), "{yaml}");
    let lint = gen_cmd(&scratch.dir, &["lint", "--schema", &shown]);
    assert_ne!(lint.status.code(), Some(2), "{}", text(&lint.stderr));
    let out = scratch.out().display().to_string();
    let run = gen_cmd(&scratch.dir, &["models", "--schema", &shown, "--out", &out]);
    assert!(run.status.success(), "gen models: {}", text(&run.stderr));
    // Both twins reach the crate, and a service can name both (schema `Dbo` sorts first, so `dbo` is `dbo_2`).
    scratch.add_user(
        "uses",
        "//! Uses both case-variant tables.\n\n/// Both twins' table names.\npub fn names() -> [&'static str; 2] {\n    use gen_runtime::Table;\n    [models::dbo_2::User::META.name, models::dbo_2::User2::META.name]\n}\n",
    );
    assert_ok(&scratch.check(&[]), "cargo check of the introspected crate");
    // Introspecting again into the file it wrote changes nothing.
    let again = gen_cmd(
        &scratch.dir,
        &[
            "introspect",
            "--url",
            db.url(),
            "--schema",
            &shown,
            "--check",
        ],
    );
    assert_eq!(again.status.code(), Some(0), "{}", text(&again.stdout));
    // Merged into a file written for SQL Server (no `dialect:`), names SQL Server rejects
    // make the file take the database's dialect, so that what introspect writes loads.
    fs::write(&schema, yaml.replace("\ndialect: postgres\n", "\n")).unwrap();
    let merged = gen_cmd(
        &scratch.dir,
        &["introspect", "--url", db.url(), "--schema", &shown],
    );
    let stderr = text(&merged.stderr);
    assert!(merged.status.success(), "{stderr}");
    assert!(
        stderr.contains("the database holds names SQL Server rejects (schema.yaml said `dialect: mssql`); schema.yaml now says `dialect: postgres`"),
        "{stderr}"
    );
    assert_eq!(fs::read_to_string(&schema).unwrap(), yaml);
}
