//! One row of every table of the `values` fixture through the generated insert and decode,
//! at the boundaries: money limits in numeric(19,4) / numeric(10,4), microseconds, a +09:30
//! offset, a smallint key referenced from an integer column, a table without a primary key.
//! Built and run by generator/tests/realdb.rs against the fixture database (`ROUNDTRIP_URL`).

use chrono::{NaiveDate, NaiveTime};
use gen_runtime::{Defaulted, NewRecord, Query, ToValue};
use models::sales::customer::NewCustomer;
use models::sales::invoice::NewInvoice;
use models::sales::price_log::NewPriceLog;
use models::sales::region::NewRegion;
use models::sales::{Customer, PriceLog};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let client = &connect().await;

    let region = NewRegion {
        region_id: i16::MAX,
        name: "Top".into(),
    }
    .insert(client)
    .await
    .expect("region inserts");
    assert_eq!(region.region_id, i16::MAX);

    let seen = late_at_0930();
    let opens = NaiveTime::from_hms_micro_opt(8, 30, 0, 123_456).expect("time");
    let new = NewCustomer {
        name: "O'Brien \u{1F600}".into(),
        seen_at: Some(seen),
        opens: Some(opens),
        opens_exact: NaiveTime::from_hms_milli_opt(8, 30, 0, 123),
        stamp0: NaiveDate::from_ymd_opt(2026, 1, 31).and_then(|d| d.and_hms_opt(12, 0, 0)),
        region_id: Some(i32::from(i16::MAX)),
        created_at: Defaulted::Default,
    };
    let c = new.insert(client).await.expect("customer inserts");
    assert_eq!(
        (
            c.name.as_str(),
            c.seen_at,
            c.opens,
            c.opens_exact,
            c.stamp0,
            c.region_id
        ),
        (
            new.name.as_str(),
            new.seen_at,
            new.opens,
            new.opens_exact,
            new.stamp0,
            new.region_id
        ),
        "the customer reads back as it went in"
    );
    let found = Customer::find(client, vec![c.customer_id.to_value()])
        .await
        .expect("finds")
        .expect("the row exists");
    assert_eq!(found, c, "find decodes what insert returned");

    for (total, small) in [
        ("922337203685477.5807", Some("214748.3647")),
        ("-922337203685477.5808", Some("-214748.3648")),
        ("0.0001", None),
    ] {
        let new = NewInvoice {
            customer_id: c.customer_id,
            total: dec(total),
            small: small.map(dec),
            issued_at: seen,
            paid: Defaulted::Default,
        };
        let i = new.insert(client).await.expect("invoice inserts");
        assert_eq!(
            (i.total, i.small, i.issued_at),
            (new.total, new.small, new.issued_at)
        );
        assert_eq!(i.total.to_string(), total, "exact to the last digit");
        assert!(!i.paid, "the default applies");
    }

    let log = NewPriceLog {
        at: seen.naive_utc(),
        amount: dec("922337203685477.5807"),
        note: None,
    }
    .insert(client)
    .await
    .expect("a table without a key inserts");
    assert_eq!(log.amount, dec("922337203685477.5807"));
    let all = PriceLog::all(client).await.expect("selects");
    assert_eq!(all, [log.clone()]);
    // No find by key on a table without one: `PriceLog::find` does not compile
    // (generator/tests/realdb.rs, `KEYLESS_MISUSE`).
    println!("roundtrip ok");
}
