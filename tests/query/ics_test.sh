#!/usr/bin/env bash
# `mseg query --format ics` read back by a calendar library (python3-icalendar):
# right dates and text for both samples, stable UIDs across runs and across a
# reworded action, undated deadlines counted on stderr.
set -uo pipefail
mseg=$1
source tests/lib.sh
uids() { grep -a '^UID:' "$1" | tr -d '\r' | sort; }

for plan in "$y2007" "$hanoi"; do
  "$mseg" query "$plan" --format ics > "$tmp/p.ics" 2> "$tmp/err"; st=$?
  check "$plan: exit 0" test $st -eq 0
  "$mseg" query "$plan" --format json > "$tmp/p.json"
  check "$plan: icalendar parses it; dates, owners, text right" py tests/query/ics_check.py "$tmp/p.ics" "$tmp/p.json"
done

"$mseg" query "$y2007" --format ics > "$tmp/a.ics" 2> "$tmp/err"
check "2007: 15 events" test "$(grep -c '^BEGIN:VEVENT' "$tmp/a.ics")" = 15
check "2007: the 4 ongoing deadlines counted on stderr" grep -q "^mseg: 4 deadlines without dates (ongoing, TBC) got no calendar event" "$tmp/err"
check "2007: March 2008 is 1 to 31 March" grep -q $'^DTSTART;VALUE=DATE:20080301\r$' "$tmp/a.ics"
sleep 1
"$mseg" query "$y2007" --format ics > "$tmp/b.ics" 2> /dev/null
check "UIDs stable across two runs" test "$(uids "$tmp/a.ics")" = "$(uids "$tmp/b.ics")"

# The next edition rewords S1.A4 ("Finalize" -> "Complete"): the diff pairs it, the UIDs stay.
sed 's/^Finalize the development, in partnership/Complete the development, in partnership/' "$y2007" > "$tmp/reworded.txt"
check "the rewording took" test "$(cmp -s "$y2007" "$tmp/reworded.txt"; echo $?)" = 1
"$mseg" diff --format json "$y2007" "$tmp/reworded.txt" > "$tmp/d.json"
check "the diff pairs the reworded action" py -c "import json,sys; c=[c for c in json.load(open(sys.argv[1]))['changes'] if c['change']=='modified']; sys.exit(not (len(c)==1 and c[0]['old_id']==c[0]['new_id']))" "$tmp/d.json"
"$mseg" query "$tmp/reworded.txt" --format ics > "$tmp/c.ics" 2> /dev/null
check "UIDs stable across a reworded, paired action" test "$(uids "$tmp/a.ics")" = "$(uids "$tmp/c.ics")"
check "the reworded event has the new text" grep -q "^SUMMARY:Chair: Complete the development" "$tmp/c.ics"

"$mseg" query --owner Chair "$y2007" --format ics > "$tmp/chair.ics" 2> /dev/null
check "--owner Chair: only Chair's 6 events" test "$(grep -c '^BEGIN:VEVENT' "$tmp/chair.ics"):$(grep -c '^CATEGORIES:Chair' "$tmp/chair.ics")" = "6:6"
"$mseg" query --group-by owner "$y2007" --format ics > /dev/null 2> "$tmp/err"; st=$?
check "--group-by with ics exits 2" test "$st:$(grep -c 'drop --group-by' "$tmp/err")" = "2:1"
SOURCE_DATE_EPOCH=1207008000 "$mseg" query "$y2007" --format ics 2> /dev/null > "$tmp/e.ics"
check "SOURCE_DATE_EPOCH sets DTSTAMP" grep -q $'^DTSTAMP:20080401T000000Z\r$' "$tmp/e.ics"
# A malformed SOURCE_DATE_EPOCH is refused, not replaced by the time of the run; past year 9999 a DTSTAMP cannot be
# written (a new user's finding: 'abc' fell back silently, 253402300800 wrote DTSTAMP:100000101T000000Z).
for bad in abc -5 1e9 253402300800 99999999999999999999999; do
  SOURCE_DATE_EPOCH=$bad "$mseg" query "$y2007" --format ics -o "$tmp/bad.ics" 2> "$tmp/err"; st=$?
  check "SOURCE_DATE_EPOCH=$bad: exit 2, one line naming it, no file" \
    test "$st:$(wc -l < "$tmp/err"):$(grep -c "SOURCE_DATE_EPOCH is '$bad'" "$tmp/err"):$([ -e "$tmp/bad.ics" ] && echo file)" = "2:1:1:"
done
SOURCE_DATE_EPOCH=253402300799 "$mseg" query "$y2007" --format ics 2> /dev/null > "$tmp/e.ics"
check "SOURCE_DATE_EPOCH at 9999's last second" grep -q $'^DTSTAMP:99991231T235959Z\r$' "$tmp/e.ics"
SOURCE_DATE_EPOCH=abc "$mseg" query "$y2007" --count > "$tmp/out" 2> "$tmp/err"
check "a malformed SOURCE_DATE_EPOCH touches no other format" test "$(cat "$tmp/out"):$(wc -c < "$tmp/err")" = "15:0"
SOURCE_DATE_EPOCH= "$mseg" query "$y2007" --format ics 2> "$tmp/err" > /dev/null
check "SOURCE_DATE_EPOCH set empty is unset" test $? -eq 0

# Matches whose deadlines all lack dates make no event, and a calendar of no event is not one (RFC 5545 3.6):
# nothing written, exit 1 as for no match, and stderr says why. A helper's finding: an empty VCALENDAR, exit 0.
printf 'Work Plan\n\tDirectives\n\tPriorities\n\tAction Items\n\t1A. Do (Ministerial Statement 2007)\n\t1.1 P\n\tKeep going (Australia/Ongoing)\n' > "$tmp/ongoing.txt"
"$mseg" query "$tmp/ongoing.txt" --format ics -o "$tmp/none.ics" 2> "$tmp/err"; st=$?
check "only undated deadlines: exit 1 (got $st)" test $st -eq 1
check "... no calendar written" test ! -e "$tmp/none.ics"
check "... stderr says why" grep -q "^mseg: no calendar written: no matched deadline has both dates and an owner (1 without dates, 0 without an owner)$" "$tmp/err"
printf 'Work Plan\n\tDirectives\n\tPriorities\n\tAction Items\n\t1A. Do (Ministerial Statement 2007)\n\t1.1 P\n\tReport on progress by June 2011\n' > "$tmp/ownerless.txt"
"$mseg" query "$tmp/ownerless.txt" --format ics > "$tmp/none.out" 2> "$tmp/err"; st=$?
check "a dated deadline of no owner: exit 1 (got $st), and said as such" \
  test "$st:$(cat "$tmp/err")" = "1:mseg: no calendar written: no matched deadline has both dates and an owner (0 without dates, 1 without an owner)"
"$mseg" query "$tmp/ongoing.txt" --format ics --fail-if-any > "$tmp/none.out" 2> /dev/null; st=$?
check "... with --fail-if-any: a match, exit 1 (got $st), stdout empty" test "$st:$(wc -c < "$tmp/none.out")" = "1:0"
"$mseg" query --due-before 1990-01-01 "$tmp/ongoing.txt" --format ics > "$tmp/none.out" 2> "$tmp/err"; st=$?
check "no match: exit 1 (got $st), nothing written, nothing said" test "$st:$(wc -c < "$tmp/none.out"):$(wc -c < "$tmp/err")" = "1:0:0"

echo "$fails failure(s)"
test $fails -eq 0
