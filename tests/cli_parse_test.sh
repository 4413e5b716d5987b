#!/usr/bin/env bash
# `mseg parse` as a user meets it: exit codes, stdin, batches, -o, encodings, bad input.
set -uo pipefail
mseg=$1
source tests/lib.sh

# Exit codes and one-line errors naming the file.
"$mseg" parse "$hanoi" > "$tmp/h.json"; check "sample parses with exit 0" test $? -eq 0
"$mseg" parse "$tmp/missing.txt" > "$tmp/out" 2> "$tmp/err"; st=$?
check "missing file exits 2" test $st -eq 2
check "missing file: one line naming it" test "$(cat "$tmp/err")" = "mseg: error: $tmp/missing.txt: No such file or directory"
check "missing file: nothing on stdout" test ! -s "$tmp/out"
# Only the subcommand named first is built (cli/main.cpp): another's name after it is a file.
(cd "$tmp" && "$mseg" parse "$OLDPWD/$hanoi" validate > /dev/null 2> err); st=$?
check "a subcommand's name after parse is a file name (exit 2)" test $st -eq 2
check "... and the message names it as a file" test "$(cat "$tmp/err")" = "mseg: error: validate: No such file or directory"
"$mseg" parse "$tmp" 2> "$tmp/err"; check "directory exits 2" test $? -eq 2
check "directory message" grep -qx "mseg: error: $tmp: is a directory" "$tmp/err"
: > "$tmp/empty.txt"; "$mseg" parse "$tmp/empty.txt" 2> "$tmp/err"; check "empty file exits 2" test $? -eq 2
check "empty file message" grep -qx "mseg: error: $tmp/empty.txt: empty file" "$tmp/err"
printf '\tA\x00B\n' > "$tmp/nul.txt"; "$mseg" parse "$tmp/nul.txt" 2> "$tmp/err"; check "NUL bytes exit 2" test $? -eq 2
check "NUL message names the file" grep -q "^mseg: error: $tmp/nul.txt: contains NUL bytes" "$tmp/err"
check "NUL message is one line" test "$(wc -l < "$tmp/err")" -eq 1
"$mseg" parse --format xml "$hanoi" 2> /dev/null; check "bad --format exits 2" test $? -eq 2
"$mseg" parse 2> /dev/null; check "no file exits 2" test $? -eq 2
printf 'Title\n\tOnly\n\tTwo cells\n' > "$tmp/bad.txt"; "$mseg" parse "$tmp/bad.txt" > "$tmp/bad.json"; st=$?
check "error diagnostics exit 1" test $st -eq 1
check "error diagnostics still print the plan" py -c "import json,sys; d=json.load(open('$tmp/bad.json')); sys.exit(0 if any(x['severity']=='error' for x in d['diagnostics']) else 1)"

# Help and version.
"$mseg" --help > "$tmp/help"; check "mseg --help exits 0" test $? -eq 0
check "mseg --help lists parse" grep -q "parse" "$tmp/help"
"$mseg" parse --help > "$tmp/help"; check "parse --help exits 0" test $? -eq 0
check "parse --help has examples" grep -q "Examples:" "$tmp/help"
check "--version" bash -c "'$mseg' --version | grep -Eq '^mseg [0-9]+\.[0-9]+\.[0-9]+$'"

# stdin, batches, formats.
"$mseg" parse - < "$hanoi" > "$tmp/stdin.json"
check "stdin reads as the file, path '-'" py -c "
import json; a=json.load(open('$tmp/h.json')); b=json.load(open('$tmp/stdin.json'))
assert b['source']['path']=='-'; a['source']['path']='-'; assert a==b"
"$mseg" parse "$hanoi" "$y2007" > "$tmp/both.json"
check "two files give an array in input order" py -c "
import json; d=json.load(open('$tmp/both.json')); assert [p['source']['path'] for p in d]==['$hanoi','$y2007']"
"$mseg" parse --format jsonl "$hanoi" "$y2007" > "$tmp/both.jsonl"
check "jsonl: one compact plan per line" py -c "
import json; lines=open('$tmp/both.jsonl').read().splitlines(); assert len(lines)==2
assert [json.loads(l)['source']['path'] for l in lines]==['$hanoi','$y2007']"
# A batch's bytes are its plans' own output, framed: one per line for jsonl;
# '[', ',' and ']' around compact plans; pretty plans one level deeper. The
# same with one job as with two (each worker frames the plan it parsed).
"$mseg" parse --compact "$y2007" > "$tmp/c2007.json"
for jobs in 1 2; do
  "$mseg" parse --jobs $jobs --format jsonl "$hanoi" "$y2007" "$hanoi" > "$tmp/b$jobs.jsonl"
  "$mseg" parse --jobs $jobs --compact "$hanoi" "$y2007" "$hanoi" > "$tmp/b$jobs.cjson"
  "$mseg" parse --jobs $jobs "$hanoi" "$y2007" "$hanoi" > "$tmp/b$jobs.json"
done
"$mseg" parse --compact "$hanoi" > "$tmp/chanoi.json"
"$mseg" parse "$y2007" > "$tmp/p2007.json"
check "batch framing: jsonl, compact and pretty arrays are the plans' own bytes, framed" py -c "
t = lambda f: open('$tmp/' + f).read()
c = [t('chanoi.json'), t('c2007.json'), t('chanoi.json')]
p = [t('h.json'), t('p2007.json'), t('h.json')]
assert all(x.endswith(chr(10)) for x in c + p)
c = [x[:-1] for x in c]; p = [x[:-1] for x in p]
nl = chr(10)
for jobs in '12':
    assert t('b%s.jsonl' % jobs) == ''.join(x + nl for x in c), 'jsonl ' + jobs
    assert t('b%s.cjson' % jobs) == '[' + ','.join(c) + ']' + nl, 'compact ' + jobs
    assert t('b%s.json' % jobs) == '[' + nl + '  ' + (',' + nl + '  ').join(x.replace(nl, nl + '  ') for x in p) + nl + ']' + nl, 'pretty ' + jobs
"
"$mseg" parse --compact "$hanoi" > "$tmp/c.json"
check "--compact is one line and the same plan" py -c "
import json; t=open('$tmp/c.json').read(); assert t.count(chr(10))==1; assert json.loads(t)==json.load(open('$tmp/h.json'))"

# -o writes through a temporary file; a failed run leaves the old file.
"$mseg" parse "$hanoi" -o "$tmp/o.json"; check "-o writes the plan" cmp -s "$tmp/o.json" "$tmp/h.json"
echo precious > "$tmp/keep.json"
"$mseg" parse "$hanoi" "$tmp/missing.txt" -o "$tmp/keep.json" 2> /dev/null; check "-o with an unreadable input exits 2" test $? -eq 2
check "-o with an unreadable input keeps the old file" grep -qx precious "$tmp/keep.json"
check "no temporary files left behind" test -z "$(ls "$tmp" | grep mseg-)"
"$mseg" parse "$hanoi" -o /dev/full 2> "$tmp/err"; check "-o /dev/full exits 2" test $? -eq 2
check "-o /dev/full says why" grep -q "No space left on device" "$tmp/err"
"$mseg" parse "$hanoi" > /dev/full 2> "$tmp/err"; check "stdout on a full disk exits 2" test $? -eq 2

# Encodings and line endings give the same plan apart from source and byte offsets.
py - "$hanoi" "$tmp" <<'PY'
import sys
src, tmp = sys.argv[1], sys.argv[2]
text = open(src, encoding="utf-8").read()
open(f"{tmp}/bom.txt", "wb").write(b"\xef\xbb\xbf" + text.encode("utf-8"))
open(f"{tmp}/crlf.txt", "wb").write(text.replace("\n", "\r\n").encode("utf-8"))
open(f"{tmp}/cr.txt", "wb").write(text.replace("\n", "\r").encode("utf-8"))
open(f"{tmp}/u16le.txt", "wb").write(b"\xff\xfe" + text.encode("utf-16-le"))
open(f"{tmp}/u16be.txt", "wb").write(b"\xfe\xff" + text.replace("\n", "\r\n").encode("utf-16-be"))
open(f"{tmp}/cp1252.txt", "wb").write(text.encode("cp1252"))
PY
cat > "$tmp/same.py" <<'PY'
import json, sys
def strip(x):
    if isinstance(x, dict):
        return {k: strip(v) for k, v in x.items() if k not in ("source", "offset", "length")}
    if isinstance(x, list):
        return [strip(v) for v in x]
    return x
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2]))
b["diagnostics"] = [d for d in b["diagnostics"] if d["code"] != "decoded-windows-1252"]
assert strip(a) == strip(b), "plans differ"
assert b["source"]["encoding"] == sys.argv[3], b["source"]["encoding"]
assert b["source"]["line_ending"] == sys.argv[4], b["source"]["line_ending"]
PY
for enc in "bom utf-8-bom lf" "crlf utf-8 crlf" "cr utf-8 cr" "u16le utf-16le lf" "u16be utf-16be crlf" "cp1252 windows-1252 lf"; do
  set -- $enc
  "$mseg" parse "$tmp/$1.txt" > "$tmp/$1.json"
  check "encoding $2 / $3 reads the same plan" py "$tmp/same.py" "$tmp/h.json" "$tmp/$1.json" "$2" "$3"
done
check "Windows-1252 fallback leaves a note" py -c "
import json; d=json.load(open('$tmp/cp1252.json')); assert [x['severity'] for x in d['diagnostics'] if x['code']=='decoded-windows-1252']==['note']"
check "UTF-16 offsets point into the original bytes" py -c "
import json; d=json.load(open('$tmp/u16le.json')); raw=open('$tmp/u16le.txt','rb').read()
t=d['sections'][0]['actions'][0]['tags'][0]; s=t['span']
assert raw[s['offset']:s['offset']+s['length']].decode('utf-16-le')==t['text'], t"

echo "$fails failed"
test $fails -eq 0
