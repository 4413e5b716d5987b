#!/usr/bin/env bash
# Plan JSON: mseg parse output is clean; model violations name their JSON Pointer and
# stand at the value's line in the JSON file; broken or absurdly deep JSON fails cleanly.
set -uo pipefail
source "$(dirname "$0")/lib.sh" "$1"

"$mseg" parse "$hanoi" > "$tmp/hanoi.json"
"$mseg" parse "$y2007" > "$tmp/2007.json"
validate "$tmp/hanoi.json" "$tmp/2007.json"
check "parse output validates cleanly" test $st -eq 0
check "parse output: nothing reported" test "$out" = "0 warnings, 0 errors in 2 files"
"$mseg" parse "$hanoi" | "$mseg" validate - > "$tmp/out"
check "plan JSON on stdin" test "$(cat "$tmp/out")" = "0 warnings, 0 errors in 1 file"

# edit NAME PYTHON: a copy of the Ha Noi plan JSON changed by PYTHON (acting on `p`), in $doc.
edit() {
  doc="$tmp/$1.json"
  py -c "
import json, sys
p = json.load(open(sys.argv[1]))
$2
open(sys.argv[2], 'w').write(json.dumps(p, indent=2, ensure_ascii=False))" "$tmp/hanoi.json" "$doc"
}
# line_of TEXT: the line of $doc holding TEXT first.
line_of() { grep -nF -m1 -- "$1" "$doc" | cut -d: -f1; }

edit date 'p["sections"][0]["actions"][0]["tags"][0]["deadline"]["start"] = "not-a-date"'
validate "$doc"
check "bad date exits 1" test $st -eq 1
check "bad date: error with the pointer, at the value's line and column" grep -qxF \
  "$doc:$(line_of '"not-a-date"'):26: error: /sections/0/actions/0/tags/0/deadline/start: \"not-a-date\" is not a date (YYYY-MM-DD) [json-schema]" <<< "$out"
check "bad date: caret under the value" grep -qxF "                         ^~~~~~~~~~~~" <<< "$out"

edit missing 'del p["sections"][1]["actions"][0]["text"]'
validate "$doc"
check "missing field exits 1" test $st -eq 1
check "missing field: pointer of the object that lacks it" grep -qF \
  'error: /sections/1/actions/0: required field "text" is missing [json-schema]' <<< "$out"
edit rootmissing 'del p["title"]'
validate "$doc"
check "missing top-level field: named at the root" grep -qF \
  "$doc:1:1: error: (root): required field \"title\" is missing [json-schema]" <<< "$out"

edit type 'p["sections"][0]["actions"][2]["tags"][0]["owners"][0]["economy"] = "yes"'
validate "$doc"
check "wrong type exits 1" test $st -eq 1
check "wrong type: pointer and line" grep -qF \
  "$doc:$(line_of '"economy": "yes"'):30: error: /sections/0/actions/2/tags/0/owners/0/economy: \"yes\" is a string, expected a boolean [json-schema]" <<< "$out"

head -c 3000 "$tmp/hanoi.json" > "$tmp/truncated.json"
validate "$tmp/truncated.json"
check "truncated JSON exits 1" test $st -eq 1
check "truncated JSON: json-syntax where the parser stopped" \
  grep -qE "^$tmp/truncated.json:[0-9]+:[0-9]+: error: malformed JSON: .* \[json-syntax\]$" <<< "$out"
check "truncated JSON: at the last line" grep -qF "truncated.json:$(wc -l < "$tmp/truncated.json" | awk '{print $1 + 1}'):" <<< "$out"

py -c "print('{\"sections\": ' + '[' * 200000 + ']' * 200000 + '}')" > "$tmp/deep.json"
validate "$tmp/deep.json"
check "200,000 levels: exits 1, no crash" test $st -eq 1
check "200,000 levels: one clean error" grep -qF \
  "$tmp/deep.json:1:77: error: malformed JSON: nested deeper than 64 levels (plan JSON is about 8 deep) [json-syntax]" <<< "$out"
check "200,000 levels: short output" test "$(wc -c <<< "$out")" -lt 1000
py -c "print('[' * 200000)" > "$tmp/deep-open.json"
validate "$tmp/deep-open.json"
check "200,000 unclosed levels: exits 1" test $st -eq 1

# Lint rules run on valid plan JSON, placed by pointer in the JSON file.
edit dup 'p["sections"][2]["actions"][1]["text"] = p["sections"][2]["actions"][0]["text"]'
validate "$doc"
check "duplicate action in JSON: warning, exit 0" test $st -eq 0
first=$(grep -nF -m1 '"id": "S3.A1"' "$doc" | cut -d: -f1)
check "duplicate action in JSON: pointer and the first's line in the JSON" grep -qF \
  "warning: /sections/2/actions/1: action S3.A2 repeats action S3.A1 (first at line $((first - 1))) [duplicate-action]" <<< "$out"

# Plan JSON from a .docx or .pdf (issue 16): each span's place is read back, and checked like any field.
pdf=tests/forms/meg-sec-workplan-2007.pdf
docx=tests/forms/later-forms-plan.docx
"$mseg" parse "$pdf" > "$tmp/pdf.json"
"$mseg" parse "$docx" > "$tmp/docx.json"
validate "$tmp/pdf.json" "$tmp/docx.json"
check "plan JSON from a .pdf and a .docx validates cleanly" test "$st $out" = "0 0 warnings, 0 errors in 2 files"
"$mseg" query --kind action --kind directive --kind priority --format json "$pdf" | grep -v '"source": ' > "$tmp/q-pdf"
"$mseg" query --kind action --kind directive --kind priority --format json "$tmp/pdf.json" | grep -v '"source": ' > "$tmp/q-json"
check "query on the plan JSON gives the PDF's pages and boxes" cmp -s "$tmp/q-pdf" "$tmp/q-json"
check "query's JSON holds the places" grep -qF '"pdf": {' "$tmp/q-json"
edit_form() {  # edit_form IN NAME PYTHON: as edit, on another plan's JSON
  doc="$tmp/$2.json"
  py -c "
import json, sys
p = json.load(open(sys.argv[1]))
$3
open(sys.argv[2], 'w').write(json.dumps(p, indent=2, ensure_ascii=False))" "$1" "$doc"
}
edit_form "$tmp/pdf.json" pdfdup 'p["sections"][3]["actions"][2]["text"] = p["sections"][3]["actions"][1]["text"]'
validate "$doc"
page=$(py -c "import json,sys; print(json.load(open(sys.argv[1]))['sections'][3]['actions'][2]['span']['pdf']['page'])" "$doc")
check "a finding in a PDF's plan JSON: where in the JSON, then the page in the PDF" grep -qE \
  "^$doc:[0-9]+:9: warning: /sections/3/actions/2 \($pdf:page $page\): action S4.A3 repeats action S4.A2 \(first at line [0-9]+\) \[duplicate-action\]$" <<< "$out"
edit_form "$tmp/docx.json" docxnum 'p["sections"][1]["directives"][0]["number"] = "2B"'
validate "$doc"
check "a finding in a Word document's plan JSON: the table, row, cell and paragraph" grep -qE \
  "^$doc:[0-9]+:21: warning: /sections/1/directives/0/number \($docx:table 1, row [0-9]+, cell 1, paragraph 1\): directive 2B comes first" <<< "$out"
edit_form "$tmp/pdf.json" badpage 'p["sections"][0]["actions"][0]["span"]["pdf"]["page"] = -2; p["sections"][0]["actions"][0]["span"]["pdf"]["width"] = "wide"'
validate "$doc"
check "a wrong place: exit 1" test $st -eq 1
check "a negative page: json-schema error with the pointer, at its line" grep -qF \
  "$doc:$(line_of '"page": -2'):23: error: /sections/0/actions/0/span/pdf/page: -2 is an integer, expected a non-negative integer [json-schema]" <<< "$out"
check "a box's width of the wrong type: json-schema error" grep -qF \
  "error: /sections/0/actions/0/span/pdf/width: \"wide\" is a string, expected a number [json-schema]" <<< "$out"

# A plan parsed with errors: its JSON does not validate as whole (a new user's finding: --strict passed it).
awk 'NR == 40 { sub(/^\t/, "") } 1' "$y2007" > "$tmp/lt40.txt"
"$mseg" parse "$tmp/lt40.txt" -o "$tmp/lt40.json" 2> /dev/null
validate --strict "$tmp/lt40.json"
check "recorded errors: exit 1" test $st -eq 1
check "recorded errors: one error at the first, with the text's line and the command" grep -qE \
  "^$tmp/lt40.json:[0-9]+:5: error: /diagnostics/0: 1 error in the plan, the first cell-count \(line 40 of $tmp/lt40.txt\); 'mseg validate $tmp/lt40.txt' shows them \[recorded-error\]$" <<< "$out"
check "recorded errors: nothing else" test "$(tail -1 <<< "$out")" = "0 warnings, 1 error in 1 file"
"$mseg" parse "$y2007" -o "$tmp/clean.json"
validate --strict "$tmp/clean.json"
check "no recorded error: the sample's JSON validates" test $st -eq 0
validate --disable recorded-error "$tmp/lt40.json"
check "recorded-error can be disabled" test $st -eq 0
validate --disable cell-count "$tmp/lt40.json"
check "a recorded error whose code is disabled counts for nothing, as in the text (a review's finding)" test $st -eq 0
validate --warning cell-count "$tmp/lt40.json"
check "nor one made a warning" test $st -eq 0
sed 's|(Australia/March 2008)|(Australia. March 2008)|' "$y2007" > "$tmp/sep.txt"
"$mseg" parse "$tmp/sep.txt" -o "$tmp/sep.json"
validate "$tmp/sep.json"
check "a recorded warning is no recorded error" test $st -eq 0
validate --error tag-separator "$tmp/sep.json"
check "... but one made an error by --error is, as in the text (a second review's finding)" test $st -eq 1
check "... said as one" grep -qF "/diagnostics/0: 2 errors in the plan, the first tag-separator" <<< "$out"
finish
