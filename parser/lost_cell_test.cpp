#include "lost_cell.hpp"

#include <doctest/doctest.h>

#include <mseg/parse.hpp>

#include <algorithm>
#include <string>

#include "tests/test_util.hpp"

using namespace mseg;

namespace {
std::vector<std::string_view> paragraphs_of(const Cell& c) {
  const auto ps = c.paragraphs();
  return {ps.begin(), ps.end()};
}
}  // namespace

namespace {

// The 2007 sample with the tab that starts line `line` deleted.
std::string without_tab(const std::string& text, std::uint32_t line) {
  std::size_t at = 0;
  for (std::uint32_t n = 1; n < line; ++n) at = text.find('\n', at) + 1;
  REQUIRE(text[at] == '\t');
  return text.substr(0, at) + text.substr(at + 1);
}

std::vector<std::string> texts(const Plan& p) {
  std::vector<std::string> out;
  for (const auto& s : p.sections) {
    for (const auto& d : s.directives) out.push_back("D " + d.text);
    for (const auto& pr : s.priorities) out.push_back("P " + pr.title);
    for (const auto& a : s.actions) out.push_back("A " + a.text);
  }
  return out;
}

}  // namespace

TEST_CASE("lost cell: a tab deleted in a sample plan is reported where it was, and the plan reads whole") {
  struct Case {
    const char* sample;
    std::vector<std::uint32_t> lines;
  };
  // 2007: every data cell's tab but the first row's directive (which runs into the header).
  // Ha Noi: every non-empty data cell's but 73 and 76, which fall back to the
  // count at the table's end (their priorities cell gives no sign of the shift).
  const Case cases[] = {
      {"samples/meg-sec-workplan-2007.txt", {30, 40, 52, 57, 59, 65, 67, 72, 82, 84, 91}},
      {"samples/mseg-workplan-2006-hanoi.txt", {20, 24, 56, 64, 67, 71, 79, 84, 91, 94, 95}},
      // "2A." after an action's cell of untagged lines, each of which fits any column by its length (a helper's
      // finding: the boundary was assumed before the cell's second line, and four lines became directives).
      {"tests/grammar/cover-sheet-tags.txt", {22}},
  };
  for (const auto& c : cases)
  for (std::uint32_t line : c.lines) {
    CAPTURE(c.sample);
    CAPTURE(line);
    const std::string original = test::read_file(c.sample);
    const Plan good = parse_plan(original);
    REQUIRE_FALSE(has_errors(good));
    const Plan damaged = parse_plan(without_tab(original, line));
    std::vector<Diagnostic> errors, notes, others;
    for (const auto& d : damaged.diagnostics)
      (d.severity == Severity::error ? errors : d.code == "cell-boundary-assumed" ? notes : others).push_back(d);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == "cell-count");
    CHECK(errors[0].span.line == line);
    CHECK(errors[0].span.column == 1);
    REQUIRE(errors[0].fix);
    CHECK(errors[0].fix->text == "\t");
    CHECK_FALSE(errors[0].fix->safe);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].code == "cell-boundary-assumed");
    CHECK(notes[0].span.line == line);
    // No cascade: the warnings are the undamaged plan's, and so is the plan read.
    CHECK(others.size() == good.diagnostics.size());
    CHECK(texts(damaged) == texts(good));
  }
}

TEST_CASE("lost cell: an empty cell's line lost (a lone tab) is put back, and its fix restores the text") {
  // A new user's finding: the Ha Noi plan without one of its lone-tab lines read an owned action as a directive
  // citing '(Australia/September 2006)', every row after it a column off. Each of its six such lines deleted:
  // one error where the line stood (the first of the pair: either line of two lone tabs is the same loss), the
  // plan read whole, and the error's fix inserts exactly the line deleted.
  const std::string original = test::read_file("samples/mseg-workplan-2006-hanoi.txt");
  const Plan good = parse_plan(original);
  for (const std::uint32_t line : {43u, 44u, 49u, 50u, 73u, 74u}) {
    CAPTURE(line);
    std::size_t at = 0;
    for (std::uint32_t n = 1; n < line; ++n) at = original.find('\n', at) + 1;
    REQUIRE(original.compare(at, 2, "\t\n") == 0);
    const std::string damaged_text = original.substr(0, at) + original.substr(at + 2);
    const Plan damaged = parse_plan(damaged_text);
    std::vector<Diagnostic> errors, notes, others;
    for (const auto& d : damaged.diagnostics)
      (d.severity == Severity::error ? errors : d.code == "cell-boundary-assumed" ? notes : others).push_back(d);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == "cell-count");
    CHECK(errors[0].message.starts_with("an empty table cell seems lost before here"));
    const std::uint32_t first_of_pair = line % 2 == 0 ? line - 1 : line;
    CHECK(errors[0].span.line == first_of_pair);
    REQUIRE(errors[0].fix);
    CHECK_FALSE(errors[0].fix->safe);
    const std::string fixed = damaged_text.substr(0, errors[0].fix->span.offset) + errors[0].fix->text +
                              damaged_text.substr(errors[0].fix->span.offset + errors[0].fix->span.length);
    CHECK(fixed == original);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].code == "cell-boundary-assumed");
    CHECK(others.size() == good.diagnostics.size());
    CHECK(texts(damaged) == texts(good));
  }
}

TEST_CASE("lost cell: the message names the misread line and the column it would stand in") {
  const std::string original = test::read_file("samples/meg-sec-workplan-2007.txt");
  const Plan damaged = parse_plan(without_tab(original, 57));
  const auto it = std::find_if(damaged.diagnostics.begin(), damaged.diagnostics.end(),
                               [](const Diagnostic& d) { return d.code == "cell-count"; });
  REQUIRE(it != damaged.diagnostics.end());
  CHECK(it->message ==
        "a table cell seems to start here without its tab: the table has 14 cells, not a multiple of three, and "
        "line 59, an action, would stand in the priorities column");
}

TEST_CASE("lost cell: nothing is guessed without a cell that stands in the wrong column") {
  // The last row lost its action cell: no content shows a column is wrong.
  const std::string text = "\tD\n\tP\n\tA\n\tDirective one (Ministerial Statement 2007)\n\tPriority\n";
  Table t = split_table(text);
  CHECK_FALSE(find_lost_cell(t.cells, 3, true));
  const Plan p = parse_plan(text);
  REQUIRE(p.diagnostics.size() >= 1);
  CHECK(p.diagnostics[0].message == "the table has 5 cells, not a multiple of three: its last row has 2 cells");
}

TEST_CASE("lost cell: restoring splits the cell at the paragraph's line") {
  const std::string text = "\tD\n\tP\n\tA\n\tGoal (Bogor Goal)\n\tTitle\n  Do it (Chile/2008)\n";
  Table t = split_table(text);
  auto lost = find_lost_cell(t.cells, 3, true);
  REQUIRE(lost);
  CHECK(lost->cell == 4);
  CHECK(lost->paragraph == 1);
  CHECK(lost->column == 2);
  const Cell* const array = t.cells.data();
  restore_cell(t.cells, *lost);
  REQUIRE(t.cells.size() == 6);
  CHECK(t.cells.data() == array);  // mended in place: the repair neither copies nor moves the table's cells
  CHECK(t.cells[4].extent() == "\tTitle");
  CHECK(t.cells[5].extent() == "  Do it (Chile/2008)");
  CHECK(paragraphs_of(t.cells[5]) == std::vector<std::string_view>{"Do it (Chile/2008)"});
}

TEST_CASE("lost cell: in a wider table with parts, a lost tab that leaves whole rows is said at the part heading") {
  // A helper's finding: tests/grammar/wide-table-parts.txt (five columns) without a tab read with no error, its
  // Part B heading taken as a row's Timeline, or its directive's priority as a second directive.
  const std::string original = test::read_file("tests/grammar/wide-table-parts.txt");
  REQUIRE_FALSE(has_errors(parse_plan(original)));
  struct Case {
    std::uint32_t line;  // the tab lost
    const char* message;
  };
  const Case cases[] = {
      {16, "a part heading stands past a row's start: a cell's tab was lost, or one added, in the rows above it"},
      {21, "a part heading seems to start here without its tab: it ends the row above"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.line);
    const Plan damaged = parse_plan(without_tab(original, c.line));
    std::vector<Diagnostic> errors;
    for (const auto& d : damaged.diagnostics)
      if (d.severity == Severity::error) errors.push_back(d);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == "cell-count");
    CHECK(errors[0].message == c.message);
    CHECK(errors[0].span.line == 21);  // the heading's line
  }
}
