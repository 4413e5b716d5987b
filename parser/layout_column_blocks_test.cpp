#include <doctest/doctest.h>

#include "layout.hpp"

using namespace mseg;
using namespace mseg::layout;

TEST_CASE("layout_column_blocks: headings give the columns; other blocks are inferred, each with a note") {
  std::string text =
      "Title\n"
      "Goals and Objectives\n1A. Adopt a\nstrategic approach (Bogor\nGoal)\n\n"
      "MSEG Priorities\n1.1 Capacity\n\n"
      "2A. Next section\n\n"
      "2.1 Supply chain\n\n"
      "Action Items\nFormalize it\n(Canada/March 2008)\n\n"
      "Act (Japan/2009)\n";
  Laid laid = read_column_blocks(text);
  CHECK(laid.text ==
        "Title\n\tGoals and Objectives\n\tMSEG Priorities\n\tAction Items\n"
        "\t1A. Adopt a strategic approach (Bogor Goal)\n\t1.1 Capacity\n\tFormalize it (Canada/March 2008)\n"
        "\t2A. Next section\n\t2.1 Supply chain\n\tAct (Japan/2009)\n");
  std::size_t inferred = 0;
  for (const Finding& f : laid.findings) inferred += to_string(f.code) == "layout-inferred";
  CHECK(inferred == 3);
}
