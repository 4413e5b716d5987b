#!/usr/bin/env bash
# Compares `mseg parse SAMPLE` with its hand-checked golden JSON.
# usage: golden_test.sh MSEG SAMPLE.txt GOLDEN.json   (run from the project root)
set -euo pipefail
mseg=$1 sample=$2 golden=$3
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
status=0
"$mseg" parse "$sample" > "$actual" || status=$?
if [ "$status" -ne 0 ]; then echo "mseg parse $sample exited $status, expected 0"; exit 1; fi
# The producing version changes with every release; the golden records it as written at the time.
version='s/"mseg_version": "[^"]*"/"mseg_version": "(version)"/'
if ! diff -u <(sed "$version" "$golden") <(sed "$version" "$actual"); then
  echo "FAIL: output of 'mseg parse $sample' differs from $golden (see diff above)"
  exit 1
fi
echo "ok: $sample matches $golden"
