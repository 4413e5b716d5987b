#!/usr/bin/env python3
"""Checks `mseg query --format ics` the way a calendar program reads it, with
Debian's python3-icalendar: it parses; lines end in CRLF and fit 75 octets;
every event's dates are the deadline's (DTEND the day after the last day);
one event per action, dated tag and owner; the text is the action's.
usage: ics_check.py PLAN.ics QUERY.json  (QUERY.json: `mseg query --format json` of the same plan)"""
import datetime
import json
import sys

import icalendar

raw = open(sys.argv[1], "rb").read()
matches = json.load(open(sys.argv[2]))
fails = []
lines = raw.split(b"\r\n")
if lines[-1] != b"" or b"\n" in raw.replace(b"\r\n", b""):
    fails.append("every line must end in CRLF")
for n, line in enumerate(lines[:-1], 1):
    if len(line) > 75:
        fails.append(f"line {n} has {len(line)} octets")
    if line.startswith(b" ") and line[1:2] and (line[1] & 0xC0) == 0x80:
        fails.append(f"line {n}: a fold splits a UTF-8 character")

cal = icalendar.Calendar.from_ical(raw)
events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
if len(events) != len(cal.walk("VEVENT")):
    fails.append("UIDs are not unique")

want = {}
for m in matches:
    for t in m["tags"]:
        d = t["deadline"]
        if not d.get("start"):
            continue
        for o in t["owners"]:
            want.setdefault(m["id"], []).append((o["name"], d["start"], d["end"], m["text"], t["text"]))
got = {}
for uid, e in events.items():
    desc = str(e["DESCRIPTION"])
    action = [l for l in desc.split("\n") if l.startswith("Action: ")][0][len("Action: "):]
    owner = [l for l in desc.split("\n") if l.startswith("Owner: ")][0][len("Owner: "):]
    start = e["DTSTART"].dt
    end = e["DTEND"].dt
    if not isinstance(start, datetime.date) or isinstance(start, datetime.datetime):
        fails.append(f"{uid}: not an all-day event")
    last = end - datetime.timedelta(days=1)
    text = desc.split("\n\nOwner: ")[0]
    got.setdefault(action, []).append((owner, start.isoformat(), last.isoformat(), text,
                                       [l for l in desc.split("\n") if l.startswith("Tag: ")][0][len("Tag: "):]))
    if not str(e["SUMMARY"]).startswith(owner + ": "):
        fails.append(f"{uid}: summary does not start with the owner")
for k in set(want) | set(got):
    if sorted(want.get(k, [])) != sorted(got.get(k, [])):
        fails.append(f"{k}: expected {sorted(want.get(k, []))}, got {sorted(got.get(k, []))}")
for f in fails:
    print("ics_check:", f)
print(f"ics_check: {len(events)} events checked")
sys.exit(1 if fails else 0)
