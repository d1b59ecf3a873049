//! `models::sql!` at compile time, in crates that use the generated crate: a wrong column, a
//! wrong table, an ambiguous column in a join, a parameter gap, a statement that does not
//! parse and a parameter of the wrong type each fail the build with their message, pointing
//! at the statement (or the argument); so do a literal the column's type cannot hold, a
//! function given the wrong number of arguments and a column-less INSERT of the wrong width;
//! a PostgreSQL statement says so by argument (schema.yaml's dialect is SQL Server); a
//! statement that compiles stops compiling once
//! schema.yaml renames its column and `gen models` runs. One scratch workspace, one
//! `cargo check --keep-going` per step.

mod models_support;

use std::fs;
use std::process::Output;

use models_support::{Scratch, root};

/// One failing statement per function; the line of each literal is asserted below.
const BAD_NAMES: &str = r#"//! Statements with mistakes.
pub fn wrong_column() {
    let _ = models::sql!(
        "SELECT u.UserID, u.Email FROM dbo.[User] AS u WHERE u.EmailVerified = @P1",
        true
    );
}
pub fn wrong_table() {
    let _ = models::sql!("SELECT c.CompanyName FROM dbo.Compnay AS c");
}
pub fn ambiguous() {
    let _ = models::sql!("SELECT UserID FROM dbo.[User] u JOIN dbo.UserCompany uc ON uc.UserID = u.UserID");
}
pub fn gap() {
    let _ = models::sql!("SELECT u.Email FROM dbo.[User] u WHERE u.UserID = @P1 AND u.Email = @P3", 1i64, "x");
}
pub fn unparseable() {
    let _ = models::sql!("SELEC u.Email FROM dbo.[User] u");
}
pub fn literal_type() {
    let _ = models::sql!("SELECT u.Email FROM dbo.[User] u WHERE u.IsEmailVerified = 'yes'");
}
pub fn arity() {
    let _ = models::sql!("SELECT ISNULL(u.FirstName) AS n FROM dbo.[User] u");
}
pub fn implicit_insert() {
    let _ = models::sql!("INSERT INTO dbo.Company VALUES (@P1)", "Acme");
}
pub fn postgres_by_argument() {
    let _ = models::sql!(postgres, "SELECT u.\"Email\" FROM \"dbo\".\"User\" u WHERE u.\"Emial\" = $1", "x");
}
"#;

const BAD_ARG: &str = r#"//! An argument of the wrong type.
pub fn wrong_type() {
    let _ = models::sql!(
        "SELECT u.Email FROM dbo.[User] AS u WHERE u.IsEmailVerified = @P1",
        "yes"
    );
}
"#;

const SERVICE: &str = r#"//! A statement that compiles against today's schema.
/// Verified users by email.
pub fn verified(email: &str) -> gen_runtime::checked::Checked<impl Sized, impl Sized> {
    models::sql!(
        "SELECT u.UserID, u.IsEmailVerified FROM dbo.[User] AS u WHERE u.Email = @P1",
        email
    )
}
"#;

fn check(scratch: &Scratch) -> Output {
    scratch.check_short(&["--workspace", "--features", "models/sql"])
}

fn generate(scratch: &Scratch, schema_text: &str) {
    let path = scratch.dir.join("schema.yaml");
    fs::write(&path, schema_text).unwrap();
    let db = match generator::pipeline::load_schema(&path) {
        Ok(loaded) => loaded.db,
        Err(e) => panic!("{e}"),
    };
    generator::commands::models::generate(&db, &scratch.out(), None, false).unwrap();
}

#[test]
fn mistakes_fail_the_build_at_their_statement_and_a_rename_breaks_a_service() {
    let schema_text = fs::read_to_string(root().join("schema.yaml")).unwrap();
    let mut scratch = Scratch::new("sql_macro");
    generate(&scratch, &schema_text);
    scratch.add_user("bad_names", BAD_NAMES);
    scratch.add_user("bad_arg", BAD_ARG);
    scratch.add_user("service", SERVICE);
    let out = check(&scratch);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    let expect = [
        (
            "bad_names/src/lib.rs:4:9: error: SQL line 1, column 55: unknown column `EmailVerified` in `dbo.User AS u`; did you mean `IsEmailVerified`?",
        ),
        (
            "bad_names/src/lib.rs:9:26: error: SQL line 1, column 31: unknown table `dbo.Compnay`: the schema has no such table; did you mean `dbo.Company`?",
        ),
        (
            "bad_names/src/lib.rs:12:26: error: SQL line 1, column 8: column `UserID` is ambiguous: it is in `dbo.User AS u` and `dbo.UserCompany AS uc`; qualify it with the table's alias",
        ),
        (
            "bad_names/src/lib.rs:15:26: error: SQL line 1, column 69: parameter @P3 follows a gap: @P2 is never used; number parameters from 1 without gaps",
        ),
        (
            "bad_names/src/lib.rs:18:26: error: SQL line 1, column 1: the statement does not parse as T-SQL: Expected: an SQL statement, found: SELEC; fix it, or opt this one statement out with a `-- sql-check: off` comment",
        ),
        (
            "bad_names/src/lib.rs:21:26: error: SQL line 1, column 60: the literal 'yes' is not a value of `dbo.User.IsEmailVerified`, a bit column; write 1 or 0",
        ),
        (
            "bad_names/src/lib.rs:24:26: error: SQL line 1, column 8: `isnull` takes 2 arguments, not 1",
        ),
        (
            "bad_names/src/lib.rs:27:26: error: SQL line 1, column 32: this VALUES row has 1 value, but `dbo.Company` has 15 columns besides the identity: an INSERT without a column list fills them in order; name the columns",
        ),
        (
            "bad_names/src/lib.rs:30:36: error: SQL line 1, column 46: unknown column `Emial` in `dbo.User AS u`; did you mean `Email`?",
        ),
        (
            "bad_arg/src/lib.rs:5:9: error[E0277]: this parameter is `&str`, but the statement compares or assigns it to a `bool` column",
        ),
    ];
    for (line,) in expect {
        assert!(stderr.contains(line), "missing `{line}` in:\n{stderr}");
    }
    assert!(
        !stderr.contains("macro expansion ignores"),
        "one error per problem:\n{stderr}"
    );
    assert!(
        !stderr.contains("service/src/lib.rs"),
        "the service compiles:\n{stderr}"
    );

    // Rename IsEmailVerified in schema.yaml and regenerate: the service no longer compiles.
    let renamed = schema_text.replace("name: IsEmailVerified,", "name: EmailConfirmed,");
    assert_ne!(renamed, schema_text, "schema.yaml declares IsEmailVerified");
    generate(&scratch, &renamed);
    let out = check(&scratch);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let want = "service/src/lib.rs:5:9: error: SQL line 1, column 20: unknown column `IsEmailVerified` in `dbo.User AS u`\n";
    assert!(stderr.contains(want), "missing `{want}` in:\n{stderr}");
    assert!(
        !stderr.contains("mismatched types"),
        "no follow-on error:\n{stderr}"
    );
}
