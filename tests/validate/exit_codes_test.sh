#!/usr/bin/env bash
# Exit status: 0 no errors (warnings allowed), 1 errors or warnings under --strict,
# 2 unreadable files or usage errors; and the rule adjustments that move between them.
set -uo pipefail
source "$(dirname "$0")/lib.sh" "$1"

validate "$clean"; check "clean plan: 0" test $st -eq 0
validate --strict "$clean"; check "clean plan --strict: 0" test $st -eq 0
validate "$hanoi"; check "warnings only: 0" test $st -eq 0
validate --strict "$hanoi"; check "warnings under --strict: 1" test $st -eq 1
variant cells '16d'
validate "$plan"; check "an error: 1" test $st -eq 1
validate "$hanoi" "$plan"; check "an error in any file: 1" test $st -eq 1

# --error, --warning, --disable
validate --error tag-separator "$hanoi"; check "--error raises a warning to an error: 1" test $st -eq 1
check "--error shows in the output" grep -q "34:20: error: .*\[tag-separator\]" <<< "$out"
validate --warning cell-count "$plan"; check "--warning lowers an error: 0" test $st -eq 0
check "--warning shows in the output" grep -q ": warning: .*\[cell-count\]" <<< "$out"
validate --strict --disable tag-separator "$hanoi"; check "--disable removes it: 0 under --strict" test $st -eq 0
check "--disable: nothing reported" test "$out" = "0 warnings, 0 errors in 1 file"
validate --disable numbering,tag-separator --strict "$hanoi"; check "--disable takes a comma list" test $st -eq 0
validate --disable numbering --disable tag-separator --strict "$hanoi"; check "--disable repeats" test $st -eq 0
printf '\x92' > "$tmp/quote"
variant cp1252 "9s|Leaders'|Leaders$(cat "$tmp/quote")|"
validate --strict "$plan"; check "notes do not fail --strict" test $st -eq 0
validate --strict --warning decoded-windows-1252 "$plan"; check "a note raised to a warning fails --strict" test $st -eq 1

# Trouble: 2, with one line on stderr naming the file, and the other files still checked.
validate "$tmp/missing.txt"; check "missing file: 2" test $st -eq 2
check "missing file: one error line" test "$(cat "$tmp/stderr")" = "mseg: error: $tmp/missing.txt: No such file or directory"
validate "$hanoi" "$tmp/missing.txt"; check "missing file among others: 2" test $st -eq 2
check "missing file among others: the others are reported" grep -q "^$hanoi:34:20:" <<< "$out"
# The summary says a file was not read: "in 1 file" alone read as a clean run (a new user's finding).
check "missing file among others: the summary counts it" test "$(tail -n 1 <<< "$out")" = "1 warning, 0 errors in 1 file, 1 file not checked"
: > "$tmp/empty.txt"
validate "$tmp/empty.txt"; check "empty file: 2" test $st -eq 2
check "empty file: names it" grep -qx "mseg: error: $tmp/empty.txt: empty file" "$tmp/stderr"
validate "$tmp"; check "a directory: 2" test $st -eq 2
validate; check "no files: 2" test $st -eq 2
validate --format xml "$hanoi"; check "bad --format: 2" test $st -eq 2
validate --color sometimes "$hanoi"; check "bad --color: 2" test $st -eq 2
validate --disable no-such-code "$hanoi"; check "unknown code: 2" test $st -eq 2
check "unknown code: says so" grep -q "unknown diagnostic code 'no-such-code'" "$tmp/stderr"
validate --error tag-separator --warning tag-separator "$hanoi"; check "--error and --warning on one code: 2" test $st -eq 2
validate --max-bytes 10 "$hanoi"; check "too large: 2" test $st -eq 2

# Standard input
out=$("$mseg" validate - < "$hanoi"); st=$?
check "stdin: 0" test $st -eq 0
check "stdin: named '-'" grep -q "^-:34:20: warning" <<< "$out"

# Help
"$mseg" validate --help > "$tmp/help"; check "--help: 0" test $? -eq 0
check "--help has examples" grep -q "^Examples:" "$tmp/help"
check "--help states the exit status" grep -q "^Exit status: 0 no errors" "$tmp/help"
finish
