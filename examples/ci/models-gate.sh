#!/usr/bin/env bash
# The models gate of a service repository: run from the repository root, by CI
# (examples/ci/service-models.yml) or by hand.
#
#   examples/ci/models-gate.sh [NAME=VAR ...]
#       e.g. dev=DEV_DATABASE_URL staging=STAGING_DATABASE_URL prod=PROD_DATABASE_URL
#
# 1. installs the gen that schema.yaml's `gen:` pins, unless that gen is already on PATH
#    (from $GEN_REPO at tag gen-v<version>);
# 2. `gen models --check`: generated/ is what schema.yaml gives;
# 3. `gen lint`: the naming standards;
# 4. builds the generated crate with every feature, into a target directory outside generated/;
# 5. `gen diff` over every NAME=VAR whose variable holds a connection string; environments
#    whose variable is unset or empty (a pull request from a fork gets no secrets) are skipped,
#    and said so. Differences recorded in the baseline are not reported again; the baseline
#    must exist (gen diff names the --write-baseline command that records it).
#
# Settings (environment): SCHEMA (schema.yaml), MODELS_DIR (generated), BASELINE
# (drift-baseline.yaml; empty for none), FAIL_ON (breaking), GEN_REPO (git URL of gen's
# repository), CARGO_TARGET_DIR (target/models-gate).
#
# Exit codes, gen's own: 0 every step passed; 1 generated/ is stale, lint findings, or drift
# reaching FAIL_ON; 2 bad input or setup (no pinned version, gen cannot be installed, a missing
# baseline, the generated crate does not build); 3 a database unreachable or refused.
set -uo pipefail

SCHEMA="${SCHEMA:-schema.yaml}"
MODELS_DIR="${MODELS_DIR:-generated}"
BASELINE="${BASELINE-drift-baseline.yaml}"
FAIL_ON="${FAIL_ON:-breaking}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target/models-gate}"

step() { printf '\n== %s\n' "$*"; }
fail() { echo "models gate: $2" >&2; exit "$1"; }
run() { "$@"; local rc=$?; [ "$rc" -eq 0 ] || fail "$rc" "\`$*\` exited $rc"; }

step "gen pinned by $SCHEMA"
[ -f "$SCHEMA" ] || fail 2 "$SCHEMA not found (run from the repository root, or set SCHEMA)"
pinned="$(sed -n 's/^gen:[[:space:]]*"\{0,1\}\([0-9][0-9.]*\)"\{0,1\}[[:space:]]*$/\1/p' "$SCHEMA" | head -n 1)"
[ -n "$pinned" ] || fail 2 "$SCHEMA has no top-level \`gen: \"X.Y.Z\"\` line"
have="$(gen --version 2>/dev/null | awk '{print $2}')"
case "$have" in
  "$pinned" | "$pinned".*) echo "gen $have is installed (pinned: $pinned)" ;;
  *)
    [[ "$pinned" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] ||
      fail 2 "$SCHEMA pins gen $pinned: write the exact version (\`gen: \"$pinned.0\"\`) so that CI can install it by its tag"
    [ -n "${GEN_REPO:-}" ] || fail 2 "gen $pinned is not installed (found: ${have:-none}); set GEN_REPO to gen's git URL to install it"
    echo "installing gen $pinned from $GEN_REPO (tag gen-v$pinned)"
    cargo install --locked --git "$GEN_REPO" --tag "gen-v$pinned" generator ||
      fail 2 "could not install gen $pinned from $GEN_REPO (does the tag gen-v$pinned exist?)"
    have="$(gen --version | awk '{print $2}')"
    [ "$have" = "$pinned" ] || fail 2 "installed gen says $have, not $pinned (is ~/.cargo/bin on PATH?)"
    ;;
esac

step "$MODELS_DIR/ matches $SCHEMA"
run gen models --check --schema "$SCHEMA" --out "$MODELS_DIR"

step "naming standards"
run gen lint --schema "$SCHEMA"

step "the generated crate builds (every feature; target directory $CARGO_TARGET_DIR)"
case "$(realpath -m "$CARGO_TARGET_DIR")/" in
  "$(realpath -m "$MODELS_DIR")"/*) fail 2 "CARGO_TARGET_DIR must lie outside $MODELS_DIR/ (gen models --check would see its files)" ;;
esac
cargo build --quiet --manifest-path "$MODELS_DIR/Cargo.toml" --all-features ||
  fail 2 "the generated crate does not build (see cargo's error above: its gen-runtime source, crate: in $SCHEMA, or the toolchain)"

step "live databases match $SCHEMA"
envs=()
for pair in "$@"; do
  name="${pair%%=*}" var="${pair#*=}"
  [[ "$pair" == *=* && -n "$name" && "$var" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || fail 2 "argument \`$pair\`: expected NAME=VAR"
  if [ -n "${!var:-}" ]; then
    envs+=(--env "$pair")
  else
    echo "skipping $name: $var is not set in this run (no secret)"
  fi
done
if [ "${#envs[@]}" -eq 0 ]; then
  echo "gen diff skipped: no environment has a connection secret in this run"
  echo "models gate passed"
  exit 0
fi
baseline=()
[ -z "$BASELINE" ] || baseline=(--baseline "$BASELINE")
run gen diff "${envs[@]}" --schema "$SCHEMA" "${baseline[@]}" --fail-on "$FAIL_ON" --format text
echo "models gate passed"
