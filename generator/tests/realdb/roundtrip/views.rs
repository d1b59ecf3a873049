//! Rows through the tables of the `views` fixture, read back through its views: every view
//! column is an `Option` (PostgreSQL calls them all nullable), decoded in column order, and
//! `select()` narrows a view like a table. Built and run by generator/tests/realdb.rs against
//! the fixture database (`ROUNDTRIP_URL`).

use gen_runtime::{Defaulted, NewRecord, Query};
use models::shop::product::NewProduct;
use models::shop::stock_move::NewStockMove;
use models::shop::{ActiveProduct, CheapActiveProduct, Stock, active_product};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let client = &connect().await;
    let added = late_at_0930();
    let tea = NewProduct {
        name: "Tea".into(),
        price: dec("9.5000"),
        discontinued: Defaulted::Default,
        added_at: added,
    }
    .insert(client)
    .await
    .expect("a product inserts");
    let gold = NewProduct {
        name: "Gold".into(),
        price: dec("922337203685477.5807"),
        discontinued: Defaulted::Value(false),
        added_at: added,
    }
    .insert(client)
    .await
    .expect("a product inserts");
    NewProduct {
        name: "Old".into(),
        price: dec("1.0000"),
        discontinued: Defaulted::Value(true),
        added_at: added,
    }
    .insert(client)
    .await
    .expect("a product inserts");

    let moved = added.naive_utc();
    for quantity in [5, -2] {
        NewStockMove {
            product_id: tea.product_id,
            quantity,
            moved_at: moved,
        }
        .insert(client)
        .await
        .expect("a stock move inserts (no key)");
    }

    let active = ActiveProduct::all(client).await.expect("the view reads");
    let mut ids: Vec<Option<i32>> = active.iter().map(|p| p.product_id).collect();
    ids.sort();
    assert_eq!(ids, [Some(tea.product_id), Some(gold.product_id)]);
    let read_tea = active
        .iter()
        .find(|p| p.product_id == Some(tea.product_id))
        .expect("tea is active");
    assert_eq!(
        read_tea,
        &ActiveProduct {
            product_id: Some(tea.product_id),
            name: Some("Tea".into()),
            price: Some(dec("9.5000")),
            added_at: Some(added),
        }
    );
    let read_gold = active
        .iter()
        .find(|p| p.product_id == Some(gold.product_id))
        .expect("gold is active");
    assert_eq!(
        read_gold.price.map(|p| p.to_string()).as_deref(),
        Some("922337203685477.5807"),
        "exact to the last digit through a view"
    );

    let narrowed = ActiveProduct::select()
        .where_eq(active_product::columns::NAME, "Tea")
        .all(client)
        .await
        .expect("a view narrows");
    assert_eq!(narrowed, [read_tea.clone()]);

    let cheap = CheapActiveProduct::all(client).await.expect("a view of a view");
    assert_eq!(
        cheap,
        [CheapActiveProduct {
            product_id: Some(tea.product_id),
            double_price: Some(dec("19.0000")),
            band: Some("low".into()),
        }]
    );

    let stock = Stock::all(client).await.expect("an aggregate view");
    assert_eq!(stock.len(), 1, "{stock:?}");
    assert_eq!(
        (stock[0].product_id, stock[0].on_hand, stock[0].last_move),
        (Some(tea.product_id), Some(3), Some(moved))
    );
    println!("roundtrip ok");
}
