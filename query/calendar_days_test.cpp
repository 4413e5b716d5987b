#include <doctest/doctest.h>

#include <mseg/calendar_days.hpp>

namespace mseg::query {

TEST_CASE("calendar days: known days, leap years and round trips") {
  CHECK(days_from_civil(Date{1970, 1, 1}) == 0);
  CHECK(days_from_civil(Date{2000, 3, 1}) == 11017);
  CHECK(days_from_civil(Date{1969, 12, 31}) == -1);
  CHECK(add_days(Date{2008, 2, 28}, 1) == Date{2008, 2, 29});
  CHECK(add_days(Date{2007, 2, 28}, 1) == Date{2007, 3, 1});
  CHECK(add_days(Date{2008, 12, 31}, 1) == Date{2009, 1, 1});
  CHECK(add_days(Date{2008, 4, 1}, 90) == Date{2008, 6, 30});
  for (std::int64_t n = -800000; n < 800000; n += 997) CHECK(days_from_civil(civil_from_days(n)) == n);
}

}  // namespace mseg::query
