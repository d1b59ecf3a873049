//! `models::sql!` at run time on SQL Server (`MSSQL_URL`): T-SQL statements checked at compile
//! time decode into typed records; INSERT / UPDATE with OUTPUT give back the stored rows, and
//! OUTPUT … INTO a table variable feeds a SELECT in the same batch.

use e2e::mssql_loaded_db;
use models::ref_::UserStatus;

#[tokio::test]
#[ignore = "set MSSQL_URL"]
async fn typed_selects_and_output_decode_on_sql_server() {
    let db = mssql_loaded_db("checked_sql").await;
    let mut client = db.client().await.unwrap_or_else(|e| panic!("{e}"));

    let company = models::sql!(
        "INSERT INTO dbo.Company (CompanyName) OUTPUT INSERTED.CompanyID, INSERTED.CompanyName, INSERTED.IsActive VALUES (@P1)",
        "Acme Events"
    )
    .fetch_one(&mut client)
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(company.company_name, "Acme Events");
    assert!(company.is_active);

    // The pattern that also works on tables with triggers: the key goes OUTPUT … INTO a table
    // variable, then a SELECT in the same batch reads the stored row.
    let user = models::sql!(
        "DECLARE @k TABLE (UserID bigint); \
         INSERT INTO dbo.[User] (Email, PasswordHash, FirstName, StatusID) OUTPUT INSERTED.UserID INTO @k \
         VALUES (@P1, @P2, @P3, @P4); \
         SELECT u.UserID, u.Email, u.FirstName, u.StatusID FROM dbo.[User] AS u JOIN @k AS k ON k.UserID = u.UserID",
        "alice@example.com",
        "x",
        Some("Alice"),
        UserStatus::Active
    )
    .fetch_one(&mut client)
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        (
            user.email.as_str(),
            user.first_name.as_deref(),
            user.status_id
        ),
        ("alice@example.com", Some("Alice"), UserStatus::Active)
    );

    let rows = models::sql!(
        "SELECT TOP (@P1) u.UserID, u.Email, c.CompanyName FROM dbo.[User] AS u \
         LEFT JOIN dbo.UserCompany AS uc ON uc.UserID = u.UserID \
         LEFT JOIN dbo.Company AS c ON c.CompanyID = uc.CompanyID ORDER BY u.UserID",
        10i64
    )
    .fetch_all(&mut client)
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].company_name, None, "the LEFT JOIN found no company");

    let updated = models::sql!(
        "UPDATE dbo.Company SET CompanyName = @P1 OUTPUT DELETED.CompanyName AS old_name, INSERTED.CompanyName WHERE CompanyID = @P2",
        "Acme Expos",
        company.company_id
    )
    .fetch_one(&mut client)
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        (updated.old_name.as_str(), updated.company_name.as_str()),
        ("Acme Events", "Acme Expos")
    );
}
