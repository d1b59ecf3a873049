#!/usr/bin/env python3
"""What `models::sql!` costs a service at compile time.

Usage:
    python3 scripts/bench_checked_sql.py              # 500 statements, 3 runs
    python3 scripts/bench_checked_sql.py --statements 500 --runs 5 --keep

Builds a scratch workspace beside copies of gen-runtime, sql-check and this repository's
generated crate (with its macro crate), holding two service crates with the same 500 statements
over the EventLeadPlatform schema (joins, outer joins, aggregates, INSERT … OUTPUT, UPDATE,
DELETE, CTEs):
  - `checked`: every statement through `models::sql!`, arguments bound and rows typed;
  - `plain`: every statement as a plain `&str` literal handed to a function.
Both depend on `models` with the `sql` feature, so their dependencies are the same.

Measured (GNU time: wall seconds, user + system CPU seconds, and the peak resident size of the
largest process, i.e. rustc):
  - warm: `cargo check -p checked` / `-p plain` with every dependency already built, the crate's
    lib.rs touched, CARGO_INCREMENTAL=0 (the crate itself is checked from scratch each time);
    the two interleaved (plain, checked, plain, …) so that a change in the machine's load hits
    both; median of --runs runs. CPU seconds move less with the load than wall seconds do;
  - cold: in a fresh target directory, after `cargo check -p models` (untimed), the one-time cost
    of `cargo check -p models --features sql`: building sqlparser, sql-check and the macro crate
    (skipped with --no-cold).
--opt-macro adds the profile lines docs/checked-sql.md recommends (the checker built with
opt-level 3: sqlparser, sql-check and the macro crate) to the scratch workspace.
--target-dir DIR keeps the scratch target directory between invocations (the dependencies are
then built once; cold is not measured). Prints a Markdown table and the load average, which
matters on this two-core machine.
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

WORKSPACE = """[workspace]
resolver = "3"
members = ["generated", "generated/macros", "runtime", "sql-check", "checked", "plain"]

[workspace.package]
edition = "2024"
version = "0.1.0"
license = "MIT OR Apache-2.0"
repository = "https://example.invalid/bench"
publish = false
"""

MANIFEST = """[package]
name = "{name}"
version = "0.1.0"
edition = "2024"
publish = false

[dependencies]
models = {{ path = "../generated", features = ["sql"] }}
gen-runtime = {{ path = "../runtime" }}
"""

# (statement with {a} as a distinct alias suffix, arguments)
TEMPLATES = [
    ("SELECT u{a}.UserID, u{a}.Email, u{a}.FirstName FROM dbo.[User] AS u{a} WHERE u{a}.IsEmailVerified = @P1", "true"),
    ("SELECT c{a}.CompanyID, c{a}.CompanyName, uc{a}.UserCompanyRoleID FROM dbo.Company AS c{a} "
     "JOIN dbo.UserCompany AS uc{a} ON uc{a}.CompanyID = c{a}.CompanyID WHERE uc{a}.UserID = @P1", "1i64"),
    ("SELECT u{a}.Email, c{a}.CompanyName FROM dbo.[User] AS u{a} "
     "LEFT JOIN dbo.UserCompany AS uc{a} ON uc{a}.UserID = u{a}.UserID "
     "LEFT JOIN dbo.Company AS c{a} ON c{a}.CompanyID = uc{a}.CompanyID WHERE u{a}.StatusID = @P1",
     "models::ref_::UserStatus::Active"),
    ("SELECT c{a}.CompanyName, COUNT(*) AS members FROM dbo.Company AS c{a} "
     "JOIN dbo.UserCompany AS uc{a} ON uc{a}.CompanyID = c{a}.CompanyID GROUP BY c{a}.CompanyName "
     "ORDER BY members DESC", ""),
    ("SELECT TOP (@P1) e{a}.EventType, e{a}.Reason, e{a}.UserID FROM log.AuthEvent AS e{a} "
     "WHERE e{a}.Email = @P2 ORDER BY e{a}.CreatedDate DESC", "10i64, \"a@b.c\""),
    ("INSERT INTO dbo.Company (CompanyName) OUTPUT INSERTED.CompanyID, INSERTED.CreatedDate VALUES (@P1)",
     "\"Acme\""),
    ("UPDATE dbo.[User] SET FirstName = @P1, LastName = @P2 WHERE UserID = @P3", "Some(\"A\"), None::<String>, 7i64"),
    ("DELETE FROM dbo.UserRefreshToken WHERE UserID = @P1 AND ExpiryDate < GETUTCDATE()", "3i64"),
    ("WITH active{a} AS (SELECT UserID, Email FROM dbo.[User] WHERE IsDeleted = 0) "
     "SELECT a{a}.Email FROM active{a} AS a{a} WHERE a{a}.UserID = @P1", "5i64"),
    ("SELECT u{a}.UserID, u{a}.Email FROM dbo.[User] AS u{a} WHERE EXISTS (SELECT 1 FROM dbo.UserCompany AS uc{a} "
     "WHERE uc{a}.UserID = u{a}.UserID AND uc{a}.CompanyID = @P1)", "2i64"),
]


def statements(n):
    out = []
    for i in range(n):
        sql, args = TEMPLATES[i % len(TEMPLATES)]
        out.append((sql.format(a=i), args))
    return out


def checked_lib(stmts):
    lines = ["//! Benchmark: statements checked by models::sql!.", "#![allow(dead_code)]"]
    for i, (sql, args) in enumerate(stmts):
        call = f'models::sql!("{sql}"' + (f", {args}" if args else "") + ")"
        lines.append(f"pub fn s{i}() -> impl Sized {{ {call} }}")
    return "\n".join(lines) + "\n"


def plain_lib(stmts):
    lines = [
        "//! Benchmark: the same statements as plain literals.",
        "#![allow(dead_code)]",
        "fn statement(sql: &'static str) -> &'static str { sql }",
    ]
    for i, (sql, _) in enumerate(stmts):
        lines.append(f'pub fn s{i}() -> &\'static str {{ statement("{sql}") }}')
    return "\n".join(lines) + "\n"


def timed(cmd, cwd, env):
    """(wall seconds, peak MiB, CPU seconds) of `cmd`."""
    run = subprocess.run(["/usr/bin/time", "-f", "%e %M %U %S", *cmd], cwd=cwd, env=env,
                         capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed in {cwd}:\n{run.stderr[-4000:]}")
    secs, kb, user, system = run.stderr.strip().splitlines()[-1].split()
    return float(secs), int(kb) / 1024, float(user) + float(system)


OPT_MACRO = """
[profile.dev.package.sqlparser]
opt-level = 3
[profile.dev.package.sql-check]
opt-level = 3
[profile.dev.package.models-macros]
opt-level = 3
"""


def setup(ws, n, opt_macro=False):
    for krate in ["runtime", "sql-check"]:
        os.makedirs(os.path.join(ws, krate))
        shutil.copy(os.path.join(ROOT, krate, "Cargo.toml"), os.path.join(ws, krate))
        shutil.copytree(os.path.join(ROOT, krate, "src"), os.path.join(ws, krate, "src"))
    shutil.copytree(os.path.join(ROOT, "generated"), os.path.join(ws, "generated"))
    shutil.copy(os.path.join(ROOT, "Cargo.lock"), ws)
    with open(os.path.join(ws, "Cargo.toml"), "w", encoding="utf-8") as f:
        f.write(WORKSPACE + (OPT_MACRO if opt_macro else ""))
    stmts = statements(n)
    for name, lib in [("checked", checked_lib(stmts)), ("plain", plain_lib(stmts))]:
        os.makedirs(os.path.join(ws, name, "src"))
        with open(os.path.join(ws, name, "Cargo.toml"), "w", encoding="utf-8") as f:
            f.write(MANIFEST.format(name=name))
        with open(os.path.join(ws, name, "src", "lib.rs"), "w", encoding="utf-8") as f:
            f.write(lib)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--statements", type=int, default=500)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", action="store_true", help="keep the scratch directory")
    ap.add_argument("--no-cold", action="store_true", help="skip the cold build of the checker")
    ap.add_argument("--opt-macro", action="store_true",
                    help="build the checker with opt-level 3 (the recommended profile lines)")
    ap.add_argument("--target-dir", help="target directory to use (and keep) for the scratch workspace")
    args = ap.parse_args()
    scratch = tempfile.mkdtemp(prefix="bench_checked_sql_")
    ws = os.path.join(scratch, "ws")
    os.makedirs(ws)
    setup(ws, args.statements, args.opt_macro)
    target = args.target_dir or os.path.join(scratch, "target")
    env = dict(os.environ, CARGO_INCREMENTAL="0", CARGO_TARGET_DIR=target)
    cold = None
    try:
        # Cold: the checker and its parser, once, on top of an already built models crate.
        if not args.no_cold and not args.target_dir:
            subprocess.run(["cargo", "check", "-q", "--offline", "-p", "models"], cwd=ws, env=env,
                           capture_output=True, check=True)
            cold = timed(["cargo", "check", "-q", "--offline", "-p", "models", "--features", "sql"],
                         ws, env)
        names = ["plain", "checked"]
        runs = {name: [] for name in names}
        for name in names:
            subprocess.run(["cargo", "check", "-q", "--offline", "-p", name], cwd=ws, env=env,
                           capture_output=True, check=True)
        for _ in range(args.runs):
            for name in names:
                os.utime(os.path.join(ws, name, "src", "lib.rs"))
                runs[name].append(timed(["cargo", "check", "-q", "--offline", "-p", name], ws, env))
    finally:
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)
        else:
            print(f"kept {scratch}", file=sys.stderr)
    load = os.getloadavg()
    n = args.statements
    med = {name: (statistics.median(r[0] for r in rs), max(r[1] for r in rs),
                  statistics.median(r[2] for r in rs)) for name, rs in runs.items()}
    print("| what | wall | CPU (user + sys) | peak rustc RSS |")
    print("|---|---|---|---|")
    for name, label in [("plain", f"{n} plain literals"), ("checked", f"{n} `sql!` statements")]:
        secs, mib, cpu = med[name]
        shown = ", ".join(f"{r[0]:.2f}" for r in runs[name])
        print(f"| warm `cargo check`, {label} | {secs:.2f} s (runs: {shown}) | {cpu:.2f} s | {mib:.0f} MiB |")
    extra = med["checked"][0] - med["plain"][0]
    extra_cpu = med["checked"][2] - med["plain"][2]
    print(f"| what the checks add | {extra:+.2f} s ({extra / n * 1000:.1f} ms a statement) | {extra_cpu:+.2f} s | |")
    if cold:
        print(f"| cold: building the checker once (`models --features sql` over `models`) | {cold[0]:.2f} s | {cold[2]:.2f} s | {cold[1]:.0f} MiB |")
    print(f"\nload average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")


if __name__ == "__main__":
    main()
