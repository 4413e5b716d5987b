#!/usr/bin/env python3
"""Writes small seeds for the PDF fuzz target (fuzz_pdf): each a PDF of a page or two of a real plan's words, at
their places, in Helvetica (one of the fonts every PDF reader knows, so none is embedded), uncompressed, with a
correct cross-reference table. A LibreOffice PDF of even one row is 20 KB or more of compressed, embedded font
data, and poppler parses all of it for every input: about 40 inputs a second. A seed of 2 to 4 KB runs many
times faster, and libFuzzer's mutations reach the reader's table, column and page rules without first having to
get past a font program. The words and boxes are pdftotext -bbox's, as in fuzz/pdf_words_seeds.py. A Chromium
PDF's seeds carry its producer, but with places to a tenth of a point and twenty-odd lines they stand on no pixel
grid: the browser's pixel rule is reached by fuzz_pdf_words' `browser` seeds.

    python3 fuzz/pdf_seeds.py OUT_DIR FILE.pdf...

fuzz/corpus/pdf/ holds seeds made with
    python3 fuzz/pdf_seeds.py fuzz/corpus/pdf tests/forms/*.pdf
beside the two whole sample PDFs.
"""
import os

from pdf_text_layer import for_each_pdf, producer_of

LIMIT = 3300  # bytes of content streams in one seed: with the objects around them, under the runs' -max_len 4096


def literal(text):
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def content(height, words, budget):
    """A page's content stream: each word set at its box's baseline, at a size from its box's height; as many words
    as fit in `budget` bytes, in the order given."""
    out = [b"BT"]
    used = 2
    for x0, y0, x1, y1, text in words:
        size = max(1.0, (y1 - y0) / 1.156)  # Helvetica's box: ascent 0.931, descent 0.225 of the size
        base = height - y1 + 0.225 * size
        op = b"/F1 %.1f Tf 1 0 0 1 %.1f %.1f Tm" % (size, x0, base) + literal(text) + b"Tj"
        if used + len(op) + 3 > budget:
            break
        out.append(op)
        used += len(op) + 1
    out.append(b"ET")
    return b"\n".join(out)


def write_pdf(path, pages, producer=""):
    """pages: (width, height, content stream) each. Objects: 1 catalog, 2 page tree, 3 font, then a page and its
    stream for each page, then, for a browser's PDF, the document's information with its producer (the reader
    reads Chromium's pages on their pixel grid)."""
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objects = [b"<</Type/Catalog/Pages 2 0 R>>",
               b"<</Type/Pages/Kids[%s]/Count %d>>" % (kids.encode(), len(pages)),
               b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>"]
    for i, (width, height, stream) in enumerate(pages):
        objects.append(b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 %.0f %.0f]/Resources<</Font<</F1 3 0 R>>>>"
                       b"/Contents %d 0 R>>" % (width, height, 5 + 2 * i))
        objects.append(b"<</Length %d>>stream\n" % len(stream) + stream + b"\nendstream")
    browser = producer.startswith("Skia/PDF")
    if browser:
        objects.append(b"<</Producer(" + producer.encode("ascii", "replace") + b")>>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    info = b"/Info %d 0 R" % len(objects) if browser else b""
    out += b"trailer\n<</Size %d/Root 1 0 R%s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, info, xref)
    with open(path, "wb") as f:
        f.write(out)


def write_seeds(out, name, pdf, pages):
    # The page with the column names (the table's start), alone; and it with the next page at half the budget
    # each, so that a seed also holds a page break, a repeated header and running text.
    first = next((i for i, (_, _, w) in enumerate(pages) if any(t[4] == "Priorities" for t in w)), 0)
    width, height, words = pages[first]
    # From the column names down, line by line across the columns: the front matter above them would take the
    # budget, and pdftotext's order (a column's block at a time) would leave the later columns out.
    top = min((y0 for _, y0, _, _, t in words if t == "Priorities"), default=0.0) - 1
    words = sorted((w for w in words if w[1] >= top), key=lambda w: (round(w[1]), w[0]))
    producer = producer_of(pdf)
    write_pdf(os.path.join(out, name + ".p1.pdf"), [(width, height, content(height, words, LIMIT))], producer)
    if first + 1 < len(pages):
        two = [(w, h, content(h, sorted(ws, key=lambda w: (round(w[1]), w[0])), LIMIT // 2))
               for w, h, ws in pages[first:first + 2]]
        write_pdf(os.path.join(out, name + ".p2.pdf"), two, producer)


for_each_pdf(__doc__, write_seeds)
