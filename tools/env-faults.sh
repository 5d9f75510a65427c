#!/usr/bin/env bash
# Environment faults: a full disk (ulimit -f), a read-only journal, a lock held by another
# process, and a lock left by a process that was killed. Each fault must end the writer with
# exit 5 and a clear message (or, for the stale lock, not matter at all), leave the journal
# byte for byte as it was, and leave it valid.
# Usage: tools/env-faults.sh            (builds debug; CI runs it after the tests)
set -euo pipefail
cd "$(dirname "$0")/.."

swift build >&2
bin="$(swift build --show-bin-path)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
export RELIEF_NOW_MS=1672531200000
# The scripts read relief's English output, whatever the machine's locale.
export RELIEF_LANG=en
ledger="$work/ledger"
journal="$ledger/journal.jsonl"
"$bin/relief" keys generate --name faults-admin --out "$work/admin.key" >/dev/null
export RELIEF_KEY="$work/admin.key"
"$bin/relief" init --ledger "$ledger" --origin faults.example/relief >/dev/null
"$bin/relief-workload" --entries 3000 --seed 3 --out "$work/chunks" --chunk-rows 1000 \
  2>/dev/null
"$bin/relief" import "$work/chunks/workload-0001.csv" --ledger "$ledger" >/dev/null

fail() { echo "FAIL: $*" >&2; exit 1; }

# Runs "$@" expecting exit 5 and stderr matching $expect; then checks the journal is
# unchanged and valid.
expect_refusal() {
  local name="$1" expect="$2" status=0
  shift 2
  local before
  before="$(sha256sum <"$journal")"
  "$@" >"$work/out" 2>"$work/err" || status=$?
  ((status == 5)) || fail "$name: exit $status, expected 5: $(cat "$work/err")"
  grep -q -- "$expect" "$work/err" || fail "$name: message was: $(cat "$work/err")"
  [[ "$(sha256sum <"$journal")" == "$before" ]] || fail "$name: the journal changed"
  "$bin/relief" verify --ledger "$ledger" >/dev/null || fail "$name: not valid afterwards"
  echo "ok: $name: exit 5: $(head -n 1 "$work/err")"
}

# 1. Disk full: the file size limit lets the journal grow by at most 8 KiB, so the import
# of 1,000 rows fails in the middle of its write (EFBIG; SIGXFSZ ignored).
limit_kib=$(($(stat -c %s "$journal") / 1024 + 8))
expect_refusal "disk full (ulimit -f ${limit_kib})" "" \
  bash -c 'trap "" XFSZ; ulimit -f "$1"; shift; exec "$@"' _ "$limit_kib" \
  "$bin/relief" import "$work/chunks/workload-0002.csv" --ledger "$ledger"

# 2. Read-only journal and directory (run as nobody: root ignores permissions).
chmod 755 "$ledger"
chmod 644 "$journal" "$work/admin.key"
if command -v setpriv >/dev/null && id nobody >/dev/null 2>&1 && [[ "$(id -u)" == 0 ]]; then
  cp "$work/admin.key" "$work/nobody.key"
  chown nobody "$work/nobody.key"
  chmod 600 "$work/nobody.key"
  # nobody may not be able to reach the checkout (e.g. under /root): run a copy of the
  # binary from the work directory, which is world-readable.
  cp "$bin/relief" "$work/relief-copy"
  chmod 755 "$work/relief-copy"
  chmod 644 "$work/chunks/workload-0002.csv"
  chmod 755 "$work/chunks"
  expect_refusal "read-only journal" "journal.jsonl" \
    setpriv --reuid=nobody --regid=nogroup --clear-groups env RELIEF_KEY="$work/nobody.key" \
    "$work/relief-copy" import "$work/chunks/workload-0002.csv" --ledger "$ledger"
else
  chmod 444 "$journal"
  chmod 555 "$ledger"
  expect_refusal "read-only journal" "journal.jsonl" \
    "$bin/relief" import "$work/chunks/workload-0002.csv" --ledger "$ledger"
  chmod 755 "$ledger"
  chmod 644 "$journal"
fi
chmod 600 "$work/admin.key"

# 3. A lock held by another process (flock(1) takes the same flock(2) lock; shared, so
# that the check afterwards can still read).
flock -s -o "$journal" sleep 30 &
holder=$!
sleep 0.3
expect_refusal "lock held by pid $holder" "held the lock" \
  env RELIEF_LOCK_TIMEOUT_MS=300 "$bin/relief" import "$work/chunks/workload-0002.csv" --ledger "$ledger"

# 4. A stale lock: the holder is killed; the kernel releases flock locks with the process.
kill -KILL "$holder"
wait "$holder" 2>/dev/null || true
RELIEF_LOCK_TIMEOUT_MS=300 "$bin/relief" import "$work/chunks/workload-0002.csv" \
  --ledger "$ledger" >"$work/out" || fail "import after the holder was killed failed"
grep -q "committed by seq" "$work/out" || fail "import after kill: $(cat "$work/out")"
"$bin/relief" verify --ledger "$ledger" >/dev/null || fail "not valid after the last import"
echo "ok: stale lock (holder killed with SIGKILL): import succeeded: $(cat "$work/out")"
