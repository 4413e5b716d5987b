#!/usr/bin/env python3
"""Writes the word-level PDF fuzz target's seeds (fuzz/pdf_words.hpp says the format) from PDFs' text layers,
as poppler-utils' `pdftotext -bbox` reports them: the same words and boxes poppler-cpp gives mseg.

    python3 fuzz/pdf_words_seeds.py OUT_DIR FILE.pdf...

fuzz/corpus/pdf_words/ was made with
    python3 fuzz/pdf_words_seeds.py fuzz/corpus/pdf_words tests/forms/*.pdf
"""
import html
import os
import re
import subprocess
import sys

WORD = re.compile(r'<word xMin="([^"]+)" yMin="([^"]+)" xMax="([^"]+)" yMax="([^"]+)">(.*?)</word>')


def seed(pdf):
    run = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True)
    if run.returncode != 0:
        return None  # an encrypted or damaged fixture: no text layer to give
    xhtml = run.stdout
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    browser = any(line.split(":", 1)[1].strip().startswith("Skia/PDF")
                  for line in info.splitlines() if line.startswith("Producer:"))
    pages = []
    for page in xhtml.split("<page ")[1:]:
        lines = []
        for m in WORD.finditer(page):
            x0, y0, x1, y1, text = m.groups()
            # Drop the trailing zeros pdftotext pads to six places: shorter inputs mutate faster.
            nums = [("%.3f" % float(v)).rstrip("0").rstrip(".") for v in (x0, y0, x1, y1)]
            lines.append(" ".join(nums) + " " + html.unescape(text))
        pages.append("\n".join(lines))
    # A first line "browser": Chromium printed it (fuzz/pdf_words.hpp), as read_pdf learns from the producer.
    return ("browser\n" if browser else "") + "\n\n".join(pages) + "\n"


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for pdf in sys.argv[2:]:
        words = seed(pdf)
        if words is None:
            print(f"{pdf}: skipped, pdftotext cannot read it", file=sys.stderr)
            continue
        name = os.path.splitext(os.path.basename(pdf))[0] + ".words"
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(words)


main()
