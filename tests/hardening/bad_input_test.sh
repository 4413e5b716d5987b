#!/usr/bin/env bash
# Bad input, one case per run: mseg must end with its documented exit code and
# a one-line message (docs/reliability.md), never crash. ctest's TIMEOUT on each
# case catches anything worse than linear time; nothing here measures time.
# usage: bad_input_test.sh MSEG CASE   (run from the project root)
set -uo pipefail
mseg=$1 case=$2
source tests/lib.sh
chmod 755 "$tmp"  # the unreadable case runs mseg as nobody inside it

# run ARGS...: runs mseg; sets $st, leaves stdout in $tmp/out and stderr in $tmp/err.
run() {
  "$mseg" "$@" > "$tmp/out" 2> "$tmp/err"
  st=$?
}
# Exit 2: exactly one line on stderr, "mseg: error: FILE: <reason>", nothing on stdout.
expect_trouble() {  # expect_trouble FILE REASON-REGEX
  check "$case: exit 2 (got $st)" test "$st" -eq 2
  check "$case: one line on stderr" test "$(wc -l < "$tmp/err")" -eq 1
  check "$case: message names the file and why" grep -Eq "^mseg: error: $1: $2" "$tmp/err"
  check "$case: nothing on stdout" test ! -s "$tmp/out"
}
# Exit 0 or 1 from parse: nothing on stderr, a plan on stdout with the given diagnostic code.
expect_plan() {  # expect_plan EXIT CODE [PYTHON-ASSERTION about d]
  check "$case: exit $1 (got $st)" test "$st" -eq "$1"
  check "$case: nothing on stderr" test ! -s "$tmp/err"
  check "$case: plan JSON with diagnostic '$2'" py -c "
import json,sys; d=json.load(open('$tmp/out'))
assert any(x['code']=='$2' for x in d['diagnostics']), [x['code'] for x in d['diagnostics']][:5]
${3:-}"
}
# validate's findings: exit 1, the first line is the one error, then its summary.
expect_invalid() {  # expect_invalid FILE MESSAGE-REGEX
  check "$case: validate exits 1 (got $st)" test "$st" -eq 1
  check "$case: first line is the error" grep -Eq "^$1:[0-9]+:[0-9]+: error: $2" <(head -1 "$tmp/out")
  check "$case: one error" grep -q "1 error in 1 file" "$tmp/out"
  check "$case: nothing on stderr" test ! -s "$tmp/err"
}
header=$'Plan\n\tDirectives\n\tPriorities\n\tAction Items\n\t1A. Do things\n\t1.1 Things\n'

case $case in
  binary)  # an executable: NUL bytes within its first bytes
    run parse "$mseg"; expect_trouble "$mseg" "contains NUL bytes at byte [0-9]+ \(binary file\?\)"
    # Binary bytes without a NUL are not UTF-8: they read as Windows-1252 text whose stray tabs make a table without a header.
    py -c "import random; r=random.Random(6); open('$tmp/noise.bin','wb').write(bytes(r.randrange(1,256) for _ in range(200000)))"
    run parse "$tmp/noise.bin"
    expect_plan 1 no-header "assert d['source']['encoding']=='windows-1252'"
    ;;
  nul)
    printf '%s\tAct\x00ion (Japan/2006)\n' "$header" > "$tmp/nul.txt"
    run parse "$tmp/nul.txt"; expect_trouble "$tmp/nul.txt" "contains NUL bytes at byte 74 \(binary file\?\)"
    run parse - < "$tmp/nul.txt"; expect_trouble - "contains NUL bytes"
    ;;
  empty)
    : > "$tmp/empty.txt"
    run parse "$tmp/empty.txt"; expect_trouble "$tmp/empty.txt" "empty file$"
    run parse - < /dev/null; expect_trouble - "empty file$"
    run validate "$tmp/empty.txt"; check "empty: validate exits 2" test "$st" -eq 2
    check "empty: validate says so in one line" test "$(cat "$tmp/err")" = "mseg: error: $tmp/empty.txt: empty file"
    ;;
  parens)  # a 2 MB line of '(' outside and inside the table
    py -c "open('$tmp/p.txt','w').write('('*(2<<20)+'\n')"
    run parse "$tmp/p.txt"; expect_plan 1 no-table
    { printf '%s\t' "$header"; cat "$tmp/p.txt"; } > "$tmp/cell.txt"
    run parse "$tmp/cell.txt"
    expect_plan 0 unbalanced-parentheses "
a=d['sections'][0]['actions']; assert len(a)==1 and a[0]['tags']==[] and len(a[0]['text'])==2<<20"
    ;;
  tags)  # 300,000 tags on one action line
    py -c "open('$tmp/t.txt','w').write('''$header'''+'\tCoordinate'+' (Japan/2006)'*300000+'\n')"
    run parse --compact "$tmp/t.txt"
    check "tags: exit 0 (got $st)" test "$st" -eq 0
    check "tags: all 300,000 read, in order" py -c "
import json; d=json.load(open('$tmp/out')); a=d['sections'][0]['actions'][0]
assert len(a['tags'])==300000 and a['text']=='Coordinate'
assert a['tags'][-1]['span']['column']-a['tags'][0]['span']['column']==299999*13"
    ;;
  tabs)  # 500,000 lone tabs: on lines of their own, then all on one line
    py -c "open('$tmp/lines.txt','w').write('\t\n'*500000)"
    run parse --compact "$tmp/lines.txt"
    expect_plan 1 no-header "assert d['sections'][0]['actions']==[]"
    py -c "open('$tmp/line.txt','w').write('\t'*500000+'\n')"
    run parse --compact "$tmp/line.txt"; expect_plan 1 no-header
    ;;
  utf8)  # invalid UTF-8 reads as Windows-1252, with a note
    py -c "
t=open('$hanoi','rb').read(); open('$tmp/bad.txt','wb').write(t[:3000]+b'\xff\xc0\x80\xed\xa0\x80'+t[3000:])"
    run parse "$tmp/bad.txt"
    expect_plan 0 decoded-windows-1252 "assert d['source']['encoding']=='windows-1252'"
    # A UTF-8 sequence cut short at the end of the file.
    { cat "$hanoi"; printf '\xe2\x80'; } > "$tmp/cut.txt"
    run parse "$tmp/cut.txt"; expect_plan 0 decoded-windows-1252
    ;;
  deep_json)  # 200,000 levels of nesting
    py -c "open('$tmp/deep.json','w').write('['*200000+']'*200000)"
    run validate "$tmp/deep.json"; expect_invalid "$tmp/deep.json" "malformed JSON: nested deeper than 64 levels"
    py -c "open('$tmp/open.json','w').write('{\"a\":'*200000)"
    run validate "$tmp/open.json"; expect_invalid "$tmp/open.json" "malformed JSON: nested deeper"
    # parse reads text plans only, and says that JSON is not one.
    run parse --compact "$tmp/deep.json"; expect_trouble "$tmp/deep.json" "is JSON \\(plan JSON already\\?\\), not a text plan"
    ;;
  json_number)  # a number too large for a double (a fuzz finding: it aborted mseg)
    printf '{"schema_version": 1e999}' > "$tmp/big.json"
    run validate "$tmp/big.json"; expect_invalid "$tmp/big.json" "malformed JSON: number overflow parsing '1e999'"
    run query - < "$tmp/big.json"; expect_trouble - "line 1, column 20: malformed JSON: number overflow"
    ;;
  json_cut)  # a plan JSON file cut in half
    full=samples/meg-sec-workplan-2007.json
    head -c $(( $(wc -c < "$full") / 2 )) "$full" > "$tmp/half.json"
    run validate "$tmp/half.json"; expect_invalid "$tmp/half.json" "malformed JSON"
    run validate - < "$tmp/half.json"; expect_invalid - "malformed JSON"
    ;;
  directory)
    run parse "$tmp"; expect_trouble "$tmp" "is a directory$"
    run validate "$tmp"; check "directory: validate exits 2" test "$st" -eq 2
    check "directory: validate says so in one line" test "$(cat "$tmp/err")" = "mseg: error: $tmp: is a directory"
    run parse "$hanoi" -o "$tmp"; expect_trouble "$tmp" "is a directory$"
    ;;
  unreadable)
    cp "$hanoi" "$tmp/secret.txt"; chmod 000 "$tmp/secret.txt"
    if [ "$(id -u)" -eq 0 ]; then
      # root reads anything: drop to nobody for the permission check.
      setpriv --reuid=nobody --regid=nogroup --clear-groups "$mseg" parse "$tmp/secret.txt" > "$tmp/out" 2> "$tmp/err"
      st=$?
    else
      run parse "$tmp/secret.txt"
    fi
    expect_trouble "$tmp/secret.txt" "Permission denied$"
    # A file that opens but fails to read: the start of our own address space.
    run parse /proc/self/mem; expect_trouble /proc/self/mem "Input/output error$"
    ;;
  max_bytes)
    run parse --max-bytes 1000 "$hanoi"
    expect_trouble "$hanoi" "5850 bytes is larger than --max-bytes \(1000 bytes\)$"
    run parse --max-bytes 1000 - < "$hanoi"; expect_trouble - "larger than --max-bytes \(1000 bytes\)$"
    run parse --max-bytes 5850 "$hanoi"; check "max_bytes: exactly the limit is read" test "$st" -eq 0
    run parse --help; check "max_bytes: default documented in --help" grep -q -- "--max-bytes N=1073741824" "$tmp/out"
    ;;
  outputs)  # failed runs leave the previous file; write errors are exit 2, never silent
    echo precious > "$tmp/keep.json"
    run parse "$tmp/nothing.txt" -o "$tmp/keep.json"
    expect_trouble "$tmp/nothing.txt" "No such file or directory$"
    check "outputs: bad input keeps the old file" grep -qx precious "$tmp/keep.json"
    run parse "$hanoi" -o /dev/full; expect_trouble /dev/full "No space left on device$"
    run parse "$hanoi" "$hanoi" --jobs 2 -o /dev/full; expect_trouble /dev/full "No space left on device$"
    "$mseg" parse "$hanoi" > /dev/full 2> "$tmp/err"; st=$?; : > "$tmp/out"
    expect_trouble stdout "No space left on device$"
    # A reader that stops early: a closed pipe is an error, not a silent success.
    py -c "
import subprocess,sys
p=subprocess.Popen(['$mseg','parse','$hanoi','$hanoi','$hanoi'],stdout=subprocess.PIPE,stderr=subprocess.PIPE)
p.stdout.read(10); p.stdout.close(); err=p.stderr.read().decode(); st=p.wait()
sys.exit(0 if st==2 and err=='mseg: error: stdout: Broken pipe\n' else 1)"
    check "outputs: closed pipe exits 2 with one line" test $? -eq 0
    # A signal while mseg waits for input: the old file stays, no temporary is left.
    mkfifo "$tmp/fifo"
    "$mseg" parse - -o "$tmp/keep.json" < "$tmp/fifo" 2> "$tmp/err" & pid=$!
    exec 3> "$tmp/fifo"
    printf 'Plan\n\t' >&3
    sleep 0.2
    kill -TERM "$pid"; wait "$pid"; st=$?
    exec 3>&-
    check "outputs: SIGTERM ends the run (status $st)" test "$st" -eq 143
    check "outputs: SIGTERM keeps the old file" grep -qx precious "$tmp/keep.json"
    check "outputs: no temporary left behind" test -z "$(ls "$tmp" | grep mseg-)"
    run parse "$hanoi" -o "$tmp/keep.json"; check "outputs: a good run replaces it" cmp -s "$tmp/keep.json" <("$mseg" parse "$hanoi")
    ;;
  signal_write)  # a signal while the output is being written: the old file stays, no temporary is left
    # A plan large enough that writing its JSON takes a while: the Ha Noi
    # sample's table repeated (its header once), about 60 MB of output.
    py -c "
import sys
lines = open('$hanoi', encoding='utf-8').read().split('\\n')
head = next(i for i, l in enumerate(lines) if l.startswith('\\t1A'))
body = '\\n'.join(lines[head:])
sys.stdout.write('\\n'.join(lines[:head]) + '\\n' + (body + '\\n') * 2500)" > "$tmp/big.txt"
    echo precious > "$tmp/keep.json"
    "$mseg" parse "$tmp/big.txt" -o "$tmp/keep.json" 2> "$tmp/err" & pid=$!
    # Wait for the temporary to appear: mseg is then writing.
    seen=false
    for _ in $(seq 1 3000); do
      if ls "$tmp" | grep -q 'keep.json.mseg-'; then seen=true; break; fi
      kill -0 "$pid" 2> /dev/null || break
      sleep 0.01
    done
    if ! $seen || ! kill -TERM "$pid" 2> /dev/null; then
      wait "$pid"
      echo "skipped: mseg finished before it could be signalled mid-write"
      exit 77
    fi
    wait "$pid"; st=$?
    check "signal_write: SIGTERM ends the run (status $st)" test "$st" -eq 143
    # The signal may land just after the rename: then the new file is whole.
    if grep -qx precious "$tmp/keep.json"; then
      echo "ok: signal_write: the old file is untouched"
    else
      check "signal_write: else the file is the whole new plan" py -c "import json; json.load(open('$tmp/keep.json'))"
    fi
    check "signal_write: no temporary left behind" test -z "$(ls "$tmp" | grep mseg-)"
    ;;
  *) echo "unknown case '$case'"; exit 2 ;;
esac
echo "$fails failed"
test $fails -eq 0
