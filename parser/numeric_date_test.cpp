#include "numeric_date.hpp"

#include <doctest/doctest.h>

#include <mseg/deadline.hpp>

#include <string>

using namespace mseg;

namespace {
// "kind start..end", "ambiguous" after it when so, or "none".
std::string read(std::string_view text) {
  const auto d = read_numeric_date(text, '/');
  if (!d) return "none";
  return std::string(to_string(d->kind)) + " " + to_string(d->start) + ".." + to_string(d->end) +
         (d->ambiguous ? " ambiguous" : "");
}
}  // namespace

TEST_CASE("numeric_date: a day only where the numbers tell which is the month") {
  CHECK(read("15/09/2008") == "date 2008-09-15..2008-09-15");  // 15 is no month: day first
  CHECK(read("09/15/2008") == "date 2008-09-15..2008-09-15");  // month first
  CHECK(read("9/9/2008") == "date 2008-09-09..2008-09-09");    // the same either way
  CHECK(read("05/09/2008") == "range 2008-05-09..2008-09-05 ambiguous");
  CHECK(read(" 1/2/2008 ") == "range 2008-01-02..2008-02-01 ambiguous");
  CHECK(read("29/02/2008") == "date 2008-02-29..2008-02-29");
  CHECK(read("31/02/2008") == "none");
  CHECK(read("29/02/2009") == "none");
}

TEST_CASE("numeric_date: a month, years, and what is none of them") {
  CHECK(read("09/2008") == "month 2008-09-01..2008-09-30");
  CHECK(read("2008/2009") == "range 2008-01-01..2009-12-31");
  CHECK(read("2009/2008") == "none");
  CHECK(read("13/2008") == "none");
  CHECK(read("2008") == "none");  // no '/': read_deadline's year
  CHECK(read("1/2/3/2008") == "none");
  CHECK(read("15/09/08") == "none");  // a two-digit year is not guessed
  CHECK(read("15/09/9999") == "none");
  CHECK(read("a/09/2008") == "none");
  CHECK(read("") == "none");
  CHECK(read("/") == "none");
}

TEST_CASE("numeric_date: a day written with dots, as several economies write dates") {
  // A new user's finding: "(Japan/30.06.2009)" read as an owner "30.06" and the deadline 2009.
  const auto dotted = [](std::string_view text) {
    const auto d = read_numeric_date(text, '.');
    return !d ? std::string("none")
              : std::string(to_string(d->kind)) + " " + to_string(d->start) + ".." + to_string(d->end) +
                    (d->ambiguous ? " ambiguous" : "");
  };
  CHECK(dotted("30.06.2009") == "date 2009-06-30..2009-06-30");
  CHECK(dotted("15.9.2008") == "date 2008-09-15..2008-09-15");
  CHECK(dotted("1.7.2009") == "date 2009-07-01..2009-07-01");  // day first: dots are never written month first
  CHECK(dotted("1.13.2008") == "none");                        // no 13th month, and no month-first reading
  CHECK(dotted("06.2009") == "none");     // a number, maybe: no month is read with dots
  CHECK(dotted("2008.2009") == "none");
  CHECK(dotted("1.2.3") == "none");
  CHECK(dotted("31.02.2008") == "none");
  CHECK(dotted("30/06/2009") == "none");  // the other separator is no part of it
  CHECK(to_string(read_deadline("30.06.2009").kind) == std::string("date"));
  CHECK(to_string(read_deadline("30.06.2009.").kind) == std::string("date"));
  CHECK(to_string(read_deadline("by 30.06.2009").kind) == std::string("date"));
  CHECK_FALSE(is_ambiguous_date("1.7.2009"));
  CHECK_FALSE(is_ambiguous_date("30.06.2009"));
}

TEST_CASE("numeric_date: read_deadline reads them, is_ambiguous_date tells the two-day ones") {
  CHECK(to_string(read_deadline("15/09/2008").kind) == std::string("date"));
  CHECK(to_string(read_deadline("09/2008").kind) == std::string("month"));
  CHECK(is_ambiguous_date("05/09/2008"));
  CHECK_FALSE(is_ambiguous_date("15/09/2008"));
  CHECK_FALSE(is_ambiguous_date("March 2008"));
}
