//! One row per table of the `mixed` fixture through the generated insert and decode, and back
//! through its view: a smallint key at its limit referenced from an integer column, money
//! limits in numeric(19,4) / numeric(10,4) into a table without a key, microseconds and a
//! +09:30 offset, a time without a precision. Built and run by generator/tests/realdb.rs
//! against the fixture database (`ROUNDTRIP_URL`).

use chrono::NaiveTime;
use gen_runtime::{Defaulted, NewRecord, Query, ToValue};
use models::app::account::NewAccount;
use models::app::ledger::NewLedger;
use models::app::{Account, AccountTotal, Ledger};
use models::ref_::kind::NewKind;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let client = &connect().await;
    let kind = NewKind {
        kind_id: i16::MAX,
        code: "TOP".into(),
    }
    .insert(client)
    .await
    .expect("a kind inserts");
    let opened = late_at_0930();
    let new = NewAccount {
        kind_id: i32::from(kind.kind_id),
        email: "o'brien@example.com".into(),
        balance: Defaulted::Value(dec("0.0001")),
        opened_at: opened,
        wakes: NaiveTime::from_hms_micro_opt(6, 30, 0, 123_456),
        closed: Defaulted::Default,
    };
    let account = new.insert(client).await.expect("an account inserts");
    assert_eq!(
        (
            account.kind_id,
            account.email.as_str(),
            account.balance,
            account.opened_at,
            account.wakes,
            account.closed
        ),
        (
            new.kind_id,
            new.email.as_str(),
            dec("0.0001"),
            opened,
            new.wakes,
            false
        )
    );
    let found = Account::find(client, vec![account.account_id.to_value()])
        .await
        .expect("finds")
        .expect("the row exists");
    assert_eq!(found, account);

    let at = opened.naive_utc();
    for (amount, fee) in [
        ("922337203685477.5807", Some("214748.3647")),
        ("-922337203685477.5808", Some("-214748.3648")),
    ] {
        let new = NewLedger {
            account_id: account.account_id,
            amount: dec(amount),
            fee: fee.map(dec),
            at,
        };
        let row = new.insert(client).await.expect("a ledger row inserts (no key)");
        assert_eq!(
            (row.amount.to_string().as_str(), row.fee, row.at),
            (amount, new.fee, at)
        );
    }
    assert_eq!(Ledger::all(client).await.expect("selects").len(), 2);

    let totals = AccountTotal::all(client).await.expect("the view reads");
    assert_eq!(
        totals,
        [AccountTotal {
            account_id: Some(account.account_id),
            email: Some(account.email.clone()),
            kind: Some("TOP".into()),
            total: Some(dec("-0.0000")),
            last_entry: Some(at),
        }]
    );
    println!("roundtrip ok");
}
