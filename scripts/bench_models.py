#!/usr/bin/env python3
"""Benchmarks `gen models` on synthetic schemas, and `cargo check` of the crate it generates.

Usage:
    cargo build --release -p generator
    python3 scripts/bench_models.py                       # 1k, 2k, 5k, 10k tables
    python3 scripts/bench_models.py --sizes 10000 --runs 5
    python3 scripts/bench_models.py --sizes 2000 --cargo-check   # also time `cargo check`

For each size it writes `synth_schema.py --tables N --schemas 20` to a scratch directory, then
times the release `gen models` (wall clock, and user + system CPU of the child):
  - "new dir": generating into a directory that does not exist yet (first generation);
  - "up to date": regenerating over its own output (what CI and a no-op migration cost).
Run it a few minutes after deleting large directories (see the comment in bench_size).
It prints a Markdown table with the median of --runs runs, the generated lines per table and the
load average, which matters: the machine has two cores. Figures belong in docs/benchmarks.md.

With --cargo-check, the crate generated for each size is checked with `cargo check -p models` in a
scratch workspace beside a copy of gen-runtime (dependencies built first, untimed; set
CARGO_TARGET_DIR to reuse a target directory across runs), default features and then every
feature, with CARGO_INCREMENTAL=0; peak memory is the largest process cargo waited for (GNU time's
%M), i.e. rustc.
"""

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import synth_schema  # noqa: E402


def timed(cmd, **kw):
    """Runs cmd; returns (wall seconds, child CPU seconds). Fails loudly on a non-zero exit."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    run = subprocess.run(cmd, capture_output=True, text=True, **kw)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if run.returncode != 0:
        sys.exit(f"{' '.join(cmd)} exited {run.returncode}:\n{run.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def generated_lines(out):
    total = 0
    for dirpath, _, names in os.walk(os.path.join(out, "src")):
        for name in names:
            if name.endswith(".rs"):
                with open(os.path.join(dirpath, name), encoding="utf-8") as f:
                    total += sum(1 for _ in f)
    return total


def bench_size(gen, tables, schemas, runs, scratch):
    schema = os.path.join(scratch, f"s{tables}.yaml")
    with open(schema, "w", encoding="utf-8") as f:
        f.write(synth_schema.document(synth_schema.build(tables, schemas)))
    fresh = []
    for i in range(runs):
        out = os.path.join(scratch, f"new{tables}_{i}")
        fresh.append(timed([gen, "models", "--schema", schema, "--out", out]))
    out = os.path.join(scratch, f"new{tables}_0")
    again = [timed([gen, "models", "--schema", schema, "--out", out]) for _ in range(runs)]
    lines = generated_lines(out)
    # Nothing is deleted until the end: ext4 makes file creation several times slower for a
    # few minutes after many files were deleted (its inode allocator skips recently freed
    # inodes), which would be measured as gen's time.
    return {
        "tables": tables,
        "new": fresh,
        "again": again,
        "lines": lines,
        "out": out,
    }


WORKSPACE = """[workspace]
resolver = "3"
members = ["generated", "runtime", "sql-check"]

[workspace.package]
edition = "2024"
version = "0.1.0"
license = "MIT OR Apache-2.0"
repository = "https://github.com/EventLeadPlatform/models"
publish = false

# The synthetic schemas have no `crate.runtime`: their crate asks for gen-runtime by version.
[patch.crates-io]
gen-runtime = { path = "runtime" }
sql-check = { path = "sql-check" }
"""


def cargo_check(out, scratch):
    """Checks the crate in `out` as the generated member of a scratch workspace beside a copy of
    gen-runtime (patched in for the version the generated Cargo.toml asks for)."""
    ws = os.path.join(scratch, f"ws-{os.path.basename(out)}")
    os.makedirs(ws)
    shutil.copytree(out, os.path.join(ws, "generated"))
    shutil.copytree(os.path.join(ROOT, "runtime"), os.path.join(ws, "runtime"))
    shutil.copytree(os.path.join(ROOT, "sql-check"), os.path.join(ws, "sql-check"))
    shutil.copy(os.path.join(ROOT, "Cargo.lock"), os.path.join(ws, "Cargo.lock"))
    with open(os.path.join(ws, "Cargo.toml"), "w", encoding="utf-8") as f:
        f.write(WORKSPACE)
    env = dict(os.environ, CARGO_INCREMENTAL="0")
    env.setdefault("CARGO_TARGET_DIR", os.path.join(scratch, "target"))
    results = {}
    for label, extra in [("default", []), ("all features", ["--all-features"])]:
        base = ["cargo", "check", "-q", "--offline", "-p", "models", *extra]
        subprocess.run(base, cwd=ws, env=env, capture_output=True)  # dependencies, untimed
        results[label] = timed_check(ws, env, extra)
    return results


def timed_check(ws, env, extra):
    """`cargo check -p models` in `ws` after touching lib.rs: (seconds, peak GiB of rustc)."""
    base = ["cargo", "check", "-q", "--offline", "-p", "models", *extra]
    os.utime(os.path.join(ws, "generated", "src", "lib.rs"))
    run = subprocess.run(["/usr/bin/time", "-f", "%e %M", *base], cwd=ws, env=env,
                         capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"cargo check {' '.join(extra)} failed in {ws}:\n{run.stderr[-4000:]}")
    secs, kb = run.stderr.strip().splitlines()[-1].split()
    return float(secs), int(kb) / 1024 / 1024


def fmt(pairs):
    wall = statistics.median(w for w, _ in pairs)
    cpu = statistics.median(c for _, c in pairs)
    return f"{wall:.2f} s ({cpu:.2f} s CPU)"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,2000,5000,10000")
    ap.add_argument("--schemas", type=int, default=20)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--gen", default=os.path.join(ROOT, "target", "release", "gen"))
    ap.add_argument("--cargo-check", action="store_true")
    ap.add_argument("--keep", action="store_true", help="keep the scratch directory")
    args = ap.parse_args()
    if not os.path.exists(args.gen):
        sys.exit(f"{args.gen} not found: run `cargo build --release -p generator` first")
    scratch = tempfile.mkdtemp(prefix="gen-bench-")
    print(f"load average before: {os.getloadavg()[0]:.2f}; scratch {scratch}")
    print("| tables | lines per table | new dir (median) | up to date (median) |")
    print("|---|---|---|---|")
    results = []
    for n in (int(s) for s in args.sizes.split(",")):
        r = bench_size(args.gen, n, args.schemas, args.runs, scratch)
        results.append(r)
        per = r["lines"] / n
        print(f"| {n:,} | {per:.0f} | {fmt(r['new'])} | {fmt(r['again'])} |", flush=True)
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    if args.cargo_check:
        print("\n| tables | cargo check, default features | every feature |")
        print("|---|---|---|")
        for r in results:
            c = cargo_check(r["out"], scratch)
            d, a = c["default"], c["all features"]
            print(f"| {r['tables']:,} | {d[0]:.1f} s, {d[1]:.2f} GiB | {a[0]:.1f} s, {a[1]:.2f} GiB |")
    if not args.keep:
        shutil.rmtree(scratch)


if __name__ == "__main__":
    main()
