#include "pdf_reader.hpp"

#include <mseg/parse.hpp>
#include <mseg/plan_json.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <memory>
#include <poppler-document.h>
#include <poppler-page.h>
#include <string>

#include "fuzz/pdf_words.hpp"
#include "layout_place.hpp"
#include "tests/test_util.hpp"

TEST_CASE("pdf: a sample lays out as tab-cell text with the header row once and no page furniture") {
  std::uint32_t pages = 0;
  auto laid = mseg::layout::read_pdf(mseg::test::read_file("tests/forms/mseg-workplan-2006-hanoi.pdf"), &pages);
  CHECK(pages == 2);
  CHECK(laid.reader == "pdf");
  CHECK(laid.text.rfind("Maritime Security Experts Group Work Plan\n", 0) == 0);
  std::size_t first = laid.text.find("\tGoals and Objectives\n");
  CHECK(first != std::string::npos);
  CHECK(laid.text.find("\tGoals and Objectives\n", first + 1) == std::string::npos);
  CHECK(laid.text.find("Page 1 of") == std::string::npos);
  CHECK(laid.places.size() == laid.pieces.size());
  for (const auto& p : laid.places) CHECK(std::holds_alternative<mseg::PdfPlace>(p));
  auto place = std::get<mseg::PdfPlace>(mseg::layout::place_at(laid, laid.text.find("Counter-")));
  CHECK(place.page == 2);
  CHECK(place.x > 200);
  CHECK(place.width > 0);
}

namespace {

// Two layouts of one PDF are the same: the text, each word's piece and place, and as many findings.
void check_same_layout(const mseg::layout::Laid& a, const mseg::layout::Laid& b) {
  CHECK(a.text == b.text);
  REQUIRE(a.pieces.size() == b.pieces.size());
  std::size_t different = 0;
  for (std::size_t i = 0; i < a.pieces.size(); ++i) {
    const auto& p = std::get<mseg::PdfPlace>(a.places[i]);
    const auto& q = std::get<mseg::PdfPlace>(b.places[i]);
    if (a.pieces[i].at != b.pieces[i].at || p.page != q.page || p.x != q.x || p.y != q.y || p.offset != q.offset)
      ++different;
  }
  CHECK(different == 0);
  CHECK(a.findings.size() == b.findings.size());
}

}  // namespace

TEST_CASE("pdf: pages read on two threads lay out exactly as on one") {
  for (const char* file : {"tests/forms/mseg-workplan-2006-hanoi.pdf", "tests/forms/meg-sec-workplan-2007.pdf",
                           "tests/forms/later-forms-plan.pdf"}) {
    CAPTURE(file);
    const std::string bytes = mseg::test::read_file(file);
    mseg::layout::PdfLimits one, two;
    one.two_threads_from_pages = 1'000'000;
    two.two_threads_from_pages = 1;
    const auto a = mseg::layout::read_pdf(bytes, nullptr, one);
    const auto b = mseg::layout::read_pdf(bytes, nullptr, two);
    check_same_layout(a, b);
  }
  // The word limit holds across both threads.
  mseg::layout::PdfLimits few;
  few.two_threads_from_pages = 1;
  few.max_words = 50;
  CHECK_THROWS_WITH_AS(mseg::layout::read_pdf(mseg::test::read_file("tests/forms/meg-sec-workplan-2007.pdf"), nullptr, few),
                       doctest::Contains("more than 50 words"), mseg::InputError);
}

TEST_CASE("pdf: a plan read with ParseOptions::threads 1 (a batch filling the cores) is the plan read on two") {
  for (const char* file : {"tests/forms/mseg-workplan-2006-hanoi.pdf", "tests/forms/meg-sec-workplan-2007.pdf"}) {
    CAPTURE(file);
    const std::string bytes = mseg::test::read_file(file);
    mseg::ParseOptions one, any;
    one.threads = 1;
    const mseg::Plan a = mseg::parse_plan(bytes, one), b = mseg::parse_plan(bytes, any);
    CHECK(!a.sections.empty());
    CHECK(mseg::to_json(a) == mseg::to_json(b));
  }
}

TEST_CASE("pdf: broken, truncated and scanned files are refused with a reason") {
  CHECK_THROWS_AS(mseg::layout::read_pdf("%PDF-1.4\n garbage"), mseg::InputError);
  std::string truncated = mseg::test::read_file("tests/forms/mseg-workplan-2006-hanoi.pdf");
  truncated.resize(truncated.size() / 3);
  try {
    mseg::layout::read_pdf(truncated);  // poppler may rebuild the xref and find some pages: a plan or a refusal
  } catch (const mseg::InputError& e) {
    CHECK(std::string(e.what()).find('\n') == std::string::npos);
  }
  // A page with no text at all: what a scan gives.
  const std::string blank =
      "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
      "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
  CHECK_THROWS_WITH_AS(mseg::layout::read_pdf(blank), doctest::Contains("no text layer"), mseg::InputError);
  // An object numbered in the tens of millions, or a /Size as large: poppler made a cross-reference table that long
  // before reading a page (a fuzz run's finding: 1,469 bytes took 7 s and 990 MB). Refused before poppler sees it.
  for (const std::string big : {"24444444 0 obj", "2 0 obj<</Size 24444444>>endobj\n1 0 obj"}) {
    CAPTURE(big);
    std::string hostile = blank;
    hostile.replace(hostile.find("1 0 obj"), 7, big);
    CHECK_THROWS_WITH_AS(mseg::layout::read_pdf(hostile), doctest::Contains("numbers its objects up to 24444444"),
                         mseg::InputError);
  }
  // Numbers of twenty digits and more read as what they are, not wrapped past 2^64 to a small one
  // (18446744073709551617 wrapped to 1) nor cut to their last twenty digits (1 followed by 24 zeros read as 0).
  for (const std::string big : {"18446744073709551617 0 obj", "1000000000000000000000000 0 obj",
                                "2 0 obj<</Size 18446744073709551617>>endobj\n1 0 obj"}) {
    CAPTURE(big);
    std::string hostile = blank;
    hostile.replace(hostile.find("1 0 obj"), 7, big);
    CHECK_THROWS_WITH_AS(mseg::layout::read_pdf(hostile), doctest::Contains("numbers its objects up to 1844674407"),
                         mseg::InputError);
  }
  // A million and one more a byte are allowed: a real PDF's numbers stay far below.
  std::string numbered = blank;
  numbered.replace(numbered.find("3 0 obj"), 7, "1000000 0 obj");
  try {
    mseg::layout::read_pdf(numbered);
  } catch (const mseg::InputError& e) {
    CHECK(std::string(e.what()).find("numbers its objects") == std::string::npos);  // refused for what it holds
  }
}

namespace {

struct Box {
  float x0 = 1e9f, y0 = 1e9f, x1 = -1e9f, y1 = -1e9f;
  void add(const mseg::PdfPlace& p) {
    x0 = std::min(x0, p.x), y0 = std::min(y0, p.y);
    x1 = std::max(x1, p.x + p.width), y1 = std::max(y1, p.y + p.height);
  }
  bool holds_centre_of(const poppler::rectf& r) const {
    double cx = r.x() + r.width() / 2, cy = r.y() + r.height() / 2;
    return cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1;
  }
};

}  // namespace

TEST_CASE("pdf: each action's box, drawn over its page, covers its words and no other's") {
  const std::string bytes = mseg::test::read_file("tests/forms/mseg-workplan-2006-hanoi.pdf");
  auto laid = mseg::layout::read_pdf(bytes);
  mseg::Plan plan = mseg::parse_plan(bytes);
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  REQUIRE(doc);
  std::size_t actions = 0, checked_words = 0;
  for (const auto& section : plan.sections)
    for (const auto& action : section.actions) {
      ++actions;
      // The action's span is of the laid-out text; its pieces give the boxes, page by page.
      const std::size_t begin = action.span.offset, end = begin + action.span.length;
      const std::string text = laid.text.substr(begin, end - begin);
      std::map<std::uint32_t, Box> boxes;
      for (std::size_t k = 0; k < laid.pieces.size(); ++k)
        if (const auto& piece = laid.pieces[k]; piece.at < end && piece.at + piece.length > begin) {
          const auto& place = std::get<mseg::PdfPlace>(laid.places[k]);
          boxes[place.page].add(place);
        }
      REQUIRE(!boxes.empty());
      // The span carries its first page's box: the pieces' on that page, grown to one.
      REQUIRE(action.span.place != nullptr);
      const auto& own = std::get<mseg::PdfPlace>(*action.span.place);
      REQUIRE(boxes.count(own.page) == 1);
      const Box& expected = boxes[own.page];
      CHECK(own.x == doctest::Approx(expected.x0));
      CHECK(own.y == doctest::Approx(expected.y0));
      CHECK(own.x + own.width == doctest::Approx(expected.x1));
      CHECK(own.y + own.height == doctest::Approx(expected.y1));
      CHECK(own.page == boxes.begin()->first);
      for (const auto& [page, box] : boxes) {
        std::unique_ptr<poppler::page> p(doc->create_page(static_cast<int>(page) - 1));
        std::size_t inside = 0;
        for (auto& word : p->text_list()) {
          if (!box.holds_centre_of(word.bbox())) continue;
          auto utf8 = word.text().to_utf8();
          std::string w(utf8.begin(), utf8.end());
          INFO("action ", action.id, " page ", page, ": word '", w, "' in its box");
          CHECK(text.find(w) != std::string::npos);
          ++inside, ++checked_words;
        }
        CHECK(inside > 0);
      }
    }
  CHECK(actions == 16);
  CHECK(checked_words > 200);
}

TEST_CASE("pdf: a running footer's note has the footer's own box and no laid line of its own") {
  // A new user's finding: the note stood at the first word laid out from the footer's page and validate showed
  // that word's line with a caret, which read as the footer's place.
  const std::string bytes = mseg::test::read_file("tests/forms/mseg-workplan-2006-hanoi.pdf");
  mseg::Plan plan = mseg::parse_plan(bytes);
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  REQUIRE(doc);
  std::size_t notes = 0;
  for (const auto& d : plan.diagnostics) {
    if (d.code != "page-furniture") continue;
    ++notes;
    CHECK(d.off_text);
    REQUIRE(d.span.place != nullptr);
    const auto& own = std::get<mseg::PdfPlace>(*d.span.place);
    Box box;
    box.add(own);
    // Every word poppler reports inside the box is one the note quotes, and there is one at least.
    std::unique_ptr<poppler::page> p(doc->create_page(static_cast<int>(own.page) - 1));
    std::size_t inside = 0;
    for (auto& word : p->text_list()) {
      if (!box.holds_centre_of(word.bbox())) continue;
      auto utf8 = word.text().to_utf8();
      const std::string w(utf8.begin(), utf8.end());
      INFO("page ", own.page, ": word '", w, "' in the footer's box; message: ", d.message);
      CHECK(d.message.substr(d.message.find(": '")).find(w) != std::string::npos);
      ++inside;
    }
    CHECK(inside > 0);
    CHECK(d.message.find(fmt::format("from page {}:", own.page)) != std::string::npos);
  }
  CHECK(notes == 2);
}

TEST_CASE("pdf: in a table with no borders and no spacing, rows start where the section numbers move on") {
  // Helper 66's borderless PDFs: a row's last lines and the next row's first stand on one grid, and every row of a
  // plan was read as one section, exit 0. Each row found by its numbers alone is noted at its directive.
  const std::string bytes = mseg::test::read_file("tests/forms/mseg-workplan-2006-hanoi.borderlesstight.pdf");
  mseg::Plan plan = mseg::parse_plan(bytes);
  std::vector<std::string> firsts, noted;
  for (const auto& section : plan.sections)
    firsts.push_back(section.directives.empty() ? "" : section.directives.front().number.value_or(""));
  CHECK(firsts == std::vector<std::string>{"1A", "2A", "3A", "4"});
  // (A priority's title read on into its next line is a guess of another kind, noted too: not asked here.)
  for (const auto& d : plan.diagnostics)
    if (d.code == "layout-inferred" && d.message.starts_with("a row starts")) noted.push_back(d.message.substr(0, d.message.find(':')));
  CHECK(noted == std::vector<std::string>{"a row starts at '2A.'", "a row starts at '3A.'", "a row starts at '4.'"});
  // A bordered table's rows stand off the grid: the numbers start none of them.
  for (const auto& d : mseg::parse_plan(mseg::test::read_file("tests/forms/mseg-workplan-2006-hanoi.pdf")).diagnostics)
    CHECK(!d.message.starts_with("a row starts"));
}

TEST_CASE("pdf: with no borders and no spacing, names are not joined to the first row, and part headings start rows") {
  // Helper 66's borderless PDFs. The 2007 plan's first row stood on the names' grid, each first word would have
  // fitted after its name, and it was read as the names' second line (a no-header error). It has no numbers: its
  // rows cannot be told apart, and a note stands at each line where every column starts a paragraph (there, and
  // only there, its rows start).
  const mseg::Plan plan = mseg::parse_plan(mseg::test::read_file("tests/forms/meg-sec-workplan-2007.borderlesstight.pdf"));
  CHECK(plan.columns == std::array<std::string, 3>{"Ministerial Directives", "MEG-SEC Priorities", "Action Items"});
  std::vector<std::string> may_start;
  for (const auto& d : plan.diagnostics) {
    CHECK(d.code != "no-header");
    if (d.message.find("' may start a row: nothing on the page marks") != std::string::npos) {
      may_start.push_back(d.message.substr(0, d.message.find(' ')));
      CHECK(d.code == "layout-row");  // a warning: --strict stops on it
      CHECK(d.severity == mseg::Severity::warning);
    }
  }
  CHECK(may_start == std::vector<std::string>{"'Leaders'", "'Ministers'", "'Further'"});
  // The later-forms plan: a part heading's row, then its numbered rows, on one grid.
  const mseg::Plan later = mseg::parse_plan(mseg::test::read_file("tests/forms/later-forms-plan.borderlesstight.pdf"));
  REQUIRE(!later.columns.empty());
  CHECK(later.columns[0] == "Ministerial Directives");
  std::vector<std::string> parts;
  for (const auto& section : later.sections)
    parts.push_back(section.part.value_or("") + " / " + section.number.value_or(""));
  CHECK(parts == std::vector<std::string>{"Part A. Directives – Maritime Security / 1",
                                          "Part B. Directives – Specific Tasks for More Than One Modal Group / 2",
                                          "Part B. Directives – Specific Tasks for More Than One Modal Group / 3"});
  // A bordered table says nothing of the kind.
  for (const char* file : {"tests/forms/meg-sec-workplan-2007.pdf", "tests/forms/new-user-mini.pdf"})
    for (const auto& d : mseg::parse_plan(mseg::test::read_file(file)).diagnostics)
      CHECK(d.message.find("nothing on the page marks") == std::string::npos);
  // Nor the rows the numbers start (the Ha Noi plan so made: each new section's line is a row, not a maybe).
  for (const auto& d : mseg::parse_plan(mseg::test::read_file("tests/forms/mseg-workplan-2006-hanoi.borderlesstight.pdf")).diagnostics)
    CHECK(d.message.find("may start a row") == std::string::npos);
}

TEST_CASE("pdf: a footnote's mark ending a line is no change of font size") {
  // Helper 71's review: "Assistance" and its superscript mark ended a line, the mark 0.6 of the text's height, and
  // the next line was read as a new paragraph: the action split, its first half without a tag.
  const mseg::Plan plan = mseg::parse_plan(mseg::test::read_file("tests/forms/mseg-workplan-2006-hanoi.footnotes.pdf"));
  REQUIRE(!plan.sections.empty());
  CHECK(plan.sections[0].actions.size() == 9);
  const auto& first = plan.sections[0].actions.front();
  CHECK(first.text.starts_with("Formalize the process"));
  CHECK(first.text.ends_with("Program."));
  REQUIRE(first.tags.size() == 1);
  CHECK(first.tags[0].text == "(MSEG Secretariat/ September 2006)");
}

namespace {
// Whether two plans hold the same elements: every section's directives, priorities and actions, by their text.
void check_same_elements(const mseg::Plan& plan, const mseg::Plan& golden) {
  REQUIRE(plan.sections.size() == golden.sections.size());
  for (std::size_t i = 0; i < plan.sections.size(); ++i) {
    const auto &s = plan.sections[i], &g = golden.sections[i];
    REQUIRE(s.directives.size() == g.directives.size());
    for (std::size_t k = 0; k < s.directives.size(); ++k) CHECK(s.directives[k].text == g.directives[k].text);
    REQUIRE(s.priorities.size() == g.priorities.size());
    for (std::size_t k = 0; k < s.priorities.size(); ++k) {
      CHECK(s.priorities[k].title == g.priorities[k].title);
      CHECK(s.priorities[k].items.size() == g.priorities[k].items.size());
    }
    REQUIRE(s.actions.size() == g.actions.size());
    for (std::size_t k = 0; k < s.actions.size(); ++k) {
      CHECK(s.actions[k].text == g.actions[k].text);
      CHECK(s.actions[k].tags.size() == g.actions[k].tags.size());
    }
  }
}
}  // namespace

TEST_CASE("pdf: paragraphs after the table on its last page are said and not read") {
  // A helper's finding: a note and a signature below the 2007 plan's rows (make_fixtures.py --textafter) were read
  // as a section, and the note's width, taken for the first column's, made every wrapped line of that column a
  // paragraph of its own: 27 elements misread, with warnings about other things.
  const mseg::Plan plan = mseg::parse_plan(mseg::test::read_file("tests/forms/meg-sec-workplan-2007.textafter.pdf"));
  check_same_elements(plan,
                      mseg::plan_from_json_text(mseg::test::read_file("samples/meg-sec-workplan-2007.json")).plan.value());
  std::vector<std::string> unread;
  for (const auto& d : plan.diagnostics)
    if (d.code == "layout-unread") unread.push_back(d.message);
  CHECK(unread == std::vector<std::string>{"page 3 goes on after the plan's table: its last 2 lines are not part of "
                                           "the plan, from 'Note: deadlines are indicative and will be reviewed at "
                                           "the next meeting.'"});
}

TEST_CASE("pdf: footnotes at a page's foot are said and not read") {
  // A helper's finding: Word footnotes on directives 1B and 2B (make_fixtures.py --footnotesfoot), their text at the
  // pages' feet across the columns, were each read as a section, and the first changed how priority 3.1 was read.
  const mseg::Plan plan =
      mseg::parse_plan(mseg::test::read_file("tests/forms/mseg-workplan-2006-hanoi.footnotesfoot.pdf"));
  const mseg::Plan golden =
      mseg::plan_from_json_text(mseg::test::read_file("samples/mseg-workplan-2006-hanoi.json")).plan.value();
  REQUIRE(plan.sections.size() == golden.sections.size());
  for (std::size_t i = 0; i < plan.sections.size(); ++i) {
    CHECK(plan.sections[i].number == golden.sections[i].number);
    CHECK(plan.sections[i].actions.size() == golden.sections[i].actions.size());
  }
  CHECK(plan.sections[2].priorities.at(0).title == golden.sections[2].priorities.at(0).title);
  std::vector<std::string> unread;
  for (const auto& d : plan.diagnostics)
    if (d.code == "layout-unread") unread.push_back(d.message.substr(0, d.message.find(':')));
  CHECK(unread == std::vector<std::string>{"page 1 has footnotes at its foot, below the plan's table",
                                           "page 2 has footnotes at its foot, below the plan's table"});
  // The mark stays where it stands, said (the citation read before it).
  CHECK(plan.sections[0].directives.at(1).citations.size() == 1);
}

namespace {

// issue 15: a one-page PDFnamespace {

// issue 15: a one-page PDF (A4 landscape, Helvetica 9 pt) with each line of text where `lines` says:
// {x, top, text}, in points from the page's top left. poppler rebuilds the missing cross-reference table.
struct Placed {
  double x;
  double top;
  std::string text;
};

// The same, a page of lines each.
std::string pages_pdf(const std::vector<std::vector<Placed>>& pages) {
  // Objects: 1 catalog, 2 pages, 3 font, then each page and its contents (4 + 2k, 5 + 2k).
  std::string kids, body;
  for (std::size_t k = 0; k < pages.size(); ++k) {
    std::string content;
    for (const auto& l : pages[k]) {
      // Parentheses escaped: a line may open one that the next closes. A backslash is left to the caller's octal escapes.
      std::string text;
      for (char c : l.text) text += c == '(' || c == ')' ? std::string{'\\', c} : std::string{c};
      content += "BT /F1 9 Tf 1 0 0 1 " + fmt::format("{:g} {:g}", l.x, 595 - l.top - 9) + " Tm (" +
                 text + ") Tj ET\n";
    }
    const std::string page = std::to_string(4 + 2 * k), contents = std::to_string(5 + 2 * k);
    kids += page + " 0 R ";
    body += page + " 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 842 595]/Resources<</Font<</F1 3 0 R>>>>/Contents " +
            contents + " 0 R>>endobj\n" + contents + " 0 obj<</Length " + std::to_string(content.size()) +
            ">>stream\n" + content + "endstream endobj\n";
  }
  return "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[" + kids +
         "]/Count " + std::to_string(pages.size()) +
         ">>endobj\n3 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n" + body +
         "trailer<</Root 1 0 R>>\n%%EOF\n";
}

std::string one_page_pdf(const std::vector<Placed>& lines) { return pages_pdf({lines}); }

// The three columns' names at `top` (x 50, 300 and 550), then `lines`.
std::vector<Placed> header_and(const std::vector<Placed>& lines, double top = 100) {
  std::vector<Placed> page{{50, top, "Ministerial Directives"}, {300, top, "MEG-SEC Deliverables"},
                           {550, top, "Action Items"}};
  page.insert(page.end(), lines.begin(), lines.end());
  return page;
}

// A three-column page: the header, one directive and one priority, and the actions column's lines (x 550).
std::vector<Placed> three_columns(const std::vector<Placed>& actions) {
  std::vector<Placed> page = header_and(
      {{50, 120, "1A. Ministers met on ports."}, {50, 131, "(Statement 2009)"}, {300, 120, "1.1 Port security"}});
  page.insert(page.end(), actions.begin(), actions.end());
  return page;
}

// A row from 150 pt down a page: `directive`, `priority` and twenty actions, so that the pages' foot stands far
// below a first page's last line.
void add_lower_row(std::vector<Placed>& page, const std::string& directive, const std::string& priority) {
  for (int k = 0; k < 20; ++k) page.push_back({550, 150.0 + 11 * k, "Hold drill " + std::to_string(k) + ". (Japan/2013)"});
  page.push_back({50, 150, directive});
  page.push_back({300, 150, priority});
}

std::vector<Placed> wider_table(std::string action_line) {
  // The directive in three lines, so that the line pitch (the median gap) is the cells' 11 pt, not the header's 20.
  return {{50, 100, "Ministerial Directives"}, {200, 100, "MEG-SEC Deliverables"}, {350, 100, "Action Items"},
          {500, 100, "Lead"},                  {600, 100, "Timeline"},             {50, 120, "1A. Ministers met"},
          {50, 131, "on ports."},              {50, 142, "(Statement 2009)"},      {200, 120, "1.1 Port security"},
          {350, 120, std::move(action_line)},  {350, 131, "(Chile/2011)"},
          {500, 120, "Chile"},                 {600, 120, "2011"}};
}

}  // namespace

TEST_CASE("pdf: a wider table's header names its further columns, and their cells are kept as the actions' extra") {
  const std::string bytes = one_page_pdf(wider_table("Hold a workshop on ports"));
  auto laid = mseg::layout::read_pdf(bytes);
  CHECK(laid.text.find("\tMinisterial Directives\n\tMEG-SEC Deliverables\n\tAction Items\n\tLead\n\tTimeline\n") !=
        std::string::npos);
  CHECK(laid.text.find("\tHold a workshop on ports (Chile/2011)\n\tChile\n\t2011\n") != std::string::npos);
  CHECK(laid.findings.empty());
  mseg::Plan plan = mseg::parse_plan(bytes);
  CHECK(plan.extra_columns == std::vector<std::string>{"Lead", "Timeline"});
  REQUIRE(plan.sections.size() == 1);
  REQUIRE(plan.sections[0].actions.size() == 1);
  const auto& extra = plan.sections[0].actions[0].extra;
  REQUIRE(extra.size() == 2);
  CHECK(extra[0].column == "Lead");
  CHECK(extra[0].text == "Chile");
  CHECK(extra[1].column == "Timeline");
  CHECK(extra[1].text == "2011");
}

TEST_CASE("pdf: a document control table above the plan is no header: the line that names a plan's columns is") {
  // A helper's finding: "Version | Date | Change" above the plan was its header, its row a section and the plan's
  // own names a section.
  std::vector<Placed> page{{50, 40, "Version"}, {300, 40, "Date"}, {550, 40, "Change"},
                           {50, 51, "2"},       {300, 51, "12 June 2006"}, {550, 51, "Deadlines updated"}};
  const auto table = three_columns({{550, 120, "Hold a drill. (Japan/2013)"}});
  page.insert(page.end(), table.begin(), table.end());
  mseg::Plan plan = mseg::parse_plan(one_page_pdf(page));
  CHECK(plan.columns == std::array<std::string, 3>{"Ministerial Directives", "MEG-SEC Deliverables", "Action Items"});
  REQUIRE(plan.sections.size() == 1);
  REQUIRE(plan.sections[0].directives.size() == 1);
  CHECK(plan.sections[0].directives[0].number == "1A");
  REQUIRE(plan.sections[0].actions.size() == 1);
  CHECK(plan.sections[0].actions[0].tags.at(0).owners.at(0).name == "Japan");
  // The table's words stay, as the plan's front matter.
  REQUIRE(plan.title);
  CHECK(plan.title->find("Version") != std::string::npos);
  // A row's line with a column's word in it is no header: "... Develop an action plan" (a review's finding: a
  // plan named "Instructions | Work Areas | Activities" lost its first row to it).
  const std::vector<Placed> other{{50, 100, "Ministerial Instructions"}, {300, 100, "Work Areas"},
                                  {550, 100, "Activities"},
                                  {50, 120, "1A. Ministers met."},  {300, 120, "1.1 Ports"},
                                  {550, 120, "Hold a drill. (Japan/2013)"},
                                  {50, 140, "2A. Leaders met."},    {300, 140, "2.1 Goals"},
                                  {550, 140, "Develop an action plan. (Korea/2014)"}};
  mseg::Plan named_otherwise = mseg::parse_plan(one_page_pdf(other));
  CHECK(named_otherwise.columns[0] == "Ministerial Instructions");
  CHECK(named_otherwise.sections.size() == 2);
  // Where no line names a plan's columns, the first line of three runs is the header, as before.
  page[6].text = "Aims", page[7].text = "Work Done", page[8].text = "Tasks";
  const auto cols = mseg::parse_plan(one_page_pdf(page)).columns;
  CHECK(cols[0].starts_with("Version"));  // the row below taken for the names' wrapped lines, as before
  CHECK(cols[2].starts_with("Change"));
}

TEST_CASE("pdf: a page without the header row a table repeated on every page before follows the table") {
  // A helper's finding: a closing line on a page of its own after the table ("Endorsed at TPTWG 27, June 2006")
  // was a section with that directive, and an annex's table six more sections, with warnings that named neither.
  const auto page = [](const std::string& number, const std::string& owner) {
    return header_and({{50, 120, number + ". Ministers met on ports."}, {50, 131, "(Statement 2009)"},
                       {300, 120, number.substr(0, 1) + ".1 Port security"},
                       {550, 120, "Hold a drill. (" + owner + "/2013)"}});
  };
  const std::vector<Placed> closing{{50, 40, "Endorsed at TPTWG 27, June 2006"}};
  mseg::Plan plan =
      mseg::parse_plan(pages_pdf({page("1A", "Japan"), page("2A", "Korea"), page("3A", "Peru"), closing}));
  REQUIRE(plan.sections.size() == 3);
  CHECK(plan.sections[2].actions.at(0).tags.at(0).owners.at(0).name == "Peru");
  std::size_t unread = 0;
  for (const auto& d : plan.diagnostics)
    if (d.code == "layout-unread") {
      ++unread;
      CHECK(d.message.find("page 4 follows the plan's table") != std::string::npos);
      CHECK(d.message.find("'Endorsed at TPTWG 27, June 2006'") != std::string::npos);
      REQUIRE(d.span.place);
      CHECK(std::get<mseg::PdfPlace>(*d.span.place).page == 4);
    }
  CHECK(unread == 1);
  // A page of rows without the header, after a page break typed in the table (Word repeats the header after its
  // own breaks only): read, as before (a review's finding: its rows were dropped).
  const std::vector<Placed> rows{{50, 40, "4A. Leaders met. (Statement 2009)"}, {300, 40, "4.1 Drills"},
                                 {550, 40, "Hold a drill. (Chile/2013)"}, {50, 60, "5A. Leaders met. (Statement 2009)"},
                                 {300, 60, "5.1 Drills"}, {550, 60, "Hold a drill. (Peru/2014)"}};
  mseg::Plan broken = mseg::parse_plan(pages_pdf({page("1A", "Japan"), page("2A", "Korea"), rows}));
  REQUIRE(broken.sections.size() >= 3);
  CHECK(broken.sections[2].number == "4");
  CHECK(broken.sections.back().actions.back().tags.at(0).owners.at(0).name == "Peru");
  // A page that opens another table (its own names): not read.
  std::vector<Placed> annex{{50, 30, "Annex: the 2007 plan"}, {50, 50, "Goals"}, {300, 50, "Deliverables"},
                            {550, 50, "Actions"}};
  for (Placed l : rows) annex.push_back({l.x, l.top + 30, l.text});
  mseg::Plan with_annex = mseg::parse_plan(pages_pdf({page("1A", "Japan"), page("2A", "Korea"), annex}));
  CHECK(with_annex.sections.size() == 2);
  CHECK(std::count_if(with_annex.diagnostics.begin(), with_annex.diagnostics.end(),
                      [](const auto& d) { return d.code == "layout-unread"; }) == 1);
  // Two pages, the second without the header: nothing tells a table that does not repeat its header, so the
  // page is read, as before.
  mseg::Plan two = mseg::parse_plan(pages_pdf({page("1A", "Japan"), {{50, 40, "2A. Leaders met. (Statement 2009)"},
                                                                   {300, 40, "2.1 Drills"},
                                                                   {550, 40, "Hold a drill. (Korea/2013)"}}}));
  CHECK(two.sections.size() == 2);
}

TEST_CASE("pdf: names centred in their cells give way to where their columns' text starts") {
  // A helper's finding: Word's bold, centred header row put each name right of its column's text, and the
  // priorities' first words ("1.1 ISPS") were read in the directives column: 99 warnings and an error.
  const std::vector<Placed> page{
      {120, 100, "Directives"},  {340, 100, "Priorities"},  {580, 100, "Action Items"},
      {50, 120, "1A. Ministers met"}, {300, 120, "1.1 Port"},   {550, 120, "Hold a drill on"},
      {50, 131, "on ports and"},     {300, 131, "security and"}, {550, 131, "ports. (Japan/2013)"},
      {50, 142, "harbours."},        {300, 142, "safety"},     {550, 142, "Hold a second"},
      {50, 153, "(Statement 2009)"}, {550, 153, "drill. (Korea/2014)"}};
  mseg::Plan plan = mseg::parse_plan(one_page_pdf(page));
  REQUIRE(plan.sections.size() == 1);
  const auto& s = plan.sections[0];
  REQUIRE(s.directives.size() == 1);
  CHECK(s.directives[0].text == "Ministers met on ports and harbours.");
  REQUIRE(s.priorities.size() == 1);
  CHECK(s.priorities[0].number == "1.1");
  CHECK(s.priorities[0].title == "Port security and safety");
  REQUIRE(s.actions.size() == 2);
  CHECK(s.actions[1].tags.at(0).owners.at(0).name == "Korea");
  for (const auto& d : plan.diagnostics) CHECK(d.code != "layout-straddle");
}

TEST_CASE("pdf: justified text that starts a word at one place on three lines moves no column's edge") {
  // A helper's finding: a justified directives column, whose gaps are a gutter's width, started a word at one
  // place on three of its lines by chance; the priorities' edge moved there and took those lines' last words,
  // 34 elements misread (49 layout-straddle warnings, at the symptom). Other lines' words run across that place,
  // and a column's edge has none across it.
  const std::vector<Placed> page{
      {50, 100, "Goals and Objectives"}, {300, 100, "MSEG Priorities"}, {550, 100, "Action Items"},
      {50, 120, "1A. APEC"}, {200, 120, "will"}, {300, 120, "1.1 Port"}, {550, 120, "Hold a drill on"},
      {50, 131, "economies"}, {200, 131, "adopt"}, {300, 131, "security"}, {550, 131, "ports. (Japan/2013)"},
      {50, 142, "a strategic"}, {200, 142, "approach"},
      {50, 153, "to capacity building across the whole of the region"},
      {50, 164, "(Statement 2009)"}};
  mseg::Plan plan = mseg::parse_plan(one_page_pdf(page));
  REQUIRE(plan.sections.size() == 1);
  const auto& s = plan.sections[0];
  REQUIRE(s.directives.size() == 1);
  CHECK(s.directives[0].text ==
        "APEC will economies adopt a strategic approach to capacity building across the whole of the region");
  REQUIRE(s.priorities.size() == 1);
  CHECK(s.priorities[0].title == "Port security");
  REQUIRE(s.actions.size() == 1);
  CHECK(s.actions[0].tags.at(0).owners.at(0).name == "Japan");
}

TEST_CASE("pdf: a fourth run that names no further column is no header") {
  auto page = wider_table("Hold a workshop on ports");
  page[3].text = "Budget";  // not a column name mseg knows: the line is not the header, and no table is found
  auto laid = mseg::layout::read_pdf(one_page_pdf(page));
  CHECK(laid.text.find('\t') == std::string::npos);
}

TEST_CASE("pdf: a word running across the gutter into a further column is a located warning, read where it starts") {
  // "workshopping" starts in the actions column and runs past the Lead column's left edge.
  const std::string bytes = one_page_pdf(wider_table("Hold a long and very tiring workshopping"));
  auto laid = mseg::layout::read_pdf(bytes);
  REQUIRE(laid.findings.size() == 1);
  CHECK(laid.findings[0].code == mseg::DiagnosticCode::layout_straddle);
  CHECK(laid.findings[0].where == "workshopping");
  CHECK(laid.findings[0].message == "'workshopping' runs across the gutter before column 4 ('Lead'); read in column 3");
  CHECK(laid.text.find("\tHold a long and very tiring workshopping (Chile/2011)\n\tChile\n") != std::string::npos);
  mseg::Plan plan = mseg::parse_plan(bytes);
  const auto straddle = std::find_if(plan.diagnostics.begin(), plan.diagnostics.end(),
                                     [](const mseg::Diagnostic& d) { return d.code == "layout-straddle"; });
  REQUIRE(straddle != plan.diagnostics.end());
  REQUIRE(straddle->span.place != nullptr);
  const auto& place = std::get<mseg::PdfPlace>(*straddle->span.place);
  CHECK(place.page == 1);
  CHECK(place.x < 498);
  CHECK(place.x + place.width > 502);
}

TEST_CASE("pdf: a labelled tag's dash wrapped to a line's start goes on in the tag, not a bullet") {
  // A helper's finding: "(Pilot Project" / "– MSEG members/June 2006)" read as a bullet started a paragraph; the
  // tag was lost in the action's text and the next action joined it, exit 0 with a note. \261 is the en dash in
  // Helvetica's standard encoding; a hyphen-minus likewise.
  for (const char* dash : {"\\261", "-"}) {
    CAPTURE(dash);
    const std::string bytes = one_page_pdf(three_columns({{550, 120, "Form a working group. (Pilot Project"},
                                                          {550, 131, std::string(dash) + " MSEG members/June 2006)"},
                                                          {550, 142, "Prepare a compliance survey."},
                                                          {550, 153, "(Japan/December 2010)"}}));
    mseg::Plan plan = mseg::parse_plan(bytes);
    REQUIRE(plan.sections.size() == 1);
    const auto& actions = plan.sections[0].actions;
    REQUIRE(actions.size() == 2);
    CHECK(actions[0].text == "Form a working group.");
    REQUIRE(actions[0].tags.size() == 1);
    CHECK(actions[0].tags[0].text ==
          std::string("(Pilot Project ") + (dash[0] == '-' ? "-" : "\u2013") + " MSEG members/June 2006)");
    CHECK(actions[0].tags[0].deadline.text == "June 2006");
    CHECK(actions[1].text == "Prepare a compliance survey.");
    REQUIRE(actions[1].tags.size() == 1);
    CHECK(actions[1].tags[0].deadline.text == "December 2010");
  }
}

TEST_CASE("pdf: a line that ends mid-phrase goes on, though the next line's first word would have fitted") {
  // A helper's finding: "... cruise terminals at" / "Da Nang under ..." read as two actions, the first untagged.
  const std::string bytes =
      one_page_pdf(three_columns({{550, 120, "Hold drills at the cruise terminals at"},
                                  {550, 131, "Da Nang under the Remora initiative. (Singapore/2010)"},
                                  {550, 142, "Prepare a compliance survey for the"},
                                  {550, 153, "Secretariat. (Japan/December 2010)"}}));
  mseg::Plan plan = mseg::parse_plan(bytes);
  REQUIRE(plan.sections.size() == 1);
  const auto& actions = plan.sections[0].actions;
  REQUIRE(actions.size() == 2);
  CHECK(actions[0].text == "Hold drills at the cruise terminals at Da Nang under the Remora initiative.");
  REQUIRE(actions[0].tags.size() == 1);
  CHECK(actions[1].text == "Prepare a compliance survey for the Secretariat.");
}

TEST_CASE("pdf: a first word that would have ended exactly at the column's furthest line is a wrap, not a paragraph") {
  // A helper's finding (the 2007 plan with wide margins): "... in September" / "/October 2007." would have ended at
  // the column's furthest line to the thousandth of a point; read as fitting, the action was cut in two, its tag
  // taken by "/October 2007.". The last action's line is that furthest line: the same words, set 0.05 pt further
  // right, so that the first word would end within a tenth of a point of it (an exact tie turns on float rounding).
  const std::string bytes = one_page_pdf(three_columns({{550, 120, "Hold a pilot in September"},
                                                         {550, 131, "/October 2007. (Australia/2008)"},
                                                         {550.05, 142, "Hold a pilot in September /October"},
                                                         {550, 153, "(Japan/2009)"}}));
  mseg::Plan plan = mseg::parse_plan(bytes);
  REQUIRE(plan.sections.size() == 1);
  const auto& actions = plan.sections[0].actions;
  REQUIRE(actions.size() == 2);
  CHECK(actions[0].text == "Hold a pilot in September /October 2007.");
  REQUIRE(actions[0].tags.size() == 1);
  CHECK(actions[0].tags[0].owners.at(0).name == "Australia");
  CHECK(actions[1].tags.at(0).owners.at(0).name == "Japan");
}

TEST_CASE("pdf: a table indented from the margin does not widen the front matter's lines") {
  // A helper's finding (Word's Indent from left, 1 cm): the preamble's "on." would have fitted out to where the
  // indented table reaches, and the paragraph was read as two (here the meeting and a preamble).
  const std::string bytes = one_page_pdf(
      {{50, 40, "Work Plan"},
       {50, 60, "The Maritime Security Experts Group is an effective forum for member economies to work"},
       {50, 71, "on."},
       {80, 100, "Ministerial Directives"},
       {200, 100, "MEG-SEC Deliverables"},
       {330, 100, "Action Items"},
       {80, 120, "1A. Ministers met on ports."},
       {80, 131, "(Statement 2009)"},
       {200, 120, "1.1 Port security"},
       {330, 120, "Hold a drill. (Japan/2013)"}});
  mseg::Plan plan = mseg::parse_plan(bytes);
  CHECK(plan.title == "Work Plan");
  CHECK_FALSE(plan.meeting);
  CHECK(plan.preamble == "The Maritime Security Experts Group is an effective forum for member economies to work on.");
  REQUIRE(plan.sections.size() == 1);
  CHECK(plan.sections[0].actions.at(0).tags.at(0).owners.at(0).name == "Japan");
}

TEST_CASE("pdf: a row goes on at the next page's top where a cell carries on, though it ended above the foot") {
  // A helper's finding: a row that broke across pages above the foot (widow and orphan control leave more than a
  // line empty) lost its action's second half to a new row, because the next directive ("1B.") opened the page.
  const std::vector<Placed> page1 =
      three_columns({{550, 120, "Update a register of experts on cooperation and"}, {550, 131, "the national"}});
  std::vector<Placed> page2{{50, 100, "1B. Ministers met again."},
                            {50, 111, "(Statement 2010)"},
                            {550, 100, "contact points at Ensenada. (Chile/2011)"},
                            {550, 111, "Hold a workshop. (Peru/2012)"}};
  // A second row lower down, so that the pages' foot is far below page 1's last line.
  add_lower_row(page2, "2A. Ministers met once more. (Statement 2011)", "2.1 Drills");
  mseg::Plan plan = mseg::parse_plan(pages_pdf({page1, page2}));
  REQUIRE(plan.sections.size() == 2);
  CHECK(plan.sections[0].directives.size() == 2);
  const auto& actions = plan.sections[0].actions;
  REQUIRE(actions.size() == 2);
  CHECK(actions[0].text == "Update a register of experts on cooperation and the national contact points at Ensenada.");
  CHECK(actions[1].text == "Hold a workshop.");
  CHECK(plan.sections[1].actions.size() == 20);
}

TEST_CASE("pdf: a small plan's line pitch is its cells' lines, not the median of every gap") {
  // A helper's finding: on a one-row plan the front matter's paragraph gaps (22 and 12 pt) outnumbered the cells'
  // 10.5 pt lines, the median (12) was taken for the pitch, and each of an action's lines was read as a row.
  std::vector<Placed> page{{50, 30, "Maritime Security Experts Group Work Plan"},
                           {50, 52, "TPTWG 20 Bangkok"},
                           {50, 74, "The group is an effective forum for member economies to work"},
                           {50, 86, "cooperatively in developing and implementing measures to"},
                           {50, 98, "strengthen maritime security in the region, as the"},
                           {50, 110, "Ministers asked of it."},
                           {50, 132.5, "Ministerial Directives"},
                           {300, 132.5, "MEG-SEC Deliverables"},
                           {550, 132.5, "Action Items"},
                           {50, 155, "1A. Ministers welcomed progress"},
                           {50, 165.5, "(Ministerial Statement 2007)"},
                           {300, 155, "1.1 Capacity building"}};
  const char* action[] = {"Develop a cargo data and crew", "training curriculum for port", "facility officers in",
                          "ports. (MSEG members/March", "2007)", "Review a compliance survey",
                          "on container seals. (US/2011)"};
  for (int k = 0; k < 7; ++k) page.push_back({550, 155 + 10.5 * k, action[k]});
  mseg::Plan plan = mseg::parse_plan(one_page_pdf(page));
  REQUIRE(plan.sections.size() == 1);
  const auto& actions = plan.sections[0].actions;
  std::string read;
  for (const auto& a : actions) read += a.text + " | ";
  CAPTURE(read);
  REQUIRE(actions.size() == 2);
  CHECK(actions[0].text == "Develop a cargo data and crew training curriculum for port facility officers in ports.");
  CHECK(actions[1].text == "Review a compliance survey on container seals.");
}

TEST_CASE("pdf: a new row at a page's top is no cell going on, though its first word is in lower case") {
  // A review's finding: rows that may not break across pages start each page with a new row; one whose action
  // starts "e-Navigation" was read as the row before going on, its section lost, exit 0.
  const std::vector<Placed> page1 = three_columns({{550, 120, "Hold a workshop on ports. (Chile/2011)"}});
  std::vector<Placed> page2{{50, 100, "Ministers met again."},
                            {50, 111, "(Statement 2010)"},
                            {300, 100, "Navigation"},
                            {550, 100, "e-Navigation trials at the straits. (Peru/2012)"}};
  add_lower_row(page2, "Ministers met once more. (Statement 2011)", "Drills");
  mseg::Plan plan = mseg::parse_plan(pages_pdf({page1, page2}));
  REQUIRE(plan.sections.size() == 3);
  REQUIRE(plan.sections[1].actions.size() == 1);
  CHECK(plan.sections[1].actions[0].text == "e-Navigation trials at the straits.");
  CHECK(plan.sections[0].actions.size() == 1);
}

TEST_CASE("pdf: of a small table's two gaps, its rows' and its lines', the smaller is the pitch") {
  // A helper's finding (a condensed font, 7 pt): lines 10.5 pt apart, rows 11.0 (the cell padding), as many of
  // each; 11.0 was taken for the pitch, and every wrapped line ended a row.
  std::vector<Placed> page{{50, 100, "Directives"}, {300, 100, "Priorities"}, {550, 100, "Action Items"}};
  page.push_back({50, 111, "1A. Economies will strengthen"});
  page.push_back({50, 121.5, "port security (Bogor Goal)"});
  page.push_back({300, 111, "1.1 Audits"});
  page.push_back({550, 111, "Compile audits. (Japan/2011)"});
  page.push_back({50, 132.5, "2A. Ports will cooperate on"});
  page.push_back({50, 143, "drills (Bogor Goal)"});
  page.push_back({300, 132.5, "2.1 Drills"});
  page.push_back({550, 132.5, "Hold drills. (Peru/2012)"});
  mseg::Plan plan = mseg::parse_plan(one_page_pdf(page));
  REQUIRE(plan.sections.size() == 2);
  REQUIRE(plan.sections[0].directives.size() == 1);
  CHECK(plan.sections[0].directives[0].text == "Economies will strengthen port security");
  REQUIRE(plan.sections[1].directives.size() == 1);
  CHECK(plan.sections[1].directives[0].text == "Ports will cooperate on drills");
}

TEST_CASE("pdf: the line pitch is the table's, though the front matter has more lines") {
  // A review's finding: a cover page's lines (here 13.8 pt apart, twelve of them) outnumbered a small table's
  // (11 pt), and every line of an action was read as a row.
  std::vector<Placed> page;
  for (int k = 0; k < 12; ++k) page.push_back({50, 20 + 13.8 * k, "Front matter line " + std::to_string(k)});
  const std::vector<Placed> table =
      three_columns({{550, 120, "Develop a cargo data and crew"}, {550, 131, "training curriculum for port"},
                     {550, 142, "facility officers in ports."}, {550, 153, "(Japan/2009)"},
                     {550, 164, "Review a compliance survey on"}, {550, 175, "container seals. (US/2011)"}});
  for (Placed p : table) page.push_back({p.x, p.top + 100, p.text});
  mseg::Plan plan = mseg::parse_plan(one_page_pdf(page));
  REQUIRE(plan.sections.size() == 1);
  const auto& actions = plan.sections[0].actions;
  REQUIRE(actions.size() == 2);
  CHECK(actions[0].text == "Develop a cargo data and crew training curriculum for port facility officers in ports.");
}

TEST_CASE("pdf: a cell's lines that drift off the pitch a little each are one row, however many") {
  // A helper's finding: Times New Roman 10's lines stand 11.5, 11.6, 11.5 ... pt apart; measured from the row's
  // top, the seventh line was off the grid by more than a quarter point, and the directive broke in two there,
  // its citation in a section of its own (exit 0).
  std::vector<Placed> page =
      header_and({{300, 120, "1.1 Port security"}, {550, 120, "Hold a workshop. (Chile/2011)"}});
  const char* directive[] = {"1A. Ministers asked the", "economies to improve", "port security, crew",
                             "training and the", "biometric credentials,", "with emphasis on CCTV",
                             "coverage in the ports", "of the region", "(Ministerial Statement 2007)"};
  double top = 120;
  for (int k = 0; k < 9; ++k) {
    page.push_back({50, top, directive[k]});
    top += k % 2 ? 11.6 : 11.5;
  }
  mseg::Plan plan = mseg::parse_plan(one_page_pdf(page));
  REQUIRE(plan.sections.size() == 1);
  REQUIRE(plan.sections[0].directives.size() == 1);
  CHECK(plan.sections[0].directives[0].citations.size() == 1);
}

TEST_CASE("pdf: a yearless citation ends its directive's paragraph") {
  // A helper's finding: "... chain security (Bogor Goal)" / "Economies agreed ..." joined; the directive's
  // citation was lost in its text, and validate said it cited nothing.
  std::vector<Placed> page = header_and({{50, 120, "1A. Leaders called for supply"},
                           {50, 131, "chain security (Bogor Goal)"},
                           {50, 142, "Economies agreed to share the"},
                           {50, 153, "results of their audits and to"},
                           {50, 164, "avoid all duplication."},
                           {300, 120, "1.1 Port security"},
                           {550, 120, "Hold a workshop. (Chile/2011)"}});
  mseg::Plan plan = mseg::parse_plan(one_page_pdf(page));
  REQUIRE(plan.sections.size() == 1);
  const auto& directives = plan.sections[0].directives;
  REQUIRE(!directives.empty());
  REQUIRE(directives[0].citations.size() == 1);
  CHECK(directives[0].citations[0].text == "(Bogor Goal)");
  CHECK(directives[0].text.find("Economies") == std::string::npos);
}

TEST_CASE("pdf: a lead clause that ends in an economy's name ends its action, with a note") {
  // A helper's finding: "... industry. Lead: Peru" filled its line; the next action became that owner's name.
  const std::string bytes =
      one_page_pdf(three_columns({{550, 120, "Share practices with the"}, {550, 131, "shipping industry partners. Lead: Peru"},
                                  {550, 142, "Develop a survey of ship security"},
                                  {550, 153, "alerts. (Thailand/November 2011)"}}));
  mseg::Plan plan = mseg::parse_plan(bytes);
  REQUIRE(plan.sections.size() == 1);
  const auto& actions = plan.sections[0].actions;
  REQUIRE(actions.size() == 2);
  REQUIRE(actions[0].tags.size() == 1);
  REQUIRE(actions[0].tags[0].owners.size() == 1);
  CHECK(actions[0].tags[0].owners[0].name == "Peru");
  CHECK(actions[1].text == "Develop a survey of ship security alerts.");
  CHECK(std::any_of(plan.diagnostics.begin(), plan.diagnostics.end(), [](const mseg::Diagnostic& d) {
    return d.code == "layout-inferred" && d.message.starts_with("read as a new action");
  }));
}

TEST_CASE("pdf: a tag ends its action though a typo left a parenthesis open before it") {
  // A review's finding: "(phase 2. (Chile/2011)" left one '(' open, and the next action joined the tag's.
  mseg::Plan plan = mseg::parse_plan(one_page_pdf(three_columns(
      {{550, 120, "Hold a workshop (phase 2. (Chile/2011)"}, {550, 131, "Report on drills. (Peru/2012)"}})));
  REQUIRE(plan.sections.size() == 1);
  REQUIRE(plan.sections[0].actions.size() == 2);
  CHECK(plan.sections[0].actions[1].text == "Report on drills.");
}

TEST_CASE("pdf: a numbered directive opening a page starts a new row though a cell above was left open") {
  // A helper's finding: a row cut at the page's foot inside a tag ("... (ICIAP") and the next page opening with
  // "2A." and a capitalised action: the following rows' actions were read into that tag.
  const std::vector<Placed> page1 = three_columns({{550, 120, "Hold a workshop. (ICIAP"}});
  std::vector<Placed> page2{{50, 100, "2A. Ministers met again. (Statement 2010)"},
                            {300, 100, "2.1 Navigation"},
                            {550, 100, "Report on a database of incidents. (Peru/2012)"}};
  add_lower_row(page2, "3A. Ministers met once more. (Statement 2011)", "3.1 Drills");
  mseg::Plan plan = mseg::parse_plan(pages_pdf({page1, page2}));
  REQUIRE(plan.sections.size() == 3);
  REQUIRE(plan.sections[1].actions.size() == 1);
  CHECK(plan.sections[1].actions[0].text == "Report on a database of incidents.");
}

TEST_CASE("pdf: a cell whose last line on a page ends in a parenthesis that is no tag goes on at the next") {
  // A second review's finding: "... Initiative (CSI)" at a page's foot read as a cell that ended, and "and to report
  // on it. (Ministerial Statement 2007)" at the next page's top became a row of its own, the citation with it.
  std::vector<Placed> page1 = header_and({{50, 120, "1A. Ministers asked economies to join"},
                            {50, 131, "the Container Security Initiative (CSI)"},
                            {300, 120, "1.1 Port security"},
                            {550, 120, "Hold a workshop. (Chile/2011)"}});
  std::vector<Placed> page2{{50, 100, "and to report on it. (Ministerial Statement 2007)"}};
  add_lower_row(page2, "2A. Ministers met once more. (Statement 2011)", "2.1 Drills");
  mseg::Plan plan = mseg::parse_plan(pages_pdf({page1, page2}));
  REQUIRE(plan.sections.size() == 2);
  REQUIRE(plan.sections[0].directives.size() == 1);
  CHECK(plan.sections[0].directives[0].citations.size() == 1);
}

TEST_CASE("pdf: a row that ends in a parenthesis at a page's foot is no cell going on into a name in its own case") {
  // A third review's finding: "13.1 Automatic Identification System (AIS)" at a page's foot and "14A. ..." with
  // the priority "e-Navigation trials" opening the next: section 14 was read into 13.
  for (const char* directive : {"2A. Ministers met again. (Statement 2010)", "Ministers met again. (Statement 2010)"}) {
    CAPTURE(directive);
    const std::vector<Placed> page1 =
        header_and({{50, 120, "1A. Ministers met on ports. (Statement 2009)"},
                    {300, 120, "1.1 Automatic Identification"},
                    {300, 131, "System (AIS)"},
                    {550, 120, "Hold a workshop. (Chile/2011)"}});
    std::vector<Placed> page2{{50, 100, directive},
                              {300, 100, "e-Navigation trials"},
                              {550, 100, "Report on the trials. (Korea/2012)"}};
    add_lower_row(page2, "3A. Ministers met once more. (Statement 2011)", "3.1 Drills");
    mseg::Plan plan = mseg::parse_plan(pages_pdf({page1, page2}));
    REQUIRE(plan.sections.size() == 3);
    REQUIRE(plan.sections[1].priorities.size() == 1);
    CHECK(plan.sections[1].priorities[0].title == "e-Navigation trials");
  }
}

TEST_CASE("pdf: a tag's last line at the same height on most pages is the table's, not a running footer") {
  // A helper's finding: "2010)" closing "(Japan/December" stood at one height on three pages of five and was
  // dropped as furniture; the tags lost their years and the actions joined.
  const std::string first[] = {"Hold a drill at ports", "Train port officers", "Survey the terminals"};
  const std::string next[] = {"Review the plan", "Share the findings", "Report to ministers"};
  std::vector<std::vector<Placed>> pages;
  for (int k = 0; k < 3; ++k) {
    std::vector<Placed> lines;
    if (k == 0) lines = {{50, 120, "1A. Ministers met on ports. (Statement 2009)"}, {300, 120, "1.1 Port security"}};
    lines.push_back({550, 120, first[k] + " (Japan/December"});
    lines.push_back({550, 131, "2010)"});
    lines.push_back({550, 142, next[k] + " (Peru/2011)"});
    pages.push_back(header_and(lines));
  }
  mseg::Plan plan = mseg::parse_plan(pages_pdf(pages));
  REQUIRE(plan.sections.size() == 1);
  const auto& actions = plan.sections[0].actions;
  REQUIRE(actions.size() == 6);
  for (int k = 0; k < 3; ++k) {
    CHECK(actions[2 * k].text == first[k]);
    REQUIRE(actions[2 * k].tags.size() == 1);
    CHECK(actions[2 * k].tags[0].text == "(Japan/December 2010)");
    CHECK(actions[2 * k + 1].text == next[k]);
  }
}

TEST_CASE("pdf: a web address filling its line is joined with a space, and a note says so") {
  mseg::Plan plan = mseg::parse_plan(one_page_pdf(three_columns(
      {{550, 120, "Publish at http://www.apec.org/cr"}, {550, 131, "uise (Chair/2010)"}})));
  REQUIRE(plan.sections.size() == 1);
  REQUIRE(plan.sections[0].actions.size() == 1);
  CHECK(plan.sections[0].actions[0].text == "Publish at http://www.apec.org/cr uise");
  bool noted = false;
  for (const auto& d : plan.diagnostics)
    noted = noted || (d.code == "layout-inferred" && d.message.find("a web address ends the line") != std::string::npos);
  CHECK(noted);
}

TEST_CASE("pdf: a dash a wrap put first goes on with the line before, with a note, but a list's dashes are bullets") {
  // The first line is the column's widest: the dash (StandardEncoding's en dash, \261) would not have fitted after it.
  const auto plan_of = [](std::vector<Placed> priorities) {
    priorities.push_back({50, 120, "1A. Ministers met on ports. (Statement 2009)"});
    priorities.push_back({550, 120, "Hold a drill. (Japan/2013)"});
    return mseg::parse_plan(one_page_pdf(header_and(priorities)));
  };
  const auto noted = [](const mseg::Plan& plan) {
    return std::count_if(plan.diagnostics.begin(), plan.diagnostics.end(), [](const mseg::Diagnostic& d) {
      return d.code == "layout-inferred" && d.message.find("starts with a dash that would not have fitted") != std::string::npos;
    });
  };
  mseg::Plan wrapped = plan_of({{300, 120, "1.1 Model Visit Program for Port Security"}, {300, 131, "\\261 Global Standard"}});
  REQUIRE(wrapped.sections.size() == 1);
  REQUIRE(wrapped.sections[0].priorities.size() == 1);
  CHECK(wrapped.sections[0].priorities[0].title == "Model Visit Program for Port Security \u2013 Global Standard");
  CHECK(wrapped.sections[0].priorities[0].items.empty());
  CHECK(noted(wrapped) == 1);
  // Two dashes, one a line: a list.
  mseg::Plan list = plan_of({{300, 120, "1.1 Model Visit Program for Port Security"}, {300, 131, "\\261 Global Standard"},
                             {300, 142, "\\261 Regional Standard"}});
  REQUIRE(list.sections.size() == 1);
  REQUIRE(list.sections[0].priorities.size() == 1);
  CHECK(list.sections[0].priorities[0].title == "Model Visit Program for Port Security");
  CHECK(list.sections[0].priorities[0].items.size() == 2);
  CHECK(noted(list) == 0);
  // After a colon: a list of one.
  mseg::Plan colon = plan_of({{300, 120, "1.1 Model Visit Program, in two parts:"}, {300, 131, "\\261 Global Standard"}});
  REQUIRE(colon.sections.size() == 1);
  REQUIRE(colon.sections[0].priorities.size() == 1);
  CHECK(colon.sections[0].priorities[0].items.size() == 1);
  CHECK(noted(colon) == 0);
}

namespace {

// Where `word` ends on a one-page PDF of `lines` (poppler's box), to place the next word a gap after it.
double right_of(const std::vector<Placed>& lines, const std::string& word) {
  const std::string bytes = one_page_pdf(lines);
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  REQUIRE(doc);
  std::unique_ptr<poppler::page> page(doc->create_page(0));
  for (const auto& box : page->text_list())
    if (box.text().to_latin1() == word) return box.bbox().right();
  FAIL("no word " << word);
  return 0;
}

}  // namespace

TEST_CASE("pdf: a column name that fills its cell stands a gutter before the next, narrower than four spaces") {
  // Helper 66's 12 pt later-forms plan: "MEG-SEC Deliverables" ends 12.3 pt before "Action Items", and four of
  // its spaces are 15: the two names were one column's, and every action read as a priority's.
  const double gutter = right_of({{50, 100, "Ministerial Directives"}}, "Directives") + 9;
  const double second = static_cast<double>(std::lround(gutter));
  const std::vector<Placed> page{{50, 100, "Ministerial Directives"}, {second, 100, "MEG-SEC Deliverables"},
                                 {450, 100, "Action Items"},          {50, 120, "1A. Ministers met."},
                                 {50, 131, "(Statement 2009)"},       {second, 120, "1.1 Port security"},
                                 {450, 120, "Hold a drill. (Japan/2013)"}, {50, 150, "2A. They met."},
                                 {50, 161, "(Statement 2010)"},       {second, 150, "2.1 Ship security"},
                                 {450, 150, "Hold a workshop. (Chile/2014)"}, {second, 180, "2.2 Cargo security"},
                                 {450, 180, "Review the audits. (Peru/2015)"}};
  mseg::Plan plan = mseg::parse_plan(one_page_pdf(page));
  CHECK(plan.columns[0] == "Ministerial Directives");
  CHECK(plan.columns[1] == "MEG-SEC Deliverables");
  CHECK(plan.columns[2] == "Action Items");
  REQUIRE(plan.sections.size() == 2);
  CHECK(plan.sections[1].priorities.size() == 2);
  CHECK(plan.sections[1].actions.size() == 2);
  // A gap as narrow before a word no line below starts at is a space, however wide: one name.
  std::vector<Placed> apart = page;
  for (auto& l : apart)
    if (l.x == second && l.top > 100) l.x += 20;
  CHECK(mseg::parse_plan(one_page_pdf(apart)).columns[1] != "MEG-SEC Deliverables");
}

TEST_CASE("pdf: a lead clause's owners broken by hand after a comma still lead the next action") {
  // Helper 66's 12 pt later-forms plan: "Co-leads: Korea," / "Peru and Chile" are two paragraphs, and "Develop a
  // model port" would not have fitted after the second: the next action joined the tag.
  mseg::Plan plan = mseg::parse_plan(one_page_pdf(three_columns(
      {{550, 120, "Compile the survey of ports."}, {550, 131, "Co-leads: Korea,"}, {550, 142, "Peru and Papua New Guinea"},
       {550, 153, "Develop a model port"}, {550, 164, "programme (Japan/2011)"}})));
  REQUIRE(plan.sections.size() == 1);
  const auto& actions = plan.sections[0].actions;
  REQUIRE(actions.size() == 2);
  CHECK(actions[0].text == "Compile the survey of ports.");
  REQUIRE(actions[0].tags.size() == 1);
  CHECK(actions[0].tags[0].text == "Co-leads: Korea,\nPeru and Papua New Guinea");
  CHECK(actions[1].text == "Develop a model port programme");
}

TEST_CASE("pdf: a list whose first dash item wraps keeps its dashes as bullets") {
  // A review's finding: "– the legal basis for" after the column's widest line was joined to it, though a later
  // line of the cell starts with a dash too.
  const std::vector<Placed> priorities{{300, 120, "1.1 Survey ports in three areas"}, {300, 131, "\\261 the legal basis for"},
                                       {300, 142, "exchanges"}, {300, 153, "\\261 fencing"}};
  std::vector<Placed> page = header_and(priorities);
  page.push_back({50, 120, "1A. Ministers met on ports. (Statement 2009)"});
  page.push_back({550, 120, "Hold a drill. (Japan/2013)"});
  mseg::Plan plan = mseg::parse_plan(one_page_pdf(page));
  REQUIRE(plan.sections.size() == 1);
  REQUIRE(plan.sections[0].priorities.size() == 1);
  CHECK(plan.sections[0].priorities[0].title == "Survey ports in three areas");
  CHECK(plan.sections[0].priorities[0].items.size() == 2);
}

TEST_CASE("pdf: numbered column names far apart are a header, and a justified wrapped name does not hide one") {
  // A review's findings: "1. Goals and Objectives" was no column name once names could not be numbered items (a
  // body line became the header); and a justified first name that wraps ("Goals" far from "and", "and" a gutter
  // from the next name) made four runs with the column edges, no header at all.
  std::vector<Placed> numbered = header_and({{50, 120, "1A. Ministers met. (Statement 2009)"}, {300, 120, "1.1 Ports"},
                                             {550, 120, "Hold a drill. (Japan/2013)"}});
  numbered[0].text = "1. Goals and Objectives", numbered[1].text = "2. MSEG Priorities", numbered[2].text = "3. Action Items";
  CHECK(mseg::layout::read_pdf(one_page_pdf(numbered)).text ==
        "\t1. Goals and Objectives\n\t2. MSEG Priorities\n\t3. Action Items\n"
        "\t1A. Ministers met. (Statement 2009)\n\t1.1 Ports\n\tHold a drill. (Japan/2013)\n");
  mseg::Plan plan;
  const double second = static_cast<double>(std::lround(right_of({{120, 100, "and"}}, "and") + 9));
  const std::vector<Placed> justified{{50, 100, "Goals"}, {120, 100, "and"}, {second, 100, "MSEG Priorities"},
                                      {450, 100, "Action Items"}, {50, 111, "Objectives"},
                                      {50, 131, "1A. Met."}, {second, 131, "1.1 Ports"}, {450, 131, "Hold a drill. (Japan/2013)"},
                                      {50, 161, "2A. Met."}, {second, 161, "2.1 Ships"}, {450, 161, "Hold a course. (Peru/2014)"},
                                      {second, 191, "2.2 Cargo"}, {450, 191, "Review audits. (Chile/2015)"}};
  plan = mseg::parse_plan(one_page_pdf(justified));
  CHECK(plan.sections.size() == 2);
  CHECK(plan.columns[2] == "Action Items");
}

TEST_CASE("pdf: a paragraph after owners broken by a comma that goes on as a sentence leads no new action") {
  // A review's finding: "Peru and Chile, as agreed by the Joint" / "Study on port security." split "Study ..."
  // off as an action of its own, untagged.
  mseg::Plan plan = mseg::parse_plan(one_page_pdf(three_columns(
      {{550, 120, "Compile the survey of ports."}, {550, 131, "Co-leads: Korea,"},
       {550, 142, "Peru and Chile, as agreed by the Joint"}, {550, 153, "Study on port security."}})));
  REQUIRE(plan.sections.size() == 1);
  CHECK(plan.sections[0].actions.size() == 1);
}

TEST_CASE("pdf: a dash item at a page's top is no wrap, whatever would have fitted") {
  // A review's finding: "4.1 Stowaway prevention ... berths" / "– Stowaway detection", the item opening the next
  // page, was read as the title going on: the line before it ended with its page, not by the width.
  // The title runs to the page's foot, its last line the column's widest: the dash would not have fitted after it.
  std::vector<Placed> first = header_and({{50, 120, "1A. Met. (Statement 2009)"}, {300, 120, "1.1 Model Visit Program"}});
  for (int k = 1; k < 41; ++k) first.push_back({300, 120.0 + 11 * k, k < 40 ? "and port" : "and ports of the region"});
  for (int k = 0; k < 41; ++k) first.push_back({550, 120.0 + 11 * k, "Hold drill " + std::to_string(k) + ". (Japan/2013)"});
  const std::vector<Placed> second{{300, 100, "\\261 Global Standard"}, {550, 100, "Hold drill 41. (Japan/2013)"}};
  mseg::Plan plan = mseg::parse_plan(pages_pdf({first, second}));
  REQUIRE(plan.sections.size() == 1);
  REQUIRE(plan.sections[0].priorities.size() == 1);
  CHECK(plan.sections[0].priorities[0].title.ends_with("and ports of the region"));
  CHECK(plan.sections[0].priorities[0].items.size() == 1);
  CHECK(plan.sections[0].actions.size() == 42);
}

namespace {

// The words poppler finds on each page of `bytes`, as detail::lay_out_words takes them; `texts` holds their text.
std::vector<std::vector<mseg::layout::detail::PdfWord>> poppler_words(const std::string& bytes,
                                                                      std::vector<std::string>& texts) {
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  REQUIRE(doc);
  std::vector<std::vector<mseg::layout::detail::PdfWord>> pages(static_cast<std::size_t>(doc->pages()));
  std::vector<std::vector<poppler::rectf>> boxes(pages.size());
  std::vector<char> spaces;  // each word's has_space_after
  texts.clear();
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    for (auto& box : page->text_list()) {
      const auto utf8 = box.text().to_utf8();
      texts.emplace_back(utf8.begin(), utf8.end());
      boxes[static_cast<std::size_t>(i)].push_back(box.bbox());
      spaces.push_back(box.has_space_after());
    }
  }
  std::size_t k = 0;
  for (std::size_t i = 0; i < pages.size(); ++i)
    for (const auto& r : boxes[i]) {
      pages[i].push_back({texts[k], r.left(), r.top(), r.right(), r.bottom(), static_cast<bool>(spaces[k])});
      ++k;
    }
  return pages;
}

}  // namespace

TEST_CASE("pdf: words handed in as the fuzz target hands them lay out exactly as the PDF they came from") {
  // The word-level fuzz target's promise: what it drives is read_pdf's layout, not a copy of it.
  for (const char* file : {"tests/forms/mseg-workplan-2006-hanoi.pdf", "tests/forms/meg-sec-workplan-2007.pdf",
                           "tests/forms/later-forms-plan.size12.pdf", "tests/forms/new-user-plan.centredspaced.pdf"}) {
    CAPTURE(file);
    const std::string bytes = mseg::test::read_file(file);
    std::vector<std::string> texts;
    const auto words = poppler_words(bytes, texts);
    const auto a = mseg::layout::read_pdf(bytes);
    const auto b = mseg::layout::detail::lay_out_words(words);
    check_same_layout(a, b);
  }
}

TEST_CASE("pdf: a word whose box is not a place on a page is left out, as poppler leaves out what is off the page") {
  using mseg::layout::detail::PdfWord;
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<std::vector<PdfWord>> pages(1);
  pages[0] = {{"Work", 50, 50, 80, 60}, {"lost", nan, 50, 100, 60}, {"far", 1e30, 50, 2e30, 60},
              {"away", 90, -inf, 120, 60}, {"Plan", 85, 50, 110, 60}};
  const auto laid = mseg::layout::detail::lay_out_words(pages);
  CHECK(laid.text == "Work Plan");
  CHECK(laid.pieces.size() == 2);
  // Nothing left: the same answer as a PDF with no text layer.
  pages[0] = {{"lost", nan, 50, 100, 60}, {" \t", 1, 1, 2, 2}};
  CHECK_THROWS_WITH_AS(mseg::layout::detail::lay_out_words(pages), doctest::Contains("no text layer"),
                       mseg::InputError);
}

TEST_CASE("pdf: a word poppler gives in two boxes, a superscript or small capitals, is one word, a footnote mark two") {
  // A helper's finding: Word's superscript ordinal "30th" and small capitals "AUSTRALIA" come as boxes in two font
  // sizes, 0.04 pt apart, with no space after the first: read "30 th" (no date) and "A USTRALIA" (no economy).
  using mseg::layout::detail::PdfWord;
  std::vector<std::vector<PdfWord>> pages(1);
  pages[0] = {{"(A", 50, 50, 61, 60, false},     {"USTRALIA/", 61.04, 52, 100, 60},
              {"30", 105, 50, 115, 60, false},   {"th", 115.04, 48, 121, 55},
              {"September", 125, 50, 170, 60},  {"2006).", 175, 50, 200, 60, false},
              {"1", 200.02, 48.5, 204, 55},     {"Page", 260, 50, 280, 60, false},
              {"two", 290, 50, 305, 60},        {"Australia", 320, 50, 360, 60, false},
              {"a", 360.02, 48.5, 363, 55}};
  const auto laid = mseg::layout::detail::lay_out_words(pages);
  // A raised figure after a word stays a word of its own (a footnote's mark), and so does a raised letter after a
  // word (a mark too; after a number it is an ordinal's); a word far from the one before is one of its own whatever
  // poppler says of the space.
  CHECK(laid.text == "(AUSTRALIA/ 30th September 2006). 1 Page two Australia a");
}

TEST_CASE("pdf: the word-level fuzz target's seeds lay out as the PDFs they were made from") {
  // fuzz/pdf_words_seeds.py writes pdftotext -bbox's words to three places: the seeds start the fuzzer on the
  // fixtures' own layouts, not on words the layout reads as something else.
  for (const char* name : {"mseg-workplan-2006-hanoi", "meg-sec-workplan-2007", "later-forms-plan.size12",
                           "new-user-plan.centredspaced", "meg-sec-workplan-2007.borderless",
                           "mseg-workplan-2006-hanoi.chromiumlandscape"}) {
    CAPTURE(name);
    const auto words = mseg::fuzz::decode_pdf_words(mseg::test::read_file(fmt::format("fuzz/corpus/pdf_words/{}.words", name)));
    const auto pdf = mseg::layout::read_pdf(mseg::test::read_file(fmt::format("tests/forms/{}.pdf", name)));
    CHECK(mseg::layout::detail::lay_out_words(words.pages, {}, words.browser).text == pdf.text);
  }
}

TEST_CASE("pdf: a priority read on into a line whose first word would not have fitted is a located note") {
  // With no paragraph spacing the page cannot tell an item from a wrapped title in a narrow column (a 12 pt plan's
  // "ISPS Code Implementation" / "Assistance Program" / "Model Visit Program for": two items read as one); the
  // text forms say so, and the PDF reader now does.
  const auto plan = mseg::parse_plan(mseg::test::read_file("tests/forms/mseg-workplan-2006-hanoi.pdf"));
  std::vector<std::string> noted;
  for (const auto& d : plan.diagnostics)
    if (d.code == "layout-inferred" && d.message.starts_with("read as the line before wrapped on")) {
      noted.push_back(d.message.substr(d.message.find('\''), d.message.find(" would") - d.message.find('\'')));
      REQUIRE(d.span.place != nullptr);
      CHECK(std::get<mseg::PdfPlace>(*d.span.place).page >= 1);
    }
  CHECK(noted == std::vector<std::string>{"'Assistance'", "'Items'", "'Standard'", "'Security.'"});
  // Not after a comma: "3.1 Link between MSEG and IMO, regional efforts," / "Counter- Terrorism ..." goes on (the
  // same plan with each cell's first paragraph in 10 pt wraps there).
  for (const auto& d : mseg::parse_plan(mseg::test::read_file("tests/forms/mseg-workplan-2006-hanoi.firstlarger.pdf")).diagnostics)
    CHECK(d.message.find("would not have fitted after 'IMO, regional efforts,'") == std::string::npos);
  // A paragraph's spacing tells: the same plan in Word's Normal style has no such note.
  for (const auto& d : mseg::parse_plan(mseg::test::read_file("tests/forms/mseg-workplan-2006-hanoi.wordnormal.pdf")).diagnostics)
    CHECK(!d.message.starts_with("read as the line before wrapped on"));
}

TEST_CASE("pdf: a browser's PDF is read on its pixel grid, where paragraphs meant alike stand a pixel apart") {
  // Chromium's print to PDF (producer "Skia/PDF") sets each block on whole CSS pixels (0.75 pt): the 1em margins of
  // 10 pt paragraphs come to gaps of 21.00 and 21.75 pt in one table, and each 21.75 was a row's start (a helper's
  // finding: "... Japan, US/September" and "2006)" two actions, the first untagged). Its words handed in as from
  // any other producer read so still; from a browser, as the page means.
  const std::string bytes = mseg::test::read_file("tests/forms/mseg-workplan-2006-hanoi.chromiumlandscape.pdf");
  std::vector<std::string> texts;
  const auto words = poppler_words(bytes, texts);
  // The row ends after "US/September": the next row's first directive "1D." beside its "2006)".
  const std::string_view split = "US/September\n\t1D. Ministers";
  CHECK(mseg::layout::detail::lay_out_words(words).text.find(split) != std::string::npos);
  const auto browser = mseg::layout::detail::lay_out_words(words, {}, /*browser=*/true);
  CHECK(browser.text.find(split) == std::string::npos);
  CHECK(browser.text.find("US/September 2006)") != std::string::npos);
  // read_pdf learns the producer from the file.
  CHECK(mseg::layout::read_pdf(bytes).text == browser.text);
}
