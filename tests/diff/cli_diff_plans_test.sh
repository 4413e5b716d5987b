#!/usr/bin/env bash
# `mseg diff PLANS` (issue 17 point 4): one file of two plans as mseg parse writes them (JSON Lines or a JSON
# array) diffs the first against the second, exactly as OLD NEW would; any other count is a one-line error.
set -uo pipefail
mseg=$1
source tests/lib.sh

"$mseg" parse --format jsonl "$hanoi" "$y2007" > "$tmp/both.jsonl"
"$mseg" parse "$hanoi" "$y2007" > "$tmp/both-array.json"
check "the JSON Lines file holds two plans" test "$(wc -l < "$tmp/both.jsonl")" -eq 2
check "the array file is an array" test "$(head -c 1 "$tmp/both-array.json")" = "["

# The same diff, byte for byte, in every format, with the same exit status (1: the plans differ).
for format in text json markdown; do
  "$mseg" diff --format $format "$hanoi" "$y2007" > "$tmp/pair.$format"; st=$?
  check "$format: OLD NEW exits 1" test $st -eq 1
  "$mseg" diff --format $format "$tmp/both.jsonl" > "$tmp/jsonl.$format"; st=$?
  check "$format: a JSON Lines file of two exits 1" test $st -eq 1
  check "$format: a JSON Lines file of two prints what OLD NEW prints" cmp "$tmp/pair.$format" "$tmp/jsonl.$format"
  "$mseg" diff --format $format "$tmp/both-array.json" > "$tmp/array.$format"; st=$?
  check "$format: an array of two exits 1" test $st -eq 1
  check "$format: an array of two prints what OLD NEW prints" cmp "$tmp/pair.$format" "$tmp/array.$format"
done
check "the diff names the text plans the JSON came from" \
  grep -q "^$hanoi -> $y2007: actions: 5 modified, 11 removed, 10 added;" "$tmp/jsonl.text"
"$mseg" diff - < "$tmp/both.jsonl" > "$tmp/stdin.text"; st=$?
check "'-' alone reads two plans from standard input" test $st -eq 1
check "'-' alone prints what OLD NEW prints" cmp "$tmp/pair.text" "$tmp/stdin.text"
"$mseg" parse --format jsonl "$hanoi" "$hanoi" | "$mseg" diff - > "$tmp/same.text"; st=$?
check "a file of the same plan twice exits 0" test $st -eq 0
check "a file of the same plan twice: all unchanged" \
  grep -qx "$hanoi -> $hanoi: actions: 16 unchanged; directives: 11 unchanged; priorities: 7 unchanged" "$tmp/same.text"

# Plans parsed from standard input are named by their place in the file, as query names them (a helper's finding:
# "- -> -").
("$mseg" parse --format jsonl - < "$hanoi"; "$mseg" parse --format jsonl - < "$y2007") > "$tmp/piped.jsonl"
"$mseg" diff "$tmp/piped.jsonl" > "$tmp/piped.text"
check "plans from standard input are told apart" grep -q "^$tmp/piped.jsonl#1 -> $tmp/piped.jsonl#2: actions:" "$tmp/piped.text"
# One from standard input, one from a file: only the nameless one is named by its place (a review's finding).
("$mseg" parse --format jsonl - < "$hanoi"; "$mseg" parse --format jsonl "$y2007") > "$tmp/mixed.jsonl"
"$mseg" diff "$tmp/mixed.jsonl" > "$tmp/mixed.text"
check "a plan with a name keeps it" grep -q "^$tmp/mixed.jsonl#1 -> $y2007: actions:" "$tmp/mixed.text"

# Any other count: exit 2, one line naming the file and the count, nothing on stdout.
refused() {  # refused NAME FILE MESSAGE: diff FILE alone is refused with that one line
  local name=$1 file=$2 message=$3
  "$mseg" diff "$file" > "$tmp/out" 2> "$tmp/err"; local st=$?
  check "$name: exits 2" test $st -eq 2
  check "$name: nothing on stdout" test ! -s "$tmp/out"
  check "$name: one line naming the file and the count" test "$(cat "$tmp/err")" = "mseg: error: $message"
}
several() {  # several FILE COUNT-WORDS: the message for a file alone of another count than one or two
  echo "$1: holds $2, not two (alone, the file must hold the old plan then the new, as mseg parse OLD NEW writes them; or give OLD and NEW)"
}
one() {  # one FILE: the message for a file alone of one plan, a plain `mseg diff old.txt` most often
  echo "missing NEW: $1 holds 1 plan (give the new plan after it, or alone a file of two plans as mseg parse OLD NEW writes them)"
}
"$mseg" parse --array "$hanoi" > "$tmp/one.json"
refused "an array of one plan" "$tmp/one.json" "$(one "$tmp/one.json")"
"$mseg" parse --format jsonl "$hanoi" > "$tmp/one.jsonl"
refused "JSON Lines of one plan" "$tmp/one.jsonl" "$(one "$tmp/one.jsonl")"
"$mseg" parse --format jsonl "$hanoi" "$y2007" "$hanoi" > "$tmp/three.jsonl"
refused "JSON Lines of three plans" "$tmp/three.jsonl" "$(several "$tmp/three.jsonl" "3 plans")"
"$mseg" parse "$hanoi" "$y2007" "$hanoi" > "$tmp/three.json"
refused "an array of three plans" "$tmp/three.json" "$(several "$tmp/three.json" "3 plans")"
echo '[]' > "$tmp/none.json"
refused "an empty array" "$tmp/none.json" "$(several "$tmp/none.json" "0 plans")"
refused "a text plan alone" "$hanoi" "$(one "$hanoi")"

# A file of several plans as OLD or NEW: refused, saying what to do.
"$mseg" diff "$tmp/both.jsonl" "$y2007" > "$tmp/out" 2> "$tmp/err"; st=$?
check "two plans as OLD: exits 2" test $st -eq 2
check "two plans as OLD: nothing on stdout" test ! -s "$tmp/out"
check "two plans as OLD: says to give the file alone" test "$(cat "$tmp/err")" = \
  "mseg: error: $tmp/both.jsonl: holds 2 plans, not one; to compare them, give the file alone: mseg diff $tmp/both.jsonl"
"$mseg" diff "$hanoi" "$tmp/three.json" > "$tmp/out" 2> "$tmp/err"; st=$?
check "three plans as NEW: exits 2" test $st -eq 2
check "three plans as NEW: says to pick one" test "$(cat "$tmp/err")" = \
  "mseg: error: $tmp/three.json: holds 3 plans, not one (pick one with jq, e.g. jq '.[0]' or jq -c 'select(...)')"
"$mseg" diff "$hanoi" "$y2007" "$hanoi" > /dev/null 2>&1; check "three arguments are a usage error (2)" test $? -eq 2

"$mseg" diff --help > "$tmp/help"
check "diff --help shows a file of two plans, with an example" grep -q "mseg diff both.jsonl" "$tmp/help"

echo "$fails failed"
test $fails -eq 0
