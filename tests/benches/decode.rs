//! Decoding 100,000 `dbo.User` rows from PostgreSQL: the generated decoder
//! (`gen_runtime::pg::decode::<User>`) against a hand-written positional one. The rows are
//! fetched once; only decoding is timed. Needs the test server (TEST_DATABASE_URL).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use gen_runtime::Table;
use models::dbo::User;
use models::ref_::UserStatus;
use tokio_postgres::Row;

const ROWS: usize = 100_000;

/// Loads the schema, inserts the rows and fetches them with the generated select.
fn fetch() -> (testkit::TestDb, Vec<Row>) {
    let rt = tokio::runtime::Runtime::new().unwrap_or_else(|e| panic!("{e}"));
    rt.block_on(async {
        let db = e2e::loaded_db("bench_decode").await;
        let client = db.client().await.unwrap_or_else(|e| panic!("{e}"));
        let fill = format!(
            "INSERT INTO \"dbo\".\"User\" (\"Email\", \"PasswordHash\", \"FirstName\", \"StatusID\", \"LastLogin\") \
             SELECT 'u' || g || '@example.com', '$2b$04$hash', 'Name ' || g, 1, now() \
             FROM generate_series(1, {ROWS}) g"
        );
        client.batch_execute(&fill).await.unwrap_or_else(|e| panic!("{e}"));
        let sql = &<User as gen_runtime::Query>::sql(gen_runtime::Dialect::Postgres).select_including_deleted;
        let rows = client.query(sql.as_str(), &[]).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(rows.len(), ROWS);
        (db, rows)
    })
}

/// What a careful hand-written decoder does: read by position, name the column on failure.
fn by_hand(row: &Row) -> Result<User, String> {
    fn get<'r, T: tokio_postgres::types::FromSql<'r>>(row: &'r Row, i: usize) -> Result<T, String> {
        row.try_get(i)
            .map_err(|e| format!("dbo.User.{}: {e}", User::META.columns[i].name))
    }
    let status: i32 = get(row, 12)?;
    Ok(User {
        user_id: get(row, 0)?,
        email: get(row, 1)?,
        password_hash: get(row, 2)?,
        first_name: get(row, 3)?,
        last_name: get(row, 4)?,
        phone: get(row, 5)?,
        role_title: get(row, 6)?,
        is_email_verified: get(row, 7)?,
        email_verified_date: get(row, 8)?,
        onboarding_complete: get(row, 9)?,
        last_login: get(row, 10)?,
        access_token_version: get(row, 11)?,
        status_id: UserStatus::try_from(status).map_err(|e| e.to_string())?,
        created_date: get(row, 13)?,
        created_by: get(row, 14)?,
        updated_date: get(row, 15)?,
        updated_by: get(row, 16)?,
        is_deleted: get(row, 17)?,
        deleted_date: get(row, 18)?,
        deleted_by: get(row, 19)?,
    })
}

fn decode(c: &mut Criterion) {
    let (_db, rows) = fetch();
    let generated: Vec<User> = rows
        .iter()
        .map(|r| gen_runtime::pg::decode(r).unwrap_or_else(|e| panic!("{e}")))
        .collect();
    let manual: Vec<User> = rows
        .iter()
        .map(|r| by_hand(r).unwrap_or_else(|e| panic!("{e}")))
        .collect();
    assert_eq!(generated, manual, "both decoders agree");
    let mut group = c.benchmark_group("decode 100k dbo.User rows");
    group.sample_size(20);
    group.bench_function("generated", |b| {
        b.iter(|| {
            for r in &rows {
                black_box(gen_runtime::pg::decode::<User>(black_box(r)).ok());
            }
        })
    });
    group.bench_function("hand-written positional", |b| {
        b.iter(|| {
            for r in &rows {
                black_box(by_hand(black_box(r)).ok());
            }
        })
    });
    group.finish();
}

criterion_group!(benches, decode);
criterion_main!(benches);
