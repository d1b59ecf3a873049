//! Inserts, batches, upserts and updates through the generated API on a real PostgreSQL:
//! defaulted columns given or left to the database, updates that write only what changed
//! (another writer's columns survive), `CreatedDate` never rewritten, and version-checked
//! updates that fail when the version moved.

use chrono::NaiveDateTime;
use e2e::loaded_db;
use gen_runtime::{Defaulted, Error, NewRecord, Query, ToValue};
use models::dbo::User;
use models::dbo::user::{NewUser, columns as u};
use models::ref_::UserStatus;
use testkit::TestDb;

fn new_user(email: &str) -> NewUser {
    NewUser {
        first_name: Some("First".into()),
        ..NewUser::new(email.to_owned(), "x".into(), UserStatus::Active)
    }
}

async fn client(db: &TestDb) -> tokio_postgres::Client {
    db.client().await.unwrap_or_else(|e| panic!("{e}"))
}

#[tokio::test]
async fn a_defaulted_column_is_given_or_left_to_the_database() {
    let db = loaded_db("write_defaults").await;
    let client = client(&db).await;
    let left = new_user("left@x").insert(&client).await.unwrap();
    assert!(!left.is_email_verified, "the database default (0)");
    assert_eq!(left.access_token_version, 1, "the database default (1)");

    let mut given = new_user("given@x");
    given.is_email_verified = Defaulted::Value(true);
    given.access_token_version = 7.into();
    let old = chrono::NaiveDate::from_ymd_opt(2020, 5, 6)
        .and_then(|d| d.and_hms_opt(7, 8, 9))
        .unwrap();
    given.created_date = Defaulted::Value(old);
    let stored = given.insert(&client).await.unwrap();
    assert!(stored.is_email_verified);
    assert_eq!(stored.access_token_version, 7);
    assert_eq!(stored.created_date, old, "a backfilled CreatedDate is kept");
    assert!(
        stored.updated_date > old,
        "UpdatedDate left to GETUTCDATE()"
    );
}

#[tokio::test]
async fn a_batch_is_one_statement_and_comes_back_as_stored() {
    let db = loaded_db("write_batch").await;
    let client = client(&db).await;
    let mut rows: Vec<NewUser> = (1..=3).map(|i| new_user(&format!("b{i}@x"))).collect();
    rows[1].onboarding_complete = Defaulted::Value(true);
    let stored = NewUser::insert_many(&client, &rows).await.unwrap();
    let summary: Vec<(&str, bool)> = stored
        .iter()
        .map(|u| (u.email.as_str(), u.onboarding_complete))
        .collect();
    assert_eq!(summary, [("b1@x", false), ("b2@x", true), ("b3@x", false)]);
    assert!(NewUser::insert_many(&client, &[]).await.unwrap().is_empty());
    // A duplicate inside the batch fails it whole.
    let dup = [new_user("c@x"), new_user("c@x")];
    assert!(NewUser::insert_many(&client, &dup).await.is_err());
    assert_eq!(User::select().count(&client).await.unwrap(), 3);
}

#[tokio::test]
async fn an_upsert_by_email_inserts_then_updates_the_same_row() {
    let db = loaded_db("write_upsert").await;
    let client = client(&db).await;
    let first = new_user("up@x").upsert(&client, &[u::EMAIL]).await.unwrap();
    let mut again = new_user("up@x");
    again.first_name = Some("Second".into());
    again.created_by = Some(99);
    let second = again.upsert(&client, &[u::EMAIL]).await.unwrap();
    assert_eq!(second.user_id, first.user_id, "the same row");
    assert_eq!(second.first_name.as_deref(), Some("Second"));
    assert_eq!(second.created_date, first.created_date);
    assert_eq!(second.created_by, None, "CreatedBy is never rewritten");
    assert!(second.updated_date >= first.updated_date);
    assert_eq!(User::select().count(&client).await.unwrap(), 1);
    let err = new_user("x@x")
        .upsert(&client, &[u::FIRST_NAME])
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("not one of its unique keys"),
        "{err}"
    );
}

#[tokio::test]
async fn an_upsert_onto_a_soft_deleted_row_leaves_it_deleted() {
    let db = loaded_db("write_upsert_deleted").await;
    let client = client(&db).await;
    let first = new_user("gone@x").insert(&client).await.unwrap();
    assert_eq!(first.soft_delete(&client, Some(7)).await.unwrap(), 1);
    let deleted = User::by_key(first.key())
        .including_deleted()
        .one(&client)
        .await
        .unwrap()
        .unwrap();
    // The new row says "live" (IsDeleted left to its default, DeletedBy NULL): the upsert
    // updates the other columns and leaves the soft-delete state as it was.
    let mut again = new_user("gone@x");
    again.first_name = Some("Again".into());
    let stored = again.upsert(&client, &[u::EMAIL]).await.unwrap();
    assert_eq!(stored.user_id, first.user_id, "the same row");
    assert_eq!(stored.first_name.as_deref(), Some("Again"));
    assert!(stored.is_deleted, "still soft-deleted");
    assert_eq!(stored.deleted_date, deleted.deleted_date);
    assert_eq!(stored.deleted_by, Some(7));
    assert!(
        User::by_email("gone@x")
            .one(&client)
            .await
            .unwrap()
            .is_none()
    );
    // Reviving is explicit.
    let revived = stored
        .set(|r| {
            r.is_deleted = false;
            r.deleted_date = None;
            r.deleted_by = None;
        })
        .save(&client)
        .await
        .unwrap();
    assert!(!revived.is_deleted);
    assert!(
        User::by_email("gone@x")
            .one(&client)
            .await
            .unwrap()
            .is_some()
    );
}

#[tokio::test]
async fn an_update_writes_only_what_changed() {
    let db = loaded_db("write_update").await;
    let client = client(&db).await;
    let mine = new_user("w@x").insert(&client).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    // Another writer changes FirstName after this copy was read.
    client
        .execute(
            "UPDATE \"dbo\".\"User\" SET \"FirstName\" = 'Theirs' WHERE \"UserID\" = $1",
            &[&mine.user_id],
        )
        .await
        .unwrap();
    let saved = mine
        .set(|u| u.phone = Some("+61400000000".into()))
        .save(&client)
        .await
        .unwrap();
    assert_eq!(saved.phone.as_deref(), Some("+61400000000"));
    assert_eq!(
        saved.first_name.as_deref(),
        Some("Theirs"),
        "their column survives"
    );
    assert_eq!(
        saved.created_date, mine.created_date,
        "CreatedDate unchanged"
    );
    assert!(
        saved.updated_date > mine.updated_date,
        "UpdatedDate stamped"
    );
    assert_eq!(
        saved.access_token_version, 1,
        "no version bumped behind the service"
    );

    // Database-clock stamps, refusals, and a row that is gone.
    let stamped = saved
        .set(|_| {})
        .set_now(u::LAST_LOGIN)
        .save(&client)
        .await
        .unwrap();
    assert!(stamped.last_login.is_some_and(|t| t >= saved.updated_date));
    let refused = saved
        .set(|u| u.created_date = NaiveDateTime::MIN)
        .save(&client)
        .await;
    assert!(
        matches!(
            refused,
            Err(Error::Refused {
                column: "CreatedDate",
                ..
            })
        ),
        "{refused:?}"
    );
    let refused = saved.set(|u| u.user_id = 999).save(&client).await;
    assert!(matches!(
        refused,
        Err(Error::Refused {
            column: "UserID",
            ..
        })
    ));
    client
        .execute(
            "DELETE FROM \"dbo\".\"User\" WHERE \"UserID\" = $1",
            &[&saved.user_id],
        )
        .await
        .unwrap();
    let gone = saved.set(|u| u.phone = None).save(&client).await;
    assert!(matches!(gone, Err(Error::NoRow { .. })), "{gone:?}");
    let by_key = User::by_key(vec![saved.user_id.to_value()])
        .one(&client)
        .await
        .unwrap();
    assert!(by_key.is_none());
}

/// A table with a row version, declared the way the generator emits one whose schema marks
/// `Version` as the row's version.
mod doc {
    #![allow(unexpected_cfgs)]
    use chrono::NaiveDateTime;
    use gen_runtime::Defaulted;

    pub mod columns {
        pub const DOC_ID: &str = "DocID";
        pub const TITLE: &str = "Title";
        pub const VERSION: &str = "Version";
        pub const CREATED_DATE: &str = "CreatedDate";
        pub const UPDATED_DATE: &str = "UpdatedDate";
    }

    #[derive(Debug, Clone, PartialEq)]
    pub struct Doc {
        pub doc_id: i64,
        pub title: String,
        pub version: i32,
        pub created_date: NaiveDateTime,
        pub updated_date: NaiveDateTime,
    }

    #[derive(Debug, Clone)]
    pub struct NewDoc {
        pub title: String,
        pub version: Defaulted<i32>,
        pub created_date: Defaulted<NaiveDateTime>,
        pub updated_date: Defaulted<NaiveDateTime>,
    }

    gen_runtime::table_meta!(
        Doc = "dbo"."Doc"; columns[DOC_ID("bigint").identity(), TITLE("nvarchar(50)"),
        VERSION("int").default("1").version(), CREATED_DATE("datetime2(7)").default("GETUTCDATE()"),
        UPDATED_DATE("datetime2(7)").default("GETUTCDATE()")];
        primary_key["PK_Doc"("DocID")]; foreign_keys[]; uniques[]; indexes[];
    );
    gen_runtime::record!(
        Doc, NewDoc; doc_id = get(0, DOC_ID), title = get(1, TITLE), version = get(2, VERSION),
        created_date = get(3, CREATED_DATE), updated_date = get(4, UPDATED_DATE);
        title, version, created_date, updated_date
    );
}

#[tokio::test]
async fn a_version_checked_update_fails_when_the_version_moved() {
    let db = TestDb::create_async("write_version").await.unwrap();
    let client = client(&db).await;
    client
        .batch_execute(
            "CREATE SCHEMA dbo; CREATE TABLE dbo.\"Doc\" (\"DocID\" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, \
             \"Title\" varchar(50) NOT NULL, \"Version\" int NOT NULL DEFAULT 1, \
             \"CreatedDate\" timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'utc'), \
             \"UpdatedDate\" timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'utc'))",
        )
        .await
        .unwrap();
    let new = doc::NewDoc {
        title: "draft".into(),
        version: Defaulted::Default,
        created_date: Defaulted::Default,
        updated_date: Defaulted::Default,
    };
    let read_by_a = new.insert(&client).await.unwrap();
    let read_by_b = read_by_a.clone();
    assert_eq!(read_by_a.version, 1);

    let a = read_by_a
        .set(|d| d.title = "A".into())
        .checked()
        .save(&client)
        .await
        .unwrap();
    assert_eq!((a.title.as_str(), a.version), ("A", 2));
    let b = read_by_b
        .set(|d| d.title = "B".into())
        .checked()
        .save(&client)
        .await;
    assert!(matches!(b, Err(Error::Conflict { .. })), "{b:?}");
    let stored = doc::Doc::select().one(&client).await.unwrap().unwrap();
    assert_eq!(
        (stored.title.as_str(), stored.version),
        ("A", 2),
        "B wrote nothing"
    );

    // An unchecked update moves the version too, so a later checked one still sees it.
    let c = stored
        .set(|d| d.title = "C".into())
        .save(&client)
        .await
        .unwrap();
    assert_eq!(c.version, 3);
    let late = a
        .set(|d| d.title = "late".into())
        .checked()
        .save(&client)
        .await;
    assert!(matches!(late, Err(Error::Conflict { .. })));
    let by_hand = c.set(|d| d.version = 10).save(&client).await;
    assert!(matches!(
        by_hand,
        Err(Error::Refused {
            column: "Version",
            ..
        })
    ));
}
