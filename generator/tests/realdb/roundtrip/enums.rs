//! Every value of every enum of the `enums` fixture through the generated insert and decode:
//! the PostgreSQL enum type `shop.order_state` (bound as the enum type, read back from it,
//! its default, NULL), and the check enums of `Order.Channel` (named `OrderChannel2`, since
//! table `OrderChannel` has the name) and `Refund.Channel` (its own type, same labels).
//! A label the generated enum lacks is a decode error naming the type and the label.
//! Built and run by generator/tests/realdb.rs against the fixture database (`ROUNDTRIP_URL`).

use gen_runtime::{Defaulted, NewRecord, Query, ToValue};
use models::shop::order::NewOrder;
use models::shop::refund::NewRefund;
use models::shop::{Order, OrderChannel2, OrderState, Refund, RefundChannel};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let client = &connect().await;

    assert_eq!(
        OrderState::ALL
            .iter()
            .map(|s| s.label())
            .collect::<Vec<_>>(),
        ["new", "paid", "shipped", "on hold", "type"],
        "the type's labels in their order"
    );
    assert_eq!(OrderChannel2::InStore.label(), "in store");
    let mut first = None;
    for (i, state) in OrderState::ALL.iter().copied().enumerate() {
        let channel = OrderChannel2::ALL[i % OrderChannel2::ALL.len()];
        let new = NewOrder {
            state: Defaulted::Value(state),
            previous: i.checked_sub(1).map(|p| OrderState::ALL[p]),
            channel,
        };
        let o = new.insert(client).await.expect("order inserts");
        assert_eq!(
            (o.state, o.previous, o.channel),
            (state, new.previous, channel),
            "read back as written"
        );
        let found = Order::find(client, vec![o.order_id.to_value()])
            .await
            .expect("finds")
            .expect("the row exists");
        assert_eq!(found, o, "find decodes what insert returned");
        let stored: String = client
            .query_one(
                r#"SELECT "State"::text FROM "shop"."Order" WHERE "OrderID" = $1"#,
                &[&o.order_id],
            )
            .await
            .expect("reads the label")
            .get(0);
        assert_eq!(stored, state.label(), "stored as the enum's label");
        first.get_or_insert(o.order_id);
    }
    let defaulted = NewOrder {
        state: Defaulted::Default,
        previous: None,
        channel: OrderChannel2::Web,
    }
    .insert(client)
    .await
    .expect("order with the default inserts");
    assert_eq!(defaulted.state, OrderState::New, "the type's default applies");

    let order_id = first.expect("an order");
    let channels = RefundChannel::ALL.iter().copied().map(Some).chain([None]);
    for (channel, state) in channels.zip(OrderState::ALL.iter().copied().cycle()) {
        let new = NewRefund {
            order_id,
            channel,
            state,
        };
        let r = new.insert(client).await.expect("refund inserts");
        assert_eq!((r.channel, r.state), (channel, state));
    }
    let all = Refund::all(client).await.expect("selects");
    assert_eq!(all.len(), RefundChannel::ALL.len() + 1);

    // A label the database gained after `gen models`: an error that names it, not a panic.
    // (Two statements: a new label cannot be used in the transaction that adds it.)
    for sql in [
        r#"ALTER TYPE "shop"."order_state" ADD VALUE 'lost'"#,
        r#"UPDATE "shop"."Order" SET "State" = 'lost'"#,
    ] {
        client.batch_execute(sql).await.expect("adds a label");
    }
    let err = Order::all(client).await.expect_err("an unknown label");
    let text = err.to_string();
    assert!(
        text.contains(r#"shop.order_state has no label "lost""#) && text.contains("State"),
        "{text}"
    );
    println!("roundtrip ok");
}
