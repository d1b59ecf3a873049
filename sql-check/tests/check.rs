//! The checker against a small schema: names, scopes, parameters, result types, positions.

use sql_check::{ColumnDef, Dialect, Kind, Schema, TableDef, ValueType, check};

const fn col(
    name: &'static str,
    field: &'static str,
    kind: Kind,
    rust: &'static str,
    nullable: bool,
    optional: bool,
) -> ColumnDef<'static> {
    ColumnDef {
        name,
        field,
        ty: ValueType {
            kind,
            rust,
            reference: false,
        },
        nullable,
        optional_on_insert: optional || nullable,
        auto: false,
    }
}

static USER: &[ColumnDef<'static>] = &[
    col("UserID", "user_id", Kind::BigInt, "i64", false, true),
    col(
        "Email",
        "email",
        Kind::Text,
        "::std::string::String",
        false,
        false,
    ),
    col(
        "IsEmailVerified",
        "is_email_verified",
        Kind::Bool,
        "bool",
        false,
        true,
    ),
    col(
        "FirstName",
        "first_name",
        Kind::Text,
        "::std::string::String",
        true,
        false,
    ),
    ColumnDef {
        name: "StatusID",
        field: "status_id",
        ty: ValueType {
            kind: Kind::Int,
            rust: "crate::ref_::UserStatus",
            reference: true,
        },
        nullable: false,
        optional_on_insert: false,
        auto: false,
    },
];
static COMPANY: &[ColumnDef<'static>] = &[
    col("CompanyID", "company_id", Kind::BigInt, "i64", false, true),
    col(
        "CompanyName",
        "company_name",
        Kind::Text,
        "::std::string::String",
        false,
        false,
    ),
    col("IsActive", "is_active", Kind::Bool, "bool", false, true),
];
static USER_COMPANY: &[ColumnDef<'static>] = &[
    col(
        "UserCompanyID",
        "user_company_id",
        Kind::BigInt,
        "i64",
        false,
        true,
    ),
    col("UserID", "user_id", Kind::BigInt, "i64", false, false),
    col("CompanyID", "company_id", Kind::BigInt, "i64", false, false),
    col("IsActive", "is_active", Kind::Bool, "bool", false, true),
];
static SCHEMA: Schema<'static> = Schema {
    tables: &[
        TableDef {
            schema: "dbo",
            name: "User",
            columns: USER,
        },
        TableDef {
            schema: "dbo",
            name: "Company",
            columns: COMPANY,
        },
        TableDef {
            schema: "dbo",
            name: "UserCompany",
            columns: USER_COMPANY,
        },
    ],
    unmodelled: &["dbo.vw_*", "sys.*"],
};

fn problems(sql: &str, d: Dialect) -> Vec<String> {
    match check(&SCHEMA, sql, d) {
        Ok(_) => Vec::new(),
        Err(p) => p.iter().map(ToString::to_string).collect(),
    }
}

fn ok(sql: &str, d: Dialect) -> sql_check::Checked {
    check(&SCHEMA, sql, d).unwrap_or_else(|p| panic!("{sql}: {p:?}"))
}

#[test]
fn a_misnamed_column_is_found_with_its_place_and_the_real_name() {
    let p = problems(
        "SELECT u.UserID, u.Email\nFROM dbo.[User] AS u\nWHERE u.EmailVerified = @P1",
        Dialect::Mssql,
    );
    assert_eq!(
        p,
        ["3:9: unknown column `EmailVerified` in `dbo.User AS u`; did you mean `IsEmailVerified`?"]
    );
    let p = problems("SELECT EmailVerified FROM dbo.[User]", Dialect::Mssql);
    assert_eq!(
        p,
        [
            "1:8: unknown column `EmailVerified`: not a column of `dbo.User`; did you mean `IsEmailVerified`?"
        ]
    );
}

#[test]
fn unknown_tables_and_aliases_are_found() {
    assert_eq!(
        problems("SELECT 1 FROM dbo.Usr", Dialect::Mssql),
        ["1:19: unknown table `dbo.Usr`: the schema has no such table; did you mean `dbo.User`?"]
    );
    assert_eq!(
        problems("SELECT x.Email FROM dbo.[User] u", Dialect::Mssql),
        ["1:8: unknown table or alias `x`: nothing in the FROM clause is called that"]
    );
}

#[test]
fn an_ambiguous_column_in_a_join_must_be_qualified() {
    let p = problems(
        "SELECT UserID FROM dbo.[User] u JOIN dbo.UserCompany uc ON uc.UserID = u.UserID",
        Dialect::Mssql,
    );
    assert_eq!(
        p,
        [
            "1:8: column `UserID` is ambiguous: it is in `dbo.User AS u` and `dbo.UserCompany AS uc`; qualify it with the table's alias"
        ]
    );
}

#[test]
fn parameters_are_numbered_without_gaps_and_typed_by_their_columns() {
    let p = problems(
        "SELECT Email FROM dbo.[User] WHERE UserID = @P1 AND Email = @P3",
        Dialect::Mssql,
    );
    assert_eq!(
        p,
        [
            "1:61: parameter @P3 follows a gap: @P2 is never used; number parameters from 1 without gaps"
        ]
    );
    let p = problems(
        "SELECT 1 FROM dbo.[User] WHERE UserID = @P1 AND IsEmailVerified = @P1",
        Dialect::Mssql,
    );
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with("1:67: parameter @P1 is used as dbo.User.IsEmailVerified (bool) here but as dbo.User.UserID (i64)"), "{p:?}");
    let c = ok(
        "UPDATE dbo.[User] SET FirstName = @P1 WHERE UserID = @P2",
        Dialect::Mssql,
    );
    let types: Vec<(usize, &str, bool)> = c
        .params
        .iter()
        .map(|p| (p.number, p.ty.as_ref().unwrap().rust.as_str(), p.nullable))
        .collect();
    assert_eq!(
        types,
        [(1, "::std::string::String", true), (2, "i64", false)]
    );
}

#[test]
fn outer_joins_make_columns_nullable_and_results_are_typed() {
    let c = ok(
        "SELECT u.UserID, u.Email, c.CompanyName, count(*) AS n FROM dbo.[User] u \
         LEFT JOIN dbo.UserCompany uc ON uc.UserID = u.UserID \
         LEFT JOIN dbo.Company c ON c.CompanyID = uc.CompanyID GROUP BY u.UserID, u.Email, c.CompanyName ORDER BY n",
        Dialect::Mssql,
    );
    let cols: Vec<(Option<&str>, Option<&str>, bool)> = c
        .columns
        .as_ref()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c.name.as_deref(),
                c.ty.as_ref().map(|t| t.rust.as_str()),
                c.nullable,
            )
        })
        .collect();
    assert_eq!(
        cols,
        [
            (Some("UserID"), Some("i64"), false),
            (Some("Email"), Some("::std::string::String"), false),
            (Some("CompanyName"), Some("::std::string::String"), true),
            (Some("n"), Some("i32"), false),
        ]
    );
}

#[test]
fn ctes_temp_tables_and_table_variables_are_scoped_to_the_statement() {
    ok(
        "WITH active AS (SELECT UserID, Email FROM dbo.[User] WHERE IsEmailVerified = 1) SELECT a.Email FROM active a",
        Dialect::Mssql,
    );
    let p = problems(
        "WITH active AS (SELECT UserID FROM dbo.[User]) SELECT a.Email FROM active a",
        Dialect::Mssql,
    );
    assert_eq!(p, ["1:57: unknown column `Email` in `active AS a`"]);
    ok(
        "DECLARE @k TABLE (UserID bigint); INSERT INTO dbo.[User] (Email, StatusID) OUTPUT INSERTED.UserID INTO @k VALUES (@P1, @P2); SELECT u.UserID, u.Email FROM dbo.[User] u JOIN @k k ON k.UserID = u.UserID",
        Dialect::Mssql,
    );
    ok(
        "SELECT UserID INTO #ids FROM dbo.[User]; SELECT i.UserID FROM #ids i",
        Dialect::Mssql,
    );
    assert_eq!(
        problems("SELECT i.UserID FROM #ids i", Dialect::Mssql).len(),
        1
    );
}

#[test]
fn output_and_returning_give_the_rows() {
    let c = ok(
        "INSERT INTO dbo.Company (CompanyName) OUTPUT INSERTED.CompanyID, INSERTED.IsActive VALUES (@P1)",
        Dialect::Mssql,
    );
    assert_eq!(c.columns.unwrap().len(), 2);
    assert_eq!(c.params[0].ty.as_ref().unwrap().kind, Kind::Text);
    let c = ok(
        "UPDATE \"dbo\".\"Company\" SET \"IsActive\" = $1 WHERE \"CompanyID\" = $2 RETURNING \"CompanyID\", \"CompanyName\"",
        Dialect::Postgres,
    );
    assert_eq!(c.columns.unwrap().len(), 2);
    assert_eq!(c.params.len(), 2);
    let p = problems(
        "INSERT INTO dbo.Company (IsActive) VALUES (@P1)",
        Dialect::Mssql,
    );
    assert_eq!(
        p,
        [
            "1:1: the INSERT into `dbo.Company` leaves out `CompanyName`, which is NOT NULL without a default"
        ]
    );
}

#[test]
fn postgres_needs_quotes_for_mixed_case_names() {
    let p = problems(
        "SELECT \"UserID\" FROM dbo.\"User\" WHERE Email = $1",
        Dialect::Postgres,
    );
    assert_eq!(
        p,
        [
            "1:39: PostgreSQL folds unquoted `Email` to `email`, which is not `Email`; quote it: \"Email\""
        ]
    );
    ok(
        "SELECT u.\"UserID\" FROM \"dbo\".\"User\" u WHERE u.\"Email\" = $1 LIMIT $2",
        Dialect::Postgres,
    );
}

#[test]
fn unmodelled_objects_pass_unchecked_and_unparseable_text_says_so() {
    ok(
        "SELECT v.Anything FROM dbo.vw_ActiveUsers v",
        Dialect::Mssql,
    );
    let p = problems("SELEC Email FROM dbo.[User]", Dialect::Mssql);
    assert_eq!(p.len(), 1);
    assert!(
        p[0].starts_with("1:1: the statement does not parse as T-SQL: "),
        "{p:?}"
    );
    assert!(p[0].ends_with("opt this one statement out with a `-- sql-check: off` comment"));
    assert!(sql_check::opted_out("-- sql-check: off\nSELEC 1"));
}

#[test]
fn subqueries_see_the_enclosing_query() {
    ok(
        "SELECT u.Email FROM dbo.[User] u WHERE EXISTS (SELECT 1 FROM dbo.UserCompany uc WHERE uc.UserID = u.UserID) AND u.UserID IN (SELECT UserID FROM dbo.UserCompany)",
        Dialect::Mssql,
    );
    let p = problems(
        "SELECT TOP (@P1) u.Email FROM dbo.[User] u WHERE u.UserID IN (SELECT uc.UserId FROM dbo.UserCompany uc WHERE uc.Bogus = 1)",
        Dialect::Mssql,
    );
    assert_eq!(
        p,
        ["1:113: unknown column `Bogus` in `dbo.UserCompany AS uc`"]
    );
}

#[test]
fn postgres_text_is_recognised_as_postgres() {
    let sql = "UPDATE \"dbo\".\"User\" SET \"IsEmailVerified\" = FALSE WHERE \"Email\" = 'x'";
    assert_eq!(Dialect::guess(sql), Dialect::Postgres);
    assert_eq!(sql_check::candidate(&SCHEMA, sql), Some(Dialect::Postgres));
    ok(sql, Dialect::Postgres);
}
