//! PostgreSQL introspection speed: the repository's schema.yaml loaded into a fresh database
//! (from `gen ddl --dialect postgres`'s output, via testkit), introspected with schema.yaml as
//! base (catalog plus reference rows). With `GEN_BENCH_PG_URL` and `GEN_BENCH_PG_SCHEMA` set (a
//! database built by `scripts/synth_pg.py` and its schema file), that database too. The
//! statement counts are printed once per database; the release binary's figures with
//! `GEN_STATS=1` are in docs/benchmarks.md.
//!
//! SQL Server: with `GEN_BENCH_MSSQL_URL` and `GEN_BENCH_MSSQL_SCHEMA` (a database loaded from
//! `gen ddl --dialect mssql` of a `scripts/synth_schema.py` file, and that file), the whole
//! read `gen introspect` does (connect, catalog, reference rows) beside the cheapest set-based
//! read of the same catalog through the same client: connect, then one query over
//! `sys.columns` joined to `sys.tables`, `sys.schemas` and `sys.types`, every row fetched.

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use generator::ir::Database;
use generator::source::postgres::introspect;

fn base(path: &Path) -> Database {
    generator::pipeline::load_schema(path)
        .expect("schema loads")
        .db
}

fn bench_database(c: &mut Criterion, name: &str, url: &str, base: &Database) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let spec = db::conn::ConnSpec::parse(url).expect("connection string");
    let client = rt
        .block_on(generator::connect::connect_postgres(&spec))
        .expect("connects");
    let (_, _, stats) = rt
        .block_on(introspect(&client, Some(base), &|_| {}))
        .expect("introspects");
    eprintln!("{name}: {}", generator::source::live::stats_line(&stats));
    c.bench_function(name, |b| {
        b.iter(|| {
            rt.block_on(introspect(&client, Some(base), &|_| {}))
                .expect("introspects")
        })
    });
}

fn introspection(c: &mut Criterion) {
    let schema = Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema.yaml");
    let base35 = base(&schema);
    let ddl = generator::ddl::script(&base35, gen_runtime::Dialect::Postgres, Default::default());
    let db = testkit::TestDb::from_template("bench_introspect", &ddl);
    bench_database(c, "introspect_35_tables", db.url(), &base35);
    if let (Ok(url), Ok(path)) = (
        std::env::var("GEN_BENCH_PG_URL"),
        std::env::var("GEN_BENCH_PG_SCHEMA"),
    ) {
        bench_database(c, "introspect_synthetic", &url, &base(Path::new(&path)));
    }
}

/// One query for every column of every user table: what any catalog read must at least fetch.
const SET_BASED_READ: &str = "SELECT s.name, t.name, c.name, c.column_id, ty.name, c.max_length, \
     c.precision, c.scale, c.is_nullable, c.is_identity \
     FROM sys.columns AS c JOIN sys.tables AS t ON t.object_id = c.object_id \
     JOIN sys.schemas AS s ON s.schema_id = t.schema_id \
     JOIN sys.types AS ty ON ty.user_type_id = c.user_type_id \
     ORDER BY s.name, t.name, c.column_id";

fn set_based_read(spec: &db::conn::ConnSpec) -> usize {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let mut client = generator::connect::connect_mssql(spec)
            .await
            .expect("connects");
        let rows = client
            .simple_query(SET_BASED_READ)
            .await
            .expect("query runs")
            .into_first_result()
            .await
            .expect("rows arrive");
        rows.len()
    })
}

/// Measured once each rather than sampled: one read of a 2,000-table Babelfish catalog takes
/// minutes on the shared 2-core machine, so criterion's ten samples would take an hour.
fn mssql_introspection(_: &mut Criterion) {
    let (Ok(url), Ok(path)) = (
        std::env::var("GEN_BENCH_MSSQL_URL"),
        std::env::var("GEN_BENCH_MSSQL_SCHEMA"),
    ) else {
        return;
    };
    let base = base(Path::new(&path));
    let spec = db::conn::ConnSpec::parse(&url).expect("connection string");
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let started = std::time::Instant::now();
    let (_, _, stats, server) = rt
        .block_on(generator::source::mssql::load_mssql(
            &spec,
            Some(&base),
            &|_| {},
        ))
        .expect("introspects");
    eprintln!(
        "mssql ({server}): introspect {:.1} s wall: {}",
        started.elapsed().as_secs_f64(),
        generator::source::live::stats_line(&stats)
    );
    for _ in 0..3 {
        let started = std::time::Instant::now();
        let rows = set_based_read(&spec);
        eprintln!(
            "mssql ({server}): set-based read {:.2} s wall ({rows} rows)",
            started.elapsed().as_secs_f64()
        );
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = introspection, mssql_introspection
}
criterion_main!(benches);
