#!/usr/bin/env bash
# The samples' plan JSON must validate against schema/plan.schema.json with a
# third-party validator, and a broken document must not.
set -euo pipefail
mseg=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$mseg" parse samples/mseg-workplan-2006-hanoi.txt > "$tmp/hanoi.json"
"$mseg" parse samples/meg-sec-workplan-2007.txt > "$tmp/2007.json"
/usr/bin/python3 tests/check_schema.py schema/plan.schema.json "$tmp/hanoi.json" "$tmp/2007.json"
# The validator must be able to fail: a wrong date and a missing field are caught.
/usr/bin/python3 - "$tmp/2007.json" "$tmp/bad.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
doc["sections"][0]["actions"][0]["tags"][0]["deadline"]["start"] = "2008-13-01"
del doc["sections"][0]["actions"][0]["id"]
json.dump(doc, open(sys.argv[2], "w"))
PY
if /usr/bin/python3 tests/check_schema.py schema/plan.schema.json "$tmp/bad.json" > "$tmp/out"; then
  echo "FAIL: a plan with a bad date and a missing id validated"; exit 1
fi
grep -q "deadline.start" "$tmp/out" && grep -q "'id' is a required property" "$tmp/out"
# Plans read from a .docx or .pdf: spans with their place (issue 16), lines those of the laid-out text; and
# validate's report on them, whose spans carry the place too.
"$mseg" parse tests/forms/mseg-workplan-2006-hanoi.pdf > "$tmp/pdf.json"
"$mseg" parse tests/forms/later-forms-plan.docx > "$tmp/docx.json"
/usr/bin/python3 tests/check_schema.py schema/plan.schema.json "$tmp/pdf.json" "$tmp/docx.json"
"$mseg" validate --format json tests/forms/mseg-workplan-2006-hanoi.pdf tests/forms/mseg-workplan-2006-hanoi.docx \
  > "$tmp/report.json" || true
grep -q '"pdf": {' "$tmp/report.json" && grep -q '"word": {' "$tmp/report.json"
/usr/bin/python3 tests/check_schema.py schema/validate.schema.json "$tmp/report.json"
# Two places in one span, or a place-less span at line 0, are not plan JSON.
/usr/bin/python3 - "$tmp/pdf.json" "$tmp/bad-place.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
span = doc["sections"][0]["actions"][0]["span"]
span["word"] = {"table": 1, "row": 2, "cell": 3, "paragraph": 1, "offset": 0}
doc["sections"][0]["directives"][0]["span"]["pdf"]["page"] = 0
del doc["sections"][1]["span"]["pdf"]
doc["sections"][1]["span"]["line"] = 0
json.dump(doc, open(sys.argv[2], "w"))
PY
if /usr/bin/python3 tests/check_schema.py schema/plan.schema.json "$tmp/bad-place.json" > "$tmp/out"; then
  echo "FAIL: a span with two places, a page 0 and a line 0 validated"; exit 1
fi
grep -q 'sections\[0\].actions\[0\].span: ' "$tmp/out" && grep -q "sections\[0\].directives\[0\].span.pdf.page" "$tmp/out" \
  && grep -q "sections\[1\].span.line" "$tmp/out" || { cat "$tmp/out"; echo "FAIL: the wrong spans are not each named"; exit 1; }
echo "ok: samples, and plans from a .docx and a .pdf, validate; a broken plan does not"
