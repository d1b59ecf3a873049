//! The generated-code macros on a hand-written table, as the generator emits them: metadata,
//! decoding, values, and serde (keys are SQL names, reference enums go by code, the rules of
//! serde's derive for missing, repeated and unknown fields).

use crate::{ColumnMeta, ForeignKeyMeta, IndexMeta, Record, RefEnum, SqlValue, Table, TableMeta};
use crate::{NewRecord, ToValue, ValueRow};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Status {
    Active,
    Pending,
}

impl RefEnum for Status {
    const TABLE: &'static str = "ref.Status";
    const ALL: &'static [Self] = &[Status::Active, Status::Pending];

    fn id(self) -> i64 {
        match self {
            Status::Active => 1,
            Status::Pending => 2,
        }
    }

    fn code(self) -> &'static str {
        match self {
            Status::Active => "ACTIVE",
            Status::Pending => "PENDING",
        }
    }
}

impl ToValue for Status {
    fn to_value(&self) -> SqlValue {
        SqlValue::I32(Some(RefEnum::id(*self) as i32))
    }

    fn null() -> SqlValue {
        SqlValue::I32(None)
    }
}

impl serde::Serialize for Status {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::serde_code::serialize(*self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for Status {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::serde_code::deserialize(deserializer)
    }
}

mod columns {
    pub const ID: &str = "ID";
    pub const TYPE: &str = "Type Name";
    pub const STATUS_ID: &str = "StatusID";
    pub const NOTE: &str = "Note";
}

#[derive(Debug, Clone, PartialEq)]
struct Person {
    id: i64,
    r#type: String,
    status_id: Status,
    note: Option<String>,
}

#[derive(Debug, Clone)]
struct NewPerson {
    r#type: String,
    status_id: Status,
}

crate::table_meta!(
    Person = "dbo"."Person";
    columns[ID("bigint").identity(), TYPE("nvarchar(10)"), STATUS_ID("int"),
        NOTE("nvarchar(50)").null().default("'x'")];
    primary_key["PK_Person"("ID")];
    foreign_keys["FK_Person_Status"("StatusID") => "ref"."Status"("StatusID")];
    uniques[];
    indexes["IX_Person_Type"("Type Name", "ID").unique(), "IX_Person_Note"("Note")];
);

crate::record!(
    Person, NewPerson;
    id = get(0, ID), r#type = get(1, TYPE), status_id = reference(2, STATUS_ID),
    note = opt(3, NOTE);
    r#type, status_id
);

fn person() -> Person {
    Person {
        id: 7,
        r#type: "a".into(),
        status_id: Status::Pending,
        note: None,
    }
}

#[test]
fn table_meta_is_the_spelled_out_constant() {
    const EXPECTED: TableMeta = TableMeta {
        schema: "dbo",
        name: "Person",
        columns: &[
            ColumnMeta::new("ID", "bigint", false, true, None),
            ColumnMeta::new("Type Name", "nvarchar(10)", false, false, None),
            ColumnMeta::new("StatusID", "int", false, false, None),
            ColumnMeta::new("Note", "nvarchar(50)", true, false, Some("'x'")),
        ],
        kind: crate::TableKind::Table,
        primary_key: Some(crate::PrimaryKeyMeta {
            name: "PK_Person",
            columns: &["ID"],
        }),
        foreign_keys: &[ForeignKeyMeta {
            name: "FK_Person_Status",
            columns: &["StatusID"],
            ref_schema: "ref",
            ref_table: "Status",
            ref_columns: &["StatusID"],
        }],
        uniques: &[],
        indexes: &[
            IndexMeta {
                name: "IX_Person_Type",
                columns: &["Type Name", "ID"],
                unique: true,
            },
            IndexMeta {
                name: "IX_Person_Note",
                columns: &["Note"],
                unique: false,
            },
        ],
    };
    assert_eq!(*Person::META, EXPECTED);
}

#[test]
fn every_flag_combination_of_a_column() {
    crate::table_meta!(
        Flags = "s"."t";
        columns[A("int"), B("int").null(), C("int").identity(), D("int").null().identity(),
            E("int").default("1"), F("int").null().default("2"), G("int").identity().default("3"),
            H("int").null().identity().default("4")];
        primary_key[];
        foreign_keys[];
        uniques["UQ"("A")];
        indexes[];
    );
    struct Flags;
    mod columns {
        pub const A: &str = "A";
        pub const B: &str = "B";
        pub const C: &str = "C";
        pub const D: &str = "D";
        pub const E: &str = "E";
        pub const F: &str = "F";
        pub const G: &str = "G";
        pub const H: &str = "H";
    }
    let flags: Vec<(bool, bool, Option<&str>)> = Flags::META
        .columns
        .iter()
        .map(|c| (c.nullable, c.identity, c.default))
        .collect();
    assert_eq!(
        flags,
        [
            (false, false, None),
            (true, false, None),
            (false, true, None),
            (true, true, None),
            (false, false, Some("1")),
            (true, false, Some("2")),
            (false, true, Some("3")),
            (true, true, Some("4")),
        ]
    );
    assert!(Flags::META.primary_key.is_none());
    assert!(Flags::META.uniques[0].unique);
}

#[test]
fn records_decode_in_column_order_and_give_their_values() {
    let values = [
        SqlValue::I64(Some(7)),
        SqlValue::Text(Some("a".into())),
        SqlValue::I32(Some(2)),
        SqlValue::Text(None),
    ];
    let mut row = ValueRow::new(&values, Person::META);
    assert_eq!(Person::decode(&mut row), Ok(person()));
    assert_eq!(person().values(), values);
    let new = NewPerson {
        r#type: "a".into(),
        status_id: Status::Active,
    };
    assert_eq!(
        new.values(),
        [
            Some(SqlValue::Text(Some("a".into()))),
            Some(SqlValue::I32(Some(1)))
        ]
    );
    let unknown = [
        SqlValue::I64(Some(7)),
        SqlValue::Text(Some("a".into())),
        SqlValue::I32(Some(9)),
        SqlValue::Text(None),
    ];
    let err = Person::decode(&mut ValueRow::new(&unknown, Person::META)).unwrap_err();
    assert_eq!((err.table.as_str(), err.column), ("dbo.Person", "StatusID"));
    // The first column that does not fit is the one reported.
    let two_bad = [
        SqlValue::I64(Some(7)),
        SqlValue::I64(Some(1)),
        SqlValue::I32(Some(9)),
        SqlValue::Text(None),
    ];
    let err = Person::decode(&mut ValueRow::new(&two_bad, Person::META)).unwrap_err();
    assert_eq!(err.column, "Type Name");
    assert!(err.found.starts_with("I64"), "{}", err.found);
}

#[test]
fn serde_keys_are_sql_names_and_references_go_by_code() {
    let json = serde_json::to_string(&person()).unwrap();
    assert_eq!(
        json,
        r#"{"ID":7,"Type Name":"a","StatusID":"PENDING","Note":null}"#
    );
    assert_eq!(serde_json::from_str::<Person>(&json).unwrap(), person());
    let noted = Person {
        note: Some("n".into()),
        ..person()
    };
    let text = serde_json::to_string(&noted).unwrap();
    assert_eq!(serde_json::from_str::<Person>(&text).unwrap(), noted);
    // From a reader: keys arrive as transient strings, not borrowed from the input.
    assert_eq!(
        serde_json::from_reader::<_, Person>(json.as_bytes()).unwrap(),
        person()
    );
}

#[test]
fn serde_follows_the_derive_for_missing_repeated_and_unknown_fields() {
    let reordered =
        r#"{"Note":null,"Extra":[1,{"x":2}],"StatusID":"PENDING","Type Name":"a","ID":7}"#;
    assert_eq!(serde_json::from_str::<Person>(reordered).unwrap(), person());
    let no_note = r#"{"ID":7,"Type Name":"a","StatusID":"PENDING"}"#;
    assert_eq!(serde_json::from_str::<Person>(no_note).unwrap(), person());
    let error = |text: &str| {
        serde_json::from_str::<Person>(text)
            .unwrap_err()
            .to_string()
    };
    assert!(error(r#"{"Type Name":"a","StatusID":"PENDING"}"#).starts_with("missing field `ID`"));
    assert!(
        error(r#"{"ID":7,"Type Name":"a","Type Name":"b","StatusID":"PENDING"}"#)
            .starts_with("duplicate field `Type Name`")
    );
    assert!(error(r#"{"ID":7,"Type Name":"a","StatusID":"GONE"}"#).contains("ref.Status"));
    assert!(error(r#"{"ID":"7","Type Name":"a","StatusID":"PENDING"}"#).contains("invalid type"));
    assert!(error(r#"[1]"#).contains("invalid length 1"));
    assert!(error("3").contains("struct Person"));
}

#[test]
fn serde_reads_a_sequence_in_column_order() {
    let seq = r#"[7,"a","PENDING",null]"#;
    assert_eq!(serde_json::from_str::<Person>(seq).unwrap(), person());
}

#[test]
fn every_field_kind_serialises_as_its_own_type() {
    use crate::serde_code::Field;
    use chrono::{DateTime, NaiveDate, NaiveTime};

    fn same<T: Field + serde::Serialize>(value: T) {
        let direct = serde_json::to_string(&value).unwrap();
        assert_eq!(serde_json::to_string(&value.field()).unwrap(), direct);
        let some = Some(value);
        let direct = serde_json::to_string(&some).unwrap();
        assert_eq!(serde_json::to_string(&some.field()).unwrap(), direct);
    }
    same(-7_i64);
    same(7_i32);
    same(-3_i16);
    same(200_u8);
    same(true);
    same(1.5_f64);
    same(0.25_f32);
    same(rust_decimal::Decimal::new(12345, 2));
    same(String::from("a\"b"));
    same(vec![1_u8, 2, 255]);
    same(uuid::Uuid::from_u128(0x1234));
    let date = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let time = NaiveTime::from_hms_milli_opt(4, 5, 6, 7).unwrap();
    same(date.and_time(time));
    same(date);
    same(time);
    same(DateTime::parse_from_rfc3339("2026-11-23T04:05:06+10:00").unwrap());
    same(Status::Active);
    assert_eq!(serde_json::to_string(&None::<i64>.field()).unwrap(), "null");
}
