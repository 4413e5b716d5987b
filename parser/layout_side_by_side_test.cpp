#include <doctest/doctest.h>

#include "layout.hpp"

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

TEST_CASE("layout_side_by_side: a page break keeps the row; furniture is noted") {
  std::string text =
      "Directives              Priorities          Action Items\n"
      "1A. Adopt a strategic   1.1 Capacity        Formalize the process\n"
      "\n"
      "Page 1 of 2\n"
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
