#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "layout.hpp"

using namespace mseg;
using namespace mseg::layout;

namespace {

// The layout-inferred notes' messages, in order.
std::vector<std::string> inferred(const Laid& laid) {
  std::vector<std::string> out;
  for (const Finding& f : laid.findings)
    if (to_string(f.code) == "layout-inferred") out.push_back(f.message);
  return out;
}

bool has_note(const Laid& laid, std::string_view at_line, std::string_view words,
              std::string_view code = "layout-inferred") {
  for (const Finding& f : laid.findings)
    if (to_string(f.code) == code && f.where.substr(0, at_line.size()) == at_line &&
        f.message.find(words) != std::string::npos)
      return true;
  return false;
}

}  // namespace

TEST_CASE("layout_column_blocks: a heading alone heads nothing, an unheaded block's column is read from its text") {
  // pdftotext prints a column name on its own when the column's next text stands lower down.
  std::string text =
      "Goals\n1A. Adopt (Bogor Goal)\n\n"
      "Priorities\n1.1 Ports\n\n"
      "Action Items\n\n"
      "Train staff (Chile/2009)\n\n"
      "Next goal (Leaders' Statement 2005)\n\n"
      "Supply chain\n\n"
      "Audit (Peru/2010)\n";
  Laid laid = read_column_blocks(text);
  CHECK(laid.text ==
        "\tGoals\n\tPriorities\n\tAction Items\n"
        "\t1A. Adopt (Bogor Goal)\n\t1.1 Ports\n\tTrain staff (Chile/2009)\n"
        "\tNext goal (Leaders' Statement 2005)\n\tSupply chain\n\tAudit (Peru/2010)\n");
  CHECK(has_note(laid, "Train staff", "read in the actions column: it holds an owner/deadline tag"));
  CHECK(has_note(laid, "Train staff", "read as the actions cell of row 1, the newest row"));
  CHECK(has_note(laid, "Next goal", "read in the directives column: it holds a citation"));
  CHECK(has_note(laid, "Next goal", "read as the directives cell of row 2, the next row"));
  CHECK(has_note(laid, "Supply chain", "it holds no number, tag or citation"));
  CHECK(has_note(laid, "Audit", "read as the actions cell of row 2"));
}

TEST_CASE("layout_column_blocks: a capital that would have fitted after a sentence's end starts an action") {
  // A helper's finding: "... on port security." / "Compile the results ..." was one action, the first (untagged)
  // lost in the second's text, unsaid. With less room, the same action's next sentence.
  std::string text =
      "Directives\n1A. Adopt (Bogor Goal)\n\n"
      "Priorities\n1.1 Ports\n\n"
      "Action Items\n"
      "Hold a regional workshop on\nport security.\nCompile the results of the\nsurvey. (Korea/2011)\n"
      "Hold a regional workshop on\nport facility assessments.\nDrills follow. (Chile/2012)\n";
  Laid laid = read_column_blocks(text);
  CHECK(laid.text.find("\tHold a regional workshop on port security.\nCompile the results of the survey. (Korea/2011)\n"
                       "Hold a regional workshop on port facility assessments. Drills follow. (Chile/2012)\n") !=
        std::string::npos);
  CHECK(has_note(laid, "Compile the results", "would have fitted after 'port security.'"));
  CHECK(inferred(laid).size() == 1);
}

TEST_CASE("layout_column_blocks: a column's name may end in a parenthesis of its own") {
  // A helper's finding: "Action Items (Owner/Deadline)" was read as an action with owner "Owner".
  std::string text = "Goals\n1A. Adopt (Bogor Goal)\n\nPriorities\n1.1 Ports\n\n"
                     "Action Items (Owner/Deadline)\nTrain staff\n(Chile/2009)\n";
  Laid laid = read_column_blocks(text);
  CHECK(laid.text == "\tGoals\n\tPriorities\n\tAction Items (Owner/Deadline)\n"
                     "\t1A. Adopt (Bogor Goal)\n\t1.1 Ports\n\tTrain staff (Chile/2009)\n");
  // But a line of the table ending in a word of a name and a parenthesis without '/' is no heading (a review's
  // finding: "Coordinated Actions (ISPS)" was dropped as a repeated column name).
  std::string titled = "Goals\n1A. Adopt (Bogor Goal)\n\nPriorities\n1.1 Coordinated Actions (ISPS)\n\n"
                       "Action Items\nTrain staff (Chile/2009)\n";
  CHECK(read_column_blocks(titled).text.find("\t1.1 Coordinated Actions (ISPS)\n") != std::string::npos);
  // Nor one whose parenthesis has a '/' but says nothing of a column's cells (a second review's finding).
  std::string slashed = "Goals\n1A. Adopt (Bogor Goal)\n\nPriorities\n1.1 Joint Actions (MEG/LEG)\n\n"
                        "Action Items\nTrain staff (Chile/2009)\n";
  CHECK(read_column_blocks(slashed).text.find("\t1.1 Joint Actions (MEG/LEG)\n") != std::string::npos);
}

TEST_CASE("layout_column_blocks: page furniture goes, cells that run on to the next page end together") {
  // Page 1: the directives column in one flow across two rows; row 2's priority starts lower down and, like
  // the directive beside it, runs on to page 2. Their last two lines stand side by side: row 2 starts there.
  std::string text =
      "Directives\nLeaders asked for\na plan (Leaders' Statement 2005)\nMinisters asked for\nmore work and\n\n"
      "Priorities\nPlan\n\n"
      "Action Items\nDraft it (Chile/2009)\n\n"
      "Review of the\nnational\n\n"
      "Page 1 of 2\n"
      "\fDirectives\nall members (Ministerial Statement 2007)\n\n"
      "Priorities\nports\n\n"
      "Action Items\nCheck (Peru/2010)\n\n"
      "Page 2 of 2\n";
  Laid laid = read_column_blocks(text);
  CHECK(laid.text ==
        "\tDirectives\n\tPriorities\n\tAction Items\n"
        "\tLeaders asked for a plan (Leaders' Statement 2005)\n\tPlan\n\tDraft it (Chile/2009)\n"
        "\tMinisters asked for more work and all members (Ministerial Statement 2007)\n\tReview of the national ports\n"
        "\tCheck (Peru/2010)\n");
  CHECK(has_note(laid, "Ministers asked", "this cell and the priorities cell of row 2 both run on"));
  CHECK(has_note(laid, "all members", "read as the cell on the page before going on"));
  CHECK(has_note(laid, "ports", "read as the cell on the page before going on"));
  std::size_t furniture = 0;
  for (const Finding& f : laid.findings) furniture += to_string(f.code) == "page-furniture";
  CHECK(furniture >= 2);  // the page numbers, and the column names repeated at page 2's top
}

TEST_CASE("layout_column_blocks: a directive of another section starts a row, a cell that runs on splits where the row ends") {
  // The directives column runs on from row 1 into row 2 without a gap, so row 1 is one line tall:
  // the actions column's second paragraph starts row 2.
  std::string text =
      "Goals\n1A. Adopt (Bogor Goal)\n2A. Trade (Leaders' Statement 2005)\n\n"
      "Priorities\n1.1 Ports\n\n"
      "2.1 Supply\n\n"
      "Action Items\nTrain (Chile/2009)\nAudit (Peru/2010)\nShare (Japan/2011)\n";
  Laid laid = read_column_blocks(text);
  CHECK(laid.text ==
        "\tGoals\n\tPriorities\n\tAction Items\n"
        "\t1A. Adopt (Bogor Goal)\n\t1.1 Ports\n\tTrain (Chile/2009)\n"
        "\t2A. Trade (Leaders' Statement 2005)\n\t2.1 Supply\n\tAudit (Peru/2010)\nShare (Japan/2011)\n");
  CHECK(has_note(laid, "2A. Trade", "a directive of section 2 after those of section 1"));
  CHECK(has_note(laid, "Audit", "row 1 is 1 lines tall here"));
}

TEST_CASE("layout_column_blocks: a gap below a row's cells says which is its tallest") {
  // Row 1's directive (2 lines) and priority (1 line) stand apart from row 2's: the row is taller, so the
  // actions printed after row 2's blocks start at row 1's top, and row 2 starts at the first action past 2 lines.
  std::string text =
      "Goals\n1A. Adopt a long\ngoal (Bogor Goal)\n\n"
      "Priorities\n1.1 Ports\n\n"
      "2A. Trade (Leaders' Statement 2005)\n\n"
      "2.1 Supply\n\n"
      "Action Items\n\n"
      "Train (Chile/2009)\nAudit all the\nports (Peru/2010)\nShare (Japan/2011)\n";
  Laid laid = read_column_blocks(text);
  CHECK(laid.text ==
        "\tGoals\n\tPriorities\n\tAction Items\n"
        "\t1A. Adopt a long goal (Bogor Goal)\n\t1.1 Ports\n\tTrain (Chile/2009)\nAudit all the ports (Peru/2010)\n"
        "\t2A. Trade (Leaders' Statement 2005)\n\t2.1 Supply\n\tShare (Japan/2011)\n");
  CHECK(has_note(laid, "Train", "read as the actions cell of row 1: row 1's other cells end 2 lines down"));
  // Where the text does not show the row's start, a warning: an action read into the wrong section changes what
  // query, history and calendars answer (a new user's finding).
  CHECK(has_note(laid, "Share", "the first paragraph past row 1's other cells", "layout-row"));
  CHECK_FALSE(has_note(laid, "Share", "the first paragraph past row 1's other cells"));
}

TEST_CASE("layout_column_blocks: a line far wider than its column is two lines an extractor joined") {
  std::string text =
      "Goals\n1A. Adopt a\nstrategic plan\nfor the whole\nregion (Bogor Goal)\n"
      "1B. Link the groups, CounterTerrorism\nwork (Bogor Goal)\n\n"
      "Priorities\n1.1 Ports\n\nAction Items\nTrain (Chile/2009)\n";
  Laid laid = read_column_blocks(text);
  CHECK(has_note(laid, "1B. Link", "the extractor joined two lines here"));
  CHECK(inferred(laid).size() == 1);
}

// issue 15: a wider table, as pdftotext without -layout prints tests/forms/later-forms-plan.pdf: the further columns'
// names as heading lines after the three, and each row's further cells, a line each, after its other cells.
TEST_CASE("layout_column_blocks: a wider table's further columns are heading lines, their cells go to the rows in turn") {
  std::string text =
      "Directives\nPart A. Ports\n1A. Adopt (Bogor Goal)\n\n"
      "Priorities\n\nAction Items\n\nLead\n\nTimeline\n\n"
      "1.1 Ports\n\n"
      "Hold a regional workshop. Lead:\nCanada and Chile\nCompile the survey (Peru/2010)\n\n"
      "Canada\n\n2010\n\n"
      "1B. Trade (Leaders' Statement 2005)\n\n"
      "1.2 Supply\n\n"
      "Audit (Peru/2010)\n\n"
      "Peru\n\nOngoing\n";
  Laid laid = read_column_blocks(text);
  CHECK(laid.text ==
        "\tDirectives\n\tPriorities\n\tAction Items\n\tLead\n\tTimeline\n"
        // The part heading is a row of its own.
        "\tPart A. Ports\n\t\n\t\n\t\n\t\n"
        // "Compile" would have fitted after "Canada and Chile": the next action starts there.
        "\t1A. Adopt (Bogor Goal)\n\t1.1 Ports\n\tHold a regional workshop. Lead: Canada and Chile\n"
        "Compile the survey (Peru/2010)\n\tCanada\n\t2010\n"
        "\t1B. Trade (Leaders' Statement 2005)\n\t1.2 Supply\n\tAudit (Peru/2010)\n\tPeru\n\tOngoing\n");
  CHECK(has_note(laid, "Part A.", "a part heading is a row of its own"));
  CHECK(has_note(laid, "1A. Adopt", "a directive under a part heading"));
  CHECK(has_note(laid, "Canada", "read in the Lead column: it holds no number, tag or citation and follows a block "
                                 "of the actions column"));
  CHECK(has_note(laid, "2010", "read in the Timeline column"));
  CHECK(has_note(laid, "Canada", "read as the Lead cell of row 2"));
  CHECK(has_note(laid, "Peru", "read as the Lead cell of row 3"));
  CHECK(has_note(laid, "Ongoing", "read as the Timeline cell of row 3"));
}

TEST_CASE("layout_column_blocks: in a three-column table a line naming a further column is text, not a heading") {
  // Before the actions column's name, "Status" cannot be a further column's: it stays a block of the text.
  std::string text =
      "Directives\n1A. Adopt (Bogor Goal)\n\nStatus\n\nPriorities\n1.1 Ports\n\nAction Items\nTrain (Chile/2009)\n";
  Laid laid = read_column_blocks(text);
  CHECK(laid.text.rfind("\tDirectives\n\tPriorities\n\tAction Items\n\t1A. Adopt", 0) == 0);  // three columns
  CHECK(laid.text.find("Status") != std::string::npos);                                         // nothing dropped
}

TEST_CASE("layout_column_blocks: after one directives block of several rows, each later cell goes to the next row") {
  // A helper's finding (pdftotext of a one-page plan whose directive cells touch): rows 2 and 3's priorities and
  // actions were read into row 3, the newest, with notes only; numbering then said "priority 2.1 stands in section 3".
  const std::string text =
      "Work Plan\n\n"
      "Goals and Objectives\n1A. Ministers committed to\ncontinue cooperation\n(Ministerial Statement 2007)\n"
      "2A. Ministers committed to\ncontinue cooperation\n(Ministerial Statement 2007)\n"
      "3A. Ministers committed to\ncontinue cooperation\n(Ministerial Statement 2007)\n\n"
      "MSEG Priorities\n1.1 Crew training\n1.2 ILO conventions\n\n"
      "Action Items\nOrganise a seminar at Busan.\n(Japan/March 2009)\n\n"
      "2.1 Crew training\n2.2 Tanker terminals\n\n"
      "Compile a register of experts.\n(Korea/June 2010)\n\n"
      "3.1 Crew training\n3.2 Canine units\n\n"
      "Share a points of contact list.\n(Peru/ongoing)\n";
  Laid laid = read_column_blocks(text);
  CHECK(laid.text.find("\t2A. Ministers committed to continue cooperation (Ministerial Statement 2007)\n"
                       "\t2.1 Crew training\n2.2 Tanker terminals\n"
                       "\tCompile a register of experts. (Korea/June 2010)\n") != std::string::npos);
  CHECK(laid.text.find("\t3A. Ministers committed to continue cooperation (Ministerial Statement 2007)\n"
                       "\t3.1 Crew training\n3.2 Canine units\n"
                       "\tShare a points of contact list. (Peru/ongoing)\n") != std::string::npos);
}

TEST_CASE("layout_column_blocks: a hyphen pdftotext dropped in a joined line comes back where the document says") {
  // pdftotext without -layout joins "Inspect the ports and the roll-" / "off ferries ..." into one line, the
  // hyphen gone; the plan writes "roll-off" elsewhere. Only where the first line ended (about the column's width)
  // is a hyphen given back; a word with no evidence stays as the extractor left it ("Lobster1636" is no run of
  // letters; "bestpractices" is written nowhere apart or hyphenated).
  const std::string text =
      "Work Plan\n\n"
      "Goals and Objectives\n1A. Ministers met\n(Ministerial Statement 2007)\n\n"
      "MSEG Priorities\n1.1 Ferries\n\n"
      "Action Items\nAudit the roll-off ferries at\nall of the ports. (Japan/2009)\n"
      "Inspect the ports and the rolloff ferries and share the bestpractices of the Lobster1636 initiative.\n"
      "(Korea/2010)\nTrain the crews of the ferries.\n(Peru/2011)\n";
  Laid laid = read_column_blocks(text);
  CHECK(laid.text.find("Inspect the ports and the roll-off ferries and share the bestpractices of the Lobster1636 "
                       "initiative. (Korea/2010)") != std::string::npos);
  CHECK(has_note(laid, "rolloff", "dropped the hyphen: read as 'roll-off'", "layout-hyphen"));
  // Where in a joined line the lines met the text does not say (a line may end far short of the column, three
  // lines may make one): a word the plan writes once whole there and hyphenated elsewhere is read as the plan
  // writes it elsewhere, with a note (a review's "cooperation" beside a "co-operation"; a window around the
  // column's width, tried to spare it, lost real restorations: "patrols, cross-" / "border" ended 9 characters
  // short of a 22-character column).
  Laid own = read_column_blocks(
      "Work Plan\n\nGoals and Objectives\n1A. Ministers met on co-operation\n(Ministerial Statement 2007)\n\n"
      "MSEG Priorities\n1.1 Ferries\n\n"
      "Action Items\nAudit the ferries at all of the\nports of the region. (Japan/2009)\n"
      "Inspect the ports and the ferries and share the cooperation results with the members and the ports.\n"
      "(Korea/2010)\nTrain the crews of the ferries.\n(Peru/2011)\n");
  CHECK(own.text.find("share the co-operation results") != std::string::npos);
  CHECK(has_note(own, "cooperation", "dropped the hyphen: read as 'co-operation'", "layout-hyphen"));
  // The restored text still maps back to the input: the words on either side of the hyphen are the input's.
  const auto at = laid.text.find("roll-off ferries and share");
  bool mapped = false;
  for (const Piece& p : laid.pieces)
    if (p.at <= at + 5 && at + 5 < p.at + p.length) mapped = text.compare(p.source + (at + 5 - p.at), 3, "off") == 0;
  CHECK(mapped);
}

TEST_CASE("layout_column_blocks: a column name wrapped in its cell is one name, not the preamble's end") {
  // A helper's finding: "Goals and" / "Objectives" left "Goals and" at the preamble's end and named the column
  // "Objectives"; "MSEG Priori-" / "ties" made a flow of "MSEG Priori-" and a heading of nothing.
  const std::string text =
      "Work Plan\n\nThe group met.\n\n"
      "Goals and\nObjectives\n1A. Ministers met\n(Ministerial Statement 2007)\n\n"
      "MSEG Priori-\nties\n1.1 Ferries\n\n"
      "Action Items\nAudit the ferries.\n(Japan/2009)\n";
  Laid laid = read_column_blocks(text);
  CHECK(laid.text.find("The group met.\n\tGoals and Objectives\n\tMSEG Priorities\n\tAction Items\n") !=
        std::string::npos);
  CHECK(laid.text.find("\t1A. Ministers met (Ministerial Statement 2007)\n\t1.1 Ferries\n\tAudit the ferries. "
                       "(Japan/2009)\n") != std::string::npos);
}

TEST_CASE("layout_column_blocks: a whole column name under a line is a name alone, the line above the front's") {
  // A review's finding: "Ha Noi, Viet Nam" and "MARITIME SECURITY" above "Goals and Objectives" were glued into
  // the column's name, the meeting line lost.
  for (const char* above : {"Ha Noi, Viet Nam", "MARITIME SECURITY", "Maritime Security"}) {
    CAPTURE(above);
    Laid laid = read_column_blocks(std::string("Work Plan\n") + above +
                                   "\nGoals and Objectives\n1A. Ministers met\n(Ministerial Statement 2007)\n\n"
                                   "MSEG Priorities\n1.1 Ferries\n\nAction Items\nAudit the ferries.\n(Japan/2009)\n");
    CHECK(laid.text.find(std::string(above) + "\n\tGoals and Objectives\n") != std::string::npos);
  }
}

TEST_CASE("layout_column_blocks: a stray blank line inside a sentence ends no flow, and says so") {
  // A helper's finding: a blank line after "APEC needed to continue" made "building capacities ..." a flow of its
  // own, read as a row: every element after it moved (48), with only a note about the row.
  std::string text =
      "Directives\n1D. Ministers reiterated that\nAPEC needed to continue\n\n"
      "building capacities (Leaders’\nStatement 2005)\n2A. Next (Bogor Goal)\n\n"
      "Priorities\n1.1 Ports\n2.1 Supply chain\n\n"
      "Action Items\nTrain staff (Chile/2009)\nAudit (Peru/2010)\n";
  Laid laid = read_column_blocks(text);
  CHECK(laid.text.find("\t1D. Ministers reiterated that APEC needed to continue building capacities (Leaders’ "
                       "Statement 2005)\n") != std::string::npos);
  CHECK(laid.text.find("\tbuilding") == std::string::npos);
  CHECK(has_note(laid, "building capacities", "read as inside a cell"));
}

TEST_CASE("layout_column_blocks: blocks no blank line parts are a guess, and say so") {
  // A helper's finding: the 2007 plan's viewer copy with its blank lines gone was read as one section, its
  // priorities joined to actions, with notes only. Only directive numbers tell rows there.
  std::string text =
      "Directives\nAdopt a strategic approach.\n(Bogor Goal)\nShare experiences.\n(Ministerial Statement 2007)\n"
      "Priorities\nCapacity building\nSupply chain security\n"
      "Action Items\nTrain staff (Chile/2009)\nAudit (Peru/2010)\n";
  Laid laid = read_column_blocks(text);
  CHECK(has_note(laid, "Share experiences.", "no blank line parts the table's blocks", "layout-row"));
  // Numbered directives tell the rows: nothing is guessed.
  std::string numbered =
      "Directives\n1A. Adopt a strategic approach.\n(Bogor Goal)\n2A. Share experiences.\n"
      "(Ministerial Statement 2007)\n"
      "Priorities\n1.1 Capacity building\n2.1 Supply chain security\n"
      "Action Items\nTrain staff (Chile/2009)\nAudit (Peru/2010)\n";
  for (const Finding& f : read_column_blocks(numbered).findings) CHECK(to_string(f.code) != "layout-row");
  // A tag in the directives' block: an action's lines with no blank line before them.
  std::string tagged =
      "Directives\n1A. Adopt (Bogor Goal)\nTrain staff (Chile/2009)\n\n"
      "Priorities\n1.1 Ports\n\n"
      "Action Items\nAudit (Peru/2010)\n";
  CHECK(has_note(read_column_blocks(tagged), "1A. Adopt", "holds an owner/deadline tag", "layout-row"));
}

TEST_CASE("layout_column_blocks: in a wider table a Lead or Timeline cell in lower case is a cell of its own") {
  // A review's finding: "Canada" / (blank) / "by March 2011" was read as the Lead "Canada by March 2011", the
  // Timeline lost: such cells end in no mark and may start in lower case.
  std::string text =
      "Directives\n1A. Adopt (Bogor Goal)\n\nPriorities\n1.1 Ports\n\nAction Items\nTrain staff.\n\n"
      "Lead\n\nTimeline\n\nCanada\n\nby March 2011\n";
  Laid laid = read_column_blocks(text);
  CHECK(laid.text.find("Canada by March 2011") == std::string::npos);
  CHECK_FALSE(has_note(laid, "by March 2011", "read as inside a cell"));
}

TEST_CASE("layout_column_blocks: a number of the other kind starts a block where a blank line is missing") {
  // A removed-line sweep: "1.3 Model Visit ... Standard" / "2A. Implementing ..." with no blank line between read
  // the directive into the priorities' block, and every element after it moved, unsaid.
  std::string text =
      "Goals and Objectives\n1A. Adopt a plan (Bogor Goal)\n\n"
      "MSEG Priorities\n1.1 Ports\n1.2 Model Visit Program\n2A. Implement the goals\n(Ministerial Statement 2004)\n\n"
      "2.1 Supply chain\n\n"
      "Action Items\nTrain staff (Chile/2009)\n\nAudit (Peru/2010)\n";
  Laid laid = read_column_blocks(text);
  CHECK(laid.text.find("\t2A. Implement the goals (Ministerial Statement 2004)\n\t2.1 Supply chain\n") !=
        std::string::npos);
  CHECK(has_note(laid, "2A. Implement the goals", "starts with a directive's number in a block of priorities"));
}

TEST_CASE("layout_column_blocks: a page number among a cell's lines ends no flow where the sentence goes on") {
  // A sweep's finding: "the purpose of coordinating" / "Page 2 of 5" / "capacity building efforts." cut the cell,
  // its second half read as a row of its own, every element after it moved, with notes only.
  std::string text =
      "Directives\n1A. Adopt a plan for the\npurpose of coordinating\nPage 2 of 5\ncapacity building (Bogor Goal)\n\n"
      "Priorities\n1.1 Ports\n\n"
      "Action Items\nTrain staff (Chile/2009)\n";
  Laid laid = read_column_blocks(text);
  CHECK(laid.text.find("\t1A. Adopt a plan for the purpose of coordinating capacity building (Bogor Goal)\n") !=
        std::string::npos);
  CHECK(has_note(laid, "capacity building", "read as inside a cell"));
}

TEST_CASE("layout_column_blocks: a review's cases for the rules above, each read as the plan says") {
  // A priority in lower case after a blank line is the next row's: titles end in no mark.
  Laid prio = read_column_blocks(
      "Directives\n1A. Adopt (Bogor Goal)\n\n2A. Share (Bogor Goal)\n\n"
      "Priorities\nPort security capacity building\n\ne-Seals and containers\n\n"
      "Action Items\nTrain staff (Chile/2009)\n\nAudit (Peru/2010)\n");
  CHECK(prio.text.find("Port security capacity building e-Seals") == std::string::npos);
  // "2.1 of the Code" in a wrapped directive, and a priority's items numbered "1.", start no block.
  Laid wrapped = read_column_blocks(
      "Directives\n1B. Support the ISPS Code and its section\n2.1 of the Code (Ministerial Statement 2004)\n\n"
      "Priorities\n3.1 Port visits\n1. First visit\n2. Second visit\n\n"
      "Action Items\nTrain staff (Chile/2009)\n");
  CHECK(wrapped.text.find("\t1B. Support the ISPS Code and its section 2.1 of the Code (Ministerial Statement "
                          "2004)\n") != std::string::npos);
  CHECK(wrapped.text.find("\t3.1 Port visits\n1. First visit\n2. Second visit\n") != std::string::npos);
  CHECK_FALSE(has_note(wrapped, "2.1 of the Code", "read as the start of a block of its own"));
  // Blank lines before the column names alone: the table's blocks have none between them.
  Laid headed = read_column_blocks(
      "Directives\nAdopt a strategic approach.\n(Bogor Goal)\nShare experiences.\n(Ministerial Statement 2007)\n\n"
      "Priorities\nCapacity building\nSupply chain security\n\n"
      "Action Items\nTrain staff (Chile/2009)\nAudit (Peru/2010)\n");
  CHECK(has_note(headed, "Share experiences.", "no blank line parts the table's blocks", "layout-row"));
  // A '/' in a citation, where blank lines part the blocks, is no action's tag among the directives.
  Laid cited = read_column_blocks(
      "Directives\n1A. Adopt a plan (Leaders' Statement 2005; APEC/IMO)\n\n"
      "Priorities\n1.1 Ports\n\n"
      "Action Items\nTrain staff (Chile/2009)\n\nAudit (Peru/2010)\n");
  for (const Finding& f : cited.findings) CHECK(to_string(f.code) != "layout-row");
}
