#!/usr/bin/env python3
"""Prints the network requests a page made, from a Chromium --log-net-log file:
the URL_REQUEST_START_JOB events whose network isolation key is the page's
(file://), leaving out the browser's own background traffic (null or google
keys) and file: / data: loads. One URL a line; nothing when the page asked for nothing."""
import json
import sys

log = json.load(open(sys.argv[1]))
types = {v: k for k, v in log["constants"]["logEventTypes"].items()}
for e in log["events"]:
    p = e.get("params") or {}
    if types.get(e["type"]) != "URL_REQUEST_START_JOB" or "url" not in p:
        continue
    if not str(p.get("network_isolation_key", "")).startswith("file://"):
        continue
    if p["url"].startswith(("file:", "data:")):
        continue
    print(p["url"])
