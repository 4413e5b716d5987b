#include <doctest/doctest.h>

#include <string>

#include <mseg/deadline.hpp>

#include "patterns.hpp"

using mseg::DeadlineKind;
using mseg::read_deadline;

namespace {

// "kind start..end", or "kind" alone when there are no dates: one string to compare.
std::string reading(std::string_view text) {
  const mseg::Deadline d = read_deadline(text);
  std::string out = mseg::to_string(d.kind);
  if (d.start.has_value() != d.end.has_value()) return out + " (half-dated!)";
  if (d.start) out += " " + mseg::to_string(*d.start) + ".." + mseg::to_string(*d.end);
  return out;
}

}  // namespace

TEST_CASE("deadline: patterns compile") {
  namespace pt = mseg::patterns;
  for (const RE2* re : {&pt::deadline_date_dmy(), &pt::deadline_date_mdy(), &pt::deadline_date_iso(),
                        &pt::deadline_month(), &pt::deadline_month_iso(), &pt::deadline_year(),
                        &pt::deadline_quarter(), &pt::deadline_part(), &pt::deadline_month_range(),
                        &pt::deadline_quarter_range(), &pt::deadline_day_range(), &pt::deadline_ongoing(),
                        &pt::deadline_tbd(), &pt::deadline_meeting(), &pt::tentative_marker()}) {
    CAPTURE(re->pattern());
    CHECK(re->ok());
  }
}

TEST_CASE("deadline: days") {
  CHECK(reading("1 July 2009") == "date 2009-07-01..2009-07-01");
  CHECK(reading("1st July, 2009") == "date 2009-07-01..2009-07-01");
  CHECK(reading("July 1, 2009") == "date 2009-07-01..2009-07-01");
  CHECK(reading("Jul. 1 2009") == "date 2009-07-01..2009-07-01");
  CHECK(reading("2009-07-01") == "date 2009-07-01..2009-07-01");
  CHECK(reading("29 February 2008") == "date 2008-02-29..2008-02-29");
  CHECK(reading("29 February 2000") == "date 2000-02-29..2000-02-29");
}

TEST_CASE("deadline: days that do not exist are unknown") {
  CHECK(reading("31 February 2009") == "unknown");
  CHECK(reading("29 February 2009") == "unknown");
  CHECK(reading("29 February 1900") == "unknown");
  CHECK(reading("31 April 2009") == "unknown");
  CHECK(reading("0 April 2009") == "unknown");
  CHECK(reading("2009-02-30") == "unknown");
  CHECK(reading("2009-13-01") == "unknown");
  CHECK(reading("April 32, 2009") == "unknown");
}

TEST_CASE("deadline: months") {
  CHECK(reading("September 2006") == "month 2006-09-01..2006-09-30");
  CHECK(reading(" Sept. 2006") == "month 2006-09-01..2006-09-30");
  CHECK(reading("Sep 2006") == "month 2006-09-01..2006-09-30");
  CHECK(reading("Oct 2007") == "month 2007-10-01..2007-10-31");
  CHECK(reading("2006-09") == "month 2006-09-01..2006-09-30");
  CHECK(reading("march 2008") == "month 2008-03-01..2008-03-31");
  CHECK(reading("MARCH   2008.") == "month 2008-03-01..2008-03-31");
  CHECK(reading("June, 2010") == "month 2010-06-01..2010-06-30");
  CHECK(reading("February 2008") == "month 2008-02-01..2008-02-29");
  CHECK(reading("February 2009") == "month 2009-02-01..2009-02-28");
  CHECK(reading("Feb 2100") == "month 2100-02-01..2100-02-28");
  CHECK(reading("by March 2008") == "month 2008-03-01..2008-03-31");
  CHECK(reading("2006-13") == "unknown");
}

TEST_CASE("deadline: quarters") {
  CHECK(reading("Q3 2009") == "quarter 2009-07-01..2009-09-30");
  CHECK(reading("3Q 2009") == "quarter 2009-07-01..2009-09-30");
  CHECK(reading("q1 2010") == "quarter 2010-01-01..2010-03-31");
  CHECK(reading("Q4, 2009") == "quarter 2009-10-01..2009-12-31");
  CHECK(reading("second quarter of 2009") == "quarter 2009-04-01..2009-06-30");
  CHECK(reading("3rd quarter 2009") == "quarter 2009-07-01..2009-09-30");
  CHECK(reading("Q5 2009") == "unknown");
}

TEST_CASE("deadline: parts of a year") {
  CHECK(reading("mid-2009") == "part 2009-05-01..2009-08-31");
  CHECK(reading("mid 2009") == "part 2009-05-01..2009-08-31");
  CHECK(reading("middle of 2009") == "part 2009-05-01..2009-08-31");
  CHECK(reading("start of 2010") == "part 2010-01-01..2010-04-30");
  CHECK(reading("1H 2010") == "part 2010-01-01..2010-06-30");
  CHECK(reading("2H 2010") == "part 2010-07-01..2010-12-31");
  CHECK(reading("Mid-2009.") == "part 2009-05-01..2009-08-31");
  CHECK(reading("early 2010") == "part 2010-01-01..2010-04-30");
  CHECK(reading("beginning of 2010") == "part 2010-01-01..2010-04-30");
  CHECK(reading("late 2009") == "part 2009-09-01..2009-12-31");
  CHECK(reading("end 2009") == "part 2009-12-01..2009-12-31");
  CHECK(reading("end of 2009") == "part 2009-12-01..2009-12-31");
  CHECK(reading("end-2009") == "part 2009-12-01..2009-12-31");
  CHECK(reading("by end 2009") == "part 2009-12-01..2009-12-31");
  CHECK(reading("by the end of 2009") == "part 2009-12-01..2009-12-31");
  CHECK(reading("H1 2010") == "part 2010-01-01..2010-06-30");
  CHECK(reading("first half of 2010") == "part 2010-01-01..2010-06-30");
  CHECK(reading("H2 2010") == "part 2010-07-01..2010-12-31");
  CHECK(reading("second half of 2010") == "part 2010-07-01..2010-12-31");
}

TEST_CASE("deadline: years and their bounds") {
  CHECK(reading("2010") == "year 2010-01-01..2010-12-31");
  CHECK(reading("1900") == "year 1900-01-01..1900-12-31");
  CHECK(reading("2199") == "year 2199-01-01..2199-12-31");
  CHECK(reading("1899") == "unknown");
  CHECK(reading("2200") == "unknown");
  CHECK(reading("September 2200") == "unknown");
  CHECK(reading("20100") == "unknown");
}

TEST_CASE("deadline: ranges") {
  CHECK(reading("March\u2013April 2010") == "range 2010-03-01..2010-04-30");
  CHECK(reading("March - April 2010") == "range 2010-03-01..2010-04-30");
  CHECK(reading("March-April 2010") == "range 2010-03-01..2010-04-30");
  CHECK(reading("March to April 2010") == "range 2010-03-01..2010-04-30");
  CHECK(reading("March 2010 - April 2010") == "range 2010-03-01..2010-04-30");
  CHECK(reading("November 2009 \u2013 February 2010") == "range 2009-11-01..2010-02-28");
  CHECK(reading("2009-2010") == "range 2009-01-01..2010-12-31");
  CHECK(reading("2009\u20132010") == "range 2009-01-01..2010-12-31");
  CHECK(reading("2009 \u2014 2010") == "range 2009-01-01..2010-12-31");
  CHECK(reading("Q3-Q4 2009") == "range 2009-07-01..2009-12-31");
  CHECK(reading("1-15 March 2010") == "range 2010-03-01..2010-03-15");
  CHECK(reading("mid-2009 - 2010") == "range 2009-05-01..2010-12-31");
  CHECK(reading("2009-07-01 - 2009-08-15") == "range 2009-07-01..2009-08-15");
  // Backwards or half-read ranges are not ranges.
  CHECK(reading("April-March 2010") == "unknown");
  CHECK(reading("2010-2009") == "unknown");
  CHECK(reading("2009 - soon") == "unknown");
}

TEST_CASE("deadline: ongoing") {
  for (const std::string text :
       {"ongoing", "Ongoing", "ONGOING", "on-going", "on going", "continuous", "continuing", "Ongoing."}) {
    CAPTURE(text);
    CHECK(reading(text) == "ongoing");
  }
}

TEST_CASE("deadline: to be decided") {
  for (const std::string text :
       {"TBC", "TBD", "TBA", "tbc", "to be advised", "to be confirmed", "To be determined", "to  be confirmed."}) {
    CAPTURE(text);
    CHECK(reading(text) == "tbd");
  }
}

TEST_CASE("deadline: meetings") {
  for (const std::string text : {"TPTWG 32", "next meeting", "next MEG-SEC meeting", "MEG-SEC 5", "at TPTWG 30",
                           "TPTWG32", "the next meeting", "MSEG meeting", "32nd TPTWG", "next TPTWG", "by TPTWG 31"}) {
    CAPTURE(text);
    CHECK(reading(text) == "meeting");
  }
  // Acronyms are capitals: a month and a day without a year is no meeting.
  CHECK(reading("march 12") == "unknown");
  CHECK(reading("March 12") == "unknown");
}

TEST_CASE("deadline: unknown forms") {
  for (const std::string text : {"", "   ", ".", "soonish", "September", "asap", "2006/2007", "end of September 2006",
                           "by", "Q3", "mid", "1 July", "September/October 2007"}) {
    CAPTURE(text);
    CHECK(reading(text) == "unknown");
  }
  CHECK(reading(std::string(100000, '-')) == "unknown");
  CHECK(reading(std::string(50, '-') + "2009") == "unknown");
}

TEST_CASE("deadline: text is trimmed, with one space for each run of white space") {
  CHECK(read_deadline("  September 2006 ").text == "September 2006");
  CHECK(read_deadline("Sept.\n2006").text == "Sept. 2006");
  CHECK(read_deadline("\u00a0Oct 2007\u00a0").text == "Oct 2007");
  CHECK(read_deadline("soonish ").text == "soonish");
  CHECK(read_deadline("Ongoing.").text == "Ongoing.");
}
