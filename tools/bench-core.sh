#!/usr/bin/env bash
# Benchmarks relief's core paths on a generated workload: builds release, generates ENTRIES
# rows with relief-workload, imports them chunk by chunk into a fresh ledger (timed), then
# reports the median of 5 runs of `relief verify`, `relief balances`, `sha256sum` and
# `cat` of the same journal, their ratios, and the peak RSS of verify and balances.
# Usage: tools/bench-core.sh [ENTRIES]      (default 1000000)
# Environment: BENCH_SEED (default 42), BENCH_CHUNK_ROWS (default 100000),
#              BENCH_RUNS (default 5), BENCH_KEEP=1 keeps the work directory.
set -euo pipefail
cd "$(dirname "$0")/.."

entries="${1:-1000000}"
seed="${BENCH_SEED:-42}"
chunk_rows="${BENCH_CHUNK_ROWS:-100000}"
runs="${BENCH_RUNS:-5}"
# 2023-01-01T00:00:00Z: after every workload date (they end 2022-12-31), so the same
# bytes come out on every run.
export RELIEF_NOW_MS=1672531200000

echo "building release..." >&2
swift build -c release >&2
bin="$(swift build -c release --show-bin-path)"
work="$(mktemp -d)"
if [[ "${BENCH_KEEP:-0}" == 1 ]]; then
  echo "work directory kept: $work" >&2
else
  trap 'rm -rf "$work"' EXIT
fi
ledger="$work/ledger"
journal="$ledger/journal.jsonl"

# Nanoseconds since the epoch.
now_ns() { date +%s%N; }

# Milliseconds between two now_ns readings, with one decimal.
elapsed_ms() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) / 1e6 }'; }

# Runs the command `runs` times with output discarded; prints the median wall time in ms.
median_ms() {
  local times=() start end
  for ((i = 0; i < runs; i++)); do
    start=$(now_ns)
    "$@" >/dev/null
    end=$(now_ns)
    times+=("$(elapsed_ms "$start" "$end")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 }
    END {
      if (NR % 2) print v[(NR + 1) / 2]
      else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2
    }'
}

# Prints the peak RSS in KiB of one run of the command, or "n/a".
max_rss_kib() {
  if [[ ! -x /usr/bin/time ]]; then echo "n/a"; return; fi
  /usr/bin/time -f %M -o "$work/rss" "$@" >/dev/null
  cat "$work/rss"
}

echo "generating $entries entries (seed $seed)..." >&2
start=$(now_ns)
"$bin/relief-workload" --entries "$entries" --seed "$seed" --out "$work/chunks" \
  --chunk-rows "$chunk_rows" 2>"$work/generate.txt"
end=$(now_ns)
generate_ms=$(elapsed_ms "$start" "$end")
sed 's/^/  /' "$work/generate.txt" >&2

# Every batch is signed: a throwaway key for this run.
"$bin/relief" keys generate --name bench-admin --out "$work/bench-admin.key" >/dev/null
export RELIEF_KEY="$work/bench-admin.key"
"$bin/relief" init --ledger "$ledger" --origin bench.example/relief-workload >/dev/null
chunks=()
for ((n = 1; ; n++)); do
  chunk="$(printf '%s/chunks/workload-%04d.csv' "$work" "$n")"
  [[ -f "$chunk" ]] || break
  chunks+=("$chunk")
done
import_start=$(now_ns)
for ((n = 0; n < ${#chunks[@]}; n++)); do
  start=$(now_ns)
  if ! "$bin/relief" import "${chunks[n]}" --ledger "$ledger" >"$work/import.txt" \
    2>"$work/import-errors.txt"; then
    echo "import of ${chunks[n]} failed:" >&2
    head -n 20 "$work/import-errors.txt" >&2
    exit 1
  fi
  end=$(now_ns)
  rows=$(($(wc -l <"${chunks[n]}") - 1))
  ms=$(elapsed_ms "$start" "$end")
  awk -v n="$((n + 1))" -v of="${#chunks[@]}" -v rows="$rows" -v ms="$ms" \
    'BEGIN { printf "  import %d/%d: %d entries in %.2f s (%.0f entries/s)\n",
      n, of, rows, ms / 1000, rows / (ms / 1000) }' >&2
done
import_end=$(now_ns)
import_ms=$(elapsed_ms "$import_start" "$import_end")

if ! "$bin/relief" verify --ledger "$ledger" >"$work/verify.txt" 2>&1; then
  echo "verify failed:" >&2
  cat "$work/verify.txt" >&2
  exit 1
fi
journal_bytes=$(wc -c <"$journal")
journal_lines=$(wc -l <"$journal")

echo "timing $runs runs each..." >&2
verify_ms=$(median_ms "$bin/relief" verify --ledger "$ledger")
balances_ms=$(median_ms "$bin/relief" balances --ledger "$ledger")
sha_ms=$(median_ms sha256sum "$journal")
cat_ms=$(median_ms cat "$journal")
if [[ -x /usr/bin/time ]]; then
  verify_rss=$(max_rss_kib "$bin/relief" verify --ledger "$ledger")
  balances_rss=$(max_rss_kib "$bin/relief" balances --ledger "$ledger")
else
  echo "note: /usr/bin/time not found (Debian package 'time'); peak RSS not measured" >&2
  verify_rss="n/a"
  balances_rss="n/a"
fi

awk -v entries="$entries" -v lines="$journal_lines" -v bytes="$journal_bytes" \
  -v gen="$generate_ms" -v imp="$import_ms" -v chunks="${#chunks[@]}" \
  -v verify="$verify_ms" -v balances="$balances_ms" -v sha="$sha_ms" -v cat="$cat_ms" \
  -v vrss="$verify_rss" -v brss="$balances_rss" -v runs="$runs" 'BEGIN {
  mib = bytes / 1048576
  printf "\nrelief core benchmark: %d entries, journal %d lines, %.1f MiB\n", entries, lines, mib
  printf "%-28s %12s %16s\n", "step", "wall (ms)", "rate"
  printf "%-28s %12.1f %16s\n", "generate", gen,
    sprintf("%.0f rows/s", entries / (gen / 1000))
  printf "%-28s %12.1f %16s\n", "import (" chunks " chunks)", imp,
    sprintf("%.0f entries/s", entries / (imp / 1000))
  printf "%-28s %12s %16s %10s\n", "median of " runs " runs", "wall (ms)", "MiB/s",
    "peak RSS"
  printf "%-28s %12.1f %16.1f %10s\n", "relief verify", verify, mib / (verify / 1000),
    kib(vrss)
  printf "%-28s %12.1f %16.1f %10s\n", "relief balances", balances, mib / (balances / 1000),
    kib(brss)
  printf "%-28s %12.1f %16.1f\n", "sha256sum journal.jsonl", sha, mib / (sha / 1000)
  printf "%-28s %12.1f %16.1f\n", "cat journal.jsonl", cat, mib / (cat / 1000)
  printf "%-28s %12.2f\n", "verify / sha256sum", verify / sha
  printf "%-28s %12.2f\n", "balances / sha256sum", balances / sha
}
function kib(v) { return v == "n/a" ? v : sprintf("%.1f MiB", v / 1024) }'
