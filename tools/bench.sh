#!/usr/bin/env bash
# The benchmark of issue #7, in one run: for each entry count, generates the workload
# (tools/relief-workload: CSV chunks for relief and the same history as a ledger-cli
# journal), imports it, then reports medians of `relief verify` beside `sha256sum` of the
# same journal, `relief balances` (first and repeated) beside `ledger` and `hledger`
# balance on the same workload, and peak RSS of each. Once per run it also times one
# large import batch, 1,000-row batches, single durable appends (in process and one
# `relief append` process each) beside the raw fsync rate, and SHA-256 speed beside
# `openssl speed -evp sha256` and `sha256sum`.
#
# Usage: tools/bench.sh [ENTRIES ...]          (default: 1000000 10000000)
# Example: BENCH_RUNS=1 tools/bench.sh 20000
# Environment:
#   BENCH_RUNS=3                 runs per timed command (the median is reported)
#   BENCH_REFERENCE_MAX=1000000  largest count ledger/hledger are run on (they take
#                                minutes and GBs; 0 skips them)
#   BENCH_ONE_BATCH_ROWS=1000000 rows of the one-batch import (at most the first count)
#   BENCH_SMALL_BATCH_ROWS=100000  rows imported in 1,000-row batches
#   BENCH_APPENDS=2000           single appends in process (append-bench)
#   BENCH_PROCESS_APPENDS=100    single appends as one `relief append` process each
#   BENCH_KEEP=1                 keep the work directory
#   BENCH_REPORT=FILE            also write the summary to FILE
#   BENCH_DIR=DIR                where the work directory goes (default: mktemp's)
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--help" || "${1:-}" == "-h" ]]; then
  sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
  exit 0
fi
counts=("$@")
if [[ ${#counts[@]} -eq 0 ]]; then counts=(1000000 10000000); fi
runs="${BENCH_RUNS:-3}"
reference_max="${BENCH_REFERENCE_MAX:-1000000}"
one_batch_rows="${BENCH_ONE_BATCH_ROWS:-1000000}"
small_batch_rows="${BENCH_SMALL_BATCH_ROWS:-100000}"
appends="${BENCH_APPENDS:-2000}"
process_appends="${BENCH_PROCESS_APPENDS:-100}"
# 2023-01-01T00:00:00Z: after every workload date, so the same bytes come out every run.
export RELIEF_NOW_MS=1672531200000

echo "building release..." >&2
swift build -c release >&2
work="$(mktemp -d "${BENCH_DIR:-${TMPDIR:-/tmp}}/relief-bench.XXXXXX")"
if [[ "${BENCH_KEEP:-0}" == 1 ]]; then
  echo "work directory kept: $work" >&2
else
  trap 'rm -rf "$work"' EXIT
fi
# Copies of the binaries, so that a rebuild during a long run changes nothing.
bin="$work/bin"
mkdir -p "$bin"
for tool in relief relief-workload append-bench sha256-bench; do
  cp "$(swift build -c release --show-bin-path)/$tool" "$bin/"
done
report="$work/report.txt"
: >"$report"

# Prints a line of the summary (and keeps it for BENCH_REPORT).
say() { printf '%s\n' "$*" | tee -a "$report"; }

now_ns() { date +%s%N; }

# Runs the command `runs` times (output discarded); prints the median wall time in ms.
median_ms() {
  local count="$1"
  shift
  local times=() start end
  for ((i = 0; i < count; i++)); do
    start=$(now_ns)
    "$@" >/dev/null 2>&1
    end=$(now_ns)
    times+=("$(((end - start) / 1000))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 }
    END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f\n", m / 1000 }'
}

# Prints the peak RSS in MiB of one run of the command, or n/a.
max_rss_mib() {
  if [[ ! -x /usr/bin/time ]]; then echo "n/a"; return; fi
  /usr/bin/time -f %M -o "$work/rss" "$@" >/dev/null 2>&1 || true
  awk '{ printf "%.1f\n", $1 / 1024 }' "$work/rss"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
rate() { awk -v n="$1" -v ms="$2" 'BEGIN { if (ms > 0) printf "%.0f", n / (ms / 1000); else print "n/a" }'; }

# Installs ledger, hledger and time if they are missing and apt-get can, else says so.
ensure_tools() {
  local missing=()
  command -v ledger >/dev/null || missing+=(ledger)
  command -v hledger >/dev/null || missing+=(hledger)
  [[ -x /usr/bin/time ]] || missing+=(time)
  [[ ${#missing[@]} -eq 0 ]] && return
  if command -v apt-get >/dev/null && [[ "$(id -u)" == 0 ]]; then
    echo "installing ${missing[*]}..." >&2
    apt-get install -y "${missing[@]}" >/dev/null 2>&1 \
      || { apt-get update >/dev/null 2>&1 && apt-get install -y "${missing[@]}" >/dev/null 2>&1; } \
      || echo "note: could not install ${missing[*]}; those columns are skipped" >&2
  else
    echo "note: ${missing[*]} missing and cannot be installed here; skipped" >&2
  fi
}
ensure_tools

"$bin/relief" keys generate --name bench-admin --out "$work/bench-admin.key" >/dev/null
export RELIEF_KEY="$work/bench-admin.key"

# Imports every CSV chunk in $1 (in order) into a fresh ledger $2; prints the total ms.
import_chunks() {
  local chunks="$1" ledger="$2" start end
  "$bin/relief" init --ledger "$ledger" --origin bench.example/relief-workload >/dev/null
  start=$(now_ns)
  for chunk in "$chunks"/workload-*.csv; do
    if ! "$bin/relief" import "$chunk" --ledger "$ledger" >/dev/null 2>"$work/import-errors.txt"
    then
      echo "import of $chunk failed:" >&2
      head -n 20 "$work/import-errors.txt" >&2
      exit 1
    fi
  done
  end=$(now_ns)
  echo $(((end - start) / 1000000))
}

say "relief benchmark ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $runs runs each, medians)"
say ""
for entries in "${counts[@]}"; do
  dir="$work/n$entries"
  mkdir -p "$dir"
  reference=0
  ledger_cli=()
  if ((entries <= reference_max)); then
    reference=1
    ledger_cli=(--ledger-cli "$dir/workload.journal")
  fi
  echo "generating $entries entries..." >&2
  "$bin/relief-workload" --entries "$entries" --seed 42 --out "$dir/chunks" \
    --chunk-rows 1000000 "${ledger_cli[@]}" >/dev/null 2>&1
  echo "importing $entries entries in chunks of 1,000,000..." >&2
  import_ms=$(import_chunks "$dir/chunks" "$dir/ledger")
  journal="$dir/ledger/journal.jsonl"
  if ! "$bin/relief" verify --ledger "$dir/ledger" >"$work/verify.txt" 2>&1; then
    echo "verify failed:" >&2
    cat "$work/verify.txt" >&2
    exit 1
  fi
  mib=$(awk -v b="$(wc -c <"$journal")" 'BEGIN { printf "%.1f", b / 1048576 }')
  echo "timing $entries entries..." >&2
  sha_ms=$(median_ms "$runs" sha256sum "$journal")
  verify_ms=$(median_ms "$runs" "$bin/relief" verify --ledger "$dir/ledger")
  rm -f "$dir"/ledger/projection.*
  balances_first_ms=$(median_ms 1 "$bin/relief" balances --ledger "$dir/ledger")
  balances_ms=$(median_ms "$runs" "$bin/relief" balances --ledger "$dir/ledger")
  verify_rss=$(max_rss_mib "$bin/relief" verify --ledger "$dir/ledger")
  balances_rss=$(max_rss_mib "$bin/relief" balances --ledger "$dir/ledger")
  say "== $entries entries: journal $mib MiB"
  say "$(printf '%-40s %12s %12s' 'command' 'median ms' 'peak RSS MiB')"
  say "$(printf '%-40s %12s %12s' 'import (chunks of 1,000,000 rows)' "$import_ms" '')"
  say "$(printf '%-40s %12s' '  entries/s' "$(rate "$entries" "$import_ms")")"
  say "$(printf '%-40s %12s %12s' 'sha256sum journal.jsonl' "$sha_ms" '')"
  say "$(printf '%-40s %12s %12s' 'relief verify' "$verify_ms" "$verify_rss")"
  say "$(printf '%-40s %12s %12s' 'relief balances (no projection)' "$balances_first_ms" '')"
  say "$(printf '%-40s %12s %12s' 'relief balances (repeated)' "$balances_ms" "$balances_rss")"
  say "$(printf '%-40s %12s   (target <= 2)' 'verify / sha256sum' "$(ratio "$verify_ms" "$sha_ms")")"
  if ((reference)) && command -v ledger >/dev/null; then
    ledger_ms=$(median_ms 1 ledger -f "$dir/workload.journal" balance)
    ledger_rss=$(max_rss_mib ledger -f "$dir/workload.journal" balance)
    say "$(printf '%-40s %12s %12s' 'ledger balance (1 run)' "$ledger_ms" "$ledger_rss")"
    say "$(printf '%-40s %12s   (target >= 10)' 'ledger / relief balances (first)' \
      "$(ratio "$ledger_ms" "$balances_first_ms")")"
    say "$(printf '%-40s %12s' 'ledger / relief balances (repeated)' \
      "$(ratio "$ledger_ms" "$balances_ms")")"
  else
    say "ledger: skipped (count above BENCH_REFERENCE_MAX=$reference_max or not installed)"
  fi
  if ((reference)) && command -v hledger >/dev/null; then
    hledger_ms=$(median_ms 1 hledger -f "$dir/workload.journal" balance)
    hledger_rss=$(max_rss_mib hledger -f "$dir/workload.journal" balance)
    say "$(printf '%-40s %12s %12s' 'hledger balance (1 run)' "$hledger_ms" "$hledger_rss")"
  else
    say "hledger: skipped (count above BENCH_REFERENCE_MAX=$reference_max or not installed)"
  fi
  say ""
done

# Import shapes, appends and SHA-256, once per run, on the first count's workload.
first="${counts[0]}"
rows=$((one_batch_rows < first ? one_batch_rows : first))
echo "one batch of $rows rows..." >&2
"$bin/relief-workload" --entries "$rows" --seed 42 --out "$work/one" --chunk-rows "$rows" \
  >/dev/null 2>&1
one_ms=$(import_chunks "$work/one" "$work/one-ledger")
small=$((small_batch_rows < first ? small_batch_rows : first))
echo "$small rows in batches of 1,000..." >&2
"$bin/relief-workload" --entries "$small" --seed 42 --out "$work/small" --chunk-rows 1000 \
  >/dev/null 2>&1
small_ms=$(import_chunks "$work/small" "$work/small-ledger")
echo "single appends..." >&2
"$bin/append-bench" --appends "$appends" --dir "$work" >"$work/append-bench.txt"
fsync_rate=$(awk -F': ' '/raw fsync/ { print $2 + 0 }' "$work/append-bench.txt")
inprocess_rate=$(awk -F': ' '/single durable/ { print $2 + 0 }' "$work/append-bench.txt")
"$bin/relief" init --ledger "$work/append-ledger" --origin bench.example/appends >/dev/null
"$bin/relief" append union --ledger "$work/append-ledger" --id u --name U >/dev/null
"$bin/relief" append program --ledger "$work/append-ledger" --id p --name P >/dev/null
start=$(now_ns)
for ((i = 0; i < process_appends; i++)); do
  "$bin/relief" append receipt --ledger "$work/append-ledger" --union u --program p \
    --amount 1.00 --date 2022-12-31 --request-id "a$i" >/dev/null
done
end=$(now_ns)
process_rate=$(rate "$process_appends" "$(((end - start) / 1000000))")
say "== import and appends"
say "$(printf '%-40s %12s %12s' "import, one batch of $rows rows" "$(rate "$rows" "$one_ms")" \
  'entries/s (target >= 300000)')"
say "$(printf '%-40s %12s %12s' "import, $small rows in 1,000-row batches" \
  "$(rate "$small" "$small_ms")" 'entries/s')"
say "$(printf '%-40s %12s %12s' 'raw fsync (4 KiB write + fsync)' "$fsync_rate" '/s')"
say "$(printf '%-40s %12s %12s' 'single appends, in process' "$inprocess_rate" \
  "/s (ratio $(ratio "$inprocess_rate" "$fsync_rate"), target >= 0.5)")"
say "$(printf '%-40s %12s %12s' 'single appends, one process each' "$process_rate" \
  "/s (ratio $(ratio "$process_rate" "$fsync_rate"))")"
say ""

last="${counts[-1]}"
journal="$work/n$last/ledger/journal.jsonl"
say "== SHA-256 on the $last-entry journal"
mbs=$("$bin/sha256-bench" "$journal" 2>&1 >/dev/null | grep -o '[0-9.]* MB/s' | head -n 1)
say "$(printf '%-40s %12s' 'relief SHA-256 (sha256-bench)' "$mbs")"
sha_ms=$(median_ms "$runs" sha256sum "$journal")
sha_mbs=$(awk -v b="$(wc -c <"$journal")" -v ms="$sha_ms" 'BEGIN { printf "%.1f MB/s", b / 1e6 / (ms / 1000) }')
say "$(printf '%-40s %12s' 'sha256sum (incl. reading)' "$sha_mbs")"
if command -v openssl >/dev/null; then
  openssl_kbs=$(openssl speed -evp sha256 -seconds 2 -bytes 16384 2>/dev/null \
    | awk '/^sha256/ { print $NF }' | tr -d k)
  say "$(printf '%-40s %12s' 'openssl speed -evp sha256 (16 KiB)' \
    "$(awk -v k="$openssl_kbs" 'BEGIN { printf "%.1f MB/s", k * 1000 / 1e6 }')")"
else
  say "openssl: not installed; skipped"
fi
if [[ -n "${BENCH_REPORT:-}" ]]; then cp "$report" "$BENCH_REPORT"; fi
