#include <doctest/doctest.h>

#include <string>

#include <mseg/query.hpp>

using mseg::Date;
using mseg::query::QueryError;
using mseg::query::read_date_argument;

TEST_CASE("date arguments: a year, a month or a day covers exactly those days") {
  auto y = read_date_argument("--due-before", "2008");
  CHECK(y.start == Date{2008, 1, 1});
  CHECK(y.end == Date{2008, 12, 31});
  auto m = read_date_argument("--due-before", "2008-02");
  CHECK(m.start == Date{2008, 2, 1});
  CHECK(m.end == Date{2008, 2, 29});  // a leap year's February
  auto m2 = read_date_argument("--due-before", "2007-02");
  CHECK(m2.end == Date{2007, 2, 28});
  auto d = read_date_argument("--due-before", "2008-01-01");
  CHECK(d.start == Date{2008, 1, 1});
  CHECK(d.end == Date{2008, 1, 1});
  auto dec = read_date_argument("--due-after", "2007-12");
  CHECK(dec.end == Date{2007, 12, 31});
}

TEST_CASE("date arguments: deadline forms the parser reads") {
  auto march = read_date_argument("--due-before", "March 2008");
  CHECK(march.start == Date{2008, 3, 1});
  CHECK(march.end == Date{2008, 3, 31});
  auto q3 = read_date_argument("--due-after", "Q3 2009");
  CHECK(q3.start == Date{2009, 7, 1});
  CHECK(q3.end == Date{2009, 9, 30});
  // A date with '/' whose numbers tell the month; one that reads as two days must be written so it does not.
  CHECK(read_date_argument("--due-before", "15/09/2008").start == Date{2008, 9, 15});
  try {
    (void)read_date_argument("--due-before", "05/09/2008");
    FAIL("accepted");
  } catch (const QueryError& e) {
    CHECK(std::string(e.what()) ==
          "--due-before: '05/09/2008' reads as two days (day-first or month-first): write it YYYY-MM-DD");
  }
}

TEST_CASE("date arguments: anything else is a usage error naming the option") {
  for (const char* bad : {"", "soon", "ongoing", "2008-13", "2008-02-30", "tomorrow", "08"}) {
    CAPTURE(bad);
    try {
      (void)read_date_argument("--due-after", bad);
      FAIL("accepted");
    } catch (const QueryError& e) {
      CHECK(std::string(e.what()).starts_with("--due-after: '"));
    }
  }
}

TEST_CASE("date arguments: today and days counted from it") {
  const Date today{2008, 1, 31};
  auto t = read_date_argument("--as-of", "today", today);
  CHECK(t.start == today);
  CHECK(t.end == today);
  CHECK(read_date_argument("--due-before", "today+90d", today).start == Date{2008, 4, 30});
  CHECK(read_date_argument("--due-before", "today-31d", today).start == Date{2007, 12, 31});
  CHECK(read_date_argument("--due-before", "today+2w", today).start == Date{2008, 2, 14});
  CHECK(read_date_argument("--due-before", "today+1m", today).start == Date{2008, 2, 29});  // the month's last day
  CHECK(read_date_argument("--due-before", "today-1y", today).start == Date{2007, 1, 31});
  CHECK(read_date_argument("--due-before", "today+12m", today).start == Date{2009, 1, 31});
  // In either case, as months are (a helper's finding: "Today" refused).
  CHECK(read_date_argument("--as-of", "Today", today).start == today);
  CHECK(read_date_argument("--due-before", "TODAY+1M", today).start == Date{2008, 2, 29});
  for (const char* bad : {"today+", "today+d", "today+3", "today*3d", "today+3x", "today+-3d", "todays", "Todays"})
    CHECK_THROWS_AS(read_date_argument("--due-before", bad, today), QueryError);
  // As a written year is held to 1900-2199, so is a step's (a new user's finding: "today+1000y" was taken).
  CHECK_THROWS_WITH_AS(read_date_argument("--due-before", "today+300y", today),
                       "--due-before: 'today+300y' is 2308-01-31, outside 1900-2199", QueryError);
  CHECK_THROWS_WITH_AS(read_date_argument("--due-before", "today+1000y", today),
                       "--due-before: 'today+1000y' is outside 1900-2199", QueryError);
  CHECK(read_date_argument("--due-before", "today+100y", today).start == Date{2108, 1, 31});
  // Before the calendar's year wraps around (a second review's finding: today+65536y was today).
  for (const char* far : {"today+65536y", "today+99999y", "today-65536y", "today+99999m", "today+99999d"})
    CHECK_THROWS_WITH_AS(read_date_argument("--due-before", far, today),
                         doctest::Contains("outside 1900-2199"), QueryError);
}
