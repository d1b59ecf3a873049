//! The generated finders and `gen_runtime::Select` against real PostgreSQL rows chosen to
//! prove each filter: live vs soft-deleted, page boundaries, ordering ties broken by the key,
//! counts, NULL filters, row locks inside a transaction.

use e2e::loaded_db;
use gen_runtime::{Direction, Query};
use models::dbo::{Company, User, UserCompany, user, user_company};
use models::ref_::{JoinedVia, UserCompanyRole, UserCompanyStatus, UserStatus};
use testkit::TestDb;

/// Runs `sql` with no parameters, failing the test on error.
async fn run(client: &tokio_postgres::Client, sql: &str) {
    if let Err(e) = client.batch_execute(sql).await {
        panic!("`{sql}` failed: {e:?}");
    }
}

/// Six users (`u1@x` … `u6@x`, IDs 1-6) and two companies (IDs 1, 2); users 1-5 are members
/// of company 1 with `IsDefaultCompany` alternating so that ordering by it has ties, user 6
/// of company 2; user 3's membership and user 4 are soft-deleted.
async fn seed(db: &TestDb) -> tokio_postgres::Client {
    let client = db.client().await.unwrap_or_else(|e| panic!("{e}"));
    let active = UserStatus::Active.id();
    for i in 1..=6 {
        run(
            &client,
            &format!(
                "INSERT INTO \"dbo\".\"User\" (\"Email\", \"PasswordHash\", \"StatusID\") VALUES ('u{i}@x', 'h', {active})"
            ),
        )
        .await;
    }
    run(
        &client,
        "INSERT INTO \"dbo\".\"Company\" (\"CompanyName\") VALUES ('Acme'), ('Beta')",
    )
    .await;
    let (role, status, via) = (
        UserCompanyRole::Member.id(),
        UserCompanyStatus::Active.id(),
        JoinedVia::Signup.id(),
    );
    for (user, company) in [(1, 1), (2, 1), (3, 1), (4, 1), (5, 1), (6, 2)] {
        let default = if user % 2 == 0 { "true" } else { "false" };
        run(
            &client,
            &format!(
                "INSERT INTO \"dbo\".\"UserCompany\" (\"UserID\", \"CompanyID\", \"UserCompanyRoleID\", \
                 \"UserCompanyStatusID\", \"JoinedVia\", \"IsDefaultCompany\") \
                 VALUES ({user}, {company}, {role}, {status}, {via}, {default})"
            ),
        )
        .await;
    }
    run(
        &client,
        "UPDATE \"dbo\".\"UserCompany\" SET \"IsDeleted\" = true WHERE \"UserID\" = 3; \
         UPDATE \"dbo\".\"User\" SET \"IsDeleted\" = true WHERE \"UserID\" = 4",
    )
    .await;
    client
}

fn user_ids(rows: &[UserCompany]) -> Vec<i64> {
    rows.iter().map(|m| m.user_id).collect()
}

#[tokio::test]
async fn unique_key_finders_see_live_rows_unless_asked() {
    let db = loaded_db("find_unique").await;
    let client = seed(&db).await;

    let found = User::by_email("u2@x").one(&client).await.unwrap();
    assert_eq!(found.map(|u| u.user_id), Some(2));
    assert!(
        User::by_email("nobody@x")
            .one(&client)
            .await
            .unwrap()
            .is_none()
    );
    // User 4 is soft-deleted: invisible by default, there when asked for.
    assert!(User::by_email("u4@x").one(&client).await.unwrap().is_none());
    let deleted = User::by_email("u4@x")
        .including_deleted()
        .one(&client)
        .await
        .unwrap();
    assert_eq!(deleted.map(|u| (u.user_id, u.is_deleted)), Some((4, true)));

    let pair = UserCompany::by_user_and_company(5, 1)
        .one(&client)
        .await
        .unwrap();
    assert_eq!(pair.map(|m| (m.user_id, m.company_id)), Some((5, 1)));
    assert!(
        UserCompany::by_user_and_company(5, 2)
            .one(&client)
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        UserCompany::by_user_and_company(3, 1)
            .one(&client)
            .await
            .unwrap()
            .is_none()
    );

    let by_key = User::by_key(vec![gen_runtime::ToValue::to_value(&6i64)])
        .one(&client)
        .await
        .unwrap();
    assert_eq!(by_key.map(|u| u.email), Some("u6@x".to_owned()));
}

#[tokio::test]
async fn foreign_key_finders_page_order_and_count() {
    let db = loaded_db("find_fk").await;
    let client = seed(&db).await;

    // Live members of company 1: users 1, 2, 4, 5 (3's membership is soft-deleted; user 4
    // is deleted but their membership is not: the filter is on this table's rows).
    let all = UserCompany::for_company(1).all(&client).await.unwrap();
    assert_eq!(user_ids(&all), [1, 2, 4, 5], "key order by default");
    assert_eq!(UserCompany::for_company(1).count(&client).await.unwrap(), 4);
    let every = UserCompany::for_company(1).including_deleted();
    assert_eq!(every.clone().count(&client).await.unwrap(), 5);
    assert_eq!(
        user_ids(&every.all(&client).await.unwrap()),
        [1, 2, 3, 4, 5]
    );

    // Ordered by IsDefaultCompany (false: 1, 5; true: 2, 4), ties broken by the key.
    let by_default = || {
        UserCompany::for_company(1)
            .order_by(user_company::columns::IS_DEFAULT_COMPANY, Direction::Desc)
    };
    let mut pages = Vec::new();
    for offset in [0, 3, 6] {
        let page = by_default().page(offset, 3).all(&client).await.unwrap();
        pages.push(user_ids(&page));
    }
    assert_eq!(pages, [vec![2, 4, 1], vec![5], vec![]]);
    let asc = UserCompany::for_company(1)
        .order_by(user_company::columns::IS_DEFAULT_COMPANY, Direction::Asc)
        .page(1, 2)
        .all(&client)
        .await
        .unwrap();
    assert_eq!(user_ids(&asc), [5, 2]);
    // Counting ignores paging.
    assert_eq!(by_default().page(0, 1).count(&client).await.unwrap(), 4);

    // Extra filters by column constant; NULL matches NULL.
    let defaults = UserCompany::for_company(1)
        .where_eq(user_company::columns::IS_DEFAULT_COMPANY, true)
        .all(&client)
        .await
        .unwrap();
    assert_eq!(user_ids(&defaults), [2, 4]);
    let uninvited = UserCompany::select()
        .where_eq(user_company::columns::INVITED_BY, None::<i64>)
        .count(&client)
        .await
        .unwrap();
    assert_eq!(uninvited, 5);
    let err = UserCompany::select()
        .order_by(user::columns::EMAIL, Direction::Asc)
        .all(&client)
        .await
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("dbo.UserCompany has no column \"Email\""),
        "{err}"
    );

    // Users by status (a foreign key into a reference table takes its enum).
    let active = User::for_status(UserStatus::Active)
        .count(&client)
        .await
        .unwrap();
    assert_eq!(active, 5);
    assert_eq!(Company::select().count(&client).await.unwrap(), 2);
}

#[tokio::test]
async fn locked_reads_run_inside_a_transaction() {
    let db = loaded_db("find_lock").await;
    let mut client = seed(&db).await;
    let tx = client.transaction().await.unwrap();
    let locked = User::by_email("u1@x").for_update().one(&tx).await.unwrap();
    assert_eq!(locked.map(|u| u.user_id), Some(1));
    let sql = User::by_email("u1@x")
        .for_update()
        .sql(gen_runtime::Dialect::Mssql)
        .unwrap();
    assert!(
        sql.contains("[dbo].[User] WITH (UPDLOCK, ROWLOCK) WHERE [Email] = @P1"),
        "{sql}"
    );
    tx.rollback().await.unwrap();
}

#[tokio::test]
async fn api_pages_order_page_and_count_through_db_page() {
    use api::PaginationParams;
    let db = loaded_db("find_api_page").await;
    let _client = seed(&db).await;
    let config = db::DbConfig::new(db.url()).unwrap();
    let pool = db::Pool::new(&config).unwrap();
    let mut conn = pool.get().await.unwrap();
    let sortable = [
        user_company::columns::IS_DEFAULT_COMPANY,
        user_company::columns::USER_ID,
    ];
    // Company 1's live members: users 1, 2, 4, 5 (3's membership is soft-deleted); ordered by
    // IsDefaultCompany descending, the key breaking ties: 2, 4 (true), then 1, 5 (false).
    let params = PaginationParams {
        page: 2,
        page_size: 3,
        sort_by: Some("IsDefaultCompany".into()),
        sort_order: Some("desc".into()),
    };
    let page = params.validate(&sortable).unwrap();
    let got = db::page::fetch_page(&mut conn, UserCompany::for_company(1), &page)
        .await
        .unwrap();
    assert_eq!(
        user_ids(&got.items),
        [5],
        "the fourth row, on page 2 of 3-row pages"
    );
    assert_eq!(
        (got.total, got.page, got.page_size, got.total_pages),
        (4, 2, 3, 2)
    );
    let first = PaginationParams {
        page: 1,
        ..params.clone()
    }
    .validate(&sortable)
    .unwrap();
    let got = db::page::fetch_page(&mut conn, UserCompany::for_company(1), &first)
        .await
        .unwrap();
    assert_eq!(user_ids(&got.items), [2, 4, 1]);
    // No sortBy: key order.
    let plain = PaginationParams::default().validate(&sortable).unwrap();
    let sql = db::page::paginate(UserCompany::for_company(1), &plain)
        .sql(gen_runtime::Dialect::Postgres)
        .unwrap();
    assert!(
        sql.ends_with("ORDER BY \"UserCompanyID\" OFFSET $2 ROWS FETCH NEXT $3 ROWS ONLY"),
        "{sql}"
    );
    let got = db::page::fetch_page(&mut conn, UserCompany::for_company(1), &plain)
        .await
        .unwrap();
    assert_eq!(user_ids(&got.items), [1, 2, 4, 5]);
    assert_eq!(got.total_pages, 1);
}
