#!/usr/bin/env bash
# A new user's first hour (issue 19): mseg reads its own output, the query
# table shows the answer, dates as people say them, CLI errors in mseg's words,
# options the same in every subcommand, a CI gate, CSV for spreadsheets.
set -uo pipefail
mseg=$1
source tests/lib.sh
m() { "$mseg" "$@"; }
ids() { py -c "import json,sys; print(' '.join(m['id'] for m in json.load(sys.stdin)))"; }
# fails NAME WANT-STDERR ARGS...: exit 2, nothing on stdout, stderr has WANT (grep -F).
fails() {
  local name=$1 want=$2; shift 2
  m "$@" > "$tmp/out" 2> "$tmp/err" < /dev/null; local st=$?
  check "$name: exit 2" test $st -eq 2
  check "$name: nothing on stdout" test ! -s "$tmp/out"
  check "$name: says '$want'" grep -qF -- "$want" "$tmp/err"
  grep -qF -- "$want" "$tmp/err" || sed 's/^/    /' "$tmp/err"
}

# --- 1. mseg reads its own output -------------------------------------------------------------
m parse --format jsonl "$hanoi" "$y2007" > "$tmp/plans.jsonl"
m parse "$hanoi" "$y2007" -o "$tmp/all.json"
m parse --array "$hanoi" > "$tmp/one-array.json"
check "parse --array: an array for one file" py -c "import json,sys; d=json.load(open(sys.argv[1])); assert isinstance(d, list) and len(d) == 1" "$tmp/one-array.json"
check "parse: one object for one file (unchanged)" py -c "import json,sys; assert isinstance(json.load(open(sys.argv[1])), dict)" <(m parse "$hanoi")
m query --format json --owner US "$hanoi" "$y2007" | ids > "$tmp/want"
for f in plans.jsonl all.json; do
  m query --format json --owner US "$tmp/$f" > "$tmp/got" 2> "$tmp/err"
  check "query reads $f" test $? -eq 0
  check "query of $f finds what the text plans give" test "$(ids < "$tmp/got")" = "$(cat "$tmp/want")"
  check "query of $f names each plan's text plan as its source" \
    py -c "import json,sys; s={m['source'] for m in json.load(open(sys.argv[1]))}; assert s == {sys.argv[2], sys.argv[3]}, s" "$tmp/got" "$hanoi" "$y2007"
  m validate "$tmp/$f" > "$tmp/out" 2>&1
  check "validate reads $f" grep -q "0 errors in 1 file" "$tmp/out"
done
head -1 "$tmp/plans.jsonl" > "$tmp/first.jsonl"
m diff --format json "$tmp/first.jsonl" "$y2007" > /dev/null; check "diff reads a JSON Lines file of one plan" test $? -eq 1
fails "diff of a file of two plans" "holds 2 plans, not one" diff "$tmp/all.json" "$y2007"
# A problem in the second plan is placed in the whole file.
sed '2s/"2006-09-01"/"not-a-date"/; 2s/"2007-10-01"/"not-a-date"/' "$tmp/plans.jsonl" > "$tmp/bad.jsonl"
fails "query: bad second line" "$tmp/bad.jsonl: plan at line 2: /sections/" query "$tmp/bad.jsonl"
m validate "$tmp/bad.jsonl" > "$tmp/out"; check "validate: bad second line exits 1" test $? -eq 1
check "validate: the error is on line 2" grep -q "^$tmp/bad.jsonl:2:[0-9]*: error: /sections/.*not-a-date.* \[json-schema\]" "$tmp/out"
echo '[]' > "$tmp/empty.json"; m query "$tmp/empty.json" > /dev/null; check "query of [] matches nothing (exit 1)" test $? -eq 1
printf '[{"a":1},]' > "$tmp/comma.json"; fails "an array with a stray comma" "$tmp/comma.json: " query "$tmp/comma.json"
fails "parse of plan JSON says what it is" "is JSON (plan JSON already?), not a text plan" parse "$tmp/all.json"

# --- 2. the query table shows the answer ------------------------------------------------------
COLUMNS=80 m query --owner Japan --due-before 2008 samples/*.txt > "$tmp/table"; st=$?
check "piped, the default is the table (exit 0)" test $st -eq 0
check "piped table: a header, no JSON" grep -q "^source  *id  *owners  *deadline  *text" "$tmp/table"
check "piped table: no colour" test "$(grep -c $'\x1b' "$tmp/table")" -eq 0
check "table: Japan, the owner asked for, is shown" grep -q "Japan" "$tmp/table"
check "table: no cell cut" test "$(grep -c '…' "$tmp/table")" -eq 0
check "table: fits 80 columns" test "$(awk '{ if (length($0) > n) n = length($0) } END { print n }' "$tmp/table")" -le 80
check "table: the text wrapped, not cut (a word of the end of S1.A3 is there)" grep -q "Thailand" "$tmp/table"
COLUMNS=80 m query --owner Japan --truncate samples/*.txt > "$tmp/cut"
check "--truncate cuts the text with …" grep -q '…' "$tmp/cut"
check "--truncate never cuts the owners asked for" grep -q "Japan" "$tmp/cut"
COLUMNS=80 m query --owner Japan --wide samples/*.txt > "$tmp/wide"
check "table: sources without their shared directory" grep -q "^mseg-workplan-2006-hanoi.txt " "$tmp/wide"
check "--wide: one line per match" test "$(wc -l < "$tmp/wide")" -eq "$(($(m query --count --owner Japan samples/*.txt) + 1))"
m query --owner US "$hanoi" > "$tmp/single"
check "one file: no source column" grep -q "^id  *owners" "$tmp/single"
m query --owner US --format json "$hanoi" -o "$tmp/q.json"; st=$?
check "query -o FILE writes the file (exit 0)" test $st -eq 0
check "query -o FILE: JSON of 3 matches" test "$(ids < "$tmp/q.json")" = "S1.A3 S3.A2 S4.A2"

# --- 6. dates as people say them --------------------------------------------------------------
m query --overdue --as-of today --format json "$y2007" | ids > "$tmp/a"
m query --overdue --format json "$y2007" | ids > "$tmp/b"
check "--as-of today is the default day" test "$(cat "$tmp/a")" = "$(cat "$tmp/b")"
check "--due-before today+90d: every dated deadline of 2007 is before it" \
  test "$(m query --count --due-before today+90d "$y2007")" = "$(m query --count --due-before 2030 "$y2007")"
fails "a bad relative date" "--due-before: 'today+3x' is not a date" query --due-before today+3x "$hanoi"

# --- 7. errors in mseg's words ----------------------------------------------------------------
m help > "$tmp/out" 2>&1; check "mseg help: exit 0" test $? -eq 0
check "mseg help: the commands" grep -q "Subcommands:" "$tmp/out"
m help query > "$tmp/out" 2>&1; check "mseg help query: exit 0" test $? -eq 0
check "mseg help query: query's options" grep -q -- "--due-before" "$tmp/out"
fails "mseg help nosuch" "unknown command 'nosuch'" help nosuch
fails "mseg pars x" "unknown command 'pars' (did you mean 'parse'?)" pars x
# Two letters swapped are one slip (a new user's finding: "prase", "qeury" and "tabel" had no suggestion).
fails "mseg prase x" "unknown command 'prase' (did you mean 'parse'?)" prase x
fails "mseg qeury" "unknown command 'qeury' (did you mean 'query'?)" qeury
fails "a swapped value" "--format: tabel not in {table,json,jsonl,csv,markdown,ics} (did you mean 'table'?)" query --format tabel "$hanoi"
fails "mseg --foo" "unknown option '--foo'" --foo
# An option of one value given twice: said in the usage's words, not CLI11's "At Most 1 required but received 2".
fails "--format twice" "--format: given 2 times; give it once" cites --format text --format json
fails "--threshold twice" "--threshold: given 2 times; give it once" diff --threshold 0.3 --threshold 0.4 "$hanoi" "$hanoi"
fails "mseg -V" "unknown option '-V' (did you mean '--version'?)" -V
check "mseg -V: the suggestion alone, no advice about commands' options" test "$(grep -c "go after it" "$tmp/err")" -eq 0
fails "mseg --foo: a command's option, likelier" "a command's options go after it: mseg COMMAND [OPTIONS]" --foo
fails "mseg alone: every command named" "no command given (parse, validate, query, diff, history, report or cites)"
fails "an unknown option of a command" "unknown option '--ownr' (did you mean '--owner'?)" query --ownr US "$hanoi"
check "an error in a command points to its help" grep -qx "Run 'mseg query --help' for usage." "$tmp/err"
# A reviewer's findings: values got no suggestion, "--over" suggested --owner, and "--tresh 0.5 A B" was
# "unexpected argument 'B'".
fails "a mistyped value: the one meant" "--format: jsn not in {table,json,jsonl,csv,markdown,ics} (did you mean 'json'?)" query --format jsn "$hanoi"
fails "a plural value: the singular" "(did you mean 'action'?)" query --kind actions "$hanoi"
# A value, command, option, rule or file name in the other case (a helper's finding: "Csv" had a suggestion, "CSV" none).
fails "a value in capitals" "--format: CSV not in {table,json,jsonl,csv,markdown,ics} (did you mean 'csv'?)" query --format CSV "$hanoi"
fails "a command in capitals" "unknown command 'PARSE' (did you mean 'parse'?)" PARSE x
fails "an option in capitals" "unknown option '--OWNER' (did you mean '--owner'?)" query --OWNER US "$hanoi"
fails "a rule in capitals" "(did you mean 'tag-separator'?)" validate --disable TAG-SEPARATOR "$hanoi"
fails "an option's beginning in capitals" "unknown option '--OVER' (did you mean '--overdue'?)" query --OVER "$hanoi"
fails "a file name in capitals" "(did you mean 'samples/mseg-workplan-2006-hanoi.txt'?)" parse samples/MSEG-workplan-2006-hanoi.txt
fails "a misspelt code: the code meant" "unknown diagnostic code 'tag-seperator' (did you mean 'tag-separator'?)" validate --disable tag-seperator "$hanoi"
fails "an option's beginning: the option it begins" "unknown option '--over' (did you mean '--overdue'?)" query --over "$hanoi"
fails "an unknown option before the files: named" "unknown option '--tresh'" diff --tresh 0.5 "$hanoi" "$y2007"
fails "diff a: names the missing argument" "missing NEW" diff "$hanoi"
fails "diff - -" "OLD and NEW cannot both be standard input" diff - -
fails "--threshold x" "'x' is not a number from 0 to 1 (the least word similarity" diff --threshold x "$hanoi" "$y2007"
fails "--threshold 2" "'2' is not a number from 0 to 1" diff --threshold 2 "$hanoi" "$y2007"
m --color never query --owner US "$hanoi" > "$tmp/out" 2>&1
check "a global option before the command works" test "$(m query --color never --owner US "$hanoi")" = "$(cat "$tmp/out")"

# --- 8. the same options in every subcommand ---------------------------------------------------
for cmd in parse validate query diff; do
  m $cmd --help > "$tmp/help"
  check "$cmd --help: no TEXT/UINT placeholders" test "$(grep -cE '\b(TEXT|UINT|INT|FLOAT)\b' "$tmp/help")" -eq 0
done
check "validate --compact" test "$(m validate --format json --compact "$hanoi" | wc -l)" -eq 1
check "validate --format sarif --compact" test "$(m validate --format sarif --compact "$hanoi" | wc -l)" -eq 1
check "query --compact" test "$(m query --format json --compact --owner US "$hanoi" | wc -l)" -eq 1
m validate --list-rules --format json > "$tmp/rules.json"
check "--list-rules --format json is JSON with every code" \
  py -c "import json,sys; r=json.load(open(sys.argv[1])); assert len(r) > 10 and all('code' in x and 'severity' in x for x in r)" "$tmp/rules.json"
fails "--sort with --group-by" "--sort: does not apply to --group-by owner" query --sort deadline --group-by owner "$hanoi"
check "parse reads stdin when no file is given" test "$(m parse < "$hanoi" | py -c 'import json,sys; print(json.load(sys.stdin)["source"]["path"])')" = "-"
m validate < "$hanoi" > "$tmp/out"; check "validate reads stdin when no file is given" grep -q "^-:34:20: warning" "$tmp/out"
check "query reads stdin when no file is given" test "$(m query --count --owner US < "$hanoi")" = 3
if command -v script > /dev/null; then
  # On a terminal nothing would come: refused rather than waiting.
  script -qec "$mseg query --owner US" /dev/null > "$tmp/out" 2>&1 < /dev/null
  check "no file on a terminal: refused" grep -q "no FILE given, and standard input is a terminal" "$tmp/out"
fi

# --- 10. a CI gate on overdue actions ---------------------------------------------------------
m query --overdue --as-of 2008-04-01 --fail-if-any "$y2007" > /dev/null; check "--fail-if-any: a match exits 1" test $? -eq 1
m query --overdue --as-of 2006-01-01 --fail-if-any "$y2007" > /dev/null; check "--fail-if-any: no match exits 0" test $? -eq 0

# --- 11. CSV for spreadsheets -----------------------------------------------------------------
m query --format csv --bom --owner US "$hanoi" -o "$tmp/us.csv"
check "--bom: the file starts with the UTF-8 byte order mark" test "$(head -c 3 "$tmp/us.csv" | od -An -tx1 | tr -d ' ')" = efbbbf
check "without --bom: no byte order mark" test "$(m query --format csv --owner US "$hanoi" | head -c 6)" = source
fails "--bom is for CSV" "--bom: only for --format csv" query --bom --owner US "$hanoi"
# An option for one format, given with another, was ignored without a word (a new user's finding).
fails "--wide is for the table" "--wide: only for --format table (no other format wraps its cells)" \
  query --format ics --wide --owner US "$hanoi"
fails "--truncate is for the table" "--truncate: only for --format table" query --format csv --truncate "$hanoi"
fails "--compact is for JSON (query)" "--compact: only for --format json or --format jsonl (it puts the JSON on one line)" \
  query --compact --owner US "$hanoi"
fails "--list-rules --compact is for its json" "--compact: only for --format json (it puts" validate --list-rules --compact
m query --format jsonl --compact --owner US "$hanoi" > /dev/null; check "--compact with jsonl: allowed (it is one line already)" test $? -eq 0
fails "--compact is for JSON (validate)" "--compact: only for --format json or --format sarif" validate --compact "$hanoi"
fails "--compact is for JSON (diff)" "--compact: only for --format json" diff --compact "$hanoi" "$y2007"
fails "--compact is for JSON (history)" "--compact: only for --format json" history --compact "$hanoi" "$y2007"

# --- 12. -o into a folder that does not exist ------------------------------------------------
fails "-o into a missing folder: said plainly" "mseg: error: $tmp/nodir/out.json: the folder $tmp/nodir does not exist" \
  parse "$hanoi" -o "$tmp/nodir/out.json"
# --- 13b. option values -------------------------------------------------------------------------
fails "an option where a value belongs" "--owner: no value given (the next word, '--count', is an option)" \
  query --owner --count "$hanoi"
fails "a one-letter option: no did-you-mean from one key away" "unknown option '-x'" query -x "$hanoi"
check "... and nothing after it" test "$(head -1 "$tmp/err")" = "mseg: error: unknown option '-x'"
fails "--jobs out of range, in mseg's words" "--jobs: 0 is not from 1 to 1024" parse --jobs 0 "$hanoi"

# --- 13. a mistyped file name -----------------------------------------------------------------
fails "a mistyped file: did you mean" "${hanoi/hanoi/hanio}: No such file or directory (did you mean '$hanoi'?)" \
  query --owner US "${hanoi/hanoi/hanio}"

echo "$fails failure(s)"
test "$fails" -eq 0
