#!/usr/bin/env bash
# The issue's "done means" on the two samples, checked by hand against the documents:
# the Ha Noi plan's one flaw is "(Canada/Secretariat. September 2006)" on line 34.
set -uo pipefail
source "$(dirname "$0")/lib.sh" "$1"

validate "$hanoi"
check "Ha Noi exits 0" test $st -eq 0
check "Ha Noi: exactly one diagnostic, the separator at 34:20" \
  test "$(grep -c '^samples/' <<< "$out")" -eq 1
check "Ha Noi: the warning line" grep -qxF \
  "$hanoi:34:20: warning: '.' separates owner from deadline; expected '/' [tag-separator]" <<< "$out"
check "Ha Noi: source line and caret" grep -qxF "                   ^" <<< "$out"
check "Ha Noi: summary" test "$(tail -n 1 <<< "$out")" = "1 warning, 0 errors in 1 file"
validate --strict "$hanoi"
check "Ha Noi --strict exits 1" test $st -eq 1

validate "$y2007"
check "2007 exits 0" test $st -eq 0
check "2007: no diagnostics at all" test "$out" = "0 warnings, 0 errors in 1 file"
validate --strict "$y2007"
check "2007 --strict exits 0" test $st -eq 0

# Removing the tag from "Compile a catalogue ..." (line 39) warns at that line.
sed '39s| (Australia/September 2006)||' "$hanoi" > "$tmp/untagged.txt"
check "the copy lost its tag" bash -c "! grep -q 'Compile.*(Australia' '$tmp/untagged.txt'"
validate "$tmp/untagged.txt"
check "untagged action: warning at line 39" grep -qF \
  "$tmp/untagged.txt:39:1: warning: action has no (Owner/Deadline) tag [action-without-tag]" <<< "$out"
check "untagged action: still exits 0" test $st -eq 0
check "untagged action: two warnings" test "$(tail -n 1 <<< "$out")" = "2 warnings, 0 errors in 1 file"
finish
