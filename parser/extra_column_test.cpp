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

TEST_CASE("extra_column: a column's name ending in a parenthesis, not a tag's nor a citation's") {
  CHECK(mseg::column_name_with_parenthesis("Action Items (Owner/Deadline)"));
  CHECK(mseg::column_name_with_parenthesis("Lead Economy(ies)"));
  CHECK(mseg::column_name_with_parenthesis("Ministerial Directives (source)"));
  // A first data row's cells: their words say a column's, their parentheses a citation's or a tag's.
  CHECK_FALSE(mseg::column_name_with_parenthesis("Economies will pursue the Bogor Goals (Bogor Goal)"));
  CHECK_FALSE(mseg::column_name_with_parenthesis("Goals (Bogor Goal)"));
  CHECK_FALSE(mseg::column_name_with_parenthesis("Report on the action plan (US/2008)"));
  CHECK_FALSE(mseg::column_name_with_parenthesis("Actions (US/2008)"));
  CHECK_FALSE(mseg::column_name_with_parenthesis("Action plan (Chair/Ongoing)"));  // a tag without a digit
  CHECK_FALSE(mseg::column_name_with_parenthesis("Action plan (US/Annually)"));     // an economy's
  CHECK_FALSE(mseg::column_name_with_parenthesis("Actions (MEG-SEC/TBD)"));
  CHECK_FALSE(mseg::column_name_with_parenthesis("Directives (Ministerial Statement 2004)"));
  CHECK_FALSE(mseg::column_name_with_parenthesis("Budget (USD)"));  // past the three, the spreadsheet reader's own rule
  CHECK_FALSE(mseg::column_name_with_parenthesis("Action Items"));
}
