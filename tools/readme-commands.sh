#!/usr/bin/env bash
# Runs every command of the walk-through in README.md (the "## Using it" section) or in
# docs/使用说明.md, in order, as a new user would on a fresh machine: a scratch HOME, the
# binary built and installed by the README's own install lines, then each ```sh block.
# Every command must succeed (set -e); a few outputs are checked at the end. The README's
# other two blocks, its first two commands and the checks under "Contributing", are run by
# .ci/run itself.
# Usage: tools/readme-commands.sh [README.md | docs/使用说明.md]   (CI runs both)
#
# The README is run as written except for what a test cannot do on a shared machine; each
# rewrite is listed here, with why:
#   /srv/www, /var/lib/relief-w1   -> under the scratch folder (no root needed)
#   https://relief.example/…        -> the published folder (monitor reads a folder as it
#                                      reads a URL; no network)
#   https://w1.example, w2           -> witnesses served on loopback ports by this script
#                                      (w1 by the README's own serve line, in the
#                                      background and bounded by --max-requests)
#   big.csv                          -> written here: one refund above the review threshold
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
doc="${1:-README.md}"
work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
export HOME="$work/home"
mkdir -p "$HOME/.local/bin"
export PATH="$HOME/.local/bin:$PATH"
unset RELIEF_KEY RELIEF_LEDGER XDG_STATE_HOME
cd "$work"

# Free loopback ports for the two witnesses.
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port1="$(port)"
port2="$(port)"

# The walk-through's blocks, joined in order.
script="$work/walk-through.sh"
awk -v start="$([ "$doc" = README.md ] && echo '## Using it' || echo '')" '
  start != "" && index($0, start) == 1 { on = 1; next }
  start != "" && on && /^## / { on = 0 }
  start == "" { on = 1 }
  on && /^```sh$/ { inside = 1; next }
  inside && /^```/ { inside = 0; print ""; next }
  inside { print }
' "$root/$doc" >"$script.raw"

# The rewrites listed above (sed, one per line, on the joined text).
sed \
  -e "s|^swift build -c release --product relief|(cd '$root' \&\& swift build -c release --product relief)|" \
  -e "s|^install -m 0755 .build/release/relief|install -m 0755 '$root'/.build/release/relief|" \
  -e "s|/srv/www|$work/srv/www|g" \
  -e "s|/var/lib/relief-w1|$work/var/relief-w1|g" \
  -e "s|https://relief.example/relief-log|$work/srv/www/relief-log|g" \
  -e "s|127.0.0.1:7380|127.0.0.1:$port1|g" \
  -e "s|https://w1.example|http://127.0.0.1:$port1|g" \
  -e "s|https://w2.example=<w2's cosigner key>|http://127.0.0.1:$port2=\$(relief keys show --cosigner w2.key)|g" \
  -e 's|^\(  --log "example.org/relief=.*"\)$|\1 --max-requests 1 \& pids+=("$!"); sleep 1|' \
  "$script.raw" >"$script"
if grep -n '<[a-z0-9]*.s cosigner key>\|<verifier key>\|\bID\b ' "$script" | grep -v '^.*#' >/dev/null; then
  echo "FAIL: a placeholder is left in the walk-through:" >&2
  grep -n '<[a-z0-9]*.s cosigner key>\|<verifier key>' "$script" >&2
  exit 1
fi

# big.csv: one refund of 150,000.00 yuan, above the review threshold of 10万.
printf '%s\n' \
  'kind,date,union,program,amount,counterparty,counterparty_id,period,dues_paid,request_id' \
  'refund,2022-04-20,nantong,dues-refund,150000.00,南通某某制造有限公司,91320600MA1N0A1B2G,2020-01..2020-12,150000.00,NT-2022-BIG-1' \
  >big.csv

# The second witness the README's quorum asks for, started here once the admin key exists.
start_w2() {
  relief keys generate --name witness.example/w2 --out w2.key >/dev/null
  relief witness serve --key w2.key --listen "127.0.0.1:$port2" --state "$work/var/relief-w2" \
    --log "example.org/relief=$(relief keys show ~/.relief/admin.key)" --max-requests 1 &
  pids+=("$!")
  sleep 1
}
sed -i 's|^relief append receipt --ledger ./my-ledger --date 2022-05-06|start_w2\n&|' "$script"

echo "== running $(grep -c '^relief\|^ID=\|^(cd' "$script") commands of $doc in $work"
set -x
# shellcheck disable=SC1090
source "$script" > >(tee "$work/stdout.log") 2> >(tee "$work/stderr.log" >&2)
set +x
sleep 1

# What a user would look at.
test -x "$HOME/.local/bin/relief"
test -s ./my-ledger/checkpoints/latest
if grep -q "relief publish" "$script"; then test -s "$work/srv/www/relief-log/checkpoint"; fi
test -s site/index.html
relief verify --ledger ./my-ledger >/dev/null
# In a Chinese locale the walk-through reads in Chinese: the summaries a user sees are the
# catalogue's Chinese ones, and no English summary slipped through.
if [ "${RELIEF_LANG:-}" = zh ] || [[ "${LANG:-}" == zh* ]]; then
  for expected in "已记入 1 笔" "没有新内容" "有效："; do
    grep -q "$expected" "$work/stdout.log" || { echo "FAIL: no '$expected' in the output" >&2; exit 1; }
  done
  if grep -E "^(appended|nothing new|valid: |created ledger|wrote )" "$work/stdout.log"; then
    echo "FAIL: English where the reader asked for Chinese (above)" >&2
    exit 1
  fi
fi
echo "OK: every command of $doc ran"
