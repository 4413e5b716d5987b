#!/usr/bin/env bash
# `mseg query` as a user meets it: the issue's sample answers, every filter and
# format through the CLI, text and JSON plans, stdin, exit codes and errors.
set -uo pipefail
mseg=$1
source tests/lib.sh
# ids FILE: the ids of a JSON array of matches, space-separated.
ids() { py -c "import json,sys; print(' '.join(m['id'] for m in json.load(open(sys.argv[1]))))" "$1"; }
# JSON unless a format is given: since 0.2.0 the default is the table, piped or not.
q() {
  local a
  for a in "$@"; do [ "$a" = --format ] && { "$mseg" query "$@"; return; }; done
  "$mseg" query --format json "$@"
}

# The issue's "done means", with the actions checked by hand against the samples.
q --owner Australia "$hanoi" > "$tmp/o"; check "hanoi --owner Australia: 5" test "$(ids "$tmp/o")" = "S1.A3 S1.A5 S1.A6 S1.A9 S3.A3"
for us in US "united states" USA; do
  q --owner "$us" "$hanoi" > "$tmp/o"; check "hanoi --owner '$us': the same 3" test "$(ids "$tmp/o")" = "S1.A3 S3.A2 S4.A2"
done
for d in 2008-01-01 2008-01 "March 2008"; do
  q --due-before "$d" "$y2007" > "$tmp/o"; check "2007 --due-before '$d': 2" test "$(ids "$tmp/o")" = "S1.A2 S1.A3"
done
q --overdue --as-of 2008-04-01 "$y2007" > "$tmp/o"
check "2007 --overdue --as-of 2008-04-01: 11" test "$(ids "$tmp/o")" = "S1.A1 S1.A2 S1.A3 S1.A4 S2.A1 S3.A1 S3.A2 S3.A3 S4.A1 S4.A2 S4.A3"
q --owner Chair --due-before 2008-04 "$y2007" > "$tmp/o"
check "2007 --owner Chair --due-before 2008-04: 6" test "$(ids "$tmp/o")" = "S1.A2 S1.A4 S2.A1 S3.A1 S3.A2 S4.A3"
q --kind directive --cites ministerial-statement-2004 "$hanoi" > "$tmp/o"
check "hanoi directives citing ministerial-statement-2004: 7" test "$(ids "$tmp/o")" = "S1.D2 S1.D3 S2.D1 S2.D3 S2.D4 S3.D1 S4.D1"
check "--count prints the number" test "$(q --count --owner Australia "$hanoi")" = 5

# Exit status: 0 matched, 1 nothing matched (like grep), 2 usage or input errors.
q --owner Chair "$hanoi" > /dev/null; check "a match exits 0" test $? -eq 0
q --owner Secretary-General "$hanoi" > "$tmp/o"; st=$?
check "no match exits 1" test $st -eq 1
check "no match: json prints []" test "$(cat "$tmp/o")" = "[]"
q --count --owner Nobody "$hanoi" > "$tmp/o"; st=$?
check "--count with no match exits 1 and prints 0" test "$st:$(cat "$tmp/o")" = "1:0"
q --overdue --as-of 2006-09-30 "$hanoi" > /dev/null; check "--overdue as of the last day of the month: nothing, exit 1" test $? -eq 1
q --overdue --as-of 2006-10-01 "$hanoi" > /dev/null; check "--overdue the day after: exit 0" test $? -eq 0

usage() {  # usage NAME EXPECTED-STDERR-PREFIX ARGS...: exit 2, one line naming the option, nothing on stdout
  local name=$1 want=$2; shift 2
  q "$@" > "$tmp/out" 2> "$tmp/err"; local st=$?
  check "$name exits 2" test $st -eq 2
  check "$name: message" grep -q "^mseg: error: $want" "$tmp/err"
  check "$name: nothing on stdout" test ! -s "$tmp/out"
}
usage "bad --due-before" "--due-before: 'next week' is not a date" --due-before "next week" "$hanoi"
usage "bad --due-after" "--due-after: '2008-13' is not a date" --due-after 2008-13 "$hanoi"
usage "bad --as-of" "--as-of: 'yesterday' is not a date" --overdue --as-of yesterday "$hanoi"
usage "bad --grep" "--grep: invalid pattern '(oops'" --grep "(oops" "$hanoi"
usage "--owner with --kind directive" "--owner: only actions have owners" --kind directive --owner US "$hanoi"
usage "--cites with --kind action" "--cites: only directives cite" --kind action --cites bogor-goal "$hanoi"
usage "bad --kind" "--kind" --kind task "$hanoi"
usage "bad --format" "--format" --format xml "$hanoi"
usage "--count with --group-by" "--count excludes --group-by\|--group-by excludes --count" --count --group-by owner "$hanoi"
q > /dev/null 2>&1; check "no file exits 2" test $? -eq 2

# Unreadable input: exit 2, one line naming the file, no partial output.
q "$hanoi" "$tmp/missing.txt" > "$tmp/out" 2> "$tmp/err"; st=$?
check "missing file exits 2" test $st -eq 2
check "missing file: one line naming it" test "$(cat "$tmp/err")" = "mseg: error: $tmp/missing.txt: No such file or directory"
check "missing file: nothing on stdout" test ! -s "$tmp/out"
: > "$tmp/empty.txt"; q "$tmp/empty.txt" 2> "$tmp/err"; check "empty file exits 2" test $? -eq 2
check "empty file message" grep -qx "mseg: error: $tmp/empty.txt: empty file" "$tmp/err"

# JSON plans from `mseg parse` are read by content, whatever their name.
"$mseg" parse "$y2007" > "$tmp/plan.txt"
q --overdue --as-of 2008-04-01 "$tmp/plan.txt" > "$tmp/o"
check "plan JSON (named .txt) gives the same 11" test "$(ids "$tmp/o")" = "S1.A1 S1.A2 S1.A3 S1.A4 S2.A1 S3.A1 S3.A2 S3.A3 S4.A1 S4.A2 S4.A3"
check "plan JSON results name the file given" py -c "
import json; assert {m['source'] for m in json.load(open('$tmp/o'))} == {'$tmp/plan.txt'}"
py - "$tmp/plan.txt" "$tmp/bad.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["sections"][1]["actions"][0]["tags"][0]["deadline"]["start"] = "not-a-date"
json.dump(d, open(sys.argv[2], "w"))
PY
q "$tmp/bad.json" > "$tmp/out" 2> "$tmp/err"; st=$?
check "invalid plan JSON exits 2" test $st -eq 2
check "invalid plan JSON: FILE: pointer: message" grep -q "^mseg: error: $tmp/bad.json: /sections/1/actions/0/tags/0/deadline/start: " "$tmp/err"
check "invalid plan JSON: one line" test "$(wc -l < "$tmp/err")" -eq 1
printf '{"schema_version": ' > "$tmp/cut.json"
q "$tmp/cut.json" 2> "$tmp/err"; check "malformed JSON exits 2" test $? -eq 2
check "malformed JSON names the file" grep -q "^mseg: error: $tmp/cut.json: " "$tmp/err"

# stdin, and several files: every result names its file.
q --owner US - < "$hanoi" > "$tmp/o"
check "stdin: source is '-'" py -c "
import json; d=json.load(open('$tmp/o')); assert [m['source'] for m in d]==['-']*3, d"
q --owner Australia "$hanoi" "$tmp/plan.txt" > "$tmp/o"
check "two files: results in file order, each naming its file" py -c "
import json; d=json.load(open('$tmp/o'))
assert [(m['source'], m['id']) for m in d] == [('$hanoi','S1.A3'),('$hanoi','S1.A5'),('$hanoi','S1.A6'),('$hanoi','S1.A9'),('$hanoi','S3.A3'),
  ('$tmp/plan.txt','S1.A2'),('$tmp/plan.txt','S1.A5'),('$tmp/plan.txt','S3.A3'),('$tmp/plan.txt','S4.A1')], d"

# Filters through the CLI: repeated ones match any value; different ones must all hold.
q --owner Canada --owner Singapore "$hanoi" > "$tmp/o"; check "repeated --owner: any" test "$(ids "$tmp/o")" = "S1.A3 S1.A4 S2.A1"
q --section S3 --section 4 "$hanoi" > "$tmp/o"; check "--section by id and number" test "$(ids "$tmp/o")" = "S3.A1 S3.A2 S3.A3 S4.A1 S4.A2"
q --grep 'Supply Chain' "$hanoi" > "$tmp/o"; check "--grep is case-sensitive" test "$(ids "$tmp/o")" = "S2.A1"
q --grep '(?i)supply chain' "$hanoi" > "$tmp/o"; check "--grep (?i)" test "$(ids "$tmp/o")" = "S2.A1 S2.A2"
q --due-after 2007-12 --owner Singapore "$y2007" > "$tmp/o"; check "--due-after with --owner: Singapore's Manual tag" test "$(ids "$tmp/o")" = "S1.A3"
q --due-after 2008-02-29 "$y2007" --count > "$tmp/o"; check "--due-after the day before March: 11" test "$(cat "$tmp/o")" = 11
q --due-after 2008-03-01 "$y2007" > /dev/null; check "--due-after March's first day: none" test $? -eq 1
q --owner Australia --due-before 2008-01 "$y2007" > "$tmp/o"; check "owner and deadline on the same tag" test "$(ids "$tmp/o")" = "S1.A2"
q --owner Chair --due-before 2008-01 "$y2007" > /dev/null; check "the Chair's S1.A2 tag is March 2008: no match" test $? -eq 1
q --kind priority --grep Seafarers "$hanoi" > "$tmp/o"; check "--kind priority" test "$(ids "$tmp/o")" = "S3.P2"
q --kind directive --cites ministerial-statement "$hanoi" --count > "$tmp/o"; check "--cites a kind: every year" test "$(cat "$tmp/o")" = 7
q --sort id --section S1 "$hanoi" "$y2007" --format csv > "$tmp/o.csv"
check "--sort id: natural and stable across files" py -c "
import csv; rows=list(csv.DictReader(open('$tmp/o.csv', newline='')))
assert [r['id'] for r in rows][:4]==['S1.A1','S1.A1','S1.A2','S1.A2'] and rows[0]['source']=='$hanoi' and rows[1]['source']=='$y2007'
assert [r['id'] for r in rows][-1]=='S1.A9'"
q --sort deadline --section S1 "$y2007" > "$tmp/o"; check "--sort deadline" test "$(ids "$tmp/o")" = "S1.A2 S1.A3 S1.A1 S1.A4 S1.A5"

# Formats.
q --format jsonl --owner US "$hanoi" > "$tmp/o.jsonl"
check "jsonl: one object per line" py -c "
import json; lines=open('$tmp/o.jsonl').read().split('\n'); assert lines[-1]=='' and len(lines)==4
assert [json.loads(l)['id'] for l in lines[:-1]]==['S1.A3','S3.A2','S4.A2']"
check "json elements match the plan JSON" py -c "
import json
out=[json.loads(l) for l in open('$tmp/o.jsonl')]
ref={a['id']: a for s in json.load(open('samples/mseg-workplan-2006-hanoi.json'))['sections'] for a in s['actions']}
for m in out:
    assert list(m)[:3]==['kind','source','section']
    e={k:v for k,v in m.items() if k not in ('kind','source','section')}
    assert e==ref[m['id']], m['id']"
q --format csv --owner US "$hanoi" > "$tmp/o.csv"
check "csv: CRLF records, header row" py -c "
data=open('$tmp/o.csv','rb').read(); lines=data.split(b'\r\n')
assert lines[0]==b'source,section,kind,id,owners,deadline,due,overdue,cites,text' and lines[-1]==b'' and len(lines)==5, lines"
check "csv: owners joined by '; ', quoted fields read back" py -c "
import csv; rows=list(csv.DictReader(open('$tmp/o.csv', newline='')))
assert rows[0]['owners']=='Australia; Canada; Japan; US' and rows[0]['due']=='2006-09-30'
assert rows[0]['text'].startswith('Develop a tailored phase 2') and ', ' in rows[0]['text']"
check "csv: a field with commas is quoted" grep -q '"Develop a tailored phase 2 to the ISPS Code Implementation Assistance Program visits to Economies including Viet Nam, ' "$tmp/o.csv"
q --format markdown --owner US "$hanoi" > "$tmp/o.md"
check "markdown: header, rule, a row per match" test "$(head -2 "$tmp/o.md")" = "| id | owners | deadline | text |
| --- | --- | --- | --- |"
check "markdown: 3 rows" test "$(wc -l < "$tmp/o.md")" -eq 5
COLUMNS=70 q --format table --owner US "$hanoi" > "$tmp/o.txt"
check "table: one header, aligned" test "$(head -1 "$tmp/o.txt")" = "id     owners          deadline        text"
check "table: a long owner list wraps, whole" test "$(sed -n 2,4p "$tmp/o.txt" | cut -c1-22 | sed "s/ *$//")" = "S1.A3  Australia;
       Canada; Japan;
       US"
check "table: lines fit COLUMNS=70" py -c "
assert all(len(l) <= 70 for l in open('$tmp/o.txt', encoding='utf-8').read().splitlines())"
check "table: nothing cut" bash -c "! grep -q '…' '$tmp/o.txt'"
COLUMNS=70 q --format table --truncate --owner US "$hanoi" > "$tmp/o.txt"
check "--truncate: the owners asked for are not cut" test "$(sed -n 2p "$tmp/o.txt" | cut -c1-36)" = "S1.A3  Australia; Canada; Japan; US "
check "--truncate: cut text ends in an ellipsis" grep -q '…$' "$tmp/o.txt"
check "--truncate: one line per match" test "$(wc -l < "$tmp/o.txt")" -eq 4
q --format table --owner US "$hanoi" "$y2007" > "$tmp/o.txt"
check "table: a source column for several files" grep -q "^source " "$tmp/o.txt"
check "table: no colour in a pipe" bash -c "! grep -q $'\x1b' '$tmp/o.txt'"
q --group-by owner --overdue --as-of 2008-04-01 --format table "$y2007" > "$tmp/o.txt"
check "--group-by owner table" test "$(head -3 "$tmp/o.txt")" = "owner              actions  overdue
Chair                    6        6
Australia                3        3"
# Ha Noi's "MSEG Chair" (2 actions) is 2007's "Chair" (8): one row (docs/aliases.md); likewise "MSEG
# Secretariat" (3) and "Secretariat" (1), and the group's own "MSEG" / "MEG-SEC".
q --group-by owner --format csv "$hanoi" "$y2007" > "$tmp/o"
check "--group-by owner: the Chair counted once across the group's rename" py -c "
import csv; rows={r['owner']: int(r['actions']) for r in csv.DictReader(open('$tmp/o', newline=''))}
assert rows['Chair']==10 and rows['Secretariat']==4 and rows['MEG-SEC']==3, rows
assert not any('MSEG' in o for o in rows), rows"
q --group-by deadline --format json "$hanoi" "$y2007" > "$tmp/o"
check "--group-by deadline json" py -c "
import json; d=json.load(open('$tmp/o'))
assert [(r['deadline'], r['actions']) for r in d]==[('September 2006',14),('October 2007',2),('March 2008',11),('ongoing',6)], d"
q --group-by source --format csv "$hanoi" "$y2007" > "$tmp/o"
check "--group-by source csv" test "$(tr -d '\r' < "$tmp/o" | head -3 | cut -d, -f1,2)" = "source,actions
$hanoi,16
$y2007,15"
q --group-by section --kind directive "$hanoi" --format table > "$tmp/o"
check "--group-by section of directives: no overdue column" test "$(head -2 "$tmp/o")" = "section  matches
S1             4"

COLUMNS=60 q --format table --group-by citation "$hanoi" "$y2007" > "$tmp/o.txt"
check "--group-by citation wrapped at 60: meetings on several lines" test "$(sed -n 3p "$tmp/o.txt")" = "                            Leaders' Meeting"
check "--group-by wrapped: no line ends in a space" bash -c "! grep -n ' \$' '$tmp/o.txt'"

# On a terminal (faked with script(1)): table by default, colour unless NO_COLOR.
if command -v script > /dev/null; then
  script -qec "'$mseg' query --owner US '$hanoi'" /dev/null > "$tmp/tty" 2>&1
  check "terminal: table by default" grep -q "^.*id.*owners.*deadline.*text" "$tmp/tty"
  check "terminal: colour by default" grep -q $'\x1b\[1m' "$tmp/tty"
  NO_COLOR=1 script -qec "'$mseg' query --owner US '$hanoi'" /dev/null > "$tmp/tty" 2>&1
  check "terminal with NO_COLOR: no colour" bash -c "! grep -q $'\x1b\[' '$tmp/tty'"
  check "terminal with NO_COLOR: still a table" grep -q "S3.A2" "$tmp/tty"
fi
q --format table --color always --owner US "$hanoi" > "$tmp/o"; check "--color always in a pipe" grep -q $'\x1b\[1m' "$tmp/o"

# Help.
q --help > "$tmp/help"; check "query --help exits 0" test $? -eq 0
check "query --help has examples" grep -q "Examples:" "$tmp/help"
check "query --help has exit status" grep -q "Exit status: 0 something matched; 1 nothing matched (turned around by --fail-if-any);" "$tmp/help"

# A filter value that names nothing in the plans is said, with the closest name (a reviewer's finding: a mistyped
# owner passed a --fail-if-any gate silently). The answer and exit status are unchanged.
"$mseg" query --overdue --fail-if-any --owner Austrlia "$y2007" > "$tmp/typo.out" 2> "$tmp/typo.err"; st=$?
check "typo owner: exit as before (0)" test $st -eq 0
check "typo owner: a warning with the owner meant" grep -qxF "mseg: warning: --owner 'Austrlia' names no owner in the plans (did you mean 'Australia'?)" "$tmp/typo.err"
"$mseg" query --kind directive --count --cites "Ministerial Statment 2007" "$y2007" 2> "$tmp/typo.err" > /dev/null
check "typo citation: a warning with the citation meant" grep -qxF "mseg: warning: --cites 'Ministerial Statment 2007' names no citation in the plans (did you mean 'Ministerial Statement 2007'?)" "$tmp/typo.err"
"$mseg" query --count --section 1 "$y2007" 2> "$tmp/typo.err" > /dev/null
check "section by a number the plan lacks: a warning naming the id" grep -qxF "mseg: warning: --section '1' names no section in the plans (did you mean 'S1'?)" "$tmp/typo.err"
# A document by its title, as mseg cites prints it (a new user's finding: 'Busan Declaration' found nothing, though
# the Ha Noi plan's three Leaders' Statement 2005 directives are read as it).
check "--cites by title: the Busan Declaration's 3 directives" test "$("$mseg" query --count --cites "Busan Declaration" "$hanoi" 2>&1)" = 3
# A section number past the plan's: its range, not the id nearest by letters (a new user's finding: 'S9' got
# "did you mean 'S1'?").
"$mseg" query --count --section S9 "$y2007" 2> "$tmp/typo.err" > /dev/null
check "section past the plan's: a warning with its range" grep -qxF "mseg: warning: --section 'S9' names no section in the plans (the plans' sections are S1 to S4)" "$tmp/typo.err"
"$mseg" query --count --section 12 "$y2007" 2> "$tmp/typo.err" > /dev/null
check "section number past the plan's: its range" grep -qF "(the plans' sections are S1 to S4)" "$tmp/typo.err"
"$mseg" query --count --owner Australia --owner Chair --cites ministerial-statement --kind directive --kind action "$y2007" 2> "$tmp/typo.err" > /dev/null
check "values that name something: no warning" test ! -s "$tmp/typo.err"

# An aliases file over its own 1 MiB bound is refused naming that bound, not --max-bytes (a reviewer's finding).
py -c "import json, sys; json.dump({'owners': [{'name': 'X%d' % i, 'names': ['Y%d' % i]} for i in range(40000)]}, open(sys.argv[1], 'w'))" "$tmp/big-aliases.json"
"$mseg" query --count --max-bytes 99999999 --aliases "$tmp/big-aliases.json" "$y2007" > /dev/null 2> "$tmp/err"; st=$?
check "big aliases file: exit 2 (got $st)" test $st -eq 2
check "big aliases file: the message names its own bound" grep -qE "^mseg: error: .*big-aliases.json: [0-9]+ bytes is larger than the most an aliases or registry file may hold \(1048576 bytes\)$" "$tmp/err"

echo "$fails failed"
[ "$fails" -eq 0 ]
