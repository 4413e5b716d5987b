#!/usr/bin/env python3
"""Writes a tab-cell plan (samples/*.txt, bench's generator) in the other text forms, for timing the readers.

usage: text_forms.py PLAN.txt OUTDIR   -> OUTDIR/plan.md, plan.layout.txt, plan.blocks.txt

The forms are laid out the way tests/forms/ shows them (Markdown pipe table; side by side in columns 34
characters wide with a form feed, a footer and the header row every 60 lines; column blocks with the column
names above the first row's blocks only), but by this script, not by LibreOffice and pdftotext: a 20 MB plan
would take those hours.
"""
import sys
import textwrap

plan, out = sys.argv[1], sys.argv[2]
text = open(plan, encoding="utf-8").read()
before, cells = [], []
for line in text.split("\n"):
    if line.startswith("\t"):
        cells.append([line[1:].strip()] if line[1:].strip() else [])
    elif cells:
        if line.strip():
            cells[-1].append(line.strip())
    elif line.strip():
        before.append(line.strip())
rows = [cells[i:i + 3] for i in range(0, len(cells) - len(cells) % 3, 3)]
header, rows = rows[0], rows[1:]

with open(f"{out}/plan.md", "w", encoding="utf-8") as f:
    f.write("\n\n".join(before) + "\n\n")
    f.write("| " + " | ".join(h[0] if h else "" for h in header) + " |\n|---|---|---|\n")
    for r in rows:
        f.write("| " + " | ".join("<br>".join(p.replace("|", "\\|") for p in c) for c in r) + " |\n")

W = 34
def wrap(cell):
    lines = []
    for p in cell:
        wrapped = textwrap.wrap(p, W, break_long_words=False, break_on_hyphens=False) or [""]
        # A line starting with a dash and a space reads as a bullet (docs/format.md): a tag's "(Phase 3 – Peru/..."
        # wrapped before its dash would split the action. Wrap after the dash, as a word processor's text does.
        for k in range(1, len(wrapped)):
            if wrapped[k].startswith("\u2013 ") or wrapped[k].startswith("- "):
                dash, rest = wrapped[k].split(" ", 1)
                wrapped[k - 1] += " " + dash
                wrapped[k] = rest
        lines += wrapped
    return lines

head = "".join(h[0].ljust(W + 2) if h else " " * (W + 2) for h in header).rstrip()
with open(f"{out}/plan.layout.txt", "w", encoding="utf-8") as f:
    f.write("\n\n".join(before) + "\n\n" + head + "\n")
    n, page = 0, 1
    for r in rows:
        cols = [wrap(c) for c in r]
        for k in range(max(len(c) for c in cols)):
            f.write("".join((c[k] if k < len(c) else "").ljust(W + 2) for c in cols).rstrip() + "\n")
            n += 1
            if n % 60 == 0:
                f.write(f"\nWork Plan - Page {page}\n\f{head}\n")
                page += 1
        f.write("\n")

# As the form comes (issue 15): the column names once, each before the first row's block of its column; every
# later row's directive block follows the last action block without a heading. A blank line ends each block.
with open(f"{out}/plan.blocks.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(before) + "\n")
    for k, r in enumerate(rows):
        for h, c in zip(header, r):
            f.write(((h[0] if h else "") + "\n" if k == 0 else "") + "\n".join(wrap(c)) + "\n\n")
