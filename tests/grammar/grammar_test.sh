#!/usr/bin/env bash
# issue 15: the made-up plans under tests/grammar/ (README.md) read as their hand-checked JSON, that JSON fits
# the schema and reads back, no line of any of them (or of the samples) is lost, and query sees the deadlines
# read from the text.
# usage: grammar_test.sh MSEG   (run from the project root)
set -uo pipefail
source tests/lib.sh
mseg=$1
version='s/"mseg_version": "[^"]*"/"mseg_version": "(version)"/'
for txt in tests/grammar/*.txt; do
  golden=${txt%.txt}.json
  "$mseg" parse "$txt" > "$tmp/out.json"
  check "$txt: parse exits 0" test $? -eq 0
  check "$txt: matches $golden" diff -u <(sed "$version" "$golden") <(sed "$version" "$tmp/out.json")
  check "$txt: the JSON fits schema/plan.schema.json" py tests/check_schema.py schema/plan.schema.json "$tmp/out.json"
  check "$txt: no line lost" py tests/grammar/lines_lost.py "$txt" "$tmp/out.json"
  check "$txt: every span points at its text" py tests/span_check.py "$golden"
  # The reader takes back what the writer wrote: a query's JSON of the plan JSON is the text's.
  "$mseg" query "$golden" --format json > "$tmp/from-json" 2>&1
  "$mseg" query "$txt" --format json > "$tmp/from-text" 2>&1
  check "$txt: the plan JSON reads back as the text" diff -q <(grep -v '"source":' "$tmp/from-json") <(grep -v '"source":' "$tmp/from-text")
done
for sample in "$hanoi" "$y2007"; do
  check "$sample: no line lost" py tests/grammar/lines_lost.py "$sample" "${sample%.txt}.json"
done

plan=tests/grammar/cover-sheet-tags.txt
out=$("$mseg" query "$plan" --due-before 2013-06-01 --format csv 2>&1)
check "--due-before a day in 2013 leaves 'in 2013' out (it ends 2013-12-31)" test "$(cut -d, -f4 <<< "$out" | tail -n +2 | tr '\n' ' ')" = "S2.A1 "
# Deadlines read from the text answer --due-before and --overdue, as tags' do.
out=$("$mseg" query "$plan" --due-before 2014-01-01 --format csv 2>&1)
check "--due-before sees 'in 2013' and 'by March 2013', not 'before the next meeting'" test "$(cut -d, -f4 <<< "$out" | tail -n +2 | tr '\n' ' ')" = "S1.A1 S2.A1 "
out=$("$mseg" query "$plan" --overdue --as-of 2013-04-01 --format csv 2>&1)
check "--overdue sees 'by March 2013' only" test "$(cut -d, -f4 <<< "$out" | tail -n +2 | tr '\n' ' ')" = "S2.A1 "
if [ "$fails" -ne 0 ]; then echo "$fails check(s) failed"; exit 1; fi
echo "all passed"
