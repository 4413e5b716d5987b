#!/usr/bin/env bash
# Citations resolved (docs/citations.md): the shipped registry fits its schema
# and every entry has a source; the samples' citations resolve as decided;
# `mseg cites`, `query --cites` and a user's registry through the CLI.
set -uo pipefail
mseg=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")  # absolute: some checks run in other folders
source tests/lib.sh
root=$PWD

# The registry as data.
check "cite/registry.json validates against schema/registry.schema.json" \
  py tests/check_schema.py schema/registry.schema.json cite/registry.json
check "every entry has a source address" py -c "
import json, sys
entries = json.load(open('cite/registry.json'))['entries']
sys.exit(0 if entries and all(e['source'].startswith(('http://', 'https://')) for e in entries) else 1)"
check "the schema can fail: an entry without a source does not validate" bash -c "
  py() { /usr/bin/python3 \"\$@\"; }
  py -c \"import json; d = json.load(open('cite/registry.json')); del d['entries'][0]['source']; json.dump(d, open('$tmp/nosource.json', 'w'))\"
  ! py tests/check_schema.py schema/registry.schema.json $tmp/nosource.json > /dev/null"
"$mseg" cites --format json > "$tmp/registry.json"
check "mseg cites --format json fits the schema too" py tests/check_schema.py schema/registry.schema.json "$tmp/registry.json"
# Printed and read back, the registry is the same registry: same_as kept (a helper's finding: dropped, and a diff
# with the printed registry called "(Leaders' Statement 2005)" -> "(Busan Declaration)" a change).
check "mseg cites --format json keeps same_as" test \
  "$(py -c "import json,sys; e={x['key']: x for x in json.load(open(sys.argv[1]))['entries']}; print(e['leaders-statement-2005'].get('same_as'))" "$tmp/registry.json")" = leaders-declaration-2005
"$mseg" cites --registry "$tmp/registry.json" --format json > "$tmp/registry2.json"
check "the registry printed, read back and printed again is the same" cmp -s "$tmp/registry.json" "$tmp/registry2.json"
printf 'Plan\n\tDirectives\n\tPriorities\n\tAction Items\n\t1A. Do (Leaders\xe2\x80\x99 Statement 2005)\n\t1.1 P\n\tAct. (Japan/March 2008)\n' > "$tmp/stmt.txt"
sed 's/(Leaders\xe2\x80\x99 Statement 2005)/(Busan Declaration)/' "$tmp/stmt.txt" > "$tmp/decl.txt"
"$mseg" diff --registry "$tmp/registry.json" "$tmp/stmt.txt" "$tmp/decl.txt" > /dev/null 2>&1; st=$?
check "diff with the printed registry: the statement and the declaration are one document (exit 0, got $st)" test "$st" -eq 0

# The samples' citations, as the issue's done-when lists them.
"$mseg" parse "$hanoi" "$y2007" > "$tmp/both.json"
resolved() {  # resolved PLAN_INDEX KEY: "count|meeting|place|start|end|verified" of the citations with KEY
  py -c "
import json, sys
plan = json.load(open(sys.argv[1]))[int(sys.argv[2])]
cs = [c for s in plan['sections'] for d in s['directives'] for c in d['citations'] if c['key'] == sys.argv[3]]
facts = {(c['source']['meeting'], c['source']['place'], c['source']['start'], c['source']['end'], c['source']['verified']) for c in cs}
assert len(facts) == 1, facts
print('|'.join([str(len(cs))] + [str(f) for f in facts.pop()]))" "$tmp/both.json" "$@"
}
check "Ha Noi: ministerial-statement-2004, 7 directives, 4th TMM, Bali, 27-29 July 2004" test \
  "$(resolved 0 ministerial-statement-2004)" = "7|4th APEC Transportation Ministerial Meeting|Bali, Indonesia|2004-07-27|2004-07-29|True"
check "Ha Noi: bogor-goal, the 1994 Bogor Declaration" test \
  "$(resolved 0 bogor-goal)" = "1|2nd APEC Economic Leaders' Meeting|Bogor, Indonesia|1994-11-15|1994-11-15|True"
check "2007: bogor-goal, the 1994 Bogor Declaration" test \
  "$(resolved 1 bogor-goal)" = "1|2nd APEC Economic Leaders' Meeting|Bogor, Indonesia|1994-11-15|1994-11-15|True"
check "2007: ministerial-statement-2007, 10 directives, 5th TMM, Adelaide, March 2007" test \
  "$(resolved 1 ministerial-statement-2007)" = "10|5th APEC Transportation Ministerial Meeting|Adelaide, Australia|2007-03-28|2007-03-30|True"
check "Ha Noi: leaders-statement-2005, 3 directives, read as Busan, not verified" test \
  "$(resolved 0 leaders-statement-2005)" = "3|13th APEC Economic Leaders' Meeting|Busan, Republic of Korea|2005-11-18|2005-11-19|False"
check "2007: leaders-statement-2005, 2 directives, the same" test \
  "$(resolved 1 leaders-statement-2005)" = "2|13th APEC Economic Leaders' Meeting|Busan, Republic of Korea|2005-11-18|2005-11-19|False"

"$mseg" cites "$hanoi" "$y2007" > "$tmp/out"; st=$?
check "cites on the samples: exit 0, nothing unresolved" test $st -eq 0
check "cites names the Bali meeting" grep -qxF "  4th APEC Transportation Ministerial Meeting, Bali, Indonesia, 27–29 July 2004" "$tmp/out"
check "cites marks the decided reading" grep -qxF "leaders-statement-2005  Busan Declaration  [not verified]" "$tmp/out"
check "cites sums up" grep -qxF "24 citations of 4 documents in 2 plans; 1 unverified (5 citations), 0 unresolved" "$tmp/out"
"$mseg" cites > "$tmp/out"; st=$?
check "cites without plans lists the registry" grep -q "^ministerial-statement-2004 *TMM4 *Bali, Indonesia *27–29 July 2004" "$tmp/out"
# Piped, the table fits $COLUMNS as query's does, its meeting, place, dates and title wrapping (a helper's finding:
# 203 columns piped, and on a 120-column terminal only the title gave way, to 13 columns, the lines 138 wide).
COLUMNS=120 "$mseg" cites > "$tmp/out"
check "cites piped fits COLUMNS=120" py -c "import sys; sys.exit(max(len(l.rstrip('\n')) for l in open(sys.argv[1], encoding='utf-8')) > 120)" "$tmp/out"
check "cites keeps each key whole" grep -q "^leaders-statement-2005 " "$tmp/out"
"$mseg" cites --format markdown > "$tmp/out"
check "cites --format markdown" grep -qF "| leaders-statement-2005 | AELM13 | Busan, Republic of Korea | 18–19 November 2005 | Busan Declaration | no |" "$tmp/out"

# A made-up citation and a year without a meeting.
printf '\tDirectives\n\tPriorities\n\tAction Items\n\t1A. Secure ports (Leaders\xe2\x80\x99 Communiqu\xc3\xa9 2031)\n1B. Drill (Ministerial Statement 2005)\n\t\n\tDo it (Chair/2031)\n' > "$tmp/plan.txt"
"$mseg" validate "$tmp/plan.txt" > "$tmp/out"
check "validate: unresolved-citation note" grep -qF "plan.txt:4:19: note: citation 'Leaders’ Communiqué 2031' matches no document in the citation registry [unresolved-citation]" "$tmp/out"
check "validate: no-such-meeting warning" grep -qF "plan.txt:5:11: warning: no Transportation Ministerial Meeting was held in 2005 (the nearest: 2004, 2007)" "$tmp/out"
"$mseg" cites "$tmp/plan.txt" > "$tmp/out"; st=$?
check "cites: an unresolved citation exits 1" test $st -eq 1
check "cites lists it with why" grep -qF ":4:19: 1A cites (Leaders’ Communiqué 2031): not in the registry" "$tmp/out"

# A user's registry adds an entry: --registry FILE, or .mseg/registry.json here or in a parent folder.
cat > "$tmp/mine.json" <<'JSON'
{"registry_version": "1", "entries": [{
  "key": "leaders-communique-2031", "kind": "leaders-communique", "year": 2031,
  "meeting": {"body": "APEC Economic Leaders' Meeting", "ordinal": null, "short": "AELM2031", "city": "Atlantis",
              "economy": "Nowhere", "start": null, "end": null},
  "title": "Atlantis Communiqué", "aliases": [], "source": "https://example.org/2031", "verified": false}]}
JSON
"$mseg" query --registry "$tmp/mine.json" --cites Atlantis --format json "$tmp/plan.txt" > "$tmp/out"; st=$?
check "query --registry: --cites finds the user's entry" test $st -eq 0
check "...the directive citing it" test "$(py -c "import json,sys; print(' '.join(m['id'] for m in json.load(open(sys.argv[1]))))" "$tmp/out")" = S1.D1
mkdir -p "$tmp/project/.mseg" "$tmp/project/plans/2031"
cp "$tmp/mine.json" "$tmp/project/.mseg/registry.json"
cp "$tmp/plan.txt" "$tmp/project/plans/2031/plan.txt"
(cd "$tmp/project/plans/2031" && "$mseg" query --cites "Leaders' Communiqué 2031" --count plan.txt) > "$tmp/out"
check "query finds .mseg/registry.json in a parent folder" test "$(cat "$tmp/out")" = 1
(cd "$tmp/project/plans/2031" && "$mseg" parse plan.txt) > "$tmp/out"
check "parse resolves with it" grep -qF '"title": "Atlantis Communiqué"' "$tmp/out"
(cd "$tmp/project/plans/2031" && "$mseg" cites plan.txt) > "$tmp/out"; st=$?
check "cites with it: only the 2005 citation stays unresolved" test $st -eq 1
check "...and the user's entry is listed" grep -qF "leaders-communique-2031  Atlantis Communiqué  [not verified]" "$tmp/out"
(cd "$tmp/project/plans/2031" && "$mseg" report plan.txt) > "$tmp/out"
check "report resolves with it (the page names the meeting of the user's entry)" grep -qF "Meeting, Atlantis" "$tmp/out"
"$mseg" report --registry "$tmp/mine.json" "$tmp/plan.txt" > "$tmp/out"
check "report --registry resolves with it" grep -qF "Meeting, Atlantis" "$tmp/out"
"$mseg" parse "$tmp/plan.txt" > "$tmp/plan.json"
"$mseg" report --registry "$tmp/mine.json" "$tmp/plan.json" > "$tmp/out"
check "report --registry resolves plan JSON parsed without it" grep -qF "Meeting, Atlantis" "$tmp/out"
"$mseg" cites --registry "$tmp/mine.json" | grep -q "^leaders-communique-2031 "
check "cites --registry lists the added entry with mseg's" test $? -eq 0

# A broken registry is refused with its place.
printf '{"registry_version": "1", "entries": [{"key": "x"}]}' > "$tmp/bad.json"
"$mseg" cites --registry "$tmp/bad.json" 2> "$tmp/err" > /dev/null; st=$?
check "a broken registry: exit 2" test $st -eq 2
check "...naming the file and the place" grep -qxF "mseg: error: $tmp/bad.json: /entries/0: required field \"kind\" is missing" "$tmp/err"
"$mseg" report --registry "$tmp/bad.json" "$tmp/plan.txt" > "$tmp/out" 2> "$tmp/err"; st=$?
check "report with a broken registry: exit 2, nothing written" test $st -eq 2 -a ! -s "$tmp/out"
"$mseg" parse --registry "$tmp/missing.json" "$hanoi" 2> "$tmp/err" > /dev/null; st=$?
check "a missing registry file: exit 2" test $st -eq 2

# query: --cites implies directives and takes what plans write (issue 19, item 5).
"$mseg" query --cites "Ministerial Statement 2004" --format json "$hanoi" > "$tmp/out"
check "--cites 'Ministerial Statement 2004' without --kind: 7 directives" test \
  "$(py -c "import json,sys; print(len(json.load(open(sys.argv[1]))))" "$tmp/out")" = 7
for want in "Leaders’ Statement 2005" "Leaders' Statement 2005" leaders-statement-2005 Busan; do
  check "--cites '$want': 3 in Ha Noi" test "$("$mseg" query --cites "$want" --count "$hanoi")" = 3
done
check "--cites TMM5: 10 in 2007" test "$("$mseg" query --cites TMM5 --count "$y2007")" = 10
"$mseg" query --group-by citation --format csv "$hanoi" "$y2007" | tr -d '\r' > "$tmp/out"
check "--group-by citation" diff "$tmp/out" - <<'CSV'
citation,meeting,matches
leaders-declaration-1994,"2nd APEC Economic Leaders' Meeting (Bogor, Indonesia)",2
ministerial-statement-2004,"4th APEC Transportation Ministerial Meeting (Bali, Indonesia)",7
leaders-statement-2005,"13th APEC Economic Leaders' Meeting (Busan, Republic of Korea)",5
ministerial-statement-2007,"5th APEC Transportation Ministerial Meeting (Adelaide, Australia)",10
CSV
"$mseg" query --kind action --cites TMM4 "$hanoi" 2> "$tmp/err"; st=$?
check "--kind action --cites: usage error" test $st -eq 2
# A directive citing one document twice in a parenthesis is one directive of it.
printf 'Plan\n\tDirectives\n\tPriorities\n\tAction Items\n\t1A. Do (Leaders Declaration 1994, Bogor Goals)\n\t1.1 T\n\tAct (US/2009)\n' > "$tmp/twice.txt"
"$mseg" cites "$tmp/twice.txt" > "$tmp/out"
check "a directive citing a document twice is listed once" grep -qxF "  $tmp/twice.txt: 1A (1 directive)" "$tmp/out"
# An unresolved citation in a .docx is placed as validate places it, in Word's terms, in cites and in report.
python3 - "$root/tests/forms/meg-sec-workplan-2007.docx" "$tmp/edit.docx" <<'PY'
import sys, zipfile
src, dst = sys.argv[1:3]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "word/document.xml":
            data = data.replace(b"Ministerial Statement 2007", b"Ministerial Statement 2005", 1)
        zout.writestr(item, data)
PY
place=$("$mseg" validate "$tmp/edit.docx" | sed -n "s|^$tmp/edit.docx:\(table [^:]*\): warning: .*\[no-such-meeting\]\$|\1|p")
check "validate places the citation in Word's terms" test -n "$place"
"$mseg" cites "$tmp/edit.docx" > "$tmp/out"
check "cites places it where validate does ($place)" grep -qF "  $tmp/edit.docx:$place: S1.D3 cites (Ministerial Statement 2005)" "$tmp/out"
"$mseg" report "$tmp/edit.docx" > "$tmp/page.html"
check "report places it where validate does" grep -qF "<code>no-such-meeting</code> $place: " "$tmp/page.html"
cd "$root"
# A file of several plans (JSON Lines), as query and history read it (a reviewer's finding: cites refused it).
"$mseg" parse --format jsonl "$hanoi" "$y2007" > "$tmp/both.jsonl"
"$mseg" cites "$tmp/both.jsonl" > "$tmp/both.out"; st=$?
"$mseg" cites "$hanoi" "$y2007" > "$tmp/two.out"
check "JSON Lines of two plans: read (exit $st)" test $st -le 1
check "JSON Lines of two plans: as the two text plans" cmp -s "$tmp/both.out" "$tmp/two.out"
test $fails -eq 0
