#!/bin/sh
# Compares the generated crate at commit REV (default: main) with generated/ as parsed tokens,
# whitespace and doc attributes ignored (generator/examples/compare_tokens.rs): prints every
# item that differs. Usage: scripts/compare_generated.sh [REV]
set -eu
rev="${1:-main}"
root="$(git rev-parse --show-toplevel)"
base="$(mktemp -d)"
trap 'rm -rf "$base"' EXIT
git -C "$root" archive "$rev" generated | tar -x -C "$base"
cd "$root"
cargo run -q -p generator --example compare_tokens -- "$base/generated" generated
