#!/usr/bin/env bash
# `mseg diff` as a user meets it: exit codes, the three formats, mixed inputs, bad input.
set -uo pipefail
mseg=$1
source tests/lib.sh

# Exit codes: 0 same, 1 different, 2 trouble.
"$mseg" diff "$hanoi" "$hanoi" > "$tmp/same.txt"; check "a plan against itself exits 0" test $? -eq 0
check "a plan against itself: summary says all unchanged" grep -q ": actions: 16 unchanged; directives: 11 unchanged; priorities: 7 unchanged$" "$tmp/same.txt"
check "a plan against itself: no change blocks" test "$(wc -l < "$tmp/same.txt")" -eq 1
"$mseg" diff "$hanoi" "$y2007" > "$tmp/d.txt"; check "different plans exit 1" test $? -eq 1
"$mseg" diff "$hanoi" "$tmp/missing.txt" > "$tmp/out" 2> "$tmp/err"; st=$?
check "missing file exits 2" test $st -eq 2
check "missing file: one line naming it" test "$(cat "$tmp/err")" = "mseg: error: $tmp/missing.txt: No such file or directory"
check "missing file: nothing on stdout" test ! -s "$tmp/out"
"$mseg" diff "$hanoi" 2> /dev/null; check "one file is a usage error (2)" test $? -eq 2
"$mseg" diff --format xml "$hanoi" "$y2007" 2> /dev/null; check "bad --format exits 2" test $? -eq 2
"$mseg" diff --threshold 1.5 "$hanoi" "$y2007" 2> /dev/null; check "--threshold out of 0..1 exits 2" test $? -eq 2
: > "$tmp/empty.txt"; "$mseg" diff "$tmp/empty.txt" "$hanoi" 2> "$tmp/err"; check "empty file exits 2" test $? -eq 2
check "empty file message" grep -qx "mseg: error: $tmp/empty.txt: empty file" "$tmp/err"

# JSON plans with problems: exit 2, the pointer and the message.
"$mseg" parse "$hanoi" > "$tmp/h.json"
py -c "
import json; d=json.load(open('$tmp/h.json')); d['sections'][0]['actions'][0]['tags'][0]['deadline']['end']='not-a-date'
json.dump(d, open('$tmp/bad.json','w'))"
"$mseg" diff "$tmp/bad.json" "$y2007" > "$tmp/out" 2> "$tmp/err"; check "a bad plan JSON exits 2" test $? -eq 2
check "a bad plan JSON: file, pointer, message" grep -q "^mseg: error: $tmp/bad.json: /sections/0/actions/0/tags/0/deadline/end: " "$tmp/err"
check "a bad plan JSON: one line" test "$(wc -l < "$tmp/err")" -eq 1
printf '{"schema_version": ' > "$tmp/broken.json"
"$mseg" diff "$tmp/broken.json" "$y2007" 2> "$tmp/err"; check "malformed JSON exits 2" test $? -eq 2
check "malformed JSON: line and column" grep -q "^mseg: error: $tmp/broken.json: line 1, column [0-9]*: malformed JSON" "$tmp/err"

# Mixed inputs: a JSON plan against its text gives no change; stdin works.
"$mseg" diff "$tmp/h.json" "$hanoi" > /dev/null; check "JSON plan against its text exits 0" test $? -eq 0
"$mseg" diff - "$y2007" < "$hanoi" > "$tmp/stdin.txt"; check "stdin as OLD exits 1" test $? -eq 1
check "stdin reads like the file" diff <(tail -n +2 "$tmp/d.txt") <(tail -n +2 "$tmp/stdin.txt")

# Text format: the done-means pairings, as a user reads them.
# Per kind, counted by hand: Ha Noi has 16 actions, 11 directives, 7 priorities; 2007 has 15, 13, 4.
check "text: summary line per kind" grep -qx "$hanoi -> $y2007: actions: 5 modified, 11 removed, 10 added; directives: 2 modified, 8 removed, 10 added, 1 unchanged; priorities: 3 modified, 4 removed, 1 added" "$tmp/d.txt"
check "text: 1D reworded, the plan's number beside the id" grep -qx "modified directive S1.D4 (1D) -> S1.D2 (similarity 0.98)" "$tmp/d.txt"
check "text: word marks" grep -q "^  text: \[-Ministers-\] {+Leaders+} reiterated their" "$tmp/d.txt"
check "text: 2E reworded" grep -qx "modified directive S2.D5 (2E) -> S2.D1 (similarity 0.99)" "$tmp/d.txt"
check "text: ISPS action, deadline extended" grep -A3 -x "modified action S1.A3 -> S1.A1 (similarity 0.46)" "$tmp/d.txt" \
  | grep -qx "  deadline: September 2006 -> March 2008 (extended)"
check "text: Central-South plan removed" grep -A1 -x "removed action S4.A2" "$tmp/d.txt" | grep -q "Complete Central-South American"
# Ha Noi line 97: "Complete Central-South American Regional Action Plan. (US/September 2006)".
check "text: a removed action shows its owners and deadline" \
  bash -c "grep -A3 -x 'removed action S4.A2' '$tmp/d.txt' | tail -n 2 | tr '\n' '|' | grep -qx '  owners: US|  deadline: September 2006|'"
check "text: a removed directive shows its citation" \
  bash -c "grep -A2 -x 'removed directive S1.D2 (1B)' '$tmp/d.txt' | grep -qx '  citations: (Ministerial Statement 2004)'"
# 2007 line 78: "... OAS as appropriate. (Chair/ongoing)".
check "text: an added action shows its owners and deadline" \
  bash -c "grep -A3 -x 'added action S3.A5' '$tmp/d.txt' | tail -n 2 | tr '\n' '|' | grep -qx '  owners: Chair|  deadline: ongoing|'"
# Ha Noi's ASEAN-Japan action is MSEG's, 2007's MEG-SEC's: the group renamed, not a new owner.
check "text: the group's rename is no owner change" \
  bash -c "grep -A3 -x 'modified action S4.A1 -> S3.A4 (similarity 0.80)' '$tmp/d.txt' | grep -qx '  owners: MEG-SEC'"
check "text: a modified action shows its unchanged owners too" \
  bash -c "grep -A2 -x 'modified action S3.A1 (similarity 0.38)' '$tmp/d.txt' | grep -qx '  owners: Chair'"
"$mseg" diff --owner Australia "$hanoi" "$y2007" > "$tmp/au.txt"; check "--owner exits 1 when that owner's actions differ" test $? -eq 1
# Australia owns Ha Noi S1.A3 (ISPS phase 2), S1.A5, S1.A6, S1.A9, S3.A3 and 2007 S1.A2, S1.A5, S3.A3, S4.A1.
check "--owner: only Australia's actions, counted" grep -qx "$hanoi -> $y2007: actions: 2 modified, 3 removed, 3 added; directives: none; priorities: none" "$tmp/au.txt"
check "--owner: no other owner's action" bash -c "! grep -q 'S4.A2' '$tmp/au.txt'"
"$mseg" diff --owner 'MSEG Chair' "$hanoi" "$y2007" > "$tmp/chair.txt"
check "--owner 'MSEG Chair' is the Chair of 2007 too" grep -qx "added action S3.A5" "$tmp/chair.txt"
printf '{"owners": [{"name": "Lead Economies", "names": ["Australia"]}]}' > "$tmp/aliases.json"
"$mseg" diff --aliases "$tmp/aliases.json" "$hanoi" "$y2007" > "$tmp/al.txt"
check "--aliases: a user's alias applies" grep -A3 -x "modified action S1.A3 -> S1.A1 (similarity 0.46)" "$tmp/al.txt" | grep -qx "  owners: removed Canada, Japan, US"
printf '{"owners": 3}' > "$tmp/bad-aliases.json"
"$mseg" diff --aliases "$tmp/bad-aliases.json" "$hanoi" "$y2007" > /dev/null 2> "$tmp/err"; check "--aliases: a bad table exits 2" test $? -eq 2
check "--aliases: a bad table is named with why" grep -qx "mseg: error: $tmp/bad-aliases.json: /owners: not an array" "$tmp/err"
check "text: guest representatives added" grep -A1 -x "added action S3.A5" "$tmp/d.txt" | grep -q "Invite guest representatives"
check "text: unchanged hidden" bash -c "! grep -q '^unchanged' '$tmp/d.txt'"
"$mseg" diff --all "$hanoi" "$y2007" > "$tmp/all.txt"
check "text --all: 1A unchanged" grep -qx "unchanged directive S1.D1 (1A) -> S1.D1 (similarity 1.00)" "$tmp/all.txt"
check "text: no colour when not a terminal" bash -c "! grep -q $'\x1b' '$tmp/d.txt'"
"$mseg" diff --color always "$hanoi" "$y2007" > "$tmp/color.txt"
check "--color always colours removed words red" grep -q $'\x1b\[31mMinisters\x1b\[0m' "$tmp/color.txt"
NO_COLOR=1 "$mseg" diff --color auto "$hanoi" "$y2007" > "$tmp/nocolor.txt"; check "NO_COLOR" cmp -s "$tmp/nocolor.txt" "$tmp/d.txt"
"$mseg" diff --color always "$hanoi" "$y2007" -o "$tmp/color-o.txt"
check "--color always -o FILE: the same colours as on stdout" cmp -s "$tmp/color-o.txt" "$tmp/color.txt"
"$mseg" diff "$hanoi" "$y2007" -o "$tmp/auto-o.txt"
check "--color auto -o FILE: none" cmp -s "$tmp/auto-o.txt" "$tmp/d.txt"
# Text from plan JSON reaches the terminal inert: an escape sequence (ESC, or the C1 CSI U+009B) is spaces.
python3 - samples/mseg-workplan-2006-hanoi.json "$tmp/escaped.json" <<'PY2'
import json, sys
plan = json.load(open(sys.argv[1], encoding='utf-8'))
a = plan['sections'][0]['actions'][0]
a['text'] = '\x1b[2J\x1b[31mRED\x9b0m ' + a['text']
json.dump(plan, open(sys.argv[2], 'w', encoding='utf-8'))
a['id'] = a['id'] + '\x1b[1m'
json.dump(plan, open(sys.argv[2] + '.id', 'w', encoding='utf-8'))
PY2
"$mseg" diff --color never samples/mseg-workplan-2006-hanoi.json "$tmp/escaped.json" > "$tmp/escaped.txt"
check "plan text's escapes reach the diff as spaces" grep -q '{+ \[2J \[31mRED 0m+}' "$tmp/escaped.txt"
check "... no ESC, no C1 CSI in the output" bash -c "! LC_ALL=C grep -q \$'\x1b\|\xc2\x9b' '$tmp/escaped.txt'"
# An id is in the schema's form or refused: one with an escape never reaches the terminal.
"$mseg" diff --color never samples/mseg-workplan-2006-hanoi.json "$tmp/escaped.json.id" > "$tmp/escaped-id.txt" 2> "$tmp/err"
check "an id with an escape is refused (exit 2)" test $? -eq 2
check "... saying so" grep -q 'is no action id' "$tmp/err"
check "... nothing written" test ! -s "$tmp/escaped-id.txt"

# JSON format: the schema, every element, summary consistent.
"$mseg" diff --format json "$hanoi" "$y2007" > "$tmp/d.json"; check "json exits 1" test $? -eq 1
check "json validates against schema/diff.schema.json" py tests/check_schema.py schema/diff.schema.json "$tmp/d.json"
"$mseg" diff --format json "$hanoi" "$hanoi" > "$tmp/same.json"
check "json of a plan against itself validates" py tests/check_schema.py schema/diff.schema.json "$tmp/same.json"
# A reviewer's finding: the fields of the later plans (collaborators, a wider table's cells) broke the schema.
"$mseg" diff --format json "$y2007" tests/forms/later-forms-plan.txt > "$tmp/later.json"
check "json with collaborators and extra fields validates" py tests/check_schema.py schema/diff.schema.json "$tmp/later.json"
check "json with collaborators and extra fields: both compared" py -c "
import json, sys
fields = {f['field'] for c in json.load(open(sys.argv[1]))['changes'] for f in c.get('fields', [])}
assert {'collaborators', 'extra'} <= fields, fields" "$tmp/later.json"
check "json: every element of both plans once" py - "$tmp/d.json" "$hanoi" "$y2007" "$mseg" <<'PY'
import json, subprocess, sys
d = json.load(open(sys.argv[1]))
def ids(path):
    p = json.loads(subprocess.run([sys.argv[4], "parse", path], capture_output=True, check=True).stdout)
    out = []
    for s in p["sections"]:
        out += [("directive", x["id"]) for x in s["directives"]]
        out += [("priority", x["id"]) for x in s["priorities"]]
        out += [("action", x["id"]) for x in s["actions"]]
    return sorted(out)
old = sorted((c["kind"], c["old_id"]) for c in d["changes"] if c["old_id"] is not None)
new = sorted((c["kind"], c["new_id"]) for c in d["changes"] if c["new_id"] is not None)
assert old == ids(sys.argv[2]), "old elements"
assert new == ids(sys.argv[3]), "new elements"
s = d["summary"]
assert sum(v for k, v in s.items() if k != "by_kind") == len(d["changes"])
for kind, counts in s["by_kind"].items():
    assert sum(counts.values()) == len([c for c in d["changes"] if c["kind"] == kind]), kind
assert s["by_kind"]["action"] == {"added": 10, "removed": 11, "modified": 5, "moved": 0, "unchanged": 0}
gone = [c for c in d["changes"] if c["old_id"] == "S4.A2" and c["kind"] == "action"][0]
assert gone["new_element"] is None and gone["old_element"]["span"]["line"] == 97, gone
tag = gone["old_element"]["tags"][0]
assert [o["name"] for o in tag["owners"]] == ["US"] and tag["deadline"]["text"] == "September 2006"
d1 = [c for c in d["changes"] if c["old_id"] == "S1.D4" and c["kind"] == "directive"][0]
assert (d1["old_number"], d1["new_number"]) == ("1D", None) and d1["new_element"]["id"] == "S1.D2"
assert d["old"]["path"] == sys.argv[2] and len(d["old"]["sha256"]) == 64
isps = [c for c in d["changes"] if c["old_id"] == "S1.A3"][0]
dl = [f for f in isps["fields"] if f["field"] == "deadline"][0]
assert (dl["old"], dl["new"], dl["direction"]) == ("September 2006", "March 2008", "extended"), dl
first = [c for c in d["changes"] if c["old_id"] == "S1.D1" and c["kind"] == "directive"][0]
assert first["change"] in ("unchanged", "moved") and first["new_id"] == "S1.D1"
PY
"$mseg" diff --format json --compact "$hanoi" "$y2007" > "$tmp/c.json"
check "--compact is one line and the same diff" py -c "
import json; t=open('$tmp/c.json').read(); assert t.count(chr(10))==1; assert json.loads(t)==json.load(open('$tmp/d.json'))"

# Markdown format, -o.
"$mseg" diff --format markdown "$hanoi" "$y2007" -o "$tmp/d.md"; check "markdown -o exits 1" test $? -eq 1
check "markdown: title" grep -q "^# Plan changes: " "$tmp/d.md"
check "markdown: summary table per kind" grep -qx "| Actions | 5 | 0 | 11 | 10 | 0 |" "$tmp/d.md"
check "markdown: summary table total" grep -qx "| All | 10 | 0 | 23 | 21 | 1 |" "$tmp/d.md"
check "markdown: removed table without an empty similarity column" grep -A2 -x "## Removed" "$tmp/d.md" \
  | grep -qx "| Kind | Id | Text | Owners | Deadline | Citations |"
check "markdown: no pointer to docs minutes readers cannot follow" bash -c "! grep -q 'docs/' '$tmp/d.md'"
check "markdown: a removed action's owners and deadline" grep -qx "| action | S4.A2 | Complete Central-South American Regional Action Plan. | US | September 2006 |  |" "$tmp/d.md"
check "markdown: word diff" grep -q "^~~Ministers~~ \*\*Leaders\*\* reiterated" "$tmp/d.md"
check "markdown: deadline" grep -qx -- "- \*\*deadline:\*\* September 2006 → March 2008 (extended)" "$tmp/d.md"

# Help.
"$mseg" diff --help > "$tmp/help"; check "diff --help exits 0" test $? -eq 0
check "diff --help has examples" grep -q "Examples:" "$tmp/help"
check "diff --help has exit status" grep -q "Exit status: 0 the plans are the same; 1 they differ; 2" "$tmp/help"

# A citation renamed to another name of one document in the user's registry is no change, as the plans' JSON
# (resolved when parsed) said and as query counts it (a review's finding: text plans were diffed against the
# built-in registry alone). The registry comes as --registry FILE or from .mseg/registry.json.
mkdir -p "$tmp/reg/.mseg"
cat > "$tmp/reg/lima.json" <<'JSON'
{"registry_version": "1", "entries": [{"key": "leaders-statement-2008", "kind": "leaders-statement", "year": 2008,
  "meeting": {"body": "APEC Economic Leaders' Meeting", "ordinal": 16, "short": "AELM16", "city": "Lima",
  "economy": "Peru", "start": "2008-11-22", "end": "2008-11-23"},
  "title": "Lima APEC Leaders' Statement on the Global Economy",
  "aliases": ["Leaders' Statement on the Global Economy"], "source": "https://example.org", "verified": false}]}
JSON
printf "Plan\n\tDirectives\n\tPriorities\n\tAction Items\n\t1A. Act (Leaders' Statement 2008)\n\t1.1 P\n\tDo (Japan/2009)\n" > "$tmp/reg/o.txt"
printf "Plan\n\tDirectives\n\tPriorities\n\tAction Items\n\t1A. Act (Leaders' Statement on the Global Economy)\n\t1.1 P\n\tDo (Japan/2009)\n" > "$tmp/reg/n.txt"
"$mseg" diff --registry "$tmp/reg/lima.json" "$tmp/reg/o.txt" "$tmp/reg/n.txt" > /dev/null; st=$?
check "--registry: one document by two names is no change (exit $st)" test $st -eq 0
cp "$tmp/reg/lima.json" "$tmp/reg/.mseg/registry.json"
abs=$(realpath "$mseg")
(cd "$tmp/reg" && "$abs" diff o.txt n.txt > /dev/null); st=$?
check ".mseg/registry.json: the same (exit $st)" test $st -eq 0
(cd "$tmp/reg" && "$abs" history o.txt n.txt > "$tmp/reg/h.txt"); st=$?
check "history reads it too: no citation changed" grep -q "^directives whose citation changed: none$" "$tmp/reg/h.txt"

# The registry reads the plans' "Leaders' Statement 2005" as the Busan Declaration (its entry's same_as): the one
# rewritten as the other is the same document, in diff and in history (a helper's finding: a citation changed).
sed 's/(Leaders’ Statement 2005)/(Busan Declaration)/g' "$hanoi" > "$tmp/busan.txt"
check "the Busan rewrite changes three directives' citations" test "$(grep -c "(Busan Declaration)" "$tmp/busan.txt")" -eq 3
"$mseg" diff "$hanoi" "$tmp/busan.txt" > "$tmp/busan.diff"; st=$?
check "Leaders' Statement 2005 -> Busan Declaration: no change (exit 0)" test $st -eq 0
check "... all 11 directives unchanged" grep -q "directives: 11 unchanged" "$tmp/busan.diff"
"$mseg" history "$hanoi" "$tmp/busan.txt" > "$tmp/busan.hist"
check "... and in history, no citation changed" grep -q "^directives whose citation changed: none$" "$tmp/busan.hist"
sed 's/(Leaders’ Statement 2005)/(Ha Noi Declaration)/' "$hanoi" > "$tmp/hanoi-decl.txt"
"$mseg" diff "$hanoi" "$tmp/hanoi-decl.txt" > "$tmp/decl.diff"; st=$?
check "the next year's declaration is another document (exit 1)" test $st -eq 1
check "... its citation said changed" grep -q "citations: removed (Leaders’ Statement 2005); added (Ha Noi Declaration)" "$tmp/decl.diff"

# A mistyped --owner read as "the plans are the same" (exit 0): said now, with the owner meant.
"$mseg" diff --owner Austrlia "$hanoi" "$y2007" > /dev/null 2> "$tmp/typo.err"
check "typo owner: a warning with the owner meant" grep -qxF "mseg: warning: --owner 'Austrlia' names no owner in the plans (did you mean 'Australia'?)" "$tmp/typo.err"
"$mseg" diff --owner Australia "$hanoi" "$y2007" > /dev/null 2> "$tmp/typo.err"
check "an owner of the plans: no warning" test ! -s "$tmp/typo.err"

# diff matches a whole owner: a part of one names nothing to it, and is said with the owner it is part of.
"$mseg" diff --owner Coordinator "$hanoi" "$y2007" > /dev/null 2> "$tmp/typo.err"
check "part of an owner: a warning naming the whole" grep -qxF "mseg: warning: --owner 'Coordinator' names no owner in the plans (did you mean 'ICIAP Coordinator'?)" "$tmp/typo.err"


# An action whose deadline its sentence gives ("by March 2011"), changed elsewhere (its Lead): the deadline is shown
# as it stands, not "(none)" (a helper's finding).
sed 's/^\tCanada$/\tMexico/' tests/forms/later-forms-plan.txt > "$tmp/lead.txt"
"$mseg" diff tests/forms/later-forms-plan.txt "$tmp/lead.txt" > "$tmp/lead.diff"
check "a text deadline unchanged is shown, as the sentence gives it" \
  test "$(grep -A3 -x "modified action S1.A1 (similarity 1.00)" "$tmp/lead.diff" | sed -n 4p)" = "  deadline: by March 2011"
# An action of two tags of one owner names it once (a helper's finding: "owners: Singapore, Singapore").
"$mseg" diff samples/meg-sec-workplan-2007.txt tests/history/meg-sec-workplan-2008.txt > "$tmp/0708.diff"
check "an owner of two tags is listed once" \
  test "$(grep -x -A4 "removed action S1.A3" "$tmp/0708.diff" | grep -x "  owners: Singapore" | wc -l)" = 1
echo "$fails failed"
test $fails -eq 0
