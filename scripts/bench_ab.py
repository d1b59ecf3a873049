#!/usr/bin/env python3
"""Before/after comparison of `gen models` and of `cargo check` of the crate it generates,
interleaved (A, B, A, B, ...) in one run, since the machine is shared and load moves every
figure by tens of percent.

Usage:
    python3 scripts/bench_ab.py --before-gen /tmp/gen-before --before-root /tmp/before-src \\
        [--after-gen target/release/gen] [--tables 10000] [--check-tables 2000] [--runs 3]

--before-root is a tree holding the runtime/, sql-check/ and Cargo.lock of the "before" commit
(`git archive REV runtime sql-check Cargo.lock | tar -x -C DIR`): the crate each gen writes is
checked against the gen-runtime of its own commit, each in its own scratch workspace with its
own target directory (dependencies built first, untimed; copies must not share one, see
docs/benchmarks.md). `gen models` runs are "up to date" runs (regenerating over its own
output, what CI's --check costs) after one untimed first generation.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import bench_models  # noqa: E402
import synth_schema  # noqa: E402


def workspace(label, out, root, scratch):
    """A scratch workspace with the generated crate in `out` beside `root`'s runtime."""
    ws = os.path.join(scratch, f"ws-{label}")
    os.makedirs(ws)
    shutil.copytree(out, os.path.join(ws, "generated"))
    for d in ("runtime", "sql-check"):
        shutil.copytree(os.path.join(root, d), os.path.join(ws, d))
    shutil.copy(os.path.join(root, "Cargo.lock"), os.path.join(ws, "Cargo.lock"))
    with open(os.path.join(ws, "Cargo.toml"), "w", encoding="utf-8") as f:
        f.write(bench_models.WORKSPACE)
    return ws


def check(ws, target, extra):
    env = dict(os.environ, CARGO_INCREMENTAL="0", CARGO_TARGET_DIR=target)
    return bench_models.timed_check(ws, env, extra)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--before-gen", required=True)
    ap.add_argument("--before-root", required=True)
    ap.add_argument("--after-gen", default=os.path.join(ROOT, "target", "release", "gen"))
    ap.add_argument("--tables", type=int, default=10000)
    ap.add_argument("--check-tables", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--skip-models", action="store_true")
    ap.add_argument("--skip-check", action="store_true")
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    sides = {"before": (args.before_gen, args.before_root), "after": (args.after_gen, ROOT)}
    scratch = tempfile.mkdtemp(prefix="gen-ab-")
    print(f"scratch {scratch}; load average {os.getloadavg()}")

    if not args.skip_models:
        schema = os.path.join(scratch, f"s{args.tables}.yaml")
        with open(schema, "w", encoding="utf-8") as f:
            f.write(synth_schema.document(synth_schema.build(args.tables, 20)))
        times = {k: [] for k in sides}
        for label, (gen, _) in sides.items():
            out = os.path.join(scratch, f"models-{label}")
            bench_models.timed([gen, "models", "--schema", schema, "--out", out])
        for i in range(args.runs):
            for label, (gen, _) in sides.items():
                out = os.path.join(scratch, f"models-{label}")
                w, c = bench_models.timed([gen, "models", "--schema", schema, "--out", out])
                times[label].append((w, c))
                print(f"gen models {args.tables} run {i} {label}: {w:.2f} s wall, {c:.2f} s CPU, "
                      f"load {os.getloadavg()[0]:.1f}", flush=True)
        for label in sides:
            lines = bench_models.generated_lines(os.path.join(scratch, f"models-{label}"))
            print(f"{label}: median {bench_models.fmt(times[label])}, "
                  f"{lines / args.tables:.0f} lines a table")

    if not args.skip_check:
        schema = os.path.join(scratch, f"s{args.check_tables}.yaml")
        with open(schema, "w", encoding="utf-8") as f:
            f.write(synth_schema.document(synth_schema.build(args.check_tables, 20)))
        spaces = {}
        for label, (gen, root) in sides.items():
            out = os.path.join(scratch, f"crate-{label}")
            bench_models.timed([gen, "models", "--schema", schema, "--out", out])
            ws = workspace(label, out, root, scratch)
            target = os.path.join(scratch, f"target-{label}")
            env = dict(os.environ, CARGO_INCREMENTAL="0", CARGO_TARGET_DIR=target)
            for extra in ([], ["--all-features"]):  # dependencies, untimed
                subprocess.run(["cargo", "check", "-q", "--offline", "-p", "models", *extra],
                               cwd=ws, env=env, capture_output=True)
            spaces[label] = (ws, target)
        results = {(k, f): [] for k in sides for f in ("default", "all")}
        for i in range(args.runs):
            for feat, extra in (("default", []), ("all", ["--all-features"])):
                for label, (ws, target) in spaces.items():
                    secs, gib = check(ws, target, extra)
                    results[(label, feat)].append((secs, gib))
                    print(f"cargo check {args.check_tables} {feat} run {i} {label}: {secs:.1f} s, "
                          f"{gib:.2f} GiB, load {os.getloadavg()[0]:.1f}", flush=True)
        for (label, feat), rs in results.items():
            print(f"{label} {feat}: median {statistics.median(s for s, _ in rs):.1f} s, "
                  f"peak {max(g for _, g in rs):.2f} GiB")
    print(f"load average after {os.getloadavg()}")
    if not args.keep:
        shutil.rmtree(scratch)


if __name__ == "__main__":
    main()
