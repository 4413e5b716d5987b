#!/usr/bin/env bash
# mseg's SARIF checked by Microsoft's SARIF validator (sarif-multitool validate), the
# reference GitHub's code scanning follows: no error, no warning, for both samples and
# for damaged plans (results with fixes, a lost tab's unsafe fix, an invalid date).
# usage: sarif_multitool_test.sh MSEG_BINARY SARIF_MULTITOOL (scripts/build installs it)
set -uo pipefail
source "$(dirname "$0")/lib.sh" "$1"
multitool=$2
if [ ! -x "$multitool" ]; then
  echo "FAIL: $multitool is missing: scripts/build installs it (npm @microsoft/sarif-multitool)"
  exit 1
fi
# The multitool is .NET: no telemetry, no first-run banner, no globalization data needed.
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# problems SARIF: the multitool's errors and warnings on SARIF, one a line ("level ruleId: message").
# It exits 0 even when it warns, so its own SARIF log is read instead.
problems() {
  rm -f "$tmp/result.sarif"
  "$multitool" validate --output "$tmp/result.sarif" "$1" > "$tmp/console" 2>&1
  local st=$?
  if [ $st -ne 0 ] || [ ! -s "$tmp/result.sarif" ]; then
    echo "multitool failed (exit $st): $(head -c 2000 "$tmp/console")"
    return
  fi
  py -c "
import json, sys
for run in json.load(open(sys.argv[1]))['runs']:
    for r in run.get('results', []):
        level = r.get('level', 'warning')
        if level in ('error', 'warning'):
            print(level, r.get('ruleId'), r['message'].get('text', r['message'].get('id')))" "$tmp/result.sarif"
}

variant damaged 's|(Australia/March 2008)|(Australia/Marhc 2008)|; s|(Singapore/September 2008)|(Singapore, 31 February 2008)|'
awk 'NR == 59 { sub(/^\t/, "") } 1' "$y2007" > "$tmp/lost-tab.txt"
"$mseg" validate --format sarif "$hanoi" > "$tmp/hanoi.sarif"
"$mseg" validate --format sarif "$y2007" > "$tmp/2007.sarif"
"$mseg" validate --format sarif "$plan" "$tmp/lost-tab.txt" > "$tmp/damaged.sarif"
check "the damaged plans' SARIF has fixes to check" grep -q '"artifactChanges"' "$tmp/damaged.sarif"
# A file that cannot be read: an invocation that did not succeed, with a notification naming it.
"$mseg" validate --format sarif "$hanoi" "$tmp/no-such-plan.txt" > "$tmp/unread.sarif" 2> /dev/null
check "an unreadable file is in the SARIF" grep -q '"executionSuccessful": false' "$tmp/unread.sarif"
for f in hanoi 2007 damaged unread; do
  found=$(problems "$tmp/$f.sarif")
  [ -z "$found" ] || echo "$found"
  check "sarif-multitool: $f: no error, no warning" test -z "$found"
done

# The check can fail: without informationUri, the multitool warns (SARIF2005).
py -c "
import json, sys
log = json.load(open(sys.argv[1]))
del log['runs'][0]['tool']['driver']['informationUri']
json.dump(log, open(sys.argv[2], 'w'))" "$tmp/hanoi.sarif" "$tmp/no-uri.sarif"
check "sarif-multitool: a SARIF without informationUri gets SARIF2005" grep -q '^warning SARIF2005' <<< "$(problems "$tmp/no-uri.sarif")"
finish
