//! The same checks on SQL Server, when `MSSQL_URL` names a database loaded with
//! `gen ddl --dialect mssql`. Never run on these machines (no SQL Server here).

use db::{DbConfig, MssqlPool};
use gen_runtime::{RefEnum, Table, quote_mssql};
use models::ref_::{UserStatus, UserStatusRow};

#[tokio::test]
#[ignore = "set MSSQL_URL"]
async fn reference_rows_equal_the_enum_on_sql_server() {
    let Some(url) = std::env::var("MSSQL_URL").ok().filter(|u| !u.is_empty()) else {
        eprintln!("skipped: set MSSQL_URL to a database loaded with `gen ddl --dialect mssql`");
        return;
    };
    let pool = MssqlPool::new(&DbConfig::new(url).unwrap()).unwrap();
    let mut conn = pool.get().await.unwrap();
    let meta = UserStatusRow::META;
    let sql = format!(
        "SELECT {}, {} FROM {} ORDER BY 1",
        quote_mssql(meta.primary_key[0]),
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
