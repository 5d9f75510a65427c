#!/usr/bin/env bash
# Rebuilds ledger/ (the shipped sample) from seeds/, byte for byte: relief-seed turns the
# structured seeds into one import CSV (deterministic), and the clock is fixed with
# RELIEF_NOW_MS so that append times are reproducible too.
# The sample's checkpoint (ledger/checkpoints/) is signed with the same demo key; Ed25519
# signing is deterministic, so it is reproducible byte for byte too.
# Usage: tools/build-sample-ledger.sh          rebuild ledger/
#        tools/build-sample-ledger.sh --check  fail if ledger/ differs from a fresh build
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product relief >/dev/null
swift build --product relief-seed >/dev/null
bin="$(swift build --show-bin-path)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# 2022-12-01T00:00:00Z: after the last business date in seeds/figures.csv (2022-04-15).
export RELIEF_NOW_MS=1669852800000
# The scripts read relief's English output, whatever the machine's locale.
export RELIEF_LANG=en
# The sample is signed with the published demo key in seeds/ (see seeds/README.md). Git
# does not keep file modes, so a private copy is made: relief refuses readable key files.
cp seeds/demo-admin.key "$work/demo-admin.key"
chmod 600 "$work/demo-admin.key"
export RELIEF_KEY="$work/demo-admin.key"
"$bin/relief-seed" --seeds seeds --out "$work/seed-import.csv"
"$bin/relief" init --ledger "$work/ledger" --origin relief.example/seed-sample >/dev/null
"$bin/relief" import "$work/seed-import.csv" --ledger "$work/ledger" >/dev/null
"$bin/relief" verify --ledger "$work/ledger" >/dev/null
"$bin/relief" checkpoint --ledger "$work/ledger" >/dev/null
if [[ "${1:-}" == "--check" ]]; then
  cmp ledger/journal.jsonl "$work/ledger/journal.jsonl"
  # .lock only serializes checkpoint writers; it holds nothing.
  diff -r -x .lock ledger/checkpoints "$work/ledger/checkpoints"
  echo "ledger/ matches a fresh build from seeds/"
else
  mkdir -p ledger
  cp "$work/ledger/journal.jsonl" ledger/journal.jsonl
  rm -rf ledger/checkpoints
  cp -r "$work/ledger/checkpoints" ledger/checkpoints
  rm -f ledger/checkpoints/.lock
  echo "rebuilt ledger/journal.jsonl ($(wc -l < ledger/journal.jsonl) lines) and ledger/checkpoints/"
fi
