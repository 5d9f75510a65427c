#!/usr/bin/env bash
# Rebuilds ledger/ (the shipped sample) from tools/sample/interim-sample.csv, byte for byte:
# the clock is fixed with RELIEF_NOW_MS so that append times are reproducible too.
# Usage: tools/build-sample-ledger.sh          rebuild ledger/
#        tools/build-sample-ledger.sh --check  fail if ledger/ differs from a fresh build
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product relief >/dev/null
relief="$(swift build --show-bin-path)/relief"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export RELIEF_NOW_MS=1669852800000   # 2022-12-01T00:00:00Z
"$relief" init --ledger "$work/ledger" --origin relief.example/interim-sample >/dev/null
"$relief" import tools/sample/interim-sample.csv --ledger "$work/ledger" >/dev/null
"$relief" verify --ledger "$work/ledger" >/dev/null
if [[ "${1:-}" == "--check" ]]; then
  cmp ledger/journal.jsonl "$work/ledger/journal.jsonl"
  echo "ledger/ matches a fresh build from tools/sample/interim-sample.csv"
else
  mkdir -p ledger
  cp "$work/ledger/journal.jsonl" ledger/journal.jsonl
  echo "rebuilt ledger/journal.jsonl ($(wc -l < ledger/journal.jsonl) lines)"
fi
