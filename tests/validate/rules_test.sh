#!/usr/bin/env bash
# Every code fires on a small edit of a clean plan (tests/validate/plans/clean.txt),
# at the line edited, and not on the clean plan or the samples.
set -uo pipefail
source "$(dirname "$0")/lib.sh" "$1"

validate "$clean"
check "the clean plan is clean" test "$out" = "0 warnings, 0 errors in 1 file"
for sample in "$hanoi" "$y2007"; do
  validate --format json "$sample"
  check "$sample: no lint rule fires" py -c "
import json, sys
d = json.loads(sys.argv[1])
lint = {'tag-without-owner', 'directive-without-citation', 'numbering', 'duplicate-action', 'deadline-before-plan', 'empty-section'}
sys.exit(1 if [x for x in d['diagnostics'] if x['code'] in lint] else 0)" "$out"
done

# fires NAME CODE SEVERITY LINE: the variant in $plan reports CODE at LINE, and nothing else.
fires() {
  validate --format json "$plan"
  check "$1: $2 ($3) at line $4" py -c "
import json, sys
d = json.loads(sys.argv[1])['diagnostics']
sys.exit(0 if [(x['code'], x['severity'], x['span']['line']) for x in d] == [(sys.argv[2], sys.argv[3], int(sys.argv[4]))] else 1)" \
    "$out" "$2" "$3" "$4"
}

variant sep 's|(Australia/March 2008)|(Australia. March 2008)|'; fires separator tag-separator warning 12
variant deadline 's|(Australia/March 2008)|(Australia/sometime soon)|'; fires deadline unknown-deadline warning 12
variant notag 's| (Australia/March 2008)||'; fires "no tag" action-without-tag warning 12
variant paren 's|Report on the port|Report on the (port|'; fires paren unbalanced-parentheses warning 12
variant citation 's|^1B\. Share best practices on drills (Leaders. Statement 2005)|1B. Share best practices on drills (Leaders Memo 2007)|'
fires citation unknown-citation warning 9
variant nomeeting 's|^\t2A\. Secure the supply chain (Ministerial Statement 2007)|\t2A. Secure the supply chain (Ministerial Statement 2005)|'
fires "no TMM in 2005" no-such-meeting warning 14
variant unresolved 's|(Leaders. Statement 2005)|(Leaders’ Communiqué 2031)|'; fires "made-up citation" unresolved-citation note 9
variant lonetag 's|^\tReport on the port security program. |\t|'; fires "lone tag" tag-without-action warning 12
variant cells '16d'; fires "short row" cell-count error 14
variant noheader '5,7d'; fires "no header" no-header error 5
# Without tabs and without the column names: no form's table (with the names, the text is a column-blocks plan).
variant notable '5,7d; s|\t||'; fires "no table" no-table error 5  # issue 15: past the front matter (line 4)
variant owner 's|(Australia/March 2008)|(/March 2008)|'; fires "no owner" tag-without-owner warning 12
variant nocite 's|^\t2A\. Secure the supply chain (Ministerial Statement 2007)|\t2A. Secure the supply chain|'
fires "no citation" directive-without-citation warning 14
variant skipped 's|^1B\.|1C.|'; fires "1A, 1C" numbering warning 9
variant repeated 's|^1\.2 |1.1 |'; fires "1.1, 1.1" numbering warning 11
variant sections 's|^\t2A\.|\t3A.|; s|^\t2\.1|\t3.1|'; fires "sections 1, 3" numbering warning 14
variant duplicate 's|^Publish the drills manual\.|Report on the  port security program|'; fires duplicate duplicate-action warning 13
variant before 's|(Australia/March 2008)|(Australia/March 2007)|'; fires "deadline 2007 in a 2008 plan" deadline-before-plan warning 12
variant empty '7a\\t\n\t\n\t'; fires "leading empty row" empty-section error 8
printf '\x92' > "$tmp/quote"
variant cp1252 "9s|Leaders'|Leaders$(cat "$tmp/quote")|"; fires "Windows-1252 file" decoded-windows-1252 note 1

# Messages a user reads.
variant nomeeting 's|(Ministerial Statement 2007)$|(Ministerial Statement 2005)|'; validate "$plan"
check "no-such-meeting message" grep -qF "warning: no Transportation Ministerial Meeting was held in 2005 (the nearest: 2004, 2007)" <<< "$out"
variant skipped 's|^1B\.|1C.|'; validate "$plan"
check "numbering message" grep -qF "warning: directive 1C follows 1A: 1B is missing [numbering]" <<< "$out"
variant duplicate 's|^Publish the drills manual\.|Report on the  port security program|'; validate "$plan"
check "duplicate names the first's line" grep -qF "action S1.A2 repeats action S1.A1 (first at line 12) [duplicate-action]" <<< "$out"

# Near misses that must not fire.
variant noyear '1s| 2008||; 2s|.*|MSEG 10, Lima, Peru|; s|(Australia/March 2008)|(Australia/March 2007)|'
validate "$plan"; check "no year stated: an old deadline is not flagged" test "$out" = "0 warnings, 0 errors in 1 file"
variant trailingrow '$a\\t\n\t\n\t'
validate "$plan"; check "an empty row after a section is not an empty section" test "$out" = "0 warnings, 0 errors in 1 file"
variant samestart 's|^Publish the drills manual\.|Report on the port security program again.|'
validate "$plan"; check "similar actions are not duplicates" test "$out" = "0 warnings, 0 errors in 1 file"
finish
