#include <doctest/doctest.h>

#include <algorithm>

#include "layout.hpp"

using namespace mseg;
using namespace mseg::layout;

TEST_CASE("layout_markdown: a pipe table laid out as tab cells, mapped back") {
  std::string md =
      "Title\n\n| Directives | Priorities | Action Items |\n|---|:-:|---|\n"
      "| 1A. Do a\\|b<br>1B. More | 1.1 P | Act (Canada/2008)<br/>Two |\n";
  CHECK(fit_markdown(md) == 1.0);
  CHECK(fit_tab_cells(md) == 0.0);
  Laid laid = read_markdown(md);
  CHECK(laid.reader == "markdown");
  CHECK(laid.text ==
        "Title\n\tDirectives\n\tPriorities\n\tAction Items\n\t1A. Do a|b\n1B. More\n\t1.1 P\n\tAct (Canada/2008)\nTwo\n");
  // The bar comes from the input's "\|": its piece points past the backslash.
  const std::size_t bar = laid.text.find('|');
  bool mapped = false;
  for (const Piece& p : laid.pieces)
    if (p.at <= bar && bar < p.at + p.length) mapped = md[p.source + (bar - p.at)] == '|' && md[p.source + (bar - p.at) - 1] == '\\';
  CHECK(mapped);
  CHECK(laid.findings.empty());
}

TEST_CASE("layout_markdown: a line break in any case and spacing splits a cell") {
  // A helper's finding: "<br >" was no break, so two actions were one and a tag's owner swallowed the second.
  for (const char* br : {"<br >", "<br/ >", "<BR />", "<Br>", "<br  /  >"}) {
    CAPTURE(br);
    const std::string md = std::string("| Directives | Priorities | Action Items |\n|---|---|---|\n| 1A. Do | 1.1 P | ") +
                           "Act (Canada/2008)" + br + "Two (Chile/2009) |\n";
    CHECK(read_markdown(md).text ==
          "\tDirectives\n\tPriorities\n\tAction Items\n\t1A. Do\n\t1.1 P\n\tAct (Canada/2008)\nTwo (Chile/2009)\n");
  }
  // Not a break: "<bro>", "<br /x>".
  const std::string md = "| Directives | Priorities | Action Items |\n|---|---|---|\n| 1A. Do | 1.1 P | A<bro>B<br /x>C |\n";
  CHECK(read_markdown(md).text.find("A<bro>B<br /x>C") != std::string::npos);
}

TEST_CASE("layout_markdown: backslash escapes and the ampersand entity read as their characters") {
  // A new user's table: "toolkits &amp; manuals" and "\\*" were read as written, and an owner I&amp;ITSEG would
  // not match I&ITSEG.
  std::string md = "| Directives | Priorities | Action Items |\n|---|---|---|\n"
                   "| 1A. Do \\*now\\* | 1.1 P\\_Q | Tools &amp; manuals (I&amp;ITSEG/2008) a\\b |\n";
  Laid laid = read_markdown(md);
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\t1A. Do *now*\n\t1.1 P_Q\n"
                     "\tTools & manuals (I&ITSEG/2008) a\\b\n");  // "\\b": b is no punctuation, the backslash stays
  // Every character of the laid text is the input's own: each piece maps to the same bytes.
  for (const Piece& p : laid.pieces) CHECK(md.substr(p.source, p.length) == laid.text.substr(p.at, p.length));
}

TEST_CASE("layout_markdown: named and numeric entities read as their characters, none a control character") {
  // A helper's finding: "(Viet&nbsp;Nam/Ongoing)" was read as owners "Viet&nbsp" and "Nam", split at the ';'.
  std::string md = "| Directives | Priorities | Action Items |\n|---|---|---|\n"
                   "| 1A. Do &ndash; now | 1.1 Leaders&rsquo; &#8220;P&#x201D; | Act (Viet&nbsp;Nam/Ongoing) "
                   "&lt;b&gt; a&#9;b &foo; &#0; &#xD800; &#12345678; |\n";
  Laid laid = read_markdown(md);
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\t1A. Do \u2013 now\n"
                     "\t1.1 Leaders\u2019 \u201CP\u201D\n"
                     "\tAct (Viet\u00A0Nam/Ongoing) <b> a&#9;b &foo; &#0; &#xD800; &#12345678;\n");
}

TEST_CASE("layout_markdown: a table without its outer bars is a table") {
  // GitHub reads "a | b | c" over "---|---|---" as a table; a new user's plan was "no table found".
  std::string md = "Title\n\nDirectives | Priorities | Action Items\n---|:-:|---\n1A. Do a\\|b | 1.1 P | Act (US/2008)\n"
                   "1B. More | 1.2 Q | Go (Peru/2009)\n\nafter\n";
  CHECK(fit_markdown(md) == 1.0);
  Laid laid = read_markdown(md);
  CHECK(laid.text == "Title\n\tDirectives\n\tPriorities\n\tAction Items\n\t1A. Do a|b\n\t1.1 P\n\tAct (US/2008)\n"
                     "\t1B. More\n\t1.2 Q\n\tGo (Peru/2009)\n");
  REQUIRE(laid.findings.size() == 1);  // "after", not the table's
  CHECK(laid.findings[0].where == "after");
  // A line with bars but no delimiter row under it is no table.
  CHECK(fit_markdown("a | b | c\nd | e | f\n") == 0.0);
}

TEST_CASE("layout_markdown: a short row is padded at its end, and said so") {
  // A new user's table: a row of two cells was read with an empty action cell, silently.
  std::string md = "| A | B | C |\n|---|---|---|\n| 1A. x | 1.1 y |\n| 1B. z | 1.2 w | Act (US/2008) |\n";
  Laid laid = read_markdown(md);
  CHECK(laid.text == "\tA\n\tB\n\tC\n\t1A. x\n\t1.1 y\n\t\n\t1B. z\n\t1.2 w\n\tAct (US/2008)\n");
  REQUIRE(laid.findings.size() == 1);
  CHECK(to_string(laid.findings[0].code) == std::string("layout-inferred"));
  CHECK(laid.findings[0].message == "this row has 2 cells where the table has 3: read as the first 2, the rest empty");
  CHECK(laid.findings[0].where == "| 1A. x | 1.1 y |");
}

TEST_CASE("layout_markdown: a line after the table is reported, not dropped") {
  std::string md = "| A | B | C |\n|---|---|---|\n| x | y | z |\n\nafterwards\n";
  Laid laid = read_markdown(md);
  REQUIRE(laid.findings.size() == 1);
  CHECK(to_string(laid.findings[0].code) == "layout-unread");
  CHECK(laid.findings[0].where == "afterwards");
}

TEST_CASE("layout_markdown: the plan's table is the one whose header names its columns, another before it said") {
  // A new user's finding: a revision table before the plan was read as the plan, every plan row left unread.
  std::string md = "Work Plan\n\n| Version | Date | Remarks |\n|---|---|---|\n| 1.0 | 2008-01-10 | First draft |\n\n"
                   "| Directives | Priorities | Action Items |\n|---|---|---|\n| 1A. Do | 1.1 P | Act (Japan/2008) |\n";
  Laid laid = read_markdown(md);
  CHECK(laid.text == "Work Plan\n\tDirectives\n\tPriorities\n\tAction Items\n\t1A. Do\n\t1.1 P\n\tAct (Japan/2008)\n");
  REQUIRE(laid.findings.size() == 1);
  CHECK(to_string(laid.findings[0].code) == "layout-unread");
  CHECK(laid.findings[0].where == "| Version | Date | Remarks |");
  CHECK(laid.findings[0].message ==
        "this table (3 lines) is not the plan's: its header names none of the plan's columns, as the table at line 7 "
        "does; it was not read");
  // An annex after the plan whose header names its columns better does not take the plan's place (a review's).
  laid = read_markdown("| Ministerial Directives | Work Areas | Action Items |\n|---|---|---|\n| 1A. Do | 1.1 P | Act |\n\n"
                       "| Action | Objective | Outcome |\n|---|---|---|\n| W | T | O |\n");
  CHECK(laid.text.starts_with("\tMinisterial Directives\n\tWork Areas\n\tAction Items\n\t1A. Do\n"));
  // With no table naming them, the first is the plan's, as before.
  laid = read_markdown("| A | B | C |\n|---|---|---|\n| x | y | z |\n");
  CHECK(laid.findings.empty());
  CHECK(laid.text == "\tA\n\tB\n\tC\n\tx\n\ty\n\tz\n");
}

TEST_CASE("layout_markdown: a wider table's Lead and Timeline cells are laid out, cells past them reported") {
  std::string md =
      "| Directives | Deliverables | Action Items | Lead | Timeline |\n|---|---|---|---|---|\n"
      "| 1A. Do | 1.1 P | Act | Canada | 2011 |\n| 1B. More | | | | | spare |\n";
  Laid laid = read_markdown(md);
  CHECK(laid.text ==
        "\tDirectives\n\tDeliverables\n\tAction Items\n\tLead\n\tTimeline\n\t1A. Do\n\t1.1 P\n\tAct\n\tCanada\n\t2011\n"
        "\t1B. More\n\t\n\t\n\t\n\t\n");
  REQUIRE(laid.findings.size() == 1);
  CHECK(to_string(laid.findings[0].code) == "layout-unread");
  CHECK(laid.findings[0].message == "this row has 6 cells; the cells after the 5th are not read");
  CHECK(laid.findings[0].where == "spare");
}

TEST_CASE("layout_markdown: pandoc's grid table, its cells' lines joined, its smart punctuation read back") {
  // A new user's `pandoc plan.docx -t markdown`: a grid table, read as side-by-side text (owners "APEC | |
  // Secretariat"). Each cell's lines between the bars at the border's '+'s; a blank line ends a paragraph; a
  // trailing backslash is a hard line break; `--` is an en dash and a straight quote a curly one, as pandoc reads
  // them.
  std::string md = "# Work Plan 2009\n\nThe Maritime Security Experts Group (MEG-SEC) brings member economies\n"
                   "together across the region.\n\n"
                   "+---------------+--------------+----------------------+\n"
                   "| Ministerial   | MEG-SEC      | Action Items         |\n"
                   "| Directives    | Priorities   |                      |\n"
                   "+===============+==============+======================+\n"
                   "| 1A. Adopt it  | 1.1 Port     | Compile a summary.   |\n"
                   "| (Leaders'     | audits       | (Pilot Project --    |\n"
                   "| Statement     |              | Japan/March 2009)    |\n"
                   "| 2005)         | 1.2 More     |                      |\n"
                   "|               |              | Report the           |\n"
                   "|               |              | results.\\            |\n"
                   "|               |              | Then \"more\" (US/TBD) |\n"
                   "+---------------+--------------+----------------------+\n"
  ;
  CHECK(fit_markdown(md) == 1.0);
  CHECK(fit_side_by_side(md) < 0.5);
  CHECK(lay_out(md).reader == "markdown");
  Laid laid = read_markdown(md);
  CHECK(laid.text ==
        "Work Plan 2009\nThe Maritime Security Experts Group (MEG-SEC) brings member economies together across the "
        "region.\n\tMinisterial Directives\n\tMEG-SEC Priorities\n\tAction Items\n"
        "\t1A. Adopt it (Leaders\u2019 Statement 2005)\n\t1.1 Port audits\n1.2 More\n"
        "\tCompile a summary. (Pilot Project \u2013 Japan/March 2009)\nReport the results.\nThen \u201Cmore\u201D (US/TBD)\n");
  CHECK(laid.findings.empty());
  // What a piece maps is the input's own (a wrapped line's '\n' the joining space); only the dashes and quotes
  // are written by the reader.
  for (const Piece& p : laid.pieces) {
    std::string from = md.substr(p.source, p.length);
    std::replace(from.begin(), from.end(), '\n', ' ');
    CHECK(from == laid.text.substr(p.at, p.length));
  }
}

TEST_CASE("layout_markdown: front matter lines typed one to a line stay apart, a heading's marks go") {
  std::string md = "## Maritime Security Experts Group Work Plan ##\nTPTWG 27 Ha Noi, Viet Nam\nSubtitle\n========\n\n"
                   "| Directives | Priorities | Action Items |\n|---|---|---|\n| 1A. D | 1.1 P | A (US/2008) |\n";
  Laid laid = read_markdown(md);
  CHECK(laid.text.starts_with("Maritime Security Experts Group Work Plan\nTPTWG 27 Ha Noi, Viet Nam\nSubtitle\n\t"));
  // A line longer than pandoc's 72 columns was not wrapped: the next stays apart.
  md = "Maritime Security Experts Group Work Plan for the period 2010-2011, adopted at TPTWG 33 in Tokyo\n"
       "TPTWG 33 Tokyo, Japan\n\n| Directives | Priorities | Action Items |\n|---|---|---|\n| 1A. D | 1.1 P | A (US/2008) |\n";
  laid = read_markdown(md);
  CHECK(laid.text.starts_with("Maritime Security Experts Group Work Plan for the period 2010-2011, adopted at TPTWG 33 "
                              "in Tokyo\nTPTWG 33 Tokyo, Japan\n\t"));
}

TEST_CASE("layout_markdown: emphasis marks are left out where CommonMark pairs them, kept where none pairs") {
  const std::string header = "| Directives | Priorities | Action Items |\n|---|---|---|\n";
  const std::string laid_header = "\tDirectives\n\tPriorities\n\tAction Items\n";
  struct Case {
    const char* why;
    std::string md, text;
  };
  const Case cases[] = {
      // A new user's pandoc Markdown of a Word plan with a bold tag and an italic citation: both were lost.
      {"bold and italic marks", header + "| 1A. Adopt *(Ministerial Statement 2009)* | 1.1 P | Draft it **(Japan/March 2009)** 2 \\* 3 |\n",
       laid_header + "\t1A. Adopt (Ministerial Statement 2009)\n\t1.1 P\n\tDraft it (Japan/March 2009) 2 * 3\n"},
      // A review's finding: every unescaped '*' was dropped ("2*3 ports" read "23 ports", a footnote mark lost).
      {"a star or an underscore that pairs with none",
       "# Work Plan 2010*\n\nFiles: samples/*.txt\n\n" + header +
           "| 1A. Port security* (Bogor Goal) | 1.1 Audits of 2*3 ports | Draft ISPS_Code_2004 rules (US*/2011) |\n"
           "| 2A. Port _(Ministerial Statement 2009)_ | 2.1 __Audits__ | Draft **ship security** and *ports* (Japan/2010) |\n",
       "Work Plan 2010*\nFiles: samples/*.txt\n" + laid_header +
           "\t1A. Port security* (Bogor Goal)\n\t1.1 Audits of 2*3 ports\n\tDraft ISPS_Code_2004 rules (US*/2011)\n"
           "\t2A. Port (Ministerial Statement 2009)\n\t2.1 Audits\n\tDraft ship security and ports (Japan/2010)\n"},
      // A review's findings: pandoc writes bold text ending in a bold-italic citation `**... *(...)***` and italic
      // text ending in a bold-italic tag `*... **(...)***`; pairing only runs of one length kept every star (the
      // citation and the tag lost). A pair around a <br> was kept too.
      {"runs of unequal length, and across a <br>",
       header + "| **1. Adopt it *(Ministerial Statement 2007)*** | **P one<br>P two** | "
                "*Hold a workshop **(Japan/March 2009)***<br>Run ****four**** (US/2010) |\n",
       laid_header + "\t1. Adopt it (Ministerial Statement 2007)\n\tP one\nP two\n"
                     "\tHold a workshop (Japan/March 2009)\nRun four (US/2010)\n"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.why);
    CHECK(read_markdown(c.md).text == c.text);
  }
}

TEST_CASE("layout_markdown: emphasis across a grid cell's wrapped lines") {
  std::string md = "+-------------+-------------+-------------------+\n"
                   "| Directives  | Priorities  | Action Items      |\n"
                   "+=============+=============+===================+\n"
                   "| 1A. D       | 1.1 P       | Draft it **(Japan |\n"
                   "| (Bogor      |             | /March 2009)**    |\n"
                   "| Goal)       |             |                   |\n"
                   "+-------------+-------------+-------------------+\n";
  Laid laid = read_markdown(md);
  CHECK(laid.text.ends_with("\t1A. D (Bogor Goal)\n\t1.1 P\n\tDraft it (Japan /March 2009)\n"));
  // pandoc's own tables are read as pandoc reads them: every unescaped star a mark, an underscore one unless inside a
  // word. Word formatting that changes inside a tag gives marks CommonMark cannot pair (a second review's finding:
  // the owner read "**Japan", the deadline "**2009").
  md = "+-------------+-------------+----------------------------+\n"
       "| Directives  | Priorities  | Action Items               |\n"
       "+=============+=============+============================+\n"
       "| 1A. D       | 1.1 P_Q     | Hold it (**Japan/**2009)   |\n"
       "| (Bogor      | \\*        | Do _it (US_/2010)          |\n"
       "| Goal)       |             |                            |\n"
       "+-------------+-------------+----------------------------+\n";
  laid = read_markdown(md);
  CHECK(laid.text.ends_with("\t1A. D (Bogor Goal)\n\t1.1 P_Q *\n\tHold it (Japan/2009) Do it (US/2010)\n"));
}

TEST_CASE("layout_markdown: a word pandoc broke in a narrow grid column is a warning where it may be") {
  // A new user's `pandoc -t markdown` at 72 columns: "Indonesia/2012" broken "Ind" / "onesia/2012", an owner
  // "Ind onesia", with no diagnostic.
  std::string md = "+-------------+-------------+-------------+\n"
                   "| Directives  | Priorities  | Action      |\n"
                   "|             |             | Items       |\n"
                   "+=============+=============+=============+\n"
                   "| 1A. Adopt   | 1.1 Port    | Hold a      |\n"
                   "| (Bogor      | audits      | regional    |\n"
                   "| Goal)       |             | workshop.   |\n"
                   "|             |             | Lead:       |\n"
                   "|             |             | Ind         |\n"
                   "|             |             | onesia/2012 |\n"
                   "+-------------+-------------+-------------+\n";
  Laid laid = read_markdown(md);
  REQUIRE(laid.findings.size() == 1);
  CHECK(to_string(laid.findings[0].code) == std::string("layout-straddle"));
  CHECK(laid.findings[0].where == "onesia/2012");
  CHECK(laid.findings[0].message.find("pandoc --columns=200") != std::string::npos);
  // pandoc puts the word's last `room` characters on the next line: the first part may be nearly as long (a
  // review's finding: "(Philippin" / "es/December" was missed). A line that starts as a word does after one that
  // ends as one does is a wrap, not warned ("Leaders'," / "Declaration").
  md = "+-------------+-------------+-------------+\n"
       "| Directives  | Priorities  | Action      |\n"
       "+=============+=============+=============+\n"
       "| 1A. Adopt   | 1.1 Port    | Hold it     |\n"
       "| Leaders',   | audits      | (Philippin  |\n"
       "| Declaration |             | es/December |\n"
       "| (Bogor      |             | 2011)       |\n"
       "| Goal)       |             | (Chair/IN   |\n"
       "|             |             | DONESIA/201 |\n"
       "|             |             | 1)          |\n"
       "+-------------+-------------+-------------+\n";
  laid = read_markdown(md);
  REQUIRE(laid.findings.size() == 2);
  CHECK(laid.findings[0].where == "es/December");
  CHECK(laid.findings[1].where == "DONESIA/201");  // capitals: no word's start (a review's finding)
}

TEST_CASE("layout_markdown: pandoc's multiline and simple tables") {
  // A new user's `pandoc plan.docx -t markdown` of a plan of one paragraph a cell: read as side-by-side text, a
  // dash rule a priority and "2\." a directive's words.
  std::string md = "Work Plan 2009\n\n"
                   "  -----------------------------------------------------------------------\n"
                   "  Ministerial Directives  MEG-SEC Priorities      Action Items\n"
                   "  ----------------------- ----------------------- -----------------------\n"
                   "  1A. Ministers agreed to 1.1 Port security guide Draft a best practice\n"
                   "  strengthen port                                 guide. (Japan/March\n"
                   "  security (Bogor Goal)                           2009)\n"
                   "\n"
                   "  2\\. Piracy (Bogor Goal) 2.1 Data                Compile (US/2011)\n"
                   "  -----------------------------------------------------------------------\n";
  CHECK(fit_markdown(md) == 1.0);
  CHECK(lay_out(md).reader == "markdown");
  Laid laid = read_markdown(md);
  CHECK(laid.text == "Work Plan 2009\n\tMinisterial Directives\n\tMEG-SEC Priorities\n\tAction Items\n"
                     "\t1A. Ministers agreed to strengthen port security (Bogor Goal)\n\t1.1 Port security guide\n"
                     "\tDraft a best practice guide. (Japan/March 2009)\n"
                     "\t2. Piracy (Bogor Goal)\n\t2.1 Data\n\tCompile (US/2011)\n");
  CHECK(laid.findings.empty());
  // A simple table: no rule above, a row a line, a blank line its end.
  std::string simple = "Directives   Priorities   Action Items\n"
                       "------------ ------------ --------------\n"
                       "1A. D (Bogor 1.1 P        A (US/2008)\n"
                       "2A. E        2.1 Q        B (Peru/2009)\n\nafter\n";
  laid = read_markdown(simple);
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\t1A. D (Bogor\n\t1.1 P\n\tA (US/2008)\n"
                     "\t2A. E\n\t2.1 Q\n\tB (Peru/2009)\n");
  REQUIRE(laid.findings.size() == 1);
  CHECK(laid.findings[0].where == "after");
}

TEST_CASE("layout_markdown: a multiline table without a header row, or with a header of many lines") {
  // A review's findings: pandoc's Markdown of a Word table whose first row is not marked as its header opens and
  // closes with dash runs and has no header; a header wrapped to five lines at --columns=40 was looked past.
  const std::string headerless = "Work Plan\n\n"
                                 "  -------------- -------------- ------------\n"
                                 "  Directives     Priorities     Action Items\n\n"
                                 "  1A. D (Bogor   1.1 P          A (US/2008)\n"
                                 "  Goal)\n"
                                 "  -------------- -------------- ------------\n";
  CHECK(fit_markdown(headerless) == 1.0);
  Laid laid = read_markdown(headerless);
  CHECK(laid.text == "Work Plan\n\tDirectives\n\tPriorities\n\tAction Items\n\t1A. D (Bogor Goal)\n\t1.1 P\n"
                     "\tA (US/2008)\n");
  CHECK(laid.findings.empty());
  // pandoc's headerless simple table: a row a line, no blank line between.
  const std::string simple = "  -------------- -------------- ------------\n"
                             "  Directives     Priorities     Action Items\n"
                             "  1A. D (Bogor   1.1 P          A (US/2008)\n"
                             "  2A. E (Bogor   2.1 Q          B (US/2009)\n"
                             "  -------------- -------------- ------------\n";
  laid = read_markdown(simple);
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\t1A. D (Bogor\n\t1.1 P\n\tA (US/2008)\n"
                     "\t2A. E (Bogor\n\t2.1 Q\n\tB (US/2009)\n");
  // CommonMark's `- - -` rules around front matter are no table (a review's finding: "Our objectives..." was cut
  // into columns and taken for one, the pipe table after it unread).
  const std::string rules = "# Plan\n\n- - -\nOur objectives and actions\n- - -\n\n"
                            "| Directives | Priorities | Action Items |\n|---|---|---|\n| 1A. D | 1.1 P | A (US/2008) |\n";
  laid = read_markdown(rules);
  CHECK(laid.text.ends_with("\tDirectives\n\tPriorities\n\tAction Items\n\t1A. D\n\t1.1 P\n\tA (US/2008)\n"));
  const std::string tall = "  ------------------------------------------\n"
                           "  Ministerial    MEG-SEC        Action\n  Directives     Priorities     Items\n"
                           "  and Leaders                   (Owner/\n  Statements                    Deadline)\n"
                           "  of the Year\n"
                           "  -------------- -------------- ------------\n"
                           "  1A. D (Bogor   1.1 P          A (US/2008)\n"
                           "  Goal)\n"
                           "  ------------------------------------------\n";
  laid = read_markdown(tall);
  CHECK(laid.text.starts_with("\tMinisterial Directives and Leaders Statements of the Year\n\tMEG-SEC Priorities\n"
                              "\tAction Items (Owner/ Deadline)\n\t1A. D (Bogor Goal)\n"));
}

TEST_CASE("layout_markdown: a side-by-side text underlined by hand is no simple table") {
  // A review's finding: pdftotext's side-by-side text with a line of dashes under its header was read as a simple
  // table, each wrapped line a row. pandoc sizes a run to its column's widest cell: nothing stands between runs.
  std::string text = "Ministerial Directives   MEG-SEC Priorities   Action Items\n"
                     "----------------------   ------------------   ------------\n"
                     "APEC economies will adopt a   Capacity building   Continue to implement the\n"
                     "strategic approach (Bogor Goal)                   tailored program (Japan/2009)\n";
  CHECK(fit_markdown(text) == 0.0);
  CHECK(lay_out(text).reader == "side-by-side");
}

TEST_CASE("layout_markdown: the plan's table is the first that names a plan's column, of any kind") {
  // A review's finding: a revision table (a grid: its cell holds two paragraphs) before the plan's multiline
  // table, or an acronyms pipe table after it, was read for the plan.
  const std::string plan = "  ------------------------------------------\n"
                           "  Directives     Priorities     Action Items\n"
                           "  -------------- -------------- ------------\n"
                           "  1A. D (Bogor   1.1 P          A (US/2008)\n"
                           "  Goal)\n"
                           "  ------------------------------------------\n";
  const std::string revisions = "+---------+--------+\n| Version | Date   |\n+=========+========+\n"
                                "| 1.1     | March  |\n|         |        |\n|         | 2010   |\n"
                                "+---------+--------+\n\n";
  Laid laid = read_markdown("Work Plan\n\n" + revisions + plan);
  CHECK(laid.text == "Work Plan\n\tDirectives\n\tPriorities\n\tAction Items\n\t1A. D (Bogor Goal)\n\t1.1 P\n"
                     "\tA (US/2008)\n");
  REQUIRE(laid.findings.size() == 1);
  CHECK(laid.findings[0].message.starts_with("this table (7 lines) is not the plan's"));
  laid = read_markdown(plan + "\n| Acronym | Meaning | Notes |\n|---|---|---|\n| ISPS | Port Security | Code |\n");
  CHECK(laid.text.starts_with("\tDirectives\n\tPriorities\n\tAction Items\n\t1A. D (Bogor Goal)"));
  CHECK(laid.findings.size() == 3);  // the acronyms table's lines, each unread
}
