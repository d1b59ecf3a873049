//! One row of every table of the `domains` fixture through the generated insert and decode:
//! columns of domains take their base types' Rust types (text, numeric(19,4) at its limits,
//! timestamp with microseconds), NULL in a nullable domain column.
//! Built and run by generator/tests/realdb.rs against the fixture database (`ROUNDTRIP_URL`).

use chrono::NaiveDate;
use gen_runtime::{NewRecord, Query, ToValue};
use models::crm::Contact;
use models::crm::contact::NewContact;
use models::public::Mailing;
use models::public::mailing::NewMailing;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let client = &connect().await;

    let seen = NaiveDate::from_ymd_opt(2026, 1, 31)
        .and_then(|d| d.and_hms_micro_opt(23, 59, 59, 123_456))
        .expect("date");
    for (balance, backup) in [
        ("922337203685477.5807", Some("b@example.com")),
        ("-922337203685477.5808", None),
    ] {
        let new = NewContact {
            email: format!("{:0>240}@example.com", "a"),
            backup: backup.map(str::to_owned),
            balance: dec(balance),
            seen_at: Some(seen),
        };
        let c = new.insert(client).await.expect("contact inserts");
        assert_eq!(
            (&c.email, &c.backup, c.balance, c.seen_at),
            (&new.email, &new.backup, new.balance, new.seen_at)
        );
        assert_eq!(c.balance.to_string(), balance, "exact to the last digit");
        let found = Contact::find(client, vec![c.contact_id.to_value()])
            .await
            .expect("finds")
            .expect("the row exists");
        assert_eq!(found, c);
    }
    let m = NewMailing {
        mailing_id: 1,
        reply_to: None,
    }
    .insert(client)
    .await
    .expect("mailing inserts");
    assert_eq!(Mailing::all(client).await.expect("selects"), [m]);
    println!("roundtrip ok");
}
