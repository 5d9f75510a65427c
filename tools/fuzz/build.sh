#!/usr/bin/env bash
# Builds the libFuzzer harnesses into .build-fuzz/: each library module is compiled once with
# coverage instrumentation and AddressSanitizer, then each harness is linked against them.
# Usage: tools/fuzz/build.sh [HARNESS...]   (default: all of journal-line input-reader notes)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=.build-fuzz
mkdir -p "$out"
flags=(-sanitize=fuzzer,address -parse-as-library -O -g -I "$out")
modules=(ReliefText ReliefCrypto ReliefLog ReliefLedger)
for module in "${modules[@]}"; do
  sources=$(find "Sources/$module" -name '*.swift' | sort)
  stamp="$out/lib$module.a"
  # Rebuild only if a source is newer than the library.
  if [ -f "$stamp" ] && [ -z "$(find "Sources/$module" -name '*.swift' -newer "$stamp")" ]; then
    continue
  fi
  echo "== $module"
  # shellcheck disable=SC2086
  swiftc "${flags[@]}" -wmo -enable-testing -module-name "$module" \
    -emit-module -emit-module-path "$out/$module.swiftmodule" \
    -emit-library -static -o "$stamp" $sources
done
harnesses=("$@")
if [ ${#harnesses[@]} -eq 0 ]; then harnesses=(journal-line input-reader notes); fi
for name in "${harnesses[@]}"; do
  echo "== fuzz-$name"
  swiftc "${flags[@]}" -module-name FuzzHarness "tools/fuzz/$name.swift" -L "$out" \
    -lReliefLedger -lReliefLog -lReliefCrypto -lReliefText -o "$out/fuzz-$name" \
    2> >(grep -v "Cannot export local symbol" >&2)
done
