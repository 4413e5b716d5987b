#!/usr/bin/python3
"""Small hostile PDFs for bad_input_test.sh, written object by object (no PDF library needed):
    hostile_pdf.py pages|words|brokenxref|scan > FILE
pages: 10,000 pages; words: one page with 1,000,000 words; brokenxref: a cross-reference table of garbage;
scan: a page with no text at all, as a scanned page has none."""
import sys, zlib
def pdf(pages_streams, compress=True):
    # pages_streams: list of content streams (bytes); one shared font
    objs = {}
    n = len(pages_streams)
    objs[1] = b"<</Type/Catalog/Pages 2 0 R>>"
    kids = " ".join(f"{4+2*i} 0 R" for i in range(n))
    objs[2] = f"<</Type/Pages/Kids[{kids}]/Count {n}>>".encode()
    objs[3] = b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"
    for i, s in enumerate(pages_streams):
        objs[4+2*i] = f"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 3 0 R>>>>/Contents {5+2*i} 0 R>>".encode()
        data = zlib.compress(s) if compress else s
        objs[5+2*i] = f"<</Length {len(data)}{'/Filter/FlateDecode' if compress else ''}>>stream\n".encode() + data + b"\nendstream"
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += f"{k} 0 obj".encode() + objs[k] + b"endobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for k in sorted(objs):
        out += f"{offsets[k]:010d} 00000 n \n".encode()
    out += f"trailer<</Size {len(objs)+1}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
kind = sys.argv[1]
if kind == "pages":
    s = b"BT /F1 9 Tf 50 800 Td (x) Tj ET"
    sys.stdout.buffer.write(pdf([s]*10000))
elif kind == "words":
    line = b"(" + b" ".join([b"w"]*1000) + b") Tj 0 -0.8 Td\n"
    sys.stdout.buffer.write(pdf([b"BT /F1 1 Tf 10 830 Td 0 Tz\n" + line*1000 + b"ET"]))
elif kind == "scan":
    sys.stdout.buffer.write(pdf([b"0 0 m 100 100 l S"]))
elif kind == "brokenxref":
    d = pdf([b"BT /F1 9 Tf 50 800 Td (hello) Tj ET"])
    i = d.rindex(b"xref\n"); sys.stdout.buffer.write(d[:i] + b"xref\n0 9\nXXXXXXXXXXXXXXXXXX\n" + d[i+30:])
