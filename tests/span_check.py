#!/usr/bin/python3
"""Checks every span in plan JSON against the original file, computed independently:
line/column from the byte offset (columns in characters), end from offset+length, and
for tags and citations that the spanned bytes are exactly the element's text.

usage: span_check.py PLAN.json   (the plan's source.path must be readable from here)"""
import json
import sys


def position(data: bytes, offset: int):
    before = data[:offset].decode("utf-8")
    lines = before.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return len(lines), len(lines[-1]) + 1


def main():
    plan = json.load(open(sys.argv[1], encoding="utf-8"))
    data = open(plan["source"]["path"], "rb").read()
    checked = 0
    bad = 0

    def check(span, where, text=None):
        nonlocal checked, bad
        checked += 1
        start = position(data, span["offset"])
        end = position(data, span["offset"] + span["length"])
        if start != (span["line"], span["column"]) or end != (span["end_line"], span["end_column"]):
            bad += 1
            print(f"{where}: span {span} but offsets give {start} .. {end}")
        if text is not None:
            got = data[span["offset"]:span["offset"] + span["length"]].decode("utf-8")
            if got != text:
                bad += 1
                print(f"{where}: spans {got!r}, expected {text!r}")

    for s in plan["sections"]:
        check(s["span"], s["id"])
        for d in s["directives"]:
            check(d["span"], d["id"])
            for c in d["citations"]:
                check(c["span"], d["id"] + " citation", c["text"])
        for p in s["priorities"]:
            check(p["span"], p["id"])
            for i in p["items"]:
                check(i["span"], p["id"] + " item", i["text"])
        for a in s["actions"]:
            check(a["span"], a["id"])
            for t in a["tags"]:
                check(t["span"], a["id"] + " tag", t["text"])
    for d in plan["diagnostics"]:
        check(d["span"], "diagnostic " + d["code"])
    print(f"{checked} spans checked, {bad} wrong")
    return 1 if bad or not checked else 0


if __name__ == "__main__":
    sys.exit(main())
