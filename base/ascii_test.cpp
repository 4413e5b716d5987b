#include "base/ascii.hpp"

#include <doctest/doctest.h>

using namespace mseg::ascii;

TEST_CASE("ascii: numbers are told from names") {
  CHECK(all_digits("2008"));
  CHECK_FALSE(all_digits(""));
  CHECK_FALSE(all_digits("20 08"));
  CHECK(only_digits_and_spaces("15 09"));
  CHECK(only_digits_and_spaces(""));  // nothing that could make a name
  CHECK(only_digits_and_spaces("  "));
  CHECK_FALSE(only_digits_and_spaces("Group 7"));
  CHECK_FALSE(only_digits_and_spaces("15\t09"));
}

TEST_CASE("ascii: case folds only ASCII letters") {
  CHECK(lower("MEG-SEC \xC3\x89") == "meg-sec \xC3\x89");
  CHECK(equals_ci("March", "march"));
  CHECK_FALSE(equals_ci("Marc", "march"));
  CHECK(starts_with_ci("By March", "by "));
}
