#include <doctest/doctest.h>

#include "extra_column.hpp"

using mseg::is_extra_column;

TEST_CASE("extra_column: the further columns' names, any case, trimmed") {
  CHECK(is_extra_column("Lead"));
  CHECK(is_extra_column(" TIMELINE "));
  CHECK(is_extra_column("Lead Economy(ies)"));
  CHECK(is_extra_column("time frame"));
  CHECK(is_extra_column("Notes"));
  CHECK(is_extra_column("Responsible Economies"));
  CHECK(is_extra_column("Timeline/Deadline"));
  CHECK_FALSE(is_extra_column("Outcomes"));  // the priorities column's name in some plans
  // A name only starting like one is not one; the three columns' names are not.
  CHECK_FALSE(is_extra_column("Leadership"));
  CHECK_FALSE(is_extra_column("Action Items"));
  CHECK_FALSE(is_extra_column(""));
}
