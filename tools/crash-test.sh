#!/usr/bin/env bash
# Crash test: kills `relief import` and `relief append` with SIGKILL at random moments and
# checks after every kill that
#   - `relief verify` exits 0 (valid) or 3 (torn tail), never 1;
#   - after `relief recover`, `relief verify` exits 0;
#   - every batch whose writer reported success ("committed by seq N", exit 0) before the
#     kill is still there byte for byte: the journal as it was right after each success is
#     a prefix of the journal now (checked by size and SHA-256 of that prefix), and the
#     line at seq N is a commit line.
# Usage: tools/crash-test.sh [KILLS]       (default 200)
# Environment: CRASH_SEED (default 1), CRASH_ENTRIES (default 60000), CRASH_CHUNK_ROWS
#              (default 3000), CRASH_CONFIG (debug or release; default debug),
#              CRASH_KEEP=1 keeps the work directory.
# Kill delays are random in [0, 1.5 x T) where T is how long the latest uncontested writer
# took: every tenth round (and the first) lets its writer finish to measure T and to make
# progress; those rounds are not counted as kills.
set -euo pipefail
cd "$(dirname "$0")/.."

kills="${1:-200}"
seed="${CRASH_SEED:-1}"
entries="${CRASH_ENTRIES:-60000}"
chunk_rows="${CRASH_CHUNK_ROWS:-3000}"
config="${CRASH_CONFIG:-debug}"
# 2023-01-01T00:00:00Z: after every workload date.
export RELIEF_NOW_MS=1672531200000
# The scripts read relief's English output, whatever the machine's locale.
export RELIEF_LANG=en
RANDOM="$seed"

echo "building relief ($config)..." >&2
swift build -c "$config" >&2
bin="$(swift build -c "$config" --show-bin-path)"
work="$(mktemp -d)"
if [[ "${CRASH_KEEP:-0}" == 1 ]]; then
  echo "work directory kept: $work" >&2
else
  trap 'rm -rf "$work"' EXIT
fi
ledger="$work/ledger"
journal="$ledger/journal.jsonl"
successes="$work/successes.txt"  # one line per success: size sha256 commit_seq
: >"$successes"

fail() {
  echo "FAIL (kill $kill): $*" >&2
  echo "work directory kept: $work" >&2
  trap - EXIT
  exit 1
}

"$bin/relief-workload" --entries "$entries" --seed "$seed" --out "$work/chunks" \
  --chunk-rows "$chunk_rows" 2>/dev/null
"$bin/relief" keys generate --name crash-admin --out "$work/admin.key" >/dev/null
export RELIEF_KEY="$work/admin.key"
"$bin/relief" init --ledger "$ledger" --origin crash.example/relief >/dev/null

# Records the journal as it is now (right after a reported success).
record_success() {
  local output="$1" seq
  seq="$(sed -n 's/.*committed by seq \([0-9]*\).*/\1/p' <<<"$output")"
  [[ -n "$seq" ]] || return 0  # "appended nothing": every row was a duplicate
  printf '%s %s %s\n' "$(stat -c %s "$journal")" \
    "$(sha256sum <"$journal" | cut -d' ' -f1)" "$seq" >>"$successes"
}

# Checks recorded successes against the current journal: the journal right after success
# k+1 was checked to extend the one after success k before anything else was written, so
# checking the latest success checks them all; with "all" every one is checked again.
check_successes() {
  local size hash seq line re
  while read -r size hash seq; do
    [[ "$(head -c "$size" "$journal" | sha256sum | cut -d' ' -f1)" == "$hash" ]] ||
      fail "the journal is no longer an extension of its state after commit seq $seq"
    line="$(sed -n "$((seq + 1)){p;q}" "$journal")"
    re="^[{]\"seq\":$seq,\"prev\":\"[0-9a-f]{64}\",\"time_ms\":[0-9]+,\"kind\":\"commit\""
    [[ "$line" =~ $re ]] || fail "seq $seq is not a commit line"
  done < <(if [[ "${1:-}" == all ]]; then cat "$successes"; else tail -n 2 "$successes"; fi)
}

# Starts one writer in the background: the next CSV chunk, or (one time in four) a single
# receipt append. Sets writer_pid and writer_out.
chunk=1
appends=0
start_writer() {
  writer_out="$work/writer.out"
  local file
  file="$(printf '%s/chunks/workload-%04d.csv' "$work" "$chunk")"
  if ((chunk > 1 && RANDOM % 4 == 0)) || [[ ! -f "$file" ]]; then
    appends=$((appends + 1))
    writer_kind=append
    "$bin/relief" append receipt --ledger "$ledger" --date 2022-12-31 --union "$union" \
      --program "$program" --amount "$((RANDOM % 900 + 1)).00" --counterparty crash-test \
      --request-id "crash-$appends" >"$writer_out" 2>&1 &
  else
    writer_kind=import
    "$bin/relief" import "$file" --ledger "$ledger" >"$writer_out" 2>&1 &
  fi
  writer_pid=$!
}

union="$(grep -m1 '^union,' "$work/chunks/workload-0001.csv" | cut -d, -f3 || true)"
program="$(grep -m1 '^program,' "$work/chunks/workload-0001.csv" | cut -d, -f3 || true)"
[[ -n "$union" && -n "$program" ]] || fail "no union or program in the first chunk"

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# Waits for the writer; on exit 0 records the success and moves to the next chunk.
finish_writer() {
  local status=0
  wait "$writer_pid" 2>/dev/null || status=$?
  if ((status == 0)); then
    completed=$((completed + 1))
    record_success "$(cat "$writer_out")"
    check_successes
    if [[ "$writer_kind" == import ]]; then chunk=$((chunk + 1)); fi
  elif ((status == 137)); then
    killed_running=$((killed_running + 1))
  else
    fail "writer exited $status: $(head -c 400 "$writer_out")"
  fi
}

# Verifies; recovers a torn tail; checks that committed batches survived.
check_ledger() {
  local status=0
  "$bin/relief" verify --ledger "$ledger" >"$work/verify.out" 2>&1 || status=$?
  case "$status" in
    0) ;;
    3)
      torn=$((torn + 1))
      "$bin/relief" recover --ledger "$ledger" >/dev/null 2>&1 || fail "recover failed"
      "$bin/relief" verify --ledger "$ledger" >"$work/verify.out" 2>&1 ||
        fail "not valid after recover: $(head -c 400 "$work/verify.out")"
      ;;
    *) fail "verify exited $status: $(head -c 400 "$work/verify.out")" ;;
  esac
  check_successes
}

survived=0 torn=0 completed=0 killed_running=0 round=0 writer_ms=1000
start_s=$(date +%s)
kill=0
while ((kill < kills)); do
  round=$((round + 1))
  start_writer
  if ((round % 10 == 1)); then
    started=$(now_ms)
    finish_writer
    writer_ms=$(($(now_ms) - started))
    continue
  fi
  kill=$((kill + 1))
  delay_ms=$((RANDOM * 32768 + RANDOM))
  delay_ms=$((delay_ms % (writer_ms * 3 / 2 + 1)))
  sleep "$(awk -v ms="$delay_ms" 'BEGIN { printf "%.3f", ms / 1000 }')"
  kill -KILL "$writer_pid" 2>/dev/null || true
  finish_writer
  check_ledger
  survived=$((survived + 1))
done
check_successes all
end_s=$(date +%s)

lines=$(wc -l <"$journal")
commits=$(grep -c '"kind":"commit"' "$journal")
echo "crash test: $survived/$kills kills survived in $((end_s - start_s)) s" \
  "($killed_running killed while running, $completed writers finished first," \
  "$torn torn tails recovered, $(wc -l <"$successes") successes checked after every kill," \
  "$chunk chunk(s) of $chunk_rows rows reached, journal $lines lines, $commits commits)"
