#!/usr/bin/env bash
# `mseg report` through the CLI: the issue's "done when" read off the page's
# HTML (tests/report/page_facts.py) and compared with what `mseg query` and
# `mseg diff` answer; output files, stdin, errors and exit codes.
# tests/report/chromium_test.sh checks the same pages as a browser shows them.
set -uo pipefail
mseg=$1
source tests/lib.sh
facts() { py tests/report/page_facts.py "$1"; }
# ask FACTS-FILE PYTHON-EXPRESSION: evaluates the expression with f = the facts.
ask() { py -c "import json,sys; f=json.load(open(sys.argv[1])); print($2)" "$1"; }
ids() { py -c "import json,sys; print(' '.join(m['id'] for m in json.load(open(sys.argv[1]))))" "$1"; }

"$mseg" report "$y2007" --as-of 2008-04-01 -o "$tmp/r.html"; check "report exits 0" test $? -eq 0
facts "$tmp/r.html" > "$tmp/f.json"
"$mseg" query "$y2007" --format json > "$tmp/all.json"
"$mseg" query --overdue --as-of 2008-04-01 "$y2007" --format json > "$tmp/overdue.json"
check "2007: the table has all 15 actions" test "$(ask "$tmp/f.json" "' '.join(r['id'] for r in f['rows'])")" = "$(ids "$tmp/all.json")"
check "2007: the timeline shows every action" \
  test "$(ask "$tmp/f.json" "' '.join(sorted(set(m['id'] for m in f['marks'])))")" = "$(ids "$tmp/all.json" | tr ' ' '\n' | sort | tr '\n' ' ' | sed 's/ $//')"
check "2007: the timeline's 11 overdue actions are query --overdue's" \
  test "$(ask "$tmp/f.json" "' '.join(sorted(set(m['id'] for m in f['marks'] if m['state']=='overdue')))")" = "$(ids "$tmp/overdue.json")"
check "2007: the table's overdue rows are the same 11" \
  test "$(ask "$tmp/f.json" "' '.join(r['id'] for r in f['rows'] if r['state']=='overdue')")" = "$(ids "$tmp/overdue.json")"
check "2007: one lane per owner, economies first" \
  test "$(ask "$tmp/f.json" "'|'.join(f['lanes'])")" = "Australia|Singapore|United States|Chair|ICIAP Coordinator|Lead Economies|MEG-SEC"
check "2007: counts" test "$(ask "$tmp/f.json" "'|'.join(f['counts'])")" = \
  "13 directives|15 actions|7 owners|11 overdue|0 due in the next 90 days|4 ongoing|0 without a deadline"
# --as-of reads today, today+90d as query does (the error listed them, and refused them): the page of the
# day 30 days from today, as YYYY-MM-DD.
day=$(py -c "import datetime; print(datetime.date.today() + datetime.timedelta(days=30))")
"$mseg" report "$y2007" --as-of today+30d -o "$tmp/r30.html"; st=$?
check "--as-of today+30d: exit 0 (got $st)" test $st -eq 0
"$mseg" report "$y2007" --as-of "$day" -o "$tmp/rday.html"
check "--as-of today+30d: the page of $day" cmp "$tmp/rday.html" "$tmp/r30.html"
# Ha Noi names the Secretariat twice ("MSEG Secretariat", "Secretariat"): one lane, as query counts one owner.
"$mseg" report "$hanoi" --as-of 2006-10-01 -o "$tmp/h.html"
facts "$tmp/h.html" > "$tmp/hf.json"
check "Ha Noi: one lane per owner, named as first written" test "$(ask "$tmp/hf.json" "'|'.join(f['lanes'])")" = \
  "Australia|Canada|Japan|Singapore|United States|MSEG|MSEG Chair|MSEG members|MSEG Secretariat"
check "Ha Noi: the owner count is query's" test "$(ask "$tmp/hf.json" "f['counts'][2]")" = \
  "$(( $("$mseg" query --group-by owner "$hanoi" | wc -l) - 1 )) owners"
# The user's aliases too: one owner by two names in .mseg/aliases.json is one lane, as query counts it (a review's
# finding: the report read mseg's own table only).
mkdir -p "$tmp/al"
printf '{"owners": [{"name": "ICIAP Coordinator", "names": ["ISPS Code Implementation Assistance Program Coordinator"]}]}\n' > "$tmp/al/aliases.json"
printf 'Plan\n\tDirectives\n\tPriorities\n\tAction Items\n\t1A. Do (Ministerial Statement 2007)\n\t1.1 P\n\tOne (ICIAP Coordinator/June 2009)\nTwo (ISPS Code Implementation Assistance Program Coordinator/July 2009)\n' > "$tmp/al/p.txt"
"$mseg" report --aliases "$tmp/al/aliases.json" "$tmp/al/p.txt" --as-of 2009-01-01 -o "$tmp/al/r.html"; st=$?
facts "$tmp/al/r.html" > "$tmp/al/f.json"
check "--aliases: exit 0 (got $st), one lane for the two names" test "$(ask "$tmp/al/f.json" "'|'.join(f['lanes'])")" = "ICIAP Coordinator"
check "--aliases: the owner count is query's" test "$(ask "$tmp/al/f.json" "f['counts'][2].split()[0]")" = \
  "$(( $("$mseg" query --aliases "$tmp/al/aliases.json" --group-by owner "$tmp/al/p.txt" | wc -l) - 1 ))"
check "2007: headings in order" test "$(ask "$tmp/f.json" "' '.join(f['headings'])")" = "h1 h2 h2"
check "2007: one script, the page's own" test "$(ask "$tmp/f.json" "f['scripts']")" = 1

# --since: the changes the diff reports, and the timeline marking new ones.
"$mseg" report "$y2007" --since "$hanoi" --as-of 2008-04-01 -o "$tmp/s.html"; check "--since exits 0" test $? -eq 0
facts "$tmp/s.html" > "$tmp/fs.json"
"$mseg" diff --format json "$hanoi" "$y2007" > "$tmp/d.json"
changed=$(py -c "import json,sys; print(sum(1 for c in json.load(open(sys.argv[1]))['changes'] if c['change']!='unchanged'))" "$tmp/d.json")
check "--since: one row per change the diff reports ($changed)" test "$(ask "$tmp/fs.json" "f['changes_rows']")" = "$changed"
"$mseg" diff "$hanoi" "$y2007" | head -1 > "$tmp/summary"
check "--since: the diff's summary line" grep -qF "$(sed 's/^[^:]*: //' "$tmp/summary")" "$tmp/s.html"
added=$(py -c "import json,sys; print(' '.join(sorted(c['new_id'] for c in json.load(open(sys.argv[1]))['changes'] if c['change']=='added' and c['kind']=='action')))" "$tmp/d.json")
check "--since: the timeline marks the added actions new" \
  test "$(ask "$tmp/fs.json" "' '.join(sorted(set(m['id'] for m in f['marks'] if m['change']=='new')))")" = "$added"
"$mseg" report "$y2007" --since "$hanoi" --since "$y2007" --as-of 2008-04-01 > "$tmp/two.html"
check "--since twice: two change sections" test "$(grep -o '<section class="changes"' "$tmp/two.html" | wc -l)" = 2
# --since compares as diff does: the registry's two entries of the Busan Declaration are one document (a review's
# finding: three directives modified on the page, none in diff).
sed 's/(Leaders’ Statement 2005)/(Busan Declaration)/g' "$hanoi" > "$tmp/busan.txt"
"$mseg" report "$tmp/busan.txt" --since "$hanoi" --as-of 2008-04-01 -o "$tmp/busan.html"
check "--since: the Busan rewrite is no change, as in diff" grep -qF "directives: 11 unchanged" "$tmp/busan.html"

# The other sample, stdin, JSON input, output files.
"$mseg" report "$hanoi" --as-of 2008-04-01 > "$tmp/h.html"; check "hanoi to stdout exits 0" test $? -eq 0
facts "$tmp/h.html" > "$tmp/fh.json"
"$mseg" query "$hanoi" --format json > "$tmp/hall.json"
check "hanoi: the table has all 16 actions" test "$(ask "$tmp/fh.json" "' '.join(r['id'] for r in f['rows'])")" = "$(ids "$tmp/hall.json")"
check "hanoi: a diagnostic linked to its action" grep -q 'tag-separator</code> line 34: .*(<a href="#S' "$tmp/h.html"
# Columns side by side on a line: a note on a priority links to the priority, not to the action beside it (a
# helper's finding: S1.A1), as the same plan's PDF links it; in a Markdown row of actions, to the action it is in.
"$mseg" report tests/forms/mseg-workplan-2006-hanoi.layout.txt --as-of 2008-04-01 > "$tmp/hl.html"
check "side by side: the note on priority 1.1 links to it" \
  grep -q "layout-inferred</code> line 11: .*&#39;1.1 ISPS Code Implementation&#39;.*(<a href=\"#S1.P1\">" "$tmp/hl.html"
check "side by side: the hyphen note in priority 3.1 links to it" \
  grep -q "layout-hyphen</code> line 112: .*(<a href=\"#S3.P1\">" "$tmp/hl.html"
# A section's span ends at its last row's first line while that row's cells run on: the element is sought in every
# section (an adversarial helper's finding: no link, or the section's); a CSV cell's wrapped line at column 1
# links to the cell it is in, not the action beside it.
"$mseg" report tests/forms/later-forms-plan.layout.txt --as-of 2008-04-01 > "$tmp/lf.html"
check "side by side: a text deadline in a row's last lines links to its action" \
  grep -q "deadline-from-text</code> line [0-9]*: .*&#39;during 2011&#39;.*(<a href=\"#S2.A4\">" "$tmp/lf.html"
check "... and one in the next section's first row" \
  grep -q "deadline-from-text</code> line [0-9]*: .*&#39;no later than 30 June 2011&#39;.*(<a href=\"#S3.A2\">" "$tmp/lf.html"
printf '%s\n' 'Maritime Security Experts Group Work Plan' '' 'Goals and Objectives,MSEG Priorities,Action Items' \
  '"1A. APEC economies will adopt a strategic approach to capacity building' \
  '(Foo Bar Statement 2009)",1.1 ISPS Code,"Develop a list (Japan/2008)"' > "$tmp/wrapped.csv"
"$mseg" report "$tmp/wrapped.csv" --as-of 2008-04-01 > "$tmp/csv.html"
check "CSV: a wrapped directive's citation links to the directive" \
  grep -q "unresolved-citation</code> line 5: .*(<a href=\"#S1.D1\">" "$tmp/csv.html"
"$mseg" report tests/forms/later-forms-plan.md --as-of 2008-04-01 > "$tmp/md.html"
check "Markdown: a deadline read from an action's text links to that action of the row" \
  grep -q "deadline-from-text</code> line 27: .*(<a href=\"#S2.A2\">" "$tmp/md.html"
# A page's footer is on no element's lines: its note links to none (it named the element where the next page's
# laid text starts, one it was not about).
"$mseg" report tests/forms/later-forms-plan.borderless.pdf --as-of 2008-04-01 > "$tmp/pdf.html"
check "PDF: a footer's page-furniture notes link to no element" \
  test "$(grep -o 'page-furniture</code>[^<]*</li>' "$tmp/pdf.html" | wc -l)" = 3
check "... while they are listed" test "$(grep -o 'page-furniture</code>' "$tmp/pdf.html" | wc -l)" = 3
"$mseg" report - --as-of 2008-04-01 < "$hanoi" > "$tmp/stdin.html"
check "'-' reads stdin: the same table" test "$(facts "$tmp/stdin.html" | py -c "import json,sys; print(len(json.load(sys.stdin)['rows']))")" = 16
"$mseg" report samples/meg-sec-workplan-2007.json --as-of 2008-04-01 > "$tmp/j.html"
check "plan JSON in: the same rows as the text" test "$(facts "$tmp/j.html" | py -c "import json,sys; print(len(json.load(sys.stdin)['rows']))")" = 15
check "as of a later day: no action due soon, all dated ones overdue" \
  test "$("$mseg" report "$y2007" --as-of 2009-01-01 | grep -o '<strong>11</strong> overdue' | wc -l)" = 1

# No FILE: a pipe is read, as by parse, validate and query (a new user's finding: "missing plan").
check "no FILE: the plan piped in" test "$("$mseg" report --as-of 2009-01-01 < "$y2007" | grep -o '<strong>11</strong> overdue' | wc -l)" = 1

# A later plan given as --since (a secretariat user's finding: silent): a warning naming both years, the page still
# written; none the right way round.
"$mseg" report "$hanoi" --since "$y2007" --as-of 2008-04-01 -o "$tmp/back.html" 2> "$tmp/err"; st=$?
check "--since a later plan: exit 0, page written" test "$st:$(test -s "$tmp/back.html" && echo y)" = "0:y"
check "--since a later plan: warned, both years" grep -q "warning: --since .*: not older than .*: .* (2007) is given before .* (2006)" "$tmp/err"
# One year, two meetings a cover sheet dates (a review's finding: compared by year alone, no warning).
sed 's/^23-24 September 2010$/8-9 March 2010/; s/^Third Senior Officials’ Meeting$/First Senior Officials’ Meeting/' \
  tests/forms/later-forms-plan.txt > "$tmp/som1.txt"
"$mseg" report "$tmp/som1.txt" --since tests/forms/later-forms-plan.txt --as-of 2010-10-01 -o "$tmp/som.html" 2> "$tmp/err"
check "--since a later meeting of the same year: warned" grep -q "warning: --since tests/forms/later-forms-plan.txt: not older than" "$tmp/err"
"$mseg" report "$y2007" --since "$hanoi" --as-of 2008-04-01 2> "$tmp/err" > /dev/null
check "--since an older plan: no warning" test ! -s "$tmp/err"
# Errors: one line naming the file or option, exit 2, no output file.
"$mseg" report "$tmp/missing.txt" -o "$tmp/none.html" 2> "$tmp/err"; st=$?
check "missing plan exits 2" test $st -eq 2
check "missing plan: error names the file" grep -q "mseg: error: $tmp/missing.txt" "$tmp/err"
check "missing plan: no output file" test ! -e "$tmp/none.html"
"$mseg" report "$y2007" --since "$tmp/missing.txt" -o "$tmp/none.html" 2> "$tmp/err"; st=$?
check "missing --since plan exits 2, no output" test "$st:$(ls "$tmp/none.html" 2>/dev/null)" = "2:"
"$mseg" report "$y2007" --as-of soon 2> "$tmp/err" > /dev/null; st=$?
check "bad --as-of exits 2 naming the option" test "$st:$(grep -c -- '--as-of' "$tmp/err")" = "2:1"
"$mseg" report --help > "$tmp/help"
check "--help has examples" grep -q "mseg report samples/meg-sec-workplan-2007.txt --as-of 2008-04-01 -o report.html" "$tmp/help"
check "mseg --help lists report" grep -q "^  report" <("$mseg" --help)

echo "$fails failure(s)"
test $fails -eq 0
