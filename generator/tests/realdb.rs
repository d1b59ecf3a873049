//! Real databases end to end (issue 18): each fixture database is made by a SQL file in
//! `tests/realdb/`, then `gen introspect` from an empty directory (or one holding only a
//! `filter`), `gen lint` (findings allowed, no errors), `gen models`, `gen diff` (exit 0), and
//! for the fixtures that round-trip, `gen ddl` recreates a database whose normalised
//! `pg_dump --schema-only` equals the original's. Every generated crate is checked in one
//! cargo build, with every feature and warnings denied.

mod models_support;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use models_support::{Scratch, assert_ok, copy_dir, gen_cmd, root};
use testkit::TestDb;

/// The SQL file that makes fixture `name`.
fn fixture_sql(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/realdb")
        .join(format!("{name}.sql"));
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Panics unless `text` contains every one of `wants`, showing the text.
fn says(text: &str, wants: &[&str]) {
    for want in wants {
        assert!(text.contains(want), "`{want}` is missing from:\n{text}");
    }
}

/// An empty directory `target/gen-check/realdb/<name>` for gen to work in.
fn fresh_dir(name: &str) -> PathBuf {
    let dir = root().join("target/gen-check/realdb").join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// A fixture database and the directory gen worked in.
struct Run<D = TestDb> {
    db: D,
    dir: PathBuf,
    /// What `gen introspect` printed on stderr.
    introspect_stderr: String,
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

/// Creates fixture `name`'s database, then runs introspect, lint, models and diff in a fresh
/// directory that holds only `start` as schema.yaml (nothing when `None`).
fn run(name: &str, start: Option<&str>) -> Run {
    let db = TestDb::create(&format!("realdb_{name}"));
    db.execute_batch(&fixture_sql(name))
        .unwrap_or_else(|e| panic!("{name}.sql applies: {e}"));
    let url = db.url().to_owned();
    let (dir, introspect_stderr) = gen_loop(name, &url, start);
    Run {
        db,
        dir,
        introspect_stderr,
    }
}

/// In a fresh directory `dir_name` holding only `start` as schema.yaml: `gen introspect`
/// (exit 0), `gen lint` (findings allowed, no errors), `gen models`, `gen diff` (exit 0)
/// against `url`. Returns the directory and what introspect printed on stderr.
fn gen_loop(dir_name: &str, url: &str, start: Option<&str>) -> (PathBuf, String) {
    let name = dir_name;
    let dir = fresh_dir(dir_name);
    if let Some(yaml) = start {
        fs::write(dir.join("schema.yaml"), yaml).expect("write schema.yaml");
    }
    let out = gen_cmd(&dir, &["introspect", "--url", url]);
    let introspect_stderr = text(&out.stderr);
    assert_eq!(
        code(&out),
        0,
        "{name}: gen introspect:\n{introspect_stderr}"
    );
    let lint = gen_cmd(&dir, &["lint"]);
    assert!(
        matches!(code(&lint), 0 | 1),
        "{name}: gen lint must load what introspect wrote (findings allowed):\n{}{}",
        text(&lint.stdout),
        text(&lint.stderr)
    );
    assert!(
        !text(&lint.stdout).contains("error") && !text(&lint.stderr).contains("error"),
        "{name}: gen lint reported errors:\n{}{}",
        text(&lint.stdout),
        text(&lint.stderr)
    );
    let models = gen_cmd(&dir, &["models", "--out", "generated"]);
    assert_eq!(
        code(&models),
        0,
        "{name}: gen models:\n{}",
        text(&models.stderr)
    );
    let diff = gen_cmd(&dir, &["diff", "--url", url]);
    assert_eq!(
        code(&diff),
        0,
        "{name}: gen diff against the database it came from:\n{}{}",
        text(&diff.stdout),
        text(&diff.stderr)
    );
    (dir, introspect_stderr)
}

/// `pg_dump --schema-only` without what differs between any two databases (comments, `SET`s,
/// the per-dump `\restrict` key, blank lines).
fn schema_dump(db: &TestDb) -> String {
    let out = Command::new("pg_dump")
        .args(["--schema-only", "--no-owner", "--no-privileges", db.url()])
        .output()
        .expect("pg_dump runs (it comes with PostgreSQL)");
    assert!(out.status.success(), "pg_dump: {}", text(&out.stderr));
    text(&out.stdout)
        .lines()
        .filter(|l| {
            !(l.is_empty()
                || l.starts_with("--")
                || l.starts_with("SET ")
                || l.starts_with("SELECT pg_catalog.set_config")
                || l.starts_with("\\restrict")
                || l.starts_with("\\unrestrict"))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `gen ddl --dialect postgres` of the introspected schema applied to a new database, whose
/// dump must equal the original's.
fn assert_ddl_recreates(run: &Run, name: &str) {
    let ddl = gen_cmd(&run.dir, &["ddl", "--dialect", "postgres"]);
    assert_eq!(code(&ddl), 0, "{name}: gen ddl:\n{}", text(&ddl.stderr));
    let copy = TestDb::create(&format!("realdb_{name}_copy"));
    copy.execute_batch(&text(&ddl.stdout))
        .unwrap_or_else(|e| panic!("{name}: gen ddl's script applies: {e}"));
    let (want, got) = (schema_dump(&run.db), schema_dump(&copy));
    if want != got {
        let diff = similar::TextDiff::from_lines(&want, &got)
            .unified_diff()
            .header("original", "recreated by gen ddl")
            .to_string();
        panic!("{name}: the recreated database differs:\n{diff}");
    }
}

/// Every generated crate of `runs` in one scratch workspace (the first as `generated`, the
/// others renamed after their fixture), checked with every feature and warnings denied in one
/// cargo build.
fn check_crates(scratch_name: &str, dirs: &[(&str, &Path)]) -> Scratch {
    let mut scratch = Scratch::new(scratch_name);
    for (i, (name, dir)) in dirs.iter().enumerate() {
        let from = dir.join("generated");
        match i {
            0 => copy_dir(&from, &scratch.out()),
            _ => scratch.add_generated(name, &from),
        }
    }
    let out = scratch.check_all_features();
    assert_ok(&out, "cargo check --all-features of the fixture crates");
    scratch
}

/// The `models = …` dependency line for fixture crate `name` of a [`check_crates`] workspace
/// (the first is `generated`, the others `models_<name>` in `<name>/`), with `features`.
fn models_dep(scratch_first: &str, name: &str, features: &str) -> String {
    match name == scratch_first {
        true => format!("models = {{ path = \"../generated\"{features} }}\n"),
        false => {
            format!("models = {{ package = \"models_{name}\", path = \"../{name}\"{features} }}\n")
        }
    }
}

/// The first fixture of every [`check_crates`] workspace: its crate is `generated`.
const FIRST: &str = "values";

/// Builds and runs `tests/realdb/roundtrip/<name>.rs` (against fixture `name`'s crate of the
/// scratch workspace, with the postgres feature) on `run`'s database: one row per table
/// through the generated insert and decode, asserting every value.
fn round_trip(scratch: &mut Scratch, name: &str, run: &Run) {
    round_trip_on(
        scratch,
        name,
        &format!("{name}.rs"),
        "postgres",
        run.db.url(),
    );
}

/// Builds `tests/realdb/roundtrip/<program>` (with `common.rs`) against fixture `name`'s
/// crate with the `feature` driver and runs it with `ROUNDTRIP_URL` = `url`.
fn round_trip_on(scratch: &mut Scratch, name: &str, program: &str, feature: &str, url: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/realdb/roundtrip");
    let read = |f: &str| {
        let p = dir.join(f);
        fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    };
    let main = read(program) + &read("common.rs") + &read(&format!("connect_{feature}.rs"));
    let driver = match feature {
        "postgres" => "tokio-postgres = \"0.7\"\n",
        _ => {
            "tiberius = { version = \"0.13\", default-features = false, features = [\"rustls\", \"tds73\", \"chrono\", \"rust_decimal\"] }\n\
              tokio-util = { version = \"0.7\", features = [\"compat\"] }\n"
        }
    };
    let deps = models_dep(FIRST, name, &format!(", features = [\"{feature}\"]"))
        + &format!("gen-runtime = {{ path = \"../runtime\", features = [\"{feature}\"] }}\n")
        + "tokio = { version = \"1\", features = [\"rt\", \"macros\", \"net\"] }\n\
           chrono = { version = \"0.4\", default-features = false, features = [\"std\"] }\n\
           rust_decimal = \"1\"\n"
        + driver;
    let bin = format!("roundtrip_{}", program.trim_end_matches(".rs"));
    scratch.add_bin(&bin, &deps, &main);
    let out = scratch.run(&bin, &[("ROUNDTRIP_URL", url)]);
    assert_ok(&out, &format!("the {program} round trip"));
    assert!(
        text(&out.stdout).contains("roundtrip ok"),
        "{}",
        text(&out.stdout)
    );
}

/// A crate calling every by-key method on `sales.PriceLog` (no primary key): each call must
/// fail to compile, at its line, with gen-runtime's `Keyed` message.
const KEYLESS_MISUSE: &str = r#"//! By-key methods of a table without a primary key.
use gen_runtime::{Conn, Query};
use models::sales::PriceLog;

pub async fn find<C: Conn>(c: C) {
    let _ = PriceLog::find(c, Vec::new()).await;
}
pub async fn find_deleted<C: Conn>(c: C) {
    let _ = PriceLog::find_including_deleted(c, Vec::new()).await;
}
pub fn by_key() {
    let _ = PriceLog::by_key(Vec::new());
}
pub fn key(row: &PriceLog) {
    let _ = row.key();
}
pub fn update(row: &PriceLog) {
    let _ = row.set(|r| r.note = None);
}
pub async fn soft_delete<C: Conn>(row: &PriceLog, c: C) {
    let _ = row.soft_delete(c, None).await;
}
/// What a keyless table does offer compiles.
pub async fn reads<C: Conn + Copy>(c: C) -> Result<usize, gen_runtime::Error> {
    let all = PriceLog::all(c).await?;
    let live = PriceLog::select().all(c).await?;
    Ok(all.len() + live.len())
}
"#;

/// A crate writing to and finding by key in `shop.ActiveProduct`, a view: none of it may
/// compile (no `New…` struct, no `NewRecord`, no `Keyed`).
const VIEW_MISUSE: &str = r#"//! Writes and by-key methods of a view.
use gen_runtime::{Conn, Query};
use models::shop::ActiveProduct;

pub async fn find<C: Conn>(c: C) {
    let _ = ActiveProduct::find(c, Vec::new()).await;
}
pub fn update(row: &ActiveProduct) {
    let _ = row.set(|r| r.name = None);
}
pub async fn soft_delete<C: Conn>(row: &ActiveProduct, c: C) {
    let _ = row.soft_delete(c, None).await;
}
pub async fn insert<C: Conn>(c: C) {
    let _ = models::shop::active_product::NewActiveProduct::insert_many(c, &[]).await;
}
/// What a view does offer compiles.
pub async fn reads<C: Conn + Copy>(c: C) -> Result<usize, gen_runtime::Error> {
    let all = ActiveProduct::all(c).await?;
    let some = ActiveProduct::select()
        .where_eq(models::shop::active_product::columns::NAME, "Tea")
        .all(c)
        .await?;
    Ok(all.len() + some.len())
}
"#;

/// Adds `code` as library crate `name` depending on fixture `fixture`'s crate, checks it alone
/// and asserts that it fails exactly at `lines` (1-based), each with an error containing
/// `message` (`None`: any error), and nowhere else.
fn assert_fails_to_compile(
    scratch: &mut Scratch,
    name: &str,
    fixture: &str,
    code: &str,
    lines: &[(usize, Option<&str>)],
) {
    let deps = models_dep(FIRST, fixture, "") + "gen-runtime = { path = \"../runtime\" }\n";
    scratch.add_lib(name, &deps, code);
    let out = scratch.check_short(&["-p", name]);
    let stderr = text(&out.stderr);
    assert!(!out.status.success(), "{name} compiled:\n{stderr}");
    let file = format!("{name}/src/lib.rs:");
    let errors: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with(&file) && l.contains(": error"))
        .collect();
    for (line, message) in lines {
        let at = format!("{file}{line}:");
        assert!(
            errors
                .iter()
                .any(|l| l.starts_with(&at) && message.is_none_or(|m| l.contains(m))),
            "no error {message:?} at {name} line {line}:\n{stderr}"
        );
    }
    for l in &errors {
        assert!(
            lines
                .iter()
                .any(|(line, _)| l.starts_with(&format!("{file}{line}:"))),
            "an error where none is expected (what a table without a key or a view offers must compile):\n{l}\n{stderr}"
        );
    }
}

/// gen-runtime's message when a by-key method is called on a struct without `Keyed`.
fn no_key(name: &str) -> String {
    format!("error[E0277]: `{name}` has no primary key: it has no by-key find, update or delete")
}

/// Panics unless `gen ddl --dialect mssql` of `run`'s schema fails with exit 2 saying `wants`.
fn refuses_mssql_ddl(run: &Run, wants: &[&str]) {
    let mssql = gen_cmd(&run.dir, &["ddl", "--dialect", "mssql"]);
    let refused = text(&mssql.stderr);
    assert_eq!(code(&mssql), 2, "gen ddl --dialect mssql:\n{refused}");
    says(&refused, wants);
}

/// What the introspected schema.yaml of `run` says.
fn yaml(run: &Run) -> String {
    fs::read_to_string(run.dir.join("schema.yaml")).expect("schema.yaml written")
}

#[test]
fn real_databases_go_through_introspect_lint_models_compile_and_diff() {
    let values = run("values", None);
    let y = yaml(&values);
    says(
        &y,
        &[
            "{ name: CreatedAt, type: datetime2(6)",
            "{ name: SeenAt, type: datetimeoffset(6)",
            "{ name: Opens, type: time(6)",
            "{ name: OpensExact, type: time(3)",
            "{ name: Stamp0, type: datetime2(0)",
            "on_delete: restrict",
        ],
    );
    assert_ddl_recreates(&values, "values");
    refuses_mssql_ddl(
        &values,
        &[
            "sales.Invoice.FK_Invoice_Customer: ON DELETE RESTRICT has no SQL Server form",
            "sales.Customer.FK_Customer_Region: column `RegionID` is int but sales.Region.RegionID is smallint, which SQL Server does not accept",
        ],
    );

    let reported = run(
        "reported",
        Some("gen: \"0.1\"\ndatabase: reported\nfilter:\n  exclude: [\"audit.*\"]\nschemas: []\n"),
    );
    let warned = &reported.introspect_stderr;
    says(
        warned,
        &[
            "warning: exclusion constraint EX_Booking_Room on public.Booking is not modelled",
            "warning: gist index IX_Booking_RoomID on public.Booking is not modelled",
            "warning: the partitioning of public.Measurement is not modelled",
            "warning: partition public.Measurement2026 is not modelled",
            "warning: trigger TR_Booking_Touch on public.Booking is not modelled",
            "warning: foreign key FK_Booking_Actor on public.Booking references audit.Actor, which is not introspected",
        ],
    );
    assert_eq!(
        warned.matches("help:").count(),
        warned.matches("warning:").count(),
        "one help line per warning:\n{warned}"
    );
    assert!(
        !yaml(&reported).contains("FK_Booking_Actor"),
        "the key into the excluded table is dropped"
    );

    let views = run("views", None);
    let y = yaml(&views);
    says(
        &y,
        &[
            "    views:\n      - name: ActiveProduct\n        description: Products still sold.\n        dialect: postgres\n        definition: \"SELECT",
            "{ name: ProductID, type: int, nullable: true }",
            "{ name: Name, type: nvarchar(100), nullable: true, description: Shown to buyers. }",
            "{ name: DoublePrice, type: \"decimal(19,4)\", nullable: true }",
            "{ name: OnHand, type: bigint, nullable: true }",
        ],
    );
    assert!(
        !y.contains("primary_key: { name: PK_ActiveProduct"),
        "a view has no key:\n{y}"
    );
    let lint = text(&gen_cmd(&views.dir, &["lint"]).stdout);
    assert!(
        lint.contains("shop.StockMove") && lint.contains("SOL011"),
        "the table without a key is a lint finding:\n{lint}"
    );
    assert!(
        !lint.contains("shop.ActiveProduct: SOL011")
            && !lint
                .lines()
                .any(|l| l.contains("shop.Stock:") && l.contains("audit")),
        "views are not asked for keys or audit columns:\n{lint}"
    );
    assert_ddl_recreates(&views, "views");
    refuses_mssql_ddl(
        &views,
        &[
            "schema.yaml:",
            "shop.ActiveProduct: the view's definition is PostgreSQL SQL, and gen does not translate a query into SQL Server",
            "help: write the script with `--dialect postgres`",
        ],
    );
    // A column a view gains in the database is seen (additive: nothing inserts into a view).
    views
        .db
        .execute_batch(
            "CREATE OR REPLACE VIEW \"shop\".\"Stock\" AS SELECT \"ProductID\", \
             sum(\"Quantity\")::bigint AS \"OnHand\", max(\"MovedAt\") AS \"LastMove\", \
             count(*)::integer AS \"Moves\" FROM \"shop\".\"StockMove\" GROUP BY \"ProductID\"",
        )
        .unwrap_or_else(|e| panic!("the view changes: {e}"));
    let diff = gen_cmd(&views.dir, &["diff", "--url", views.db.url()]);
    says(&text(&diff.stdout), &["shop.Stock.Moves", "column added"]);

    // Every class that round-trips, in one database (ref + app schemas).
    let mixed = run("mixed", None);
    says(
        &yaml(&mixed),
        &[
            "{ name: Wakes, type: time(6), nullable: true }",
            "on_delete: restrict",
            "    views:\n      - name: AccountTotal\n",
        ],
    );
    assert_ddl_recreates(&mixed, "mixed");

    let enums = run("enums", None);
    let y = yaml(&enums);
    says(
        &y,
        &[
            "    types:\n      - { name: order_state, enum: [new, paid, shipped, on hold, type] }",
            "{ name: State, type: shop.order_state, default: \"'new'\" }",
            "{ name: Previous, type: shop.order_state, nullable: true }",
            "{ name: Channel, type: nvarchar(10), enum: true }",
            "{ name: Channel, type: nvarchar(10), enum: true, nullable: true }",
            "{ name: CK_Order_Channel, expression: \"Channel IN ('web', 'phone', 'in store')\" }",
        ],
    );
    // `Order.Channel`'s enum would be `OrderChannel`, a table's name: it is numbered, aloud.
    let models = gen_cmd(&enums.dir, &["models", "--out", "generated"]);
    says(&text(&models.stderr), &["OrderChannel2"]);
    assert_ddl_recreates(&enums, "enums");
    refuses_mssql_ddl(
        &enums,
        &["shop.order_state: an enum type has no SQL Server form"],
    );
    // The check behind a check enum is still a check: gen diff sees it go.
    enums
        .db
        .execute_batch(r#"ALTER TABLE "shop"."Refund" DROP CONSTRAINT "CK_Refund_Channel""#)
        .expect("drops the check");
    let diff = gen_cmd(&enums.dir, &["diff", "--url", enums.db.url()]);
    says(&text(&diff.stdout), &["CK_Refund_Channel"]);
    assert_eq!(code(&diff), 1, "{}", text(&diff.stdout));
    enums
        .db
        .execute_batch(
            r#"ALTER TABLE "shop"."Refund" ADD CONSTRAINT "CK_Refund_Channel" CHECK ("Channel" IN ('web', 'phone', 'in store'))"#,
        )
        .expect("restores the check");

    let domains = run("domains", None);
    says(
        &yaml(&domains),
        &[
            "  - name: crm\n    types:\n      - { name: amount, type: \"decimal(19,4)\" }\n      - { name: stamp, type: datetime2(6) }",
            "    types:\n      - { name: email, type: nvarchar(254) }",
            "{ name: Email, type: public.email }",
            "{ name: Balance, type: crm.amount }",
        ],
    );
    assert_ddl_recreates(&domains, "domains");

    let arrays = run("arrays", None);
    says(
        &yaml(&arrays),
        &[
            "{ name: Scores, type: \"int[]\" }",
            "{ name: Tags, type: \"nvarchar(max)[]\", nullable: true }",
            "{ name: Codes, type: \"nvarchar(5)[]\", nullable: true }",
            "{ name: Amounts, type: \"decimal(19,4)[]\", nullable: true }",
            "{ name: Seen, type: \"datetimeoffset(6)[]\", nullable: true }",
        ],
    );
    assert_ddl_recreates(&arrays, "arrays");
    refuses_mssql_ddl(
        &arrays,
        &["public.Survey.Scores: an array has no SQL Server form"],
    );

    let mut scratch = check_crates(
        "realdb",
        &[
            (FIRST, &values.dir),
            ("reported", &reported.dir),
            ("views", &views.dir),
            ("mixed", &mixed.dir),
            ("enums", &enums.dir),
            ("domains", &domains.dir),
            ("arrays", &arrays.dir),
        ],
    );
    round_trip(&mut scratch, "values", &values);
    round_trip(&mut scratch, "views", &views);
    round_trip(&mut scratch, "mixed", &mixed);
    round_trip(&mut scratch, "enums", &enums);
    round_trip(&mut scratch, "domains", &domains);
    round_trip(&mut scratch, "arrays", &arrays);
    let price_log = no_key("PriceLog");
    let by_key: Vec<(usize, Option<&str>)> = [6, 9, 12, 15, 18, 21]
        .into_iter()
        .map(|l| (l, Some(price_log.as_str())))
        .collect();
    assert_fails_to_compile(
        &mut scratch,
        "keyless_misuse",
        FIRST,
        KEYLESS_MISUSE,
        &by_key,
    );
    let active = no_key("ActiveProduct");
    let on_view = [
        (6, Some(active.as_str())),
        (9, Some(active.as_str())),
        (12, Some(active.as_str())),
        (15, Some("NewActiveProduct")),
    ];
    assert_fails_to_compile(&mut scratch, "view_misuse", "views", VIEW_MISUSE, &on_view);
}

/// The SQL Server fixtures (`tests/realdb/mssql/*.sql`) on the TDS server (`MSSQL_URL`):
/// each through introspect from an empty directory, lint, models and diff (exit 0); the views
/// written with their query, `gen ddl --dialect postgres` refusing them; every crate checked in
/// one cargo build with every feature; then rows through the `views` crate over tiberius: money
/// at its limits into a table without a key (read back through `OUTPUT INSERTED`) and through a
/// view.
#[test]
#[ignore = "set MSSQL_URL"]
fn sql_server_fixtures_go_through_introspect_lint_models_compile_and_diff() {
    use testkit::mssql::MssqlDb;
    let mut dbs = Vec::new();
    for name in ["values", "views"] {
        let db = testkit::block_on(MssqlDb::with_script(
            &format!("realdb_{name}"),
            &fixture_sql(&format!("mssql/{name}")),
        ))
        .expect("runtime")
        .unwrap_or_else(|e| panic!("mssql/{name}.sql applies: {e}"));
        let (dir, _) = gen_loop(&format!("mssql_corpus_{name}"), db.url(), None);
        dbs.push((name, db, dir));
    }
    let views = &dbs[1].2;
    let y = fs::read_to_string(views.join("schema.yaml")).expect("schema.yaml");
    says(
        &y,
        &[
            "    views:\n",
            "        dialect: mssql\n        definition: \"SELECT",
        ],
    );
    let pg = gen_cmd(views, &["ddl", "--dialect", "postgres"]);
    assert_eq!(code(&pg), 2, "{}", text(&pg.stderr));
    says(
        &text(&pg.stderr),
        &[
            "the view's definition is SQL Server SQL, and gen does not translate a query into PostgreSQL",
        ],
    );
    // gen ddl --dialect mssql recreates the views fixture (tables, then its views) in a new
    // database that the same schema.yaml diffs clean against.
    let ddl = gen_cmd(views, &["ddl", "--dialect", "mssql"]);
    assert_eq!(code(&ddl), 0, "{}", text(&ddl.stderr));
    let copy = testkit::block_on(MssqlDb::with_script(
        "realdb_views_copy",
        &text(&ddl.stdout),
    ))
    .expect("runtime")
    .unwrap_or_else(|e| panic!("gen ddl's script applies: {e}\n{}", text(&ddl.stdout)));
    let diff = gen_cmd(views, &["diff", "--url", copy.url()]);
    assert_eq!(
        code(&diff),
        0,
        "the recreated database:\n{}{}",
        text(&diff.stdout),
        text(&diff.stderr)
    );
    let crates: Vec<(&str, &Path)> = dbs.iter().map(|(n, _, d)| (*n, d.as_path())).collect();
    let mut scratch = check_crates("realdb_mssql", &crates);
    round_trip_on(
        &mut scratch,
        "views",
        "mssql_views.rs",
        "tiberius",
        dbs[1].1.url(),
    );
}

/// The same loop on the TDS server (`MSSQL_URL`): fixture `mssql/<name>.sql`, introspect from
/// an empty directory, lint, models, diff; then the statements the runtime builds for the
/// introspected table read money at its limits back exactly.
#[test]
#[ignore = "set MSSQL_URL"]
fn sql_server_money_round_trips_exactly_to_its_limits() {
    use gen_runtime::{ColumnMeta, Dialect, PrimaryKeyMeta, TableKind, TableMeta};
    let db = testkit::block_on(testkit::mssql::MssqlDb::with_script(
        "realdb_values",
        &fixture_sql("mssql/values"),
    ))
    .expect("runtime")
    .unwrap_or_else(|e| panic!("mssql/values.sql applies: {e}"));
    let dir = fresh_dir("mssql_values");
    for args in [
        &["introspect", "--url", db.url()][..],
        &["models", "--out", "generated"],
        &["diff", "--url", db.url()],
    ] {
        let out = gen_cmd(&dir, args);
        assert_eq!(
            code(&out),
            0,
            "gen {args:?}:\n{}{}",
            text(&out.stdout),
            text(&out.stderr)
        );
    }
    let lint = gen_cmd(&dir, &["lint"]);
    assert!(matches!(code(&lint), 0 | 1), "{}", text(&lint.stderr));
    // Lower-cased: Babelfish 4.2 reports the names folded (issue 13 is about its catalog).
    let y = fs::read_to_string(dir.join("schema.yaml"))
        .expect("schema.yaml")
        .to_lowercase();
    says(
        &y,
        &[
            "{ name: amount, type: money }",
            "{ name: fee, type: smallmoney, nullable: true }",
            "name: pricelog",
        ],
    );

    // What the generated metadata says for dbo.Price, through the runtime's statements.
    static PRICE: TableMeta = TableMeta {
        schema: "dbo",
        name: "Price",
        columns: &[
            ColumnMeta::new("PriceID", "int", false, true, None),
            ColumnMeta::new("Amount", "money", false, false, None),
            ColumnMeta::new("Fee", "smallmoney", true, false, None),
        ],
        kind: TableKind::Table,
        primary_key: Some(PrimaryKeyMeta {
            name: "PK_Price",
            columns: &["PriceID"],
        }),
        foreign_keys: &[],
        uniques: &[],
        indexes: &[],
    };
    let select = format!(
        "SELECT {} FROM {}",
        PRICE.column_list(Dialect::Mssql),
        PRICE.qualified(Dialect::Mssql)
    );
    let rows = testkit::block_on(async {
        db.run(
            "INSERT INTO dbo.Price (Amount, Fee, At) VALUES \
             (922337203685477.5807, 214748.3647, '2026-01-31T12:00:00.1234567'), \
             (-922337203685477.5808, -214748.3648, '2026-01-31T12:00:00'), \
             (32.38, NULL, '2026-01-31T12:00:00')",
        )
        .await?;
        let mut client = db.client().await?;
        let sql = format!("{select} ORDER BY [PriceID]");
        let stream = client.simple_query(sql.as_str()).await;
        let stream = stream.unwrap_or_else(|e| panic!("{sql}: {e}"));
        let rows = stream.into_first_result().await;
        let rows = rows.unwrap_or_else(|e| panic!("{sql}: {e}"));
        // Read as exact numerics: a money column read bare comes back as an f64 and fails.
        let exact = |r: &tiberius::Row, i: usize| {
            r.try_get::<tiberius::numeric::Numeric, usize>(i)
                .unwrap_or_else(|e| panic!("column {i} is not an exact numeric: {e}"))
                .map(|n| n.to_string())
        };
        // Without the cast the driver hands money over as an f64, which is why it exists.
        let bare = client
            .simple_query("SELECT [Amount] FROM [dbo].[Price]")
            .await;
        let bare = bare
            .unwrap_or_else(|e| panic!("{e}"))
            .into_first_result()
            .await;
        let bare = bare.unwrap_or_else(|e| panic!("{e}"));
        assert!(
            bare[0]
                .try_get::<tiberius::numeric::Numeric, usize>(0)
                .is_err(),
            "a bare money column decodes as an exact numeric; the CAST may be unnecessary"
        );
        Ok::<_, testkit::TestDbError>(
            rows.iter()
                .map(|r| (exact(r, 1), exact(r, 2)))
                .collect::<Vec<_>>(),
        )
    })
    .expect("runtime")
    .unwrap_or_else(|e| panic!("{select}: {e}"));
    let got = rows;
    let s = |v: &str| Some(v.to_owned());
    assert_eq!(
        got,
        [
            (s("922337203685477.5807"), s("214748.3647")),
            (s("-922337203685477.5808"), s("-214748.3648")),
            (s("32.3800"), None),
        ],
        "money read through {select}"
    );
}

#[test]
fn types_gen_cannot_hold_are_refused_by_name_with_one_help_each() {
    let db = TestDb::create("realdb_refused");
    db.execute_batch(&fixture_sql("refused"))
        .unwrap_or_else(|e| panic!("refused.sql applies: {e}"));
    let dir = fresh_dir("refused");
    let out = gen_cmd(&dir, &["introspect", "--url", db.url()]);
    let err = text(&out.stderr);
    assert_eq!(code(&out), 2, "{err}");
    says(
        &err,
        &[
            "error: public.Ledger.Huge: type `numeric(38,2)` is not supported: precision 38 is more than rust_decimal::Decimal holds (28 digits)",
            "error: public.Ledger.Loose: type `numeric` is not supported: numeric without a precision",
            "error: public.Ledger.During: type `tsrange` is not supported: it has no canonical type",
        ],
    );
    assert_eq!(
        err.matches("help:").count(),
        3,
        "one help line each:\n{err}"
    );
    assert!(
        !dir.join("schema.yaml").exists(),
        "nothing is written when a type is refused"
    );
}

/// Check enums and alias types on the TDS server (`MSSQL_URL`): the stored OR chain of a
/// value-list check reads back as its labels and `enum: true`; alias types keep their name
/// and base type; `gen ddl --dialect mssql` of each introspected schema recreates a database
/// against which `gen diff` is clean.
#[test]
#[ignore = "set MSSQL_URL"]
fn sql_server_check_enums_and_alias_types_round_trip() {
    use testkit::mssql::MssqlDb;
    let fixtures: [(&str, &[&str]); 2] = [
        (
            "enums",
            &[
                "{ name: channel, type: varchar(10), enum: true }",
                "{ name: carrier, type: nvarchar(20), enum: true, nullable: true }",
                "expression: \"channel in ('web', 'phone', 'in store')\"",
            ],
        ),
        (
            "domains",
            &[
                "types:\n      - { name: email, type: nvarchar(254) }\n      - { name: amount, type: \"decimal(19,4)\" }",
                "{ name: email, type: dbo.email }",
                "{ name: spare, type: dbo.email, nullable: true }",
                "{ name: balance, type: dbo.amount }",
            ],
        ),
    ];
    for (name, wants) in fixtures {
        let db = testkit::block_on(MssqlDb::with_script(
            &format!("realdb_{name}"),
            &fixture_sql(&format!("mssql/{name}")),
        ))
        .expect("runtime")
        .unwrap_or_else(|e| panic!("mssql/{name}.sql applies: {e}"));
        let (dir, _) = gen_loop(&format!("mssql_{name}"), db.url(), None);
        // Lower-cased: Babelfish 4.2 reports the names folded (issue 13 is about its catalog).
        let y = fs::read_to_string(dir.join("schema.yaml")).expect("schema.yaml");
        says(&y.to_lowercase(), wants);
        let ddl = gen_cmd(&dir, &["ddl", "--dialect", "mssql"]);
        assert_eq!(code(&ddl), 0, "{name}: gen ddl:\n{}", text(&ddl.stderr));
        let copy = testkit::block_on(MssqlDb::with_script(
            &format!("realdb_{name}_copy"),
            &text(&ddl.stdout),
        ))
        .expect("runtime")
        .unwrap_or_else(|e| panic!("{name}: gen ddl's script applies: {e}"));
        let diff = gen_cmd(&dir, &["diff", "--url", copy.url()]);
        assert_eq!(
            code(&diff),
            0,
            "{name}: gen diff against the database gen ddl made:\n{}{}",
            text(&diff.stdout),
            text(&diff.stderr)
        );
    }
}
