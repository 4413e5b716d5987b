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
echo "ok: samples validate; a broken plan does not"
