//! The runnable twins of MODELS.md's "how do I" examples: the very same files
//! (`generator/templates/examples/*.rs`, which `gen models` embeds in the guide as `no_run` doctests)
//! run here against a real PostgreSQL loaded from `gen ddl --dialect postgres`.

use e2e::loaded_db;
use models::ref_::{JoinedVia, UserCompanyRole, UserCompanyStatus, UserStatus};
use testkit::TestDb;

mod user_companies {
    include!("../../generator/templates/examples/user_companies.rs");
}
mod company_members {
    include!("../../generator/templates/examples/company_members.rs");
}
mod active_reference_values {
    include!("../../generator/templates/examples/active_reference_values.rs");
}

/// Alice owns Acme and is a suspended viewer of Beta; Bob is an active member of Acme.
/// Returns (Alice's UserID, Acme's CompanyID).
async fn seed(db: &TestDb) -> (i64, i64) {
    let client = db.client().await.unwrap_or_else(|e| panic!("{e}"));
    let user = |email: &'static str, first: &'static str| {
        let client = &client;
        async move {
            let row = client
                .query_one(
                    "INSERT INTO \"dbo\".\"User\" (\"Email\", \"PasswordHash\", \"FirstName\", \"StatusID\") \
                     VALUES ($1, 'x', $2, $3) RETURNING \"UserID\"",
                    &[&email, &first, &UserStatus::Active.id()],
                )
                .await
                .unwrap_or_else(|e| panic!("inserting {email}: {e:?}"));
            row.get::<_, i64>(0)
        }
    };
    let (alice, bob) = (
        user("alice@example.com", "Alice").await,
        user("bob@example.com", "Bob").await,
    );
    let mut companies = Vec::new();
    for name in ["Acme Events", "Beta Expos"] {
        let row = client
            .query_one(
                "INSERT INTO \"dbo\".\"Company\" (\"CompanyName\") VALUES ($1) RETURNING \"CompanyID\"",
                &[&name],
            )
            .await
            .unwrap_or_else(|e| panic!("inserting {name}: {e:?}"));
        companies.push(row.get::<_, i64>(0));
    }
    let memberships = [
        (
            alice,
            companies[0],
            UserCompanyRole::Owner,
            UserCompanyStatus::Active,
        ),
        (
            alice,
            companies[1],
            UserCompanyRole::Viewer,
            UserCompanyStatus::Suspended,
        ),
        (
            bob,
            companies[0],
            UserCompanyRole::Member,
            UserCompanyStatus::Active,
        ),
    ];
    for (user_id, company_id, role, status) in memberships {
        client
            .execute(
                "INSERT INTO \"dbo\".\"UserCompany\" (\"UserID\", \"CompanyID\", \"UserCompanyRoleID\", \"UserCompanyStatusID\", \"JoinedVia\") \
                 VALUES ($1, $2, $3, $4, $5)",
                &[&user_id, &company_id, &role.id(), &status.id(), &JoinedVia::Signup.id()],
            )
            .await
            .unwrap_or_else(|e| panic!("inserting a membership: {e:?}"));
    }
    (alice, companies[0])
}

#[tokio::test]
async fn a_user_with_their_companies_and_roles() {
    let db = loaded_db("guide_user").await;
    let (alice, acme) = seed(&db).await;
    let client = db.client().await.unwrap_or_else(|e| panic!("{e}"));

    let user = user_companies::user_by_email(&client, "alice@example.com")
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("alice is there"));
    assert_eq!(user.user_id, alice);
    assert_eq!(user.first_name.as_deref(), Some("Alice"));
    assert!(user_companies::can_sign_in(&user));
    assert!(
        user_companies::user_by_email(&client, "nobody@example.com")
            .await
            .unwrap_or_else(|e| panic!("{e}"))
            .is_none()
    );

    let memberships = user_companies::user_companies(&client, alice)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    // The suspended membership of Beta Expos is left out.
    assert_eq!(
        memberships,
        [user_companies::Membership {
            company_id: acme,
            company_name: "Acme Events".into(),
            role: UserCompanyRole::Owner,
        }]
    );
}

#[tokio::test]
async fn the_members_of_a_company() {
    let db = loaded_db("guide_members").await;
    let (alice, acme) = seed(&db).await;
    let client = db.client().await.unwrap_or_else(|e| panic!("{e}"));

    let (members, total) = company_members::company_members(&client, acme, 0, 20)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let summary: Vec<(&str, UserCompanyRole, bool)> = members
        .iter()
        .map(|m| (m.email.as_str(), m.role, company_members::can_manage(m)))
        .collect();
    assert_eq!(
        summary,
        [
            ("alice@example.com", UserCompanyRole::Owner, true),
            ("bob@example.com", UserCompanyRole::Member, false),
        ]
    );
    assert_eq!((members[0].user_id, total), (alice, 2));
    let (second, total) = company_members::company_members(&client, acme, 1, 1)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(second.len(), 1);
    assert_eq!((second[0].email.as_str(), total), ("bob@example.com", 2));
}

/// The active roles of the example, decoded.
async fn active_roles(client: &tokio_postgres::Client) -> Vec<(UserCompanyRole, String)> {
    let rows = active_reference_values::active_roles(client)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    rows.into_iter()
        .map(|r| active_reference_values::active_role(&r.code, r.name))
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|e| panic!("{e}"))
}

#[tokio::test]
async fn the_active_values_of_a_reference_table() {
    let db = loaded_db("guide_ref").await;
    let client = db.client().await.unwrap_or_else(|e| panic!("{e}"));
    // Seeded from schema.yaml, the table holds exactly the enum's variants, in sort order.
    let all: Vec<UserCompanyRole> = active_roles(&client)
        .await
        .into_iter()
        .map(|(r, _)| r)
        .collect();
    assert_eq!(all, UserCompanyRole::ALL);
    assert_eq!(
        active_reference_values::all_role_codes(),
        ["OWNER", "ADMIN", "MEMBER", "VIEWER"]
    );

    // Retiring a value hides it from pick lists without breaking the enum.
    client
        .execute(
            "UPDATE \"ref\".\"UserCompanyRole\" SET \"IsActive\" = FALSE WHERE \"Code\" = 'VIEWER'",
            &[],
        )
        .await
        .unwrap_or_else(|e| panic!("{e:?}"));
    let names: Vec<String> = active_roles(&client)
        .await
        .into_iter()
        .map(|(_, n)| n)
        .collect();
    assert_eq!(names, ["Owner", "Administrator", "Member"]);

    // A row the enum does not know is drift, reported with the table's name.
    client
        .execute("INSERT INTO \"ref\".\"UserCompanyRole\" (\"UserCompanyRoleID\", \"Code\", \"Name\", \"SortOrder\") VALUES (9, 'AUDITOR', 'Auditor', 9)", &[])
        .await
        .unwrap_or_else(|e| panic!("{e:?}"));
    let rows = active_reference_values::active_roles(&client)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let last = rows
        .last()
        .map(|r| active_reference_values::active_role(&r.code, r.name.clone()));
    let err = last
        .and_then(Result::err)
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        err.contains("UserCompanyRole") && err.contains("AUDITOR"),
        "{err}"
    );
}
