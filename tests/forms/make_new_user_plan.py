#!/usr/bin/python3
"""Makes tests/forms/new-user-plan.*: a made-up plan with what a new user's plans broke, in four forms.

A new user wrote plans as real Word tables with python3-docx (as here: DejaVu Sans 9 pt, "Table Grid", a
repeated header row, a "TITLE – Page N of M" footer; "List Bullet" paragraphs, whose bullet the paragraph's style
gives; a soft line break inside an action) and printed them with LibreOffice; the PDF and pdftotext -layout forms
were read wrongly where the plan has:
- an action whose last word wraps onto a line of its own, its tag alone in the next paragraph;
- a citation wrapped over two lines, "(Leaders’" / "Statement 2005)";
- a short priority whose last word wraps ("1.1 Port facility security" / "audits");
- numbered priorities on consecutive lines ("4.1 ...", "4.2 ...");
- Word's Symbol-font bullets; "anti-piracy" broken at its hyphen; a deadline "SOM III 2010";
- a tag alone on its line just above the footer (a running footer to the old rule);
- a one-page plan's footer.

    /usr/bin/python3 tests/forms/make_new_user_plan.py OUTDIR

writes OUTDIR/new-user-plan.{txt,docx,pdf,layout.txt}, and its first row alone as new-user-mini.* (one page). new-user-plan.txt is the same plan as tab-cell text,
written here (a soft break is a paragraph break, as mseg reads .docx and .pdf: docs/format.md), and
new-user-plan.json (new-user-mini.json) is `mseg parse new-user-plan.txt` (-mini), checked by hand. Needs python3-docx,
libreoffice-writer-nogui and poppler-utils; the suite reads the committed files.
"""
import os
import subprocess
import sys
import tempfile

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt

B = lambda s: ("bullet", s)  # a "List Bullet" paragraph

PLAN = dict(
    title="Maritime Security Experts Group Work Plan 2009",
    meeting="TPTWG 31 Singapore",
    preamble="The Maritime Security Experts Group (MEG-SEC) brings member economies together to improve the "
             "security of ports, ships and the people who work in them across the APEC region.",
    header=("Ministerial Directives", "MEG-SEC Priorities", "Action Items"),
    rows=[
        (["1A. Economies will strengthen port facility security through sustained, needs-based capacity building "
          "for developing members (Leaders’ Statement 2005)",
          "1B. Ministers called for the sharing of lessons learned from port security audits with a view to reducing "
          "duplication of assistance. (Ministerial Statement 2007)"],
         ["1.1 Port facility security audits", "1.2 Follow-up assistance"],
         ["Evaluate a study of supply chain security initiatives with a view to agreeing a work program.",
          "(US/Q3 2010)",
          "Compile a summary of the port security audits conducted by member economies since 2006 and circulate it "
          "before the next meeting. (Japan/March 2009)",
          "Prepare a “lessons learned” paper on audit findings, drawing on the experience of Chinese Taipei and Hong "
          "Kong, China.",
          "(Chinese Taipei/Q3 2009)",
          "Establish a roster of auditors willing to assist developing economies with follow-up visits (Hong Kong, "
          "China/ongoing)",
          "Seek funding for a second round of follow-up visits from the APEC Support Fund (APEC Secretariat/TBD)"]),
        (["2. Ministers encouraged economies to work together on the security of the supply chain, including:",
          B("container security;"),
          B("information exchange between customs and port authorities; and"),
          B("the protection of critical maritime infrastructure (Ministerial Statement 2007)")],
         ["Supply chain security"],
         ["Hold a workshop on container screening technologies in conjunction with SOM III. (US/SOM III 2010)",
          "Survey member economies on their arrangements for exchanging cargo information between customs and port "
          "authorities, and report the results.\nA draft questionnaire will be circulated intersessionally. "
          "(Australia/September 2009)",
          "Develop voluntary guidelines for the protection of offshore oil and gas installations (Republic of "
          "Korea/December 2009)"]),
        (["3. Leaders agreed to enhance cooperation in combating piracy and armed robbery against ships in the "
          "region’s sea lanes (Leaders’ Statement 2005)"],
         ["3.1 Piracy and armed robbery", "3.2 Information sharing centres"],
         ["Report on regional anti-piracy arrangements and their links with APEC work (Singapore/TPTWG 32)",
          "Invite the Information Sharing Centre to brief the group on recent incident trends. (Chair/ongoing)",
          "Exchange points of contact for maritime incident reporting and keep the list current on the APEC website "
          "(APEC Secretariat/June 2009)"]),
        (["4. Ministers asked economies to address new risks to ports (Ministerial Statement 2007)"],
         ["4.1 Stowaway prevention", "4.2 Cyber security of port systems"],
         ["Share practices on stowaway prevention at container terminals (Peru/December 2009)",
          "Survey economies on the protection of port systems against cyber attack (Chinese Taipei/TBD)"]),
    ],
)


def add_paragraph(cell, p, first):
    style = None
    if isinstance(p, tuple):
        style, p = "List Bullet", p[1]
    para = cell.paragraphs[0] if first else cell.add_paragraph()
    if style:
        para.style = style
    parts = p.split("\n")
    run = para.add_run(parts[0])
    for extra in parts[1:]:
        run.add_break()  # a soft line break (w:br)
        run = para.add_run(extra)


def add_footer(section, title):
    p = section.footer.paragraphs[0]
    p.add_run(title + " – Page ")

    def field(instruction):
        r = p.add_run()
        b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
        t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instruction; r._r.append(t)
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r._r.append(e)
    field("PAGE")
    p.add_run(" of ")
    field("NUMPAGES")


def write_docx(plan, path):
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "DejaVu Sans"
    normal.font.size = Pt(9)
    add_footer(d.sections[0], plan["title"])
    for line in (plan["title"], plan["meeting"], plan["preamble"]):
        d.add_paragraph(line)
    t = d.add_table(rows=0, cols=len(plan["header"]))
    t.style = "Table Grid"
    if "widths" in plan:
        t.autofit = False
    header = t.add_row()
    for c, h in zip(header.cells, plan["header"]):
        c.paragraphs[0].text = h
    repeat = OxmlElement("w:tblHeader"); repeat.set(qn("w:val"), "true")
    header._tr.get_or_add_trPr().append(repeat)
    for row in plan["rows"]:
        for cell, paragraphs in zip(t.add_row().cells, row):
            for i, p in enumerate(paragraphs):
                add_paragraph(cell, p, i == 0)
    for r in t.rows if "widths" in plan else []:
        for c, w in zip(r.cells, plan["widths"]):
            c.width = Inches(w)
    d.save(path)


def write_tab_cells(plan, path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(plan["title"] + "\n\n" + plan["meeting"] + "\n" + plan["preamble"] + "\n\n")
        for h in plan["header"]:
            f.write("\t" + h + "\n")
        for row in plan["rows"]:
            for paragraphs in row:
                texts = [("· " + p[1]) if isinstance(p, tuple) else p for p in paragraphs]
                f.write("\t" + "\n".join(texts) + "\n")


# A review's case: numbers that begin a wrapped line ("paragraph" / "4.1 of the ISPS Code", "chapter" / "2 of the
# Manual") go on with it; a lettered list in a directive. Columns set to the widths that wrap them so (inches).
NUMWRAP = dict(
    title=PLAN["title"], meeting=PLAN["meeting"], preamble="The group brings member economies together.",
    header=PLAN["header"], widths=[2.2, 1.5, 2.5],
    rows=[(["1A. Ministers instructed officials to:", "a) develop guidelines on container security;",
            "b) share information between customs and port authorities; and",
            "c) report progress to Ministers (Ministerial Statement 2007)"],
           ["1.1 Port audits"],
           ["Implement the recommendations of the port facility security study agreed under priority 1.2 by the end "
            "of the year. (Japan/March 2011)",
            "Review the implementation of the guidelines adopted in accordance with paragraph 4.1 of the ISPS Code "
            "Part B. (Korea/2010)",
            "Compile a list of experts available to help developing economies with audits and their follow-up "
            "visits for chapter 2 of the Manual. (Peru/2011)"])])


# A review's case: a one-page plan whose lowest line is a Timeline cell's last, "2011": no page number.
ONEPAGE = dict(
    title=PLAN["title"], meeting=PLAN["meeting"], preamble="The group brings member economies together.",
    header=("Ministerial Directives", "MEG-SEC Priorities", "Action Items", "Lead", "Timeline"),
    widths=[2.0, 1.5, 2.2, 0.6, 0.7],
    rows=[(["1A. Economies will strengthen port security (Bogor Goal)"], ["1.1 Port audits"],
           ["Compile a summary of audits. (Japan/March 2011)"], ["Japan"], ["2010"]),
          (["2. Ports (Bogor Goal)"], ["2.1 Ports"], ["Hold a workshop."], ["Peru"],
           ["To be reviewed at SOM III in 2011"])])


# A helper's case: a Lead column of several economies, one a paragraph ("Japan" / "Korea" / "Singapore"), in a
# column so narrow that "Hong Kong, China" and "United States" wrap within their paragraph: the PDF joined the names.
LEADS = dict(
    title=PLAN["title"], meeting=PLAN["meeting"], preamble="The group brings member economies together.",
    header=("Ministerial Directives", "MEG-SEC Priorities", "Action Items", "Lead", "Timeline"),
    widths=[2.0, 1.5, 2.2, 0.75, 0.7],
    rows=[(["1A. Economies will strengthen port security (Bogor Goal)"], ["1.1 Port audits"],
           ["Hold a workshop on port security audits. (Japan/March 2011)"], ["Japan", "Korea", "Singapore"],
           ["2011"]),
          ([], ["1.2 Ship security"], ["Survey the alert systems in use. (Australia/2011)"],
           ["Hong Kong, China", "Viet Nam"], ["2011"]),
          (["2. Ports (Bogor Goal)"], ["2.1 Training"], ["Run a training course for port officers. (Chile/2012)"],
           ["United States", "Canada", "Mexico"], ["2012"])])


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    # The plan, two pages; its first row alone, one page (whose footer is the page's last line); the review's case.
    for name, plan in (("new-user-plan", PLAN), ("new-user-mini", dict(PLAN, rows=PLAN["rows"][:1])),
                       ("new-user-numwrap", NUMWRAP), ("new-user-timeline", ONEPAGE), ("new-user-leads", LEADS)):
        base = os.path.join(out, name)
        write_docx(plan, base + ".docx")
        write_tab_cells(plan, base + ".txt")
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                            "--outdir", out, base + ".docx"], check=True, stdout=subprocess.DEVNULL)
        subprocess.run(["pdftotext", "-layout", base + ".pdf", base + ".layout.txt"], check=True)
        print(f"{base}.{{txt,docx,pdf,layout.txt}}")


if __name__ == "__main__":
    main()
