#include <doctest/doctest.h>

#include <string>

#include "layout.hpp"

using namespace mseg;
using namespace mseg::layout;

namespace {

// Every character of the laid text that a piece maps is the input's own.
void check_pieces(const std::string& input, const Laid& laid) {
  for (const Piece& p : laid.pieces) CHECK(input.substr(p.source, p.length) == laid.text.substr(p.at, p.length));
}

}  // namespace

TEST_CASE("layout_delimited: a row a line, cells between tabs, laid out as tab cells") {
  // A new user's plan typed a row to a line was read as side-by-side text, by where the header's names stand:
  // the directive's citation became its priority, the priority the action's first words, with one warning.
  std::string tsv = "Directives\tPriorities\tAction Items\n"
                    "1. Do things (Ministerial Statement 2007)\t1.1 Stuff\tDevelop a thing. (Japan/March 2009)\n";
  CHECK(fit_tsv(tsv) == 1.0);
  CHECK(fit_side_by_side(tsv) < 0.5);
  CHECK(fit_tab_cells(tsv) == 0.0);
  CHECK(fit_csv(tsv) == 0.0);
  CHECK(lay_out(tsv).reader == "tsv");
  Laid laid = read_tsv(tsv);
  CHECK(laid.reader == "tsv");
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\t1. Do things (Ministerial Statement 2007)\n"
                     "\t1.1 Stuff\n\tDevelop a thing. (Japan/March 2009)\n");
  CHECK(laid.findings.empty());
  check_pieces(tsv, laid);
}

TEST_CASE("layout_delimited: rows whose first cells are empty are not tab-cell text") {
  std::string tsv = "Directives\tPriorities\tAction Items\n1. D (Bogor Goal)\t1.1 P\tA (US/2008)\n\t\tB (Peru/2009)\n"
                    "\t\tC (Chile/2009)\n\t1.2 Q\tD (Japan/2010)\n";
  CHECK(fit_tab_cells(tsv) == 0.3);
  CHECK(lay_out(tsv).reader == "tsv");
  // Word's own tab-cell text is not read as tsv: its lines hold one tab, at their start.
  CHECK(fit_tsv("\tDirectives\n\tPriorities\n\tAction Items\n\t1. D\n\t1.1 P\n\tA (US/2008)\n") == 0.0);
  // Nor is it when a line before the table holds three short names between tabs: its cells' lines are no rows.
  const std::string word = "Work Plan\tDraft\tMarch\n\tDirectives\n\tPriorities\n\tAction Items\n\t1. D\n\t1.1 P\n"
                           "\tA (US/2008)\n";
  CHECK(fit_tsv(word) < 0.6);
  CHECK(lay_out(word).reader == "tab-cells");
  CHECK(lay_out(word).findings.empty());
}

TEST_CASE("layout_delimited: quoted cells hold paragraphs, separators and doubled quotes") {
  // As Excel, LibreOffice Calc and Google Sheets save a cell with a line break, a comma or a quote in it.
  std::string csv = "Work Plan,,\r\n,,\r\n\"Goals\",Priorities,Action Items\r\n"
                    "\"1A. Adopt a \"\"strategic\"\" approach (Bogor Goal)\n1B. More, and more (Ministerial Statement "
                    "2004)\",1.1 P,\"Act one. (Australia, Canada/2008)\r\nAct two. (US/ongoing)\"\r\n";
  CHECK(fit_csv(csv) > 0.8);  // the short row typed by hand agrees less
  CHECK(lay_out(csv).reader == "csv");
  Laid laid = read_csv(csv);
  CHECK(laid.text == "Work Plan\n\n\tGoals\n\tPriorities\n\tAction Items\n"
                     "\t1A. Adopt a \"strategic\" approach (Bogor Goal)\n1B. More, and more (Ministerial Statement "
                     "2004)\n\t1.1 P\n\tAct one. (Australia, Canada/2008)\nAct two. (US/ongoing)\n");
  CHECK(laid.findings.empty());
  check_pieces(csv, laid);
  // The quote written once comes from the first of the two in the input.
  const std::size_t q = laid.text.find('"');
  bool mapped = false;
  for (const Piece& p : laid.pieces)
    if (p.at <= q && q < p.at + p.length) mapped = csv.substr(p.source + (q - p.at), 2) == "\"\"";
  CHECK(mapped);
  // Front matter's quotes likewise, and a line break in its cell a line (a helper's finding: `""draft""` in a title).
  std::string front = "\"Work Plan, 2009 \"\"draft\"\"\",,\r\n\"On \"\"maritime\"\"\nsecurity\",,\r\n"
                      "Goals,Priorities,Action Items\r\n1A. D (Bogor Goal),1.1 P,A (US/2008)\r\n";
  Laid f = read_csv(front);
  CHECK(f.text == "Work Plan, 2009 \"draft\"\nOn \"maritime\"\nsecurity\n\tGoals\n\tPriorities\n\tAction Items\n"
                  "\t1A. D (Bogor Goal)\n\t1.1 P\n\tA (US/2008)\n");
  check_pieces(front, f);
}

TEST_CASE("layout_delimited: a comma-separated header must name the plan's columns") {
  // Commas separate a sentence's words as often as cells: three short phrases are no header.
  CHECK(fit_csv("Ports, ships, and crews\nmore text here, and here\n") == 0.0);
  // Tabs are evidence enough: any three short names.
  CHECK(fit_tsv("Mandate\tWork\tDue\nx\ty\tz\n") == 1.0);
}

TEST_CASE("layout_delimited: short, long and empty rows") {
  std::string tsv = "Directives\tPriorities\tAction Items\n1. D (Bogor Goal)\t1.1 P\n\n\t\t\n"
                    "2. E (Bogor Goal)\t2.1 Q\tA (US/2008)\tstray\t\t\n";
  Laid laid = read_tsv(tsv);
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\t1. D (Bogor Goal)\n\t1.1 P\n\t\n"
                     "\t2. E (Bogor Goal)\n\t2.1 Q\n\tA (US/2008)\n");
  REQUIRE(laid.findings.size() == 2);
  CHECK(to_string(laid.findings[0].code) == std::string("layout-inferred"));
  CHECK(laid.findings[0].message == "this row has 2 cells where the table has 3: read as the first 2, the rest empty");
  CHECK(to_string(laid.findings[1].code) == std::string("layout-unread"));
  CHECK(laid.findings[1].message == "this row has 4 cells; the cells after the third are not read");
  CHECK(laid.findings[1].where == "stray");
}

TEST_CASE("layout_delimited: a row holding only a printed page's or the document's number is removed with a note") {
  // A helper's finding: "Page 2 of 5,," became a section of its own, directive "Page 2 of 5", unsaid.
  std::string csv = "Directives,Priorities,Action Items\n1A. D (Bogor Goal),1.1 P,A (US/2008)\nPage 2 of 5,,\n"
                    ",- 3 -,\n2A. E (Bogor Goal),2.1 Q,B (US/2009)\nPage 4 of 5,See page 4,\n"
                    "2007/TPTWG30/MEG-SEC/005,,\n";
  Laid laid = read_csv(csv);
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\t1A. D (Bogor Goal)\n\t1.1 P\n\tA (US/2008)\n"
                     "\t2A. E (Bogor Goal)\n\t2.1 Q\n\tB (US/2009)\n\tPage 4 of 5\n\tSee page 4\n\t\n");
  REQUIRE(laid.findings.size() == 3);
  CHECK(to_string(laid.findings[0].code) == std::string("page-furniture"));
  CHECK(laid.findings[0].message == "page number removed: 'Page 2 of 5'");
  CHECK(laid.findings[1].where == "- 3 -");
  CHECK(laid.findings[2].message == "document number removed: '2007/TPTWG30/MEG-SEC/005'");
  check_pieces(csv, laid);
}

TEST_CASE("layout_delimited: a column with no name between named ones is no column") {
  // A spreadsheet's spacer column (a new user's finding: the 2007 plan saved so failed with "no line starts with a
  // tab"). Its cells are skipped; one that holds text is said, not read.
  std::string csv = "Work plan,,,\n,,,\nDirectives,Priorities,,Action Items\n"
                    "\"1A. Do (Bogor Goal)\",1.1 P,,Act. (US/2008)\n"
                    "2A. E (Bogor Goal),2.1 Q,stray,Act again. (Japan/2009)\n"
                    "3A. F (Bogor Goal),3.1 R\n";
  CHECK(fit_csv(csv) > 0.8);  // the short row typed by hand agrees less
  CHECK(lay_out(csv).reader == "csv");
  Laid laid = read_csv(csv);
  CHECK(laid.text == "Work plan\n\n\tDirectives\n\tPriorities\n\tAction Items\n\t1A. Do (Bogor Goal)\n\t1.1 P\n"
                     "\tAct. (US/2008)\n\t2A. E (Bogor Goal)\n\t2.1 Q\n\tAct again. (Japan/2009)\n"
                     "\t3A. F (Bogor Goal)\n\t3.1 R\n\t\n");
  REQUIRE(laid.findings.size() == 2);
  CHECK(to_string(laid.findings[0].code) == std::string("layout-unread"));
  CHECK(laid.findings[0].message == "this cell stands in a column with no name in the header row: it is not read");
  CHECK(laid.findings[0].where == "stray");
  CHECK(to_string(laid.findings[1].code) == std::string("layout-inferred"));
  CHECK(laid.findings[1].message == "this row has 2 cells where the table has 3: read as the first 2, the rest empty");
  check_pieces(csv, laid);
  // An export's trailing empty column beside the spacer (a review's finding: no table found).
  const std::string trailing = "Directives,,Priorities,Action Items,\n1A. Do (Bogor Goal),,1.1 P,Act. (US/2008),\n"
                               "2A. E (Bogor Goal),,2.1 Q,Act. (Japan/2009),\n";
  CHECK(fit_csv(trailing) == 1.0);
  CHECK(read_csv(trailing).text == "\tDirectives\n\tPriorities\n\tAction Items\n\t1A. Do (Bogor Goal)\n\t1.1 P\n"
                                   "\tAct. (US/2008)\n\t2A. E (Bogor Goal)\n\t2.1 Q\n\tAct. (Japan/2009)\n");
  // Two names and an empty one are no header: three must have names. Between tabs an empty name is pdftotext's
  // padding, and no header has one (the test above).
  CHECK(fit_csv("Directives,,Action Items\n1A. D (Bogor Goal),,A (US/2008)\n") == 0.0);
  CHECK(fit_tsv("Directives\tPriorities\t\tAction Items\n1A. D (Bogor Goal)\t1.1 P\t\tA (US/2008)\n") == 0.0);
}

TEST_CASE("layout_delimited: a wider table keeps its further columns") {
  std::string tsv = "Directives\tDeliverables\tAction Items\tLead\tTimeline\n1. D (Bogor Goal)\t1.1 P\tA\tJapan\t2010\n";
  Laid laid = read_tsv(tsv);
  CHECK(laid.text == "\tDirectives\n\tDeliverables\n\tAction Items\n\tLead\n\tTimeline\n\t1. D (Bogor Goal)\n\t1.1 P\n"
                     "\tA\n\tJapan\n\t2010\n");
}

TEST_CASE("layout_delimited: a quote that closes nothing is a quote mark, said so") {
  std::string tsv = "Directives\tPriorities\tAction Items\n\"1. D (Bogor Goal)\t1.1 P\tA (US/2008)\n"
                    "2. E (Bogor Goal)\t2.1 Q\tB (Peru/2009)\n";
  Laid laid = read_tsv(tsv);
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\t\"1. D (Bogor Goal)\n\t1.1 P\n\tA (US/2008)\n"
                     "\t2. E (Bogor Goal)\n\t2.1 Q\n\tB (Peru/2009)\n");
  REQUIRE(laid.findings.size() == 1);
  CHECK(laid.findings[0].where.data() == tsv.data() + tsv.find('"'));
  CHECK(laid.findings[0].message.find("no quote closes it") != std::string::npos);
  check_pieces(tsv, laid);
  // A quote closed with words after it began the cell's words: read as written, no guess to say.
  std::string quoted = "Directives\tPriorities\tAction Items\n1. D\t1.1 P\t\"Secure Trade\" pilot (Peru/2009)\n";
  laid = read_tsv(quoted);
  CHECK(laid.text.find("\t\"Secure Trade\" pilot (Peru/2009)\n") != std::string::npos);
  CHECK(laid.findings.empty());
}

TEST_CASE("layout_delimited: a quote whose search runs to the text's end does not make the rest quadratic") {
  // One quote that nothing closes, then 200,000 rows of cells opening with doubled quotes: the first search reads
  // to the end once; every later one ends within its own run (a quadratic reader would not finish).
  std::string tsv = "Directives\tPriorities\tAction Items\n\"x\ty\tz\n";
  for (int i = 0; i < 200000; ++i) tsv += "\"\"a\t\"\"b\t\"\"c\n";
  Laid laid = read_tsv(tsv);
  CHECK(laid.findings.size() == 1);
  CHECK(laid.text.size() > 200000 * 12);
}

TEST_CASE("layout_delimited: a CSV of semicolons, as Excel writes it where the decimal mark is a comma") {
  std::string csv = "Directives;Priorities;Action Items\r\n\"1. D, and more (Bogor Goal)\";1.1 P;\"A (Australia; Japan/2008)\"\r\n";
  CHECK(fit_csv(csv) > 0.8);  // the short row typed by hand agrees less
  CHECK(lay_out(csv).reader == "csv");
  Laid laid = read_csv(csv);
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\t1. D, and more (Bogor Goal)\n\t1.1 P\n"
                     "\tA (Australia; Japan/2008)\n");
  // Commas in cells do not make a comma-separated header of a semicolon one.
  CHECK(read_csv("Goals, aims;Priorities;Action Items\nx;y;z\n").text.starts_with("\tGoals, aims\n\tPriorities\n"));
}

TEST_CASE("layout_delimited: prose and pdftotext's columns are no header, a spaced CSV is one") {
  // A review's findings. A caption of three phrases between commas named "goals", "priorities" and "action items":
  // nearly read as csv (the rows after it agree with no header).
  CHECK(fit_csv("The table sets out goals, priorities, and action items\n1A. APEC economies will adopt a strategic\n"
                "approach to capacity building (Bogor Goal)\n1.1 ISPS Code\nFormalize the process (MSEG/2006)\n") < 0.5);
  // pdftotext's side-by-side text with its spaces made tabs (unexpand): a sentence or a numbered item is no name.
  CHECK(fit_tsv("Goals and Objectives\t\t    MSEG Priorities\t\t\tAction Items\n"
                "building. Capacity building\t    1.2 Timeline for Reporting Action\tImplementation Assistance\n"
                "programs will be tailored to\t    Items to APEC Ministerial and\tProgram.\n") == 0.0);
  // Spaces after the commas, before the quotes: the quotes are no part of the cells, the quoted commas none of the
  // separators.
  const std::string spaced = "\"Directives\", \"Priorities\", \"Action Items\"\n"
                             "\"1A. Agreed, again (Bogor Goal)\", \"1.1 Ports, ships\", \"Plan, with Canada (Japan/2009)\"\n";
  CHECK(lay_out(spaced).reader == "csv");
  CHECK(read_csv(spaced).text == "\tDirectives\n\tPriorities\n\tAction Items\n\t1A. Agreed, again (Bogor Goal)\n"
                                 "\t1.1 Ports, ships\n\tPlan, with Canada (Japan/2009)\n");
  // Forced, the reader takes any short names (detection wants a plan's).
  CHECK(fit_tsv("A\tB\tC\nx\ty\tz\n") == 0.0);
  CHECK(read_tsv("A\tB\tC\nx\ty\tz\n").text == "\tA\n\tB\n\tC\n\tx\n\ty\n\tz\n");
}

TEST_CASE("layout_delimited: spreadsheet headers as they are written") {
  // A second new user's spreadsheets: each of these found no table.
  // A name wrapped in its cell (Alt+Enter) is one name; a name ending in ')' that says a column is a name.
  Laid laid = read_csv("\"Ministerial\nDirectives\",Priorities,Action Items (Owner/Deadline)\n1. D (Bogor Goal),1.1 P,A (US/2008)\n");
  CHECK(laid.text.starts_with("\tMinisterial Directives\n\tPriorities\n\tAction Items (Owner/Deadline)\n\t1. D"));
  CHECK(fit_csv("\"Ministerial\nDirectives\",Priorities,Action Items (Owner/Deadline)\n1. D (Bogor Goal),1.1 P,A (US/2008)\n") == 1.0);
  // A column the tab-cell form does not know is said once, at its name, and not read; the known ones are.
  const std::string budget = "Directives,Priorities,Action Items,Lead,Budget (USD),Timeline\n1. D (Bogor Goal),1.1 P,A,Japan,5000,2010\n";
  CHECK(fit_csv(budget) == 1.0);
  laid = read_csv(budget);
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\tLead\n\t1. D (Bogor Goal)\n\t1.1 P\n\tA\n\tJapan\n");
  REQUIRE(laid.findings.size() == 2);
  CHECK(laid.findings[0].message == "the column 'Budget (USD)' is not one mseg reads (docs/format.md, \"Wider tables\"): its cells are not read");
  CHECK(laid.findings[1].where == "Timeline");
  // A row longer than a header of eight names: the cells past the eighth are said by its number (said "last"
  // before: as if there were no eighth).
  laid = read_csv("Directives,Priorities,Action Items,Lead,Budget,Risk,Notes,Status\n"
                  "1. D (Bogor Goal),1.1 P,A,Japan,5000,low,n,done,stray\n");
  REQUIRE(laid.findings.size() == 5);  // Budget, Risk, Notes and Status not read; then the row
  CHECK(laid.findings[4].message == "this row has 9 cells; the cells after the 8th are not read");
  CHECK(laid.findings[4].where == "stray");
  // A table that starts in column B: the empty first column is no column.
  const std::string lead = "\tDirectives\tPriorities\tAction Items\n\t1. D (Bogor Goal)\t1.1 P\tA (US/2008)\n\t\t\tB (Peru/2009)\n";
  CHECK(fit_tsv(lead) == 1.0);
  CHECK(lay_out(lead).reader == "tsv");
  laid = read_tsv(lead);
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\t1. D (Bogor Goal)\n\t1.1 P\n\tA (US/2008)\n\t\n\t\n\tB (Peru/2009)\n");
  CHECK(laid.findings.empty());
}
