#!/usr/bin/env bash
# The four output formats, colour rules, and several files in one run.
set -uo pipefail
source "$(dirname "$0")/lib.sh" "$1"
# The SARIF 2.1.0 schema from shared/ beside the checkout, as CI has it; a clone
# without shared/ beside it uses the byte-for-byte copy in tests/schemas/.
sarif_schema=../shared/schemas/sarif-schema-2.1.0.json
if [ -f "$sarif_schema" ]; then
  check "sarif: tests/schemas holds the same schema as shared/" cmp -s "$sarif_schema" tests/schemas/sarif-schema-2.1.0.json
else
  sarif_schema=tests/schemas/sarif-schema-2.1.0.json
fi

# text (checked by hand against line 34 of the Ha Noi plan)
validate "$hanoi"
printf '%s\n' \
  "$hanoi:34:20: warning: '.' separates owner from deadline; expected '/' [tag-separator]" \
  "(Canada/Secretariat. September 2006)" \
  "                   ^" \
  "1 warning, 0 errors in 1 file" > "$tmp/expected"
check "text: clang style, source line, caret, summary" test "$out" = "$(cat "$tmp/expected")"
check "text: no colour into a pipe" bash -c "! grep -q $'\x1b' <<< \"\$1\"" _ "$out"
validate --color always "$hanoi"
check "text: --color always colours" grep -q $'\x1b\\[1;35mwarning:' <<< "$out"
script -qec "'$mseg' validate '$hanoi'" /dev/null > "$tmp/tty" 2>&1
check "text: colour on a terminal" grep -q $'\x1b\\[' "$tmp/tty"
NO_COLOR=1 script -qec "'$mseg' validate '$hanoi'" /dev/null > "$tmp/tty" 2>&1
check "text: NO_COLOR turns it off on a terminal" bash -c "! grep -q $'\x1b\\\\[' '$tmp/tty'"
script -qec "'$mseg' validate --color never '$hanoi'" /dev/null > "$tmp/tty" 2>&1
check "text: --color never turns it off on a terminal" bash -c "! grep -q $'\x1b\\\\[' '$tmp/tty'"

# json
validate --format json "$hanoi" "$y2007" "$tmp/missing.txt"
echo "$out" > "$tmp/report.json"
check "json: valid against schema/validate.schema.json" py tests/check_schema.py schema/validate.schema.json "$tmp/report.json"
check "json: the one diagnostic and the summary" py -c "
import json, sys
d = json.load(open(sys.argv[1]))
x = d['diagnostics']
assert [(e['file'], e['severity'], e['code'], e['span']['line'], e['span']['column']) for e in x] == \
    [(sys.argv[2], 'warning', 'tag-separator', 34, 20)], x
assert d['summary'] == {'files': 2, 'errors': 0, 'warnings': 1, 'notes': 0}, d['summary']" "$tmp/report.json" "$hanoi"
check "json: unreadable file still exits 2" test $st -eq 2

# sarif
variant notag 's| (Australia/March 2008)||'
"$mseg" validate --format sarif "$hanoi" "$y2007" "$plan" "$clean" > "$tmp/report.sarif"
check "sarif: valid against the SARIF 2.1.0 schema" py tests/check_schema.py "$sarif_schema" "$tmp/report.sarif"
check "sarif: rules metadata, ruleId, level, region" py -c "
import json, sys
log = json.load(open(sys.argv[1]))
assert log['version'] == '2.1.0'
run = log['runs'][0]
rules = run['tool']['driver']['rules']
ids = [r['id'] for r in rules]
assert 'tag-separator' in ids and 'numbering' in ids and 'json-schema' in ids, ids
assert all(r['shortDescription']['text'] and r['help']['text'] for r in rules)
res = [(r['ruleId'], r['level'], r['locations'][0]['physicalLocation']['artifactLocation']['uri'],
        r['locations'][0]['physicalLocation']['region']['startLine'],
        r['locations'][0]['physicalLocation']['region']['startColumn']) for r in run['results']]
assert res == [('tag-separator', 'warning', sys.argv[2], 34, 20), ('action-without-tag', 'warning', sys.argv[3].lstrip('/'), 12, 2)] \
    or res == [('tag-separator', 'warning', sys.argv[2], 34, 20), ('action-without-tag', 'warning', 'file://' + sys.argv[3], 12, 2)], res
assert all(rules[r['ruleIndex']]['id'] == r['ruleId'] for r in run['results'])" "$tmp/report.sarif" "$hanoi" "$plan"
"$mseg" validate --format sarif --error tag-separator "$hanoi" > "$tmp/raised.sarif"
check "sarif: level follows --error" py -c "
import json, sys
assert json.load(open(sys.argv[1]))['runs'][0]['results'][0]['level'] == 'error'" "$tmp/raised.sarif"

# github
validate --format github "$hanoi" "$plan"
printf '%s\n' \
  "::warning file=$hanoi,line=34,col=20,title=tag-separator::'.' separates owner from deadline; expected '/'" \
  "::warning file=$plan,line=12,col=2,title=action-without-tag::action has no (Owner/Deadline) tag" > "$tmp/expected"
check "github: one workflow command per diagnostic" test "$out" = "$(cat "$tmp/expected")"

# Several files: each diagnostic names its file; the summary counts them all.
validate "$hanoi" "$plan" "$y2007"
check "text: each diagnostic names its file" bash -c \
  "grep -q '^$hanoi:34:20: warning' <<< \"\$1\" && grep -q '^$plan:12:2: warning' <<< \"\$1\"" _ "$out"
check "text: summary over three files" test "$(tail -n 1 <<< "$out")" = "2 warnings, 0 errors in 3 files"

# -o writes the report to a file
"$mseg" validate --format sarif -o "$tmp/out.sarif" "$hanoi" > "$tmp/stdout"
check "-o writes the file, nothing on stdout" bash -c "test -s '$tmp/out.sarif' && test ! -s '$tmp/stdout'"

# A .pdf or .docx has no lines of its own: its diagnostics' spans count the lines mseg laid out. SARIF gives them
# no fix (a viewer applying it would corrupt the document; --fix refuses such files) and GitHub annotations no
# line (a new user's finding: a tag-separator fix and an annotation at line 18 of a PDF).
for form in tests/forms/mseg-workplan-2006-hanoi.pdf tests/forms/mseg-workplan-2006-hanoi.docx; do
  "$mseg" validate --format sarif "$form" > "$tmp/form.sarif"
  check "$form: the tag-separator result, with no fix" py -c "
import json, sys
r = [r for r in json.load(open(sys.argv[1]))['runs'][0]['results'] if r['ruleId'] == 'tag-separator']
assert r and all('fixes' not in x for x in r), r" "$tmp/form.sarif"
  "$mseg" validate --format github "$form" > "$tmp/form.gh"
  check "$form: annotations on the file, no line" test "$(grep -c ',line=' "$tmp/form.gh")" = 0
  check "$form: ... the tag-separator one there" grep -q "^::warning file=$form,title=tag-separator::" "$tmp/form.gh"
done
"$mseg" validate --format sarif "$hanoi" > "$tmp/text.sarif"
check "a text plan's tag-separator result keeps its fix" py -c "
import json, sys
r = [r for r in json.load(open(sys.argv[1]))['runs'][0]['results'] if r['ruleId'] == 'tag-separator']
assert r and all('fixes' in x for x in r), r" "$tmp/text.sarif"
# A file that cannot be read is in the machine formats too, not only on stderr (a new user's finding: a CI job
# uploading the SARIF saw nothing of it). Exit 2 either way.
for fmt in json sarif github; do
  "$mseg" validate --format $fmt "$hanoi" "$tmp/no-such-plan.txt" > "$tmp/unread.$fmt" 2> /dev/null; st=$?
  check "unreadable, --format $fmt: exit 2 (got $st)" test $st -eq 2
done
check "json: the file and why, valid against the schema" py -c "
import json, sys
u = json.load(open(sys.argv[1]))['unreadable']
assert u == [{'file': sys.argv[2], 'message': 'No such file or directory'}], u" "$tmp/unread.json" "$tmp/no-such-plan.txt"
check "json: ... the schema takes it" py tests/check_schema.py schema/validate.schema.json "$tmp/unread.json"
check "sarif: an invocation that did not succeed names it" py -c "
import json, sys
inv = json.load(open(sys.argv[1]))['runs'][0]['invocations']
n = inv[0]['toolExecutionNotifications']
assert inv[0]['executionSuccessful'] is False and len(n) == 1 and n[0]['level'] == 'error', inv
assert n[0]['locations'][0]['physicalLocation']['artifactLocation']['uri'].endswith('no-such-plan.txt'), n" "$tmp/unread.sarif"
check "github: an ::error on it" grep -q "^::error file=$tmp/no-such-plan.txt,title=unreadable::No such file or directory$" "$tmp/unread.github"
"$mseg" validate --format json "$hanoi" > "$tmp/read.json"
check "json: no unreadable key when all were read" py -c "
import json, sys; assert 'unreadable' not in json.load(open(sys.argv[1]))" "$tmp/read.json"
finish
