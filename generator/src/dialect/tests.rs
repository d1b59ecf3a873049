use super::*;
use crate::ir::Length;

const MS: Dialect = Dialect::Mssql;
const PG: Dialect = Dialect::Postgres;

fn ty(s: &str) -> SqlType {
    s.parse().unwrap()
}

#[test]
fn quoting_escapes_the_closing_quote() {
    assert_eq!(MS.quote("a]b"), "[a]]b]");
    assert_eq!(PG.quote("a\"b"), "\"a\"\"b\"");
    assert_eq!(MS.qualified("ref", "User"), "[ref].[User]");
    assert_eq!(MS.string_literal("it's", true), "N'it''s'");
    assert_eq!(PG.string_literal("it's", true), "'it''s'");
}

#[test]
fn postgres_type_names_follow_the_design_table() {
    for (canonical, pg) in [
        ("nvarchar(255)", "varchar(255)"),
        ("nvarchar(max)", "text"),
        ("tinyint", "smallint"),
        ("bit", "boolean"),
        ("datetime2(7)", "timestamp"),
        ("datetime2(6)", "timestamp"),
        ("time(7)", "time"),
        ("time(0)", "time(0)"),
        ("datetime2(3)", "timestamp(3)"),
        ("datetimeoffset(7)", "timestamptz"),
        ("uniqueidentifier", "uuid"),
        ("varbinary(max)", "bytea"),
        ("money", "numeric(19,4)"),
        ("float", "double precision"),
        ("int", "integer"),
        ("char(2)", "char(2)"),
    ] {
        assert_eq!(PG.type_name(&ty(canonical)), pg, "{canonical}");
    }
    assert_eq!(MS.type_name(&ty("nvarchar(max)")), "nvarchar(max)");
}

#[test]
fn mssql_catalog_lengths_are_bytes() {
    let m = |n, l, p, s| MS.canonical_from_catalog(n, l, p, s).unwrap();
    assert_eq!(m("nvarchar", 510, 0, 0), SqlType::NVarChar(Length::N(255)));
    assert_eq!(m("nvarchar", -1, 0, 0), SqlType::NVarChar(Length::Max));
    assert_eq!(m("varchar", 100, 0, 0), SqlType::VarChar(Length::N(100)));
    assert_eq!(m("nchar", 4, 0, 0), SqlType::NChar(2));
    assert_eq!(m("datetime2", 8, 27, 7), SqlType::DateTime2(7));
    assert_eq!(m("decimal", 9, 18, 2), SqlType::Decimal(18, 2));
    assert_eq!(m("float", 8, 53, 0), SqlType::Float);
    let err = MS.canonical_from_catalog("xml", -1, 0, 0).unwrap_err();
    assert!(err.to_string().contains("`xml`") && err.why.contains("no canonical type"));
    assert!(MS.canonical_from_catalog("nvarchar", 0, 0, 0).is_err());
    // Wider than rust_decimal holds: refused, never decoded into a panic or a rounding.
    assert_eq!(m("decimal", 13, 28, 4), SqlType::Decimal(28, 4));
    let wide = MS.canonical_from_catalog("numeric", 17, 38, 0).unwrap_err();
    assert_eq!(wide.name, "numeric(38,0)");
    assert!(wide.why.contains("28 digits"), "{wide}");
    assert!("decimal(29,2)".parse::<SqlType>().is_err());
    assert_eq!(
        SqlType::parse("decimal(38,2)", true),
        Ok(SqlType::Other("decimal(38,2)".into()))
    );
}

#[test]
fn postgres_catalog_names_map_back() {
    let p = |n, l, pr, s| PG.canonical_from_catalog(n, l, pr, s).unwrap();
    assert_eq!(
        p("character varying(255)", -1, 0, 0),
        SqlType::NVarChar(Length::N(255))
    );
    assert_eq!(
        p("character varying", 50, 0, 0),
        SqlType::NVarChar(Length::N(50))
    );
    assert_eq!(p("text", -1, 0, 0), SqlType::NVarChar(Length::Max));
    // Without a precision PostgreSQL keeps 6 digits, never 0 (issue 18).
    for (name, want) in [
        ("timestamp(6) without time zone", SqlType::DateTime2(6)),
        ("timestamp without time zone", SqlType::DateTime2(6)),
        ("timestamp(0) without time zone", SqlType::DateTime2(0)),
        ("timestamp with time zone", SqlType::DateTimeOffset(6)),
        ("time without time zone", SqlType::Time(6)),
        ("time(3) without time zone", SqlType::Time(3)),
    ] {
        assert_eq!(p(name, -1, 0, 0), want, "{name}");
    }
    assert_eq!(p("numeric(19,4)", -1, 0, 0), SqlType::Decimal(19, 4));
    assert_eq!(p("numeric", -1, 10, 2), SqlType::Decimal(10, 2));
    assert_eq!(p("boolean", -1, 0, 0), SqlType::Bit);
    assert_eq!(p("uuid", -1, 0, 0), SqlType::UniqueIdentifier);
    assert!(PG.canonical_from_catalog("jsonb", -1, 0, 0).is_err());
    assert!(PG.canonical_from_catalog("numeric", -1, 0, 0).is_err());
}

#[test]
fn equivalence_is_judged_in_the_live_type_space() {
    let live = |n| PG.canonical_from_catalog(n, -1, 0, 0).unwrap();
    assert!(PG.equivalent(&ty("nvarchar(255)"), &live("character varying(255)")));
    assert!(PG.equivalent(&ty("datetime2(7)"), &live("timestamp(6) without time zone")));
    assert!(PG.equivalent(&ty("money"), &live("numeric(19,4)")));
    assert!(!PG.equivalent(&ty("nvarchar(255)"), &live("character varying(100)")));
    assert!(!PG.equivalent(&ty("datetime2(3)"), &live("timestamp(6) without time zone")));
    assert!(!PG.equivalent(&ty("int"), &live("bigint")));
    assert!(!MS.equivalent(&ty("nvarchar(255)"), &ty("varchar(255)")));
    assert!(MS.equivalent(&ty("nvarchar(255)"), &ty("nvarchar(255)")));
}

#[test]
fn defaults_render_per_dialect() {
    let dt = ty("datetime2(7)");
    assert_eq!(
        PG.default_sql(&DefaultExpr::CurrentUtc, &dt),
        "(now() AT TIME ZONE 'utc')"
    );
    assert_eq!(
        MS.default_sql(&DefaultExpr::CurrentUtc, &dt),
        "GETUTCDATE()"
    );
    let lit = |v| DefaultExpr::Literal(v);
    assert_eq!(PG.default_sql(&lit(Value::Int(0)), &SqlType::Bit), "false");
    assert_eq!(
        PG.default_sql(&lit(Value::Bool(true)), &SqlType::Bit),
        "true"
    );
    assert_eq!(MS.default_sql(&lit(Value::Bool(true)), &SqlType::Bit), "1");
    assert_eq!(
        PG.default_sql(&DefaultExpr::NewGuid, &SqlType::UniqueIdentifier),
        "gen_random_uuid()"
    );
    assert_eq!(
        MS.default_sql(&lit(Value::Text("AU".into())), &ty("nvarchar(2)")),
        "N'AU'"
    );
    assert_eq!(
        MS.default_sql(&lit(Value::Text("AU".into())), &ty("char(2)")),
        "'AU'"
    );
    let sql = DefaultExpr::Sql("DATEADD(day, 7, GETUTCDATE())".into());
    assert_eq!(
        PG.default_sql(&sql, &dt),
        "DATEADD(day, 7, (now() AT TIME ZONE 'utc'))"
    );
}

#[test]
fn live_defaults_normalise_to_canonical() {
    let n = |d: Dialect, text: &str, t: &str| d.normalize_default(text, &ty(t));
    let lit = |v| Some(DefaultExpr::Literal(v));
    assert_eq!(n(MS, "((0))", "int"), lit(Value::Int(0)));
    assert_eq!(n(MS, "((0))", "bit"), lit(Value::Bool(false)));
    assert_eq!(n(MS, "((-1))", "int"), lit(Value::Int(-1)));
    assert_eq!(
        n(MS, "((0.00))", "decimal(18,2)"),
        lit(Value::Decimal("0.00".into()))
    );
    assert_eq!(
        n(MS, "(getutcdate())", "datetime2"),
        Some(DefaultExpr::CurrentUtc)
    );
    assert_eq!(
        n(MS, "(newid())", "uniqueidentifier"),
        Some(DefaultExpr::NewGuid)
    );
    assert_eq!(
        n(MS, "(N'AU')", "nvarchar(2)"),
        lit(Value::Text("AU".into()))
    );
    assert_eq!(
        n(MS, "(N'it''s')", "nvarchar(9)"),
        lit(Value::Text("it's".into()))
    );
    assert_eq!(
        n(PG, "'AU'::character varying", "nvarchar(2)"),
        lit(Value::Text("AU".into()))
    );
    assert_eq!(n(PG, "false", "bit"), lit(Value::Bool(false)));
    assert_eq!(n(PG, "0", "int"), lit(Value::Int(0)));
    assert_eq!(
        n(PG, "(now() AT TIME ZONE 'utc'::text)", "datetime2"),
        Some(DefaultExpr::CurrentUtc)
    );
    assert_eq!(
        n(PG, "timezone('utc'::text, now())", "datetime2"),
        Some(DefaultExpr::CurrentUtc)
    );
    assert_eq!(
        n(PG, "gen_random_uuid()", "uniqueidentifier"),
        Some(DefaultExpr::NewGuid)
    );
    assert_eq!(
        n(PG, "nextval('\"User_UserID_seq\"'::regclass)", "int"),
        None
    );
    assert_eq!(
        n(MS, "(dateadd(day,(7),getutcdate()))", "datetime2"),
        Some(DefaultExpr::Sql("dateadd(day,(7),getutcdate())".into()))
    );
}

#[test]
fn literals_escape_and_type() {
    assert_eq!(
        MS.literal(&Value::Text("O'Brien".into()), &ty("nvarchar(50)")),
        "N'O''Brien'"
    );
    assert_eq!(
        PG.literal(&Value::Text("O'Brien".into()), &ty("nvarchar(50)")),
        "'O''Brien'"
    );
    assert_eq!(PG.literal(&Value::Null, &ty("int")), "NULL");
    assert_eq!(PG.literal(&Value::Int(1), &SqlType::Bit), "true");
    assert_eq!(
        MS.literal(&Value::Decimal("12.50".into()), &ty("decimal(9,2)")),
        "12.50"
    );
}

#[test]
fn checks_translate_for_postgres() {
    let cols = ["Code", "SortOrder", "a\"b"];
    assert_eq!(PG.check_sql("LEN(Code) > 0", &cols), "length(\"Code\") > 0");
    assert_eq!(
        PG.check_sql("[SortOrder] >= 0 AND code <> N'x'", &cols),
        "\"SortOrder\" >= 0 AND \"Code\" <> 'x'"
    );
    assert_eq!(
        PG.check_sql("[a\"b] IN (N'A', 'B')", &cols),
        "\"a\"\"b\" IN ('A', 'B')"
    );
    assert_eq!(MS.check_sql("LEN(Code) > 0", &cols), "LEN(Code) > 0");
}

#[test]
fn live_checks_compare_with_canonical() {
    assert!(MS.check_equivalent("Amount >= 0", "([Amount]>=(0))", &[]));
    assert!(MS.check_equivalent("LEN(Code) > 0", "(len([Code])>(0))", &[]));
    assert!(!MS.check_equivalent("Amount >= 1", "([Amount]>=(0))", &[]));
    let cols = ["Amount", "Code"];
    assert!(PG.check_equivalent("Amount >= 0", "CHECK ((\"Amount\" >= (0)::numeric))", &cols));
    assert!(PG.check_equivalent(
        "LEN(Code) > 0",
        "CHECK ((length((\"Code\")::text) > 0))",
        &cols
    ));
    assert!(PG.check_equivalent(
        "Amount >= 0 AND Amount < 10",
        "CHECK (((\"Amount\" >= 0) AND (\"Amount\" < 10)))",
        &cols
    ));
    assert!(!PG.check_equivalent("Amount >= 0", "CHECK ((\"Amount\" > 0))", &cols));
}

#[test]
fn live_expressions_tidy_to_the_schema_spelling() {
    assert_eq!(MS.tidy_expression("([Amount]>=(0))"), "Amount >= 0");
    assert_eq!(MS.tidy_expression("([IsDeleted]=(0))"), "IsDeleted = 0");
    assert_eq!(MS.tidy_expression("(len([Code])>(0))"), "len(Code) > 0");
    assert_eq!(
        MS.tidy_expression("([a]]b]=N'x''y' AND [B]<(-1))"),
        "[a]]b] = N'x''y' AND B < -1"
    );
    assert_eq!(
        PG.tidy_expression("CHECK ((\"Amount\" >= (0)::numeric))"),
        "Amount >= 0"
    );
}

#[test]
fn a_change_of_case_in_a_literal_is_a_difference() {
    let cols = ["Code"];
    let live = r#"(("Code")::text = 'a'::text)"#;
    assert!(!PG.check_equivalent("Code IN ('A')", live, &cols));
    assert!(PG.check_equivalent("Code IN ('a')", live, &cols));
    assert!(
        PG.check_equivalent("code in ('a')", live, &cols),
        "names and keywords fold"
    );
    assert!(!MS.check_equivalent("Code = 'a'", "([Code]='A')", &[]));
    assert!(!MS.check_equivalent("Code = N'A'", "([Code]=N'Ä')", &[]));
    assert!(MS.check_equivalent("CODE = 'A'", "([Code]='A')", &[]));
}

/// PostgreSQL's stored form of each rewrite it applies, and how schema.yaml writes it.
const PG_REWRITES: [(&str, &str); 9] = [
    (
        r#"CHECK ((("ChangeType")::text = ANY ((ARRAY['CREATE'::character varying, 'UPDATE'::character varying])::text[])))"#,
        "ChangeType IN ('CREATE', 'UPDATE')",
    ),
    (
        r#"CHECK ((("ChangeType")::text <> ALL ((ARRAY['A'::character varying, 'B'::character varying])::text[])))"#,
        "ChangeType NOT IN ('A', 'B')",
    ),
    (
        r#"CHECK ((("Email")::text ~~ '%_@_%'::text))"#,
        "Email LIKE '%_@_%'",
    ),
    (
        r#"CHECK ((("Email")::text !~~ '%x%'::text))"#,
        "Email NOT LIKE '%x%'",
    ),
    (
        r#"CHECK ((("Offset" >= '-720'::integer) AND ("Offset" <= 840)))"#,
        "Offset >= -720 AND Offset <= 840",
    ),
    (r#"CHECK (("Price" >= '-1.50'::numeric))"#, "Price >= -1.50"),
    (
        r#"CHECK ((length(("Code")::character varying(10)::text) = 3))"#,
        "LEN(Code) = 3",
    ),
    (r#"CHECK (((("A" > 0)) OR (("B" > 0))))"#, "A > 0 OR B > 0"),
    (r#"(("Deleted" IS NULL))"#, "Deleted IS NULL"),
];

#[test]
fn postgres_rewrites_tidy_back_to_the_schema_spelling() {
    let cols = [
        "ChangeType",
        "Email",
        "Offset",
        "Price",
        "Code",
        "A",
        "B",
        "Deleted",
    ];
    for (stored, schema) in PG_REWRITES {
        assert_eq!(PG.tidy_expression(stored), schema, "{stored}");
        assert!(PG.check_equivalent(schema, stored, &cols), "{stored}");
        let tidy = PG.tidy_expression(stored);
        assert!(
            PG.check_equivalent(schema, &tidy, &cols),
            "tidy text: {tidy}"
        );
        assert_eq!(PG.tidy_expression(&tidy), tidy, "tidy is idempotent");
    }
    let between = "Offset BETWEEN -720 AND 840";
    assert!(PG.check_equivalent(between, PG_REWRITES[4].0, &cols));
    assert!(PG.check_equivalent("Code IN ('A')", r#"(("Code")::text = 'A'::text)"#, &cols));
}

#[test]
fn postgres_rewrites_keep_real_differences() {
    let cols = ["ChangeType", "Email", "Offset"];
    let any = PG_REWRITES[0].0;
    assert!(!PG.check_equivalent("ChangeType IN ('CREATE', 'DELETE')", any, &cols));
    assert!(!PG.check_equivalent("ChangeType NOT IN ('CREATE', 'UPDATE')", any, &cols));
    assert!(!PG.check_equivalent("ChangeType IN ('UPDATE', 'CREATE', 'X')", any, &cols));
    assert!(!PG.check_equivalent("Email NOT LIKE '%_@_%'", PG_REWRITES[2].0, &cols));
    assert!(!PG.check_equivalent("Offset BETWEEN -721 AND 840", PG_REWRITES[4].0, &cols));
    assert!(!PG.check_equivalent("Offset NOT BETWEEN -720 AND 840", PG_REWRITES[4].0, &cols));
    assert!(!PG.check_equivalent("Offset >= 720", PG_REWRITES[4].0, &cols));
}

#[test]
fn sql_server_stored_forms_compare_and_tidy() {
    assert!(MS.check_equivalent("Amount >= 0", "([Amount]>=(0))", &[]));
    assert!(MS.check_equivalent("Code IN ('A', 'B')", "([Code]='A' OR [Code]='B')", &[]));
    assert!(MS.check_equivalent(
        "Code NOT IN ('A', 'B')",
        "([Code]<>'A' AND [Code]<>'B')",
        &[]
    ));
    assert!(MS.check_equivalent(
        "X = 1 AND Code IN ('A', 'B')",
        "([X]=(1) AND ([Code]='A' OR [Code]='B'))",
        &[]
    ));
    assert!(!MS.check_equivalent(
        "X = 1 AND Code IN ('A', 'B')",
        "([X]=(1) AND [Code]='A' OR [Code]='B')",
        &[]
    ));
    assert!(!MS.check_equivalent("Code IN ('A', 'C')", "([Code]='A' OR [Code]='B')", &[]));
    assert!(MS.check_equivalent(
        "Offset BETWEEN -720 AND 840",
        "([Offset]>=(-720) AND [Offset]<=(840))",
        &[]
    ));
    assert_eq!(
        MS.tidy_expression("([Code]='A' OR [Code]='B')"),
        "Code = 'A' OR Code = 'B'"
    );
    assert_eq!(MS.tidy_expression("([Amount]>=(0))"), "Amount >= 0");
}

#[test]
fn canonical_brackets_survive_postgres_tokenizing() {
    let cols = ["a b", "Code"];
    assert!(PG.check_equivalent(
        "[a b] > 0 AND [Code] <> 'x'",
        "[a b] > 0 AND [Code] <> 'x'",
        &cols
    ));
    assert!(PG.check_equivalent("[a b] > 0", r#"CHECK (("a b" > 0))"#, &cols));
    assert_eq!(PG.tidy_expression(r#"CHECK (("a b" > 0))"#), "[a b] > 0");
    assert_eq!(
        PG.tidy_expression("[a b] > 0 AND NOT [Code] = 'x'"),
        "[a b] > 0 AND NOT Code = 'x'"
    );
}

#[test]
fn between_expands_as_text() {
    assert_eq!(expand_between("x BETWEEN -1 AND 2"), "x >= -1 AND x <= 2");
    assert_eq!(
        expand_between("a = 1 OR [b c] BETWEEN 1 AND 2"),
        "a = 1 OR ([b c] >= 1 AND [b c] <= 2)"
    );
    assert_eq!(
        expand_between("x NOT BETWEEN 1 AND 2"),
        "x NOT BETWEEN 1 AND 2"
    );
}
