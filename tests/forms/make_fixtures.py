#!/usr/bin/python3
"""Makes the other forms of a tab-cell plan the way they arise in the world.

A plan's tab-cell text (a Word table saved as plain text, the form of samples/*.txt) is written back as
a real Word table with python3-docx (PLAN.docx), LibreOffice headless turns that into a PDF (PLAN.pdf),
and poppler's pdftotext extracts text from the PDF with -layout (PLAN.layout.txt: the columns side by
side) and without (PLAN.blocks.txt: each cell's lines as a block). PLAN.md is the same table as a
GitHub-flavoured Markdown pipe table, as a plan kept in a Git repository would be written.

    /usr/bin/python3 tests/forms/make_fixtures.py OUTDIR PLAN.txt...

Needs python3-docx, libreoffice-writer-nogui and poppler-utils (Debian 12). The suite and CI never run
this: they read the committed outputs. See tests/forms/README.md.
"""
import os
import shutil
import subprocess
import sys
import tempfile

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt


def read_tab_cells(text):
    """The plan's front lines and its cells, as mseg's tab-cell reader (parser/table.cpp) sees them:
    a cell starts on a line that begins with a tab; its further non-blank lines are its paragraphs."""
    front, cells = [], []
    for line in text.splitlines():
        if line.startswith("\t"):
            cells.append([])
            line = line[1:]
        if not line.strip():
            continue
        (cells[-1] if cells else front).append(line.strip())
    if len(cells) % 3:
        raise SystemExit(f"{len(cells)} cells: not a three-column table")
    return front, [cells[i:i + 3] for i in range(0, len(cells), 3)]


def add_page_number_footer(section, running_title):
    """A footer as meeting documents have one: a running title and "Page N of M", both repeated on every
    page, which a text extraction interleaves with the table (page furniture the readers must remove)."""
    paragraph = section.footer.paragraphs[0]
    paragraph.text = running_title + " \u2013 Page "

    def field(instruction):
        run = paragraph.add_run()
        for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1"), ("end", None)):
            if kind:
                element = OxmlElement("w:fldChar")
                element.set(qn("w:fldCharType"), kind)
            elif text == instruction:
                element = OxmlElement("w:instrText")
                element.set(qn("xml:space"), "preserve")
                element.text = f" {instruction} "
            else:
                element = OxmlElement("w:t")
                element.text = text
            run._r.append(element)

    field("PAGE")
    paragraph.add_run(" of ")
    field("NUMPAGES")


def repeat_as_header_row(row):
    """Word's "Repeat as header row at the top of each page": the column names come again on every page."""
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def write_docx(front, rows, path):
    document = docx.Document()
    section = document.sections[0]
    # A4, portrait, as APEC meeting documents are printed.
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.orientation = WD_ORIENT.PORTRAIT
    for margin in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, margin, Cm(2.0))
    style = document.styles["Normal"]
    style.font.name, style.font.size = "DejaVu Sans", Pt(9)
    # The running title: the plan's title line when it has a short one.
    add_page_number_footer(section, front[0] if front and len(front[0]) < 60 else "Work Plan")
    for line in front:
        document.add_paragraph(line)
    table = document.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for row in rows:
        cells = table.add_row().cells
        for cell, paragraphs in zip(cells, row):
            cell.paragraphs[0].text = paragraphs[0] if paragraphs else ""
            for p in paragraphs[1:]:
                cell.add_paragraph(p)
    repeat_as_header_row(table.rows[0])
    document.save(path)


def write_markdown(front, rows, path):
    def cell(paragraphs):
        return "<br>".join(p.replace("|", "\\|") for p in paragraphs)
    with open(path, "w", encoding="utf-8") as out:
        for line in front:
            out.write(line + "\n\n")
        header, body = rows[0], rows[1:]
        out.write("| " + " | ".join(cell(c) for c in header) + " |\n")
        out.write("|---|---|---|\n")
        for row in body:
            out.write("| " + " | ".join(cell(c) for c in row) + " |\n")


def main():
    outdir, plans = sys.argv[1], sys.argv[2:]
    os.makedirs(outdir, exist_ok=True)
    for plan in plans:
        name = os.path.splitext(os.path.basename(plan))[0]
        with open(plan, encoding="utf-8") as f:
            front, rows = read_tab_cells(f.read())
        base = os.path.join(outdir, name)
        write_docx(front, rows, base + ".docx")
        write_markdown(front, rows, base + ".md")
        with tempfile.TemporaryDirectory() as profile:
            # A private profile: a second soffice (or a user's running one) cannot block the conversion.
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                            "--convert-to", "pdf", "--outdir", outdir, base + ".docx"],
                           check=True, stdout=subprocess.DEVNULL)
        subprocess.run(["pdftotext", "-layout", base + ".pdf", base + ".layout.txt"], check=True)
        subprocess.run(["pdftotext", base + ".pdf", base + ".blocks.txt"], check=True)
        print(f"{plan}: {len(rows) - 1} rows -> {base}.{{docx,md,pdf,layout.txt,blocks.txt}}")


if __name__ == "__main__":
    main()
