//! `models::sql!` / `models::sql_as!` at run time on PostgreSQL: statements checked at compile
//! time against schema.yaml decode into typed records (outer joins as `Option`), and INSERT /
//! UPDATE with RETURNING give back the stored rows. schema.yaml's dialect is SQL Server, so
//! each PostgreSQL statement says `postgres,`.

use e2e::loaded_db;
use models::ref_::{UserCompanyRole, UserStatus};

/// A named struct `sql_as!` fills: fields by name and type.
#[derive(Debug, PartialEq)]
struct Member {
    email: String,
    first_name: Option<String>,
    company_name: Option<String>,
}

#[tokio::test]
async fn typed_selects_joins_and_returning_decode_on_postgres() {
    let db = loaded_db("checked_sql").await;
    let client = db.client().await.unwrap_or_else(|e| panic!("{e}"));

    let alice = models::sql!(
        postgres,
        "INSERT INTO \"dbo\".\"User\" (\"Email\", \"PasswordHash\", \"FirstName\", \"StatusID\") \
         VALUES ($1, $2, $3, $4) RETURNING \"UserID\", \"Email\", \"IsEmailVerified\", \"StatusID\"",
        "alice@example.com",
        "x",
        Some("Alice"),
        UserStatus::Active
    )
    .fetch_one(&client)
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(alice.email, "alice@example.com");
    assert!(!alice.is_email_verified);
    assert_eq!(alice.status_id, UserStatus::Active);
    let bob = models::sql!(
        postgres,
        "INSERT INTO \"dbo\".\"User\" (\"Email\", \"PasswordHash\", \"StatusID\") VALUES ($1, 'x', $2) RETURNING \"UserID\"",
        "bob@example.com",
        UserStatus::PendingVerification
    )
    .fetch_one(&client)
    .await
    .unwrap_or_else(|e| panic!("{e}"));

    let acme = models::sql!(
        postgres,
        "INSERT INTO \"dbo\".\"Company\" (\"CompanyName\") VALUES ($1) RETURNING \"CompanyID\" AS id, \"CompanyName\"",
        "Acme Events"
    )
    .fetch_one(&client)
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(acme.company_name, "Acme Events");
    let joined = models::sql!(
        postgres,
        "INSERT INTO \"dbo\".\"UserCompany\" (\"UserID\", \"CompanyID\", \"UserCompanyRoleID\", \"UserCompanyStatusID\", \"JoinedVia\") \
         SELECT $1, $2, r.\"UserCompanyRoleID\", s.\"UserCompanyStatusID\", j.\"JoinedViaID\" \
         FROM \"ref\".\"UserCompanyRole\" r, \"ref\".\"UserCompanyStatus\" s, \"ref\".\"JoinedVia\" j \
         WHERE r.\"Code\" = 'OWNER' AND s.\"Code\" = 'ACTIVE' AND j.\"Code\" = 'SIGNUP'",
        alice.user_id,
        acme.id
    )
    .execute(&client)
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(joined, 1);

    // A LEFT JOIN makes the company side nullable: Bob has no company.
    let rows = models::sql!(
        postgres,
        "SELECT u.\"UserID\", u.\"Email\", c.\"CompanyName\", uc.\"UserCompanyRoleID\" \
         FROM \"dbo\".\"User\" u \
         LEFT JOIN \"dbo\".\"UserCompany\" uc ON uc.\"UserID\" = u.\"UserID\" \
         LEFT JOIN \"dbo\".\"Company\" c ON c.\"CompanyID\" = uc.\"CompanyID\" \
         WHERE u.\"IsDeleted\" = $1 ORDER BY u.\"UserID\"",
        false
    )
    .fetch_all(&client)
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    let seen: Vec<(i64, Option<String>, Option<UserCompanyRole>)> = rows
        .into_iter()
        .map(|r| (r.user_id, r.company_name, r.user_company_role_id))
        .collect();
    assert_eq!(
        seen,
        [
            (
                alice.user_id,
                Some("Acme Events".into()),
                Some(UserCompanyRole::Owner)
            ),
            (bob.user_id, None, None),
        ]
    );

    // An inner join, an aggregate and GROUP BY.
    let counts = models::sql!(
        postgres,
        "SELECT c.\"CompanyName\", count(*) AS members FROM \"dbo\".\"Company\" c \
         JOIN \"dbo\".\"UserCompany\" uc ON uc.\"CompanyID\" = c.\"CompanyID\" \
         GROUP BY c.\"CompanyName\" ORDER BY members DESC LIMIT $1",
        10i64
    )
    .fetch_all(&client)
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(counts.len(), 1);
    assert_eq!(
        (counts[0].company_name.as_str(), counts[0].members),
        ("Acme Events", 1i64)
    );

    // Into a named struct; the CTE is scoped to the statement.
    let members = models::sql_as!(
        Member,
        postgres,
        "WITH active AS (SELECT \"UserID\", \"Email\", \"FirstName\" FROM \"dbo\".\"User\" WHERE \"StatusID\" = $1) \
         SELECT a.\"Email\", a.\"FirstName\", c.\"CompanyName\" FROM active a \
         LEFT JOIN \"dbo\".\"UserCompany\" uc ON uc.\"UserID\" = a.\"UserID\" \
         LEFT JOIN \"dbo\".\"Company\" c ON c.\"CompanyID\" = uc.\"CompanyID\"",
        UserStatus::Active
    )
    .fetch_all(&client)
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        members,
        [Member {
            email: "alice@example.com".into(),
            first_name: Some("Alice".into()),
            company_name: Some("Acme Events".into()),
        }]
    );

    // UPDATE … RETURNING.
    let verified = models::sql!(
        postgres,
        "UPDATE \"dbo\".\"User\" SET \"IsEmailVerified\" = $1, \"FirstName\" = $2 WHERE \"UserID\" = $3 \
         RETURNING \"UserID\", \"IsEmailVerified\", \"FirstName\"",
        true,
        None::<String>,
        bob.user_id
    )
    .fetch_optional(&client)
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    let verified = verified.unwrap_or_else(|| panic!("Bob's row"));
    assert!(verified.is_email_verified);
    assert_eq!(verified.first_name, None);

    // A T-SQL statement refuses to run on a PostgreSQL connection.
    // (Records have no derives, so the rows are shown by their count.)
    let wrong = models::sql!(mssql, "SELECT TOP (1) u.UserID FROM dbo.[User] AS u")
        .fetch_all(&client)
        .await
        .map(|rows| rows.len());
    assert!(
        matches!(wrong, Err(gen_runtime::Error::WrongDialect { .. })),
        "{wrong:?}"
    );
}
