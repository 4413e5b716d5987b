#include "layout.hpp"

#include <doctest/doctest.h>

#include <stdexcept>

#include <mseg/parse.hpp>

using namespace mseg;
using namespace mseg::layout;

namespace {
const std::string kSideBySide =
    "Directives              Priorities          Action Items\n"
    "1A. Adopt a strategic   1.1 Capacity        Formalize the process\n"
    "approach (Bogor Goal)                       (Canada/March 2008)\n";
}

TEST_CASE("layout: detection picks the reader whose form the text fits") {
  CHECK(lay_out("\tA\n\tB\n\tC\n").reader == "tab-cells");
  CHECK(lay_out("| A | B | C |\n|---|---|---|\n| a | b | c |\n").reader == "markdown");
  CHECK(lay_out(kSideBySide).reader == "side-by-side");
  CHECK(lay_out("Directives\n1A. x\nPriorities\n1.1 y\nAction Items\nz\n").reader == "column-blocks");
  CHECK(lay_out("nothing of a plan\n").reader == "tab-cells");  // no-table follows
}

TEST_CASE("layout: --layout forces a reader, an unknown name is refused") {
  CHECK(lay_out(kSideBySide, "markdown").reader == "markdown");
  CHECK_THROWS_AS(lay_out(kSideBySide, "docs"), std::invalid_argument);
  CHECK_THROWS_AS(parse_plan(kSideBySide, ParseOptions{"t.txt", nullptr, "nope"}), InputError);
}

TEST_CASE("layout: a plan read side by side keeps the input's lines and columns") {
  Plan plan = parse_plan(kSideBySide, ParseOptions{"t.txt"});
  CHECK(plan.source.layout == "side-by-side");
  REQUIRE(plan.sections.size() == 1);
  const Section& s = plan.sections[0];
  REQUIRE(s.directives.size() == 1);
  CHECK(s.directives[0].text == "Adopt a strategic approach");
  CHECK(s.directives[0].span.line == 2);
  CHECK(s.directives[0].span.column == 1);
  CHECK(s.directives[0].span.end_line == 3);
  REQUIRE(s.actions.size() == 1);
  CHECK(s.actions[0].text == "Formalize the process");
  CHECK(s.actions[0].span.line == 2);
  CHECK(s.actions[0].span.column == 45);
  REQUIRE(s.actions[0].tags.size() == 1);
  CHECK(s.actions[0].tags[0].span.line == 3);
  CHECK(s.actions[0].tags[0].span.column == 45);
}
