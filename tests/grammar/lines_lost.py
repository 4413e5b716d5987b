#!/usr/bin/python3
"""Every non-blank line of a plan's text ends up somewhere (issue 15): inside the span of an element
(directive, priority, priority item, action, tag, section) or a diagnostic, or as a front-matter field's text
(title, meeting, meeting_place, meeting_dates, document, preamble, columns, part), or as a cover sheet's rule.

usage: lines_lost.py PLAN.txt PLAN.json   (prints each lost line and exits 1 if any)"""
import json
import sys


def main(txt_path, json_path):
    raw = open(txt_path, "rb").read()
    plan = json.load(open(json_path, encoding="utf-8"))
    covered = set()

    def cover(span):
        for line in range(span["line"], span["end_line"] + 1):
            covered.add(line)

    for s in plan["sections"]:
        cover(s["span"])
        for d in s["directives"]:
            cover(d["span"])
        for p in s["priorities"]:
            cover(p["span"])
        for a in s["actions"]:
            cover(a["span"])
    for d in plan["diagnostics"]:
        cover(d["span"])
    words = " ".join(
        str(v)
        for v in [plan["title"], plan["meeting"], plan.get("meeting_place"), plan["preamble"], *plan["columns"],
                  (plan.get("meeting_dates") or {}).get("text"), *(plan.get("document") or {}).values(),
                  *[s.get("part") for s in plan["sections"]]]
        if v)
    collapsed = " ".join(words.split())
    lost = []
    for n, line in enumerate(raw.decode("utf-8").splitlines(), start=1):
        text = " ".join(line.split())
        if not text or n in covered:
            continue
        if set(text) <= set("_-= "):
            continue  # a cover sheet's rule
        # A field holds the line (the document number line holds number and agenda item).
        parts = [p.strip() for p in text.replace("Agenda Item:", "\n").replace("Purpose:", "\n")
                 .replace("Submitted by:", "\n").split("\n")]
        if all(not p or p in collapsed for p in parts):
            continue
        lost.append(f"{txt_path}:{n}: {line}")
    for entry in lost:
        print("LOST:", entry)
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
