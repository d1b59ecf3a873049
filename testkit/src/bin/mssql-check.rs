//! For `.ci/run`: says which SQL Server `MSSQL_URL` names (or that nothing answers there,
//! exit 1), and drops the `gen_test_` databases that finished test processes left on it.

use std::process::ExitCode;

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    if testkit::mssql::mssql_url().is_none() {
        eprintln!("mssql-check: MSSQL_URL is not set");
        return ExitCode::from(2);
    }
    let described = async {
        let mut client =
            testkit::mssql::connect(&testkit::mssql::mssql_url().unwrap_or_default()).await?;
        testkit::mssql::describe_server(&mut client).await
    };
    match described.await {
        Ok(server) => println!("SQL Server live tests run against: {server}"),
        Err(e) => {
            eprintln!("MSSQL_URL is set, but the SQL Server there does not answer: {e}");
            return ExitCode::from(1);
        }
    }
    match testkit::mssql::sweep().await {
        Ok(dropped) if dropped.is_empty() => {}
        Ok(dropped) => println!("dropped {} leftover test databases", dropped.len()),
        Err(e) => {
            eprintln!("sweeping leftover test databases failed: {e}");
            return ExitCode::from(1);
        }
    }
    ExitCode::SUCCESS
}
