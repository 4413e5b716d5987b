#!/usr/bin/env python3
"""Reads a report page (as mseg wrote it, or as Chromium's --dump-dom shows it
after its scripts ran) with Python's own HTML parser and prints its facts as
JSON: the table's action rows (id, state, hidden), the timeline's marks (action,
state, change, highlighted), the lane labels, the counts, the 'shown' line,
the detail line under the timeline and the body's attributes. The tests compare these with what `mseg query` and `mseg diff` say."""
import json
import sys
from html.parser import HTMLParser


class Facts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows, self.marks, self.lanes, self.counts = [], [], [], []
        self.shown, self.body, self.scripts, self.h = "", {}, 0, []
        self.detail = ""
        self.changes_rows = 0
        self._in = None
        self._buf = ""
        self._in_changes = False
        self._tbody_hidden = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        if tag == "body":
            self.body = a
        if tag == "script":
            self.scripts += 1
        if tag == "section" and "changes" in cls:
            self._in_changes = True
        if tag == "tbody":
            self._tbody_hidden = "hidden" in a
        if tag == "tr" and self._in_changes and cls:
            self.changes_rows += 1
        if tag == "tr" and "action" in cls:
            self.rows.append({"id": a.get("id"), "state": a.get("data-st"),
                              "hidden": "hidden" in a or self._tbody_hidden})
        if tag == "a" and "mk" in cls:
            change = [c for c in cls if c in ("new", "changed", "slipped")]
            self.marks.append({"id": a.get("data-a"), "state": cls[1], "change": change[0] if change else "",
                               "lit": "hl" in cls})
        if tag == "text" and "ln" in cls:
            self._in, self._buf = "lane", ""
        if tag == "output" and a.get("id") == "shown":
            self._in, self._buf = "shown", ""
        if tag == "p" and a.get("id") == "mark-detail":
            self._in, self._buf = "detail", ""
        if tag in ("h1", "h2", "h3", "h4"):
            self.h.append(tag)
        if tag == "li" and self.counts is not None and self._in is None and "counts" in getattr(self, "_ul", ""):
            self._in, self._buf = "count", ""
        if tag == "ul":
            self._ul = a.get("class") or ""

    def handle_endtag(self, tag):
        if tag == "section":
            self._in_changes = False
        if tag == "tbody":
            self._tbody_hidden = False
        if self._in == "lane" and tag in ("text", "title"):
            self.lanes.append(self._buf.strip())
            self._in = None
        elif self._in == "detail" and tag == "p":
            self.detail = self._buf.strip()
            self._in = None
        elif self._in == "shown" and tag == "output":
            self.shown = self._buf.strip()
            self._in = None
        elif self._in == "count" and tag == "li":
            self.counts.append(" ".join(self._buf.split()))
            self._in = None
        if tag == "ul":
            self._ul = ""

    def handle_data(self, data):
        if self._in:
            self._buf += data


f = Facts()
f.feed(open(sys.argv[1], encoding="utf-8").read())
print(json.dumps({"rows": f.rows, "marks": f.marks, "lanes": f.lanes, "counts": f.counts, "shown": f.shown, "detail": f.detail,
                  "body": f.body, "scripts": f.scripts, "headings": f.h, "changes_rows": f.changes_rows}))
