#!/usr/bin/env bash
# validate --fix and --fix --dry-run (issue 19, item 4), and a lost tab reported
# where it was lost (item 3): damaged copies made here, the samples untouched.
set -uo pipefail
source "$(dirname "$0")/lib.sh" "$1"

# Damage that has a fix, and damage that has none.
variant damaged 's|(Australia/March 2008)|(Australia/Marhc 2008)|; s|(Singapore/September 2008)|(Singapore, 31 February 2008)|'
validate "$plan"
check "misspelt month: did you mean" grep -qxF \
  "$plan:12:50: warning: unknown deadline form 'Marhc 2008': did you mean \"March\"? [misspelled-month]" <<< "$out"
check "invalid date: an error" grep -qxF \
  "$plan:13:40: error: '31 February 2008' is not a date: February 2008 has 29 days [invalid-date]" <<< "$out"
check "',' for '/': looks like a tag" grep -qxF \
  "$plan:13:38: warning: '(Singapore, 31 February 2008)' looks like a tag with ',' where '/' belongs [tag-separator]" <<< "$out"
check "invalid date fails validation" test $st -eq 1

# JSON and SARIF carry the fixes.
validate --format json "$plan"
echo "$out" > "$tmp/report.json"
check "json: valid against schema/validate.schema.json" py tests/check_schema.py schema/validate.schema.json "$tmp/report.json"
check "json: fix for the month and the separator, none for the date" py -c "
import json, sys
d = json.load(open(sys.argv[1]))['diagnostics']
fixes = {e['code']: e.get('fix') for e in d}
assert fixes['misspelled-month'] == {'description': \"replace 'Marhc' with 'March'\", 'text': 'March', 'safe': True,
    'span': {'line': 12, 'column': 50, 'end_line': 12, 'end_column': 55, 'offset': 475, 'length': 5}}, fixes
assert fixes['tag-separator']['text'] == '/' and fixes['tag-separator']['span']['length'] == 2, fixes
assert fixes['invalid-date'] is None, fixes" "$tmp/report.json"
"$mseg" validate --format sarif "$plan" > "$tmp/report.sarif"
check "sarif: valid against the SARIF 2.1.0 schema" py tests/check_schema.py tests/schemas/sarif-schema-2.1.0.json "$tmp/report.sarif"
check "sarif: fixes as artifactChanges with replacements" py -c "
import json, sys
results = json.load(open(sys.argv[1]))['runs'][0]['results']
fix = [r for r in results if r['ruleId'] == 'misspelled-month'][0]['fixes'][0]
change = fix['artifactChanges'][0]
assert change['artifactLocation']['uri'] == 'file://' + sys.argv[2], change
r = change['replacements'][0]
assert r['deletedRegion'] == {'startLine': 12, 'startColumn': 50, 'endLine': 12, 'endColumn': 55}, r
assert r['insertedContent'] == {'text': 'March'}, r
assert fix['description']['text'] == \"replace 'Marhc' with 'March'\"
assert 'fixes' not in [r for r in results if r['ruleId'] == 'invalid-date'][0]" "$tmp/report.sarif" "$plan"

# --fix --dry-run: a diff that git apply accepts, the file untouched.
cp "$plan" "$tmp/before.txt"
validate --fix --dry-run "$plan"
check "dry run: exit 0" test $st -eq 0
check "dry run: file unchanged" cmp -s "$plan" "$tmp/before.txt"
check "dry run: no backup made" test ! -e "$plan.orig"
check "dry run: a unified diff of the two lines" test "$(grep -c '^[-+][^-+]' <<< "$out")" -eq 4
check "dry run: the month fixed" grep -qxF "+	Report on the port security program. (Australia/March 2008)" <<< "$out"

# --fix: in place, the original kept, what is left reported.
chmod 640 "$plan"
validate --fix "$plan"
check "fix: exit 1, the invalid date is left" test $st -eq 1
check "fix: only the invalid date reported" test "$(grep -c '\[' <<< "$out")" -eq 1
check "fix: reported on stderr" grep -qxF "mseg: $plan: applied 2 fixes; the original is kept in $plan.orig" "$tmp/stderr"
check "fix: the original bytes kept" cmp -s "$plan.orig" "$tmp/before.txt"
check "fix: the file's mode kept" test "$(stat -c %a "$plan")" = 640
check "fix: the month and separator fixed" grep -qF "(Singapore/31 February 2008)" "$plan"
"$mseg" validate --fix --dry-run "$tmp/before.txt" > "$tmp/fix.diff"
cp "$tmp/before.txt" "$tmp/patched.txt"
(cd "$tmp" && sed 's|^--- a/.*|--- a/patched.txt|; s|^+++ b/.*|+++ b/patched.txt|' fix.diff | git apply -)
check "dry run's diff, applied, gives what --fix wrote" cmp -s "$tmp/patched.txt" "$plan"

# Never an existing backup overwritten; never stdin or plan JSON rewritten.
sed -i 's|(Chair/ongoing)|(Chair. ongoing)|' "$plan"
cp "$plan" "$tmp/second.txt"
validate --fix "$plan"
check "existing backup: exit 2" test $st -eq 2
check "existing backup: says so" grep -qF "mseg: error: $plan.orig: exists already" "$tmp/stderr"
check "existing backup: untouched" cmp -s "$plan.orig" "$tmp/before.txt"
check "existing backup: file untouched" cmp -s "$plan" "$tmp/second.txt"
# Refused, but reported (a new user's finding: "0 warnings, 0 errors in 0 files" hid what to fix by hand).
check "existing backup: the findings still reported" grep -qE "warning: '.' separates owner from deadline.*\[tag-separator\]" <<< "$out"
iconv -f UTF-8 -t UTF-16 "$tmp/second.txt" > "$tmp/utf16.txt"
validate --fix "$tmp/utf16.txt"
check "UTF-16: refused, exit 2" test $st -eq 2
check "UTF-16: says why" grep -qF "$tmp/utf16.txt: --fix rewrites UTF-8 and Windows-1252 plans only; this one is utf-16le (nothing fixed; its findings follow)" "$tmp/stderr"
validate --fix --format json "$tmp/utf16.txt"
check "UTF-16: the refusal in the JSON report too (a CI job reads it there), with the findings" py -c "
import json, sys
r = json.load(sys.stdin)
assert r['unreadable'][0]['message'].startswith('not fixed: --fix rewrites UTF-8'), r['unreadable']
assert any(d['code'] == 'tag-separator' for d in r['diagnostics']), r['diagnostics']" <<< "$out"
validate --fix "$tmp/utf16.txt"
check "UTF-16: the findings reported" grep -qE "^$tmp/utf16.txt:[0-9]+:[0-9]+: warning: '.' separates owner from deadline.*\[tag-separator\]$" <<< "$out"
# --fix may rewrite its plan, but its report never lands on an input.
validate --fix -o "$plan" "$plan"
check "--fix -o onto the plan: refused, exit 2" test $st -eq 2
check "--fix -o onto the plan: file untouched" cmp -s "$plan" "$tmp/second.txt"
# Nor on the original --fix keeps, which does not exist until the fix (a hardening audit's finding: the report
# replaced the only copy of the original, exit 0): refused before anything is fixed, however spelt.
cp "$tmp/second.txt" "$tmp/keep.txt"
ln -s keep.txt "$tmp/link.txt"
for dest in "$tmp/keep.txt.orig" "$tmp/./keep.txt.orig" "$tmp/link.txt.orig"; do
  in=$tmp/keep.txt
  [ "$dest" = "$tmp/link.txt.orig" ] && in=$tmp/link.txt
  validate --fix -o "$dest" "$in"
  check "--fix -o $dest: refused, exit 2" test $st -eq 2
  check "--fix -o $dest: says it is where the original is kept" grep -qF "is where --fix keeps $in's original" "$tmp/stderr"
  check "--fix -o $dest: nothing fixed, no backup made" test "$(cmp -s "$tmp/keep.txt" "$tmp/second.txt" && echo same):$(ls "$tmp" | grep -c '^\(keep\|link\)\.txt\.orig')" = "same:0"
done
validate --fix - < "$clean"
check "stdin: refused, exit 2" test $st -eq 2
"$mseg" parse "$clean" > "$tmp/clean.json"
validate --fix "$tmp/clean.json"
check "plan JSON: refused, exit 2" grep -qF "rewrites text plans, not plan JSON" "$tmp/stderr"
validate --dry-run "$clean"
check "--dry-run without --fix: usage error" test $st -eq 2
validate --fix "$clean"
check "nothing to fix: no backup" test ! -e "$clean.orig"
validate --fix --dry-run --format sarif "$clean"
check "--dry-run with --format sarif: usage error" test $st -eq 2
check "--dry-run with --format sarif: says why" grep -qxF "mseg: error: --fix --dry-run prints a unified diff: --format sarif is not for it" "$tmp/stderr"

# A plan named through a symbolic link: fixed where the link points, the link kept, the backup the original's
# bytes (a reviewer's finding: the backup was a link to the link, so it showed the fixed plan).
mkdir -p "$tmp/linked"
cp "$tmp/before.txt" "$tmp/linked/real.txt"
ln -s real.txt "$tmp/linked/plan.txt"
validate --fix "$tmp/linked/plan.txt"
check "symlink: fixed through the link" grep -qF "(Australia/March 2008)" "$tmp/linked/real.txt"
check "symlink: still a link" test -L "$tmp/linked/plan.txt"
check "symlink: the backup holds the original bytes" cmp -s "$tmp/linked/plan.txt.orig" "$tmp/before.txt"
check "symlink: the backup is a file, not a link" test ! -L "$tmp/linked/plan.txt.orig"

# A tab lost in the middle of the 2007 plan: one error where it was lost, a
# note on what was assumed, and none of the cascade (the sample's own
# diagnostics, none, are all that is left). Line 7 is the first row's: it ran into the header's last cell
# (a new user's finding: "no header", and every element a section off).
for line in 7 57 59 65; do
  awk -v L=$line 'NR == L { sub(/^\t/, "") } 1' "$y2007" > "$tmp/lost.txt"
  validate "$tmp/lost.txt"
  check "lost tab at $line: exit 1" test $st -eq 1
  check "lost tab at $line: the error at its line" grep -qE "^$tmp/lost.txt:$line:1: error: a table cell seems to start here without its tab: .* \[cell-count\]$" <<< "$out"
  check "lost tab at $line: the note" grep -qE "^$tmp/lost.txt:$line:1: note: read as the start of the row's .* cell, as if the tab were there; .* \[cell-boundary-assumed\]$" <<< "$out"
  check "lost tab at $line: nothing else" test "$(tail -1 <<< "$out")" = "0 warnings, 1 error, 1 note in 1 file"
  validate --fix --dry-run "$tmp/lost.txt"
  check "lost tab at $line: the tab is a guess, not a safe fix" test -z "$out"
done
awk 'NR == 7 { sub(/^\t/, "") } 1' "$y2007" > "$tmp/lost7.txt"
# same_elements PLAN GOLDEN: PLAN parses to GOLDEN's columns and sections (spans aside).
same_elements() {
  py -c "
import json, subprocess, sys
def bare(o):
    if isinstance(o, dict): return {k: bare(v) for k, v in o.items() if k != 'span'}
    if isinstance(o, list): return [bare(v) for v in o]
    return o
got = json.loads(subprocess.run([sys.argv[1], 'parse', sys.argv[2]], capture_output=True).stdout)
want = json.load(open(sys.argv[3]))
assert got['columns'] == want['columns'], got['columns']
assert bare(got['sections']) == bare(want['sections'])" "$mseg" "$1" "$2"
}
check "lost tab at 7: the header kept and the elements the sample's" same_elements "$tmp/lost7.txt" "${y2007%.txt}.json"
# A wider table's (Lead, Timeline): the first row ran into the header's last name, Timeline (a review's finding:
# four columns read of five).
later=tests/forms/later-forms-plan.txt
line=$(grep -n "^	Part A" "$later" | head -1 | cut -d: -f1)
awk -v L=$line 'NR == L { sub(/^\t/, "") } 1' "$later" > "$tmp/lost-wide.txt"
validate "$tmp/lost-wide.txt"
check "lost tab in a wider table's first row: the error at its line" grep -qE "^$tmp/lost-wide.txt:$line:1: error: a table cell seems to start here without its tab: the header's last cell, 'Timeline', runs on into line $line.*\[cell-count\]$" <<< "$out"
check "... the note" grep -qE "^$tmp/lost-wide.txt:$line:1: note: read as the start of the first row, as if the tab were there.*\[cell-boundary-assumed\]$" <<< "$out"
check "lost tab in a wider table's first row: the elements the plan's" same_elements "$tmp/lost-wide.txt" "${later%.txt}.json"
validate --format json "$tmp/lost.txt"
check "lost tab: the unsafe fix inserts a tab" py -c "
import json, sys
fix = json.load(sys.stdin)['diagnostics'][0]['fix']
assert fix['text'] == '\t' and fix['safe'] is False and fix['span']['length'] == 0, fix
assert fix['description'] == 'insert a tab at the start of line 65', fix" <<< "$out"

# An economy's name misspelt, and a footnote mark on another (a review's findings: no economy, nothing said): two
# warnings; the misspelling's repair is in the JSON report, not safe, so --fix leaves the name as written.
variant owners 's|(Australia/March 2008)|(Austrlia/March 2008)|; s|(Singapore/September 2008)|(Singapore\xc2\xb9/September 2008)|'
validate "$plan"
check "misspelt economy: did you mean" grep -qxF \
  "$plan:12:40: warning: owner 'Austrlia' is no APEC economy: did you mean \"Australia\"? It was read as written [misspelled-economy]" <<< "$out"
check "footnote mark on an owner: read as the economy" grep -qxF \
  "$plan:13:29: warning: owner 'Singapore¹' ends in a footnote mark '¹': read as Singapore, the name kept as written [owner-mark]" <<< "$out"
validate --format json "$plan"
check "misspelt economy: an unsafe repair" py -c "
import json, sys
fix = [d for d in json.load(sys.stdin)['diagnostics'] if d['code'] == 'misspelled-economy'][0]['fix']
assert fix['text'] == 'Australia' and fix['safe'] is False and fix['span']['length'] == 8, fix" <<< "$out"
validate --fix --dry-run "$plan"
check "misspelt economy: --fix leaves it" test -z "$out"
finish
