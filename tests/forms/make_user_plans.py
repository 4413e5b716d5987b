#!/usr/bin/python3
"""make_user_plans.py [OUT]: four made-up MSEG work plans as a new user writes them in Word (python-docx, Word's
defaults: a helper session's, 2026-12-05), as OUT/docx/PLAN.docx, and
expected/<plan>.json: what a careful reader sees in each plan."""
import json, os, copy
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ALIGN_VERTICAL
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

import sys
# Where to write: the folder given, else /tmp/user-plans (docx/ and expected/ under it).
OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/user-plans"
os.makedirs(f"{OUT}/docx", exist_ok=True)
os.makedirs(f"{OUT}/expected", exist_ok=True)

# A row: (directives, priorities, actions, extra)
#  directives: [(number, text, citation)], priorities: [(number, title)],
#  actions: [(text, owners, deadline)] where tag = "(" + owners joined + "/" + deadline + ")"
def tag(owners, deadline):
    return "(" + ", ".join(owners) + "/" + deadline + ")"

PLAN1 = dict(
    name="plan1-basic",
    title="Maritime Security Experts Group Work Plan 2011",
    intro=["TPTWG 33, Singapore, 4-8 October 2010",
           "The Maritime Security Experts Group (MSEG) agreed the following work plan to carry out the directions of Leaders and Ministers in 2011."],
    header=["Goals and Objectives", "MSEG Priorities", "Action Items"],
    rows=[
        ([("1A", "Ministers agreed to strengthen the security of port facilities across the APEC region and to share best practices on port audits.", "(Ministerial Statement 2007)"),
          ("1B", "Economies will continue to implement the ISPS Code in full.", "(Leaders’ Statement 2005)")],
         [("1.1", "Port audits"), ("1.2", "ISPS Code implementation")],
         [("Hold a workshop on port audits.", ["Japan"], "March 2011"),
          ("Circulate a questionnaire on port facility security assessments to all member economies.", ["Australia"], "June 2011"),
          ("Report the results of the questionnaire to the next MSEG meeting.", ["Australia", "Japan"], "October 2011")], {}),
        ([("2A", "Ministers agreed to promote secure and efficient maritime trade through cooperation with the IMO and other regional organisations.", "(Ministerial Statement 2009)")],
         [("2.1", "Cooperation with regional organisations")],
         [("Invite a representative of the IMO to brief the group on the revised Maritime Security Manual.", ["Chair"], "next meeting"),
          ("Prepare a paper on options for joint training with ReCAAP.", ["Singapore"], "September 2011")], {}),
        ([("3A", "Leaders called for enhanced efforts to counter piracy and armed robbery against ships in the region.", "(Leaders’ Declaration 2008)")],
         [("3.1", "Counter-piracy information sharing"), ("3.2", "Capacity building")],
         [("Update the APEC point of contact list for piracy incidents.", ["APEC Secretariat"], "Ongoing"),
          ("Conduct a tabletop exercise on piracy response.", ["United States"], "December 2011"),
          ("Develop a training module for coast guard officers.", ["Korea"], "mid-2012")], {}),
    ],
    landscape=False, style="Table Grid")

PLAN2 = dict(
    name="plan2-wide",
    title="APEC Maritime Security Experts Group – Work Plan 2012-2013",
    intro=["The Maritime Security Experts Group (MSEG) endorsed this work plan at its meeting in San Francisco in 2011."],
    header=["Directives", "Priorities", "Action Items", "Lead", "Timeline"],
    rows=[
        ([("1A", "Ministers agreed to enhance the security of the maritime supply chain while facilitating trade.", "(Ministerial Statement 2009)")],
         [("1.1", "Supply chain security")],
         [("Hold a seminar on container security initiatives for customs and port authorities.", ["Japan"], "May 2012"),
          ("Compile economies’ experiences with the Authorised Economic Operator programme.", ["Korea"], "November 2012")],
         {"Lead": "Japan\nKorea", "Timeline": "2012"}),
        ([("2A", "Ministers instructed officials to improve the security of ferries and cruise ships.", "(Ministerial Statement 2011)")],
         [("2.1", "Passenger ship security"), ("2.2", "Ferry terminal security")],
         [("Develop guidelines on ferry terminal security.", ["Philippines"], "June 2013"),
          ("Share best practices on cruise terminal screening.", ["United States", "Canada"], "March 2013")],
         {"Lead": "Philippines\nUnited States", "Timeline": "2012–2013"}),
        ([("3A", "Leaders called for sustained capacity building to help developing economies meet international maritime security standards.", "(Leaders’ Declaration 2011)")],
         [("3.1", "Capacity building")],
         [("Conduct a port security audit training course in Viet Nam.", ["Australia"], "September 2012"),
          ("Report progress on capacity building projects to the TPTWG.", ["Chair"], "Ongoing")],
         {"Lead": "Australia", "Timeline": "Ongoing"}),
    ],
    landscape=True, style="Table Grid")

PLAN3 = dict(
    name="plan3-lists",
    title="MSEG Work Plan 2010",
    intro=["Adopted at TPTWG 31, Bangkok, Thailand.",
           "The Maritime Security Experts Group (MSEG) will carry out the actions below in 2010, each led by the economy named in brackets."],
    header=["Goals and Objectives", "MSEG Priorities", "Action Items"],
    rows=[
        ([("1A", "Ministers agreed to continue the ISPS Code Implementation Assistance Program in economies that request it.", "(Ministerial Statement 2007)")],
         [("1.1", "ISPS Code Implementation Assistance Program")],
         [("Hold a workshop on port audits.", ["Japan"], "March 2010"),
          ("Organise a model visit to a port in Papua New Guinea.", ["Australia"], "June 2010"),
          ("Publish the visit report on the APEC website.", ["APEC Secretariat"], "August 2010")], {}),
        ([("2A", "Ministers agreed to improve the exchange of information on maritime security incidents.", "(Ministerial Statement 2009)")],
         [("2.1", "Information sharing"), ("2.2", "Incident reporting")],
         [("Draft a template for reporting security incidents.", ["Chinese Taipei"], "May 2010"),
          ("Test the template with three volunteer economies.", ["Thailand", "Malaysia"], "September 2010")], {}),
        ([("3A", "Leaders reaffirmed their commitment to counter terrorism and to secure trade.", "(Leaders’ Statement 2009)")],
         [("3.1", "Secure trade")],
         [("Review the STAR conference outcomes for maritime items.", ["Chair"], "Ongoing"),
          ("Hold a dialogue with industry on ship security alert systems.", ["Hong Kong, China"], "November 2010")], {}),
    ],
    landscape=False, style=None, numbered_actions=True, vcentre=True)

# long plan, 8 sections, longer text
LONG_ROWS = []
topics = [
    ("port facility security assessments", "Port audits", "Japan", "March 2012"),
    ("ship security plans", "Ship security", "Korea", "June 2012"),
    ("maritime domain awareness", "Domain awareness", "United States", "September 2012"),
    ("security of offshore installations", "Offshore security", "Australia", "December 2012"),
    ("drills and exercises", "Drills and exercises", "Singapore", "February 2013"),
    ("seafarer identity documents", "Seafarer identification", "Philippines", "April 2013"),
    ("small craft security", "Small vessel security", "New Zealand", "July 2013"),
    ("cyber security of port systems", "Port cyber security", "Chile", "October 2013"),
]
for i, (topic, prio, owner, dl) in enumerate(topics, 1):
    dirs = [(f"{i}A", f"Ministers agreed that economies should work together to improve {topic}, drawing on the experience of member economies, the International Maritime Organization and industry, and to report on progress at each meeting of the group.", "(Ministerial Statement 2011)")]
    if i % 2 == 0:
        dirs.append((f"{i}B", f"Leaders called on economies to build capacity in {topic} in developing economies through training, technical assistance and the exchange of experts.", "(Leaders’ Declaration 2011)"))
    prios = [(f"{i}.1", prio), (f"{i}.2", f"Capacity building in {prio.lower()}")]
    acts = [
        (f"Hold a workshop on {topic} for officials of member economies, with presentations from industry and the IMO, and circulate a summary of the discussions.", [owner], dl),
        (f"Conduct a survey of member economies on their current practice in {topic} and identify gaps where assistance is needed.", [owner, "Chair"], "next meeting"),
        (f"Develop a best practice guide on {topic}, building on the results of the survey and the workshop.", ["Japan"] if owner != "Japan" else ["Peru"], "2013"),
    ]
    if i in (3, 6):
        acts.append((f"Report on the implementation of the best practice guide on {topic} to the Transportation Working Group.", ["APEC Secretariat"], "Ongoing"))
    LONG_ROWS.append((dirs, prios, acts, {}))

PLAN4 = dict(
    name="plan4-long",
    title="Maritime Security Experts Group Work Plan 2012-2013",
    intro=["The Maritime Security Experts Group (MSEG) adopted this plan at TPTWG 35 in Ha Noi, Viet Nam. Each action names its lead economy and target date."],
    header=["Goals and Objectives", "MSEG Priorities", "Action Items"],
    rows=LONG_ROWS,
    landscape=False, style="Table Grid", small_priorities=True, repeat_header=True, footer=True)

PLANS = [PLAN1, PLAN2, PLAN3, PLAN4]


def add_page_field(par):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = par.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "; r2._r.append(it)
    r3 = par.add_run()
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end"); r3._r.append(f2)


def build(plan):
    d = Document()
    sec = d.sections[0]
    if plan["landscape"]:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    if plan.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.text = "MSEG Work Plan 2012-2013 – Page "
        add_page_field(fp)
    d.add_heading(plan["title"], level=1) if plan["name"] == "plan4-long" else None
    if plan["name"] != "plan4-long":
        p = d.add_paragraph(); r = p.add_run(plan["title"]); r.bold = True; r.font.size = Pt(14)
    for para in plan["intro"]:
        d.add_paragraph(para)
    ncol = len(plan["header"])
    t = d.add_table(rows=1, cols=ncol)
    if plan["style"]:
        t.style = plan["style"]
    for c, name in zip(t.rows[0].cells, plan["header"]):
        c.paragraphs[0].add_run(name).bold = True
    if plan.get("repeat_header"):
        trPr = t.rows[0]._tr.get_or_add_trPr()
        h = OxmlElement("w:tblHeader"); trPr.append(h)
    for (dirs, prios, acts, extra) in plan["rows"]:
        cells = t.add_row().cells
        # directives
        first = True
        for num, text, cit in dirs:
            p = cells[0].paragraphs[0] if first else cells[0].add_paragraph()
            p.add_run(f"{num}. {text} {cit}"); first = False
        first = True
        for num, title in prios:
            p = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
            r = p.add_run(f"{num} {title}")
            if plan.get("small_priorities"):
                r.font.size = Pt(9)
            first = False
        first = True
        for text, owners, dl in acts:
            p = cells[2].paragraphs[0] if first else cells[2].add_paragraph()
            if plan.get("numbered_actions"):
                p.style = d.styles["List Number"]
            p.add_run(f"{text} {tag(owners, dl)}"); first = False
        for k, name in enumerate(plan["header"][3:], 3):
            val = extra.get(name, "")
            lines = val.split("\n")
            cells[k].paragraphs[0].add_run(lines[0])
            for ln in lines[1:]:
                cells[k].add_paragraph(ln)
        if plan.get("vcentre"):
            cells[0].vertical_alignment = WD_ALIGN_VERTICAL.CENTER
            cells[1].vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    if plan["landscape"]:
        widths = [Cm(7), Cm(4), Cm(9), Cm(2.5), Cm(2.5)]
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
    d.save(f"{OUT}/docx/{plan['name']}.docx")

    exp = dict(title=plan["title"], columns=plan["header"], sections=[])
    for (dirs, prios, acts, extra) in plan["rows"]:
        exp["sections"].append(dict(
            directives=[dict(number=n, text=t_, citation=c) for n, t_, c in dirs],
            priorities=[dict(number=n, title=ti) for n, ti in prios],
            actions=[dict(text=a, owners=o, deadline=dl, extra=extra) for a, o, dl in acts]))
    json.dump(exp, open(f"{OUT}/expected/{plan['name']}.json", "w"), indent=1, ensure_ascii=False)


if __name__ == "__main__":
    for p in PLANS:
        build(p)
        print("made", p["name"])
