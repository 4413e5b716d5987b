#!/usr/bin/env python3
"""Writes the word-level PDF fuzz target's seeds (fuzz/pdf_words.hpp says the format) from PDFs' text layers,
as poppler-utils' `pdftotext -bbox` reports them: the same words and boxes poppler-cpp gives mseg.

    python3 fuzz/pdf_words_seeds.py OUT_DIR FILE.pdf...

fuzz/corpus/pdf_words/ was made with
    python3 fuzz/pdf_words_seeds.py fuzz/corpus/pdf_words tests/forms/*.pdf
"""
import os

from pdf_text_layer import for_each_pdf, producer_of


def seed(out, name, pdf, pages):
    lines = []
    for _, _, words in pages:
        # Drop the trailing zeros pdftotext pads to six places: shorter inputs mutate faster.
        lines.append("\n".join(" ".join(("%.3f" % v).rstrip("0").rstrip(".") for v in w[:4]) + " " + w[4]
                               for w in words))
    # A first line "browser": Chromium printed it (fuzz/pdf_words.hpp), as read_pdf learns from the producer.
    browser = producer_of(pdf).startswith("Skia/PDF")
    with open(os.path.join(out, name + ".words"), "w", encoding="utf-8") as f:
        f.write(("browser\n" if browser else "") + "\n\n".join(lines) + "\n")


for_each_pdf(__doc__, seed)
