//! One live change per difference class: `gen diff` exits 1 and names exactly that change,
//! with its grade, and both sides.

mod diff_common;

use diff_common::assert_one;

const ITEM: &str = r#""dbo"."Item""#;

#[test]
fn table_added_and_removed() {
    assert_one(
        "dc_tadd",
        r#"CREATE TABLE "dbo"."Extra" ("ExtraID" int PRIMARY KEY)"#,
        "additive",
        "table_added",
        "dbo.Extra",
    );
    assert_one(
        "dc_tdel",
        &format!("DROP TABLE {ITEM}"),
        "breaking",
        "table_removed",
        "dbo.Item",
    );
    let sql = r#"COMMENT ON SCHEMA "ref" IS 'Other.'"#;
    assert_one("dc_sdesc", sql, "cosmetic", "description", "ref");
}

#[test]
fn column_added_and_removed() {
    let d = assert_one(
        "dc_cadd",
        &format!(r#"ALTER TABLE {ITEM} ADD "Color" varchar(10)"#),
        "additive",
        "column_added",
        "dbo.Item.Color",
    );
    assert_eq!(
        (d.expected, d.actual.as_deref()),
        (None, Some("varchar(10) NULL"))
    );
    let sql = format!(r#"ALTER TABLE {ITEM} ADD "Sku" varchar(10) NOT NULL"#);
    assert_one("dc_cadd2", &sql, "breaking", "column_added", "dbo.Item.Sku");
    let d = assert_one(
        "dc_cdel",
        &format!(r#"ALTER TABLE {ITEM} DROP COLUMN "Notes""#),
        "breaking",
        "column_removed",
        "dbo.Item.Notes",
    );
    assert_eq!((d.expected.as_deref(), d.actual), (Some("text NULL"), None));
}

#[test]
fn type_and_length() {
    let d = assert_one(
        "dc_type",
        &format!(r#"ALTER TABLE {ITEM} ALTER "Title" TYPE char(100)"#),
        "breaking",
        "type",
        "dbo.Item.Title",
    );
    assert_eq!(
        (d.expected.as_deref(), d.actual.as_deref()),
        (Some("varchar(100)"), Some("char(100)"))
    );
    let sql = format!(r#"ALTER TABLE {ITEM} ALTER "Title" TYPE varchar(50)"#);
    assert_one("dc_narrow", &sql, "breaking", "length", "dbo.Item.Title");
    let sql = format!(r#"ALTER TABLE {ITEM} ALTER "Title" TYPE varchar(200)"#);
    assert_one("dc_widen", &sql, "additive", "length", "dbo.Item.Title");
    let sql = format!(r#"ALTER TABLE {ITEM} ALTER "Price" TYPE numeric(12,4)"#);
    let d = assert_one("dc_prec", &sql, "additive", "length", "dbo.Item.Price");
    assert_eq!(
        (d.expected.as_deref(), d.actual.as_deref()),
        (Some("numeric(10,2)"), Some("numeric(12,4)"))
    );
}

#[test]
fn nullability_identity_default() {
    let d = assert_one(
        "dc_null",
        &format!(r#"ALTER TABLE {ITEM} ALTER "Title" DROP NOT NULL"#),
        "breaking",
        "nullability",
        "dbo.Item.Title",
    );
    assert_eq!(
        (d.expected.as_deref(), d.actual.as_deref()),
        (Some("NOT NULL"), Some("NULL"))
    );
    assert_one(
        "dc_ident",
        &format!(r#"ALTER TABLE {ITEM} ALTER "ItemID" DROP IDENTITY"#),
        "breaking",
        "identity",
        "dbo.Item.ItemID",
    );
    let d = assert_one(
        "dc_def",
        &format!(r#"ALTER TABLE {ITEM} ALTER "Price" SET DEFAULT 5"#),
        "additive",
        "default",
        "dbo.Item.Price",
    );
    assert_eq!(
        (d.expected.as_deref(), d.actual.as_deref()),
        (Some("0"), Some("5"))
    );
    assert_one(
        "dc_nodef",
        &format!(r#"ALTER TABLE {ITEM} ALTER "Price" DROP DEFAULT"#),
        "breaking",
        "default",
        "dbo.Item.Price",
    );
}

#[test]
fn keys_and_constraints() {
    let pk = format!(
        r#"ALTER TABLE {ITEM} DROP CONSTRAINT "PK_Item"; ALTER TABLE {ITEM} ADD CONSTRAINT "PK_Item" PRIMARY KEY ("ItemID", "Title")"#
    );
    assert_one("dc_pk", &pk, "breaking", "primary_key", "dbo.Item");
    let fk = format!(r#"ALTER TABLE {ITEM} DROP CONSTRAINT "FK_Item_Status""#);
    let d = assert_one(
        "dc_fk",
        &fk,
        "additive",
        "foreign_key",
        "dbo.Item.FK_Item_Status",
    );
    assert_eq!(d.actual, None);
    let uq = format!(r#"ALTER TABLE {ITEM} ADD CONSTRAINT "UQ_Item_Title" UNIQUE ("Title")"#);
    assert_one("dc_uq", &uq, "additive", "unique", "dbo.Item.UQ_Item_Title");
    let ck = format!(
        r#"ALTER TABLE {ITEM} DROP CONSTRAINT "CK_Item_Price"; ALTER TABLE {ITEM} ADD CONSTRAINT "CK_Item_Price" CHECK ("Price" > 1)"#
    );
    assert_one("dc_ck", &ck, "additive", "check", "dbo.Item.CK_Item_Price");
}

#[test]
fn indexes() {
    assert_one(
        "dc_ixdel",
        r#"DROP INDEX "dbo"."IX_Item_Title""#,
        "additive",
        "index",
        "dbo.Item.IX_Item_Title",
    );
    let add = format!(r#"CREATE INDEX "IX_Item_Price" ON {ITEM} ("Price" DESC)"#);
    let d = assert_one(
        "dc_ixadd",
        &add,
        "additive",
        "index",
        "dbo.Item.IX_Item_Price",
    );
    assert_eq!(d.actual.as_deref(), Some("(Price DESC)"));
    let rename = r#"ALTER INDEX "dbo"."IX_Item_Title" RENAME TO "IX_Item_Name""#;
    let d = assert_one(
        "dc_ixname",
        rename,
        "cosmetic",
        "index_name",
        "dbo.Item.IX_Item_Title",
    );
    assert_eq!(d.actual.as_deref(), Some("IX_Item_Name"));
}

#[test]
fn descriptions() {
    let sql = format!(r#"COMMENT ON COLUMN {ITEM}."Title" IS 'Headline.'"#);
    let d = assert_one("dc_desc", &sql, "cosmetic", "description", "dbo.Item.Title");
    assert_eq!(
        (d.expected.as_deref(), d.actual.as_deref()),
        (Some("Shown to buyers."), Some("Headline."))
    );
    assert_one(
        "dc_tdesc",
        &format!("COMMENT ON TABLE {ITEM} IS NULL"),
        "cosmetic",
        "description",
        "dbo.Item",
    );
}

#[test]
fn reference_rows_by_id_and_code() {
    let add = r#"INSERT INTO "ref"."Status" VALUES (3, 'HELD', 'Held', 3)"#;
    assert_one(
        "dc_radd",
        add,
        "breaking",
        "row_added",
        "ref.Status[StatusID=3]",
    );
    let del = r#"DELETE FROM "ref"."Status" WHERE "StatusID" = 2"#;
    let d = assert_one(
        "dc_rdel",
        del,
        "breaking",
        "row_removed",
        "ref.Status[StatusID=2]",
    );
    assert_eq!(
        d.expected.as_deref(),
        Some("{StatusID: 2, Code: CLOSED, Name: Closed, SortOrder: 2}")
    );
    let rename = r#"UPDATE "ref"."Status" SET "Name" = 'Shut' WHERE "StatusID" = 2"#;
    assert_one(
        "dc_rname",
        rename,
        "cosmetic",
        "row_changed",
        "ref.Status[StatusID=2]",
    );
    let recode = r#"UPDATE "ref"."Status" SET "Code" = 'SHUT' WHERE "StatusID" = 2"#;
    assert_one(
        "dc_rcode",
        recode,
        "breaking",
        "row_changed",
        "ref.Status[StatusID=2]",
    );
    let renumber = r#"UPDATE "ref"."Status" SET "StatusID" = 9 WHERE "StatusID" = 2"#;
    let d = assert_one(
        "dc_rnum",
        renumber,
        "breaking",
        "row_changed",
        "ref.Status[StatusID=2]",
    );
    assert!(
        d.actual
            .as_deref()
            .is_some_and(|a| a.contains("StatusID: 9")),
        "{d:?}"
    );
}
