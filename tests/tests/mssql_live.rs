//! The reference rows on SQL Server (`MSSQL_URL`): each test loads `gen ddl --dialect mssql`
//! into its own database.

use e2e::{mssql_loaded_db, mssql_pool};
use gen_runtime::{RefEnum, Table, quote_mssql};
use models::ref_::{UserStatus, UserStatusRow};

#[tokio::test]
#[ignore = "set MSSQL_URL"]
async fn reference_rows_equal_the_enum_on_sql_server() {
    let db = mssql_loaded_db("refrows").await;
    let pool = mssql_pool(&db);
    let mut conn = pool.get().await.unwrap();
    let meta = UserStatusRow::META;
    let sql = format!(
        "SELECT {}, {} FROM {} ORDER BY 1",
        quote_mssql(meta.key_columns()[0]),
        quote_mssql(models::ref_::user_status::columns::CODE),
        meta.qualified_mssql()
    );
    let client = conn.client().await.unwrap();
    let rows = client
        .simple_query(sql)
        .await
        .unwrap()
        .into_first_result()
        .await
        .unwrap();
    let live: Vec<(i64, String)> = rows
        .iter()
        .map(|r| {
            let id: i32 = r.get(0).unwrap();
            let code: &str = r.get(1).unwrap();
            (i64::from(id), code.to_owned())
        })
        .collect();
    let expected: Vec<(i64, String)> = UserStatus::ALL
        .iter()
        .map(|v| (RefEnum::id(*v), v.code().to_owned()))
        .collect();
    assert_eq!(live, expected);
}
