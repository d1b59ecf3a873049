//! Benchmarks: bcrypt hash and verify at the production cost (12), token generation and hashing.
//!
//! Run with `cargo bench -p security`; the figures go into `security/README.md`.
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use security::{DEFAULT_COST, PasswordHasher, generate_secure_token, hash_token};

const PASSWORD: &str = "correct horse battery staple 2024!";

fn bcrypt_cost_12(c: &mut Criterion) {
    let hasher = PasswordHasher::default();
    assert_eq!(hasher.cost(), DEFAULT_COST);
    let stored = match hasher.hash(PASSWORD) {
        Ok(hash) => hash,
        Err(e) => panic!("benchmark setup failed: {e}"),
    };
    let mut group = c.benchmark_group("bcrypt_cost_12");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    group.bench_function("hash", |b| b.iter(|| hasher.hash(black_box(PASSWORD))));
    group.bench_function("verify", |b| {
        b.iter(|| hasher.verify(black_box(PASSWORD), black_box(&stored)))
    });
    group.finish();
}

fn tokens(c: &mut Criterion) {
    let mut group = c.benchmark_group("token");
    group.throughput(Throughput::Elements(1));
    group.bench_function("generate_secure_token", |b| b.iter(generate_secure_token));
    let token = match generate_secure_token() {
        Ok(token) => token,
        Err(e) => panic!("benchmark setup failed: {e}"),
    };
    group.bench_function("hash_token", |b| {
        b.iter(|| hash_token(black_box(token.expose())))
    });
    group.finish();
}

criterion_group!(benches, bcrypt_cost_12, tokens);
criterion_main!(benches);
