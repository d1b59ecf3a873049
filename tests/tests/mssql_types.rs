//! Every column type of DESIGN.md's table through the generated-code macros on a live TDS
//! server (`MSSQL_URL`): a row of values and a row of NULLs inserted through `NewRecord`
//! (so every NULL parameter kind goes over the wire) and decoded back through `record!`.

// `record!` emits its serde half under the invoking crate's `serde` feature, which this test
// crate does not have.
#![allow(unexpected_cfgs)]

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};
use gen_runtime::{NewRecord, Query, ToValue};
use rust_decimal::Decimal;
use testkit::mssql::MssqlDb;
use uuid::Uuid;

mod columns {
    pub const ID: &str = "ID";
    pub const BIG: &str = "Big";
    pub const INT: &str = "Int";
    pub const SMALL: &str = "Small";
    pub const TINY: &str = "Tiny";
    pub const BIT: &str = "Bit";
    pub const DEC: &str = "Dec";
    pub const NUM: &str = "Num";
    pub const MONEY: &str = "Money";
    pub const FLOAT: &str = "Float";
    pub const REAL: &str = "Real";
    pub const NVAR: &str = "NVar";
    pub const VAR: &str = "Var";
    pub const NCH: &str = "NCh";
    pub const CH: &str = "Ch";
    pub const NMAX: &str = "NMax";
    pub const DT2: &str = "Dt2";
    pub const DT: &str = "Dt";
    pub const DATE: &str = "Date";
    pub const TIME: &str = "Time";
    pub const DTO: &str = "Dto";
    pub const GUID: &str = "Guid";
    pub const VBIN: &str = "VBin";
    pub const BIN: &str = "Bin";
    pub const VMAX: &str = "VMax";
}

const DDL: &str = "CREATE TABLE [dbo].[AllTypes] (
  [ID] bigint IDENTITY(1,1) NOT NULL CONSTRAINT [PK_AllTypes] PRIMARY KEY,
  [Big] bigint NULL, [Int] int NULL, [Small] smallint NULL, [Tiny] tinyint NULL, [Bit] bit NULL,
  [Dec] decimal(18,4) NULL, [Num] numeric(9,2) NULL, [Money] money NULL, [Float] float NULL,
  [Real] real NULL, [NVar] nvarchar(50) NULL, [Var] varchar(50) NULL, [NCh] nchar(5) NULL,
  [Ch] char(3) NULL, [NMax] nvarchar(max) NULL, [Dt2] datetime2(7) NULL, [Dt] datetime NULL,
  [Date] date NULL, [Time] time(7) NULL, [Dto] datetimeoffset(7) NULL, [Guid] uniqueidentifier NULL,
  [VBin] varbinary(16) NULL, [Bin] binary(4) NULL, [VMax] varbinary(max) NULL
)";

#[derive(Debug, Clone, PartialEq)]
struct AllTypes {
    id: i64,
    big: Option<i64>,
    int: Option<i32>,
    small: Option<i16>,
    tiny: Option<u8>,
    bit: Option<bool>,
    dec: Option<Decimal>,
    num: Option<Decimal>,
    money: Option<Decimal>,
    float: Option<f64>,
    real: Option<f32>,
    nvar: Option<String>,
    var: Option<String>,
    nch: Option<String>,
    ch: Option<String>,
    nmax: Option<String>,
    dt2: Option<NaiveDateTime>,
    dt: Option<NaiveDateTime>,
    date: Option<NaiveDate>,
    time: Option<NaiveTime>,
    dto: Option<DateTime<FixedOffset>>,
    guid: Option<Uuid>,
    vbin: Option<Vec<u8>>,
    bin: Option<Vec<u8>>,
    vmax: Option<Vec<u8>>,
}

#[derive(Debug, Clone)]
struct NewAllTypes(AllTypes);

impl std::ops::Deref for NewAllTypes {
    type Target = AllTypes;
    fn deref(&self) -> &AllTypes {
        &self.0
    }
}

gen_runtime::table_meta!(
    AllTypes = "dbo"."AllTypes";
    columns[ID("bigint").identity(), BIG("bigint").null(), INT("int").null(),
        SMALL("smallint").null(), TINY("tinyint").null(), BIT("bit").null(),
        DEC("decimal(18,4)").null(), NUM("numeric(9,2)").null(), MONEY("money").null(),
        FLOAT("float").null(), REAL("real").null(), NVAR("nvarchar(50)").null(),
        VAR("varchar(50)").null(), NCH("nchar(5)").null(), CH("char(3)").null(),
        NMAX("nvarchar(max)").null(), DT2("datetime2(7)").null(), DT("datetime").null(),
        DATE("date").null(), TIME("time(7)").null(), DTO("datetimeoffset(7)").null(),
        GUID("uniqueidentifier").null(), VBIN("varbinary(16)").null(), BIN("binary(4)").null(),
        VMAX("varbinary(max)").null()];
    primary_key["PK_AllTypes"("ID")];
    foreign_keys[];
    uniques[];
    indexes[];
);

gen_runtime::record!(
    AllTypes, NewAllTypes;
    id = get(0, ID), big = opt(1, BIG), int = opt(2, INT), small = opt(3, SMALL),
    tiny = opt(4, TINY), bit = opt(5, BIT), dec = opt(6, DEC), num = opt(7, NUM),
    money = opt(8, MONEY), float = opt(9, FLOAT), real = opt(10, REAL), nvar = opt(11, NVAR),
    var = opt(12, VAR), nch = opt(13, NCH), ch = opt(14, CH), nmax = opt(15, NMAX),
    dt2 = opt(16, DT2), dt = opt(17, DT), date = opt(18, DATE), time = opt(19, TIME),
    dto = opt(20, DTO), guid = opt(21, GUID), vbin = opt(22, VBIN), bin = opt(23, BIN),
    vmax = opt(24, VMAX);
    big, int, small, tiny, bit, dec, num, money, float, real, nvar, var, nch, ch, nmax, dt2,
    dt, date, time, dto, guid, vbin, bin, vmax
);

fn values() -> AllTypes {
    let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let at = day.and_hms_micro_opt(17, 30, 5, 123_456).unwrap();
    AllTypes {
        id: 0,
        big: Some(-9_000_000_000),
        int: Some(-7),
        small: Some(300),
        tiny: Some(255),
        bit: Some(true),
        dec: Some(Decimal::new(-123_456_789, 4)),
        num: Some(Decimal::new(1_234_567, 2)),
        money: Some(Decimal::new(99_950, 2)),
        float: Some(1.0e300),
        real: Some(1.5),
        nvar: Some("Ünïcode ✓ O'Brien".into()),
        var: Some("plain".into()),
        nch: Some("abcde".into()),
        ch: Some("xyz".into()),
        nmax: Some("long ".repeat(2_000)),
        dt2: Some(at),
        dt: Some(day.and_hms_opt(8, 0, 0).unwrap()),
        date: Some(day),
        time: Some(NaiveTime::from_hms_micro_opt(23, 59, 58, 654_321).unwrap()),
        dto: Some(
            at.and_local_timezone(FixedOffset::east_opt(10 * 3600).unwrap())
                .unwrap(),
        ),
        guid: Some(Uuid::from_u128(0x0123_4567_89ab_cdef_0123_4567_89ab_cdef)),
        vbin: Some(vec![0, 1, 2, 255]),
        bin: Some(vec![9, 8, 7, 6]),
        vmax: Some(vec![42; 10_000]),
    }
}

fn nulls() -> AllTypes {
    AllTypes {
        id: 0,
        big: None,
        int: None,
        small: None,
        tiny: None,
        bit: None,
        dec: None,
        num: None,
        money: None,
        float: None,
        real: None,
        nvar: None,
        var: None,
        nch: None,
        ch: None,
        nmax: None,
        dt2: None,
        dt: None,
        date: None,
        time: None,
        dto: None,
        guid: None,
        vbin: None,
        bin: None,
        vmax: None,
    }
}

#[tokio::test]
#[ignore = "set MSSQL_URL"]
async fn every_column_type_with_values_and_with_nulls() {
    let db = MssqlDb::with_script("types", DDL).await.unwrap();
    let mut c = db.client().await.unwrap();
    for row in [values(), nulls()] {
        let stored = NewAllTypes(row.clone()).insert(&mut c).await.unwrap();
        assert!(stored.id > 0);
        let found = AllTypes::find(&mut c, vec![stored.id.to_value()]).await;
        let found = found.unwrap().unwrap();
        assert_eq!(found, stored);
        assert_eq!(AllTypes { id: 0, ..found }, row);
    }
}
