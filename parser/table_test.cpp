#include "table.hpp"

#include <doctest/doctest.h>

#include <string>

#include "parens.hpp"

using namespace mseg;

TEST_CASE("table: lines before the first tab are front matter; a tab starts a cell") {
  std::string text = "Title\n\n  Meeting  \n\tA\n\tB\nmore of B\n\n\t\n\tC  \n";
  Table t = split_table(text);
  REQUIRE(t.before.size() == 2);
  CHECK(t.before[0] == "Title");
  CHECK(t.before[1] == "Meeting");
  REQUIRE(t.cells.size() == 4);
  CHECK(t.cells[0].paragraphs == std::vector<std::string_view>{"A"});
  CHECK(t.cells[1].paragraphs == std::vector<std::string_view>{"B", "more of B"});
  CHECK(t.cells[2].paragraphs.empty());  // a lone tab is an empty cell
  CHECK(t.cells[2].extent == "\t");
  CHECK(t.cells[3].paragraphs == std::vector<std::string_view>{"C"});
  CHECK(t.cells[1].extent == "\tB\nmore of B");
}

TEST_CASE("table: CRLF and CR line endings split the same way") {
  for (std::string text : {std::string("T\r\n\tA\r\n\tB\r\nb2\r\n"), std::string("T\r\tA\r\tB\rb2\r")}) {
    Table t = split_table(text);
    REQUIRE(t.cells.size() == 2);
    CHECK(t.before == std::vector<std::string_view>{"T"});
    CHECK(t.cells[1].paragraphs == std::vector<std::string_view>{"B", "b2"});
  }
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

TEST_CASE("parens: '.' or ';' after the last group only when allowed") {
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
