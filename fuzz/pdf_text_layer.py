"""A PDF's text layer as pdftotext -bbox reports it (the same words and boxes poppler-cpp gives mseg), for the PDF
fuzz targets' seed scripts (fuzz/pdf_seeds.py, fuzz/pdf_words_seeds.py)."""
import html
import os
import re
import subprocess
import sys

WORD = re.compile(r'<word xMin="([^"]+)" yMin="([^"]+)" xMax="([^"]+)" yMax="([^"]+)">(.*?)</word>')
PAGE = re.compile(r'<page width="([^"]+)" height="([^"]+)">')


def pages_of(pdf):
    """[(width, height, [(x0, y0, x1, y1, text)...])...], a page each; None for a PDF pdftotext cannot read (an
    encrypted or damaged fixture)."""
    run = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True)
    if run.returncode != 0:
        return None
    pages = []
    for chunk in run.stdout.split("<page ")[1:]:
        size = PAGE.match("<page " + chunk)
        words = [(float(a), float(b), float(c), float(d), html.unescape(t)) for a, b, c, d, t in WORD.findall(chunk)]
        pages.append((float(size.group(1)), float(size.group(2)), words))
    return pages


def producer_of(pdf):
    """The PDF's producer, as pdfinfo reports it ("Skia/PDF m156" for Chromium's print to PDF), or ""."""
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return next((line.split(":", 1)[1].strip() for line in info.splitlines() if line.startswith("Producer:")), "")


def for_each_pdf(doc, write):
    """The scripts' command line, `OUT_DIR FILE.pdf...`: write(out_dir, name, pdf, pages) for each PDF with a text
    layer, where name is the file's name without .pdf."""
    if len(sys.argv) < 3:
        sys.exit(doc)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for pdf in sys.argv[2:]:
        pages = pages_of(pdf)
        if not pages:
            print(f"{pdf}: skipped, pdftotext cannot read it", file=sys.stderr)
            continue
        write(out, os.path.splitext(os.path.basename(pdf))[0], pdf, pages)
