#include "base/calendar.hpp"

#include <doctest/doctest.h>

#include <vector>

using mseg::calendar::years_in;

TEST_CASE("years_in finds four-digit years standing as words, as the parser's year pattern does") {
  CHECK(years_in("Ministerial Statement 2007") == std::vector<int>{2007});
  CHECK(years_in("TPTWG 41, Ha Noi, 2006-2007") == std::vector<int>{2006, 2007});
  CHECK(years_in("(Chair/March 2008).") == std::vector<int>{2008});
  CHECK(years_in("2199 1900 1899 2200") == std::vector<int>{2199, 1900});
  CHECK(years_in("12007 2007a a2007 _2007 20071") == std::vector<int>{});
  CHECK(years_in("200").empty());
  CHECK(years_in("").empty());
}
