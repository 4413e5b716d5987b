#!/usr/bin/env bash
# `mseg history` as a user meets it: the made-up series' hand-written expected history
# (tests/history/expected.txt) in every format, text and JSON forms of the plans alike, the
# reversed series mirrored, the JSON against its schema, the samples' done-when checks, exit codes.
set -uo pipefail
mseg=$1
source tests/lib.sh
series=("$y2007" tests/history/meg-sec-workplan-2008.txt tests/history/meg-sec-workplan-2009.txt tests/history/meg-sec-workplan-2010.txt)

# The expected history, checked against the JSON, CSV, JSON Lines, text and markdown.
"$mseg" history --format json "${series[@]}" > "$tmp/h.json"; check "history exits 0" test $? -eq 0
check "json validates against schema/history.schema.json" py tests/check_schema.py schema/history.schema.json "$tmp/h.json"
"$mseg" history --format jsonl "${series[@]}" > "$tmp/h.jsonl"
"$mseg" history --format csv "${series[@]}" > "$tmp/h.csv"
"$mseg" history "${series[@]}" > "$tmp/h.txt"
# --bom: the same CSV after a UTF-8 byte order mark, for Excel; refused with any other format.
"$mseg" history --format csv --bom "${series[@]}" > "$tmp/h.bom.csv"
check "csv --bom: the mark, then the CSV unchanged" cmp <(printf '\xef\xbb\xbf'; cat "$tmp/h.csv") "$tmp/h.bom.csv"
"$mseg" history --bom "${series[@]}" > /dev/null 2> "$tmp/bom.err"; st=$?
check "--bom without csv: exit 2 (got $st)" test $st -eq 2
check "--bom without csv: one line saying why" test "$(cat "$tmp/bom.err")" = "mseg: error: --bom: only for --format csv (the byte order mark is for spreadsheets)"
# --layout, as every command that reads a plan's text has it (a new user's finding: 'unknown option'): the samples'
# CSV forms forced as csv give the history of the samples' text.
"$mseg" history --format json tests/forms/mseg-workplan-2006-hanoi.csv tests/forms/meg-sec-workplan-2007.csv --layout csv > "$tmp/hl.json"; st=$?
"$mseg" history --format json "$hanoi" "$y2007" > "$tmp/ht.json"
check "history --layout csv: exit 0 (got $st)" test $st -eq 0
check "history --layout csv: the threads of the text plans (lines aside)" test "$(py -c "
import json, sys
def strip(v):
    if isinstance(v, dict): return {k: strip(x) for k, x in v.items() if k not in ('span', 'line')}
    if isinstance(v, list): return [strip(x) for x in v]
    return v
a, b = (strip(json.load(open(f))['threads']) for f in sys.argv[1:3])
print(a == b and len(a) == 55)" "$tmp/hl.json" "$tmp/ht.json")" = True
# A .pdf and a .docx: the text's threads, and each step's place in the document beside its line, which is of the
# text mseg laid the document out as (a helper's finding: a line alone, which no one can find in the file).
"$mseg" history --format json tests/forms/mseg-workplan-2006-hanoi.pdf tests/forms/meg-sec-workplan-2007.docx > "$tmp/hf.json"; st=$?
check "history of a .pdf and a .docx: exit 0 (got $st)" test $st -eq 0
check "... valid against schema/history.schema.json" py tests/check_schema.py schema/history.schema.json "$tmp/hf.json"
check "... the text plans' threads, each step with its page or its Word place" test "$(py -c "
import json, sys
def strip(v):
    if isinstance(v, dict): return {k: strip(x) for k, x in v.items() if k not in ('line', 'pdf', 'word')}
    if isinstance(v, list): return [strip(x) for x in v]
    return v
f, t = (json.load(open(f))['threads'] for f in sys.argv[1:3])
steps = [(i, s) for th in f for i, s in enumerate(th['plans']) if s['present']]
placed = all(('pdf' in s) if i == 0 else ('word' in s) for i, s in steps)
first = next(th for th in f if th['plans'][0].get('id') == 'S1.A1')['plans'][0]['pdf']
print(strip(f) == strip(t) and placed and len(steps) > 50 and first['page'] == 1 and first['width'] > 0)" "$tmp/hf.json" "$tmp/ht.json")" = True
"$mseg" history --format markdown "${series[@]}" > "$tmp/h.md"
check "every format holds the expected history" py - "$tmp" tests/history/expected.txt <<'PY'
import csv, json, sys
tmp, expected = sys.argv[1], sys.argv[2]
threads, owners = {}, {}
for line in open(expected, encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    parts = [p.strip() for p in line.split("|")]
    if len(parts) == 4:
        threads[parts[0]] = (parts[1], parts[2].split(), [] if parts[3] == "-" else [int(m) for m in parts[3].split()])
    else:
        owners[parts[0]] = [float(p) for p in parts[1:]]
labels = ["2007", "2008", "2009", "2010"]

def slips(steps):
    return [s["changes"]["deadline"]["months"] for s in steps
            if s["present"] and s.get("changes") and s["changes"]["deadline"]
            and s["changes"]["deadline"]["change"] == "extended"]

def check_threads(got, where):
    actions = {t["id"]: t for t in got if t["kind"] == "action"}
    assert sorted(actions) == sorted(threads), (where, sorted(actions))
    for tid, (status, present, months) in threads.items():
        t = actions[tid]
        assert t["status"] == status, (where, tid, t["status"])
        assert [s["plan"] for s in t["plans"] if s["present"]] == present, (where, tid)
        assert slips(t["plans"]) == months, (where, tid, slips(t["plans"]))

d = json.load(open(f"{tmp}/h.json"))
assert [p["label"] for p in d["plans"]] == labels
check_threads(d["threads"], "json")
got_owners = {o["owner"]: [o["held"], o["carried_through"], o["ended"], o["new"], o["slips"], o["months_total"], o["months_median"]]
              for o in d["owners"]}
assert got_owners == owners, got_owners
assert d["slipped_more_than_once"] == ["2007:S1.A1", "2007:S3.A2", "2008:S1.A3"], d["slipped_more_than_once"]
assert d["citation_changed"] == ["2007:S1.D3"], d["citation_changed"]
check_threads([json.loads(l) for l in open(f"{tmp}/h.jsonl", encoding="utf-8")], "jsonl")

rows = list(csv.DictReader(open(f"{tmp}/h.csv", encoding="utf-8", newline="")))
for tid, (status, present, months) in threads.items():
    mine = [r for r in rows if r["thread"] == tid]
    assert [r["plan"] for r in mine] == labels, tid
    assert [r["plan"] for r in mine if r["present"] == "yes"] == present, tid
    assert all(r["status"] == status for r in mine), tid
    assert [int(r["months"]) for r in mine if r["deadline_change"] == "extended"] == months, tid

text = open(f"{tmp}/h.txt", encoding="utf-8").read()
md = open(f"{tmp}/h.md", encoding="utf-8").read()
for tid, (status, present, months) in threads.items():
    assert f"\n{tid} action {status}" in text, tid
    assert f"| {tid} | action | {status} |" in md, tid
for name, o in owners.items():
    median = "{:g}".format(o[6])
    assert f"| {name} | {int(o[0])} | {int(o[1])} | {int(o[2])} | {int(o[3])} | {int(o[4])} | {int(o[5])} | {median} |" in md, name
PY
check "text: the ISPS phase 2 action slipped twice" grep -qx "  2007:S1.A1: 2 slips, 24 months" "$tmp/h.txt"
check "text: the supply chain action came back after a gap" \
  grep -q "^  2009  S2.A1  owners: Chair; deadline: March 2010  \[back after a gap; deadline March 2008 -> March 2010 (extended, 24 months)\]$" "$tmp/h.txt"
check "text: 'MEG-SEC Chair' in 2008 is no owner change" \
  grep -qx "  2008  S3.A1  owners: Chair; deadline: March 2009  \[deadline March 2008 -> March 2009 (extended, 12 months)\]" "$tmp/h.txt"
check "text: the guest action moved to section 4, one thread" grep -qx "  2008  S4.A3  owners: Chair; deadline: ongoing  unchanged" "$tmp/h.txt"

# The same history from the plans' JSON, one file each and all in one JSON Lines file.
for f in "${series[@]}"; do "$mseg" parse --compact "$f" > "$tmp/$(basename "$f" .txt).json"; done
jsons=("$tmp/meg-sec-workplan-2007.json" "$tmp/meg-sec-workplan-2008.json" "$tmp/meg-sec-workplan-2009.json" "$tmp/meg-sec-workplan-2010.json")
"$mseg" history --format json "${jsons[@]}" > "$tmp/j.json"; check "history of plan JSON exits 0" test $? -eq 0
cat "${jsons[@]}" > "$tmp/all.jsonl"
"$mseg" history --format json "$tmp/all.jsonl" > "$tmp/l.json"; check "history of a JSON Lines file exits 0" test $? -eq 0
"$mseg" history --format json "$y2007" "$tmp/meg-sec-workplan-2008.json" "${series[2]}" "$tmp/meg-sec-workplan-2010.json" > "$tmp/m.json"
check "text, plan JSON, JSON Lines and mixed give the same threads and owners" py - "$tmp" <<'PY'
import json, sys
t = sys.argv[1]
def core(name):
    d = json.load(open(f"{t}/{name}"))
    return d["threads"], d["owners"], d["summary"]
a = core("h.json")
for other in ("j.json", "l.json", "m.json"):
    assert core(other) == a, other
PY

# Reversed, the series mirrors: the same threads, ended <-> new, extended <-> brought forward.
"$mseg" history --format json "${series[3]}" "${series[2]}" "${series[1]}" "${series[0]}" > "$tmp/r.json"
check "the reversed series mirrors the history" py - "$tmp" <<'PY'
import json, sys
t = sys.argv[1]
f, r = json.load(open(f"{t}/h.json")), json.load(open(f"{t}/r.json"))
def members(d, order):
    out = set()
    for th in d["threads"]:
        out.add(frozenset((s["plan"], s["id"]) for s in th["plans"] if s["present"]))
    return out
assert members(f, 1) == members(r, -1)
def by_members(d):
    return {frozenset((s["plan"], s["id"]) for s in th["plans"] if s["present"]): th for th in d["threads"]}
fm, rm = by_members(f), by_members(r)
labels = ["2007", "2008", "2009", "2010"]
for key, th in fm.items():
    back = rm[key]
    present = [s["plan"] for s in th["plans"] if s["present"]]
    # Reversed, 2010 comes first and 2007 last: in 2007 -> carried through, unless only there (new).
    want = ("new" if present == ["2007"] else "carried through") if "2007" in present else "ended"
    assert back["status"] == want, (key, back["status"], want)
    assert sorted(back["owners"]) == sorted(th["owners"]), key
    ext = lambda t, kind, sign: sorted(sign * s["changes"]["deadline"]["months"] for s in t["plans"]
                                       if s.get("changes") and s["changes"]["deadline"] and s["changes"]["deadline"]["change"] == kind)
    assert ext(th, "extended", 1) == ext(back, "brought forward", -1), (key, ext(th, "extended", 1), ext(back, "brought forward", -1))
PY

# Filters, --sort meeting, --fail-on.
"$mseg" history --owner 'MSEG Chair' --status ended --format json "${series[@]}" > "$tmp/f.json"
check "--owner 'MSEG Chair' --status ended: the model visit action only" \
  py -c "import json; d=json.load(open('$tmp/f.json')); assert [t['id'] for t in d['threads']] == ['2007:S1.A4'], d['threads']"
"$mseg" history "$y2007" "$hanoi" > /dev/null 2> "$tmp/err"
check "plans given against their years: a warning names both" grep -qx "mseg: warning: the plans are not in meeting order: meg-sec-workplan-2007.txt (2007) is given before mseg-workplan-2006-hanoi.txt (2006); the history reads them as given (--sort meeting orders them by year and meeting day; --sort given keeps them as given, quietly)" "$tmp/err"
"$mseg" history --sort given "$y2007" "$hanoi" > /dev/null 2> "$tmp/err"
check "--sort given: the order is asked for, no warning" test ! -s "$tmp/err"
"$mseg" history --sort meeting "$y2007" "$hanoi" > /dev/null 2> "$tmp/err"
check "--sort meeting: no warning" test ! -s "$tmp/err"
"$mseg" history "$hanoi" "$y2007" > /dev/null 2> "$tmp/err"
check "in meeting order: no warning" test ! -s "$tmp/err"
cp "$hanoi" "$tmp/hanoi-plan.txt"  # a file name without its year; the plan's meeting line has none either
"$mseg" history --sort meeting "$tmp/hanoi-plan.txt" "$y2007" > "$tmp/out" 2> "$tmp/err"
check "--sort meeting, a plan without a year: placed last and said" grep -qx "mseg: warning: --sort meeting: $tmp/hanoi-plan.txt has no year in its meeting, title or file name: placed after the plans that have one, by file name (name the files with their years, or give the plans in meeting order with --sort given)" "$tmp/err"
check "--sort meeting, a plan without a year: it is the last plan" grep -qx "2 plans: 2007 ($y2007) P2 ($tmp/hanoi-plan.txt)" <(head -1 "$tmp/out")
"$mseg" parse "$y2007" > "$tmp/hand1.json"; cp "$tmp/hand1.json" "$tmp/hand2.json"
"$mseg" history "$tmp/hand1.json" "$tmp/hand2.json" > "$tmp/out"
check "plan JSON is named by the file given, and the text it came from" grep -qxF "2 plans: 2007 ($tmp/hand1.json, from $y2007) 2007-2 ($tmp/hand2.json, from $y2007)" <(head -1 "$tmp/out")
"$mseg" diff "$tmp/hand1.json" "$tmp/hand2.json" > "$tmp/out"
check "diff names each plan JSON by the file given" grep -q "^$tmp/hand1.json -> $tmp/hand2.json: " "$tmp/out"
echo '[]' > "$tmp/none.json"
"$mseg" history "$hanoi" "$tmp/none.json" "$y2007" > /dev/null 2> "$tmp/err"
check "a file of no plan in a series: said, not skipped silently" grep -qx "mseg: warning: $tmp/none.json: holds no plan (an empty JSON array)" "$tmp/err"
"$mseg" history --owner US --format json "$hanoi" "$y2007" > "$tmp/us.json"
"$mseg" history --owner 'United States' --format json "$hanoi" "$y2007" > "$tmp/us2.json"
check "--owner US is the owner the plans write 'US' (an economy by any of its names)" py -c "
import json; a=json.load(open('$tmp/us.json')); b=json.load(open('$tmp/us2.json')); assert a['threads'] and a['threads']==b['threads'], len(a['threads'])"
"$mseg" history --sort meeting --format json "${series[3]}" "${series[1]}" "${series[0]}" "${series[2]}" > "$tmp/s.json"
check "--sort meeting orders by year" py -c "
import json; a=json.load(open('$tmp/s.json')); b=json.load(open('$tmp/h.json')); assert a['threads']==b['threads']"
"$mseg" history --fail-on slipped-twice "${series[@]}" > /dev/null; check "--fail-on slipped-twice exits 1" test $? -eq 1
"$mseg" history --fail-on slipped-twice --grep 'Points of Contact' "${series[@]}" > /dev/null
check "--fail-on with nothing slipped twice among the shown exits 0" test $? -eq 0
"$mseg" history --grep '(' "${series[@]}" > /dev/null 2> "$tmp/err"; check "a bad --grep exits 2" test $? -eq 2
check "a bad --grep says why" grep -q "^mseg: error: --grep: invalid pattern '(': " "$tmp/err"
"$mseg" history "$y2007" "$tmp/missing.txt" > "$tmp/out" 2> /dev/null; check "a missing plan exits 2" test $? -eq 2
check "a missing plan: no output" test ! -s "$tmp/out"

# The samples: every thread, the ISPS phase 2 action, MSEG Chair = Chair.
"$mseg" history "$hanoi" "$y2007" > "$tmp/s.txt"; check "samples exit 0" test $? -eq 0
check "samples: 55 threads (34 + 32 elements, 11 paired)" grep -qx "55 threads: 11 carried through, 23 ended, 21 new" "$tmp/s.txt"
check "samples: the ISPS phase 2 action, deadline extended" grep -q "^  2007  S1.A1  owners: Lead Economies; deadline: March 2008  \[reworded; owners +Lead Economies -Australia -Canada -Japan -United States; deadline September 2006 -> March 2008 (extended, 18 months)\]$" "$tmp/s.txt"
check "samples: no 'MSEG Chair' apart from Chair" bash -c "! grep -q 'MSEG Chair' '$tmp/s.txt'"

# Escape sequences in a plan's words never reach the terminal (a reviewer's finding: history alone passed them).
printf 'Esc plan 2008\n\n\tDirectives\n\tPriorities\n\tAction Items\n\t1A. Ministers \033]0;PWNED\007asked (Ministerial Statement 2007)\n\t1.1 Pri\n\tDo it \033[2J now (US\033[31m/March 2008)\n' > "$tmp/esc.txt"
sed 's/now/later/; s/March 2008/June 2008/' "$tmp/esc.txt" > "$tmp/esc2.txt"
"$mseg" history "$tmp/esc.txt" "$tmp/esc2.txt" > "$tmp/esc.out"
check "escapes: none in the text output" bash -c "! LC_ALL=C grep -q \$'\x1b\|\x07' '$tmp/esc.out'"
check "escapes: the words still there" grep -q "Do it  \[2J later" "$tmp/esc.out"

"$mseg" history --owner Austrlia "$hanoi" "$y2007" > /dev/null 2> "$tmp/typo.err"
check "typo owner: a warning with the owner meant" grep -qxF "mseg: warning: --owner 'Austrlia' names no owner in the plans (did you mean 'Australia'?)" "$tmp/typo.err"

# An owner's own deadline later behind the action's unmoved latest: its slip, said on the step, counted, and
# --fail-on slipped fires (a helper's finding: charged to no one, exit 0).
sed 's#(Pilot Project – Australia/October 2007)#(Pilot Project – Australia/December 2007)#' "$y2007" > "$tmp/own.txt"
sed 's#(Pilot Project – Australia/October 2007)#(Pilot Project – Australia/November 2007)#' "$y2007" > "$tmp/own1.txt"
"$mseg" history "$y2007" "$tmp/own.txt" > "$tmp/own.out"
check "own slip: said on the step" grep -qF "(changed; Australia 2 months later)]" "$tmp/own.out"
check "own slip: one month is 'month'" bash -c "'$mseg' history '$y2007' '$tmp/own1.txt' | grep -qF '(changed; Australia 1 month later)]'"
"$mseg" history --fail-on slipped "$y2007" "$tmp/own.txt" > /dev/null; st=$?
check "own slip: --fail-on slipped exits 1" test $st -eq 1
# The words the output says, "carried through", are the status they name (a helper's finding: no suggestion).
"$mseg" history --status "carried through" "$hanoi" > /dev/null 2> "$tmp/status.err"
check "--status 'carried through': did you mean 'carried'" grep -qF "(did you mean 'carried'?)" "$tmp/status.err"
echo "$fails failed"
test $fails -eq 0
