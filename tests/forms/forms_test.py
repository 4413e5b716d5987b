#!/usr/bin/python3
"""`mseg parse` of a plan's .docx or .pdf (or of a text form of it, .txt) gives the elements of the plan's
hand-checked golden.

    forms_test.py MSEG FIXTURE GOLDEN [NOTE-CODE...]

Spans and `source` aside (a .docx's places are Word's, not the text's lines), everything else must be
identical: title, meeting, group, preamble, columns, every section and element, and the diagnostics'
severity, code and message. `source.format` must name the fixture's form. Each NOTE-CODE must be among the
diagnostics (a note the reader adds for what it read, as docx-tracked-changes); those are then set aside.
"""
import json
import subprocess
import sys


def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items() if k not in ("span", "source")}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


def main():
    mseg, fixture, golden = sys.argv[1:4]
    notes = sys.argv[4:]
    run = subprocess.run([mseg, "parse", fixture], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"FAIL: mseg parse {fixture} exited {run.returncode}: {run.stderr.strip()}")
    actual = json.loads(run.stdout)
    with open(golden, encoding="utf-8") as f:
        expected = json.load(f)
    form = fixture.rsplit(".", 1)[1]
    # A text form's source names the layout reader that read it (source.layout), and no format.
    want = None if form == "txt" else form
    codes = [d["code"] for d in actual["diagnostics"]]
    for note in notes:
        if note not in codes:
            sys.exit(f"FAIL: no {note} among the diagnostics of {fixture}: {codes}")
    actual["diagnostics"] = [d for d in actual["diagnostics"] if d["code"] not in notes]
    if actual["source"].get("format") != want:
        sys.exit(f"FAIL: source.format is {actual['source'].get('format')!r}, expected {want!r}")
    a, e = strip(actual), strip(expected)
    # Citations keep their registry source (a nested "source"): compared apart from the plan's.
    if a != e:
        import difflib
        left = json.dumps(e, indent=1, ensure_ascii=False).splitlines()
        right = json.dumps(a, indent=1, ensure_ascii=False).splitlines()
        print("\n".join(list(difflib.unified_diff(left, right, golden, fixture, lineterm=""))[:80]))
        sys.exit(f"FAIL: {fixture} does not give the elements of {golden}")
    print(f"ok: {fixture} gives the elements of {golden}")
    # The form is told by its first bytes from a pipe too ("-"): a .docx or .pdf piped in holds NUL bytes by
    # nature, which a text read from a pipe may not.
    with open(fixture, "rb") as f:
        piped = subprocess.run([mseg, "parse", "-"], stdin=f, capture_output=True, text=True)
    if piped.returncode != run.returncode:
        sys.exit(f"FAIL: mseg parse - < {fixture} exited {piped.returncode}: {piped.stderr.strip()}")
    from_pipe = json.loads(piped.stdout)
    from_pipe["diagnostics"] = [d for d in from_pipe["diagnostics"] if d["code"] not in notes]
    if strip(from_pipe) != a or from_pipe["source"].get("format") != want:
        sys.exit(f"FAIL: mseg parse - < {fixture} does not give what mseg parse {fixture} gives")
    print(f"ok: mseg parse - < {fixture} gives the same")
    # validate reads the same form, and shows each diagnostic's line from the text the reader laid out.
    run = subprocess.run([mseg, "validate", fixture], capture_output=True, text=True)
    # The parser's warnings the golden holds, and the lint rules' over its elements (a heading paragraph read as
    # a directive cites no source), which validate of the golden itself reports.
    warnings = sum(d["severity"] == "warning" for d in expected["diagnostics"])
    linted = subprocess.run([mseg, "validate", "--format", "json", golden], capture_output=True, text=True)
    warnings += json.loads(linted.stdout)["summary"]["warnings"]
    if run.returncode != 0 or f"{warnings} warning" not in run.stdout + run.stderr:
        sys.exit(f"FAIL: mseg validate {fixture} exited {run.returncode}: {(run.stdout + run.stderr).strip()[:300]}")
    print(f"ok: mseg validate {fixture} exits 0 with the golden's {warnings} warning(s)")


if __name__ == "__main__":
    main()
