#include <doctest/doctest.h>

#include <fmt/format.h>

#include <array>
#include <string_view>
#include <vector>

#include <mseg/parse.hpp>

#include "layout.hpp"
#include "tests/test_util.hpp"

using namespace mseg;
using namespace mseg::layout;

TEST_CASE("layout_side_by_side: columns from the header, rows at blank lines and gaps") {
  std::string text =
      "Title\n\n"
      "Directives              Priorities          Action Items\n"
      "1A. Adopt a strategic   1.1 Capacity        Formalize the process\n"
      "approach (Bogor Goal)                       (Canada/March 2008)\n"
      "                                            Clarify it (Chair/2008)\n"
      "\n"
      "                                            Report (Chair/2008)\n"
      "2A. Next section        2.1 Supply chain    Act (Japan/2009)\n";
  Laid laid = read_side_by_side(text);
  CHECK(laid.text ==
        "Title\n\tDirectives\n\tPriorities\n\tAction Items\n"
        "\t1A. Adopt a strategic approach (Bogor Goal)\n\t1.1 Capacity\n\tFormalize the process (Canada/March 2008)\n"
        "Clarify it (Chair/2008)\n"
        "\t\n\t\n\tReport (Chair/2008)\n"
        "\t2A. Next section\n\t2.1 Supply chain\n\tAct (Japan/2009)\n");
  CHECK(laid.findings.empty());
}

TEST_CASE("layout_side_by_side: with no spacing, a capital that would have fitted after a sentence's end starts an action") {
  // A helper's finding: "... on port security." / "Compile the results ..." was one action, the first (untagged)
  // lost in the second's text, unsaid. A capital that would not have fitted is the same action's next sentence.
  std::string text =
      "Directives              Priorities          Action Items\n"
      "1A. Adopt a strategic   1.1 Capacity        Hold a regional workshop on\n"
      "approach (Bogor Goal)                       port security.\n"
      "                                            Compile the results of the\n"
      "                                            survey. (Korea/2011)\n"
      "                                            Hold a regional workshop on\n"
      "                                            port facility assessments.\n"
      "                                            Drills follow. (Chile/2012)\n";
  Laid laid = read_side_by_side(text);
  CHECK(laid.text ==
        "\tDirectives\n\tPriorities\n\tAction Items\n"
        "\t1A. Adopt a strategic approach (Bogor Goal)\n\t1.1 Capacity\n\tHold a regional workshop on port security.\n"
        "Compile the results of the survey. (Korea/2011)\n"
        "Hold a regional workshop on port facility assessments. Drills follow. (Chile/2012)\n");
  REQUIRE(laid.findings.size() == 1);
  CHECK(laid.findings[0].code == DiagnosticCode::layout_inferred);
  CHECK(laid.findings[0].where == "Compile the results of the");
}

TEST_CASE("layout_side_by_side: a capital that would have fitted with fewer than five to spare is said, read on") {
  // A helper's finding: "report the results." / "A draft questionnaire ..." read as one action in silence, the
  // untagged first lost in the second, its owner given to both. Read so still (characters only approximate a
  // proportional font), but said.
  std::string text =
      "Directives              Priorities          Action Items\n"
      "1A. Adopt a strategic   1.1 Capacity        Hold a regional workshop on\n"
      "approach (Bogor Goal)                       ports. (Korea/2011)\n"
      "                                            Compile the results of the\n"
      "                                            on port assessments.\n"
      "                                            Drills follow. (Chile/2012)\n";
  Laid laid = read_side_by_side(text);
  CHECK(laid.text.ends_with("\nCompile the results of the on port assessments. Drills follow. (Chile/2012)\n"));
  REQUIRE(laid.findings.size() == 1);
  CHECK(laid.findings[0].code == DiagnosticCode::layout_inferred);
  CHECK(laid.findings[0].where == "Drills follow. (Chile/2012)");
  CHECK(laid.findings[0].message.starts_with("read as the same paragraph's next sentence: 'Drills' would have fitted"));
  // The helper's plan as pdftotext writes its 12 pt PDF, with -layout and without (the column-blocks reader).
  for (const char* file : {"tests/forms/new-user-plan.size12.layout.txt", "tests/forms/new-user-plan.size12.blocks.txt"}) {
    CAPTURE(file);
    bool said = false;
    for (const auto& d : parse_plan(test::read_file(file)).diagnostics)
      said = said || d.message.starts_with("read as the same paragraph's next sentence: 'A' would have fitted after "
                                           "'report the results.'");
    CHECK(said);
  }
}

TEST_CASE("layout_side_by_side: a tag wrapped inside its parenthesis ends its action") {
  // A helper's finding: "(Chair/next" / "meeting)" has no '/' or year on its closing line, and the next action
  // joined it, taking its tag's place.
  std::string text =
      "Directives              Priorities          Action Items\n"
      "1A. Adopt a strategic   1.1 Capacity        Report on the visits (Chair/next\n"
      "approach (Bogor Goal)                       meeting)\n"
      "                                            Seek funding for visits (APEC\n"
      "                                            Secretariat/TBD)\n"
      "                                            Hold a seminar (Canada/TPTWG\n"
      "                                            33)\n"
      "                                            Report (Chair/2008)\n";
  Laid laid = read_side_by_side(text);
  CHECK(laid.text ==
        "\tDirectives\n\tPriorities\n\tAction Items\n"
        "\t1A. Adopt a strategic approach (Bogor Goal)\n\t1.1 Capacity\n\tReport on the visits (Chair/next meeting)\n"
        "Seek funding for visits (APEC Secretariat/TBD)\nHold a seminar (Canada/TPTWG 33)\nReport (Chair/2008)\n");
}

TEST_CASE("layout_side_by_side: a tag of economies wrapped inside its parenthesis ends its action, whatever its deadline") {
  // A helper's finding left open: "by the" / "next Leaders' Week)" is no deadline mseg reads, and the next action
  // joined the tag. Economies alone before its '/', and a deadline's first word after it, make it a tag; a
  // sentence's own parenthesis with a '/' does not, even after an economy (a review's finding: "(Japan/Korea" /
  // "pilot team)" cut its action in two).
  std::string text =
      "Directives              Priorities          Action Items\n"
      "1A. Adopt a strategic   1.1 Capacity        Report on the visits (Chinese Taipei,\n"
      "approach (Bogor Goal)                       Japan/by the close of the\n"
      "                                            Leaders' Week)\n"
      "                                            Seek funding for (ship/port\n"
      "                                            interface) visits\n"
      "                                            (APEC Secretariat/TBD)\n"
      "                                            Train coast guards (Japan/Korea\n"
      "                                            pilot team) and report the\n"
      "                                            results. (Chile/2012)\n";
  Laid laid = read_side_by_side(text);
  CHECK(laid.text ==
        "\tDirectives\n\tPriorities\n\tAction Items\n"
        "\t1A. Adopt a strategic approach (Bogor Goal)\n\t1.1 Capacity\n"
        "\tReport on the visits (Chinese Taipei, Japan/by the close of the Leaders' Week)\n"
        "Seek funding for (ship/port interface) visits (APEC Secretariat/TBD)\n"
        "Train coast guards (Japan/Korea pilot team) and report the results. (Chile/2012)\n");
}

TEST_CASE("layout_side_by_side: an amount starting a wrapped line is no number of a directive or a priority") {
  std::string text =
      "Directives                 Priorities          Action Items\n"
      "1A. Ministers welcomed     1.1 Capacity        Fund training of around US$\n"
      "contributions of US$                           1.5 million a year (Japan/2010)\n"
      "2.5 million for ports\n"
      "(Ministerial Statement 2009)\n";
  Laid laid = read_side_by_side(text);
  CHECK(laid.text ==
        "\tDirectives\n\tPriorities\n\tAction Items\n"
        "\t1A. Ministers welcomed contributions of US$ 2.5 million for ports (Ministerial Statement 2009)\n"
        "\t1.1 Capacity\n\tFund training of around US$ 1.5 million a year (Japan/2010)\n");
}

TEST_CASE("layout_side_by_side: a range's en dash ending a line goes on without a space") {
  std::string text =
      "Directives              Priorities          Action Items\n"
      "1A. Adopt (Bogor Goal)  1.1 Capacity        Survey needs (Singapore/2010\u2013\n"
      "                                            2011)\n";
  Laid laid = read_side_by_side(text);
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\t1A. Adopt (Bogor Goal)\n\t1.1 Capacity\n"
                     "\tSurvey needs (Singapore/2010\u20132011)\n");
}

TEST_CASE("layout_side_by_side: a column's name may end in a parenthesis of its own") {
  // A helper's finding: "Action Items (Owner/Deadline)" made no header, and no table was found.
  std::string text =
      "Goals                   Priorities          Action Items (Owner/Deadline)\n"
      "1A. Adopt (Bogor Goal)  1.1 Capacity        Review the visits\n"
      "                                            (Chair/2010)\n";
  Laid laid = read_side_by_side(text);
  CHECK(laid.text == "\tGoals\n\tPriorities\n\tAction Items (Owner/Deadline)\n\t1A. Adopt (Bogor Goal)\n"
                     "\t1.1 Capacity\n\tReview the visits (Chair/2010)\n");
  CHECK(fit_side_by_side(text) > 0.5);
}

TEST_CASE("layout_side_by_side: a web address ending a line is joined with a space, and a note says so") {
  std::string text =
      "Directives              Priorities          Action Items\n"
      "1A. Adopt (Bogor Goal)  1.1 Capacity        Publish at http://www.apec.org/cr\n"
      "                                            uise (Chair/2010)\n";
  Laid laid = read_side_by_side(text);
  CHECK(laid.text.find("\tPublish at http://www.apec.org/cr uise (Chair/2010)\n") != std::string::npos);
  REQUIRE(laid.findings.size() == 1);
  CHECK(to_string(laid.findings[0].code) == "layout-inferred");
  CHECK(laid.findings[0].where == "http://www.apec.org/cr");
}

TEST_CASE("layout_side_by_side: 'Part B:' starting a directive's sentence is no part heading") {
  // A second review's finding: the directive was cut there, and its citation lost.
  std::string text =
      "Directives                        Priorities          Action Items\n"
      "1A. Economies will give guidance  1.1 Drills          Hold drills (Japan/2010)\n"
      "to their port facilities.\n"
      "Part B: guidance on drills.\n"
      "(Ministerial Statement 2008)\n";
  Laid laid = read_side_by_side(text);
  CHECK(laid.text.find("\t1A. Economies will give guidance to their port facilities. Part B: guidance on drills. "
                       "(Ministerial Statement 2008)\n") != std::string::npos);
}

// A plan's first page, its footer, and no more: the page breaks' tests go on from it.
constexpr std::string_view kPageOne =
    "Directives              Priorities          Action Items\n"
    "1A. Adopt a strategic   1.1 Capacity        Formalize the process\n"
    "\n"
    "Page 1 of 2\n";

TEST_CASE("layout_side_by_side: a page break keeps the row, furniture is noted") {
  std::string text = std::string(kPageOne) +
      "\fDirectives              Priorities          Action Items\n"
      "approach (Bogor Goal)                       (Canada/March 2008)\n";
  Laid laid = read_side_by_side(text);
  CHECK(laid.text ==
        "\tDirectives\n\tPriorities\n\tAction Items\n"
        "\t1A. Adopt a strategic approach (Bogor Goal)\n\t1.1 Capacity\n\tFormalize the process (Canada/March 2008)\n");
  REQUIRE(laid.findings.size() == 2);
  CHECK(to_string(laid.findings[0].code) == "page-furniture");
  CHECK(to_string(laid.findings[1].code) == "page-furniture");
}

TEST_CASE("layout_side_by_side: names repeated at a page's top with one space between give that page's columns") {
  // A 12 pt plan's pdftotext -layout: page 2 squeezed "Directives Priorities" together and moved the columns
  // left; read by page 1's columns, every line ran across a gutter (38 layout-straddle warnings, rows misread).
  std::string text = std::string(kPageOne) +
      "\fDirectives Priorities     Action Items\n"
      "approach   for ports       (Canada/March 2008)\n";
  Laid laid = read_side_by_side(text);
  CHECK(laid.text ==
        "\tDirectives\n\tPriorities\n\tAction Items\n"
        "\t1A. Adopt a strategic approach\n\t1.1 Capacity for ports\n\tFormalize the process (Canada/March 2008)\n");
  REQUIRE(laid.findings.size() == 2);
  CHECK(to_string(laid.findings[1].code) == "page-furniture");
  CHECK(laid.findings[1].message.find("column-name row repeated") != std::string::npos);
}

TEST_CASE("layout_side_by_side: no header line is a located error, not a silent guess") {
  Laid laid = read_side_by_side("just prose\nand more\n");
  REQUIRE(laid.findings.size() == 1);
  CHECK(to_string(laid.findings[0].code) == "layout-columns");
}

TEST_CASE("layout_side_by_side: a word across the gutter is reported") {
  std::string text =
      "Directives              Priorities          Action Items\n"
      "1A. Adopt a strategicapproach               Act (Japan/2009)\n";
  Laid laid = read_side_by_side(text);
  REQUIRE(laid.findings.size() == 1);
  CHECK(to_string(laid.findings[0].code) == "layout-straddle");
}

// issue 15: a wider table, as pdftotext -layout prints tests/forms/later-forms-plan.pdf.
TEST_CASE("layout_side_by_side: a wider header's further columns each get their cells") {
  std::string text =
      "Directives              Deliverables        Action Items                       Lead          Timeline\n"
      "Part A. Directives -\n"
      "Maritime Security\n"
      "1A. Adopt a strategic   1.1 Capacity        Hold a regional workshop. Lead:    Canada        2011\n"
      "approach (Bogor Goal)                       Canada and Chile\n"
      "                                            Compile the survey\n"
      "                                            (Korea/2011)\n"
      "1B. Cooperate (Bogor    1.2 Ship alerts     Survey the alerts                  Australia     Ongoing,\n"
      "Goal)                                       (Chair/2012)                                     reviewed\n"
      // A part heading right under a row whose directive was its tallest cell (a helper's finding: read as
      // that row's directive, and the next section under the part before).
      "Part B. Tasks for More\n"
      "Than One Group\n"
      "2A. Share (Bogor Goal)  2.1 Data            Map it (Peru/2013)                 Peru          2013\n";
  Laid laid = read_side_by_side(text);
  CHECK(laid.text ==
        "\tDirectives\n\tDeliverables\n\tAction Items\n\tLead\n\tTimeline\n"
        // The part heading is a row of its own: a directive under it starts the next row.
        "\tPart A. Directives - Maritime Security\n\t\n\t\n\t\n\t\n"
        // "Compile" would have fitted after "Canada and Chile": the action after the lead clause starts there.
        "\t1A. Adopt a strategic approach (Bogor Goal)\n\t1.1 Capacity\n"
        "\tHold a regional workshop. Lead: Canada and Chile\nCompile the survey (Korea/2011)\n\tCanada\n\t2011\n"
        // The Lead column takes up text again: a new row; a further cell's wrapped lines are one paragraph.
        "\t1B. Cooperate (Bogor Goal)\n\t1.2 Ship alerts\n\tSurvey the alerts (Chair/2012)\n\tAustralia\n"
        "\tOngoing, reviewed\n"
        "\tPart B. Tasks for More Than One Group\n\t\n\t\n\t\n\t\n"
        "\t2A. Share (Bogor Goal)\n\t2.1 Data\n\tMap it (Peru/2013)\n\tPeru\n\t2013\n");
  CHECK(laid.findings.empty());
}

TEST_CASE("layout_side_by_side: a header's fourth field that names no further column is no header") {
  Laid laid = read_side_by_side(
      "Directives              Priorities          Action Items                  Budget\n"
      "1A. Adopt a strategic   1.1 Capacity        Act (Japan/2009)              USD 50,000\n");
  REQUIRE(laid.findings.size() == 1);
  CHECK(to_string(laid.findings[0].code) == "layout-columns");
}

TEST_CASE("layout_side_by_side: a word across the gutter before a further column is a located warning") {
  std::string text =
      "Directives              Priorities          Action Items        Lead\n"
      "1A. Adopt a strategic   1.1 Capacity        Act on the proposalsCanada\n"
      "approach (Bogor Goal)                       (Japan/2009)\n";
  Laid laid = read_side_by_side(text);
  REQUIRE(laid.findings.size() == 1);
  CHECK(to_string(laid.findings[0].code) == "layout-straddle");
  CHECK(laid.findings[0].where == "Act on the proposalsCanada");
  CHECK(laid.findings[0].where.data() == text.data() + text.find("Act on the"));
  CHECK(laid.findings[0].message ==
        "'Act on the proposalsCanada' runs across the gutter before column 4 ('Lead'); read in column 3");
  // Read in the column it starts in, not split silently: the Lead cell stays empty.
  CHECK(laid.text.find("\tAct on the proposalsCanada (Japan/2009)\n\t\n") != std::string::npos);
}

TEST_CASE("layout_side_by_side: a kept hyphen before a capital is whole, or spaced where the document writes the words apart") {
  // A new user's finding: one plan's .pdf read "Counter- Terrorism" and its pdftotext text "Counter-Terrorism", and
  // diff and history called the difference a change; both readers share spaced_after_hyphen now. A second review's:
  // a space before every capital made "Asia- Pacific", "Co- Chairs", "APEC- IMO" of compounds.
  std::string text =
      "Directives              Priorities          Action Items\n"
      "1A. Link the Counter-   1.1 Asia-           Work with anti-\n"
      "Terrorism Task Force    Pacific and the     piracy centres\n"
      "on Counter Terrorism    MEG-SEC Chair       (Co-\n"
      "(Bogor Goal)                                Chairs/2009)\n";
  Laid laid = read_side_by_side(text);
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n"
                     "\t1A. Link the Counter- Terrorism Task Force on Counter Terrorism (Bogor Goal)\n"
                     "\t1.1 Asia-Pacific and the MEG-SEC Chair\n\tWork with anti-piracy centres (Co-Chairs/2009)\n");
  std::vector<std::string> notes;
  for (const Finding& f : laid.findings)
    if (to_string(f.code) == std::string("layout-hyphen")) notes.push_back(f.message);
  CHECK(notes == std::vector<std::string>{
                     "a hyphen ends the line: read as 'Counter- Terrorism' (whether a space stood after it, the text "
                     "does not say)",
                     "a hyphen ends the line: read as 'Asia-Pacific'", "a hyphen ends the line: read as 'anti-piracy'",
                     "a hyphen ends the line: read as '(Co-Chairs/2009)'"});
}

TEST_CASE("layout_side_by_side: a one-row plan whose long cells run alone under the header is a table") {
  // A helper's finding: after the header, too few lines held two fields (the action's and the directive's lines
  // each alone), and a one-row plan was refused with no-table, --layout side-by-side or not.
  const std::string rows =
      "Goals and Objectives              MSEG Priorities                   Action Items\n"
      "1A. Ministers welcomed progress   1.1 Coastal surveillance          Develop a cargo share data\n"
      "(Ministerial Statement 2007)                                        share crew training curriculum\n"
      "                                                                    for port facility security officers\n"
      "                                                                    at Prince Rupert. (MSEG\n"
      "                                                                    members/March 2007)\n"
      "                                                                    Review a compliance survey on\n"
      "                                                                    container seals. (US/2011)\n";
  Laid laid = read_side_by_side("Work Plan\n\n" + rows);
  CHECK(laid.text.find("\tDevelop a cargo share data share crew training curriculum for port facility security "
                       "officers at Prince Rupert. (MSEG members/March 2007)\nReview a compliance survey on "
                       "container seals. (US/2011)\n") != std::string::npos);
  CHECK(fit_side_by_side("Work Plan\n\n" + rows) > 0.0);
  // Prose after a line that looks like a header runs across the columns: no table.
  const std::string prose =
      "Goals and Objectives              MSEG Priorities                   Action Items\n"
      "The group met in Lima and agreed on the work plan set out below, with its priorities and\n"
      "the actions each economy leads, as the Ministers asked in their statement of 2007.\n"
      "It will report on them at its next meeting.\n";
  CHECK(fit_side_by_side(prose) == 0.0);
}

TEST_CASE("layout_side_by_side: column names wrapped in their cells are the header's, here and at a page's top") {
  // A helper's finding: "Goals and" / "Objectives" and "MSEG Priori-" / "ties" made the column "Goals and" and a
  // row of their own, "Objectives" a directive and "ties" a priority.
  const std::string text =
      "Work Plan\n\n"
      "Goals and      MSEG Priori-      Action Items\n"
      "Objectives     ties\n"
      "1A. Leaders    1.1 Business      Identify a database. (Viet Nam/2010)\n"
      "met. (Bogor    continuity\n"
      "Goal)\n"
      "\f"
      "Goals and      MSEG Priori-      Action Items\n"
      "Objectives     ties\n"
      "               1.2 Ports         Hold a drill. (Peru/2011)\n";
  Laid laid = read_side_by_side(text);
  CHECK(laid.text.find("\tGoals and Objectives\n\tMSEG Priorities\n\tAction Items\n") != std::string::npos);
  CHECK(laid.text.find("Objectives\n1A.") == std::string::npos);
  CHECK(laid.text.find("\tties") == std::string::npos);
  CHECK(laid.text.find("\t1.2 Ports\n\tHold a drill. (Peru/2011)\n") != std::string::npos);
  // Names that need no more lines take none: a short first row under them stays a row.
  Laid plain = read_side_by_side("Directives     Priorities     Action Items\nGoals          Ports          Drills\n");
  CHECK(plain.text.find("\tGoals\n") != std::string::npos);
}

TEST_CASE("layout_side_by_side: paragraph spacing interleaves the columns' lines, and a gap inside a sentence cuts no row") {
  // pdftotext -layout of a plan in 6 pt after each paragraph (helper 66's): a column's wrapped sentence is broken
  // by blank lines where another column's line fell between its lines, and every gap was read as a row's end.
  std::string text =
      "Directives                          Priorities                          Action Items\n"
      "1A. Economies will strengthen       1.1 Port facility security audits   Evaluate a study of supply chain\n"
      "port facility security through                                          security initiatives with a view to\n"
      "                                    1.2 Follow-up assistance\n"
      "sustained, needs-based capacity                                         agreeing a work program.\n"
      "building (Leaders' Statement 2005)\n"
      "                                                                        (US/Q3 2010)\n"
      "1B. Ministers called for the\n"
      "                                                                        Compile a summary of the port\n"
      "sharing of lessons learned.                                             security audits. (Japan/March 2009)\n"
      "(Ministerial Statement 2007)\n"
      "                                                                        Prepare a short paper.\n"
      "                                                                        A draft will be circulated first.\n"
      "                                                                        (Chinese Taipei/Q3 2009)\n"
      "2. Ministers encouraged             Supply chain security               Hold a workshop on container\n"
      "economies to work together                                              screening. (US/SOM III 2010)\n";
  Laid laid = read_side_by_side(text);
  CHECK(laid.text ==
        "\tDirectives\n\tPriorities\n\tAction Items\n"
        "\t1A. Economies will strengthen port facility security through sustained, needs-based capacity building "
        "(Leaders' Statement 2005)\n"
        "1B. Ministers called for the sharing of lessons learned. (Ministerial Statement 2007)\n"
        "\t1.1 Port facility security audits\n1.2 Follow-up assistance\n"
        "\tEvaluate a study of supply chain security initiatives with a view to agreeing a work program. (US/Q3 2010)\n"
        "Compile a summary of the port security audits. (Japan/March 2009)\n"
        "Prepare a short paper.\n"
        "A draft will be circulated first. (Chinese Taipei/Q3 2009)\n"
        "\t2. Ministers encouraged economies to work together\n\tSupply chain security\n"
        "\tHold a workshop on container screening. (US/SOM III 2010)\n");
  // "A" would have fitted after "paper.": a new action, and a note says the width told it.
  REQUIRE(laid.findings.size() == 1);
  CHECK(laid.findings[0].code == DiagnosticCode::layout_inferred);
  CHECK(laid.findings[0].where == "A draft will be circulated first.");
}

TEST_CASE("layout_side_by_side: spaced text's rows without directive numbers start where every column starts a paragraph") {
  std::string text =
      "Directives                          Priorities                          Action Items\n"
      "APEC economies will adopt a         Capacity building                   Continue to implement the\n"
      "strategic approach. (Bogor Goal)                                        program in the region.\n"
      "                                    ISPS Code\n"
      "Leaders reiterated their                                                (Lead Economies/March 2008)\n"
      "common understanding that\n"
      "                                                                        Develop a framework for the\n"
      "                                    Port Worker ID\n"
      "capacity matters. (Bogor Goal)                                          next phase. (Chair/2008)\n"
      "Ministers recognised the            Cooperative arrangements            Complete the plan.\n"
      "importance of human capacity.                                           (Singapore/2009)\n"
      "(Ministerial Statement 2007)\n";
  Laid laid = read_side_by_side(text);
  CHECK(laid.text ==
        "\tDirectives\n\tPriorities\n\tAction Items\n"
        "\tAPEC economies will adopt a strategic approach. (Bogor Goal)\n"
        "Leaders reiterated their common understanding that capacity matters. (Bogor Goal)\n"
        "\tCapacity building\nISPS Code\nPort Worker ID\n"
        "\tContinue to implement the program in the region. (Lead Economies/March 2008)\n"
        "Develop a framework for the next phase. (Chair/2008)\n"
        "\tMinisters recognised the importance of human capacity. (Ministerial Statement 2007)\n"
        "\tCooperative arrangements\n\tComplete the plan. (Singapore/2009)\n");
  CHECK(laid.findings.empty());
}

TEST_CASE("layout_side_by_side: a citation broken by a gap goes on, its open parenthesis telling") {
  // Helper 74's plans: "economies. (Ministerial" / (blank) / "Statement 2011)" was cut into two rows, the citation
  // lost; two such gaps say the text is spaced.
  std::string text =
      "Directives                          Priorities                          Action Items\n"
      "1. Ministers urged all member       1.1 Port security                   Hold a workshop. (Japan/2012)\n"
      "economies. (Ministerial\n"
      "                                                                        Map the risks. (Chile/2012)\n"
      "Statement 2011)\n"
      "2. Leaders asked for a plan         2.1 Supply chain                    Draft the plan. (Peru/2013)\n"
      "on ports. (Leaders’\n"
      "                                                                        Share it. (Korea/2013)\n"
      "Declaration 2011)\n";
  Laid laid = read_side_by_side(text);
  CHECK(laid.text.find("\t1. Ministers urged all member economies. (Ministerial Statement 2011)\n") != std::string::npos);
  CHECK(laid.text.find("\t2. Leaders asked for a plan on ports. (Leaders’ Declaration 2011)\n") != std::string::npos);
  CHECK(laid.text.find("\tHold a workshop. (Japan/2012)\nMap the risks. (Chile/2012)\n") != std::string::npos);
}

TEST_CASE("layout_side_by_side: in spaced text a wider table's Lead and Timeline cells do not hold a row open") {
  // Helper 74's plans: a Lead cell ends in no mark ("Korea"), and every row after the first was read into it. A
  // blank line across all columns inside a sentence ("security of" / (blank) / "ports") is the spacing's gap too.
  std::string text =
      "Directives                Priorities          Action Items                Lead       Timeline\n"
      "Ministers asked all       Area 1 security     Hold a meeting on area 1.   Japan      2012\n"
      "economies to improve the\n"
      "                                            Train the port staff in     Korea\n"
      "security of\n"
      "\n"
      "ports. (Ministerial                         the region. (Chair/2012)\n"
      "Statement 2011)\n"
      "Ministers asked for a     Area 2 security     Hold a meeting on area 2.   Chile      2013\n"
      "review. (Bogor Goal)\n";
  Laid laid = read_side_by_side(text);
  CHECK(laid.text.find("\tMinisters asked all economies to improve the security of ports. (Ministerial Statement 2011)\n"
                       "\tArea 1 security\n") != std::string::npos);
  CHECK(laid.text.find("\tMinisters asked for a review. (Bogor Goal)\n\tArea 2 security\n") != std::string::npos);
}

TEST_CASE("layout_side_by_side: a stray blank line inside a sentence cuts no row, and says so") {
  // A helper's finding: one blank line after "APEC needed to continue" in a tight table cut the row there; the
  // rest became a section of its own, and every element after it moved, unsaid (46 elements).
  std::string text =
      "Directives                    Priorities          Action Items\n"
      "1D. Ministers reiterated      1.1 Capacity        Compile a list of points of\n"
      "that APEC needed to continue                      contact. (Australia/2006)\n"
      "\n"
      "building capacities (Leaders’                     Report on best practices.\n"
      "Statement 2005)                                   (MSEG members/2006)\n"
      "\n"
      "2A. Next section (Bogor Goal) 2.1 Supply chain    Act (Japan/2009)\n";
  Laid laid = read_side_by_side(text);
  CHECK(laid.text.find("\t1D. Ministers reiterated that APEC needed to continue building capacities (Leaders’ "
                       "Statement 2005)\n") != std::string::npos);
  CHECK(laid.text.find("\t2A. Next section (Bogor Goal)\n\t2.1 Supply chain\n") != std::string::npos);
  REQUIRE(laid.findings.size() == 1);
  CHECK(laid.findings[0].code == DiagnosticCode::layout_inferred);
  CHECK(laid.findings[0].where == "building capacities (Leaders’");
}

TEST_CASE("layout_side_by_side: front matter without blank lines is split by the wrapping rules") {
  // A helper's finding: with the blank lines between them gone, the title, the meeting and the preamble were one
  // paragraph, read as the preamble (title, group and meeting lost).
  std::string text =
      "Maritime Security Experts Group Work Plan\n"
      "TPTWG 27 Ha Noi, Viet Nam\n"
      "The Maritime Security Experts Group (MSEG) is an effective forum for member Economies to work\n"
      "cooperatively in developing measures.\n"
      "Directives              Priorities          Action Items\n"
      "1A. Adopt (Bogor Goal)  1.1 Capacity        Act (Japan/2009)\n";
  Laid laid = read_side_by_side(text);
  CHECK(laid.text.find("Maritime Security Experts Group Work Plan\nTPTWG 27 Ha Noi, Viet Nam\nThe Maritime Security "
                       "Experts Group (MSEG) is an effective forum for member Economies to work cooperatively in "
                       "developing measures.\n\tDirectives") == 0);
  // A blank line before the header alone parts nothing: the same.
  const std::size_t header = text.find("Directives");
  Laid spaced = read_side_by_side(text.substr(0, header) + "\n" + text.substr(header));
  CHECK(spaced.text.find("Maritime Security Experts Group Work Plan\nTPTWG 27 Ha Noi, Viet Nam\nThe Maritime") == 0);
}

TEST_CASE("layout_side_by_side: after a stray blank line a citation, a tag, an open group or a directive's words "
          "go on") {
  // A blank-line sweep of both samples' -layout text: each of these cut a row, and every element after it moved.
  std::string text =
      "Directives                    Priorities          Action Items\n"
      "2B. Ministers welcomed a      2.1 Supply chain    Report on the symposium.\n"
      "symposium on Total Supply                         (Singapore/2006)\n"
      "\n"
      "Chain Security in 2006                            Coordinate the lead. (Chair/\n"
      "\n"
      "(Leaders’ Statement 2005)                         2006)\n"
      "2C. Implement the World                           Monitor the work.\n"
      "\n"
      "Customs Organization                              (Chair/Ongoing)\n"
      "\n"
      "(WCO) Framework (Bogor Goal)\n";
  Laid laid = read_side_by_side(text);
  CHECK(laid.text.find("\t2B. Ministers welcomed a symposium on Total Supply Chain Security in 2006 (Leaders’ "
                       "Statement 2005)\n2C. Implement the World Customs Organization (WCO) Framework (Bogor "
                       "Goal)\n\t2.1 Supply chain\n\tReport on the symposium. (Singapore/2006)\nCoordinate the lead. "
                       "(Chair/ 2006)\n"
                       "Monitor the work. (Chair/Ongoing)\n") != std::string::npos);
  std::size_t inside = 0;
  for (const Finding& f : laid.findings) inside += f.message.starts_with("blank line read as inside a row") ? 1 : 0;
  CHECK(inside == 4);
  // A tag's parenthesis left open before the blank line: the line after closes it.
  Laid open = read_side_by_side(
      "Directives                    Priorities          Action Items\n"
      "1A. Adopt (Bogor Goal)        1.1 Ports           Act now. (Japan/\n"
      "\n"
      "                                                  2009)\n");
  CHECK(open.text.find("\tAct now. (Japan/ 2009)\n") != std::string::npos);
  // A list's "(a)" after a blank line starts a row as before.
  Laid list = read_side_by_side(
      "Directives                    Priorities          Action Items\n"
      "1A. Adopt (Bogor Goal)        1.1 Ports           Act (Japan/2009)\n"
      "\n"
      "                                                  (a) review the list\n");
  CHECK(list.text.find("\tAct (Japan/2009)\n\t\n\t\n\t(a) review the list\n") != std::string::npos);
}

TEST_CASE("layout_side_by_side: cells are top-aligned, so a directive below a row of actions alone starts a row") {
  // A blank-line sweep's finding: a blank line between two actions started a row of actions alone, as it should,
  // but the next row's unnumbered directive was read into it, and the actions into that directive's section.
  std::string text =
      "Directives                    Priorities          Action Items\n"
      "Ministers asked for a         Cooperation         Work with the IMO. (Chair/2008)\n"
      "review. (Bogor Goal)\n"
      "\n"
      "                                                  Work with the SPC. (Chair/2008)\n"
      "Ministers asked for a         Best practices      Share them. (Chile/2009)\n"
      "plan. (Bogor Goal)\n";
  Laid laid = read_side_by_side(text);
  CHECK(laid.text.find("\t\n\t\n\tWork with the SPC. (Chair/2008)\n\tMinisters asked for a plan. (Bogor Goal)\n"
                       "\tBest practices\n\tShare them. (Chile/2009)\n") != std::string::npos);
}

TEST_CASE("layout_side_by_side: a row of directives alone at a blank line is read as a row, and said") {
  // A directive cell's second paragraph after a stray blank line looks like this too (the 2007 plan's cells hold
  // several directives each); a plan may have such a row, so it is read as one, with a note.
  std::string text =
      "Directives                    Priorities          Action Items\n"
      "Ministers asked for a         Cooperation         Work with the IMO. (Chair/2008)\n"
      "review. (Bogor Goal)\n"
      "\n"
      "Ministers asked for a\n"
      "plan. (Bogor Goal)\n";
  Laid laid = read_side_by_side(text);
  CHECK(laid.text.find("\tMinisters asked for a plan. (Bogor Goal)\n\t\n\t\n") != std::string::npos);
  REQUIRE(laid.findings.size() == 1);
  CHECK(laid.findings[0].message.starts_with("read as a row of directives alone, at a blank line"));
  CHECK(laid.findings[0].where == "Ministers asked for a");
}

TEST_CASE("layout_side_by_side: a wider table's Timeline in lower case after a blank line is the next row's") {
  // A review of the blank-line rule: "2011" / (blank) / "ongoing" in the Timeline column joined two rows.
  std::string text =
      "Directives                Priorities          Action Items                Lead       Timeline\n"
      "1. Ministers asked for    1.1 Port security   Hold a meeting. (Japan)     Japan      2011\n"
      "a review. (Bogor Goal)\n"
      "\n"
      "Ministers asked for a     Supply chain        Share the results.          Chile      ongoing\n"
      "plan. (Bogor Goal)\n";
  Laid laid = read_side_by_side(text);
  CHECK(laid.text.find("\tMinisters asked for a plan. (Bogor Goal)\n\tSupply chain\n") != std::string::npos);
  for (const Finding& f : laid.findings) CHECK_FALSE(f.message.starts_with("blank line read as inside a row"));
}

TEST_CASE("layout_side_by_side: one stray blank line that breaks two columns' sentences does not make the text "
          "spaced") {
  // A review's finding: one blank line inside the later-forms plan's first row broke the directive and the action
  // mid-sentence, counted as the two gaps that say paragraph spacing; read so, the blank lines between rows cut
  // nothing, and rows 1A and 1B were one (22 elements misread, unsaid).
  std::string text =
      "Directives                Priorities          Action Items\n"
      "1A. Ministers asked all   1.1 Port security   Hold a workshop on port\n"
      "economies to improve                          security for all\n"
      "\n"
      "the security of ports.                        economies. (Japan/2011)\n"
      "(Bogor Goal)\n"
      "\n"
      "1B. Leaders called for    1.2 Supply chain    Survey the economies.\n"
      "supply chain work.                            (Peru/2012)\n"
      "(Leaders’ Statement 2009)\n";
  Laid laid = read_side_by_side(text);
  CHECK(laid.text.find("\t1A. Ministers asked all economies to improve the security of ports. (Bogor Goal)\n"
                       "\t1.1 Port security\n\tHold a workshop on port security for all economies. (Japan/2011)\n"
                       "\t1B. Leaders called") != std::string::npos);
}

TEST_CASE("layout_side_by_side: a real row after a blank line is not taken for the row above's text") {
  // A review of the blank-line rule: each of these next rows was joined to the one above, unsaid.
  const auto two_rows = [](std::string_view directive_end, std::string_view priority, std::string_view action) {
    std::string text =
        "Directives                        Priorities                      Action Items\n"
        "Ministers asked economies to      Port security capacity          Hold a workshop on port\n";
    text += fmt::format("{:<34}{:<32}{}\n", directive_end, "building", "security (Japan/2011)");
    text += "\n";
    text += fmt::format("{:<34}{:<32}{}\n", "Leaders called for work on", priority, action);
    text += fmt::format("{:<34}{:<32}{}\n", "supply chain security", "", "(Peru/2012)");
    text += "(Leaders’ Statement 2009)\n";
    return read_side_by_side(text);
  };
  for (const auto& [end, priority, action] : std::vector<std::array<std::string_view, 3>>{
           {"strengthen port security.”", "Supply chain security", "Survey economies"},   // a quote after the stop
           {"strengthen port security.¹", "Supply chain security", "Survey economies"},   // a footnote's mark
           {"strengthen port security", "Supply chain security", "Survey economies"},     // no stop at all
           {"strengthen port security.", "Supply chain security", "eSeal trials"},        // an action in lower case
           {"strengthen port security.", "Supply chain security", "(New) Survey"},        // an action's "(New)"
           {"strengthen port security.", "e-Seals and containers", "Survey economies"}})  // a priority in lower case
  {
    CAPTURE(end);
    CAPTURE(action);
    const Laid laid = two_rows(end, priority, action);
    CHECK(laid.text.find("\tLeaders called for work on supply chain security") != std::string::npos);
    for (const Finding& f : laid.findings) CHECK_FALSE(f.message.starts_with("blank line read as inside a row"));
  }
  // After a part heading's row, an unnumbered directive starts a row of its own.
  const Laid part = read_side_by_side(
      "Directives                        Priorities                      Action Items\n"
      "Part B. Directives – Specific Tasks\n"
      "\n"
      "Leaders called for work on        Supply chain security           Survey economies\n"
      "supply chain security.                                            (Peru/2012)\n");
  CHECK(part.text.find("\tPart B. Directives – Specific Tasks\n\t\n\t\n\tLeaders called") != std::string::npos);
}

TEST_CASE("layout_side_by_side: front matter with blank lines is split at them alone") {
  // A review's finding: a title centred over two lines was cut in two by the wrapping rules, its second line read
  // as the meeting.
  Laid laid = read_side_by_side(
      "Maritime Security Experts Group\n"
      "Work Plan 2006\n"
      "\n"
      "TPTWG 27 Ha Noi, Viet Nam\n"
      "\n"
      "The Maritime Security Experts Group (MSEG) is an effective forum for member Economies to work\n"
      "cooperatively in developing measures.\n"
      "Directives              Priorities          Action Items\n"
      "1A. Adopt (Bogor Goal)  1.1 Capacity        Act (Japan/2009)\n");
  CHECK(laid.text.find("Maritime Security Experts Group Work Plan 2006\nTPTWG 27 Ha Noi, Viet Nam\nThe Maritime") == 0);
}

TEST_CASE("layout_side_by_side: a review's cases for the blank-line rule, each two rows") {
  // A directive that ended and starts anew beside an action going on in lower case: two rows.
  Laid join = read_side_by_side(
      "Directives                    Priorities          Action Items\n"
      "Ministers asked for a         Port security       Develop guidelines on the\n"
      "review. (Bogor Goal)          capacity            protection of ships\n"
      "\n"
      "Ministers asked for a         Supply chain        eSeal trials for the\n"
      "plan. (Bogor Goal)                                region. (Peru/2012)\n");
  CHECK(join.text.find("\tMinisters asked for a plan. (Bogor Goal)\n\tSupply chain\n") != std::string::npos);
  // A numbered heading's row, nothing beside it: the directive under it after a blank line starts a row.
  Laid heading = read_side_by_side(
      "Directives                    Priorities          Action Items\n"
      "1. Capacity Building\n"
      "\n"
      "APEC economies will adopt a   Port security       Hold a workshop.\n"
      "strategic approach.                               (Japan/2011)\n");
  CHECK(heading.text.find("\t1. Capacity Building\n\t\n\t\n\tAPEC economies will adopt a strategic approach.\n") !=
        std::string::npos);
}

TEST_CASE("layout_side_by_side: a cover sheet's field and a meeting's place stay apart where one blank line is lost") {
  // A sweep removing each blank line: "Agenda Item: 3.5" was joined to the title under it, "Third Senior Officials'
  // Meeting" to "Sendai, Japan", and a title to its meeting "TPTWG 27 Ha Noi, Viet Nam", each unsaid.
  Laid cover = read_side_by_side(
      "2010/SOM3/SCE/010\n"
      "Agenda Item: 3.5\n"
      "Maritime Security Sub-Group Work Plan 2010-2011\n"
      "\n"
      "Third Senior Officials’ Meeting\n"
      "Sendai, Japan\n"
      "23-24 September 2010\n"
      "\n"
      "The Maritime Security Sub-Group (MEG-SEC) is a forum for member Economies to work together on security.\n"
      "\n"
      "Directives              Priorities          Action Items\n"
      "1A. Adopt (Bogor Goal)  1.1 Capacity        Act (Japan/2009)\n");
  CHECK(cover.text.find("2010/SOM3/SCE/010\nAgenda Item: 3.5\nMaritime Security Sub-Group Work Plan 2010-2011\n"
                        "Third Senior Officials’ Meeting\nSendai, Japan\n23-24 September 2010\nThe Maritime") == 0);
  Laid title = read_side_by_side(
      "Maritime Security Experts Group Work Plan\n"
      "TPTWG 27 Ha Noi, Viet Nam\n"
      "\n"
      "The Maritime Security Experts Group (MSEG) is an effective forum for member Economies to work\n"
      "cooperatively in developing measures.\n"
      "\n"
      "Directives              Priorities          Action Items\n"
      "1A. Adopt (Bogor Goal)  1.1 Capacity        Act (Japan/2009)\n");
  CHECK(title.text.find("Maritime Security Experts Group Work Plan\nTPTWG 27 Ha Noi, Viet Nam\nThe Maritime") == 0);
}
