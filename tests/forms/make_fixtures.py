#!/usr/bin/python3
"""Makes the other forms of a tab-cell plan the way they arise in the world.

A plan's tab-cell text (a Word table saved as plain text, the form of samples/*.txt) is written back as
a real Word table with python3-docx (PLAN.docx), LibreOffice headless turns that into a PDF (PLAN.pdf),
and poppler's pdftotext extracts text from the PDF with -layout (PLAN.layout.txt: the columns side by
side) and without (PLAN.blocks.txt: each cell's lines as a block). PLAN.md is the same table as a
GitHub-flavoured Markdown pipe table, as a plan kept in a Git repository would be written.

    /usr/bin/python3 tests/forms/make_fixtures.py OUTDIR PLAN.txt...

Needs python3-docx, libreoffice-writer-nogui, poppler-utils, qpdf and pandoc (Debian 12). The suite and CI never run
this: they read the committed outputs. See tests/forms/README.md.
"""
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt


# The names of a wider table's further columns, as mseg reads them (docs/format.md, "Wider tables").
EXTRA_COLUMNS = {"lead", "leads", "lead economy", "lead economies", "co-leads", "timeline", "timeframe",
                 "time frame", "status", "progress", "deadline", "responsibility", "remarks", "comments"}


def read_tab_cells(text):
    """The plan's front lines and its cells, as mseg's tab-cell reader (parser/table.cpp) sees them:
    a cell starts on a line that begins with a tab; its further non-blank lines are its paragraphs. The
    table is three columns wide, or wider when the header's fourth to sixth cells name further columns
    (Lead, Timeline, Status, ...)."""
    front, cells = [], []
    for line in text.splitlines():
        if line.startswith("\t"):
            cells.append([])
            line = line[1:]
        if not line.strip():
            continue
        (cells[-1] if cells else front).append(line.strip())
    width = 3
    while width < 6 and width < len(cells) and len(cells[width]) == 1 and cells[width][0].lower() in EXTRA_COLUMNS:
        width += 1
    if len(cells) % width:
        raise SystemExit(f"{len(cells)} cells: not a {width}-column table")
    return front, [cells[i:i + width] for i in range(0, len(cells), width)]


def add_field(paragraph, instruction):
    """A Word field (PAGE, NUMPAGES) at the paragraph's end, showing "1" until Word or LibreOffice fills it in."""
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


def add_page_number_footer(section, running_title):
    """A footer as meeting documents have one: a running title and "Page N of M", both repeated on every
    page, which a text extraction interleaves with the table (page furniture the readers must remove)."""
    paragraph = section.footer.paragraphs[0]
    paragraph.text = running_title + " \u2013 Page "
    add_field(paragraph, "PAGE")
    paragraph.add_run(" of ")
    add_field(paragraph, "NUMPAGES")


def repeat_as_header_row(row):
    """Word's "Repeat as header row at the top of each page": the column names come again on every page."""
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def write_docx(front, rows, path):
    document = docx.Document()
    section = document.sections[0]
    # A4, portrait, as APEC meeting documents are printed; a wider table (Lead, Timeline columns) landscape.
    if len(rows[0]) > 3:
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
        section.orientation = WD_ORIENT.LANDSCAPE
    else:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.orientation = WD_ORIENT.PORTRAIT
    for margin in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, margin, Cm(2.0))
    style = document.styles["Normal"]
    style.font.name, style.font.size = "DejaVu Sans", Pt(9)
    # The running title: the plan's title line when it has a short one.
    # (A cover sheet's opening rule is not a title: the line after it, the document number, runs instead.)
    lines = [line for line in front if line.strip("_")]
    add_page_number_footer(section, lines[0] if lines and len(lines[0]) < 60 else "Work Plan")
    for line in front:
        document.add_paragraph(line)
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for row in rows:
        cells = table.add_row().cells
        for cell, paragraphs in zip(cells, row):
            cell.paragraphs[0].text = paragraphs[0] if paragraphs else ""
            for p in paragraphs[1:]:
                cell.add_paragraph(p)
    repeat_as_header_row(table.rows[0])
    document.save(path)


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def write_features_docx(front, rows, path):
    """The plan as a .docx with the Word features python-docx cannot make, written into document.xml and
    numbering.xml by hand as Word writes them: a second table before the plan's (a revision history), a
    tracked change in the first action (an insertion kept, a deletion dropped), list paragraphs (each
    "· " paragraph as a bulleted list item, the bullet Word's Symbol-font dot) and merged cells (each
    empty directive cell merged with the one above, w:vMerge). Read as accepted, it is the same plan."""
    write_docx(front, rows, path)
    document = docx.Document(path)
    body = document.element.body
    plan_table = body.find(qn("w:tbl"))
    # A revision history: a table whose first row holds no column names.
    history = document.add_table(rows=2, cols=2)
    for r, (a, b) in enumerate((("Revision", "Date and what changed, as the secretariat recorded it for the file"),
                                ("1", "First circulated as a Word 97 document"))):
        history.rows[r].cells[0].text, history.rows[r].cells[1].text = a, b
    plan_table.addprevious(history._tbl)
    # Bullets: one abstract numbering with Word's Symbol dot, used by every "· " paragraph.
    numbering = document.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "90")
    level = OxmlElement("w:lvl")
    level.set(qn("w:ilvl"), "0")
    for tag, value in (("w:start", "1"), ("w:numFmt", "bullet"), ("w:lvlText", "\uf0b7")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), value)
        level.append(e)
    abstract.append(level)
    numbering.insert(0, abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), "90")
    num.append(ref)
    numbering.append(num)
    table = document.tables[1] if document.tables[0]._tbl is history._tbl else document.tables[0]
    for paragraph in document.paragraphs + [p for row in table.rows for c in row.cells for p in c.paragraphs]:
        if paragraph.text.startswith("\u00b7 "):
            rest = paragraph.text[2:]
            paragraph.text = rest
            properties = paragraph._p.get_or_add_pPr()
            numbering_properties = OxmlElement("w:numPr")
            for tag, value in (("w:ilvl", "0"), ("w:numId", "90")):
                e = OxmlElement(tag)
                e.set(qn("w:val"), value)
                numbering_properties.append(e)
            properties.append(numbering_properties)
    # A tracked change in the first action: its first run inserted, a word before it deleted.
    first_action = table.rows[1].cells[2].paragraphs[0]._p
    run = first_action.find(qn("w:r"))
    insertion = OxmlElement("w:ins")
    for key, value in (("w:id", "1"), ("w:author", "Secretariat"), ("w:date", "2007-06-01T00:00:00Z")):
        insertion.set(qn(key), value)
    run.addprevious(insertion)
    insertion.append(run)
    deletion = OxmlElement("w:del")
    for key, value in (("w:id", "2"), ("w:author", "Secretariat"), ("w:date", "2007-06-01T00:00:00Z")):
        deletion.set(qn(key), value)
    deleted_run = OxmlElement("w:r")
    deleted_text = OxmlElement("w:delText")
    deleted_text.set(qn("xml:space"), "preserve")
    deleted_text.text = "Draft and "
    deleted_run.append(deleted_text)
    deletion.append(deleted_run)
    insertion.addprevious(deletion)
    # Merged cells: an empty directive cell continues the one above it.
    rows_ = table.rows
    for i in range(2, len(rows_)):
        cell = rows_[i].cells[0]
        if cell.text.strip():
            continue
        above = rows_[i - 1].cells[0]._tc.get_or_add_tcPr()
        if above.find(qn("w:vMerge")) is None:
            restart = OxmlElement("w:vMerge")
            restart.set(qn("w:val"), "restart")
            above.append(restart)
        cell._tc.get_or_add_tcPr().append(OxmlElement("w:vMerge"))
    document.save(path)


def write_markdown(front, rows, path):
    def cell(paragraphs):
        return "<br>".join(p.replace("|", "\\|") for p in paragraphs)
    with open(path, "w", encoding="utf-8") as out:
        for line in front:
            out.write(line + "\n\n")
        header, body = rows[0], rows[1:]
        out.write("| " + " | ".join(cell(c) for c in header) + " |\n")
        out.write("|" + "---|" * len(header) + "\n")
        for row in body:
            out.write("| " + " | ".join(cell(c) for c in row) + " |\n")


def write_pandoc_markdown(base):
    """PLAN.pandoc.md: the .docx as pandoc writes Markdown by default (a grid table, smart punctuation, wrapped at
    72 columns), as a plan converted with `pandoc plan.docx -t markdown` is."""
    subprocess.run(["pandoc", base + ".docx", "-t", "markdown", "-o", base + ".pandoc.md"], check=True)


def write_delimited(front, rows, path, dialect):
    """PLAN.tsv / PLAN.csv: the table as a spreadsheet saves it (Excel's dialects of Python's csv module, as Excel,
    LibreOffice Calc and Google Sheets write them: CRLF between rows, a cell holding a line break, the separator or
    a quote in quotes with each quote doubled, every row padded to the table's width). The front matter stands in
    the first column, a line a row with an empty row after each, as when it is pasted above the table."""
    width = len(rows[0])
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, dialect=dialect)
        for line in front:
            writer.writerow([line] + [""] * (width - 1))
            writer.writerow([""] * width)
        for row in rows:
            writer.writerow(["\n".join(c) for c in row])


def write_hyphenated_pdf(base):
    """PLAN.hyphenated.pdf: the plan's .docx with a soft hyphen (U+00AD) in the middle of every long lower-case
    word of the table, printed by LibreOffice, which breaks some of them at a line's end as a word processor's
    hyphenation does ("econ-" / "omies"). The PDF reader must read the words whole (issue 16; a new user's finding)."""
    doc = docx.Document(base + ".docx")
    long_word = re.compile(r"\b[a-z]{9,}\b")
    for row in doc.tables[0].rows[1:]:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.text = long_word.sub(lambda m: m.group(0)[:len(m.group(0)) // 2] + "\u00ad" +
                                             m.group(0)[len(m.group(0)) // 2:], run.text)
    with tempfile.TemporaryDirectory() as work:
        hyphenated = os.path.join(work, os.path.basename(base) + ".hyphenated.docx")
        doc.save(hyphenated)
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                            "--convert-to", "pdf", "--outdir", work, hyphenated],
                           check=True, stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(work, os.path.basename(base) + ".hyphenated.pdf"), base + ".hyphenated.pdf")


def print_variant(base, form, change):
    """PLAN.FORM.pdf: the plan's committed .docx with one setting changed by `change(doc)`, printed by LibreOffice."""
    doc = docx.Document(base + ".docx")
    change(doc)
    with tempfile.TemporaryDirectory() as work:
        changed = os.path.join(work, f"{os.path.basename(base)}.{form}.docx")
        doc.save(changed)
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                            "--convert-to", "pdf", "--outdir", work, changed],
                           check=True, stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(work, f"{os.path.basename(base)}.{form}.pdf"), f"{base}.{form}.pdf")
    return f"{base}.{form}.pdf"


def spacing(after, line, before=0):
    """Every paragraph `after` pt apart from the next (and `before` pt from the one before), lines `line` times their
    height apart (the Normal style)."""
    def change(doc):
        normal = doc.styles["Normal"].paragraph_format
        normal.space_after = Pt(after)
        normal.space_before = Pt(before)
        normal.line_spacing = line
    return change


def column_size(columns, size):
    """The table's body cells in `columns` (0-based) set in `size` pt, the rest as they are (9 pt)."""
    return paragraph_size(size, lambda column, i, text: column in columns)


def paragraph_size(size, which):
    """The table's body paragraphs that `which(column, cell_paragraph_index, text)` picks set in `size` pt, the rest as
    they are (9 pt): a line in another font stands its own height above the next."""
    def change(doc):
        for row in doc.tables[0].rows[1:]:
            for column, cell in enumerate(row.cells):
                for i, paragraph in enumerate(cell.paragraphs):
                    if which(column, i, paragraph.text):
                        for run in paragraph.runs:
                            run.font.size = Pt(size)
    return change


def centred_header(doc):
    """The names row in 12 pt bold, each name centred in its cell's height: a name that wraps stands half a line
    above and below the others."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    for cell in doc.tables[0].rows[0].cells:
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        for paragraph in cell.paragraphs:
            for run in paragraph.runs:
                run.font.size, run.bold = Pt(12), True


def justified(doc):
    """Every paragraph of the table justified (Word's Ctrl+J): a line's gaps widen to a gutter's width, and by
    chance three lines of a column start a word at one place (a helper's finding: the priorities' edge moved
    there and took the directives' last words)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    for row in doc.tables[0].rows[1:]:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY


def text_after(doc):
    """Two paragraphs after the table, as a secretariat closes a plan: on the 2007 plan's last page, below its rows
    (a helper's finding: the note was read as a section, and its width, taken for the first column's, made every
    wrapped line of that column a paragraph of its own)."""
    doc.add_paragraph("")
    doc.add_paragraph("Note: deadlines are indicative and will be reviewed at the next meeting.")
    doc.add_paragraph("MSEG Secretariat, June 2006")


def centred_cells(doc):
    """Every cell centred in its row's height (Word's Align Center Left), no space between paragraphs, lines single:
    a short cell's lines stand half a line off the tall one's where their line counts differ by an odd number."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    spacing(0, 1.0)(doc)
    for row in doc.tables[0].rows:
        for cell in row.cells:
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def aligned_spaced(alignment):
    """Every cell centred in its row's height, or set at its foot, in Word's Normal style (8 pt after, lines 1.08):
    a cell's first line stands half (or all) of some lines and paragraph gaps below the row's top."""
    def change(doc):
        from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
        spacing(8, 1.08)(doc)
        for row in doc.tables[0].rows:
            for cell in row.cells:
                cell.vertical_alignment = getattr(WD_CELL_VERTICAL_ALIGNMENT, alignment)
    return change


def borderless(doc):
    """A table without a style or borders: its paragraphs take the document's defaults (python-docx's template,
    as Word's: 10 pt after, lines 1.15 apart), and rows of one-line cells stand a paragraph's step apart."""
    properties = doc.tables[0]._tbl.tblPr
    for style in properties.findall(qn("w:tblStyle")):
        properties.remove(style)
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        border = OxmlElement(f"w:{side}")
        border.set(qn("w:val"), "nil")
        borders.append(border)
    properties.append(borders)


def borderless_tight(doc):
    """A table without borders and no space between paragraphs, lines single: a row's last lines and the next row's
    first stand on one line grid, and nothing on the page but the numbers shows where a row starts."""
    borderless(doc)
    spacing(0, 1.0)(doc)


def font_size(size):
    """The whole document in `size` pt (the Normal style's size, 9 before): a 12 pt plan's narrow cells wrap where a
    9 pt plan's do not, a word with a dash after it at one line's end and the dash at the next one's start."""
    def change(doc):
        doc.styles["Normal"].font.size = Pt(size)
    return change


def status_above(doc):
    """A right-aligned 6 pt "Status" paragraph just above the table, within a line of its names: front matter, not
    a column (a second review's finding against the centred-names rule)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    paragraph = doc.add_paragraph()
    run = paragraph.add_run("Status")
    run.font.size = Pt(6)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    paragraph.paragraph_format.space_before = paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.line_spacing = 1.0
    doc.tables[0]._tbl.addprevious(paragraph._p)


# PLAN.wordnormal.pdf: Word's own Normal style (since Word 2013: 8 pt after every paragraph, lines 1.08 apart). Each
# cell's paragraphs stand off the line grid, and each column's lines drift from the others' (issue 16; a helper's
# finding: every line of such a table was a row). PLAN.after10.pdf: 10 pt after at single spacing, near the line
# pitch (10.5 pt), so that lines of two columns interleave closer than a pitch; PLAN.after5.pdf: 5 pt after, which
# puts the later-forms plan's Part B heading at a page's top; PLAN.before6.pdf: 6 pt before each paragraph, which
# starts a row of the 2007 plan at a page's top after a row whose directive reached the foot. PLAN.smalllead.pdf: the Lead and
# Timeline columns in 7.5 pt; PLAN.smallactions.pdf: the actions in 8 pt; PLAN.largepriorities.pdf: the priorities in 10 pt: a column in a font of its own keeps
# a line pitch of its own (a review's and a helper's findings). PLAN.centredhead.pdf: the names centred in a taller
# header row, one of them wrapped. PLAN.borderless.pdf: a table without borders, in the document's default spacing,
# where rows of one-line cells stand a paragraph's step apart; PLAN.borderlesstight.pdf: the same with no spacing,
# where only the directive and priority numbers show a row's start. PLAN.centred.pdf: every cell centred in its
# row, no spacing. PLAN.firstlarger.pdf: each cell's first paragraph in 10 pt, the rest in 9; PLAN.parensmaller.pdf:
# each paragraph that starts with '(' (a citation or tag on a line of its own) in 8 pt. PLAN.status.pdf: a
# right-aligned word just above the table's names. PLAN.size12.pdf: the whole document in 12 pt.
# PLAN.onehalf.pdf: 8 pt after every paragraph, lines 1.5 apart (15.75 pt at 9 pt): the spacing is half a line,
# as centred cells' offsets are. PLAN.centredspaced.pdf, PLAN.bottomspaced.pdf: every cell centred in its row, or
# set at its foot, in Word's Normal style. PLAN.justified.pdf: every paragraph of the table justified.
# PLAN.textafter.pdf: a note and a signature after the table.
VARIANTS = {
    "wordnormal": spacing(8, 1.08),
    "after10": spacing(10, 1.0),
    "after5": spacing(5, 1.0),
    "before6": spacing(0, 1.0, before=6),
    "smalllead": column_size({3, 4}, 7.5),
    "smallactions": column_size({2}, 8),
    "largepriorities": column_size({1}, 10),
    "centredhead": centred_header,
    "borderless": borderless,
    "borderlesstight": borderless_tight,
    "centred": centred_cells,
    "firstlarger": paragraph_size(10, lambda column, i, text: i == 0),
    "parensmaller": paragraph_size(8, lambda column, i, text: text.startswith("(")),
    "status": status_above,
    "size12": font_size(12),
    "onehalf": spacing(8, 1.5),
    "centredspaced": aligned_spaced("CENTER"),
    "bottomspaced": aligned_spaced("BOTTOM"),
    "justified": justified,
    "textafter": text_after,
}


# PLAN.chromium.pdf, PLAN.chromiumlandscape.pdf, PLAN.chromiumword.pdf: the plan as a web page's table, printed to
# PDF by Chromium headless (Chrome's and Edge's "Save as PDF"), with the browser's header and footer (date, title,
# the page's address, "1/4"). A browser lays the page out on whole CSS pixels (0.75 pt): a 10 pt paragraph's 1em
# margins come to gaps of 21.00 or 21.75 pt in one table (a helper's finding: each 21.75 read as a new row). The
# first two: 10 pt sans-serif, 1 px borders, 4 px padding, the browser's own paragraph margins, A4 and A4
# landscape; the third as Word's Normal style would be in CSS (9 pt DejaVu Sans, 8 pt after, lines 1.08 apart).
CHROMIUM_CSS = {
    "chromium": ("A4", "body{font-family:sans-serif;font-size:10pt} table{border-collapse:collapse;width:100%}"
                       " td,th{border:1px solid #000;padding:4px;vertical-align:top;text-align:left}"),
    "chromiumword": ("A4", "body{font-family:'DejaVu Sans';font-size:9pt} table{border-collapse:collapse;width:100%}"
                           " td,th{border:0.5pt solid #000;padding:0 5.4pt;vertical-align:top;text-align:left}"
                           " p{margin:0 0 8pt 0;line-height:1.08}"),
}
CHROMIUM_CSS["chromiumlandscape"] = ("A4 landscape", CHROMIUM_CSS["chromium"][1])


def write_chromium_pdf(plan, base, form):
    import html
    with open(plan, encoding="utf-8") as f:
        front, rows = read_tab_cells(f.read())
    page, css = CHROMIUM_CSS[form]
    e = html.escape
    # A plan whose first line is short has a title (the Ha Noi plan); the 2007 plan opens with its preamble.
    titled = len(front[0]) < 80
    out = ["<!DOCTYPE html>", "<html><head><meta charset='utf-8'>",
           f"<title>{e(front[0] if titled else 'MEG-SEC Work Plan')}</title>",
           f"<style>@page {{ size: {page}; margin: 2cm; }} {css}</style></head><body>"]
    if titled:
        out.append(f"<h1>{e(front[0])}</h1>")
    out += [f"<p>{e(line)}</p>" for line in front[1 if titled else 0:]]
    out.append("<table><thead><tr>" + "".join(f"<th>{e(' '.join(c))}</th>" for c in rows[0]) + "</tr></thead><tbody>")
    for row in rows[1:]:
        out.append("<tr>" + "".join("<td>" + "".join(f"<p>{e(p)}</p>" for p in c) + "</td>" for c in row) + "</tr>")
    out.append("</tbody></table></body></html>")
    target = f"{base}.{form}.pdf"
    with tempfile.TemporaryDirectory() as tmp:
        page_file = os.path.join(tmp, os.path.basename(base) + ".html")
        with open(page_file, "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={target}",
                        page_file], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return target


def write_odt(base):
    """PLAN.odt: the .docx saved as OpenDocument text, LibreOffice's own form."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "odt", "--outdir", os.path.dirname(base) or ".", base + ".docx"],
                       check=True, stdout=subprocess.DEVNULL)
    return base + ".odt"


def write_delimited_forms(plan, base):
    with open(plan, encoding="utf-8") as f:
        front, rows = read_tab_cells(f.read())
    write_delimited(front, rows, base + ".tsv", "excel-tab")
    write_delimited(front, rows, base + ".csv", "excel")
    return f"{base}.tsv, {base}.csv"


# PLAN.footerpage.{pdf,blocks.txt} and PLAN.footerdocnumber.{pdf,blocks.txt}: the plan with Word's plainest
# footers, "Page N" alone and the meeting's document number alone, printed by LibreOffice, then extracted by
# pdftotext without -layout, which puts a page's footer where its block falls: mid-page, between the columns (a
# new user's finding: each footer read as a priority, actions moved into the next section).
DOCUMENT_NUMBERS = {"mseg-workplan-2006-hanoi": "2006/TPTWG27/MSEG/003", "meg-sec-workplan-2007": "2007/TPTWG30/MEG-SEC/005"}


def write_footer_variant(base, form):
    def change(doc):
        paragraph = doc.sections[0].footer.paragraphs[0]
        for run in list(paragraph.runs):
            run._r.getparent().remove(run._r)
        if form == "footerpage":
            paragraph.add_run("Page ")
            add_field(paragraph, "PAGE")
        else:
            paragraph.add_run(DOCUMENT_NUMBERS[os.path.basename(base)])
    pdf = print_variant(base, form, change)
    subprocess.run(["pdftotext", pdf, f"{base}.{form}.blocks.txt"], check=True)
    return f"{pdf}, {base}.{form}.blocks.txt"


# PLAN.footnotesfoot.pdf (the Ha Noi plan): Word footnotes on directives 1B and 2B, the mark a raised figure after
# the citation, the note's text at the page's foot below the table, across the columns (a helper's finding: each
# note was read as a section). python-docx writes no footnotes part, so the script adds word/footnotes.xml.
FOOTNOTES = {"1B.": "The Ministerial Statement of the 4th Transportation Ministerial Meeting, Bali, July 2004, paragraph 12.",
             "2B.": "Leaders\u2019 Statement, Busan, November 2005."}


def write_footnote_variant(base):
    import zipfile
    doc = docx.Document(base + ".docx")
    refs = {}
    for row in doc.tables[0].rows[1:]:
        for paragraph in row.cells[0].paragraphs:
            number = paragraph.text.split(" ", 1)[0]
            if number in FOOTNOTES and number not in refs:
                refs[number] = str(len(refs) + 1)
                run = OxmlElement("w:r")
                properties = OxmlElement("w:rPr")
                raised = OxmlElement("w:vertAlign")
                raised.set(qn("w:val"), "superscript")
                properties.append(raised)
                run.append(properties)
                reference = OxmlElement("w:footnoteReference")
                reference.set(qn("w:id"), refs[number])
                run.append(reference)
                paragraph._p.append(run)
    notes = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
             '</w:footnote>']
    for number, note_id in refs.items():
        notes.append(f'<w:footnote w:id="{note_id}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                     f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {FOOTNOTES[number]}</w:t></w:r></w:p>'
                     '</w:footnote>')
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes '
           'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' + "".join(notes) + "</w:footnotes>")
    with tempfile.TemporaryDirectory() as work:
        name = os.path.basename(base) + ".footnotesfoot"
        plain, noted = os.path.join(work, "plain.docx"), os.path.join(work, name + ".docx")
        doc.save(plain)
        with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(noted, "w", zipfile.ZIP_DEFLATED) as zout:
            for item in zin.infolist():
                data = zin.read(item.filename)
                if item.filename == "[Content_Types].xml":
                    data = data.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                                        b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
                if item.filename == "word/_rels/document.xml.rels":
                    data = data.replace(b"</Relationships>", b'<Relationship Id="rIdFootnotes" Type="http://schemas.'
                                        b'openxmlformats.org/officeDocument/2006/relationships/footnotes" '
                                        b'Target="footnotes.xml"/></Relationships>')
                zout.writestr(item, data)
            zout.writestr("word/footnotes.xml", xml)
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                            "--convert-to", "pdf", "--outdir", work, noted], check=True, stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(work, name + ".pdf"), f"{base}.footnotesfoot.pdf")
    return f"{base}.footnotesfoot.pdf"


def write_rotated_pdf(base, degrees):
    """PLAN.rotateN.pdf: the committed PLAN.pdf with every page turned by N degrees, as a viewer's Rotate and Save
    leave it: a /Rotate in each page's dictionary, the content untouched, so that the words run down (90), upside
    down (180) or up (270) on the page as displayed. Written in place of the /MediaBox's own bytes (its numbers
    shortened, the rest spaces) so that no object moves and the cross-reference table stays right."""
    with open(base + ".pdf", "rb") as f:
        pdf = f.read()

    def turned(m):
        box = b" ".join(b"%g" % round(float(v), 3) for v in m.group(1).split())
        new = b"/MediaBox[" + box + b"]/Rotate %d" % degrees
        if len(new) > len(m.group(0)):
            sys.exit(f"{base}.pdf: no room for /Rotate in {m.group(0)!r}")
        return new + b" " * (len(m.group(0)) - len(new))

    rotated, n = re.subn(rb"/MediaBox\s*\[([^\]]*)\]", turned, pdf)
    if n == 0:
        sys.exit(f"{base}.pdf: no /MediaBox to turn")
    out = f"{base}.rotate{degrees}.pdf"
    with open(out, "wb") as f:
        f.write(rotated)
    return out


# The forms one flag makes alone, each from what is committed: PLAN.hyphenated.pdf and the VARIANTS' PDFs from
# PLAN.docx (LibreOffice),
# PLAN.pandoc.md from PLAN.docx (pandoc), PLAN.tsv and PLAN.csv from the plan's text, PLAN.rotateN.pdf from PLAN.pdf
# (Python alone).
ONE_FORM = {
    "--hyphenated": lambda plan, base: (write_hyphenated_pdf(base), base + ".hyphenated.pdf")[1],
    **{f"--{form}": (lambda form: lambda plan, base: print_variant(base, form, VARIANTS[form]))(form) for form in VARIANTS},
    "--pandoc": lambda plan, base: (write_pandoc_markdown(base), base + ".pandoc.md")[1],
    "--rotated": lambda plan, base: ", ".join(write_rotated_pdf(base, d) for d in (90, 180, 270)),
    "--delimited": write_delimited_forms,
    "--odt": lambda plan, base: write_odt(base),
    "--footnotesfoot": lambda plan, base: write_footnote_variant(base),
    "--footerpage": lambda plan, base: write_footer_variant(base, "footerpage"),
    "--footerdocnumber": lambda plan, base: write_footer_variant(base, "footerdocnumber"),
    **{f"--{form}": (lambda form: lambda plan, base: write_chromium_pdf(plan, base, form))(form) for form in CHROMIUM_CSS},
}


def main():
    if sys.argv[1] in ONE_FORM:  # one form alone, from what is committed
        make = ONE_FORM[sys.argv[1]]
        outdir, plans = sys.argv[2], sys.argv[3:]
        for plan in plans:
            base = os.path.join(outdir, os.path.splitext(os.path.basename(plan))[0])
            print(f"{plan}: {make(plan, base)}")
        return
    outdir, plans = sys.argv[1], sys.argv[2:]
    os.makedirs(outdir, exist_ok=True)
    for plan in plans:
        name = os.path.splitext(os.path.basename(plan))[0]
        with open(plan, encoding="utf-8") as f:
            front, rows = read_tab_cells(f.read())
        base = os.path.join(outdir, name)
        write_docx(front, rows, base + ".docx")
        write_markdown(front, rows, base + ".md")
        write_pandoc_markdown(base)
        write_delimited(front, rows, base + ".tsv", "excel-tab")
        write_delimited(front, rows, base + ".csv", "excel")
        with tempfile.TemporaryDirectory() as profile:
            # A private profile: a second soffice (or a user's running one) cannot block the conversion.
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                            "--convert-to", "pdf", "--outdir", outdir, base + ".docx"],
                           check=True, stdout=subprocess.DEVNULL)
        subprocess.run(["pdftotext", "-layout", base + ".pdf", base + ".layout.txt"], check=True)
        subprocess.run(["pdftotext", base + ".pdf", base + ".blocks.txt"], check=True)
        # The PDF encrypted as PDFs are sent: with a password to open it (PLAN.locked.pdf, user password
        # "secret"), and with only an owner password forbidding copying and changes (PLAN.protected.pdf: it
        # opens without one).
        subprocess.run(["qpdf", "--encrypt", "secret", "owner", "256", "--", base + ".pdf", base + ".locked.pdf"],
                       check=True)
        subprocess.run(["qpdf", "--encrypt", "", "owner", "256", "--modify=none", "--extract=n", "--",
                        base + ".pdf", base + ".protected.pdf"], check=True)
        write_hyphenated_pdf(base)
        write_features_docx(front, rows, base + ".features.docx")
        print(f"{plan}: Word's own features -> {base}.features.docx")
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                            "--convert-to", "doc", "--outdir", outdir, base + ".docx"],
                           check=True, stdout=subprocess.DEVNULL)
        write_odt(base)
        print(f"{plan}: {len(rows) - 1} rows -> {base}.{{docx,doc,odt,md,pandoc.md,tsv,csv,pdf,locked.pdf,protected.pdf,layout.txt,blocks.txt}}")


if __name__ == "__main__":
    main()
