//! Rows that do not fit their generated struct give an error naming the table, the column and
//! what was found (decoded from real PostgreSQL rows; no tables needed).

use models::dbo::User;
use testkit::TestDb;

/// A `dbo.User`-shaped select list of literals, with `status` as StatusID and `id` as UserID.
fn user_row(id: &str, status: &str) -> String {
    format!(
        "SELECT {id}, 'a@b.c', '$2b$', NULL::text, NULL::text, NULL::text, NULL::text, true, \
         NULL::timestamp, false, NULL::timestamp, 1, {status}, \
         (now() AT TIME ZONE 'utc'), NULL::bigint, (now() AT TIME ZONE 'utc'), NULL::bigint, \
         false, NULL::timestamp, NULL::bigint"
    )
}

#[tokio::test]
async fn fitting_rows_decode_and_misfits_are_named() {
    let db = TestDb::create_async("decode").await.unwrap();
    let client = db.client().await.unwrap();

    let row = client
        .query_one(&user_row("7::bigint", "1"), &[])
        .await
        .unwrap();
    let user = gen_runtime::pg::decode::<User>(&row).unwrap();
    assert_eq!(
        (user.user_id, user.status_id),
        (7, models::ref_::UserStatus::Active)
    );

    let row = client
        .query_one(&user_row("'7'::text", "1"), &[])
        .await
        .unwrap();
    let err = gen_runtime::pg::decode::<User>(&row).unwrap_err();
    assert_eq!((err.table.as_str(), err.column), ("dbo.User", "UserID"));
    assert!(err.found.starts_with("a text value"), "{err}");

    let row = client
        .query_one(&user_row("7::bigint", "42"), &[])
        .await
        .unwrap();
    let err = gen_runtime::pg::decode::<User>(&row).unwrap_err();
    assert_eq!(err.column, "StatusID");
    assert!(
        err.to_string()
            .contains("ref.UserStatus has no row with ID 42"),
        "{err}"
    );

    let row = client
        .query_one(&user_row("NULL::bigint", "1"), &[])
        .await
        .unwrap();
    let err = gen_runtime::pg::decode::<User>(&row).unwrap_err();
    assert_eq!(err.column, "UserID");
}
