//! Shared by the SQL Server live tests (`MSSQL_URL`, each test in its own database): a small
//! schema with every construct a Babelfish quirk touches, its DDL exactly as
//! `gen ddl --dialect mssql` writes it, and `gen` run against the database.

#![allow(dead_code)]

use std::path::Path;
use std::process::Output;

use gen_runtime::Dialect;
use generator::ddl::{DdlOptions, script};
use testkit::block_on;
use testkit::mssql::MssqlDb;

use crate::diff_common::{JsonDiff, gen_cmd, parse_json, schema_dir};

/// A schema in canonical form: a reference table with rows and a business table with an
/// identity, a `datetime2(7)`, a filtered unique index, a descending index, a LIKE check and a
/// negative bound (what Babelfish stores in another spelling).
pub const SHOP: &str = r#"gen: "0.1"
database: Shop
schemas:
  - name: ref
    description: Lookups.
    tables:
      - name: Status
        description: Item states.
        enum: Code
        columns:
          - { name: StatusID, type: int, description: Key. }
          - { name: Code, type: nvarchar(20), description: Variant name. }
          - { name: Name, type: nvarchar(50), description: Display name. }
          - { name: SortOrder, type: int, default: 0, default_name: DF_Status_SortOrder, description: Order. }
        primary_key: { name: PK_Status, columns: [StatusID] }
        unique:
          - { name: UQ_Status_Code, columns: [Code] }
        rows:
          - { StatusID: 1, Code: OPEN, Name: Open, SortOrder: 1 }
          - { StatusID: 2, Code: CLOSED, Name: Closed, SortOrder: 2 }
  - name: dbo
    description: Business tables.
    tables:
      - name: Item
        description: Things for sale.
        columns:
          - { name: ItemID, type: bigint, identity: true, description: Key. }
          - { name: StatusID, type: int, description: State. }
          - { name: Title, type: nvarchar(100), description: Shown to buyers. }
          - { name: Sku, type: nvarchar(20), nullable: true, description: Stock keeping unit. }
          - { name: Email, type: nvarchar(255), nullable: true, description: Seller contact. }
          - { name: UtcOffset, type: int, default: 0, default_name: DF_Item_UtcOffset, description: Minutes from UTC. }
          - { name: Price, type: "decimal(10,2)", default: 0, default_name: DF_Item_Price, description: Price in AUD. }
          - { name: Notes, type: nvarchar(max), nullable: true, description: Free text. }
          - { name: IsDeleted, type: bit, default: false, default_name: DF_Item_IsDeleted, description: Soft delete. }
          - { name: CreatedDate, type: datetime2(7), default: GETUTCDATE(), default_name: DF_Item_CreatedDate, description: When created (UTC). }
          - { name: UpdatedDate, type: datetime2(7), nullable: true, description: When last changed (UTC). }
        primary_key: { name: PK_Item, columns: [ItemID] }
        foreign_keys:
          - { name: FK_Item_Status, columns: [StatusID], references: ref.Status, ref_columns: [StatusID] }
        indexes:
          - { name: IX_Item_Title, columns: [Title] }
          - { name: IX_Item_Sku, columns: [Sku], unique: true, filter: "Sku IS NOT NULL" }
          - { name: IX_Item_Created, columns: [CreatedDate DESC], include: [Title] }
        checks:
          - { name: CK_Item_Price, expression: "Price >= 0" }
          - { name: CK_Item_Email, expression: "Email LIKE '%_@_%'" }
          - { name: CK_Item_UtcOffset, expression: "UtcOffset BETWEEN -720 AND 840" }
"#;

/// `gen ddl --dialect mssql` of a schema text (with its reference rows).
pub fn ddl_of(schema_text: &str) -> String {
    let (_dir, path) = schema_dir(schema_text);
    let loaded = generator::pipeline::load_schema(&path)
        .unwrap_or_else(|e| panic!("the test schema does not load: {e}"));
    script(&loaded.db, Dialect::Mssql, DdlOptions { seed: true })
}

/// A new database holding [`SHOP`].
pub fn shop_db(prefix: &str) -> MssqlDb {
    loaded_db(prefix, &ddl_of(SHOP))
}

/// A new database on the `MSSQL_URL` server with `script` run in it.
pub fn loaded_db(prefix: &str, script: &str) -> MssqlDb {
    block_on(MssqlDb::with_script(prefix, script))
        .and_then(|r| r)
        .unwrap_or_else(|e| panic!("{e}"))
}

/// Runs T-SQL batches (separated by `GO` lines) in `db`.
pub fn run(db: &MssqlDb, sql: &str) {
    block_on(db.run(sql))
        .and_then(|r| r)
        .unwrap_or_else(|e| panic!("{e}"));
}

/// Rows of a query in `db`, as text.
pub fn rows(db: &MssqlDb, sql: &str) -> Vec<Vec<Option<String>>> {
    block_on(db.query_text(sql))
        .and_then(|r| r)
        .unwrap_or_else(|e| panic!("{e}"))
}

/// Whether the `MSSQL_URL` server is Babelfish (asked once).
pub fn babelfish() -> bool {
    static IS: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *IS.get_or_init(|| {
        let url = testkit::mssql::mssql_url().unwrap_or_else(|| panic!("set MSSQL_URL"));
        block_on(async {
            let mut c = testkit::mssql::connect(&url).await?;
            let sql = "SELECT CAST(SERVERPROPERTY('BabelfishVersion') AS nvarchar(128))";
            testkit::mssql::query_text(&mut c, sql).await
        })
        .and_then(|r| r)
        .map(|r| {
            r.first()
                .and_then(|r| r.first().cloned().flatten())
                .is_some()
        })
        .unwrap_or_else(|e| panic!("{e}"))
    })
}

/// What keeps a NOT NULL column NOT NULL in `ALTER TABLE … ALTER COLUMN`: SQL Server makes the
/// column nullable unless told `NOT NULL`; Babelfish refuses `NULL` / `NOT NULL` there ("not
/// currently supported") and keeps the nullability as it is.
pub fn keep_not_null() -> &'static str {
    if babelfish() { "" } else { " NOT NULL" }
}

/// Whether the server is Babelfish.
pub fn is_babelfish(db: &MssqlDb) -> bool {
    let r = rows(
        db,
        "SELECT CAST(SERVERPROPERTY('BabelfishVersion') AS nvarchar(128))",
    );
    r.first()
        .and_then(|r| r.first().cloned().flatten())
        .is_some()
}

/// `gen ARGS…` in `dir` with `--url` of `db` appended after the subcommand.
pub fn gen_at(db: &MssqlDb, args: &[&str], dir: &Path) -> Output {
    let mut all = vec![args[0], "--url", db.url()];
    all.extend_from_slice(&args[1..]);
    gen_cmd(&all, &[], dir)
}

/// (exit code, stdout, stderr).
pub fn texts(out: &Output) -> (i32, String, String) {
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `gen diff --format json` of `schema_text` against `db`: the exit code and the differences.
pub fn diff_json(db: &MssqlDb, schema_text: &str) -> (i32, Vec<JsonDiff>) {
    let (dir, _) = schema_dir(schema_text);
    let out = gen_at(
        db,
        &["diff", "--schema", "schema.yaml", "--format", "json"],
        dir.path(),
    );
    let (code, stdout, stderr) = texts(&out);
    assert!(code == 0 || code == 1, "exit {code}\n{stdout}\n{stderr}");
    (code, parse_json(&stdout))
}

/// A fresh [`SHOP`] database changed by `tsql`: exactly one difference of `grade` and `kind`
/// at `path`, exit 1.
pub fn assert_one(prefix: &str, tsql: &str, grade: &str, kind: &str, path: &str) -> JsonDiff {
    let db = shop_db(prefix);
    run(&db, tsql);
    let (code, diffs) = diff_json(&db, SHOP);
    assert_eq!(diffs.len(), 1, "{tsql}: {diffs:#?}");
    let d = diffs[0].clone();
    // Babelfish folds the names of constraints and indexes created after the fact to lower
    // case and keeps no original (only schema.yaml's spelling can restore one it knows).
    let seen = if babelfish() {
        d.path.to_ascii_lowercase()
    } else {
        d.path.clone()
    };
    let want = if babelfish() {
        path.to_ascii_lowercase()
    } else {
        path.to_owned()
    };
    assert_eq!(
        (d.grade.as_str(), d.kind.as_str(), seen.as_str()),
        (grade, kind, want.as_str()),
        "{tsql}: {d:#?}"
    );
    assert_eq!(code, 1);
    d
}
