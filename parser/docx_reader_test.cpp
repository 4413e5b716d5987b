#include "docx_reader.hpp"

#include <mseg/parse.hpp>

#include <doctest/doctest.h>
#include <pugixml.hpp>
#include <zip.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "layout_place.hpp"
#include "tests/test_util.hpp"

namespace {

using mseg::layout::Laid;

// A zip package in memory, its parts stored deflated, made with libzip as Word's are made with any zip.
std::string package(const std::vector<std::pair<std::string, std::string>>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(buffer);
  zip_t* zip = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  for (const auto& [name, data] : parts) {
    zip_source_t* s = zip_source_buffer_create(data.data(), data.size(), 0, &error);
    zip_file_add(zip, name.c_str(), s, ZIP_FL_OVERWRITE);
  }
  zip_close(zip);
  zip_source_open(buffer);
  zip_source_seek(buffer, 0, SEEK_END);
  auto size = zip_source_tell(buffer);
  zip_source_seek(buffer, 0, SEEK_SET);
  std::string out(static_cast<std::size_t>(size), '\0');
  zip_source_read(buffer, out.data(), static_cast<zip_uint64_t>(size));
  zip_source_close(buffer);
  zip_source_free(buffer);
  return out;
}

const char* const kOpen =
    R"(<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)";
const char* const kClose = "</w:body></w:document>";

std::string p(const std::string& text) { return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>"; }
std::string tc(const std::string& inner, const std::string& pr = "") { return "<w:tc>" + pr + inner + "</w:tc>"; }
std::string tr(const std::string& cells) { return "<w:tr>" + cells + "</w:tr>"; }
std::string header_row() { return tr(tc(p("Directives")) + tc(p("Priorities")) + tc(p("Action Items"))); }

Laid lay(const std::string& body, std::vector<std::pair<std::string, std::string>> more = {}) {
  more.insert(more.begin(), {"word/document.xml", std::string(kOpen) + body + kClose});
  return mseg::layout::read_docx(package(more));
}

// numbering.xml's and styles.xml's namespace declaration.
const char* const kW = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";

// A numbering level as numbering.xml writes it, starting at 1; `more` stands before its w:numFmt.
std::string level(int ilvl, const std::string& format, const std::string& text, const std::string& more = "") {
  return "<w:lvl w:ilvl=\"" + std::to_string(ilvl) + "\"><w:start w:val=\"1\"/>" + more + "<w:numFmt w:val=\"" +
         format + "\"/><w:lvlText w:val=\"" + text + "\"/></w:lvl>";
}

// A list paragraph of numbering instance `id` at level `ilvl` (as written: a hostile one need be no number).
std::string list_item(const std::string& id, const std::string& ilvl, const std::string& text) {
  return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + id +
         "\"/></w:numPr></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
}

bool has_finding(const Laid& laid, const std::string& code) {
  for (const auto& f : laid.findings)
    if (to_string(f.code) == code) return true;
  return false;
}

}  // namespace

TEST_CASE("docx: paragraphs before the table are front matter, each cell starts with a tab") {
  Laid laid = lay(p("A Work Plan") + "<w:tbl>" + header_row() + tr(tc(p("1A. Do") + p("1B. Also")) + tc(p("1.1 P")) + tc(p("Act (US/2007)"))) + "</w:tbl>");
  CHECK(laid.reader == "docx");
  CHECK(laid.text == "A Work Plan\n\tDirectives\n\tPriorities\n\tAction Items\n\t1A. Do\n1B. Also\n\t1.1 P\n\tAct (US/2007)\n");
  CHECK(laid.findings.empty());
}

TEST_CASE("docx: every piece carries its WordPlace, place_at counts characters into the paragraph") {
  Laid laid = lay(p("Plan") + "<w:tbl>" + header_row() + tr(tc(p("x") + p("Ministers’ text")) + tc(p("")) + tc(p("a"))) + "</w:tbl>");
  auto at = laid.text.find("text");
  auto place = std::get<mseg::WordPlace>(mseg::layout::place_at(laid, at));
  CHECK(place.table == 1);
  CHECK(place.row == 2);
  CHECK(place.cell == 1);
  CHECK(place.paragraph == 2);
  CHECK(place.offset == 11);  // "Ministers’ " is 11 characters, 13 bytes
  auto front = std::get<mseg::WordPlace>(mseg::layout::place_at(laid, 2));
  CHECK(front.table == 0);
  CHECK(front.paragraph == 1);
  CHECK(front.offset == 2);
  // A list's number, written before the paragraph's text, is at the paragraph's start, not at the end of the cell
  // before (a review's finding: an action in cell 3 was placed in cell 2).
  const std::string numbering =
      R"(<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
      R"(<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>)"
      R"(</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>)";
  const std::string item = R"(<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>)"
                           R"(<w:r><w:t>Hold a workshop</w:t></w:r></w:p>)";
  laid = lay("<w:tbl>" + header_row() + tr(tc(p("d")) + tc(p("t")) + tc(item)) + "</w:tbl>",
             {{"word/numbering.xml", numbering}});
  REQUIRE(laid.text.find("\t1. Hold a workshop\n") != std::string::npos);
  auto numbered = std::get<mseg::WordPlace>(mseg::layout::place_at(laid, laid.text.find("1. Hold")));
  CHECK(numbered.cell == 3);
  CHECK(numbered.paragraph == 1);
  CHECK(numbered.offset == 0);
  // A row whose first cell is empty: its tab is placed at the row's next word, not the header's last cell.
  laid = lay("<w:tbl>" + header_row() + tr(tc(p("")) + tc(p("1.1 p")) + tc(p("a"))) + "</w:tbl>");
  REQUIRE(laid.text.find("Action Items\n\t\n\t1.1 p") != std::string::npos);
  auto empty = std::get<mseg::WordPlace>(mseg::layout::place_at(laid, laid.text.find("Action Items\n") + 13));
  CHECK(empty.row == 2);
  CHECK(empty.cell == 2);
  CHECK(empty.offset == 0);
}

TEST_CASE("docx: tracked changes read as accepted, with a note") {
  Laid laid = lay("<w:tbl>" + header_row() +
                  tr(tc("<w:p><w:r><w:t>keep</w:t></w:r><w:del><w:r><w:delText> gone</w:delText></w:r></w:del>"
                         "<w:ins><w:r><w:t> added</w:t></w:r></w:ins></w:p>") +
                     tc(p("p")) + tc(p("a"))) +
                  "</w:tbl>");
  CHECK(laid.text.find("keep added\n") != std::string::npos);
  CHECK(laid.text.find("gone") == std::string::npos);
  CHECK(has_finding(laid, "docx-tracked-changes"));
  // The note stands at the first paragraph with a change (it stood at the document's first: a new user's finding).
  for (const auto& f : laid.findings)
    if (to_string(f.code) == std::string("docx-tracked-changes"))
      CHECK(static_cast<std::size_t>(f.where.data() - laid.text.data()) == laid.text.find("keep added"));
}

TEST_CASE("docx: a paragraph whose mark a tracked change deleted runs on into the next, as accepted") {
  // A forms review's finding: the deletion of a paragraph mark was not applied, so a tag the author joined back
  // to its action stood alone.
  const std::string deleted_mark = "<w:pPr><w:rPr><w:del w:id=\"1\" w:author=\"A\"/></w:rPr></w:pPr>";
  const std::string joined_p = "<w:p>" + deleted_mark + "<w:r><w:t xml:space=\"preserve\">Act one </w:t></w:r></w:p>";
  Laid laid = lay("<w:p>" + deleted_mark + "<w:r><w:t>Work </w:t></w:r></w:p>" + p("Plan") + "<w:tbl>" + header_row() +
                  tr(tc(p("1A. d")) + tc(p("1.1 p")) + tc(joined_p + p("(Japan/2008)") + p("Act two (US/2008)"))) +
                  tr(tc(p("2A. e")) + tc(p("2.1 q")) + tc(joined_p)) + "</w:tbl>");
  CHECK(laid.text == "Work Plan\n\tDirectives\n\tPriorities\n\tAction Items\n\t1A. d\n\t1.1 p\n"
                     "\tAct one (Japan/2008)\nAct two (US/2008)\n\t2A. e\n\t2.1 q\n\tAct one \n");
  CHECK(has_finding(laid, "docx-tracked-changes"));
  // Where the joined paragraph's words are: still their own paragraph's.
  const auto at = laid.text.find("(Japan");
  const auto place = std::get<mseg::WordPlace>(mseg::layout::place_at(laid, at));
  CHECK(place.row == 2);
  CHECK(place.cell == 3);
  CHECK(place.paragraph == 2);
  CHECK(place.offset == 0);
  // An inserted mark keeps the paragraphs apart, and is a change too.
  Laid inserted = lay("<w:tbl>" + header_row() +
                      tr(tc(p("1A. d")) + tc(p("1.1 p")) +
                         tc("<w:p><w:pPr><w:rPr><w:ins w:id=\"2\" w:author=\"A\"/></w:rPr></w:pPr><w:r><w:t>a</w:t></w:r></w:p>" +
                            p("b"))) +
                      "</w:tbl>");
  CHECK(inserted.text.ends_with("\ta\nb\n"));
  CHECK(has_finding(inserted, "docx-tracked-changes"));
}

TEST_CASE("docx: soft breaks split paragraphs, tabs become spaces, comments are not text") {
  Laid laid = lay("<w:tbl>" + header_row() +
                  tr(tc("<w:p><w:r><w:t>one</w:t><w:br/><w:t>two</w:t><w:tab/><w:t>three</w:t></w:r>"
                        "<w:commentRangeStart w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>") +
                     tc(p("p")) + tc(p("a"))) +
                  "</w:tbl>");
  CHECK(laid.text.find("\tone\ntwo three\n") != std::string::npos);
}

TEST_CASE("docx: a soft hyphen, typed or as w:softHyphen, is no character of the words") {
  Laid laid = lay("<w:tbl>" + header_row() +
                  tr(tc(p("sub\u00ADject")) + tc("<w:p><w:r><w:t>con</w:t><w:softHyphen/><w:t>trol</w:t></w:r></w:p>") +
                     tc(p("no\u00A0break \u00AD"))) +
                  "</w:tbl>");
  CHECK(laid.text.find("\tsubject\n\tcontrol\n") != std::string::npos);
  CHECK(laid.text.find("\u00AD") == std::string::npos);
  CHECK(laid.text.find("no\u00A0break ") != std::string::npos);  // a no-break space stays
}

TEST_CASE("docx: merged cells keep three cells a row, with a note") {
  Laid laid = lay("<w:tbl>" + header_row() +
                  tr(tc(p("1A. d"), "<w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>") + tc(p("1.1"), "<w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>")) +
                  tr(tc(p(""), "<w:tcPr><w:vMerge/></w:tcPr>") + tc(p("1.2")) + tc(p("act"))) + "</w:tbl>");
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\t1A. d\n\t1.1\n\t\n\t\n\t1.2\n\tact\n");
  CHECK(has_finding(laid, "docx-merged-cell"));
}

TEST_CASE("docx: what other producers write: symbols, hidden text, an indented table, a re-saved margin") {
  // A differential helper's findings on .docx not made by python-docx. w:sym: the Symbol font's bullet is a bullet,
  // a Unicode symbol its character (both were dropped).
  const std::string sym = "<w:r><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/><w:t xml:space=\"preserve\"> item</w:t></w:r>";
  const std::string dash = "<w:r><w:t xml:space=\"preserve\">Part A. Directives </w:t></w:r>"
                           "<w:r><w:sym w:font=\"Arial\" w:char=\"2013\"/></w:r><w:r><w:t xml:space=\"preserve\"> Ports</w:t></w:r>";
  Laid laid = lay("<w:tbl>" + header_row() + tr(tc("<w:p>" + sym + "</w:p>") + tc("<w:p>" + dash + "</w:p>") + tc(p("act"))) +
                  "</w:tbl>");
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\t\u00B7 item\n\tPart A. Directives \u2013 Ports\n\tact\n");
  // A Wingdings arrowhead first on its line is a bullet too; inside a line, a symbol font's character stays.
  const std::string arrow = "<w:r><w:sym w:font=\"Wingdings\" w:char=\"F0D8\"/><w:t xml:space=\"preserve\"> share</w:t></w:r>";
  const std::string inside = "<w:r><w:t xml:space=\"preserve\">a </w:t><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/></w:r>";
  laid = lay("<w:tbl>" + header_row() + tr(tc("<w:p>" + arrow + "</w:p>") + tc("<w:p>" + inside + "</w:p>") + tc(p("act"))) +
             "</w:tbl>");
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\t\u00B7 share\n\ta \uF0FC\n\tact\n");
  // Inside a line, a Symbol-font character is the one that font draws: F0AE an arrow, F0B3 '≥' (it stayed F0AE).
  const std::string symbols = "<w:r><w:t xml:space=\"preserve\">report </w:t><w:sym w:font=\"Symbol\" w:char=\"F0AE\"/>"
                              "<w:t xml:space=\"preserve\"> review </w:t><w:sym w:font=\"symbol\" w:char=\"F0B3\"/>"
                              "<w:t xml:space=\"preserve\"> 2</w:t></w:r>";
  laid = lay("<w:tbl>" + header_row() + tr(tc(p("d")) + tc(p("p")) + tc("<w:p>" + symbols + "</w:p>")) + "</w:tbl>");
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\td\n\tp\n\treport \u2192 review \u2265 2\n");
  // First on its line, a Symbol-font arrow marks a list item; a Greek letter or a sign stays (it read '·T rises');
  // F0A7 is the Symbol font's club, not Wingdings' square.
  const auto in_symbol = [](const char* c) { return "<w:sym w:font=\"Symbol\" w:char=\"" + std::string(c) + "\"/>"; };
  laid = lay("<w:tbl>" + header_row() +
             tr(tc("<w:p><w:r>" + in_symbol("F0AE") + "<w:t xml:space=\"preserve\"> share</w:t></w:r></w:p>") +
                tc("<w:p><w:r>" + in_symbol("F044") + "<w:t xml:space=\"preserve\">T rises</w:t></w:r></w:p>") +
                tc("<w:p><w:r><w:t xml:space=\"preserve\">a </w:t>" + in_symbol("F0A7") + "</w:r></w:p>")) +
             "</w:tbl>");
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\t\u00B7 share\n\t\u0394T rises\n\ta \u2663\n");
  // Hidden text (w:vanish) is no text, unless switched off.
  const std::string hidden = "<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space=\"preserve\">[check] </w:t></w:r>"
                             "<w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>Act</w:t></w:r>";
  laid = lay("<w:tbl>" + header_row() + tr(tc(p("1A. d")) + tc(p("1.1 p")) + tc("<w:p>" + hidden + "</w:p>")) + "</w:tbl>");
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\t1A. d\n\t1.1 p\n\tAct\n");
  // Every row indented by w:gridBefore, the names row too: no empty first column. A row indented further than the
  // names row still lacks its first cells.
  const std::string indent = "<w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>";
  const std::string further = "<w:trPr><w:gridBefore w:val=\"2\"/></w:trPr>";
  laid = lay("<w:tbl><w:tr>" + indent + tc(p("Directives")) + tc(p("Priorities")) + tc(p("Action Items")) + "</w:tr>" +
             "<w:tr>" + indent + tc(p("1A. d")) + tc(p("1.1 p")) + tc(p("act")) + "</w:tr>" +
             "<w:tr>" + further + tc(p("1.2 q")) + tc(p("more")) + "</w:tr></w:tbl>");
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\t1A. d\n\t1.1 p\n\tact\n\t\n\t1.2 q\n\tmore\n");
  // An empty cell after the last named one in every row (LibreOffice's re-save of w:gridAfter) is no column; one
  // with text is kept (and the assembler says the row has a cell too many).
  laid = lay("<w:tbl>" + tr(tc(p("Directives")) + tc(p("Priorities")) + tc(p("Action Items")) + tc(p(""))) +
             tr(tc(p("1A. d")) + tc(p("1.1 p")) + tc(p("act")) + tc(p(""))) + "</w:tbl>");
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\t1A. d\n\t1.1 p\n\tact\n");
}

TEST_CASE("docx: a border that jogs between rows is no column: each cell goes to the named column it covers most") {
  // A helper's finding: a grid of four columns where the names row's first cell spans the first two and each row's
  // second cell the middle two (one border dragged in Word) read a fourth, empty column, every element shifted.
  const std::string grid = "<w:tblGrid><w:gridCol w:w=\"3013\"/><w:gridCol w:w=\"200\"/><w:gridCol w:w=\"3213\"/>"
                           "<w:gridCol w:w=\"3213\"/></w:tblGrid>";
  const std::string two = "<w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>";
  Laid laid = lay("<w:tbl>" + grid + tr(tc(p("Directives"), two) + tc(p("Priorities")) + tc(p("Action Items"))) +
                  tr(tc(p("1A. d")) + tc(p("1.1 p"), two) + tc(p("act"))) + "</w:tbl>");
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\t1A. d\n\t1.1 p\n\tact\n");
  CHECK_FALSE(has_finding(laid, "docx-merged-cell"));
  // A cell across the directives and priorities of such a grid spans two named columns: the second read as empty,
  // with a note, as in an aligned table.
  const std::string three = "<w:tcPr><w:gridSpan w:val=\"3\"/></w:tcPr>";
  laid = lay("<w:tbl>" + grid + tr(tc(p("Directives"), two) + tc(p("Priorities")) + tc(p("Action Items"))) +
             tr(tc(p("Part A. Ports"), three) + tc(p("act"))) + "</w:tbl>");
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\tPart A. Ports\n\t\n\tact\n");
  CHECK(has_finding(laid, "docx-merged-cell"));
  // A grid one column wider than its rows: the names and odd rows end early (w:gridAfter), the even rows' last cell
  // spans two; without widths, grid columns count alike.
  const std::string after = "<w:trPr><w:gridAfter w:val=\"1\"/></w:trPr>";
  laid = lay("<w:tbl><w:tr>" + after + tc(p("Directives")) + tc(p("Priorities")) + tc(p("Action Items")) + "</w:tr>" +
             tr(tc(p("1A. d")) + tc(p("1.1 p")) + tc(p("act"), two)) + "<w:tr>" + after + tc(p("")) + tc(p("1.2 q")) +
             tc(p("more")) + "</w:tr></w:tbl>");
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\t1A. d\n\t1.1 p\n\tact\n\t\n\t1.2 q\n\tmore\n");
  // Two cells where the names have one: the second follows in the next column, nothing dropped.
  const std::string split = "<w:tblGrid><w:gridCol w:w=\"1500\"/><w:gridCol w:w=\"1500\"/><w:gridCol w:w=\"3000\"/>"
                            "<w:gridCol w:w=\"3000\"/></w:tblGrid>";
  laid = lay("<w:tbl>" + split + tr(tc(p("Directives"), two) + tc(p("Priorities")) + tc(p("Action Items"))) +
             tr(tc(p("1A. d")) + tc(p("1B. e")) + tc(p("1.1 p")) + tc(p("act"))) + "</w:tbl>");
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\t1A. d\n1B. e\n\t1.1 p\n\tact\n");
  CHECK(has_finding(laid, "docx-merged-cell"));
  // A count no table has (Word's tables have at most 63 columns) is read as 63, not allocated.
  const std::string huge = "<w:trPr><w:gridBefore w:val=\"1000000000\"/></w:trPr>";
  laid = lay("<w:tbl>" + grid + tr(tc(p("Directives"), two) + tc(p("Priorities")) + tc(p("Action Items"))) + "<w:tr>" +
             huge + tc(p("x")) + "</w:tr></w:tbl>");
  CHECK(laid.text.starts_with("\tDirectives\n\tPriorities\n\tAction Items\n"));
  CHECK(laid.text.find("x") != std::string::npos);
}

TEST_CASE("docx: column names over two rows that both repeat as the header are one names row") {
  // A helper's finding: "Ministerial" / "Directives" in two header rows read the second as the plan's first row.
  const std::string header = "<w:trPr><w:tblHeader/></w:trPr>";
  Laid laid = lay("<w:tbl><w:tr>" + header + tc(p("Ministerial")) + tc(p("MEG-SEC")) + tc(p("Action")) + "</w:tr><w:tr>" +
                  header + tc(p("Directives")) + tc(p("Priorities")) + tc(p("Items")) + "</w:tr>" +
                  tr(tc(p("1A. d")) + tc(p("1.1 p")) + tc(p("act"))) + "</w:tbl>");
  CHECK(laid.text == "\tMinisterial Directives\n\tMEG-SEC Priorities\n\tAction Items\n\t1A. d\n\t1.1 p\n\tact\n");
  CHECK(has_finding(laid, "layout-inferred"));
  // A second row that does not repeat as the header, or that holds an item, is the plan's.
  laid = lay("<w:tbl><w:tr>" + header + tc(p("Ministerial")) + tc(p("MEG-SEC")) + tc(p("Action")) + "</w:tr>" +
             tr(tc(p("Directives")) + tc(p("Priorities")) + tc(p("Items"))) + tr(tc(p("1A. d")) + tc(p("1.1 p")) + tc(p("act"))) +
             "</w:tbl>");
  CHECK(laid.text.starts_with("\tMinisterial\n\tMEG-SEC\n\tAction\n\tDirectives\n"));
  laid = lay("<w:tbl><w:tr>" + header + tc(p("Directives")) + tc(p("Priorities")) + tc(p("Action Items")) + "</w:tr><w:tr>" +
             header + tc(p("1A. d")) + tc(p("1.1 p")) + tc(p("act")) + "</w:tr>" + tr(tc(p("1B. e")) + tc(p("")) + tc(p("more"))) +
             "</w:tbl>");
  CHECK(laid.text.starts_with("\tDirectives\n\tPriorities\n\tAction Items\n\t1A. d\n"));
  CHECK_FALSE(has_finding(laid, "layout-inferred"));
  // Names whole in the first row: a short second row that repeats as header is the plan's ("Ports", an untagged
  // action), not more of the names (a review's finding).
  laid = lay("<w:tbl><w:tr>" + header + tc(p("Directives")) + tc(p("Priorities")) + tc(p("Action Items")) + "</w:tr><w:tr>" +
             header + tc(p("Ports")) + tc(p("Audits")) + tc(p("Hold a workshop")) + "</w:tr>" +
             tr(tc(p("1A. d")) + tc(p("1.1 p")) + tc(p("act"))) + "</w:tbl>");
  CHECK(laid.text.starts_with("\tDirectives\n\tPriorities\n\tAction Items\n\tPorts\n\tAudits\n\tHold a workshop\n"));
  CHECK_FALSE(has_finding(laid, "layout-inferred"));
  // "Action" over "Items": as plan-like either way, but only joined is it a column's whole name (a second review's
  // finding: no longer joined, "Items" read as an action).
  laid = lay("<w:tbl><w:tr>" + header + tc(p("Directives")) + tc(p("Priorities")) + tc(p("Action")) + "</w:tr><w:tr>" +
             header + tc(p("")) + tc(p("")) + tc(p("Items")) + "</w:tr>" + tr(tc(p("1A. d")) + tc(p("1.1 p")) + tc(p("act"))) +
             "</w:tbl>");
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\t1A. d\n\t1.1 p\n\tact\n");
}

TEST_CASE("docx: a title row across the table above its column names is front matter") {
  // A helper's finding: "WORK PLAN" in one cell spanning the three columns was read as the column names, and the
  // real names row as the first directive.
  const std::string title = tr(tc(p("WORK PLAN"), "<w:tcPr><w:gridSpan w:val=\"3\"/></w:tcPr>"));
  Laid laid = lay(p("A Work Plan") + "<w:tbl>" + title + header_row() + tr(tc(p("1A. d")) + tc(p("1.1 p")) + tc(p("act"))) +
                  "</w:tbl>");
  CHECK(laid.text == "A Work Plan\nWORK PLAN\n\tDirectives\n\tPriorities\n\tAction Items\n\t1A. d\n\t1.1 p\n\tact\n");
  CHECK(has_finding(laid, "docx-merged-cell"));
  // A part heading after the names row is the table's own row, as before.
  laid = lay("<w:tbl>" + header_row() + tr(tc(p("Part A. Ports"), "<w:tcPr><w:gridSpan w:val=\"3\"/></w:tcPr>")) +
             tr(tc(p("1A. d")) + tc(p("1.1 p")) + tc(p("act"))) + "</w:tbl>");
  CHECK(laid.text.starts_with("\tDirectives\n\tPriorities\n\tAction Items\n\tPart A. Ports\n"));
}

TEST_CASE("docx: a note about a merged cell or a table not read names that cell or table") {
  // A new user's finding: the merged-cell note named the cell before it (its laid text is a lone tab, whose
  // place was the previous piece's), the other-table note the document's first paragraph.
  const std::string body = "<w:tbl>" + tr(tc(p("Version")) + tc(p("Date"))) + "</w:tbl>" + "<w:tbl>" + header_row() +
                           tr(tc(p("1A. d"), "<w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>") + tc(p("1.1 p")) +
                              tc(p("act (US/2007)"))) +
                           tr(tc(p(""), "<w:tcPr><w:vMerge/></w:tcPr>") +
                              tc(p("1.2 q"), "<w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>")) +
                           "</w:tbl>";
  const mseg::Plan plan =
      mseg::parse_plan(package({{"word/document.xml", std::string(kOpen) + body + kClose}}), {});
  std::vector<std::string> where;
  for (const auto& d : plan.diagnostics)
    if (d.code == "docx-merged-cell" || d.code == "docx-other-table") {
      REQUIRE(d.span.place);
      where.push_back(d.code + " " + mseg::describe(*d.span.place));
      // The table not read is in no laid text: validate shows no line for it. A merged cell's text is laid out.
      CHECK(d.off_text == (d.code == "docx-other-table"));
    }
  CHECK(where == std::vector<std::string>{"docx-other-table table 1", "docx-merged-cell table 2, row 3, cell 1",
                                          "docx-merged-cell table 2, row 3, cell 2"});
}

TEST_CASE("docx: of tables that name three columns, the plan's is the one named like a plan's") {
  // A new user's document: a revision table before the plan was read as the plan, and the plan dropped.
  const std::string revisions = "<w:tbl>" + tr(tc(p("Version")) + tc(p("Date")) + tc(p("Changes"))) +
                                tr(tc(p("1")) + tc(p("May 2007")) + tc(p("First draft (Chair/May 2007)"))) + "</w:tbl>";
  const std::string plan = "<w:tbl>" + header_row() + tr(tc(p("1A. Do")) + tc(p("1.1 P")) + tc(p("Act (US/2007)"))) + "</w:tbl>";
  Laid laid = lay(p("Title") + revisions + plan);
  CHECK(laid.text == "Title\n\tDirectives\n\tPriorities\n\tAction Items\n\t1A. Do\n\t1.1 P\n\tAct (US/2007)\n");
  REQUIRE(laid.findings.size() == 1);
  CHECK(laid.findings[0].message ==
        "table 1 of the document (2 rows) is not the plan's table: its first row names 'Version', 'Date', 'Changes', "
        "and the plan's is table 2, the first whose names read as a plan's; it was not read");
  // Names like no plan's at all: the first table naming three columns, as before.
  Laid other = lay("<w:tbl>" + tr(tc(p("A")) + tc(p("B")) + tc(p("C"))) + "</w:tbl>" + revisions);
  CHECK(other.text.starts_with("\tA\n\tB\n\tC\n"));
  // An annex after the plan whose names read more like a plan's does not take its place (a review's finding on
  // the Markdown reader, which chose as this one did).
  const std::string annex = "<w:tbl>" + tr(tc(p("Action")) + tc(p("Objective")) + tc(p("Outcome"))) +
                            tr(tc(p("W")) + tc(p("T")) + tc(p("O"))) + "</w:tbl>";
  const std::string two_named = "<w:tbl>" + tr(tc(p("Ministerial Directives")) + tc(p("Work Areas")) + tc(p("Tasks"))) +
                                tr(tc(p("1A. Do")) + tc(p("1.1 P")) + tc(p("Act (US/2007)"))) + "</w:tbl>";
  Laid annexed = lay(two_named + annex);
  CHECK(annexed.text.starts_with("\tMinisterial Directives\n\tWork Areas\n\tTasks\n\t1A. Do\n"));
}

TEST_CASE("docx: a second table repeating the plan's column names goes on with its rows") {
  // A new user's document: the plan split at a page with its names row repeated lost every row after it.
  Laid laid = lay("<w:tbl>" + header_row() + tr(tc(p("1A. Do")) + tc(p("1.1 P")) + tc(p("Act (US/2007)"))) + "</w:tbl>" +
                  p("(continued)") + "<w:tbl>" + header_row() + tr(tc(p("2A. Also")) + tc(p("2.1 Q")) + tc(p("Go (Peru/2008)"))) +
                  "</w:tbl>");
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\t1A. Do\n\t1.1 P\n\tAct (US/2007)\n"
                     "\t2A. Also\n\t2.1 Q\n\tGo (Peru/2008)\n");
  CHECK(has_finding(laid, "page-furniture"));
  CHECK_FALSE(has_finding(laid, "docx-other-table"));
}

TEST_CASE("docx: a second part's names row retyped in other letter case still goes on with its rows") {
  // A helper's finding: `Goals and objectives` over the plan's `Goals and Objectives` left the part's rows out.
  const auto names = [](const char* a) { return tr(tc(p(a)) + tc(p("MSEG Priorities")) + tc(p("Action Items"))); };
  Laid laid = lay("<w:tbl>" + names("Goals and Objectives") + tr(tc(p("1A. Do")) + tc(p("1.1 P")) + tc(p("Act (US/2007)"))) +
                  "</w:tbl><w:tbl>" + names("Goals and  objectives") +
                  tr(tc(p("2A. Also")) + tc(p("2.1 Q")) + tc(p("Go (Peru/2008)"))) + "</w:tbl>");
  CHECK(laid.text.ends_with("\t2A. Also\n\t2.1 Q\n\tGo (Peru/2008)\n"));
  CHECK(has_finding(laid, "page-furniture"));
  CHECK_FALSE(has_finding(laid, "docx-other-table"));
}

TEST_CASE("docx: Word's namespace under another prefix, or as the default namespace, reads as under w:") {
  // A helper's finding: a package whose document.xml Python's ElementTree wrote (`ns0:`), or a tool wrote with a
  // default namespace, was refused as "not a Word document". XML names the namespace, not the prefix.
  const std::string body = "<w:tbl>" + header_row() + tr(tc(p("1A. Do")) + tc(p("1.1 P")) + tc(p("Act (US/2007)"))) +
                           "</w:tbl>";
  const std::string as_written = std::string(kOpen) + body + kClose;
  const Laid word = mseg::layout::read_docx(package({{"word/document.xml", as_written}}));
  const auto with_prefix = [&](const std::string& prefix) {  // "ns0:" or "" (the default namespace)
    std::string xml = as_written;
    for (std::size_t at = 0; (at = xml.find("w:", at)) != std::string::npos;) {
      const bool declaration = at >= 6 && xml.compare(at - 6, 6, "xmlns:") == 0;
      const bool in_name = at > 0 && (xml[at - 1] == '<' || xml[at - 1] == '/' || xml[at - 1] == ' ');
      if (declaration || !in_name) {
        at += 2;
        continue;
      }
      // Attributes keep a prefix: unprefixed attributes are in no namespace.
      const bool attribute = xml[at - 1] == ' ';
      const std::string to = attribute && prefix.empty() ? "w:" : prefix;
      xml.replace(at, 2, to);
      at += to.size();
    }
    const std::string uri = "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    const std::string declare = prefix.empty() ? "xmlns=" + uri + " xmlns:w=" + uri
                                               : "xmlns:" + prefix.substr(0, prefix.size() - 1) + "=" + uri;
    xml.replace(xml.find("xmlns:w=" + uri), ("xmlns:w=" + uri).size(), declare);
    return xml;
  };
  for (const std::string prefix : {"ns0:", ""}) {
    CAPTURE(prefix);
    const std::string xml = with_prefix(prefix);
    REQUIRE(xml.find(prefix.empty() ? "<body>" : "<ns0:body>") != std::string::npos);
    const Laid other = mseg::layout::read_docx(package({{"word/document.xml", xml}}));
    CHECK(other.text == word.text);
  }
}

TEST_CASE("docx: a plan inside a table of one cell (a layout table) is read as the document's") {
  // A helper's finding: the whole plan was the outer cell's paragraphs, "no-header", exit 1.
  Laid laid = lay(p("Plan") + "<w:tbl><w:tr><w:tc>" + p("Work Plan 2008") + "<w:tbl>" + header_row() +
                  tr(tc(p("1A. Do")) + tc(p("1.1 P")) + tc(p("Act (US/2007)"))) + "</w:tbl></w:tc></w:tr></w:tbl>");
  CHECK(laid.text == "Plan\nWork Plan 2008\n\tDirectives\n\tPriorities\n\tAction Items\n\t1A. Do\n\t1.1 P\n"
                     "\tAct (US/2007)\n");
  CHECK(has_finding(laid, "layout-inferred"));
  CHECK_FALSE(has_finding(laid, "docx-nested-table"));
  // A table of one cell that holds no table is no layout table: read as before.
  Laid one = lay("<w:tbl>" + tr(tc(p("Note"))) + "</w:tbl><w:tbl>" + header_row() +
                 tr(tc(p("1A. Do")) + tc(p("1.1 P")) + tc(p("Act (US/2007)"))) + "</w:tbl>");
  CHECK_FALSE(has_finding(one, "layout-inferred"));
  CHECK(has_finding(one, "docx-other-table"));
}

TEST_CASE("docx: the note about paragraphs after the plan's table names the first of them") {
  // A helper's finding: it named the table's last cell, as if that were what was not read.
  const mseg::Plan plan = mseg::parse_plan(
      package({{"word/document.xml", std::string(kOpen) + p("Plan") + "<w:tbl>" + header_row() +
                                         tr(tc(p("1A. Do")) + tc(p("1.1 P")) + tc(p("Act (US/2007)"))) + "</w:tbl>" +
                                         p("") + p("Signed, the Chair") + p("Annex") + kClose}}),
      {});
  const auto after = std::find_if(plan.diagnostics.begin(), plan.diagnostics.end(),
                                  [](const mseg::Diagnostic& d) { return d.code == "docx-text-after-table"; });
  REQUIRE(after != plan.diagnostics.end());
  REQUIRE(after->span.place);
  CHECK(mseg::describe(*after->span.place) == "paragraph 3");
  CHECK(after->off_text);
}

TEST_CASE("docx: list paragraphs keep their bullet or number from numbering.xml") {
  std::string numbering =
      R"(<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
      R"(<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>)"
      R"(<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>)"
      R"(<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num></w:numbering>)";
  auto li = [](const char* id, const std::string& text) { return list_item(id, "0", text); };
  Laid laid = lay("<w:tbl>" + header_row() + tr(tc(p("d")) + tc(p("t") + li("1", "item")) + tc(li("2", "first") + li("2", "second"))) + "</w:tbl>",
                  {{"word/numbering.xml", numbering}});
  CHECK(laid.text.find("\tt\n\u2022 item\n") != std::string::npos);
  CHECK(laid.text.find("\t1. first\n2. second\n") != std::string::npos);
  // A list item whose mark a tracked change deleted runs on into the next, which takes no number of its own
  // (a review's finding: the next item was numbered 3).
  auto li_deleted_mark = [](const std::string& text) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr><w:rPr><w:del w:id=\"1\" "
           "w:author=\"A\"/></w:rPr></w:pPr><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
  };
  Laid joined = lay("<w:tbl>" + header_row() +
                        tr(tc(p("d")) + tc(p("t")) + tc(li_deleted_mark("Act one ") + li("2", "more") + li("2", "Act two"))) +
                        "</w:tbl>",
                    {{"word/numbering.xml", numbering}});
  CHECK(joined.text.find("\t1. Act one more\n2. Act two\n") != std::string::npos);
}

TEST_CASE("docx: a list runs on through every w:num of its abstract definition and restarts where one says so") {
  // As Word numbers (ECMA-376 17.9): num 4 has no override, so it goes on with num 3's list; num 5's
  // startOverride restarts it at 1 and num 3 goes on from there; num 6 restarts at 5; num 7's own level writes
  // letters but, with no startOverride, counts on (as LibreOffice prints it). Counted per w:num, "c" was 1, "f" 3.
  std::string numbering =
      R"(<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
      R"(<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>)"
      R"(<w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>)"
      R"(<w:num w:numId="5"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>)"
      R"(<w:num w:numId="6"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>)"
      R"(<w:num w:numId="7"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>)"
      R"x(<w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:lvlOverride></w:num></w:numbering>)x";
  auto li = [](const char* id, const std::string& text) { return list_item(id, "0", text); };
  Laid laid = lay("<w:tbl>" + header_row() +
                      tr(tc(p("d")) + tc(li("3", "a") + li("3", "b")) +
                         tc(li("4", "c") + li("5", "d") + li("5", "e") + li("3", "f") + li("6", "g") + li("7", "h") +
                            li("3", "i"))) +
                      "</w:tbl>",
                  {{"word/numbering.xml", numbering}});
  CHECK(laid.text.find("\t1. a\n2. b\n\t3. c\n1. d\n2. e\n3. f\n5. g\nF) h\n7. i\n") != std::string::npos);
  // A start past Word's 32,767 is read as that, and a letter list at 0 as a number: no overflow as the list counts
  // on, no character before 'a'.
  std::string hostile = numbering;
  const auto swap = [&](const std::string& from, const std::string& to) {
    hostile.replace(hostile.find(from), from.size(), to);
  };
  swap("<w:startOverride w:val=\"5\"/>", "<w:startOverride w:val=\"2147483647\"/>");
  swap("<w:start w:val=\"1\"/><w:numFmt w:val=\"upperLetter\"/>",
       "<w:start w:val=\"0\"/><w:numFmt w:val=\"upperLetter\"/>");
  swap("<w:num w:numId=\"7\"><w:abstractNumId w:val=\"3\"/><w:lvlOverride w:ilvl=\"0\">",
       "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"3\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"0\"/>");
  Laid clamped = lay("<w:tbl>" + header_row() +
                         tr(tc(p("d")) + tc(p("t")) + tc(li("6", "g") + li("6", "h") + li("7", "i") + li("7", "j"))) +
                         "</w:tbl>",
                     {{"word/numbering.xml", hostile}});
  CHECK(clamped.text.find("\t32767. g\n32768. h\n0) i\nA) j\n") != std::string::npos);
}

TEST_CASE("docx: list numbers from a list style, under a bulleted level, in other formats, and from no definition") {
  // A helper's comparison with LibreOffice's PDFs of the same documents found each of these read otherwise.
  const std::string numbering =
      std::string("<w:numbering ") + kW + ">" +
      // 10: the list style MyList's own definition; 11: a use of MyList, no levels of its own (w:numStyleLink).
      "<w:abstractNum w:abstractNumId=\"10\"><w:styleLink w:val=\"MyList\"/>" + level(0, "upperRoman", "%1.") +
      "</w:abstractNum><w:abstractNum w:abstractNumId=\"11\"><w:numStyleLink w:val=\"MyList\"/></w:abstractNum>" +
      // 12: a bulleted level over numbered items; 13: two digits and ordinals.
      "<w:abstractNum w:abstractNumId=\"12\">" + level(0, "bullet", "-") + level(1, "decimal", "%2.") +
      "</w:abstractNum>" +
      "<w:abstractNum w:abstractNumId=\"13\">" + level(0, "decimalZero", "%1.") + level(1, "ordinal", "%2") +
      "</w:abstractNum>" +
      "<w:num w:numId=\"10\"><w:abstractNumId w:val=\"10\"/></w:num><w:num w:numId=\"11\"><w:abstractNumId "
      "w:val=\"11\"/></w:num><w:num w:numId=\"12\"><w:abstractNumId w:val=\"12\"/></w:num><w:num "
      "w:numId=\"13\"><w:abstractNumId w:val=\"13\"/></w:num><w:num w:numId=\"14\"><w:abstractNumId "
      "w:val=\"99\"/></w:num></w:numbering>";
  const std::string styles = std::string("<w:styles ") + kW +
                             "><w:style w:type=\"numbering\" w:styleId=\"MyList\"><w:pPr><w:numPr><w:numId "
                             "w:val=\"10\"/></w:numPr></w:pPr></w:style></w:styles>";
  auto li = [](const char* id, int ilvl, const std::string& t) { return list_item(id, std::to_string(ilvl), t); };
  Laid laid = lay("<w:tbl>" + header_row() +
                      tr(tc(li("11", 0, "a") + li("11", 0, "b")) +
                         tc(li("12", 0, "h") + li("12", 1, "c") + li("12", 1, "d") + li("12", 0, "h") +
                            li("12", 1, "e")) +
                         tc(li("13", 0, "f") + li("13", 1, "g") + li("13", 1, "g") + li("13", 1, "g") +
                            li("14", 0, "m") + li("14", 0, "n") + li("77", 0, "o"))) +
                      "</w:tbl>",
                  {{"word/numbering.xml", numbering}, {"word/styles.xml", styles}});
  // The list style's numbers, not a bullet (which made numbered directives items of the first).
  CHECK(laid.text.find("\tI. a\nII. b\n") != std::string::npos);
  // The bulleted level restarts the numbers under it: 1 2, then 1 (not 3).
  CHECK(laid.text.find("\t- h\n1. c\n2. d\n- h\n1. e\n") != std::string::npos);
  // Two digits, ordinals; an instance of a definition not there numbers; a numId not defined draws nothing.
  CHECK(laid.text.find("\t01. f\n1st g\n2nd g\n3rd g\n1. m\n2. n\no\n") != std::string::npos);
}

TEST_CASE("docx: a list begun in a table not read counts there first, and w:isLgl and w:lvlRestart as Word reads them") {
  const std::string numbering =
      std::string("<w:numbering ") + kW + "><w:abstractNum w:abstractNumId=\"1\">" + level(0, "decimal", "%1.") +
      "</w:abstractNum>" +
      // Legal numbering under Roman numerals: I., then 1.1 (not I.1).
      "<w:abstractNum w:abstractNumId=\"2\">" + level(0, "upperRoman", "%1.") +
      level(1, "decimal", "%1.%2", "<w:isLgl/>") + "</w:abstractNum>" +
      // Level 2 restarts only after level 0 (w:lvlRestart 1), not after level 1.
      "<w:abstractNum w:abstractNumId=\"3\">" + level(0, "decimal", "%1.") + level(1, "upperLetter", "%2.") +
      level(2, "lowerLetter", "%3)", "<w:lvlRestart w:val=\"1\"/>") + "</w:abstractNum>" +
      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num><w:num w:numId=\"2\"><w:abstractNumId "
      "w:val=\"2\"/></w:num><w:num w:numId=\"3\"><w:abstractNumId w:val=\"3\"/></w:num></w:numbering>";
  auto li = [](const char* id, int ilvl, const std::string& t) { return list_item(id, std::to_string(ilvl), t); };
  const std::string revisions = "<w:tbl>" + tr(tc(li("1", 0, "first draft")) + tc(p("2006"))) +
                                tr(tc(li("1", 0, "second draft")) + tc(p("2007"))) + "</w:tbl>";
  Laid laid = lay(revisions + "<w:tbl>" + header_row() +
                      tr(tc(li("1", 0, "d") + li("1", 0, "e")) + tc(li("2", 0, "p") + li("2", 1, "q")) +
                         tc(li("3", 0, "a") + li("3", 2, "x") + li("3", 1, "b") + li("3", 2, "y") + li("3", 0, "c") +
                            li("3", 2, "z"))) +
                      "</w:tbl>",
                  {{"word/numbering.xml", numbering}});
  // The revision table's two numbered rows came first: the plan's list goes on at 3.
  CHECK(laid.text.find("\t3. d\n4. e\n") != std::string::npos);
  CHECK(laid.text.find("\tI. p\n1.1 q\n") != std::string::npos);
  // y goes on from x across the level-1 paragraph b; z restarts after the level-0 paragraph c.
  CHECK(laid.text.find("\t1. a\na) x\nA. b\nb) y\n2. c\na) z\n") != std::string::npos);
}

TEST_CASE("docx: list numbering a review broke: a style's use through a chain, a late restart, levels past Word's") {
  const std::string numbering =
      std::string("<w:numbering ") + kW + ">" +
      // 20 defines the list style S (w:styleLink); 21 is a use of S, and S's own w:numId leads to a use (22), not to
      // the definition: the definition is found by its w:styleLink.
      "<w:abstractNum w:abstractNumId=\"20\"><w:styleLink w:val=\"S\"/>" + level(0, "upperRoman", "%1.") +
      "</w:abstractNum><w:abstractNum w:abstractNumId=\"21\"><w:numStyleLink w:val=\"S\"/></w:abstractNum>" +
      // 30: two levels; a level 9 (past Word's 0 to 8) is not read.
      "<w:abstractNum w:abstractNumId=\"30\">" + level(0, "decimal", "%1.") + level(1, "decimal", "%1.%2") +
      level(8, "lowerRoman", "(%9)") + level(9, "upperLetter", "%10") + "</w:abstractNum>" +
      "<w:num w:numId=\"21\"><w:abstractNumId w:val=\"21\"/></w:num><w:num w:numId=\"22\"><w:abstractNumId "
      "w:val=\"21\"/></w:num><w:num w:numId=\"30\"><w:abstractNumId w:val=\"30\"/></w:num>"
      "<w:num w:numId=\"31\"><w:abstractNumId w:val=\"30\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride "
      "w:val=\"1\"/></w:lvlOverride></w:num><w:num w:numId=\"32\"><w:abstractNumId w:val=\"99\"/></w:num>" +
      // 40: a level text of 1,000 characters, which would be written before every paragraph of the list.
      "<w:abstractNum w:abstractNumId=\"40\">" + level(0, "decimal", std::string(1000, 'x').c_str()) +
      "</w:abstractNum><w:num w:numId=\"40\"><w:abstractNumId w:val=\"40\"/></w:num></w:numbering>";
  const std::string styles = std::string("<w:styles ") + kW +
                             "><w:style w:type=\"numbering\" w:styleId=\"S\"><w:pPr><w:numPr><w:numId "
                             "w:val=\"22\"/></w:numPr></w:pPr></w:style></w:styles>";
  auto li = [](const char* id, const char* ilvl, const std::string& text) { return list_item(id, ilvl, text); };
  Laid laid = lay("<w:tbl>" + header_row() +
                      tr(tc(li("21", "0", "a") + li("21", "0", "b")) +
                         tc(li("30", "0", "p") + li("30", "1", "q") + li("30", "1", "r") + li("31", "1", "s")) +
                         tc(li("30", "2147483647", "x") + li("32", "2147483647", "y") + li("40", "0", "z"))) +
                      "</w:tbl>",
                  {{"word/numbering.xml", numbering}, {"word/styles.xml", styles}});
  CHECK(laid.text.find("\tI. a\nII. b\n") != std::string::npos);
  // num 31 restarts level 0 where it is first used, at level 1: 1.1 again (it read 1.3, going on from r).
  CHECK(laid.text.find("\t1. p\n1.1 q\n1.2 r\n1.1 s\n") != std::string::npos);
  // A paragraph's level past 8 is level 8; a missing definition's level 8 is numbered "%9." (it read "%-2147483648.").
  CHECK(laid.text.find("\t(i) x\n1. y\n") != std::string::npos);
  // A level text past 64 bytes is cut there.
  CHECK(laid.text.find("\n" + std::string(64, 'x') + " z\n") != std::string::npos);
}

TEST_CASE("docx: a content control's placeholder is not read, and a field inside another's instruction is no text") {
  // A helper's findings: "Click or tap here to enter text." in an empty directive cell was read as a directive (a
  // section made of it, nothing said); an IF field whose condition holds a REF field read the tag twice.
  const auto placeholder = [](const std::string& text) {
    return "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>" + text + "</w:sdtContent></w:sdt>";
  };
  const auto run = [](const std::string& inner) { return "<w:r>" + inner + "</w:r>"; };
  const auto fld = [&](const char* type) { return run("<w:fldChar w:fldCharType=\"" + std::string(type) + "\"/>"); };
  const auto instr = [&](const char* text) {
    return run("<w:instrText xml:space=\"preserve\">" + std::string(text) + "</w:instrText>");
  };
  const auto wt = [&](const char* text) { return run("<w:t xml:space=\"preserve\">" + std::string(text) + "</w:t>"); };
  const std::string tag = fld("begin") + instr(" IF \"") + fld("begin") + instr(" REF _Ref1 \\h ") + fld("separate") +
                          wt("(Japan/2007)") + fld("end") + instr("\" = \"\" \"x\" \"y\" ") + fld("separate") +
                          wt("(Japan/2007)") + fld("end");
  Laid laid = lay(placeholder(p("Click or tap here to enter a title.")) + "<w:tbl>" + header_row() +
                  tr(tc(placeholder(p("Click or tap here to enter text."))) + tc(p("1.1 p")) +
                     tc("<w:p>" + wt("Hold a workshop. ") + placeholder(wt("(Economy/Deadline)")) + "</w:p><w:p>" +
                        wt("Review it. ") + tag + "</w:p>")) +
                  "</w:tbl>");
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\t\n\t1.1 p\n\tHold a workshop. \nReview it. "
                     "(Japan/2007)\n");
  // Each placeholder said where it stands, in the document's order: the one before the table, the cell's, the
  // paragraph's.
  std::vector<std::string> said;
  for (const auto& f : laid.findings)
    if (to_string(f.code) == "layout-unread") said.push_back(f.message);
  REQUIRE(said.size() == 3);
  CHECK(said[0].find("'Click or tap here to enter a title.'") != std::string::npos);
  CHECK(said[1].find("'Click or tap here to enter text.'") != std::string::npos);
  CHECK(said[2].find("'(Economy/Deadline)'") != std::string::npos);
  // In a cell, or around a whole row, the control's cells are read as empty, the prompt said once (a review's
  // finding: read as a directive, and a row's as a directive and an action, nothing said). A control holding a
  // table is read: it may be the plan.
  const std::string cell_control = "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>" +
                                   tc(p("Click or tap here to enter text.")) + "</w:sdtContent></w:sdt>";
  const std::string row_control = "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>" +
                                  tr(tc(p("Enter")) + tc(p("Enter")) + tc(p("(Economy/Deadline)"))) +
                                  "</w:sdtContent></w:sdt>";
  laid = lay("<w:tbl>" + header_row() + "<w:tr>" + cell_control + tc(p("1.1 p")) + tc(p("Act.")) + "</w:tr>" +
             row_control + "</w:tbl>");
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\t\n\t1.1 p\n\tAct.\n\t\n\t\n\t\n");
  std::size_t prompts = 0;
  for (const auto& f : laid.findings) prompts += to_string(f.code) == "layout-unread";
  CHECK(prompts == 2);
  laid = lay("<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:tbl>" + header_row() +
             tr(tc(p("d")) + tc(p("p")) + tc(p("a"))) + "</w:tbl></w:sdtContent></w:sdt>");
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\td\n\tp\n\ta\n");
  // Fields as a review wrote them: an end in a hidden run still ends the field; an IF's instruction that holds a
  // paragraph mark still hides the REF result in its next paragraph; a field never closed in its cell is said.
  const std::string hidden_end = "<w:r><w:rPr><w:vanish/></w:rPr><w:fldChar w:fldCharType=\"end\"/></w:r>";
  const std::string spanning_if = "<w:p>" + wt("Hold it. ") + fld("begin") + instr(" IF \"") + "</w:p><w:p>" +
                                  fld("begin") + instr(" REF _Ref2 ") + fld("separate") + wt("(Korea/2009)") +
                                  fld("end") + instr("\" = \"\" \"x\" \"y\" ") + fld("separate") + wt("(Japan/2007)") +
                                  fld("end") + "</w:p>";
  laid = lay("<w:tbl>" + header_row() +
             tr(tc("<w:p>" + wt("Do it ") + fld("begin") + instr(" SEQ x ") + fld("separate") + wt("1") + hidden_end +
                   wt(" now") + "</w:p>") +
                tc("<w:p>" + wt("p ") + fld("begin") + instr(" REF y ") + wt("lost") + "</w:p>") + tc(spanning_if)) +
             "</w:tbl>");
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\tDo it 1 now\n\tp \n\tHold it. \n(Japan/2007)\n");
  REQUIRE(has_finding(laid, "layout-unread"));
  CHECK(laid.findings.back().message.find("a field begun in this cell has no result or end in it") !=
        std::string::npos);
  // A text box's text, drawn where Word places the shape, is said and not read (it was lost, nothing said of it).
  const std::string box = run("<w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox><w:txbxContent>" +
                              p("(Japan/2008)") + "</w:txbxContent></v:textbox></v:shape></w:pict>");
  laid = lay("<w:tbl>" + header_row() + tr(tc(p("d")) + tc(p("p")) + tc("<w:p>" + wt("Hold it. ") + box + "</w:p>")) +
             "</w:tbl>");
  CHECK(laid.text == "\tDirectives\n\tPriorities\n\tAction Items\n\td\n\tp\n\tHold it. \n");
  REQUIRE(has_finding(laid, "layout-unread"));
  CHECK(laid.findings.back().message.find("a text box in this paragraph holds '(Japan/2008)'") != std::string::npos);
}

TEST_CASE("docx: of several tables the one whose first row names the columns is read, the others noted") {
  std::string other = "<w:tbl>" + tr(tc(p("Revision history, a long first cell that is certainly no column name at all, not at all, no"))) + "</w:tbl>";
  Laid laid = lay(p("Plan") + other + "<w:tbl>" + header_row() + tr(tc(p("d")) + tc(p("p")) + tc(p("a"))) + "</w:tbl>" + p("After"));
  CHECK(laid.text.find("Revision") == std::string::npos);
  CHECK(laid.text.rfind("Plan\n\tDirectives", 0) == 0);
  CHECK(has_finding(laid, "docx-other-table"));
  CHECK(has_finding(laid, "docx-text-after-table"));
}

TEST_CASE("docx: a nested table's cells are read as the outer cell's paragraphs") {
  Laid laid = lay("<w:tbl>" + header_row() + tr(tc(p("d")) + tc(p("p")) + tc(p("a") + "<w:tbl>" + tr(tc(p("x")) + tc(p("y"))) + "</w:tbl>")) + "</w:tbl>");
  CHECK(laid.text.find("\ta\nx\ny\n") != std::string::npos);
  CHECK(has_finding(laid, "docx-nested-table"));
}

TEST_CASE("docx: hostile packages are refused with a reason, not read") {
  // A zip bomb: 20 MB of one letter packs to about 20 kB, 1000 times smaller.
  std::string bomb = std::string(kOpen) + "<w:p><w:r><w:t>" + std::string(20u << 20, 'a') + "</w:t></w:r></w:p>" + kClose;
  std::string packed = package({{"word/document.xml", bomb}});
  CHECK_THROWS_WITH_AS(mseg::layout::read_docx(packed), doctest::Contains("zip bomb"), mseg::InputError);
  mseg::layout::DocxLimits small;
  small.max_inflated = 1000;
  CHECK_THROWS_WITH_AS(mseg::layout::read_docx(package({{"word/document.xml", std::string(kOpen) + p(std::string(2000, 'x')) + kClose}}), small),
                       doctest::Contains("limit 1000 bytes"), mseg::InputError);
  // Entities are never expanded: the billion laughs stay unread.
  std::string laughs = R"(<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>)"
                       R"(<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>)";
  Laid laid = mseg::layout::read_docx(package({{"word/document.xml", laughs}}));
  CHECK(laid.text.find("lollol") == std::string::npos);
  CHECK_THROWS_AS(mseg::layout::read_docx(package({{"word/document.xml", "<w:document><w:body><w:p>"}})), mseg::InputError);
  CHECK_THROWS_AS(mseg::layout::read_docx(package({{"word/other.xml", "x"}})), mseg::InputError);
  std::string truncated = mseg::test::read_file("tests/forms/mseg-workplan-2006-hanoi.docx");
  truncated.resize(truncated.size() / 2);
  CHECK_THROWS_AS(mseg::layout::read_docx(truncated), mseg::InputError);
  std::string deep = std::string(kOpen) + "<w:p>";
  for (int i = 0; i < 100000; ++i) deep += "<w:r>";
  CHECK_THROWS_WITH_AS(mseg::layout::read_docx(package({{"word/document.xml", deep}})), doctest::Contains("XML"), mseg::InputError);
}

TEST_CASE("docx: the sample fixtures lay out with a place for every line") {
  for (const char* name : {"tests/forms/mseg-workplan-2006-hanoi.docx", "tests/forms/meg-sec-workplan-2007.docx"}) {
    Laid laid = mseg::layout::read_docx(mseg::test::read_file(name));
    CHECK(!laid.pieces.empty());
    CHECK(laid.places.size() == laid.pieces.size());
    for (const auto& place : laid.places) CHECK(std::holds_alternative<mseg::WordPlace>(place));
  }
}

TEST_CASE("docx: a part that is not well-formed is refused with the file's own offset and reason") {
  // Parsing in place rewrites the bytes as it goes; the message must be the
  // one a parse of the part as it stands in the file gives.
  const std::string whole = std::string(kOpen) + header_row() + tr(tc(p("1A. Act")) + tc(p("1.1 Title")) +
                                                                    tc(p("Do it (Japan/2006)"))) + kClose;
  for (std::size_t cut = 40; cut < whole.size(); cut += 37) {
    const std::string part = whole.substr(0, cut);
    CAPTURE(part);
    pugi::xml_document reference;
    const auto expected = reference.load_buffer(part.data(), part.size(), pugi::parse_default | pugi::parse_ws_pcdata);
    if (expected) continue;  // a cut at a place where the XML is still whole
    std::string message;
    try {
      mseg::layout::read_docx(package({{"word/document.xml", part}}));
    } catch (const mseg::InputError& e) {
      message = e.what();
    }
    CHECK(message == "word/document.xml is not well-formed XML at byte " + std::to_string(expected.offset) + ": " +
                         expected.description());
  }
}

TEST_CASE("docx: a footnote's mark raised after a word is a word of its own, and the places after it are Word's") {
  // A helper's finding: "adopt" and a superscript "2" read as "adopt2", where the same plan's PDF reads "adopt 2".
  const auto r = [](const std::string& text, bool raised = false) {
    return "<w:r>" + std::string(raised ? "<w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr>" : "") +
           "<w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
  };
  const std::string cell = "<w:p>" + r("Ministers adopt") + r("2", true) + r(" a plan; Assistance") + r("\u2020", true) +
                           r("Program on the 30") + r("th", true) + r(" day (Japan/2008)") + "</w:p>";
  const Laid laid = lay("<w:tbl>" + header_row() + tr(tc(p("1A. Do (Bogor Goal)")) + tc(p("1.1 Do")) + tc(cell)) +
                        "</w:tbl>");
  const std::string want = "Ministers adopt 2 a plan; Assistance \u2020 Program on the 30th day (Japan/2008)";
  const std::size_t at = laid.text.find(want);
  REQUIRE(at != std::string::npos);
  // The tag's place counts the paragraph's characters alone: "Ministers adopt2 a plan; Assistance†Program on the
  // 30th day " is 60 of them.
  const auto tag = std::get<mseg::WordPlace>(mseg::layout::place_at(laid, at + want.find("(Japan")));
  CHECK(tag.offset == 60);
  CHECK(tag.cell == 3);
  const auto program = std::get<mseg::WordPlace>(mseg::layout::place_at(laid, at + want.find("Program")));
  CHECK(program.offset == 36);
  const auto mark = std::get<mseg::WordPlace>(mseg::layout::place_at(laid, at + want.find('2')));
  CHECK(mark.offset == 15);
}

TEST_CASE("docx: a footnote's mark in several runs is one word, none hidden or in a field's instruction, a stop kept") {
  // An adversarial helper's findings on the mark rule above.
  const auto r = [](const std::string& text, const std::string& pr = "") {
    return "<w:r>" + (pr.empty() ? "" : "<w:rPr>" + pr + "</w:rPr>") + "<w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
  };
  const std::string sup = "<w:vertAlign w:val=\"superscript\"/>";
  const auto text_of = [&](const std::string& runs) {
    const Laid laid = lay("<w:tbl>" + header_row() +
                          tr(tc(p("1A. Do (Bogor Goal)")) + tc(p("1.1 Do")) + tc("<w:p>" + runs + "</w:p>")) + "</w:tbl>");
    const std::size_t cell = laid.text.rfind('\t');
    return laid.text.substr(cell + 1, laid.text.find('\n', cell) - cell - 1);
  };
  // Word split "10" and "1,2" into runs: one mark each, parted from the word before only.
  CHECK(text_of(r("ten") + r("1", sup) + r("0", sup) + r(" ok.")) == "ten 10 ok.");
  CHECK(text_of(r("marks") + r("1", sup) + r(",", sup) + r("2", sup) + r(" ok.")) == "marks 1,2 ok.");
  CHECK(text_of(r("marks") + r("1,2", sup) + r(" ok.")) == "marks 1,2 ok.");
  // Hidden text is none, raised or not; nor is a mark inside a field's instruction.
  CHECK(text_of(r("Hidden") + r("7", "<w:vanish/>" + sup) + r(" ok.")) == "Hidden ok.");
  const std::string field = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>" + r("IF ") + r("1", sup) +
                            "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + r("x") +
                            "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
  CHECK(text_of(r("Field word") + field + r(" ok.")) == "Field wordx ok.");
  // A stop after the mark stays on it, and the tag before them is read; a word glued after it is parted.
  CHECK(text_of(r("Tag (Japan/2008)") + r("1", sup) + r(".")) == "Tag (Japan/2008) 1.");
  CHECK(text_of(r("mark") + r("3", sup) + r("next (Japan/2008)")) == "mark 3 next (Japan/2008)");
  // A mark with a tab in its run, and an ordinal's letters, which stay on their number.
  CHECK(text_of(r("run") + "<w:r><w:rPr>" + sup + "</w:rPr><w:t>9</w:t><w:tab/></w:r>" + r("ok.")) == "run 9 ok.");
  CHECK(text_of(r("on the 30") + r("th", sup) + r(" day")) == "on the 30th day");
}
