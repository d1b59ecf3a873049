//! PostgreSQL introspection speed: the repository's schema.yaml loaded into a fresh database
//! (from `gen ddl --dialect postgres`'s output, via testkit), introspected with schema.yaml as
//! base (catalog plus reference rows). With `GEN_BENCH_PG_URL` and `GEN_BENCH_PG_SCHEMA` set (a
//! database built by `scripts/synth_pg.py` and its schema file), that database too. The
//! statement counts are printed once per database; the release binary's figures with
//! `GEN_STATS=1` are in docs/benchmarks.md.

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

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = introspection
}
criterion_main!(benches);
