#!/usr/bin/env bash
# Runs one libFuzzer harness for a while on its seed corpus.
# Usage: tools/fuzz/run.sh NAME SECONDS [libFuzzer flags...]
#   NAME is journal-line, input-reader or notes; build first with tools/fuzz/build.sh.
# New inputs go to .build-fuzz/corpus/NAME (the committed seeds stay untouched); crashes go
# to .build-fuzz/crashes/NAME/ (copy any worth keeping to tools/fuzz/crashes/).
set -euo pipefail
cd "$(dirname "$0")/../.."
name="${1:?usage: run.sh NAME SECONDS}"
seconds="${2:?usage: run.sh NAME SECONDS}"
shift 2
case "$name" in
  journal-line) max_len=4096 ;;
  input-reader) max_len=8192 ;;
  notes) max_len=4096 ;;
  *) echo "unknown harness: $name" >&2; exit 2 ;;
esac
binary=".build-fuzz/fuzz-$name"
[ -x "$binary" ] || { echo "missing $binary: run tools/fuzz/build.sh $name" >&2; exit 2; }
work=".build-fuzz/corpus/$name"
crashes=".build-fuzz/crashes/$name"
mkdir -p "$work" "$crashes"
exec "$binary" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$crashes/" "$@" "$work" "tools/fuzz/corpus/$name"
