//! Foreign keys navigate both ways on the real database, through the generated metadata:
//! two keys from `dbo.UserCompany` to `dbo.User` (`UserID`, `InvitedBy`) under distinct names,
//! a key across schemas (`dbo.User.StatusID` → `ref.UserStatus`), and every other key of
//! schema.yaml.

use account_service::{AccountService, NewAccount};
use e2e::{count, loaded_db, schema, service};
use gen_runtime::{ForeignKeyMeta, Table, TableMeta, quote_pg};
use models::dbo::{Company, User, UserCompany};
use models::ref_::{JoinedVia, UserCompanyRole, UserStatus, UserStatusRow};
use security::SecretString;
use testkit::TestDb;

async fn user(svc: &AccountService, email: &str) -> i64 {
    let r = svc
        .register(NewAccount {
            email: email.into(),
            password: SecretString::new("Correct-Horse-9".into()),
            first_name: None,
            last_name: None,
        })
        .await
        .unwrap();
    svc.verify_email(r.verification_token.expose())
        .await
        .unwrap();
    r.user_id
}

/// An owner, a member invited by the owner, and their company.
async fn populated(prefix: &str) -> (TestDb, i64, i64, i64) {
    let db = loaded_db(prefix).await;
    let svc = service(&db);
    let owner = user(&svc, "owner@example.com").await;
    let member = user(&svc, "member@example.com").await;
    let (company, _) = svc.create_company(owner, "Acme").await.unwrap();
    let inv = svc
        .invite_user(
            company.company_id,
            owner,
            "member@example.com",
            UserCompanyRole::Admin,
        )
        .await
        .unwrap();
    svc.accept_invitation(inv.token.expose(), member)
        .await
        .unwrap();
    (db, owner, member, company.company_id)
}

fn fk(meta: &'static TableMeta, column: &str) -> &'static ForeignKeyMeta {
    meta.foreign_keys
        .iter()
        .find(|f| f.columns == [column])
        .unwrap_or_else(|| panic!("{} has no foreign key on {column}", meta.name))
}

/// Rows of `child` (every column) whose key `fk` points at the parent row with `id`.
fn children_sql(child: &TableMeta, fk: &ForeignKeyMeta) -> String {
    format!(
        "SELECT {} FROM {} WHERE {} = $1 AND {} ORDER BY 1",
        child.column_list(gen_runtime::Dialect::Postgres),
        child.qualified_pg(),
        quote_pg(fk.columns[0]),
        child.live(gen_runtime::Dialect::Postgres)
    )
}

/// The parent row (every column of `parent`) that child row `child_id` points at through `fk`.
fn parent_sql(child: &TableMeta, parent: &TableMeta, fk: &ForeignKeyMeta) -> String {
    let cols: Vec<String> = parent
        .columns
        .iter()
        .map(|c| format!("p.{}", quote_pg(c.name)))
        .collect();
    format!(
        "SELECT {} FROM {} c JOIN {} p ON c.{} = p.{} WHERE c.{} = $1",
        cols.join(", "),
        child.qualified_pg(),
        parent.qualified_pg(),
        quote_pg(fk.columns[0]),
        quote_pg(fk.ref_columns[0]),
        quote_pg(child.key_columns()[0]),
    )
}

#[tokio::test]
async fn two_keys_to_the_same_table_navigate_both_ways_under_distinct_names() {
    let (db, owner, member, company_id) = populated("rel_usercompany").await;
    let client = db.client().await.unwrap();
    let by_user = fk(
        UserCompany::META,
        models::dbo::user_company::columns::USER_ID,
    );
    let by_inviter = fk(
        UserCompany::META,
        models::dbo::user_company::columns::INVITED_BY,
    );
    assert_ne!(by_user.name, by_inviter.name);
    assert_eq!((by_user.ref_schema, by_user.ref_table), ("dbo", "User"));
    assert_eq!(
        (by_inviter.ref_schema, by_inviter.ref_table),
        ("dbo", "User")
    );

    // User → UserCompany through each key.
    let owned = client
        .query(&children_sql(UserCompany::META, by_user), &[&owner])
        .await
        .unwrap();
    let owned: Vec<UserCompany> = owned
        .iter()
        .map(|r| gen_runtime::pg::decode::<UserCompany>(r).unwrap())
        .collect();
    assert_eq!(owned.len(), 1);
    assert_eq!(owned[0].user_company_role_id, UserCompanyRole::Owner);
    let invited = client
        .query(&children_sql(UserCompany::META, by_inviter), &[&owner])
        .await
        .unwrap();
    let invited: Vec<UserCompany> = invited
        .iter()
        .map(|r| gen_runtime::pg::decode::<UserCompany>(r).unwrap())
        .collect();
    assert_eq!(invited.len(), 1);
    assert_eq!(
        (invited[0].user_id, invited[0].company_id),
        (member, company_id)
    );
    assert_eq!(invited[0].joined_via, JoinedVia::Invitation);
    assert_eq!(invited[0].user_company_role_id, UserCompanyRole::Admin);

    // UserCompany → User through each key.
    let sql = parent_sql(UserCompany::META, User::META, by_inviter);
    let inviter = gen_runtime::pg::decode::<User>(
        &client
            .query_one(&sql, &[&invited[0].user_company_id])
            .await
            .unwrap(),
    )
    .unwrap();
    assert_eq!(
        (inviter.user_id, inviter.email.as_str()),
        (owner, "owner@example.com")
    );
    let sql = parent_sql(UserCompany::META, User::META, by_user);
    let joined = gen_runtime::pg::decode::<User>(
        &client
            .query_one(&sql, &[&invited[0].user_company_id])
            .await
            .unwrap(),
    )
    .unwrap();
    assert_eq!(joined.user_id, member);

    // UserCompany → Company.
    let by_company = fk(
        UserCompany::META,
        models::dbo::user_company::columns::COMPANY_ID,
    );
    let sql = parent_sql(UserCompany::META, Company::META, by_company);
    let company = gen_runtime::pg::decode::<Company>(
        &client
            .query_one(&sql, &[&invited[0].user_company_id])
            .await
            .unwrap(),
    )
    .unwrap();
    assert_eq!(
        (company.company_id, company.company_name.as_str()),
        (company_id, "Acme")
    );
}

#[tokio::test]
async fn a_key_across_schemas_navigates_both_ways() {
    let (db, owner, _, _) = populated("rel_crossschema").await;
    let client = db.client().await.unwrap();
    let status_fk = fk(User::META, models::dbo::user::columns::STATUS_ID);
    assert_eq!(
        (status_fk.ref_schema, status_fk.ref_table),
        ("ref", "UserStatus")
    );
    let sql = parent_sql(User::META, UserStatusRow::META, status_fk);
    let row = client.query_one(&sql, &[&owner]).await.unwrap();
    let code: String = row.get(1);
    assert_eq!(code, UserStatus::Active.code());
    let active = client
        .query(
            &children_sql(User::META, status_fk),
            &[&UserStatus::Active.id()],
        )
        .await
        .unwrap();
    let users: Vec<User> = active
        .iter()
        .map(|r| gen_runtime::pg::decode::<User>(r).unwrap())
        .collect();
    assert_eq!(
        users.iter().map(|u| u.email.as_str()).collect::<Vec<_>>(),
        ["owner@example.com", "member@example.com"]
    );
}

#[tokio::test]
async fn every_foreign_key_of_the_schema_joins_both_ways() {
    let (db, ..) = populated("rel_everykey").await;
    let mut navigated = 0;
    for t in schema().schemas.iter().flat_map(|s| &s.tables) {
        for f in &t.foreign_keys {
            let on: Vec<String> = f
                .columns
                .iter()
                .zip(&f.ref_columns)
                .map(|(c, r)| format!("c.{} = p.{}", quote_pg(c), quote_pg(r)))
                .collect();
            let child = format!("{}.{}", quote_pg(&t.schema), quote_pg(&t.name));
            let parent = format!(
                "{}.{}",
                quote_pg(&f.references.schema),
                quote_pg(&f.references.table)
            );
            let not_null = format!("c.{} IS NOT NULL", quote_pg(&f.columns[0]));
            let with_key = count(
                &db,
                &format!("SELECT count(*) FROM {child} c WHERE {not_null}"),
            )
            .await;
            let forward = count(
                &db,
                &format!(
                    "SELECT count(*) FROM {child} c JOIN {parent} p ON {}",
                    on.join(" AND ")
                ),
            )
            .await;
            assert_eq!(forward, with_key, "{}: a child row finds no parent", f.name);
            let reverse = count(
                &db,
                &format!(
                    "SELECT count(DISTINCT p.*) FROM {parent} p JOIN {child} c ON {}",
                    on.join(" AND ")
                ),
            )
            .await;
            assert!(reverse <= forward, "{}", f.name);
            assert_eq!(
                reverse > 0,
                forward > 0,
                "{}: parents do not find their children",
                f.name
            );
            navigated += usize::from(forward > 0);
            assert_ne!(f.rust_forward, f.rust_reverse, "{}", f.name);
        }
    }
    assert!(navigated >= 8, "only {navigated} keys had rows to follow");
}

#[tokio::test]
async fn forward_and_reverse_names_are_distinct_for_keys_sharing_a_target() {
    let t = schema()
        .schemas
        .iter()
        .flat_map(|s| &s.tables)
        .find(|t| t.schema == "dbo" && t.name == "UserCompany")
        .unwrap();
    let to_user: Vec<_> = t
        .foreign_keys
        .iter()
        .filter(|f| f.references.table == "User")
        .collect();
    assert_eq!(to_user.len(), 2);
    assert_ne!(to_user[0].rust_forward, to_user[1].rust_forward);
    assert_ne!(to_user[0].rust_reverse, to_user[1].rust_reverse);
}
