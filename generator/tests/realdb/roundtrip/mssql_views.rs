//! Rows through the tables of the SQL Server `views` fixture over tiberius, read back through
//! its views: money at both limits into a table without a primary key (its insert reads the
//! row back through `OUTPUT INSERTED`, money cast to decimal(19,4) so it stays exact) and
//! through a view; microseconds and a +09:30 offset. Built and run by
//! generator/tests/realdb.rs against the fixture database on the TDS server (`ROUNDTRIP_URL`).

use gen_runtime::{Defaulted, NewRecord, Query};
use models::dbo::product::NewProduct;
use models::dbo::stock_move::NewStockMove;
use models::dbo::{ActiveProduct, Stock, StockMove, active_product};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut client = connect().await;
    let added = late_at_0930();
    let top = NewProduct {
        name: "Top".into(),
        price: dec("922337203685477.5807"),
        discontinued: Defaulted::Default,
        added_at: added,
    }
    .insert(&mut client)
    .await
    .expect("a product inserts");
    assert_eq!(top.price.to_string(), "922337203685477.5807");
    NewProduct {
        name: "Old".into(),
        price: dec("1.0000"),
        discontinued: Defaulted::Value(true),
        added_at: added,
    }
    .insert(&mut client)
    .await
    .expect("a product inserts");

    let moved = added.naive_utc();
    let mut stored = Vec::new();
    for (quantity, cost) in [(5, Some("-922337203685477.5808")), (-2, None)] {
        let new = NewStockMove {
            product_id: top.product_id,
            quantity,
            cost: cost.map(dec),
            moved_at: moved,
        };
        let row = new
            .insert(&mut client)
            .await
            .expect("a row of a table without a key inserts and reads back");
        assert_eq!(
            (row.product_id, row.quantity, row.cost, row.moved_at),
            (new.product_id, new.quantity, new.cost, new.moved_at),
            "read back through OUTPUT INSERTED as it went in"
        );
        stored.push(row);
    }
    let mut all = StockMove::all(&mut client).await.expect("selects");
    all.sort_by_key(|m| m.quantity);
    stored.sort_by_key(|m| m.quantity);
    assert_eq!(all, stored);

    let active = ActiveProduct::all(&mut client).await.expect("the view reads");
    assert_eq!(
        active,
        [ActiveProduct {
            product_id: Some(top.product_id),
            name: Some("Top".into()),
            price: Some(dec("922337203685477.5807")),
            added_at: Some(added),
        }],
        "money exact through a view"
    );
    let narrowed = ActiveProduct::select()
        .where_eq(active_product::columns::NAME, "Top")
        .all(&mut client)
        .await
        .expect("a view narrows");
    assert_eq!(narrowed, active);

    let stock = Stock::all(&mut client).await.expect("an aggregate view");
    assert_eq!(stock.len(), 1, "{stock:?}");
    assert_eq!(
        (stock[0].product_id, stock[0].on_hand, stock[0].last_move),
        (Some(top.product_id), Some(3), Some(moved))
    );
    println!("roundtrip ok");
}
