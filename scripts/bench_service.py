#!/usr/bin/env python3
"""Times the build of a service crate that calls the generated API on 200 tables of the
2,000-table synthetic crate, with the `postgres` feature (where the API's generic code is
instantiated and compiled).

Usage:
    cargo build -p generator            # or --release; pass the binary with --gen
    python3 scripts/bench_service.py [--gen target/debug/gen] [--tables 2000] [--used 200]

What it does, in a temporary directory (removed at the end unless --keep):
  - `synth_schema.py --tables N --schemas 20` and `gen models` into `generated/`, beside
    copies of gen-runtime and sql-check and a workspace `Cargo.toml` (as bench_models.py's
    --cargo-check does);
  - a crate `service/` depending on the generated crate and gen-runtime with the `postgres`
    feature, with one `pub async fn` per used table (the first --used tables, taken evenly
    from the 20 schemas) that inserts a `New…` row (a defaulted column given, the others left
    to the database), inserts a batch, upserts, saves a change with `set().save()`, and runs
    a finder with ordering and paging, a `where_eq` select and a count, over a
    `&tokio_postgres::Client`;
  - builds the dependencies (the generated crate included) untimed, then times
    `cargo check -p service` and `cargo build -p service` (debug) after touching the
    service's `lib.rs`, with CARGO_INCREMENTAL=0; peak memory is the largest process cargo
    waited for (GNU time's %M), i.e. rustc on the service crate. Also the generated crate's
    own `cargo check --features postgres`.
It prints a Markdown table with wall time, user + system CPU (less sensitive to the other
builds on the machine than wall time) and peak memory, and the load average, which matters:
the machine has two cores. Figures belong in docs/benchmarks.md.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import bench_models  # noqa: E402
import synth_schema  # noqa: E402

SCHEMAS = 20

SERVICE_TOML = """[package]
name = "service"
version = "0.1.0"
edition = "2024"
publish = false

[dependencies]
models = { path = "../generated", package = "%s", features = ["postgres"] }
gen-runtime = { path = "../runtime", features = ["postgres"] }
tokio-postgres = { version = "0.7", default-features = false }
"""


def used_tables(tables, used):
    """(schema number, table number) of the used tables: round-robin over the schemas, the
    first tables of each."""
    per_schema, extra = divmod(tables, SCHEMAS)
    counts = [per_schema + (1 if s <= extra else 0) for s in range(1, SCHEMAS + 1)]
    picked = []
    t = 1
    while len(picked) < used:
        before = len(picked)
        for s in range(1, SCHEMAS + 1):
            if t <= counts[s - 1] and len(picked) < used:
                picked.append((s, t))
        if len(picked) == before:
            break
        t += 1
    return picked


def table_fn(s, t):
    """The service function for table t of schema s (see synth_schema.data_columns)."""
    name = f"S{s:02d}Entity{t:04d}"
    module = f"s{s:02d}_entity{t:04d}"
    if t == 1:
        enum, codes = synth_schema.ENUMS[(s - 1) % len(synth_schema.ENUMS)]
        field = f"{enum.lower()}_id"
        value = f"models::ref_::{enum}::{codes[0].title()}"
        finder = f"for_{enum.lower()}"
    else:
        parent = f"s{s:02d}_entity{t - 1:04d}"
        field = f"{parent}_id"
        value = "1"
        finder = f"for_{parent}"
    return f"""
/// Every kind of call of the generated API on `s{s:02d}.{name}`.
pub async fn use_{module}(c: &Client) -> Result<u64, Error> {{
    use models::s{s:02d}::{module}::{{columns, New{name}}};
    use models::s{s:02d}::{name};
    let new = New{name} {{
        {field}: {value},
        code: "C".into(),
        name: "N".into(),
        notes: None,
        amount: None,
        quantity: Defaulted::Value(3),
        ratio: None,
        is_enabled: Defaulted::Default,
        external_key: Defaulted::Default,
        effective_date: None,
        created_date: Defaulted::Default,
    }};
    let row = new.insert(c).await?;
    let batch = New{name}::insert_many(c, &[new.clone(), new.clone()]).await?;
    let up = new.upsert(c, &[columns::EXTERNAL_KEY]).await?;
    let saved = row.set(|r| r.name = "M".into()).save(c).await?;
    let page = {name}::{finder}({value})
        .order_by(columns::NAME, Direction::Desc)
        .page(0, 20)
        .all(c)
        .await?;
    let one = {name}::select().where_eq(columns::CODE, "C").one(c).await?;
    let n = {name}::select().count(c).await?;
    Ok(n + (page.len() + batch.len()) as u64 + u64::from(one.is_some()) + u64::from(saved.quantity == up.quantity))
}}
"""


def service_lib(picked):
    head = """//! Calls of the generated API on many tables, for bench_service.py.
use gen_runtime::{Defaulted, Direction, Error, NewRecord, Query};
use tokio_postgres::Client;
"""
    return head + "".join(table_fn(s, t) for s, t in picked)


def timed(cmd, cwd, env):
    run = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", *cmd], cwd=cwd, env=env,
                         capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed in {cwd}:\n{run.stderr[-4000:]}")
    wall, user, system, kb = run.stderr.strip().splitlines()[-1].split()
    return float(wall), float(user) + float(system), int(kb) / 1024 / 1024


def load():
    with open("/proc/loadavg", encoding="utf-8") as f:
        return " ".join(f.read().split()[:3])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gen", default=os.path.join(ROOT, "target", "debug", "gen"))
    ap.add_argument("--tables", type=int, default=2000)
    ap.add_argument("--used", type=int, default=200)
    ap.add_argument("--keep", action="store_true", help="keep the scratch directory")
    args = ap.parse_args()
    if not os.path.exists(args.gen):
        sys.exit(f"{args.gen} not found: build it with `cargo build -p generator` or pass --gen")
    scratch = tempfile.mkdtemp(prefix="bench-service-")
    ws = os.path.join(scratch, "ws")
    os.makedirs(os.path.join(ws, "service", "src"))
    schema = os.path.join(scratch, "schema.yaml")
    with open(schema, "w", encoding="utf-8") as f:
        f.write(synth_schema.document(synth_schema.build(args.tables, SCHEMAS)))
    gen = subprocess.run([args.gen, "models", "--schema", schema, "--out",
                          os.path.join(ws, "generated")], capture_output=True, text=True)
    if gen.returncode != 0:
        sys.exit(f"gen models failed:\n{gen.stderr}")
    for crate in ("runtime", "sql-check"):
        shutil.copytree(os.path.join(ROOT, crate), os.path.join(ws, crate))
    shutil.copy(os.path.join(ROOT, "Cargo.lock"), os.path.join(ws, "Cargo.lock"))
    with open(os.path.join(ws, "Cargo.toml"), "w", encoding="utf-8") as f:
        f.write(bench_models.WORKSPACE.replace('"sql-check"]', '"sql-check", "service"]'))
    with open(os.path.join(ws, "generated", "Cargo.toml"), encoding="utf-8") as f:
        package = next(line.split('"')[1] for line in f if line.startswith("name = "))
    with open(os.path.join(ws, "service", "Cargo.toml"), "w", encoding="utf-8") as f:
        f.write(SERVICE_TOML % package)
    picked = used_tables(args.tables, args.used)
    with open(os.path.join(ws, "service", "src", "lib.rs"), "w", encoding="utf-8") as f:
        f.write(service_lib(picked))
    env = dict(os.environ, CARGO_INCREMENTAL="0")
    env.setdefault("CARGO_TARGET_DIR", os.path.join(scratch, "target"))
    base = ["cargo", "-q", "--offline"]
    rows = []
    # The generated crate's own check with the feature (its dependencies built first).
    models_check = [*base, "check", "-p", package, "--features", "postgres"]
    subprocess.run(models_check, cwd=ws, env=env, capture_output=True)
    os.utime(os.path.join(ws, "generated", "src", "lib.rs"))
    rows.append((f"`cargo check` of the {args.tables:,}-table crate, `--features postgres`",
                 timed(models_check, ws, env), load()))
    lib = os.path.join(ws, "service", "src", "lib.rs")
    for what in ("check", "build"):
        cmd = [*base, what, "-p", "service"]
        subprocess.run(cmd, cwd=ws, env=env, capture_output=True)  # dependencies, untimed
        os.utime(lib)
        rows.append((f"`cargo {what}` of the service crate ({len(picked)} tables used)",
                     timed(cmd, ws, env), load()))
    print("| what | wall | CPU (user + system) | peak memory | load average |")
    print("|---|---|---|---|---|")
    for label, (wall, cpu, gib), avg in rows:
        print(f"| {label} | {wall:.1f} s | {cpu:.1f} s | {gib:.2f} GiB | {avg} |")
    if args.keep:
        print(f"kept {scratch}")
    else:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
