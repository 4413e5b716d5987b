#include "table.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>

#include "parens.hpp"

using namespace mseg;

namespace {
std::vector<std::string_view> paragraphs_of(const Cell& c) {
  const auto ps = c.paragraphs();
  return {ps.begin(), ps.end()};
}
}  // namespace

TEST_CASE("table: lines before the first tab are front matter, a tab starts a cell") {
  std::string text = "Title\n\n  Meeting  \n\tA\n\tB\nmore of B\n\n\t\n\tC  \n";
  Table t = split_table(text);
  REQUIRE(t.before.size() == 2);
  CHECK(t.before[0] == "Title");
  CHECK(t.before[1] == "Meeting");
  REQUIRE(t.cells.size() == 4);
  CHECK(paragraphs_of(t.cells[0]) == std::vector<std::string_view>{"A"});
  CHECK(paragraphs_of(t.cells[1]) == std::vector<std::string_view>{"B", "more of B"});
  CHECK(t.cells[2].paragraphs().empty());  // a lone tab is an empty cell
  CHECK(t.cells[2].extent() == "\t");
  CHECK(paragraphs_of(t.cells[3]) == std::vector<std::string_view>{"C"});
  CHECK(t.cells[1].extent() == "\tB\nmore of B");
}

TEST_CASE("table: spaces before a cell's tab still start the cell") {
  // A new user's plan: " \t2.1 Total Supply..." was read as a lost tab (a cell-count error and a guess).
  std::string text = "Title\n\tA\n \tB\n   \tC\nmore of C\nnot \ta cell\n";
  Table t = split_table(text);
  REQUIRE(t.cells.size() == 3);
  CHECK(paragraphs_of(t.cells[1]) == std::vector<std::string_view>{"B"});
  CHECK(paragraphs_of(t.cells[2]) == std::vector<std::string_view>{"C", "more of C", "not \ta cell"});
  CHECK(t.cells[1].extent().data() == text.data() + text.find(" \tB"));
  // Spaces and a tab with nothing after stay a blank line, and before the table spaces start no cell (a review).
  std::string blank = "  \tSubtitle\n\tA\n \t\n  \t  \n\tB\n";
  Table u = split_table(blank);
  CHECK(u.before == std::vector<std::string_view>{"Subtitle"});
  REQUIRE(u.cells.size() == 2);
  CHECK(paragraphs_of(u.cells[0]) == std::vector<std::string_view>{"A"});
}

TEST_CASE("table: a no-break space or a form feed before a cell's tab still starts the cell") {
  // A helper's finding: "\u00A0\t2.1 ..." and "\f\t2A. ..." (a page break pasted at a row's start) were a
  // cell-count error, though every element came out right.
  std::string text = "Title\n\tA\n\u00A0\tB\n\f\tC\n \u00A0\f\tD\nnot\u00A0\ta cell\n";
  Table t = split_table(text);
  REQUIRE(t.cells.size() == 4);
  CHECK(paragraphs_of(t.cells[1]) == std::vector<std::string_view>{"B"});
  CHECK(paragraphs_of(t.cells[2]) == std::vector<std::string_view>{"C"});
  CHECK(paragraphs_of(t.cells[3]) == std::vector<std::string_view>{"D", "not\u00A0\ta cell"});
}

TEST_CASE("table: a printed page's number inside the table, or above it, is no cell's paragraph nor front matter") {
  // A new user's paste: "Page 2 of 5" became a priority item, or an action that took the next line's tag.
  std::string text = "Page 1 of 5\n\tA\nPage 2 of 5\n\tB\nPage 3\nSee Page 3 of the annex\nPage 12 of\n";
  Table t = split_table(text);
  // Above the table too: read as front matter it became the title (a helper's finding).
  CHECK(t.before.empty());
  REQUIRE(t.cells.size() == 2);
  CHECK(paragraphs_of(t.cells[0]) == std::vector<std::string_view>{"A"});
  CHECK(paragraphs_of(t.cells[1]) == std::vector<std::string_view>{"B", "See Page 3 of the annex", "Page 12 of"});
  CHECK(t.page_numbers == std::vector<std::string_view>{"Page 1 of 5", "Page 2 of 5", "Page 3"});
  CHECK(is_page_number_line("PAGE 4 OF 9") == false);  // "OF": not a form seen
  CHECK(is_page_number_line("page 4 of 9"));
  CHECK_FALSE(is_page_number_line("Page"));
  CHECK(is_page_number_line("- 4 -"));
  CHECK_FALSE(is_page_number_line("- 4"));
  CHECK_FALSE(is_page_number_line("- four -"));
  CHECK_FALSE(is_page_number_line("Page 12345"));
}

TEST_CASE("table: CRLF and CR line endings split the same way") {
  for (std::string text : {std::string("T\r\n\tA\r\n\tB\r\nb2\r\n"), std::string("T\r\tA\r\tB\rb2\r")}) {
    Table t = split_table(text);
    REQUIRE(t.cells.size() == 2);
    CHECK(t.before == std::vector<std::string_view>{"T"});
    CHECK(paragraphs_of(t.cells[1]) == std::vector<std::string_view>{"B", "b2"});
  }
}

TEST_CASE("table: each cell's paragraphs are the lines up to the next cell's tab, the table moved or not") {
  // Empty cells between full ones, a cell at the very end without a newline,
  // and a tab inside a line (not a cell start).
  std::string text = "F\n\tA\na2\n\t\n\t\n\tB\tstill B\n\n  b2\n\t\n\tC";
  Table moved = split_table(text);
  const Table t = std::move(moved);
  REQUIRE(t.cells.size() == 6);
  CHECK(t.paragraphs.size() == 5);
  CHECK(paragraphs_of(t.cells[0]) == std::vector<std::string_view>{"A", "a2"});
  CHECK(t.cells[1].paragraphs().empty());
  CHECK(t.cells[2].paragraphs().empty());
  CHECK(paragraphs_of(t.cells[3]) == std::vector<std::string_view>{"B\tstill B", "b2"});
  CHECK(t.cells[4].paragraphs().empty());
  CHECK(paragraphs_of(t.cells[5]) == std::vector<std::string_view>{"C"});
  for (const Cell& c : t.cells)
    for (std::string_view p : c.paragraphs()) CHECK(p.data() >= text.data());  // views of the text, not copies
  // Counted first, allocated once, with room for the two cells a lost tab's repair may put back.
  CHECK(t.cells.capacity() == t.cells.size() + 2);
}

TEST_CASE("table: no tab means no cells") {
  Table t = split_table("just\ntext\n");
  CHECK(t.cells.empty());
  CHECK(t.before.size() == 2);
}

TEST_CASE("parens: trailing groups peel from the end, nesting kept") {
  std::string s = "Report (in July) (Singapore (to be confirmed) /September 2006)  ";
  TrailingGroups g = trailing_groups(s);
  REQUIRE(g.groups.size() == 2);
  CHECK(g.groups[0] == "(Singapore (to be confirmed) /September 2006)");
  CHECK(g.groups[1] == "(in July)");
  CHECK(g.rest == "Report ");
}

TEST_CASE("parens: a no-break space or an invisible mark after the last group ends nothing") {
  // A helper's finding: "(Bogor Goal)\u200F" (a right-to-left mark an edit left) kept the citation in the text.
  for (const std::string tail : {"\u200F", "\u200E ", "\u00A0", "\u200B\u00A0 "}) {
    CAPTURE(tail);
    const std::string text = "Adopt it (Bogor Goal)" + tail;
    const TrailingGroups g = trailing_groups(text);
    REQUIRE(g.groups.size() == 1);
    CHECK(g.groups[0] == "(Bogor Goal)");
  }
}

TEST_CASE("parens: '.' or ',' after the last group only when allowed") {
  CHECK(trailing_groups("x (Ministerial Statement 2004);", ".;").groups.size() == 1);
  CHECK(trailing_groups("x (Ministerial Statement 2004);").groups.empty());
}

TEST_CASE("parens: unbalanced groups stop the peeling and are found") {
  CHECK(trailing_groups("x a)").groups.empty());
  CHECK(unbalanced_paren("a (b (c) d") == std::optional<std::size_t>(2));
  CHECK(unbalanced_paren("a b) (c)") == std::optional<std::size_t>(3));
  CHECK_FALSE(unbalanced_paren("(a (b) c) (d)"));
  std::string deep(2'000'000, '(');
  CHECK(unbalanced_paren(deep) == std::optional<std::size_t>(0));
  CHECK(trailing_groups(deep).groups.empty());
}

TEST_CASE("parens: unbalanced_paren agrees with a byte-by-byte reading on 20,000 random texts") {
  // The definition: the first ')' that closes nothing, else the '(' where the
  // depth last rose from zero if any stays open.
  const auto naive = [](std::string_view s) -> std::optional<std::size_t> {
    std::size_t depth = 0, outermost = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '(') {
        if (depth++ == 0) outermost = i;
      } else if (s[i] == ')') {
        if (depth == 0) return i;
        --depth;
      }
    }
    if (depth > 0) return outermost;
    return std::nullopt;
  };
  std::mt19937 next(5);
  // Few parentheses in long runs of text, as in plans, and many in short ones,
  // so that blocks hold none, one or several.
  const char alphabet[] = "(()) a\xE2\x80\x99xyz";
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const auto len = next() % 70;
    const auto spread = 1 + next() % 20;
    for (std::size_t k = 0; k < len; ++k) s += next() % spread == 0 ? alphabet[next() % 4] : alphabet[4 + next() % 7];
    CAPTURE(s);
    CHECK(unbalanced_paren(s) == naive(s));
  }
}

TEST_CASE("table: a cell is 24 bytes, and reads back the views it was given") {
  // A plan of lone-tab rows is a cell for every 2 bytes of text (issue 20 item 12): 24 bytes, not 32.
  static_assert(sizeof(Cell) == 24);
  const std::string_view text = "\tA\nmore of A\n";
  const std::vector<std::string_view> paragraphs{text.substr(1, 1), text.substr(3, 9)};
  Cell c;
  CHECK(c.paragraphs().empty());
  CHECK(c.extent().empty());
  c.set_paragraphs(paragraphs);
  c.set_extent(text.substr(0, 12));
  REQUIRE(c.paragraphs().size() == 2);
  CHECK(c.paragraphs()[1] == "more of A");
  CHECK(c.paragraphs().data() == paragraphs.data());
  CHECK(c.extent() == "\tA\nmore of A");
  CHECK(c.extent().data() == text.data());
}
